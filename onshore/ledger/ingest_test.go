package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestSubmitBatchStoresEveryValidEvent(t *testing.T) {
	l, cl, f := setup(t, 3, 1)
	evs := f.day([]uint32{1, 2, 3, 4}, 10)
	res := submit(t, cl, evs)
	for i, r := range res {
		if r.Status != StatusStored || r.Cabinet != evs[i].Cabinet || r.Seq != evs[i].Seq || r.Err() != nil {
			t.Errorf("event %d: %+v, want stored", i, r)
		}
	}
	if got := l.store.count(testConfig().RecordsCollection, prefixRecord); got != len(evs) {
		t.Errorf("%d private records, want %d", got, len(evs))
	}
	if got := l.store.count(pubNS, prefixDedupe); got != len(evs) {
		t.Errorf("%d dedupe keys, want %d", got, len(evs))
	}
	// Raw records never reach the channel: no public value holds a record.
	enc, _ := evs[0].MarshalBinary()
	for k, v := range l.store.kv {
		if k[:len(pubNS)] == pubNS && string(v) == string(enc) {
			t.Errorf("public key %q holds a raw record", k)
		}
	}
}

// frame builds a batch from raw frames, so malformed encodings can be sent.
func frame(frames ...[]byte) []byte { return encodeFrames(frames) }

func mustEnc(t *testing.T, s telemetry.SignedEvent) []byte {
	t.Helper()
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestSubmitBatchRejectsEachBadEventAloneWithItsClass(t *testing.T) {
	l, cl, f := setup(t, 3, 1)
	if err := cl.RevokeDevice(context.Background(), 3, day0.Add(6*time.Hour)); err != nil {
		t.Fatal(err)
	}
	at := day0.Add(8 * time.Hour)
	tampered := f.sign(event(1, 100, at))
	tampered.EnergyWh++
	badSig := f.sign(event(1, 101, at))
	badSig.Sig[5] ^= 1
	tooMuch := event(1, 102, at)
	tooMuch.EnergyWh = 20_000
	otherKey := event(2, 103, at)
	wrongSigner := telemetry.Sign(testRegistry, f.keys[1], otherKey)
	otherRegistry := telemetry.Sign("another-registry", f.keys[1], event(1, 104, at))
	foreignPool := event(4, 105, at)
	foreignPool.Pool = testPool // cabinet 4 belongs to otherPool
	// A state of charge of 150 % can not be encoded by MarshalBinary; craft it.
	soc := event(1, 106, at)
	soc.SoCOut = 150
	socRaw := append(soc.AppendBinary(nil), make([]byte, 64)...)

	cases := []struct {
		name  string
		raw   []byte
		class string
	}{
		{"garbage bytes are malformed", []byte{1, 2, 3}, "malformed"},
		{"trailing bytes are malformed", append(mustEnc(t, f.sign(event(1, 99, at))), 0), "malformed"},
		{"a value outside the model is out of range", socRaw, "out_of_range"},
		{"an unregistered cabinet is an unknown device", mustEnc(t, telemetry.Sign(testRegistry, f.keys[1], event(77, 1, at))), "unknown_device"},
		{"a cabinet of another pool is an unknown device", mustEnc(t, telemetry.Sign(testRegistry, f.keys[4], foreignPool)), "unknown_device"},
		{"an event before registration is an unknown device", mustEnc(t, f.sign(event(2, 107, day0.Add(-48*time.Hour)))), "unknown_device"},
		{"an event of a revoked key is a revoked device", mustEnc(t, f.sign(event(3, 108, at))), "revoked_device"},
		{"a tampered body has a bad signature", mustEnc(t, tampered), "bad_signature"},
		{"a flipped signature bit is a bad signature", mustEnc(t, badSig), "bad_signature"},
		{"another device's key is a bad signature", mustEnc(t, wrongSigner), "bad_signature"},
		{"a signature for another registry is a bad signature", mustEnc(t, otherRegistry), "bad_signature"},
		{"energy above the bounds is out of range", mustEnc(t, f.sign(tooMuch)), "out_of_range"},
		{"an event beyond the skew window is clock skew", mustEnc(t, f.sign(event(2, 109, afterDay0.Add(11*time.Minute)))), "clock_skew"},
	}
	var frames [][]byte
	var valid []telemetry.SignedEvent
	for i, tc := range cases {
		v := f.sign(event(2, uint64(i+1), at))
		valid = append(valid, v)
		frames = append(frames, mustEnc(t, v), tc.raw)
	}
	out, err := l.Invoke(context.Background(), FnSubmitBatch, frame(frames...))
	if err != nil {
		t.Fatal(err)
	}
	var res []EventResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if r := res[2*i]; r.Status != StatusStored {
				t.Errorf("valid neighbour: %+v, want stored", r)
			}
			r := res[2*i+1]
			if r.Status != StatusRejected || r.Class != tc.class {
				t.Fatalf("got %+v, want rejected %s", r, tc.class)
			}
			if !errors.Is(r.Err(), eventSentinel(tc.class)) {
				t.Errorf("Err() = %v does not match the %s sentinel", r.Err(), tc.class)
			}
		})
	}
	if got := l.store.count(testConfig().RecordsCollection, prefixRecord); got != len(valid) {
		t.Errorf("%d records stored, want the %d valid ones", got, len(valid))
	}
}

func TestSubmitBatchAcceptsAndFlagsSkewWithinTheWindow(t *testing.T) {
	_, cl, f := setup(t, 1, 0)
	res := submit(t, cl, []telemetry.SignedEvent{
		f.sign(event(1, 1, afterDay0.Add(-time.Minute))),
		f.sign(event(1, 2, afterDay0.Add(9*time.Minute))),
	})
	if res[0].Status != StatusStored || res[0].Skewed || res[1].Status != StatusStored || !res[1].Skewed {
		t.Errorf("got %+v, want both stored and only the second flagged skewed", res)
	}
}

func TestReplayedAndReencodedEventsAreNeverStoredTwice(t *testing.T) {
	l, cl, f := setup(t, 4, 0)
	evs := f.day([]uint32{1, 2, 3, 4}, 12)
	submit(t, cl, evs[:30])
	submit(t, cl, evs[20:])
	// Replay everything, in reverse, in odd batch sizes, with each event's
	// high-s twin next to it.
	var mixed []telemetry.SignedEvent
	for _, e := range slices.Backward(evs) {
		twin := e
		twin.Sig = highS(e.Sig)
		mixed = append(mixed, e, twin)
	}
	for lo := 0; lo < len(mixed); lo += 7 {
		res := submit(t, cl, mixed[lo:min(lo+7, len(mixed))])
		for j, r := range res {
			isTwin := (lo+j)%2 == 1
			switch {
			case !isTwin && (r.Status != StatusDuplicate || r.Class != "duplicate"):
				t.Errorf("replay %d: %+v, want duplicate", lo+j, r)
			case isTwin && (r.Status != StatusRejected || r.Class != "bad_signature"):
				t.Errorf("high-s twin %d: %+v, want rejected bad_signature", lo+j, r)
			}
		}
	}
	// The same event twice in one batch: stored once, then duplicate.
	fresh := f.sign(event(1, 500, day0.Add(time.Hour)))
	res := submit(t, cl, []telemetry.SignedEvent{fresh, fresh})
	if res[0].Status != StatusStored || res[1].Status != StatusDuplicate {
		t.Errorf("same event twice in a batch: %+v, want stored then duplicate", res)
	}
	if got, want := l.store.count(testConfig().RecordsCollection, prefixRecord), len(evs)+1; got != want {
		t.Errorf("%d records, want %d unique (cabinet, seq)", got, want)
	}
}

func TestSameKeyWithOtherContentsIsAConflict(t *testing.T) {
	_, cl, f := setup(t, 1, 0)
	first := f.sign(event(1, 1, day0.Add(time.Hour)))
	submit(t, cl, []telemetry.SignedEvent{first})

	otherEnergy := first.Event
	otherEnergy.EnergyWh++
	otherHour := first.Event
	otherHour.Time += 5 * 3600
	inBatch := event(1, 2, day0.Add(2*time.Hour))
	inBatchTwin := inBatch
	inBatchTwin.FeeCents++

	res := submit(t, cl, []telemetry.SignedEvent{f.sign(otherEnergy), f.sign(otherHour), f.sign(inBatch), f.sign(inBatchTwin)})
	want := []EventStatus{StatusRejected, StatusRejected, StatusStored, StatusRejected}
	for i, r := range res {
		if r.Status != want[i] {
			t.Errorf("event %d: %+v, want %s", i, r, want[i])
		}
		if r.Status == StatusRejected && !errors.Is(r.Err(), ErrConflict) {
			t.Errorf("event %d: Err() = %v, want ErrConflict", i, r.Err())
		}
	}
}

func TestABrokenFrameListFailsTheWholeBatch(t *testing.T) {
	l, cl, f := setup(t, 1, 0)
	good := encode(t, []telemetry.SignedEvent{f.sign(event(1, 1, day0))})
	cases := []struct {
		name string
		arg  []byte
	}{
		{"an empty argument", nil},
		{"an unknown version", append([]byte{9}, good[1:]...)},
		{"a truncated list", good[:len(good)-3]},
		{"trailing bytes", append(slices.Clone(good), 0)},
		{"a count above the batch limit", []byte{1, 0xff, 0xff, 0xff, 0x7f}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := cl.invoke(context.Background(), FnSubmitBatch, tc.arg)
			if !errors.Is(err, ErrBadArgs) {
				t.Errorf("got %v, want ErrBadArgs", err)
			}
		})
	}
	if got := l.store.count(testConfig().RecordsCollection, prefixRecord); got != 0 {
		t.Errorf("%d records stored by failed batches", got)
	}
}

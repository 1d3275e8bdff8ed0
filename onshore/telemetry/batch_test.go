package telemetry_test

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/hdevalence/ed25519consensus"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/onshore/telemetry/sigtest"
)

var bt0 = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func batchKey(c uint32) ed25519.PrivateKey {
	seed := make([]byte, ed25519.SeedSize)
	seed[0], seed[1], seed[2] = byte(c), byte(c>>8), 0xb7
	return ed25519.NewKeyFromSeed(seed)
}

func batchRegistry(t *testing.T, cabinets int) *telemetry.Registry {
	t.Helper()
	r := telemetry.NewRegistry("batch-registry")
	for c := range uint32(cabinets) {
		if err := r.Add(telemetry.Device{Cabinet: c, Pool: "pool-a", PublicKey: batchKey(c).Public().(ed25519.PublicKey), RegisteredAt: bt0}); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func batchEvent(c uint32, seq uint64) telemetry.Event {
	return telemetry.Event{Pool: "pool-a", Cabinet: c, Seq: seq, Time: bt0.Unix() + int64(seq)*60,
		EnergyWh: 1800, FeeCents: 450, SoCIn: 20, SoCOut: 98, SoHPermille: 930}
}

// TestEdgeSignaturesGetOneVerdictAloneAndInBatches checks Verify (ZIP 215)
// against the expected verdict of every edge case, and VerifyAll against
// Verify with each case placed first, in the middle and last of a batch of
// valid signatures: one verdict, whichever way a node checks.
func TestEdgeSignaturesGetOneVerdictAloneAndInBatches(t *testing.T) {
	r := batchRegistry(t, 40)
	e := batchEvent(3, 7)
	cases := sigtest.Cases("batch-registry", batchKey(3), e)
	disagree := 0
	for _, c := range cases {
		if c.Valid != c.StdlibValid {
			disagree++
		}
		s := telemetry.SignedEvent{Event: e, Sig: c.Sig}
		err := r.Verify(&s)
		if (err == nil) != c.Valid || (err != nil && !errors.Is(err, telemetry.ErrBadSignature)) {
			t.Fatalf("%s: Verify = %v, want valid %v", c.Name, err, c.Valid)
		}
		for _, pos := range []int{0, 20, 39} {
			evs := make([]telemetry.SignedEvent, 40)
			for i := range evs {
				evs[i] = telemetry.Sign("batch-registry", batchKey(uint32(i)), batchEvent(uint32(i), 1))
			}
			evs[pos] = s
			if pos != 3 {
				evs[pos].Cabinet = 3 // its own cabinet's key
			}
			errs := make([]error, len(evs))
			r.VerifyAll(evs, nil, errs)
			for i, err := range errs {
				want := i != pos || c.Valid
				if (err == nil) != want {
					t.Fatalf("%s at %d: VerifyAll gives event %d %v, want valid %v", c.Name, pos, i, err, want)
				}
			}
		}
	}
	if disagree == 0 {
		t.Fatal("no case where crypto/ed25519 disagrees with ZIP 215: the test does not show why one rule is needed")
	}
}

// TestVerifyAllNamesEachBadEventAsVerifyDoes: a batch with a device error,
// a retired key's signature, a bad signature and valid ones gets exactly
// Verify's error for each event, and the indexes not asked about are left
// alone.
func TestVerifyAllNamesEachBadEventAsVerifyDoes(t *testing.T) {
	r := batchRegistry(t, 8)
	newKey := batchKey(100)
	if err := r.Rotate(5, newKey.Public().(ed25519.PublicKey), bt0.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	var evs []telemetry.SignedEvent
	for c := range uint32(8) {
		evs = append(evs, telemetry.Sign("batch-registry", batchKey(c), batchEvent(c, 1)))
	}
	late := batchEvent(5, 120) // after the rotation, signed with the old key
	evs = append(evs, telemetry.Sign("batch-registry", batchKey(5), late))
	bad := telemetry.Sign("batch-registry", batchKey(2), batchEvent(2, 2))
	bad.Sig[5] ^= 1
	evs = append(evs, bad)
	unknown := telemetry.Sign("batch-registry", batchKey(50), batchEvent(50, 1))
	evs = append(evs, unknown)
	errs := make([]error, len(evs)+1)
	sentinel := fmt.Errorf("not asked")
	errs[len(evs)] = sentinel
	r.VerifyAll(evs, nil, errs[:len(evs)])
	for i := range evs {
		want := r.Verify(&evs[i])
		if fmt.Sprint(errs[i]) != fmt.Sprint(want) {
			t.Fatalf("event %d: VerifyAll %v, Verify %v", i, errs[i], want)
		}
	}
	if !errors.Is(errs[8], telemetry.ErrRetiredKey) || !errors.Is(errs[9], telemetry.ErrBadSignature) || !errors.Is(errs[10], telemetry.ErrUnknownDevice) {
		t.Fatalf("errors %v", errs[8:11])
	}
	if errs[len(evs)] != sentinel {
		t.Fatal("VerifyAll wrote past the events")
	}
	// A subset: only those indexes are written.
	sub := make([]error, len(evs))
	for i := range sub {
		sub[i] = sentinel
	}
	r.VerifyAll(evs, []int{1, 9}, sub)
	for i, err := range sub {
		switch i {
		case 1:
			if err != nil {
				t.Fatalf("event 1: %v", err)
			}
		case 9:
			if !errors.Is(err, telemetry.ErrBadSignature) {
				t.Fatalf("event 9: %v", err)
			}
		default:
			if err != sentinel {
				t.Fatalf("event %d written: %v", i, err)
			}
		}
	}
}

// TestTheRegistryRefusesWeakKeys: under ZIP 215 a small-order key would
// verify forged signatures, so neither a small-order point nor a
// non-canonical encoding is accepted as a device key, at registration or
// rotation.
func TestTheRegistryRefusesWeakKeys(t *testing.T) {
	for _, k := range sigtest.WeakKeys() {
		r := telemetry.NewRegistry("weak")
		err := r.Add(telemetry.Device{Cabinet: 1, Pool: "pool-a", PublicKey: k, RegisteredAt: bt0})
		if !errors.Is(err, telemetry.ErrWeakKey) {
			t.Errorf("Add(%x) = %v, want ErrWeakKey", k, err)
		}
		r = batchRegistry(t, 2)
		if err := r.Rotate(1, k, bt0.Add(time.Hour)); !errors.Is(err, telemetry.ErrWeakKey) {
			t.Errorf("Rotate(%x) = %v, want ErrWeakKey", k, err)
		}
	}
	// The small-order key would indeed verify a forgery: s = 0, R = identity.
	forged := make([]byte, 64)
	forged[0] = 1
	e := batchEvent(1, 1)
	if !sigtestVerifies(sigtest.WeakKeys()[0], telemetry.SigningBytes("weak", &e), forged) {
		t.Fatal("the identity key does not verify the forged signature: the refusal is not shown necessary")
	}
}

func sigtestVerifies(k ed25519.PublicKey, msg, sig []byte) bool {
	return ed25519consensus.Verify(k, msg, sig)
}

// BenchmarkVerify compares checking 1024 device signatures one by one
// (Verify, the baseline) with VerifyAll in batches of 128 (what the ledger
// and the agent do), in the same run: signatures/s and the speed-up.
//
//	go test -run '^$' -bench Verify -benchtime 20x ./onshore/telemetry/
func BenchmarkVerify(b *testing.B) {
	r := telemetry.NewRegistry("batch-registry")
	for c := range uint32(64) {
		if err := r.Add(telemetry.Device{Cabinet: c, Pool: "pool-a", PublicKey: batchKey(c).Public().(ed25519.PublicKey), RegisteredAt: bt0}); err != nil {
			b.Fatal(err)
		}
	}
	evs := make([]telemetry.SignedEvent, 1024)
	for i := range evs {
		c := uint32(i % 64)
		evs[i] = telemetry.Sign("batch-registry", batchKey(c), batchEvent(c, uint64(i+1)))
	}
	var baseline float64
	for _, batch := range []int{1, 128, 512} {
		b.Run(fmt.Sprintf("batch=%d", batch), func(b *testing.B) {
			errs := make([]error, len(evs))
			for range b.N {
				for lo := 0; lo < len(evs); lo += batch {
					if batch == 1 {
						errs[lo] = r.Verify(&evs[lo])
						continue
					}
					idx := make([]int, 0, batch)
					for i := lo; i < min(lo+batch, len(evs)); i++ {
						idx = append(idx, i)
					}
					r.VerifyAll(evs, idx, errs)
				}
			}
			for i, err := range errs {
				if err != nil {
					b.Fatalf("event %d: %v", i, err)
				}
			}
			rate := float64(b.N*len(evs)) / b.Elapsed().Seconds()
			b.ReportMetric(rate, "sigs/s")
			if batch == 1 {
				baseline = rate
			} else if baseline > 0 {
				b.ReportMetric(rate/baseline, "x_one_by_one")
			}
		})
	}
}

package telemetry

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

const testRegistry = "test-registry"

var t0 = time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)

func testKey(cabinet uint32) ed25519.PrivateKey {
	seed := make([]byte, ed25519.SeedSize)
	seed[0], seed[1] = byte(cabinet), byte(cabinet>>8)
	return ed25519.NewKeyFromSeed(seed)
}

func testRegistryWith(t testing.TB, cabinets ...uint32) *Registry {
	t.Helper()
	r := NewRegistry(testRegistry)
	for _, c := range cabinets {
		if err := r.Add(Device{Cabinet: c, Pool: "pool-a", PublicKey: testKey(c).Public().(ed25519.PublicKey), RegisteredAt: t0.Add(-24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	return r
}

func testEvent(cabinet uint32, seq uint64) Event {
	return Event{
		Pool: "pool-a", Cabinet: cabinet, Seq: seq, Time: t0.Unix() + int64(seq)*60,
		EnergyWh: 1800, FeeCents: 450, SoCIn: 20, SoCOut: 98, SoHPermille: 930,
		BatteryIn: "BAT-000001", BatteryOut: "BAT-000002",
	}
}

func signed(cabinet uint32, seq uint64) SignedEvent {
	return Sign(testRegistry, testKey(cabinet), testEvent(cabinet, seq))
}

func TestBinaryEncodingRoundTripsAndIsCanonical(t *testing.T) {
	s := signed(7, 42)
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var got SignedEvent
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if got.Event != s.Event || !bytes.Equal(got.Sig, s.Sig) {
		t.Fatalf("round trip changed the event: %+v != %+v", got, s)
	}
	b2, _ := got.MarshalBinary()
	if !bytes.Equal(b, b2) {
		t.Fatal("re-encoding differs: the encoding is not canonical")
	}
}

func TestBinaryDecodingRejectsNonCanonicalInput(t *testing.T) {
	s := signed(7, 42)
	good, _ := s.MarshalBinary()
	mutate := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"an empty input is malformed", nil, ErrMalformed},
		{"an unknown version is malformed", mutate(func(b []byte) []byte { b[0] = 2; return b }), ErrMalformed},
		{"a trailing byte is malformed", append(bytes.Clone(good), 0), ErrMalformed},
		{"a truncated signature is malformed", good[:len(good)-1], ErrMalformed},
		{"an invalid pool id is malformed", mutate(func(b []byte) []byte { b[2] = 'A'; return b }), ErrMalformed},
		{"a state of charge above 100 is out of range", mutate(func(b []byte) []byte {
			off := 1 + 1 + len(s.Pool) + 4 + 8 + 8 + 4 + 4
			b[off] = 101
			return b
		}), ErrOutOfRange},
		{"a time beyond 2^32 is malformed", mutate(func(b []byte) []byte {
			off := 1 + 1 + len(s.Pool) + 4 + 8
			b[off+3] = 1
			return b
		}), ErrMalformed},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got SignedEvent
			err := got.UnmarshalBinary(c.in)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestJSONRoundTripAndStrictness(t *testing.T) {
	s := signed(3, 9)
	line, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got SignedEvent
	if err := json.Unmarshal(line, &got); err != nil {
		t.Fatal(err)
	}
	if got.Event != s.Event || !bytes.Equal(got.Sig, s.Sig) {
		t.Fatalf("JSON round trip changed the event")
	}
	base := string(line)
	bad := []struct{ name, in string }{
		{"an unknown key is malformed", strings.Replace(base, `"v":1`, `"v":1,"extra":1`, 1)},
		{"a missing version is malformed", strings.Replace(base, `"v":1,`, ``, 1)},
		{"a negative energy is malformed", strings.Replace(base, `"energy_wh":1800`, `"energy_wh":-1`, 1)},
		{"an energy above 2^32 is malformed", strings.Replace(base, `"energy_wh":1800`, `"energy_wh":4294967296`, 1)},
		{"a short signature is malformed", `{"v":1,"pool":"pool-a","cabinet":1,"seq":1,"time":1,"energy_wh":1,"fee_cents":1,"soc_in":1,"soc_out":1,"soh_permille":1,"sig":"AAAA"}`},
		{"two objects on one line are malformed", base + base},
		{"a truncated object is malformed", base[:len(base)/2]},
		{"not JSON at all is malformed", "swap!"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			var ev SignedEvent
			if err := ev.UnmarshalJSON([]byte(c.in)); !errors.Is(err, ErrMalformed) {
				t.Fatalf("got %v, want ErrMalformed", err)
			}
		})
	}
}

func TestRegistryVerify(t *testing.T) {
	reg := testRegistryWith(t, 1, 2)
	good := signed(1, 1)
	if err := reg.Verify(&good); err != nil {
		t.Fatalf("a valid event was rejected: %v", err)
	}

	t.Run("every single-byte change of the body or signature is rejected", func(t *testing.T) {
		enc, _ := good.MarshalBinary()
		for i := range enc {
			for _, flip := range []byte{0x01, 0x80} {
				m := bytes.Clone(enc)
				m[i] ^= flip
				var ev SignedEvent
				if err := ev.UnmarshalBinary(m); err != nil {
					continue // rejected while decoding
				}
				if err := reg.Verify(&ev); err == nil {
					t.Fatalf("byte %d ^ %#x accepted", i, flip)
				}
			}
		}
	})
	cases := []struct {
		name string
		ev   SignedEvent
		want error
	}{
		{"an unregistered cabinet is an unknown device", Sign(testRegistry, testKey(9), testEvent(9, 1)), ErrUnknownDevice},
		{"a registered cabinet signing for another pool is an unknown device", func() SignedEvent {
			e := testEvent(1, 1)
			e.Pool = "pool-b"
			return Sign(testRegistry, testKey(1), e)
		}(), ErrUnknownDevice},
		{"a signature by another registered device is bad", Sign(testRegistry, testKey(2), testEvent(1, 1)), ErrBadSignature},
		{"a signature for another registry is bad", Sign("other-registry", testKey(1), testEvent(1, 1)), ErrBadSignature},
		{"a signature over another message is bad", func() SignedEvent {
			s := signed(1, 1)
			s.Sig = signed(1, 2).Sig
			return s
		}(), ErrBadSignature},
		{"a signature with s+L (non-canonical) is bad", func() SignedEvent {
			s := signed(1, 1)
			s.Sig = highS(s.Sig)
			return s
		}(), ErrBadSignature},
		{"an event dated before registration is from an unknown device", func() SignedEvent {
			e := testEvent(1, 1)
			e.Time = t0.Add(-48 * time.Hour).Unix()
			return Sign(testRegistry, testKey(1), e)
		}(), ErrUnknownDevice},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := reg.Verify(&c.ev); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

// highS returns the signature with S replaced by S+L, the classic malleable
// re-encoding (the same scalar modulo L).
func highS(sig []byte) []byte {
	l, _ := new(big.Int).SetString("7237005577332262213973186563042994240857116359379907606001950938285454250989", 10)
	le := func(b []byte) *big.Int {
		r := make([]byte, len(b))
		for i := range b {
			r[len(b)-1-i] = b[i]
		}
		return new(big.Int).SetBytes(r)
	}
	s := le(sig[32:])
	s.Add(s, l)
	be := s.FillBytes(make([]byte, 32))
	out := bytes.Clone(sig)
	for i := range be {
		out[32+i] = be[31-i]
	}
	return out
}

func TestRevocationRejectsLaterEventsOnly(t *testing.T) {
	reg := testRegistryWith(t, 1)
	before, after := signed(1, 1), signed(1, 10)
	revokeAt := time.Unix(before.Time, 0).Add(time.Minute)
	if err := reg.Revoke(1, revokeAt); err != nil {
		t.Fatal(err)
	}
	if err := reg.Verify(&before); err != nil {
		t.Fatalf("an event before the revocation must still verify: %v", err)
	}
	if err := reg.Verify(&after); !errors.Is(err, ErrRevokedDevice) {
		t.Fatalf("an event after the revocation: got %v, want ErrRevokedDevice", err)
	}
	if err := reg.Revoke(5, revokeAt); !errors.Is(err, ErrUnknownDevice) {
		t.Fatalf("revoking an unknown cabinet: got %v", err)
	}
}

func TestValidator(t *testing.T) {
	reg := testRegistryWith(t, 1)
	now := time.Unix(testEvent(1, 100).Time, 0)
	newV := func() *Validator {
		v := NewValidator(reg)
		v.Now = func() time.Time { return now }
		return v
	}

	t.Run("sequence numbers are accepted in any order; the same event again is a duplicate, other bytes a conflict", func(t *testing.T) {
		v := newV()
		for _, seq := range []uint64{5, 1, 3, 2, 4} {
			s := signed(1, seq)
			if err := v.Accept(&s); err != nil {
				t.Fatalf("seq %d after higher ones: %v", seq, err)
			}
		}
		for _, seq := range []uint64{5, 2, 1} {
			s := signed(1, seq)
			if err := v.Accept(&s); !errors.Is(err, ErrDuplicate) || Class(err) != "duplicate" {
				t.Fatalf("seq %d again: got %v, want ErrDuplicate", seq, err)
			}
		}
		ev := testEvent(1, 3)
		ev.FeeCents++
		other := Sign(testRegistry, testKey(1), ev)
		if err := v.Accept(&other); !errors.Is(err, ErrConflict) || Class(err) != "conflict" {
			t.Fatalf("seq 3 with another fee: got %v, want ErrConflict", err)
		}
		// The conflict is not recorded: the first event stays the one taken.
		first := signed(1, 3)
		if err := v.Accept(&first); !errors.Is(err, ErrDuplicate) {
			t.Fatalf("seq 3 as first taken, after the conflict: got %v, want ErrDuplicate", err)
		}
	})
	t.Run("a re-encoded (high-s) signature of an accepted event is rejected", func(t *testing.T) {
		v := newV()
		s := signed(1, 1)
		if err := v.Accept(&s); err != nil {
			t.Fatal(err)
		}
		twin := s
		twin.Sig = highS(s.Sig)
		if err := v.Accept(&twin); err == nil {
			t.Fatal("a malleated twin was accepted")
		}
	})
	t.Run("physical bounds are enforced per field", func(t *testing.T) {
		for _, mut := range []func(*Event){
			func(e *Event) { e.EnergyWh = 10_001 },
			func(e *Event) { e.FeeCents = 10_001 },
			func(e *Event) { e.SoHPermille = 1001 },
			func(e *Event) { e.SoCOut = 101 },
		} {
			e := testEvent(1, 1)
			mut(&e)
			s := Sign(testRegistry, testKey(1), e)
			var re *RangeError
			if err := newV().Accept(&s); !errors.As(err, &re) || !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("got %v, want a RangeError", err)
			}
		}
	})
	t.Run("skew up to the window is accepted, beyond it rejected", func(t *testing.T) {
		e := testEvent(1, 1)
		e.Time = now.Add(DefaultMaxSkew).Unix()
		s := Sign(testRegistry, testKey(1), e)
		if err := newV().Accept(&s); err != nil {
			t.Fatalf("at the window edge: %v", err)
		}
		e.Time++
		s = Sign(testRegistry, testKey(1), e)
		if err := newV().Accept(&s); !errors.Is(err, ErrClockSkew) {
			t.Fatalf("beyond the window: got %v, want ErrClockSkew", err)
		}
	})
	t.Run("an event hours old (store and forward) is accepted", func(t *testing.T) {
		v := newV()
		v.Now = func() time.Time { return now.Add(6 * time.Hour) }
		s := signed(1, 1)
		if err := v.Accept(&s); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a rejected event does not advance the sequence", func(t *testing.T) {
		v := newV()
		bad := signed(1, 7)
		bad.Sig = signed(1, 8).Sig
		if err := v.Accept(&bad); !errors.Is(err, ErrBadSignature) {
			t.Fatal(err)
		}
		good := signed(1, 3)
		if err := v.Accept(&good); err != nil {
			t.Fatalf("a valid lower seq after a rejected one: %v", err)
		}
	})
}

func TestClassNamesEveryError(t *testing.T) {
	for _, err := range []error{ErrMalformed, ErrUnknownDevice, ErrRevokedDevice, ErrBadSignature, ErrDuplicate, ErrConflict, ErrOutOfRange, ErrClockSkew} {
		if c := Class(errors.Join(errors.New("context"), err)); c == "other" {
			t.Fatalf("%v has no class", err)
		}
	}
	if Class(errors.New("x")) != "other" {
		t.Fatal("an unrelated error got a class")
	}
	if c := Class(&RangeError{Field: "x"}); c != "out_of_range" {
		t.Fatalf("RangeError class %q", c)
	}
}

func TestRegistryYAMLRoundTripIsStrict(t *testing.T) {
	reg := testRegistryWith(t, 1, 2)
	if err := reg.Revoke(2, t0); err != nil {
		t.Fatal(err)
	}
	data, err := yaml.Marshal(reg)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseRegistry(data)
	if err != nil {
		t.Fatal(err)
	}
	if back.ID != reg.ID || back.Len() != 2 {
		t.Fatalf("round trip lost data: %+v", back)
	}
	d, _ := back.Device(2)
	if d.RevokedAt == nil || !d.RevokedAt.Equal(t0) {
		t.Fatal("revocation lost")
	}
	bad := map[string]string{
		"an unknown key is rejected":     strings.Replace(string(data), "devices:", "extra: 1\ndevices:", 1),
		"a missing registry id":          strings.Replace(string(data), "registry: "+testRegistry, "registry: \"\"", 1),
		"a duplicate cabinet":            string(data) + "",
		"a public key of the wrong size": strings.Replace(string(data), "public_key: ", "public_key: AAAA", 1),
	}
	dup, _ := yaml.Marshal(map[string]any{"registry": "r", "devices": []map[string]any{
		{"cabinet": 1, "pool": "p", "public_key": "A3ylxTr+xcgLVj1XYJqxJ1bmuAZyimw+GLrtGGw+kGs=", "registered_at": t0},
		{"cabinet": 1, "pool": "p", "public_key": "A3ylxTr+xcgLVj1XYJqxJ1bmuAZyimw+GLrtGGw+kGs=", "registered_at": t0},
	}})
	bad["a duplicate cabinet"] = string(dup)
	for name, in := range bad {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseRegistry([]byte(in)); err == nil {
				t.Fatal("accepted")
			}
		})
	}
}

func TestLineReaderReportsBadLinesAndGoesOn(t *testing.T) {
	a, b := signed(1, 1), signed(1, 2)
	la, _ := json.Marshal(a)
	lb, _ := json.Marshal(b)
	in := string(la) + "\n\n{not json}\n" + strings.Repeat("x", MaxLineSize+10) + "\n" + string(lb) // no final newline
	lr := NewLineReader(strings.NewReader(in))
	var got []uint64
	var bad []int
	for {
		ev, _, err := lr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("line %d: %v is not ErrMalformed", lr.Line(), err)
			}
			bad = append(bad, lr.Line())
			continue
		}
		got = append(got, ev.Seq)
	}
	if len(got) != 2 || got[0] != 1 || got[1] != 2 {
		t.Fatalf("valid events %v, want [1 2]", got)
	}
	if len(bad) != 2 || bad[0] != 3 || bad[1] != 4 {
		t.Fatalf("bad lines %v, want [3 4]", bad)
	}
}

func TestPoolIDField(t *testing.T) {
	for _, p := range []PoolID{"a", "shenzhen-north", PoolID(strings.Repeat("z", MaxPoolIDLen))} {
		back, err := PoolIDFromField(p.Field())
		if err != nil || back != p {
			t.Fatalf("%q: got %q, %v", p, back, err)
		}
	}
	for _, p := range []PoolID{"", "-a", "A", PoolID(strings.Repeat("z", MaxPoolIDLen+1)), "a b"} {
		if err := p.Validate(); !errors.Is(err, ErrMalformed) {
			t.Fatalf("%q accepted", p)
		}
	}
}

func BenchmarkVerify(b *testing.B) {
	reg := testRegistryWith(b, 1)
	s := signed(1, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := reg.Verify(&s); err != nil {
			b.Fatal(err)
		}
	}
}

package telemetry

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

func testHeartbeat(cabinet uint32, seq uint64) Event {
	return Event{Kind: KindHeartbeat, Pool: "pool-a", Cabinet: cabinet, Seq: seq, Time: t0.Unix() + int64(seq)*60 + 1200}
}

func signedHeartbeat(cabinet uint32, seq uint64) SignedEvent {
	return Sign(testRegistry, testKey(cabinet), testHeartbeat(cabinet, seq))
}

// The golden vectors pin both layouts byte for byte: a swap's version 1 (as
// it was before heartbeats, so every signature made before stays valid) and
// a heartbeat's version 2, binary and JSON, signature included.
var goldenEvents = []struct {
	name   string
	event  SignedEvent
	binary string // hex
	json   string
}{
	{
		"a swap is encoding version 1, unchanged",
		signed(7, 42),
		"0106706f6f6c2d6100000007000000000000002a000000006ae68ad800000708000001c2146203a20a4241542d3030303030310a4241542d303030303032" +
			"9f9975d3b5eb67cd27cc6d25c030f9a616f2b6de129cad6dc0b459788eb64272937ab3fc18f3be2244b945e591195219c260ed504a81edb1f41b7d339319460b",
		`{"v":1,"pool":"pool-a","cabinet":7,"seq":42,"time":1793493720,"energy_wh":1800,"fee_cents":450,"soc_in":20,"soc_out":98,"soh_permille":930,"battery_in":"BAT-000001","battery_out":"BAT-000002","sig":"n5l107XrZ80nzG0lwDD5phbytt4SnK1twLRZeI62QnKTerP8GPO+IkS5ReWRGVIZwmDtUEqB7bH0G30zkxlGCw=="}`,
	},
	{
		"a heartbeat is encoding version 2: pool, cabinet, seq and time only",
		Sign(testRegistry, testKey(7), Event{Kind: KindHeartbeat, Pool: "pool-a", Cabinet: 7, Seq: 43, Time: t0.Unix() + 3600}),
		"0206706f6f6c2d6100000007000000000000002b000000006ae68f10" +
			"dc5412a7d1849cdcb871d23d5f01018bffcc7a5032a18ed54ea3fd59649c468e8163f42c34b88f67b6817714d2f65de9fd6eef0c70c09c88bbde3f865a1c490e",
		`{"v":2,"kind":"heartbeat","pool":"pool-a","cabinet":7,"seq":43,"time":1793494800,"sig":"3FQSp9GEnNy4cdI9XwEBi//MelAyoY7VTqP9WWScRo6BY/QsNLiPZ7aBdxTS9l3p/W7vDHDAnIi73j+GWhxJDg=="}`,
	},
}

func TestGoldenEncodings(t *testing.T) {
	reg := testRegistryWith(t, 7)
	for _, g := range goldenEvents {
		t.Run(g.name, func(t *testing.T) {
			b, err := g.event.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if got := hex.EncodeToString(b); got != g.binary {
				t.Errorf("binary encoding\n got %s\nwant %s", got, g.binary)
			}
			j, err := json.Marshal(g.event)
			if err != nil {
				t.Fatal(err)
			}
			if string(j) != g.json {
				t.Errorf("JSON form\n got %s\nwant %s", j, g.json)
			}
			want, _ := hex.DecodeString(g.binary)
			var fromBinary, fromJSON SignedEvent
			if err := fromBinary.UnmarshalBinary(want); err != nil {
				t.Fatal(err)
			}
			if err := fromJSON.UnmarshalJSON([]byte(g.json)); err != nil {
				t.Fatal(err)
			}
			for _, got := range []SignedEvent{fromBinary, fromJSON} {
				if got.Event != g.event.Event || !bytes.Equal(got.Sig, g.event.Sig) {
					t.Fatalf("decoded %+v, want %+v", got.Event, g.event.Event)
				}
				if err := reg.Verify(&got); err != nil {
					t.Fatalf("the golden signature does not verify: %v", err)
				}
			}
		})
	}
}

func TestHeartbeatRoundTripsInOneCanonicalForm(t *testing.T) {
	s := signedHeartbeat(3, 1)
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(b) != heartbeatFixedSize+1+len(s.Pool)+SignatureSize || len(b) > MaxEncodedSize {
		t.Fatalf("a heartbeat encodes to %d bytes", len(b))
	}
	var got SignedEvent
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !got.IsHeartbeat() || got.Event != s.Event || !bytes.Equal(got.Sig, s.Sig) {
		t.Fatalf("binary round trip gave %+v", got.Event)
	}
	line, _ := json.Marshal(s)
	var fromJSON SignedEvent
	if err := fromJSON.UnmarshalJSON(line); err != nil {
		t.Fatal(err)
	}
	if !fromJSON.IsHeartbeat() || fromJSON.Event != s.Event {
		t.Fatalf("JSON round trip gave %+v", fromJSON.Event)
	}
	again, _ := json.Marshal(fromJSON)
	if !bytes.Equal(again, line) {
		t.Fatalf("JSON re-encoding differs:\n%s\n%s", line, again)
	}
}

func TestASignatureDoesNotCrossKinds(t *testing.T) {
	reg := testRegistryWith(t, 3)
	// A swap with every swap field zero has the same pool, cabinet, seq and
	// time as the heartbeat: only the kind (the version byte) differs.
	hb := signedHeartbeat(3, 5)
	emptySwap := Sign(testRegistry, testKey(3), Event{Pool: "pool-a", Cabinet: 3, Seq: 5, Time: hb.Time})
	for _, c := range []struct {
		name   string
		signed SignedEvent
		as     Kind
	}{
		{"a heartbeat's signature replayed as a swap", hb, KindSwap},
		{"a swap's signature replayed as a heartbeat", emptySwap, KindHeartbeat},
	} {
		t.Run(c.name+" is a bad signature", func(t *testing.T) {
			if err := reg.Verify(&c.signed); err != nil {
				t.Fatalf("the event itself: %v", err)
			}
			replayed := SignedEvent{Event: c.signed.Event, Sig: c.signed.Sig}
			replayed.Kind = c.as
			if err := reg.Verify(&replayed); !errors.Is(err, ErrBadSignature) {
				t.Fatalf("got %v, want ErrBadSignature", err)
			}
		})
	}
}

func TestHeartbeatBinaryDecodingRejectsNonCanonicalInput(t *testing.T) {
	hb := signedHeartbeat(7, 42)
	good, _ := hb.MarshalBinary()
	swap := signed(7, 42)
	swapBytes, _ := swap.MarshalBinary()
	relabel := func(b []byte, v byte) []byte { b = bytes.Clone(b); b[0] = v; return b }
	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"a swap's bytes under the heartbeat version are malformed (trailing bytes)", relabel(swapBytes, HeartbeatEncodingVersion), ErrMalformed},
		{"a heartbeat's bytes under the swap version are malformed (truncated)", relabel(good, EncodingVersion), ErrMalformed},
		{"version 3 is malformed", relabel(good, 3), ErrMalformed},
		{"a trailing byte is malformed", append(bytes.Clone(good), 0), ErrMalformed},
		{"a truncated signature is malformed", good[:len(good)-1], ErrMalformed},
		{"seq 0 is out of range", func() []byte {
			b := bytes.Clone(good)
			clear(b[1+1+len(hb.Pool)+4 : 1+1+len(hb.Pool)+4+8])
			return b
		}(), ErrOutOfRange},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got SignedEvent
			if err := got.UnmarshalBinary(c.in); !errors.Is(err, c.want) {
				t.Fatalf("got %v, want %v", err, c.want)
			}
		})
	}
}

func TestHeartbeatJSONIsStrict(t *testing.T) {
	line, _ := json.Marshal(signedHeartbeat(3, 9))
	base := string(line)
	swapLine, _ := json.Marshal(signed(3, 9))
	swapBase := string(swapLine)
	cases := []struct{ name, in, says string }{
		{"a heartbeat with a swap field is malformed", strings.Replace(base, `"time"`, `"energy_wh":0,"time"`, 1), "carries no swap fields: cabinet 3 seq 9 has energy_wh"},
		{"a heartbeat with a battery id is malformed", strings.Replace(base, `"time"`, `"battery_out":"BAT-1","time"`, 1), "has battery_out"},
		{"a heartbeat of version 1 is malformed", strings.Replace(base, `"v":2`, `"v":1`, 1), "a heartbeat is encoding version 2, this one says 1"},
		{"version 2 without a kind is malformed", strings.Replace(base, `"kind":"heartbeat",`, ``, 1), "is a heartbeat's"},
		{"a swap naming its kind is malformed", strings.Replace(swapBase, `"v":1,`, `"v":1,"kind":"swap",`, 1), `"kind" is "swap"`},
		{"an unknown kind is malformed", strings.Replace(base, `"heartbeat"`, `"HEARTBEAT"`, 1), `"kind" is "HEARTBEAT"`},
		{"a null kind is malformed", strings.Replace(base, `"heartbeat"`, `null`, 1), `"kind" is null`},
		{"an unknown key is malformed", strings.Replace(base, `"v":2`, `"v":2,"extra":1`, 1), `unknown field "extra"`},
		{"a kind given twice is a duplicate key", strings.Replace(base, `"v":2`, `"v":2,"kind":"heartbeat"`, 1), "duplicate JSON key"},
		{"a missing signature is malformed", strings.Replace(base, `"sig"`, `"sog"`, 1), "unknown field"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var ev SignedEvent
			err := ev.UnmarshalJSON([]byte(c.in))
			if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), c.says) {
				t.Fatalf("got %v, want ErrMalformed saying %q", err, c.says)
			}
		})
	}
	t.Run("a heartbeat of seq 0 is out of range", func(t *testing.T) {
		var ev SignedEvent
		var re *RangeError
		err := ev.UnmarshalJSON([]byte(strings.Replace(base, `"seq":9`, `"seq":0`, 1)))
		if !errors.As(err, &re) || re.Field != "seq" || re.Min != 1 {
			t.Fatalf("got %v, want a RangeError on seq with Min 1", err)
		}
	})
}

func TestCheckModelKindsAndSequenceNumbers(t *testing.T) {
	withSwapField := func(f func(*Event)) Event { e := testHeartbeat(1, 1); f(&e); return e }
	cases := []struct {
		name string
		ev   Event
		want string // "" means valid
	}{
		{"a swap is valid", testEvent(1, 1), ""},
		{"a heartbeat is valid", testHeartbeat(1, 1), ""},
		{"an unknown kind is malformed", func() Event { e := testEvent(1, 1); e.Kind = 2; return e }(), "unknown event kind 2"},
		{"a swap of seq 0 is out of range", testEvent(1, 0), "seq = 0, allowed [1,"},
		{"a heartbeat of seq 0 is out of range", testHeartbeat(1, 0), "seq = 0, allowed [1,"},
		{"a heartbeat with energy is malformed", withSwapField(func(e *Event) { e.EnergyWh = 1 }), "sets energy_wh"},
		{"a heartbeat with a fee is malformed", withSwapField(func(e *Event) { e.FeeCents = 1 }), "sets fee_cents"},
		{"a heartbeat with a state of charge in is malformed", withSwapField(func(e *Event) { e.SoCIn = 1 }), "sets soc_in"},
		{"a heartbeat with a state of charge out is malformed", withSwapField(func(e *Event) { e.SoCOut = 1 }), "sets soc_out"},
		{"a heartbeat with a state of health is malformed", withSwapField(func(e *Event) { e.SoHPermille = 1 }), "sets soh_permille"},
		{"a heartbeat with a battery in is malformed", withSwapField(func(e *Event) { e.BatteryIn = "B" }), "sets battery_in"},
		{"a heartbeat with a battery out is malformed", withSwapField(func(e *Event) { e.BatteryOut = "B" }), "sets battery_out"},
		{"a heartbeat's time is checked", withSwapField(func(e *Event) { e.Time = -1 }), "time = -1"},
		{"a heartbeat's pool is checked", withSwapField(func(e *Event) { e.Pool = "Pool A" }), "pool id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.ev.CheckModel()
			if c.want == "" {
				if err != nil {
					t.Fatalf("CheckModel() = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("CheckModel() = %v, want it to say %q", err, c.want)
			}
			if strings.Contains(c.want, "seq") {
				var re *RangeError
				if !errors.As(err, &re) || re.Min != 1 {
					t.Fatalf("CheckModel() = %v, want a *RangeError with Min 1", err)
				}
			} else if !strings.Contains(c.want, "time") && !errors.Is(err, ErrMalformed) {
				t.Fatalf("CheckModel() = %v, want ErrMalformed", err)
			}
		})
	}
}

func TestValidatorTakesHeartbeatsLikeAnyEvent(t *testing.T) {
	reg := testRegistryWith(t, 1, 2)
	v := NewValidator(reg)
	v.Now = func() time.Time { return t0.Add(24 * time.Hour) }
	// Bounds a heartbeat's zero energy would fail, were they applied to it.
	v.Bounds = Bounds{MinEnergyWh: 500, MaxEnergyWh: 5000, MaxFeeCents: 1000, MinSoHPermille: 800}
	hb := signedHeartbeat(1, 2)
	if err := v.Accept(&hb); err != nil {
		t.Fatalf("a heartbeat: %v", err)
	}
	if err := v.Bounds.Check(&hb.Event); err != nil {
		t.Fatalf("the bounds are a swap's, a heartbeat passes them: %v", err)
	}
	again := signedHeartbeat(1, 2)
	if err := v.Accept(&again); !errors.Is(err, ErrDuplicate) {
		t.Fatalf("the same heartbeat again: %v, want ErrDuplicate", err)
	}
	later := testHeartbeat(1, 2)
	later.Time++
	other := Sign(testRegistry, testKey(1), later)
	if err := v.Accept(&other); !errors.Is(err, ErrConflict) {
		t.Fatalf("another heartbeat of the same seq: %v, want ErrConflict", err)
	}
	swap := signed(1, 2)
	if err := v.Accept(&swap); !errors.Is(err, ErrConflict) {
		t.Fatalf("a swap of a heartbeat's seq: %v, want ErrConflict", err)
	}
	forged := testHeartbeat(2, 1)
	bad := Sign(testRegistry, testKey(1), forged)
	if err := v.Accept(&bad); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("a heartbeat signed by another cabinet's key: %v, want ErrBadSignature", err)
	}
	future := testHeartbeat(2, 3)
	future.Time = t0.Add(48 * time.Hour).Unix()
	ahead := Sign(testRegistry, testKey(2), future)
	if err := v.Accept(&ahead); !errors.Is(err, ErrClockSkew) {
		t.Fatalf("a heartbeat from the future: %v, want ErrClockSkew", err)
	}
	low := signed(2, 4) // a swap of 1800 Wh; 100 Wh is below the bounds
	low.EnergyWh = 100
	low = Sign(testRegistry, testKey(2), low.Event)
	if err := v.Accept(&low); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("a swap below the bounds: %v, want ErrOutOfRange (the bounds still apply to swaps)", err)
	}
}

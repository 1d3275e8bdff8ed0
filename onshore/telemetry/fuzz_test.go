package telemetry

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
)

// FuzzUnmarshalBinary: decoding untrusted bytes never panics, every rejection
// is a named error, and whatever decodes re-encodes to the same bytes.
func FuzzUnmarshalBinary(f *testing.F) {
	for _, s := range []SignedEvent{signed(1, 1), signed(70000, 1<<40), signedHeartbeat(1, 1), signedHeartbeat(70000, 1<<40)} {
		b, _ := s.MarshalBinary()
		f.Add(b)
	}
	f.Add([]byte{1, 0})
	f.Add([]byte{2, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		var s SignedEvent
		err := s.UnmarshalBinary(data)
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("unnamed error: %v", err)
			}
			return
		}
		again, err := s.MarshalBinary()
		if err != nil {
			t.Fatalf("a decoded event does not re-encode: %v", err)
		}
		if !bytes.Equal(again, data) {
			t.Fatalf("two encodings of one event:\n%x\n%x", data, again)
		}
	})
}

// FuzzUnmarshalJSON: the JSON form never panics, rejects with named errors,
// and what it accepts survives a round trip.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, s := range []SignedEvent{signed(1, 1), signedHeartbeat(1, 1)} {
		b, _ := json.Marshal(s)
		f.Add(b)
	}
	f.Add([]byte(`{"v":1}`))
	f.Add([]byte(`{"v":2,"kind":"heartbeat"}`))
	f.Add([]byte(`{"v":2,"kind":"heartbeat","energy_wh":0}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s SignedEvent
		err := s.UnmarshalJSON(data)
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("unnamed error: %v", err)
			}
			return
		}
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back SignedEvent
		if err := back.UnmarshalJSON(out); err != nil || back.Event != s.Event || !bytes.Equal(back.Sig, s.Sig) {
			t.Fatalf("round trip failed: %v", err)
		}
	})
}

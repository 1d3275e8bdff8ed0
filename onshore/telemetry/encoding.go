package telemetry

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
)

// Canonical binary encoding of a swap, version 1 (all integers big-endian):
//
//	version    u8   = 1 (EncodingVersion)
//	pool       u8 length + bytes
//	cabinet    u32
//	seq        u64
//	time       u64  (non-negative unix seconds, at most MaxTime)
//	energy_wh  u32
//	fee_cents  u32
//	soc_in     u8
//	soc_out    u8
//	soh        u16
//	battery_in u8 length + bytes
//	battery_out u8 length + bytes
//
// Canonical binary encoding of a heartbeat, version 2: no swap fields at
// all.
//
//	version    u8   = 2 (HeartbeatEncodingVersion)
//	pool       u8 length + bytes
//	cabinet    u32
//	seq        u64
//	time       u64  (non-negative unix seconds, at most MaxTime)
//
// A signed event appends the 64-byte signature. The version says the kind,
// so every event has exactly one encoding: decoders reject unknown versions,
// malformed strings, out-of-model values and trailing bytes.

// fixedSize is the size of the fixed-width part of a swap's encoding;
// heartbeatFixedSize of a heartbeat's.
const (
	fixedSize          = 1 + 4 + 8 + 8 + 4 + 4 + 1 + 1 + 2
	heartbeatFixedSize = 1 + 4 + 8 + 8
)

// MaxEncodedSize bounds a signed event's encoding (a swap with the longest
// strings; a heartbeat is always shorter); longer input is malformed.
const MaxEncodedSize = fixedSize + 3 + MaxPoolIDLen + 2*MaxBatteryIDLen + SignatureSize

// encodedSize is the size of e's canonical encoding, without a signature.
func (e *Event) encodedSize() int {
	if e.IsHeartbeat() {
		return heartbeatFixedSize + 1 + len(e.Pool)
	}
	return fixedSize + 3 + len(e.Pool) + len(e.BatteryIn) + len(e.BatteryOut)
}

// AppendBinary appends the canonical encoding of e to b: version 2 for a
// heartbeat, version 1 otherwise. It does not validate e; call CheckModel
// first when e comes from outside.
func (e *Event) AppendBinary(b []byte) []byte {
	if e.IsHeartbeat() {
		b = append(b, HeartbeatEncodingVersion)
	} else {
		b = append(b, EncodingVersion)
	}
	b = append(b, byte(len(e.Pool)))
	b = append(b, e.Pool...)
	b = binary.BigEndian.AppendUint32(b, e.Cabinet)
	b = binary.BigEndian.AppendUint64(b, e.Seq)
	b = binary.BigEndian.AppendUint64(b, uint64(e.Time))
	if e.IsHeartbeat() {
		return b
	}
	b = binary.BigEndian.AppendUint32(b, e.EnergyWh)
	b = binary.BigEndian.AppendUint32(b, e.FeeCents)
	b = append(b, e.SoCIn, e.SoCOut)
	b = binary.BigEndian.AppendUint16(b, e.SoHPermille)
	b = append(b, byte(len(e.BatteryIn)))
	b = append(b, e.BatteryIn...)
	b = append(b, byte(len(e.BatteryOut)))
	b = append(b, e.BatteryOut...)
	return b
}

// MarshalBinary returns the canonical encoding of e.
func (e *Event) MarshalBinary() ([]byte, error) {
	if err := e.CheckModel(); err != nil {
		return nil, err
	}
	return e.AppendBinary(make([]byte, 0, e.encodedSize())), nil
}

// MarshalBinary returns the canonical encoding of the event followed by its
// signature.
func (s *SignedEvent) MarshalBinary() ([]byte, error) {
	if len(s.Sig) != SignatureSize {
		return nil, fmt.Errorf("%w: signature is %d bytes, want %d", ErrMalformed, len(s.Sig), SignatureSize)
	}
	b, err := s.Event.MarshalBinary()
	if err != nil {
		return nil, err
	}
	return append(b, s.Sig...), nil
}

// UnmarshalBinary decodes a signed event from its canonical encoding, a swap
// (version 1) or a heartbeat (version 2). Any deviation from the canonical
// form is ErrMalformed.
func (s *SignedEvent) UnmarshalBinary(data []byte) error {
	if len(data) > MaxEncodedSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrMalformed, len(data), MaxEncodedSize)
	}
	r := reader{b: data}
	var e Event
	switch v := r.u8(); {
	case r.err != nil:
		return r.err
	case v == HeartbeatEncodingVersion:
		e.Kind = KindHeartbeat
	case v != EncodingVersion:
		return fmt.Errorf("%w: encoding version %d, this build reads %d (swap) and %d (heartbeat)", ErrMalformed, v, EncodingVersion, HeartbeatEncodingVersion)
	}
	e.Pool = PoolID(r.str())
	e.Cabinet = r.u32()
	e.Seq = r.u64()
	t := r.u64()
	e.Time = int64(t)
	if !e.IsHeartbeat() {
		e.EnergyWh = r.u32()
		e.FeeCents = r.u32()
		e.SoCIn = r.u8()
		e.SoCOut = r.u8()
		e.SoHPermille = r.u16()
		e.BatteryIn = r.str()
		e.BatteryOut = r.str()
	}
	sig := r.bytes(SignatureSize)
	if r.err != nil {
		return r.err
	}
	if len(r.b) != 0 {
		return fmt.Errorf("%w: %d trailing bytes", ErrMalformed, len(r.b))
	}
	if t > MaxTime {
		return fmt.Errorf("%w: time %d beyond %d", ErrMalformed, t, uint64(MaxTime))
	}
	if err := e.CheckModel(); err != nil {
		return err
	}
	*s = SignedEvent{Event: e, Sig: append([]byte(nil), sig...)}
	return nil
}

// CheckModel checks what the model itself requires of every event, whatever
// the policy: a known kind, a valid pool id, a sequence number from 1 (the
// first event after registration), time within [0, MaxTime], percentages
// within 0–100, health within 0–1000 permille, printable battery ids, and no
// swap field on a heartbeat. A violation of a numeric limit is a *RangeError
// (ErrOutOfRange); of form, ErrMalformed.
func (e *Event) CheckModel() error {
	if e.Kind != KindSwap && e.Kind != KindHeartbeat {
		return fmt.Errorf("%w: unknown event kind %d (0 is a swap, 1 a heartbeat)", ErrMalformed, uint8(e.Kind))
	}
	if err := e.Pool.Validate(); err != nil {
		return err
	}
	if e.Seq == 0 {
		return &RangeError{Field: "seq", Value: 0, Min: 1, Max: math.MaxInt64}
	}
	if e.Time < 0 || e.Time > MaxTime {
		return &RangeError{Field: "time", Value: e.Time, Min: 0, Max: MaxTime}
	}
	if e.IsHeartbeat() {
		if f := e.swapFields(); len(f) > 0 {
			return fmt.Errorf("%w: a heartbeat carries no swap fields: cabinet %d seq %d sets %s", ErrMalformed, e.Cabinet, e.Seq, strings.Join(f, ", "))
		}
		return nil
	}
	if e.SoCIn > MaxSoC {
		return &RangeError{Field: "soc_in", Value: int64(e.SoCIn), Max: MaxSoC}
	}
	if e.SoCOut > MaxSoC {
		return &RangeError{Field: "soc_out", Value: int64(e.SoCOut), Max: MaxSoC}
	}
	if e.SoHPermille > MaxSoH {
		return &RangeError{Field: "soh_permille", Value: int64(e.SoHPermille), Max: MaxSoH}
	}
	if !validBatteryID(e.BatteryIn) || !validBatteryID(e.BatteryOut) {
		return fmt.Errorf("%w: battery ids must be at most %d printable ASCII bytes", ErrMalformed, MaxBatteryIDLen)
	}
	return nil
}

// swapFields names the swap fields e sets (nonzero or non-empty), in the
// JSON form's names and order.
func (e *Event) swapFields() []string {
	var f []string
	for _, x := range []struct {
		name string
		set  bool
	}{
		{"energy_wh", e.EnergyWh != 0}, {"fee_cents", e.FeeCents != 0}, {"soc_in", e.SoCIn != 0},
		{"soc_out", e.SoCOut != 0}, {"soh_permille", e.SoHPermille != 0},
		{"battery_in", e.BatteryIn != ""}, {"battery_out", e.BatteryOut != ""},
	} {
		if x.set {
			f = append(f, x.name)
		}
	}
	return f
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if len(r.b) < n {
		r.err = fmt.Errorf("%w: truncated (%d bytes left, %d needed)", ErrMalformed, len(r.b), n)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) u8() byte {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *reader) u16() uint16 {
	if b := r.bytes(2); b != nil {
		return binary.BigEndian.Uint16(b)
	}
	return 0
}

func (r *reader) u32() uint32 {
	if b := r.bytes(4); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

func (r *reader) u64() uint64 {
	if b := r.bytes(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

func (r *reader) str() string { return string(r.bytes(int(r.u8()))) }

// jsonEvent is a swap's JSON form: the Event fields plus "v" (the encoding
// version, 1) and "sig" (base64 of the signature, encoding/json's []byte
// form). A swap has no "kind" key.
type jsonEvent struct {
	V byte `json:"v"`
	Event
	Sig []byte `json:"sig"`
}

// jsonHeartbeat is a heartbeat's JSON form, exactly these keys in this
// order: {"v":2,"kind":"heartbeat","pool":…,"cabinet":…,"seq":…,"time":…,"sig":…}.
type jsonHeartbeat struct {
	V       byte   `json:"v"`
	Kind    string `json:"kind"`
	Pool    PoolID `json:"pool"`
	Cabinet uint32 `json:"cabinet"`
	Seq     uint64 `json:"seq"`
	Time    int64  `json:"time"`
	Sig     []byte `json:"sig"`
}

// jsonAny reads either form: every key of both, so that strict decoding
// (unknown keys refused) can tell which form a line is in and what is wrong
// with it.
type jsonAny struct {
	V    byte    `json:"v"`
	Kind *string `json:"kind"`
	Event
	Sig []byte `json:"sig"`
}

// swapKeys are the JSON keys of the swap fields, none of which a heartbeat
// has.
var swapKeys = []string{"energy_wh", "fee_cents", "soc_in", "soc_out", "soh_permille", "battery_in", "battery_out"}

// objectKeys returns the keys of data, a JSON object, in order, and
// ErrDuplicateKey when it names a key twice. Anything that is not an object
// is left to the decoder (no keys, no error).
func objectKeys(data []byte) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil
	}
	var keys []string
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return keys, nil
		}
		key, ok := t.(string)
		if !ok {
			return keys, nil
		}
		if slices.Contains(keys, key) {
			return keys, fmt.Errorf("%w %q", ErrDuplicateKey, key)
		}
		keys = append(keys, key)
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return keys, nil
		}
	}
	return keys, nil
}

// MarshalJSON writes the JSON form of a signed event (one JSON Lines record):
// a swap's with "v":1, a heartbeat's with "v":2 and "kind":"heartbeat".
func (s SignedEvent) MarshalJSON() ([]byte, error) {
	if s.IsHeartbeat() {
		return json.Marshal(jsonHeartbeat{
			V: HeartbeatEncodingVersion, Kind: KindHeartbeat.String(),
			Pool: s.Pool, Cabinet: s.Cabinet, Seq: s.Seq, Time: s.Time, Sig: s.Sig,
		})
	}
	return json.Marshal(jsonEvent{V: EncodingVersion, Event: s.Event, Sig: s.Sig})
}

// UnmarshalJSON reads the JSON form strictly: unknown keys, a missing or
// unknown version, a version that is not its kind's (1 for a swap, which has
// no "kind" key; 2 for "kind":"heartbeat"), a swap field on a heartbeat,
// trailing data, out-of-type numbers and a signature of the wrong size are
// ErrMalformed; a key given twice is ErrDuplicateKey and a leading
// byte-order mark ErrByteOrderMark (both ErrMalformed too).
func (s *SignedEvent) UnmarshalJSON(data []byte) error {
	if len(data) > 4*MaxEncodedSize+512 {
		return fmt.Errorf("%w: JSON event of %d bytes", ErrMalformed, len(data))
	}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return fmt.Errorf("%w at the start of the line (save the file as UTF-8 without BOM)", ErrByteOrderMark)
	}
	keys, err := objectKeys(data)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var j jsonAny
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the JSON object", ErrMalformed)
	}
	ev := j.Event
	if slices.Contains(keys, "kind") {
		if j.Kind == nil || *j.Kind != KindHeartbeat.String() {
			kind := "null"
			if j.Kind != nil {
				kind = fmt.Sprintf("%q", *j.Kind)
			}
			return fmt.Errorf("%w: \"kind\" is %s: only a heartbeat names its kind (\"kind\":\"heartbeat\"); a swap has no \"kind\" key", ErrMalformed, kind)
		}
		if j.V != HeartbeatEncodingVersion {
			return fmt.Errorf("%w: a heartbeat is encoding version %d, this one says %d", ErrMalformed, HeartbeatEncodingVersion, j.V)
		}
		var set []string
		for _, k := range keys {
			if slices.Contains(swapKeys, k) {
				set = append(set, k)
			}
		}
		if len(set) > 0 {
			return fmt.Errorf("%w: a heartbeat carries no swap fields: cabinet %d seq %d has %s", ErrMalformed, ev.Cabinet, ev.Seq, strings.Join(set, ", "))
		}
		ev.Kind = KindHeartbeat
	} else if j.V != EncodingVersion {
		if j.V == HeartbeatEncodingVersion {
			return fmt.Errorf("%w: encoding version %d is a heartbeat's, and a heartbeat says so (\"kind\":\"heartbeat\"); a swap is version %d", ErrMalformed, j.V, EncodingVersion)
		}
		return fmt.Errorf("%w: encoding version %d, this build reads %d (swap) and %d (heartbeat)", ErrMalformed, j.V, EncodingVersion, HeartbeatEncodingVersion)
	}
	if len(j.Sig) != SignatureSize {
		return fmt.Errorf("%w: signature is %d bytes, want %d", ErrMalformed, len(j.Sig), SignatureSize)
	}
	if err := ev.CheckModel(); err != nil {
		return err
	}
	*s = SignedEvent{Event: ev, Sig: j.Sig}
	return nil
}

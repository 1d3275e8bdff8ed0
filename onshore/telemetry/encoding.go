package telemetry

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"io"
)

// Canonical binary encoding, version 1 (all integers big-endian):
//
//	version    u8   = 1
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
// A signed event appends the 64-byte signature. Every event has exactly one
// encoding: decoders reject unknown versions, malformed strings, out-of-model
// values and trailing bytes.

// fixedSize is the size of the fixed-width part of an encoding.
const fixedSize = 1 + 4 + 8 + 8 + 4 + 4 + 1 + 1 + 2

// MaxEncodedSize bounds a signed event's encoding; longer input is malformed.
const MaxEncodedSize = fixedSize + 3 + MaxPoolIDLen + 2*MaxBatteryIDLen + SignatureSize

// AppendBinary appends the canonical encoding of e to b. It does not validate
// e; call CheckModel first when e comes from outside.
func (e *Event) AppendBinary(b []byte) []byte {
	b = append(b, EncodingVersion)
	b = append(b, byte(len(e.Pool)))
	b = append(b, e.Pool...)
	b = binary.BigEndian.AppendUint32(b, e.Cabinet)
	b = binary.BigEndian.AppendUint64(b, e.Seq)
	b = binary.BigEndian.AppendUint64(b, uint64(e.Time))
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
	return e.AppendBinary(make([]byte, 0, fixedSize+3+len(e.Pool)+len(e.BatteryIn)+len(e.BatteryOut))), nil
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

// UnmarshalBinary decodes a signed event from its canonical encoding. Any
// deviation from the canonical form is ErrMalformed.
func (s *SignedEvent) UnmarshalBinary(data []byte) error {
	if len(data) > MaxEncodedSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrMalformed, len(data), MaxEncodedSize)
	}
	r := reader{b: data}
	var e Event
	if v := r.u8(); r.err == nil && v != EncodingVersion {
		return fmt.Errorf("%w: encoding version %d, this build reads %d", ErrMalformed, v, EncodingVersion)
	}
	e.Pool = PoolID(r.str())
	e.Cabinet = r.u32()
	e.Seq = r.u64()
	t := r.u64()
	e.Time = int64(t)
	e.EnergyWh = r.u32()
	e.FeeCents = r.u32()
	e.SoCIn = r.u8()
	e.SoCOut = r.u8()
	e.SoHPermille = r.u16()
	e.BatteryIn = r.str()
	e.BatteryOut = r.str()
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
// the policy: a valid pool id, time within [0, MaxTime], percentages within
// 0–100, health within 0–1000 permille, printable battery ids. A violation of
// a numeric limit is a *RangeError (ErrOutOfRange); of form, ErrMalformed.
func (e *Event) CheckModel() error {
	if err := e.Pool.Validate(); err != nil {
		return err
	}
	if e.Time < 0 || e.Time > MaxTime {
		return &RangeError{Field: "time", Value: e.Time, Min: 0, Max: MaxTime}
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

// jsonEvent is the JSON form: the Event fields plus "v" (the encoding version)
// and "sig" (base64 of the signature, encoding/json's []byte form).
type jsonEvent struct {
	V byte `json:"v"`
	Event
	Sig []byte `json:"sig"`
}

// uniqueKeys reports ErrDuplicateKey when data, a JSON object, names a key
// twice. Anything that is not an object is left to the decoder.
func uniqueKeys(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	seen := map[string]bool{}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil
		}
		key, ok := t.(string)
		if !ok {
			return nil
		}
		if seen[key] {
			return fmt.Errorf("%w %q", ErrDuplicateKey, key)
		}
		seen[key] = true
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil
		}
	}
	return nil
}

// MarshalJSON writes the JSON form of a signed event (one JSON Lines record).
func (s SignedEvent) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonEvent{V: EncodingVersion, Event: s.Event, Sig: s.Sig})
}

// UnmarshalJSON reads the JSON form strictly: unknown keys, a missing or
// unknown version, trailing data, out-of-type numbers and a signature of the
// wrong size are ErrMalformed; a key given twice is ErrDuplicateKey and a
// leading byte-order mark ErrByteOrderMark (both ErrMalformed too).
func (s *SignedEvent) UnmarshalJSON(data []byte) error {
	if len(data) > 4*MaxEncodedSize+512 {
		return fmt.Errorf("%w: JSON event of %d bytes", ErrMalformed, len(data))
	}
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		return fmt.Errorf("%w at the start of the line (save the file as UTF-8 without BOM)", ErrByteOrderMark)
	}
	if err := uniqueKeys(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var j jsonEvent
	if err := dec.Decode(&j); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the JSON object", ErrMalformed)
	}
	if j.V != EncodingVersion {
		return fmt.Errorf("%w: encoding version %d, this build reads %d", ErrMalformed, j.V, EncodingVersion)
	}
	if len(j.Sig) != SignatureSize {
		return fmt.Errorf("%w: signature is %d bytes, want %d", ErrMalformed, len(j.Sig), SignatureSize)
	}
	if err := j.Event.CheckModel(); err != nil {
		return err
	}
	*s = SignedEvent{Event: j.Event, Sig: j.Sig}
	return nil
}

package ceremony

import (
	"fmt"
	"io"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// evalsFile is Phase 2's circuit evaluations (mpcsetup.Phase2Evaluations,
// which gnark gives no encoding) in gnark-crypto's uncompressed encoding:
// A, B (G1 slices), VKK, the number of commitments then each CKK, B in G2,
// then PublicAndCommitmentCommitted. Decoding checks every point.
type evalsFile struct{ mpcsetup.Phase2Evaluations }

func (e *evalsFile) WriteTo(w io.Writer) (int64, error) {
	enc := curve.NewEncoder(w, curve.RawEncoding())
	committed := make([][]uint64, len(e.PublicAndCommitmentCommitted))
	for i, c := range e.PublicAndCommitmentCommitted {
		committed[i] = make([]uint64, len(c))
		for j, v := range c {
			committed[i][j] = uint64(v)
		}
	}
	for _, v := range []any{e.G1.A, e.G1.B, e.G1.VKK, uint64(len(e.G1.CKK))} {
		if err := enc.Encode(v); err != nil {
			return enc.BytesWritten(), err
		}
	}
	for _, c := range e.G1.CKK {
		if err := enc.Encode(c); err != nil {
			return enc.BytesWritten(), err
		}
	}
	for _, v := range []any{e.G2.B, committed} {
		if err := enc.Encode(v); err != nil {
			return enc.BytesWritten(), err
		}
	}
	return enc.BytesWritten(), nil
}

func (e *evalsFile) ReadFrom(r io.Reader) (int64, error) {
	dec := curve.NewDecoder(r)
	var n uint64
	for _, v := range []any{&e.G1.A, &e.G1.B, &e.G1.VKK, &n} {
		if err := dec.Decode(v); err != nil {
			return dec.BytesRead(), err
		}
	}
	if n > 255 {
		return dec.BytesRead(), fmt.Errorf("%d commitments", n)
	}
	e.G1.CKK = make([][]curve.G1Affine, n)
	for i := range e.G1.CKK {
		if err := dec.Decode(&e.G1.CKK[i]); err != nil {
			return dec.BytesRead(), err
		}
	}
	var committed [][]uint64
	for _, v := range []any{&e.G2.B, &committed} {
		if err := dec.Decode(v); err != nil {
			return dec.BytesRead(), err
		}
	}
	e.PublicAndCommitmentCommitted = make([][]int, len(committed))
	for i, c := range committed {
		e.PublicAndCommitmentCommitted[i] = make([]int, len(c))
		for j, v := range c {
			e.PublicAndCommitmentCommitted[i][j] = int(v)
		}
	}
	return dec.BytesRead(), nil
}

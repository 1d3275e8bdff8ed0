package summary

import (
	"errors"
	"fmt"
	"github.com/rwabridge/rwabridge/circuits/gadget"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/uints"
)

func init() { solver.RegisterHint(bytesHint) }

// bytesHint writes the input as len(outputs) big-endian bytes. It is a
// hint: BytesBE constrains its outputs.
func bytesHint(_ *big.Int, inputs, outputs []*big.Int) error {
	if len(inputs) != 1 {
		return errors.New("gadget: bytesHint takes one input")
	}
	v := new(big.Int).Set(inputs[0])
	mask := big.NewInt(0xff)
	for i := len(outputs) - 1; i >= 0; i-- {
		outputs[i].And(v, mask)
		v.Rsh(v, 8)
	}
	return nil
}

// BytesBE returns v as n big-endian bytes, each range-checked to 8 bits and
// recomposed to v. For n < 32 this also proves v < 2^(8n). For n = 32 the
// bytes are those of v or of v+r when that is below 2^256: a caller that
// hashes them (Digest253) gets a digest the verifier, hashing canonical
// bytes, never matches unless they are canonical.
func bytesBE(api frontend.API, bapi *uints.Bytes, v frontend.Variable, n int) ([]uints.U8, error) {
	raw, err := api.Compiler().NewHint(bytesHint, n, v)
	if err != nil {
		return nil, fmt.Errorf("gadget: bytes: %w", err)
	}
	out := make([]uints.U8, n)
	acc := frontend.Variable(0)
	for i := range raw {
		out[i] = bapi.ValueOf(raw[i])
		acc = api.Add(api.Mul(acc, 256), bapi.Value(out[i]))
	}
	api.AssertIsEqual(acc, v)
	return out, nil
}

// digestBits is the width of Digest253's result: SHA-256 with its top three
// bits cleared, below 2^253 < r.
const digestBits = 253

// Digest253 returns SHA-256(data) read as a big-endian integer with its top
// three bits cleared (the first byte ANDed with 0x1f): a BN254 scalar. In
// Solidity: uint256(sha256(data)) & ((1 << 253) - 1).
func digest253(api frontend.API, bapi *uints.Bytes, data []uints.U8) (frontend.Variable, error) {
	h, err := sha2.New(api)
	if err != nil {
		return nil, fmt.Errorf("gadget: sha256: %w", err)
	}
	h.Write(data)
	sum := h.Sum()
	sum[0] = bapi.And(sum[0], uints.NewU8(0x1f))
	acc := frontend.Variable(0)
	for i := range sum {
		acc = api.Add(api.Mul(acc, 256), bapi.Value(sum[i]))
	}
	return acc, nil
}

// digestCircuit is the measurement variant with a single public input, the
// SHA-256 digest of the statement's fixed-width big-endian encoding
// (pool 32, epoch 8, policy_hash 32, index 4, count 4, final 1, root 32,
// acc_in 32, acc_out 32, five metrics of 8: 217 bytes, four SHA-256 blocks).
type digestCircuit struct {
	Digest frontend.Variable `gnark:",public"`
	S      StatementVars
	W      WitnessVars

	ranges gadget.RangeKind
}

func (c *digestCircuit) Define(api frontend.API) error {
	if err := constrain(api, c.ranges, &c.S, &c.W); err != nil {
		return err
	}
	bapi, err := uints.NewBytes(api)
	if err != nil {
		return err
	}
	widths := []struct {
		v frontend.Variable
		n int
	}{
		{c.S.Pool, 32}, {c.S.Epoch, 8}, {c.S.PolicyHash, 32}, {c.S.ChunkIndex, 4},
		{c.S.Final, 1}, {c.S.ChunkRoot, 32}, {c.S.AccIn, 32}, {c.S.AccOut, 32},
	}
	for _, m := range c.S.Metrics {
		widths = append(widths, struct {
			v frontend.Variable
			n int
		}{m, 8})
	}
	var pre []uints.U8
	for _, f := range widths {
		b, err := bytesBE(api, bapi, f.v, f.n)
		if err != nil {
			return err
		}
		pre = append(pre, b...)
	}
	d, err := digest253(api, bapi, pre)
	if err != nil {
		return err
	}
	api.AssertIsEqual(d, c.Digest)
	return nil
}

func newDigestCircuit(capacity int, k gadget.RangeKind) *digestCircuit {
	return &digestCircuit{W: WitnessVars{Leaves: make([]frontend.Variable, capacity)}, ranges: k}
}

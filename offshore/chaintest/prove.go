package chaintest

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/offshore/verifier"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// ErrInputs reports public inputs the shape circuit can not take.
var ErrInputs = errors.New("chaintest: bad public inputs")

// Prover holds a compiled circuit and its insecure keys.
type Prover struct {
	CCS constraint.ConstraintSystem
	PK  groth16.ProvingKey
	VK  groth16.VerifyingKey
}

// Shape is a circuit with the verifier's public-input shape that accepts
// any seven inputs: it binds each (through a sum of squares) and range-checks
// a private byte with std/rangecheck, which adds the BSB22 commitment.
type Shape struct {
	P     [verifier.NumPublic]frontend.Variable `gnark:",public"`
	Sum   frontend.Variable
	Small frontend.Variable
}

// Define implements frontend.Circuit.
func (c *Shape) Define(api frontend.API) error {
	acc := frontend.Variable(0)
	for i, p := range c.P {
		acc = api.Add(acc, api.Mul(p, p, i+1))
	}
	api.AssertIsEqual(acc, c.Sum)
	rangecheck.New(api).Check(c.Small, 8)
	return nil
}

// NewShape compiles Shape and runs an insecure setup (well under a second).
func NewShape() (*Prover, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &Shape{})
	if err != nil {
		return nil, fmt.Errorf("chaintest: compile shape: %w", err)
	}
	return setup(ccs)
}

func setup(ccs constraint.ConstraintSystem) (*Prover, error) {
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return nil, fmt.Errorf("chaintest: setup: %w", err)
	}
	return &Prover{CCS: ccs, PK: pk, VK: vk}, nil
}

// ProveShape proves Shape for the inputs (each below the scalar field
// modulus) and returns the proof in the contract's layout.
func (p *Prover) ProveShape(inputs [verifier.NumPublic]*big.Int) ([]byte, error) {
	r := ecc.BN254.ScalarField()
	a := &Shape{Small: 7}
	sum := new(big.Int)
	for i, x := range inputs {
		if x == nil || x.Sign() < 0 || x.Cmp(r) >= 0 {
			return nil, fmt.Errorf("%w: input %d = %v", ErrInputs, i, x)
		}
		a.P[i] = x
		sq := new(big.Int).Mul(x, x)
		sum.Add(sum, sq.Mul(sq, big.NewInt(int64(i+1))))
	}
	a.Sum = sum.Mod(sum, r)
	return p.prove(a)
}

func (p *Prover) prove(assignment frontend.Circuit) ([]byte, error) {
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("chaintest: witness: %w", err)
	}
	proof, err := groth16.Prove(p.CCS, p.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("chaintest: prove: %w", err)
	}
	return verifier.ProofBytes(proof)
}

// Verify checks proof bytes (the contract's layout) against inputs with
// gnark's Go verifier: the reference verdict of the differential tests.
func (p *Prover) Verify(proofBytes []byte, inputs [verifier.NumPublic]*big.Int) error {
	proof, err := verifier.ParseProof(proofBytes)
	if err != nil {
		return err
	}
	pub := &Shape{}
	for i := range inputs {
		pub.P[i] = inputs[i]
	}
	w, err := frontend.NewWitness(pub, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		return fmt.Errorf("chaintest: public witness: %w", err)
	}
	return verifyWitness(proof, p.VK, w)
}

func verifyWitness(proof groth16.Proof, vk groth16.VerifyingKey, w witness.Witness) error {
	return groth16.Verify(proof, vk, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16))
}

// ProveEpoch summarizes events as epoch of pool under p and proves it with
// set (circuits/prover), returning the bundle.
func ProveEpoch(ctx context.Context, set *keys.Set, pool telemetry.PoolID, p *policy.Policy, epoch uint64, events []telemetry.Event) (*bundle.Bundle, error) {
	s, err := summary.Summarize(summary.Input{Pool: pool, Epoch: epoch, Policy: p, Capacity: set.Meta.Capacity, Events: events})
	if err != nil {
		return nil, fmt.Errorf("chaintest: %w", err)
	}
	b, err := prover.Prove(ctx, set, s, p, nil)
	if err != nil {
		return nil, fmt.Errorf("chaintest: %w", err)
	}
	return b, nil
}

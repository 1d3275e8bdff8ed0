package ceremony

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/rwabridge/rwabridge/circuits/keys"
)

// toyCircuit has a public input, secrets, two BSB22 commitments (one also
// committing to the public input) and terms with coefficients 1, -1, 2 and
// others, so every part of the Phase 2 initial state is non-empty.
type toyCircuit struct {
	Pub  frontend.Variable `gnark:",public"`
	X, Y frontend.Variable
	Z    frontend.Variable
}

func (c *toyCircuit) Define(api frontend.API) error {
	committer := api.(frontend.Committer)
	c1, err := committer.Commit(c.X, c.Pub)
	if err != nil {
		return err
	}
	c2, err := committer.Commit(c.Y)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(c1, c2)
	api.AssertIsEqual(api.Mul(c.X, c.Y, 3), api.Add(c.Pub, api.Mul(c.Z, 2)))
	api.AssertIsEqual(api.Sub(api.Mul(c.X, c.X), c.Y), api.Mul(c.Z, c.Z, -1))
	api.AssertIsEqual(api.Mul(api.Add(c.X, api.Mul(c.Y, 5)), c.Z), 7)
	return nil
}

// plainCircuit has no commitment: no CKK, SigmaCKK, Sigma or Sigmas.
type plainCircuit struct {
	Pub frontend.Variable `gnark:",public"`
	X   frontend.Variable
}

func (c *plainCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.X, c.X, 3), api.Sub(c.Pub, 1))
	return nil
}

// initFixture is a circuit, a sealed Phase 1 for it and Initialize's output.
type initFixture struct {
	r1cs    *cs.R1CS
	commons mpcsetup.SrsCommons
	p       mpcsetup.Phase2
	evals   mpcsetup.Phase2Evaluations
}

// sealedCommons is a small real Phase 1: one contribution, then the beacon.
func sealedCommons(n uint64, beacon string) mpcsetup.SrsCommons {
	p1 := mpcsetup.NewPhase1(n)
	p1.Contribute()
	return p1.Seal([]byte(beacon))
}

// initFixtureOf runs a sealed Phase 1 of the circuit's size and Initialize.
func initFixtureOf(ccs constraint.ConstraintSystem) *initFixture {
	f := &initFixture{r1cs: ccs.(*cs.R1CS)}
	f.commons = sealedCommons(ecc.NextPowerOfTwo(uint64(f.r1cs.GetNbConstraints())), "beacon")
	f.evals = f.p.Initialize(f.r1cs, &f.commons)
	return f
}

// The fixtures are built once: Phase 1 and Initialize are the slow part.
var (
	toyOnce     = sync.OnceValues(func() (*initFixture, error) { return compiledFixture(new(toyCircuit)) })
	plainOnce   = sync.OnceValues(func() (*initFixture, error) { return compiledFixture(new(plainCircuit)) })
	summaryOnce = sync.OnceValues(func() (*initFixture, error) {
		ccs, err := keys.Compile(8)
		if err != nil {
			return nil, err
		}
		return initFixtureOf(ccs), nil
	})
)

// summaryFixture is the summary circuit at capacity 8 (4,589 constraints,
// n = 8192): its Phase 1 and Initialize take half a minute, so -short skips it.
func summaryFixture(t *testing.T) *initFixture {
	t.Helper()
	if testing.Short() {
		t.Skip("Phase 1 and Initialize of the capacity-8 summary circuit take ~30 s; skipped in -short")
	}
	return fixture(t, summaryOnce)
}

func compiledFixture(circuit frontend.Circuit) (*initFixture, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	if err != nil {
		return nil, err
	}
	return initFixtureOf(ccs), nil
}

func fixture(t *testing.T, once func() (*initFixture, error)) *initFixture {
	t.Helper()
	f, err := once()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// clone returns deep copies of the fixture's Phase 2 and evaluations.
func (f *initFixture) clone() (*mpcsetup.Phase2, *mpcsetup.Phase2Evaluations) {
	p, e := f.p, f.evals
	p.Parameters.G1.Z = slices.Clone(p.Parameters.G1.Z)
	p.Parameters.G1.PKK = slices.Clone(p.Parameters.G1.PKK)
	p.Parameters.G1.SigmaCKK = cloneAll(p.Parameters.G1.SigmaCKK)
	p.Parameters.G2.Sigma = slices.Clone(p.Parameters.G2.Sigma)
	p.Sigmas = slices.Clone(p.Sigmas)
	p.Challenge = slices.Clone(p.Challenge)
	e.G1.A = slices.Clone(e.G1.A)
	e.G1.B = slices.Clone(e.G1.B)
	e.G1.VKK = slices.Clone(e.G1.VKK)
	e.G1.CKK = cloneAll(e.G1.CKK)
	e.G2.B = slices.Clone(e.G2.B)
	e.PublicAndCommitmentCommitted = cloneAll(e.PublicAndCommitmentCommitted)
	return &p, &e
}

func cloneAll[T any](s [][]T) [][]T {
	out := make([][]T, len(s))
	for i := range s {
		out[i] = slices.Clone(s[i])
	}
	return out
}

// bump adds the generator to a G1 point: still on the curve, now wrong.
func bump(q *curve.G1Affine) {
	_, _, g1, _ := curve.Generators()
	q.Add(q, &g1)
}

func bump2(q *curve.G2Affine) {
	_, _, _, g2 := curve.Generators()
	q.Add(q, &g2)
}

// outsideG2 is a point of the twist curve outside the order-r subgroup.
func outsideG2(t *testing.T) curve.G2Affine {
	t.Helper()
	var q, b curve.G2Affine
	// b' = 3/(9+u), the twist's constant.
	b.X.A0.SetUint64(9)
	b.X.A1.SetUint64(1)
	b.X.Inverse(&b.X)
	b.Y.A0.SetUint64(3)
	b.X.Mul(&b.X, &b.Y)
	for x := uint64(1); x < 100; x++ {
		q.X.A0.SetUint64(x)
		q.X.A1.SetZero()
		q.Y.Square(&q.X)
		q.Y.Mul(&q.Y, &q.X)
		q.Y.Add(&q.Y, &b.X)
		if q.Y.Legendre() != 1 {
			continue
		}
		q.Y.Sqrt(&q.Y)
		if q.IsOnCurve() && !q.IsInSubGroup() {
			return q
		}
	}
	t.Fatal("no twist point outside G2 found")
	return q
}

// tampering changes one part of a clone of Initialize's output; the check
// must refuse it with ErrPhase2Init naming want.
type tampering struct {
	name   string
	tamper func(p *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations)
	want   string
}

func (f *initFixture) assertNamed(t *testing.T, tamperings []tampering) {
	t.Helper()
	for _, tc := range tamperings {
		t.Run(tc.name+" is named", func(t *testing.T) {
			p, e := f.clone()
			tc.tamper(p, e)
			err := CheckPhase2Init(f.r1cs, &f.commons, p, e)
			if !errors.Is(err, ErrPhase2Init) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want ErrPhase2Init naming %q", err, tc.want)
			}
		})
	}
}

func TestCheckPhase2InitAcceptsWhatInitializeGives(t *testing.T) {
	for name, f := range map[string]func(*testing.T) *initFixture{
		"toy circuit":                   func(t *testing.T) *initFixture { return fixture(t, toyOnce) },
		"circuit without commitments":   func(t *testing.T) *initFixture { return fixture(t, plainOnce) },
		"summary circuit at capacity 8": summaryFixture,
	} {
		t.Run(name, func(t *testing.T) {
			f := f(t)
			if err := CheckPhase2Init(f.r1cs, &f.commons, &f.p, &f.evals); err != nil {
				t.Fatalf("honest Initialize output refused: %v", err)
			}
		})
	}
	t.Run("after a WriteTo/ReadFrom round trip of the Phase 2 state", func(t *testing.T) {
		f := fixture(t, toyOnce)
		var buf bytes.Buffer
		if _, err := f.p.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		var read mpcsetup.Phase2
		if _, err := read.ReadFrom(&buf); err != nil {
			t.Fatal(err)
		}
		if err := CheckPhase2Init(f.r1cs, &f.commons, &read, &f.evals); err != nil {
			t.Fatalf("decoded honest state refused: %v", err)
		}
	})
	t.Run("without modifying its arguments", func(t *testing.T) {
		f := fixture(t, toyOnce)
		p, e := f.clone()
		if err := CheckPhase2Init(f.r1cs, &f.commons, p, e); err != nil {
			t.Fatal(err)
		}
		var before, after bytes.Buffer
		_, _ = f.p.WriteTo(&before)
		_, _ = p.WriteTo(&after)
		if !bytes.Equal(before.Bytes(), after.Bytes()) || !slices.Equal(e.G1.A, f.evals.G1.A) || !slices.Equal(e.G2.B, f.evals.G2.B) {
			t.Fatal("the checked state changed")
		}
	})
}

func TestCheckPhase2InitNamesWhatDiffers(t *testing.T) {
	f := fixture(t, toyOnce)
	contributed, _ := f.clone()
	contributed.Contribute() // a real Delta proof and Sigma proofs to graft
	offG2 := outsideG2(t)
	if len(f.evals.G1.CKK) != 2 || len(f.evals.G1.CKK[0]) == 0 || len(f.evals.G1.CKK[1]) == 0 ||
		len(f.evals.G1.VKK) < 2 || len(f.p.Parameters.G1.PKK) < 2 || len(f.p.Parameters.G1.Z) < 10 {
		t.Fatalf("toy circuit does not cover every part: %d CKK, %d VKK, %d PKK, %d Z",
			len(f.evals.G1.CKK), len(f.evals.G1.VKK), len(f.p.Parameters.G1.PKK), len(f.p.Parameters.G1.Z))
	}
	last := len(f.evals.G1.A) - 1
	differ := 1 // an A unlike A[last], to swap with it
	for f.evals.G1.A[differ].Equal(&f.evals.G1.A[last]) {
		differ++
	}
	f.assertNamed(t, []tampering{
		{"one A", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { bump(&e.G1.A[last]) }, "evaluations A"},
		{"two A swapped", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) {
			e.G1.A[differ], e.G1.A[last] = e.G1.A[last], e.G1.A[differ]
		}, "evaluations A"},
		{"one B in G1", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { bump(&e.G1.B[1]) }, "evaluations B in G1"},
		{"one B in G2", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { bump2(&e.G2.B[2]) }, "evaluations B in G2"},
		{"one VKK", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { bump(&e.G1.VKK[0]) }, "evaluations VKK"},
		{"CKK[0] and SigmaCKK[0] alike", func(p *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) {
			bump(&e.G1.CKK[0][0])
			p.Parameters.G1.SigmaCKK[0][0] = e.G1.CKK[0][0]
		}, "evaluations CKK[0]"},
		{"CKK[1] and SigmaCKK[1] alike", func(p *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) {
			bump(&e.G1.CKK[1][0])
			p.Parameters.G1.SigmaCKK[1][0] = e.G1.CKK[1][0]
		}, "evaluations CKK[1]"},
		{"one PKK", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump(&p.Parameters.G1.PKK[1]) }, "PKK"},
		{"a VKK and a PKK swapped", func(p *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) {
			e.G1.VKK[1], p.Parameters.G1.PKK[0] = p.Parameters.G1.PKK[0], e.G1.VKK[1]
		}, "evaluations VKK"},
		{"one Z", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump(&p.Parameters.G1.Z[9]) }, "Z[9]"},
		{"SigmaCKK alone", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump(&p.Parameters.G1.SigmaCKK[1][0]) }, "SigmaCKK[1][0]"},
		{"Delta in G1", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump(&p.Parameters.G1.Delta) }, "Delta in G1"},
		{"Delta in G2", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump2(&p.Parameters.G2.Delta) }, "Delta in G2"},
		{"Sigma", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump2(&p.Parameters.G2.Sigma[1]) }, "Sigma[1]"},
		{"a Delta proof", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { p.Delta = contributed.Delta }, "Delta proof"},
		{"a Sigma proof", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { p.Sigmas[1] = contributed.Sigmas[1] }, "Sigmas proof [1]"},
		{"a challenge", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { p.Challenge = []byte{1} }, "Challenge"},
		{"PublicAndCommitmentCommitted", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) {
			e.PublicAndCommitmentCommitted[0] = append(e.PublicAndCommitmentCommitted[0], 0)
		}, "PublicAndCommitmentCommitted[0]"},
		{"A one element short", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { e.G1.A = e.G1.A[:last] }, "evaluations A has"},
		{"B in G2 one element short", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { e.G2.B = e.G2.B[:last] }, "evaluations B in G2 has"},
		{"PKK one element short", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) {
			p.Parameters.G1.PKK = p.Parameters.G1.PKK[1:]
		}, "PKK has"},
		{"CKK[1] one element short", func(p *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) {
			e.G1.CKK[1] = e.G1.CKK[1][1:]
			p.Parameters.G1.SigmaCKK[1] = p.Parameters.G1.SigmaCKK[1][1:]
		}, "evaluations CKK[1] has"},
		{"Z one element short", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) {
			p.Parameters.G1.Z = p.Parameters.G1.Z[1:]
		}, "Z has"},
		{"a commitment dropped", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) {
			p.Parameters.G2.Sigma = p.Parameters.G2.Sigma[:1]
		}, "Sigma has"},
		{"an A off the curve", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { e.G1.A[2].X.Double(&e.G1.A[2].X) }, "evaluations A[2] is not on the curve"},
		{"a B in G2 outside G2", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { e.G2.B[3] = offG2 }, "evaluations B in G2[3] is not in G2"},
	})
}

func TestCheckPhase2InitRefusesTheSummaryCircuitTampered(t *testing.T) {
	f := summaryFixture(t)
	if len(f.evals.G1.CKK) != 1 || len(f.evals.G1.CKK[0]) == 0 {
		t.Fatalf("summary circuit has %d commitments, want one non-empty", len(f.evals.G1.CKK))
	}
	f.assertNamed(t, []tampering{
		{"one A", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { bump(&e.G1.A[len(e.G1.A)/2]) }, "evaluations A"},
		{"one B in G2", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { bump2(&e.G2.B[len(e.G2.B)/3]) }, "evaluations B in G2"},
		{"CKK[0]", func(p *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) {
			bump(&e.G1.CKK[0][0])
			p.Parameters.G1.SigmaCKK[0][0] = e.G1.CKK[0][0]
		}, "evaluations CKK[0]"},
		{"the last PKK", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) {
			bump(&p.Parameters.G1.PKK[len(p.Parameters.G1.PKK)-1])
		}, "PKK"},
		{"Z[17]", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump(&p.Parameters.G1.Z[17]) }, "Z[17]"},
		{"the last Z", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) {
			bump(&p.Parameters.G1.Z[len(p.Parameters.G1.Z)-1])
		}, fmt.Sprintf("Z[%d]", len(f.p.Parameters.G1.Z)-1)},
	})
}

func TestCheckPhase2InitRefusesAnotherPhase1(t *testing.T) {
	f := fixture(t, toyOnce)
	n := uint64(len(f.commons.G1.AlphaTau))
	t.Run("another τ", func(t *testing.T) {
		other := sealedCommons(n, "another beacon")
		if err := CheckPhase2Init(f.r1cs, &other, &f.p, &f.evals); !errors.Is(err, ErrPhase2Init) {
			t.Fatalf("got %v, want ErrPhase2Init", err)
		}
	})
	t.Run("the same τ but another α", func(t *testing.T) {
		// Z and A depend on τ alone: only βA+αB+C can tell.
		other := f.commons
		other.G1.AlphaTau = slices.Clone(other.G1.AlphaTau)
		for i := range other.G1.AlphaTau {
			other.G1.AlphaTau[i].Add(&other.G1.AlphaTau[i], &other.G1.AlphaTau[i]) // α → 2α
		}
		err := CheckPhase2Init(f.r1cs, &other, &f.p, &f.evals)
		if !errors.Is(err, ErrPhase2Init) || !strings.Contains(err.Error(), "evaluations VKK") {
			t.Fatalf("got %v, want ErrPhase2Init naming the first βA+αB+C part", err)
		}
	})
	t.Run("a domain smaller than the circuit", func(t *testing.T) {
		small := sealedCommons(n/2, "beacon")
		err := CheckPhase2Init(f.r1cs, &small, &f.p, &f.evals)
		if !errors.Is(err, ErrPhase2Init) || !strings.Contains(err.Error(), "constraints") {
			t.Fatalf("got %v, want ErrPhase2Init about the constraint count", err)
		}
	})
	t.Run("a domain not a power of two", func(t *testing.T) {
		odd := f.commons
		odd.G1.AlphaTau = odd.G1.AlphaTau[:n-1]
		err := CheckPhase2Init(f.r1cs, &odd, &f.p, &f.evals)
		if !errors.Is(err, ErrPhase2Init) || !strings.Contains(err.Error(), "power of two") {
			t.Fatalf("got %v, want ErrPhase2Init about the domain size", err)
		}
	})
	t.Run("τ powers short of 2n-1", func(t *testing.T) {
		short := f.commons
		short.G1.Tau = short.G1.Tau[:2*n-2]
		err := CheckPhase2Init(f.r1cs, &short, &f.p, &f.evals)
		if !errors.Is(err, ErrPhase2Init) || !strings.Contains(err.Error(), "short") {
			t.Fatalf("got %v, want ErrPhase2Init about a short phase 1 result", err)
		}
	})
	t.Run("nil arguments", func(t *testing.T) {
		if err := CheckPhase2Init(f.r1cs, nil, &f.p, &f.evals); !errors.Is(err, ErrPhase2Init) {
			t.Fatalf("got %v, want ErrPhase2Init", err)
		}
	})
}

func TestCheckPhase2InitRefusesACircuitWithoutCommitmentsTampered(t *testing.T) {
	f := fixture(t, plainOnce)
	if len(f.evals.G1.CKK) != 0 || len(f.p.Parameters.G1.PKK) == 0 {
		t.Fatalf("plain circuit has %d commitments and %d PKK, want none and some", len(f.evals.G1.CKK), len(f.p.Parameters.G1.PKK))
	}
	f.assertNamed(t, []tampering{
		{"one VKK", func(_ *mpcsetup.Phase2, e *mpcsetup.Phase2Evaluations) { bump(&e.G1.VKK[1]) }, "evaluations VKK"},
		{"one PKK", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) { bump(&p.Parameters.G1.PKK[0]) }, "PKK"},
		{"an extra commitment", func(p *mpcsetup.Phase2, _ *mpcsetup.Phase2Evaluations) {
			p.Parameters.G2.Sigma = append(p.Parameters.G2.Sigma, p.Parameters.G2.Delta)
		}, "Sigma has"},
	})
}

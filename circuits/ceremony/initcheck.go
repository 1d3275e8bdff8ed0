package ceremony

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	cryptompc "github.com/consensys/gnark-crypto/ecc/bn254/mpcsetup"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
)

// ErrPhase2Init: a Phase 2 initial state that is not what Initialize gives for this circuit and SRS.
var ErrPhase2Init = errors.New("phase 2 initial state does not match the circuit and the phase 1 result")

// CheckPhase2Init returns nil when p and evals are, except with probability ≈ 2^-250,
// exactly what new(mpcsetup.Phase2).Initialize(r1cs, commons) returns; otherwise
// ErrPhase2Init wrapped with what differs (e.g. "evaluations A", "Z[17]", "PKK").
// It does not modify its arguments.
//
// commons is taken as a verified Phase 1 result (mpcsetup.VerifyPhase1, or
// decoded with gnark's subgroup checks); p and evals are the claim under test,
// and every point of theirs is checked to be in its group (G1 points on the
// curve, whose group has prime order r; G2 points in the order-r subgroup).
//
// # What Initialize computes
//
// Let n = len(commons.G1.AlphaTau) (a power of two, at least the number m of
// constraints), ω the generator of gnark-crypto's fft.NewDomain(n), and
// Lᵢ(X) = (1/n)·Σₖ ω^(-ik)·Xᵏ the Lagrange polynomial of ωⁱ on that domain.
// gnark's lagrangeCoeffsG1/G2 compute [Lᵢ(τ)] in natural order i = 0…n-1 (an
// inverse point FFT with ω⁻¹ twiddles, decimation in frequency, then a bit
// reversal and a scaling by 1/n). Constraint i (in GetR1CIterator order) with
// terms L, R, O then adds, for every term t on wire w with coefficient c(t):
// c(t)·[Lᵢ(τ)]₁ to A_w, c(t)·[Lᵢ(βτ)]₁ to βA_w for t ∈ L; c(t)·[Lᵢ(τ)]₁ to
// B_w, c(t)·[Lᵢ(τ)]₂ to B₂_w, c(t)·[Lᵢ(ατ)]₁ to αB_w for t ∈ R; c(t)·[Lᵢ(τ)]₁
// to C_w for t ∈ O; and K_w = βA_w + αB_w + C_w is dealt, wire by wire, to
// CKK[k] (w is privately committed by commitment k), VKK (w public or a
// commitment wire) or PKK (the rest). Z[bitrev(i)] = [τ^(i+n) − τⁱ]₁ for
// i ≤ n-2; Delta = the generators, Sigma = [1]₂ and SigmaCKK = CKK, the
// update proofs zero and the challenge empty.
//
// # How it is checked without point FFTs
//
// Shapes, the constant fields, SigmaCKK = CKK, PublicAndCommitmentCommitted
// and Z are compared exactly (Z costs one addition a point). For the
// evaluations, draw r ∈ F_r^wires uniformly with crypto/rand and set, per
// constraint i < m, aᵢ = Σ_{t∈L} c(t)·r_{w(t)}, bᵢ and cᵢ likewise over R and O
// (aᵢ = bᵢ = cᵢ = 0 for m ≤ i < n). By linearity
//
//	Σ_w r_w·A_w = Σᵢ aᵢ·[Lᵢ(τ)]₁ = Σₖ âₖ·[τᵏ]₁,  âₖ = (1/n)·Σᵢ aᵢ·ω^(-ik),
//
// so â is the scalar inverse FFT of a over the same domain (natural order in
// and out), and the right side is one MSM against commons.G1.Tau[0..n-1].
// Likewise Σ r_w·B_w = MSM(Tau, b̂), Σ r_w·B₂_w = MSM(G2.Tau, b̂) and
// Σ r_w·K_w = MSM(BetaTau, â) + MSM(AlphaTau, b̂) + MSM(Tau, ĉ), the left side
// summing over VKK, CKK and PKK with each claimed point weighted by r of the
// wire Initialize deals to that slot.
//
// Soundness: if a claimed vector P′ differs from the true P, D = P′ − P has
// some D_v ≠ 0 of prime order r; for any fixed other coordinates of r exactly
// one value of r_v makes Σ r_w·D_w = 0, so a wrong vector passes with
// probability 1/r < 2^-253, and the four identities together with at most
// 4/r < 2^-251. The exact checks have no error. When the K identity fails,
// it is rerun with r restricted to each part in turn to name the part
// (the restrictions sum to the whole, so one of them fails).
//
// Cost: three scalar FFTs of size n, MSMs of sizes n and wires (one pair in
// G2), one subgroup check per B₂ point, against Initialize's four point FFTs
// of size n and a scalar multiplication per term.
func CheckPhase2Init(r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, p *mpcsetup.Phase2, evals *mpcsetup.Phase2Evaluations) error {
	if r1cs == nil || commons == nil || p == nil || evals == nil {
		return fmt.Errorf("%w: nothing to check (a nil circuit, phase 1 result, phase 2 state or evaluations)", ErrPhase2Init)
	}
	n, err := domainSize(r1cs, commons)
	if err != nil {
		return err
	}
	commitments, ok := r1cs.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok {
		return fmt.Errorf("%w: the circuit's commitments are %T, not Groth16 commitments", ErrPhase2Init, r1cs.CommitmentInfo)
	}
	layout := newWireLayout(r1cs, commitments)
	if err := checkShapes(layout, commitments, n, p, evals); err != nil {
		return err
	}
	if err := checkConstants(r1cs, commitments, p, evals); err != nil {
		return err
	}
	if err := checkZ(commons, p.Parameters.G1.Z, n); err != nil {
		return err
	}
	if err := checkInGroups(evals, p); err != nil {
		return err
	}
	return checkEvaluations(r1cs, commons, n, layout, p, evals)
}

// mismatch wraps ErrPhase2Init with the part that differs.
func mismatch(format string, args ...any) error {
	return fmt.Errorf("%w: %s", ErrPhase2Init, fmt.Sprintf(format, args...))
}

// domainSize is Initialize's n, refused where Initialize would panic or
// compute with a domain of another size.
func domainSize(r1cs *cs.R1CS, commons *mpcsetup.SrsCommons) (int, error) {
	n := len(commons.G1.AlphaTau)
	switch {
	case n < 2 || bits.OnesCount(uint(n)) != 1:
		return 0, mismatch("the phase 1 result has %d α powers, not a power of two ≥ 2", n)
	case n < r1cs.GetNbConstraints():
		return 0, mismatch("the phase 1 result is for %d constraints, the circuit has %d", n, r1cs.GetNbConstraints())
	case len(commons.G1.Tau) < 2*n-1 || len(commons.G1.BetaTau) < n || len(commons.G2.Tau) < n:
		return 0, mismatch("the phase 1 result is short (%d τ powers in G1, %d β powers, %d τ powers in G2 for n = %d)",
			len(commons.G1.Tau), len(commons.G1.BetaTau), len(commons.G2.Tau), n)
	}
	return n, nil
}

// Parts of βA+αB+C a wire is dealt to: CKK[k] for k ≥ 0, or one of these.
const (
	partVKK = -1
	partPKK = -2
)

// wireLayout says where Initialize puts each wire's βA+αB+C.
type wireLayout struct {
	part   []int // per wire: partVKK, partPKK or the commitment k of CKK[k]
	nbVKK  int
	nbPKK  int
	nbCKK  []int
	nbWire int
}

// newWireLayout replays Initialize's dealing loop (a merge of the sorted
// PrivateCommitted lists, then public or commitment wires to VKK, the rest to PKK).
func newWireLayout(r1cs *cs.R1CS, commitments constraint.Groth16Commitments) *wireLayout {
	nbInternal, nbSecret, nbPublic := r1cs.GetNbVariables()
	l := &wireLayout{nbWire: nbInternal + nbSecret + nbPublic, nbCKK: make([]int, len(commitments))}
	l.part = make([]int, l.nbWire)
	heads := commitments.GetPrivateCommitted() // a fresh outer slice: only its headers advance
	// nextCommitted is gnark's MergeIterator.IndexIfNext: the list whose
	// head is the least of all heads, advanced if that head is w.
	nextCommitted := func(w int) int {
		least, k := math.MaxInt, -1
		for i := range heads {
			if len(heads[i]) > 0 && heads[i][0] < least {
				least, k = heads[i][0], i
			}
		}
		if k == -1 || least != w {
			return -1
		}
		heads[k] = heads[k][1:]
		return k
	}
	seen := 0
	for w := range l.nbWire {
		k := nextCommitted(w)
		isCommitment := seen < len(commitments) && commitments[seen].CommitmentIndex == w
		switch {
		case k != -1:
			l.part[w] = k
			l.nbCKK[k]++
		case w < nbPublic || isCommitment:
			l.part[w] = partVKK
			l.nbVKK++
		default:
			l.part[w] = partPKK
			l.nbPKK++
		}
		if isCommitment {
			seen++
		}
	}
	return l
}

func checkLen(name string, got, want int) error {
	if got != want {
		return mismatch("%s has %d elements, want %d", name, got, want)
	}
	return nil
}

func checkShapes(l *wireLayout, commitments constraint.Groth16Commitments, n int, p *mpcsetup.Phase2, evals *mpcsetup.Phase2Evaluations) error {
	nbC := len(commitments)
	if err := errors.Join(
		checkLen("evaluations A", len(evals.G1.A), l.nbWire),
		checkLen("evaluations B in G1", len(evals.G1.B), l.nbWire),
		checkLen("evaluations B in G2", len(evals.G2.B), l.nbWire),
		checkLen("evaluations VKK", len(evals.G1.VKK), l.nbVKK),
		checkLen("evaluations CKK", len(evals.G1.CKK), nbC),
		checkLen("PKK", len(p.Parameters.G1.PKK), l.nbPKK),
		checkLen("Z", len(p.Parameters.G1.Z), n-1),
		checkLen("SigmaCKK", len(p.Parameters.G1.SigmaCKK), nbC),
		checkLen("Sigma", len(p.Parameters.G2.Sigma), nbC),
		checkLen("Sigmas proofs", len(p.Sigmas), nbC),
		checkLen("PublicAndCommitmentCommitted", len(evals.PublicAndCommitmentCommitted), nbC),
	); err != nil {
		return err
	}
	for k := range nbC {
		if err := errors.Join(
			checkLen(fmt.Sprintf("evaluations CKK[%d]", k), len(evals.G1.CKK[k]), l.nbCKK[k]),
			checkLen(fmt.Sprintf("SigmaCKK[%d]", k), len(p.Parameters.G1.SigmaCKK[k]), l.nbCKK[k]),
		); err != nil {
			return err
		}
	}
	return nil
}

// checkConstants compares exactly what does not depend on τ, α, β.
func checkConstants(r1cs *cs.R1CS, commitments constraint.Groth16Commitments, p *mpcsetup.Phase2, evals *mpcsetup.Phase2Evaluations) error {
	_, _, g1, g2 := curve.Generators()
	if !p.Parameters.G1.Delta.Equal(&g1) {
		return mismatch("Delta in G1 is not the generator")
	}
	if !p.Parameters.G2.Delta.Equal(&g2) {
		return mismatch("Delta in G2 is not the generator")
	}
	for k := range p.Parameters.G2.Sigma {
		if !p.Parameters.G2.Sigma[k].Equal(&g2) {
			return mismatch("Sigma[%d] is not the generator", k)
		}
	}
	var zero cryptompc.UpdateProof
	if p.Delta != zero {
		return mismatch("Delta proof is not empty")
	}
	for k := range p.Sigmas {
		if p.Sigmas[k] != zero {
			return mismatch("Sigmas proof [%d] is not empty", k)
		}
	}
	if len(p.Challenge) != 0 {
		return mismatch("Challenge is not empty")
	}
	for k := range p.Parameters.G1.SigmaCKK {
		for i := range p.Parameters.G1.SigmaCKK[k] {
			if !p.Parameters.G1.SigmaCKK[k][i].Equal(&evals.G1.CKK[k][i]) {
				return mismatch("SigmaCKK[%d][%d] differs from the evaluations CKK", k, i)
			}
		}
	}
	_, _, nbPublic := r1cs.GetNbVariables()
	want := commitments.GetPublicAndCommitmentCommitted(commitments.CommitmentIndexes(), nbPublic)
	for k := range want {
		if !slices.Equal(evals.PublicAndCommitmentCommitted[k], want[k]) {
			return mismatch("PublicAndCommitmentCommitted[%d] is %v, want %v", k, evals.PublicAndCommitmentCommitted[k], want[k])
		}
	}
	return nil
}

// checkZ checks Z[bitrev(i)] + [τⁱ]₁ = [τ^(i+n)]₁ for i ≤ n-2, exactly.
func checkZ(commons *mpcsetup.SrsCommons, z []curve.G1Affine, n int) error {
	shift := uint(64 - bits.TrailingZeros(uint(n)))
	bad := parallelFirst(n-1, func(i int) bool {
		pos := int(bits.Reverse64(uint64(i)) >> shift)
		var got, want curve.G1Jac
		got.FromAffine(&z[pos])
		got.AddMixed(&commons.G1.Tau[i])
		want.FromAffine(&commons.G1.Tau[i+n])
		return !got.Equal(&want)
	})
	if bad != -1 {
		return mismatch("Z[%d]", int(bits.Reverse64(uint64(bad))>>shift))
	}
	return nil
}

// checkInGroups refuses claimed points outside their groups, where the
// random linear combinations below would not be sound.
func checkInGroups(evals *mpcsetup.Phase2Evaluations, p *mpcsetup.Phase2) error {
	g1 := []struct {
		name   string
		points []curve.G1Affine
	}{
		{"evaluations A", evals.G1.A},
		{"evaluations B in G1", evals.G1.B},
		{"evaluations VKK", evals.G1.VKK},
		{"PKK", p.Parameters.G1.PKK},
	}
	for k := range evals.G1.CKK {
		g1 = append(g1, struct {
			name   string
			points []curve.G1Affine
		}{fmt.Sprintf("evaluations CKK[%d]", k), evals.G1.CKK[k]})
	}
	for _, s := range g1 {
		if i := parallelFirst(len(s.points), func(i int) bool { return !s.points[i].IsOnCurve() }); i != -1 {
			return mismatch("%s[%d] is not on the curve", s.name, i)
		}
	}
	b2 := evals.G2.B
	if i := parallelFirst(len(b2), func(i int) bool { return !b2[i].IsOnCurve() || !b2[i].IsInSubGroup() }); i != -1 {
		return mismatch("evaluations B in G2[%d] is not in G2", i)
	}
	return nil
}

// parallelFirst returns the least i < n with bad(i), or -1.
func parallelFirst(n int, bad func(i int) bool) int {
	workers := min(runtime.GOMAXPROCS(0), max(n/1024, 1))
	found := make([]int, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			found[w] = -1
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				if bad(i) {
					found[w] = i
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, i := range found {
		if i != -1 {
			return i
		}
	}
	return -1
}

// checkEvaluations checks A, B in G1 and G2, and βA+αB+C dealt to VKK,
// CKK and PKK, each with one random linear combination over the wires.
func checkEvaluations(r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, n int, l *wireLayout, p *mpcsetup.Phase2, evals *mpcsetup.Phase2Evaluations) error {
	r := make([]fr.Element, l.nbWire)
	for i := range r {
		if _, err := r[i].SetRandom(); err != nil {
			return fmt.Errorf("ceremony: draw a random challenge: %w", err)
		}
	}
	domain := fft.NewDomain(uint64(n))
	a, b, c := monomialWeights(r1cs, domain, n, r)
	tau := commons.G1.Tau[:n]

	if !msmG1(evals.G1.A, r).Equal(msmG1(tau, a)) {
		return mismatch("evaluations A")
	}
	if !msmG1(evals.G1.B, r).Equal(msmG1(tau, b)) {
		return mismatch("evaluations B in G1")
	}
	var lhs2, rhs2 curve.G2Jac
	mustMSM(lhs2.MultiExp(evals.G2.B, r, ecc.MultiExpConfig{}))
	mustMSM(rhs2.MultiExp(commons.G2.Tau[:n], b, ecc.MultiExpConfig{}))
	if !lhs2.Equal(&rhs2) {
		return mismatch("evaluations B in G2")
	}

	// βA+αB+C: the claimed points, part by part, each weighted by the r of
	// the wire dealt to its slot.
	parts := []int{partVKK}
	for k := range evals.G1.CKK {
		parts = append(parts, k)
	}
	parts = append(parts, partPKK)
	points := func(part int) []curve.G1Affine {
		switch part {
		case partVKK:
			return evals.G1.VKK
		case partPKK:
			return p.Parameters.G1.PKK
		default:
			return evals.G1.CKK[part]
		}
	}
	partName := func(part int) string {
		switch part {
		case partVKK:
			return "evaluations VKK"
		case partPKK:
			return "PKK"
		default:
			return fmt.Sprintf("evaluations CKK[%d]", part)
		}
	}
	// weights(part) is r on that part's wires in slot order; restricted(part)
	// is r with every other wire zeroed.
	weights := func(part int) []fr.Element {
		out := make([]fr.Element, 0, len(points(part)))
		for w, pw := range l.part {
			if pw == part {
				out = append(out, r[w])
			}
		}
		return out
	}
	var lhs curve.G1Jac
	lhsOf := make(map[int]*curve.G1Jac, len(parts))
	for _, part := range parts {
		lhsOf[part] = msmG1(points(part), weights(part))
		lhs.AddAssign(lhsOf[part])
	}
	if lhs.Equal(kRHS(commons, n, a, b, c)) {
		return nil
	}
	for _, part := range parts {
		restricted := make([]fr.Element, len(r))
		for w, pw := range l.part {
			if pw == part {
				restricted[w] = r[w]
			}
		}
		pa, pb, pc := monomialWeights(r1cs, domain, n, restricted)
		if !lhsOf[part].Equal(kRHS(commons, n, pa, pb, pc)) {
			return mismatch("%s", partName(part))
		}
	}
	return mismatch("evaluations VKK, CKK or PKK")
}

// kRHS is Σ r_w·(βA+αB+C)_w computed from the SRS: MSM(βτ, â) + MSM(ατ, b̂) + MSM(τ, ĉ).
func kRHS(commons *mpcsetup.SrsCommons, n int, a, b, c []fr.Element) *curve.G1Jac {
	res := msmG1(commons.G1.BetaTau[:n], a)
	res.AddAssign(msmG1(commons.G1.AlphaTau[:n], b))
	res.AddAssign(msmG1(commons.G1.Tau[:n], c))
	return res
}

// monomialWeights returns â, b̂, ĉ: per constraint i the r-weighted sums of
// its L, R and O terms (zero past the last constraint), each inverse-FFT'd
// from the Lagrange basis of domain to the monomial basis.
func monomialWeights(r1cs *cs.R1CS, domain *fft.Domain, n int, r []fr.Element) (a, b, c []fr.Element) {
	a, b, c = make([]fr.Element, n), make([]fr.Element, n), make([]fr.Element, n)
	accumulate := func(dst *fr.Element, terms constraint.LinearExpression) {
		var tmp fr.Element
		for _, t := range terms {
			rw := &r[t.WireID()]
			switch t.CoeffID() {
			case constraint.CoeffIdZero:
				continue
			case constraint.CoeffIdOne:
				dst.Add(dst, rw)
			case constraint.CoeffIdMinusOne:
				dst.Sub(dst, rw)
			case constraint.CoeffIdTwo:
				dst.Add(dst, rw).Add(dst, rw)
			default:
				tmp.Mul(&r1cs.Coefficients[t.CoeffID()], rw)
				dst.Add(dst, &tmp)
			}
		}
	}
	i := 0
	it := r1cs.GetR1CIterator()
	for con := it.Next(); con != nil; con = it.Next() {
		accumulate(&a[i], con.L)
		accumulate(&b[i], con.R)
		accumulate(&c[i], con.O)
		i++
	}
	for _, v := range [][]fr.Element{a, b, c} {
		domain.FFTInverse(v, fft.DIF)
		fft.BitReverse(v)
	}
	return a, b, c
}

func msmG1(points []curve.G1Affine, scalars []fr.Element) *curve.G1Jac {
	var res curve.G1Jac
	if len(points) == 0 {
		return &res
	}
	mustMSM(res.MultiExp(points, scalars, ecc.MultiExpConfig{}))
	return &res
}

// mustMSM panics on a multi-exponentiation error: lengths are checked
// before every call, so one is a bug here.
func mustMSM[T any](_ T, err error) {
	if err != nil {
		panic(fmt.Sprintf("ceremony: multi-exponentiation: %v", err))
	}
}

package ceremony

import (
	"errors"
	"fmt"
	"math"
	"math/big"
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
// evaluations, draw ρ ∈ F_r^wires (r the prime group order) uniformly with
// crypto/rand and set, per constraint i < m, aᵢ = Σ_{t∈L} c(t)·ρ_{w(t)}, bᵢ
// and cᵢ likewise over R and O (aᵢ = bᵢ = cᵢ = 0 for m ≤ i < n). By linearity
//
//	Σ_w ρ_w·A_w = Σᵢ aᵢ·[Lᵢ(τ)]₁ = Σₖ âₖ·[τᵏ]₁,  âₖ = (1/n)·Σᵢ aᵢ·ω^(-ik),
//
// so â is the scalar inverse FFT of a over the same domain (natural order in
// and out), and the right side is one MSM against commons.G1.Tau[0..n-1].
// Likewise
//
//	(A)  Σ ρ_w·A_w = MSM(Tau, â)
//	(B)  X := Σ ρ_w·B_w = MSM(Tau, b̂)
//	(K)  Σ ρ_w·K_w = MSM(BetaTau, â) + MSM(AlphaTau, b̂) + MSM(Tau, ĉ)
//
// where the left side of (K) sums over VKK, CKK and PKK, each claimed point
// weighted by ρ of the wire Initialize deals to its slot. With fresh random
// γ_A, γ_B, γ_K the three are checked as one: γ_A·(A) + γ_B·(B) + γ_K·(K),
// moved to one side, is a single MSM (plus γ_B·X) that must be zero; the
// three Tau MSMs share their bases. B in G2 is then checked against B in G1:
// (B₂) e(X, [1]₂) = e([1]₁, Σ ρ_w·B₂_w). When the fold fails, (A), (B) and
// (K) are checked one by one, (K) with ρ restricted to each part in turn,
// to name what differs (the restrictions sum to ρ, so one of them fails).
//
// Soundness: if a claimed vector P′ differs from the true P, D = P′ − P has
// some D_v ≠ 0 of prime order r; for any fixed other coordinates of ρ
// exactly one ρ_v makes Σ ρ_w·D_w = 0, so each identity misses a wrong
// vector with probability ≤ 1/r. If (A), (B) or (K) fails, the fold, a
// random combination of fixed group elements not all zero, passes with
// probability 1/r. (B₂): once B in G1 is right, X = [Σ ρ_w·b_w]₁ with
// b_w = B_w(τ), and the pairing being non-degenerate on G1 × G2 it holds
// iff Σ ρ_w·(B₂_w − [b_w]₂) = 0. By the union bound a wrong state passes with
// probability ≤ 4/r < 2^-251. The exact checks have no error.
//
// Cost: three scalar FFTs of size n, one G1 MSM of size 3n + wires, G1 and
// G2 MSMs of size wires, one pairing check and a subgroup check per B₂
// point, against Initialize's four point FFTs of size n (one in G2) and a
// scalar multiplication per term.
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
// CKK and PKK, with random linear combinations over the wires: the G1
// identities folded into one multi-exponentiation, then B in G2 against B
// in G1 with a pairing. A failing fold is unfolded to name the part.
func checkEvaluations(r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, n int, l *wireLayout, p *mpcsetup.Phase2, evals *mpcsetup.Phase2Evaluations) error {
	rho := make([]fr.Element, l.nbWire)
	gamma := make([]fr.Element, 3)
	if err := randomize(rho); err != nil {
		return err
	}
	if err := randomize(gamma); err != nil {
		return err
	}
	gammaA, gammaB, gammaK := &gamma[0], &gamma[1], &gamma[2]
	domain := fft.NewDomain(uint64(n))
	a, b, c := monomialWeights(r1cs, domain, n, rho)
	tau := commons.G1.Tau[:n]
	k := newKParts(l, p, evals, rho)

	// X = Σ ρ_w·B_w, kept apart for the pairing below.
	x := msmG1(evals.G1.B, rho)

	// γ_A·(Σ rho·A − MSM(τ, â)) + γ_B·(X − MSM(τ, b̂))
	//   + γ_K·(Σ rho·K − MSM(βτ, â) − MSM(ατ, b̂) − MSM(τ, ĉ)) = 0,
	// as one multi-exponentiation plus γ_B·X.
	var bases []curve.G1Affine
	var scalars []fr.Element
	term := func(points []curve.G1Affine, weights []fr.Element, scale *fr.Element, negate bool) {
		bases = append(bases, points...)
		for i := range weights {
			s := weights[i]
			if scale != nil {
				s.Mul(&s, scale)
			}
			if negate {
				s.Neg(&s)
			}
			scalars = append(scalars, s)
		}
	}
	bases = make([]curve.G1Affine, 0, l.nbWire*2+3*n)
	scalars = make([]fr.Element, 0, cap(bases))
	term(evals.G1.A, rho, gammaA, false)
	for _, part := range k.parts {
		term(k.points(part), k.weights(part), gammaK, false)
	}
	tauWeights := make([]fr.Element, n)
	for i := range tauWeights {
		var t fr.Element
		tauWeights[i].Mul(&a[i], gammaA)
		t.Mul(&b[i], gammaB)
		tauWeights[i].Add(&tauWeights[i], &t)
		t.Mul(&c[i], gammaK)
		tauWeights[i].Add(&tauWeights[i], &t)
	}
	term(tau, tauWeights, nil, true)
	term(commons.G1.BetaTau[:n], a, gammaK, true)
	term(commons.G1.AlphaTau[:n], b, gammaK, true)
	fold := msmG1(bases, scalars)
	var gammaBBig big.Int
	var xB curve.G1Jac
	xB.ScalarMultiplication(x, gammaB.BigInt(&gammaBBig))
	fold.AddAssign(&xB)
	if !fold.Z.IsZero() {
		return unfold(r1cs, commons, domain, n, evals, k, rho, x, a, b, c)
	}

	// B in G1 is now right: X = [Σ ρ_w·b_w(τ)]₁, so B in G2 is right when
	// e(X, [1]₂) = e([1]₁, Σ ρ_w·B₂_w).
	var y curve.G2Jac
	mustMSM(y.MultiExp(evals.G2.B, rho, ecc.MultiExpConfig{}))
	var xAff, minusG1 curve.G1Affine
	var yAff curve.G2Affine
	xAff.FromJacobian(x)
	yAff.FromJacobian(&y)
	_, _, g1, g2 := curve.Generators()
	minusG1.Neg(&g1)
	ok, err := curve.PairingCheck([]curve.G1Affine{xAff, minusG1}, []curve.G2Affine{g2, yAff})
	if err != nil {
		return fmt.Errorf("ceremony: pairing check of B in G2: %w", err)
	}
	if !ok {
		return mismatch("evaluations B in G2")
	}
	return nil
}

// unfold names the part of a failed fold: the identities one by one.
func unfold(r1cs *cs.R1CS, commons *mpcsetup.SrsCommons, domain *fft.Domain, n int, evals *mpcsetup.Phase2Evaluations,
	k *kParts, rho []fr.Element, x *curve.G1Jac, a, b, c []fr.Element) error {
	tau := commons.G1.Tau[:n]
	if !msmG1(evals.G1.A, rho).Equal(msmG1(tau, a)) {
		return mismatch("evaluations A")
	}
	if !x.Equal(msmG1(tau, b)) {
		return mismatch("evaluations B in G1")
	}
	for _, part := range k.parts {
		restricted := make([]fr.Element, len(rho))
		for w, pw := range k.layout.part {
			if pw == part {
				restricted[w] = rho[w]
			}
		}
		pa, pb, pc := monomialWeights(r1cs, domain, n, restricted)
		if !msmG1(k.points(part), k.weights(part)).Equal(kRHS(commons, n, pa, pb, pc)) {
			return mismatch("%s", k.name(part))
		}
	}
	// Unreachable: the fold is a combination of the identities above.
	return mismatch("the folded identity of the evaluations, in no single part")
}

// kParts are the claimed βA+αB+C points, part by part, each to be weighted
// by the ρ of the wire Initialize deals to its slot.
type kParts struct {
	layout *wireLayout
	parts  []int // VKK, CKK[0], CKK[1], …, PKK
	p      *mpcsetup.Phase2
	evals  *mpcsetup.Phase2Evaluations
	rho    []fr.Element
}

func newKParts(l *wireLayout, p *mpcsetup.Phase2, evals *mpcsetup.Phase2Evaluations, rho []fr.Element) *kParts {
	parts := []int{partVKK}
	for c := range evals.G1.CKK {
		parts = append(parts, c)
	}
	return &kParts{layout: l, parts: append(parts, partPKK), p: p, evals: evals, rho: rho}
}

func (k *kParts) points(part int) []curve.G1Affine {
	switch part {
	case partVKK:
		return k.evals.G1.VKK
	case partPKK:
		return k.p.Parameters.G1.PKK
	default:
		return k.evals.G1.CKK[part]
	}
}

func (k *kParts) name(part int) string {
	switch part {
	case partVKK:
		return "evaluations VKK"
	case partPKK:
		return "PKK"
	default:
		return fmt.Sprintf("evaluations CKK[%d]", part)
	}
}

// weights is ρ on the part's wires, in slot order.
func (k *kParts) weights(part int) []fr.Element {
	out := make([]fr.Element, 0, len(k.points(part)))
	for w, pw := range k.layout.part {
		if pw == part {
			out = append(out, k.rho[w])
		}
	}
	return out
}

// randomize fills s with uniform elements of F_r from crypto/rand.
func randomize(s []fr.Element) error {
	for i := range s {
		if _, err := s[i].SetRandom(); err != nil {
			return fmt.Errorf("ceremony: draw a random challenge: %w", err)
		}
	}
	return nil
}

// kRHS is Σ ρ_w·(βA+αB+C)_w computed from the SRS: MSM(βτ, â) + MSM(ατ, b̂) + MSM(τ, ĉ).
func kRHS(commons *mpcsetup.SrsCommons, n int, a, b, c []fr.Element) *curve.G1Jac {
	res := msmG1(commons.G1.BetaTau[:n], a)
	res.AddAssign(msmG1(commons.G1.AlphaTau[:n], b))
	res.AddAssign(msmG1(commons.G1.Tau[:n], c))
	return res
}

// monomialWeights returns â, b̂, ĉ: per constraint i the ρ-weighted sums of
// its L, R and O terms (zero past the last constraint), each inverse-FFT'd
// from the Lagrange basis of domain to the monomial basis.
func monomialWeights(r1cs *cs.R1CS, domain *fft.Domain, n int, rho []fr.Element) (a, b, c []fr.Element) {
	a, b, c = make([]fr.Element, n), make([]fr.Element, n), make([]fr.Element, n)
	accumulate := func(dst *fr.Element, terms constraint.LinearExpression) {
		var tmp fr.Element
		for _, t := range terms {
			rw := &rho[t.WireID()]
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

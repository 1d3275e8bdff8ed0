package offshore_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/verifier"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// differentialEnv sizes TestEveryVerdictAgreesOnRandomAndEdgeEpochs: the
// number of random epochs (make differential sets 10000). The default keeps
// the test near half a minute on two cores.
const differentialEnv = "RWABRIDGE_DIFFERENTIAL_EPOCHS"

const (
	defaultDifferentialEpochs = 300
	shortDifferentialEpochs   = 60
	// A full run (more than 1000 epochs) proves every 10th disclosable
	// random epoch, a smaller one every 4th; every disclosable edge epoch
	// is proven.
	fullProveEvery  = 10
	smallProveEvery = 4
)

// week is the epoch length of the relaxed policy under which an epoch whose
// records fall a second outside it is summarized (see relax).
const week = 7 * 24 * time.Hour

// epochCase is one epoch to judge: its records under a policy.
type epochCase struct {
	name   string
	pool   telemetry.PoolID
	policy *policy.Policy
	epoch  uint64
	events []telemetry.Event // valid telemetry, in canonical order
}

// diffCounts are the figures the test reports.
type diffCounts struct {
	epochs, edges, refusedEpochs, belowK, disclosable int
	chunksSolved, chunksRefused                       int
	provenEpochs, proofs, goVerifies, onChain         int
	chunkMutants, bundleMutants, mismatches, lost     int
}

// TestEveryVerdictAgreesOnRandomAndEdgeEpochs judges random epochs (0 to 3
// chunks at chaintest.Capacity, under four policies, with cabinets 0 and
// 2^32−1, seqs 0 and 2^64−1, times at the epoch's first and last second,
// values at the policy's bounds, epochs below k, and one record in eight
// epochs pushed just outside a bound or the epoch) and a fixed list of edge
// epochs, four ways:
//
//   - the native twin (summary.Summarize, CheckRecord, Disclosable) and the
//     circuit's solver (the keys' constraint system) agree on every chunk:
//     a chunk solves iff its records pass the policy and, if final, the
//     epoch has k active cabinets;
//   - for every disclosable edge epoch and a sample of the random ones, a
//     real proof (chaintest.ProveEpoch) is accepted by gnark's Go verifier
//     on each chunk's (proof, inputs), by bundle.Verify after an
//     Encode/Decode round trip (what rwabridge audit verify-proof runs) and
//     by the deployed Groth16Verifier's verifyProof through eth_call;
//   - mutants (a flipped proof byte, one public input + 1, another epoch's
//     inputs, two chunk proofs swapped), per chunk and as whole bundles, are
//     rejected by gnark, by the audit path and by the contract alike.
//
// Any disagreement is a mismatch and fails the test; the counts are logged.
func TestEveryVerdictAgreesOnRandomAndEdgeEpochs(t *testing.T) {
	n, every := defaultDifferentialEpochs, smallProveEvery
	if testing.Short() {
		n = shortDifferentialEpochs
	}
	if v := os.Getenv(differentialEnv); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 0 {
			t.Fatalf("%s=%q: want a number of epochs", differentialEnv, v)
		}
	}
	if n > 1000 {
		every = fullProveEvery
	}
	begin := time.Now()
	set := summaryKeys(t)
	e := newEnvVK(t, set.VK)
	pols := differentialPolicies(t)
	rng := rand.New(rand.NewPCG(13, 14))
	cases := edgeEpochs(t, pols)
	edges := len(cases)
	for i := range n {
		cases = append(cases, randomEpoch(rng, pols, i))
	}

	j := &judge{t: t, e: e, ccs: set.CCS, vk: set.VK, rng: rng}
	j.c.edges = edges
	disclosableRandom := 0
	for i := range cases {
		c := &cases[i]
		ok := j.solve(c)
		if !ok {
			continue
		}
		if i >= edges {
			disclosableRandom++
			if disclosableRandom%every != 1 && every != 1 {
				continue
			}
		}
		b, err := chaintest.ProveEpoch(e.ctx, set, c.pool, c.policy, c.epoch, c.events)
		if err != nil {
			t.Fatalf("%s: prove: %v", c.name, err)
		}
		j.proofsOf(c, b)
		if j.c.mismatches > 20 {
			t.Fatalf("stopping after %d mismatches", j.c.mismatches)
		}
	}
	j.c.epochs = len(cases)
	c := j.c
	t.Logf("differential: %d epochs (%d edge, %d random) in %s: %d refused by the twin for a record outside the policy, %d below k (suppressed), %d shown",
		c.epochs, c.edges, n, time.Since(begin).Round(time.Second), c.refusedEpochs, c.belowK, c.disclosable)
	t.Logf("differential: %d chunks solved by the circuit, %d refused by twin and circuit alike", c.chunksSolved, c.chunksRefused)
	t.Logf("differential: %d epochs proven (every provable edge, every %d provable random, suppressed ones included), %d chunk proofs: %d gnark verifications, %d eth_call verifyProof",
		c.provenEpochs, every, c.proofs, c.goVerifies, c.onChain)
	t.Logf("differential: %d chunk mutants, %d bundle mutants rejected by gnark, audit and contract; %d accepted by all; %d mismatches",
		c.chunkMutants, c.bundleMutants, c.lost, c.mismatches)
	if c.mismatches != 0 || c.lost != 0 {
		t.Fatalf("%d verdict mismatches, %d mutants accepted", c.mismatches, c.lost)
	}
}

// judge runs the four verdicts and counts them.
type judge struct {
	t   *testing.T
	e   *env
	ccs constraint.ConstraintSystem
	vk  groth16.VerifyingKey
	rng *rand.Rand
	c   diffCounts
	// prev is the last proven epoch's submission and inputs: the source of
	// "another epoch's" proofs and inputs.
	prev    *disclosure.Submission
	prevIns [][7]*big.Int
	prevB   *bundle.Bundle
}

func (j *judge) mismatch(format string, args ...any) {
	j.t.Helper()
	j.c.mismatches++
	j.t.Errorf("MISMATCH: "+format, args...)
}

// solve compares the native twin's verdict with the circuit's on every
// chunk of c and reports whether the epoch is disclosable (both agreed it
// proves).
func (j *judge) solve(c *epochCase) bool {
	t := j.t
	p := c.policy
	salt := func() (fr.Element, error) { return fr.NewElement(j.rng.Uint64()), nil }
	s, err := summary.Summarize(summary.Input{Pool: c.pool, Epoch: c.epoch, Policy: p, Capacity: chaintest.Capacity, Events: c.events, Salt: salt})
	// The twin's per-record verdicts under p.
	start, last, berr := summary.EpochBounds(p, c.epoch)
	if berr != nil {
		t.Fatalf("%s: %v", c.name, berr)
	}
	bad := make([]bool, len(c.events))
	anyBad := false
	for i := range c.events {
		r, rerr := commit.RecordOf(&c.events[i])
		if rerr != nil {
			t.Fatalf("%s: event %d: %v", c.name, i, rerr)
		}
		if cerr := summary.CheckRecord(p, start, last, r); cerr != nil {
			if !errors.Is(cerr, summary.ErrOutOfBounds) && !errors.Is(cerr, summary.ErrOutsideEpoch) {
				t.Fatalf("%s: event %d: %v", c.name, i, cerr)
			}
			bad[i], anyBad = true, true
		}
	}
	if (err != nil) != anyBad {
		j.mismatch("%s: Summarize says %v, CheckRecord finds a bad record: %v", c.name, err, anyBad)
		return false
	}
	// The summary to build assignments from: the twin's own, or for a
	// refused epoch the relaxed policy's, restated under p.
	restate := false
	if err != nil {
		if !errors.Is(err, summary.ErrOutOfBounds) && !errors.Is(err, summary.ErrOutsideEpoch) {
			t.Fatalf("%s: %v", c.name, err)
		}
		j.c.refusedEpochs++
		rp, re, rerr := relax(p, c.epoch, c.events)
		if rerr != nil {
			t.Fatalf("%s: relax: %v", c.name, rerr)
		}
		if s, err = summary.Summarize(summary.Input{Pool: c.pool, Epoch: re, Policy: rp, Capacity: chaintest.Capacity, Events: c.events, Salt: salt}); err != nil {
			t.Fatalf("%s: under the relaxed policy: %v", c.name, err)
		}
		restate = true
	}
	disclosable := p.Shows(s.Totals.ActiveCabinets)
	if !restate && disclosable != s.Disclosable {
		j.mismatch("%s: Disclosable %v with %d active cabinets, k = %d", c.name, s.Disclosable, s.Totals.ActiveCabinets, p.MinActiveCabinets)
	}
	params := p.CircuitParams()
	// solve runs chunk i of sum through the circuit, restated under p.
	solve := func(sum *summary.Summary, i int) error {
		st := &sum.Chunks[i].Statement
		a, aerr := sum.Assignment(i)
		if aerr != nil {
			t.Fatalf("%s chunk %d: %v", c.name, i, aerr)
		}
		if restate {
			for k := range params {
				a.W.Params[k] = params[k]
			}
			a.P.PolicyHash = p.Hash().Fr()
			a.F.Epoch = c.epoch
			a.P.Header = summary.Header{Final: st.Final, Suppressed: st.Suppressed, Index: uint64(st.ChunkIndex), Epoch: c.epoch,
				EpochSeconds: uint32(p.EpochSeconds()), Disclosed: p.Disclose}.Pack()
		}
		w, werr := frontend.NewWitness(a, ecc.BN254.ScalarField())
		if werr != nil {
			t.Fatalf("%s chunk %d: witness: %v", c.name, i, werr)
		}
		_, serr := j.ccs.Solve(w)
		return serr
	}
	for i := range s.Chunks {
		st := &s.Chunks[i].Statement
		want := true
		for k := i * chaintest.Capacity; k < i*chaintest.Capacity+s.Commitment.Chunks[i].Count; k++ {
			want = want && !bad[k]
		}
		if st.Final && st.Suppressed == disclosable {
			j.mismatch("%s: the twin's final statement is suppressed %v with %d active cabinets, k = %d", c.name, st.Suppressed, s.Totals.ActiveCabinets, p.MinActiveCabinets)
		}
		serr := solve(s, i)
		switch got := serr == nil; {
		case got != want:
			j.mismatch("%s chunk %d of %d (%d records): the twin says %v, the circuit %v (%v)", c.name, i, len(s.Chunks), s.Commitment.Chunks[i].Count, want, got, serr)
		case got:
			j.c.chunksSolved++
		default:
			j.c.chunksRefused++
		}
		// Below k, showing the figures instead of suppressing them is refused.
		if st.Final && !disclosable && want {
			shown := *s
			shown.Chunks = slices.Clone(s.Chunks)
			shown.Chunks[i].Statement.Suppressed = false
			shown.Chunks[i].Statement.Metrics = s.Disclosed
			if solve(&shown, i) == nil {
				j.mismatch("%s: the circuit shows the figures of an epoch of %d active cabinets, k = %d", c.name, s.Totals.ActiveCabinets, p.MinActiveCabinets)
			}
		}
	}
	// Every epoch that passes the policy's record rules has a proof:
	// figures at or above k, a suppressed one below.
	switch {
	case restate:
	case s.Disclosable:
		j.c.disclosable++
	default:
		j.c.belowK++
	}
	return !restate
}

// proofsOf checks a real bundle of c and its mutants with gnark, the audit
// path and the contract.
func (j *judge) proofsOf(c *epochCase, b *bundle.Bundle) {
	t := j.t
	j.c.provenEpochs++
	sub, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	ins, err := sub.PublicInputs(disclosure.InitialAcc())
	if err != nil {
		t.Fatalf("%s: %v", c.name, err)
	}
	for i := range ins {
		for k, x := range ins[i] {
			if x.Cmp(b.Chunks[i].PublicInputs[k].BigInt()) != 0 {
				j.mismatch("%s chunk %d: the registry's input %d is %#x, the bundle's %s", c.name, i, k, x, b.Chunks[i].PublicInputs[k])
			}
		}
	}
	// The valid proofs.
	if g, a, ch := j.goChunk(sub.Proofs[0], ins[0]), j.audit(b), j.chainBundle(sub.Proofs, ins); !g || !a || !ch {
		j.mismatch("%s: a valid bundle of %d chunks: gnark %v, audit %v, chain %v", c.name, len(b.Chunks), g, a, ch)
	}
	for i := range ins {
		j.c.proofs++
		if i > 0 && !j.goChunk(sub.Proofs[i], ins[i]) {
			j.mismatch("%s chunk %d: gnark rejects a valid proof", c.name, i)
		}
	}

	// Chunk mutants: (proof, inputs) pairs handed to verifyProof.
	n := len(ins)
	for i := range n {
		type mutant struct {
			name  string
			proof []byte
			in    [7]*big.Int
		}
		var ms []mutant
		for range 3 {
			p := bytes.Clone(sub.Proofs[i])
			k := j.rng.IntN(len(p))
			p[k] ^= byte(1 + j.rng.IntN(255))
			ms = append(ms, mutant{fmt.Sprintf("byte %d of the proof flipped", k), p, ins[i]})
		}
		for _, k := range j.rng.Perm(summary.NumPublic)[:2] {
			in := ins[i]
			in[k] = new(big.Int).Add(in[k], big.NewInt(1))
			ms = append(ms, mutant{fmt.Sprintf("public input %d + 1", k), sub.Proofs[i], in})
		}
		if j.prev != nil {
			k := min(i, len(j.prevIns)-1)
			ms = append(ms, mutant{fmt.Sprintf("another epoch's chunk %d inputs", k), sub.Proofs[i], j.prevIns[k]})
		}
		if n > 1 {
			k := (i + 1) % n
			ms = append(ms, mutant{fmt.Sprintf("chunk %d's proof swapped in", k), sub.Proofs[k], ins[i]})
		} else if j.prev != nil {
			ms = append(ms, mutant{"another epoch's proof swapped in", j.prev.Proofs[0], ins[i]})
		}
		for _, m := range ms {
			j.c.chunkMutants++
			g, ch := j.goChunk(m.proof, m.in), j.chainChunk(m.proof, m.in)
			if g != ch {
				j.mismatch("%s chunk %d, %s: gnark %v, chain %v", c.name, i, m.name, g, ch)
			} else if g {
				j.c.lost++
				t.Errorf("%s chunk %d, %s: accepted by gnark and the contract", c.name, i, m.name)
			}
		}
	}

	// Bundle mutants: the audit path's verdict against the chain's on the
	// mutated bundle's (proof, listed inputs) of every chunk.
	var bms []struct {
		name string
		b    *bundle.Bundle
	}
	add := func(name string, edit func(x *bundle.Bundle)) {
		x := copyBundle(b)
		edit(x)
		bms = append(bms, struct {
			name string
			b    *bundle.Bundle
		}{name, x})
	}
	i := j.rng.IntN(n)
	add(fmt.Sprintf("a byte of chunk %d's proof flipped", i), func(x *bundle.Bundle) {
		p, _ := field.DecodeHex(x.Chunks[i].Proof, bundle.SolidityProofSize, bundle.SolidityProofSize)
		p[j.rng.IntN(len(p))] ^= byte(1 + j.rng.IntN(255))
		setProof(&x.Chunks[i], p)
	})
	k := j.rng.IntN(summary.NumPublic)
	add(fmt.Sprintf("chunk %d's stated value behind input %d + 1", i, k), func(x *bundle.Bundle) { bumpStated(x, i, k) })
	if n > 1 {
		add("chunks 0 and 1's proofs swapped", func(x *bundle.Bundle) {
			x.Chunks[0].Proof, x.Chunks[1].Proof = x.Chunks[1].Proof, x.Chunks[0].Proof
			x.Chunks[0].GnarkProof, x.Chunks[1].GnarkProof = x.Chunks[1].GnarkProof, x.Chunks[0].GnarkProof
		})
	}
	if j.prevB != nil {
		k := min(i, len(j.prevB.Chunks)-1)
		add(fmt.Sprintf("another epoch's chunk %d proof in chunk %d", k, i), func(x *bundle.Bundle) {
			x.Chunks[i].Proof, x.Chunks[i].GnarkProof = j.prevB.Chunks[k].Proof, j.prevB.Chunks[k].GnarkProof
		})
	}
	for _, m := range bms {
		j.c.bundleMutants++
		proofs, ins := listed(t, m.b)
		a, ch := j.audit(m.b), j.chainBundle(proofs, ins)
		g := true
		for i := range proofs {
			g = g && j.goChunk(proofs[i], ins[i])
		}
		if a != ch || g != ch {
			j.mismatch("%s, %s: audit %v, gnark %v, chain %v", c.name, m.name, a, g, ch)
		} else if a {
			j.c.lost++
			t.Errorf("%s, %s: accepted by the audit path and the contract", c.name, m.name)
		}
	}
	j.prev, j.prevIns, j.prevB = sub, ins, b
}

// goChunk is gnark's verdict on one (proof, inputs) pair, with the
// contract's rule that every input is reduced (as goVerdict).
func (j *judge) goChunk(proof []byte, in [7]*big.Int) bool {
	j.c.goVerifies++
	els := make([]fr.Element, len(in))
	for i, x := range in {
		if x.Sign() < 0 || x.Cmp(ecc.BN254.ScalarField()) >= 0 {
			return false
		}
		els[i].SetBigInt(x)
	}
	p, err := verifier.ParseProof(proof)
	if err != nil {
		return false
	}
	w, err := bundle.PublicWitness(els)
	if err != nil {
		return false
	}
	return groth16.Verify(p, j.vk, w, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)) == nil
}

// chainChunk is the deployed Groth16Verifier's verdict (verifyProof by
// eth_call).
func (j *judge) chainChunk(proof []byte, in [7]*big.Int) bool {
	j.c.onChain++
	_, err := j.e.chain().Call(j.e.ctx, addr(j.e.admin), j.e.addrs.Verifier, verifierABI.PackVerifyProof(proof, in))
	return err == nil
}

// chainBundle accepts iff the contract accepts every chunk.
func (j *judge) chainBundle(proofs [][]byte, ins [][7]*big.Int) bool {
	for i := range proofs {
		if !j.chainChunk(proofs[i], ins[i]) {
			return false
		}
	}
	return true
}

// audit is rwabridge audit verify-proof's verdict: Decode of the encoded
// bundle, then bundle.Verify.
func (j *judge) audit(b *bundle.Bundle) bool {
	var buf bytes.Buffer
	if err := b.Encode(&buf); err != nil {
		j.t.Fatal(err)
	}
	d, err := bundle.Decode(&buf)
	if err != nil {
		return false
	}
	return bundle.Verify(d, j.vk) == nil
}

// listed returns a bundle's proofs and listed public inputs, as a relayer
// would hand them to verifyProof.
func listed(t *testing.T, b *bundle.Bundle) ([][]byte, [][7]*big.Int) {
	t.Helper()
	proofs := make([][]byte, len(b.Chunks))
	ins := make([][7]*big.Int, len(b.Chunks))
	for i, c := range b.Chunks {
		p, err := field.DecodeHex(c.Proof, bundle.SolidityProofSize, bundle.SolidityProofSize)
		if err != nil {
			t.Fatal(err)
		}
		proofs[i] = p
		for k, x := range c.PublicInputs {
			ins[i][k] = x.BigInt()
		}
	}
	return proofs, ins
}

func copyBundle(b *bundle.Bundle) *bundle.Bundle {
	x := *b
	x.Disclosed = slices.Clone(b.Disclosed)
	x.Chunks = slices.Clone(b.Chunks)
	for i := range x.Chunks {
		x.Chunks[i].PublicInputs = slices.Clone(b.Chunks[i].PublicInputs)
	}
	return &x
}

// setProof sets a chunk's Solidity proof bytes and, when they parse, its
// gnark encoding to the same proof (so the audit path reaches the pairing);
// otherwise the gnark encoding is left as it was.
func setProof(c *bundle.ChunkProof, p []byte) {
	c.Proof = field.EncodeHex(p)
	if q, err := verifier.ParseProof(p); err == nil {
		var raw bytes.Buffer
		if _, err := q.(*groth16bn254.Proof).WriteRawTo(&raw); err == nil {
			c.GnarkProof = field.EncodeHex(raw.Bytes())
		}
	}
}

// bumpStated adds 1 to the stated value behind public input k of chunk i
// (for the pool, its last byte) and restates every chunk's listed inputs, so
// the bundle stays self-consistent up to its proofs and the epoch root.
func bumpStated(b *bundle.Bundle, i, k int) {
	one := func(x field.Element) field.Element {
		var y fr.Element
		fx := x.Fr()
		y.SetOne()
		y.Add(&fx, &y)
		return field.Element(y)
	}
	c := &b.Chunks[i]
	switch k {
	case 0: // the pool's field value ± 1: its last byte moved within [a-z]
		p := []byte(b.Pool)
		if l := &p[len(p)-1]; *l >= 'a' && *l < 'z' {
			*l++
		} else {
			*l--
		}
		b.Pool = string(p)
	case 1:
		b.Policy.Hash = one(b.Policy.Hash)
	case 2:
		c.Root = one(c.Root)
	case 3:
		c.AccIn = one(c.AccIn)
	case 4:
		c.AccOut = one(c.AccOut)
	case 5:
		b.Epoch++
	case 6:
		b.Metrics.Swaps++
	}
	sts, err := b.Statements()
	if err != nil {
		return
	}
	for i := range sts {
		in, err := sts[i].PublicInputs()
		if err != nil {
			return
		}
		for k := range in {
			b.Chunks[i].PublicInputs[k] = field.Element(in[k])
		}
	}
}

// relax returns a policy under which every event of epoch is inside the
// bounds (widened to the events' values) and the epoch, and the epoch's
// number under it: the same epoch, or the week around it when a record lies
// outside p's epoch. Disclosed metrics and k are p's.
func relax(p *policy.Policy, epoch uint64, evs []telemetry.Event) (*policy.Policy, uint64, error) {
	r := *p
	b := &r.RecordBounds
	lo, hi := uint64(math.MaxUint64), uint64(0)
	for _, e := range evs {
		b.MinEnergyWh, b.MaxEnergyWh = min(b.MinEnergyWh, e.EnergyWh), max(b.MaxEnergyWh, e.EnergyWh)
		b.MaxFeeCents = max(b.MaxFeeCents, e.FeeCents)
		b.MinSoHPermille = min(b.MinSoHPermille, e.SoHPermille)
		lo, hi = min(lo, uint64(e.Time)), max(hi, uint64(e.Time))
	}
	start, last, err := summary.EpochBounds(p, epoch)
	if err != nil || len(evs) == 0 || (lo >= start && hi <= last) {
		return &r, epoch, err
	}
	r.Epoch = week
	e2 := lo / r.EpochSeconds()
	s2, l2, err := summary.EpochBounds(&r, e2)
	if err != nil {
		return nil, 0, err
	}
	if lo < s2 || hi > l2 {
		return nil, 0, fmt.Errorf("records %d to %d span two weeks", lo, hi)
	}
	return &r, e2, nil
}

// differentialPolicies are the policies epochs are judged under: the two
// embedded ones, an hourly one with the widest bounds and k = 1, and a
// 12-hour one with the narrowest (one energy value, fee 0 or 1, new
// batteries only) disclosing two metrics. Each passes Validate. The
// circuit takes any policy's parameters, so the same keys prove them all.
func differentialPolicies(t *testing.T) []*policy.Policy {
	t.Helper()
	daily, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	weekly, err := policies.ByID("battery-swap-weekly")
	if err != nil {
		t.Fatal(err)
	}
	variant := func(id string, epoch time.Duration, k uint32, b telemetry.Bounds, disclose ...policy.Metric) *policy.Policy {
		p := *daily
		p.ID, p.Epoch, p.MinActiveCabinets, p.RecordBounds = id, epoch, k, b
		p.Disclose = policy.NewMetricSet(disclose...)
		p.Sanity = map[policy.Metric]policy.SanityBound{}
		for _, m := range disclose {
			s := daily.Sanity[m]
			s.Max = max(s.Max, math.MaxUint64>>1)
			if m == policy.MinSoHPermille {
				s.Max = telemetry.MaxSoH
			}
			p.Sanity[m] = s
		}
		if !p.Disclose.Has(policy.RevenueCents) {
			p.PayoutShareBP = 0
		}
		return &p
	}
	wide := variant("differential-wide", time.Hour, 1,
		telemetry.Bounds{MinEnergyWh: 0, MaxEnergyWh: math.MaxUint32, MaxFeeCents: math.MaxUint32, MinSoHPermille: 0},
		policy.AllMetrics()...)
	narrow := variant("differential-narrow", 12*time.Hour, 3,
		telemetry.Bounds{MinEnergyWh: 1000, MaxEnergyWh: 1000, MaxFeeCents: 1, MinSoHPermille: telemetry.MaxSoH},
		policy.EnergyWh, policy.MinSoHPermille)
	out := []*policy.Policy{daily, weekly, wide, narrow}
	for _, p := range out {
		if err := p.Validate(); err != nil {
			t.Fatalf("policy %s: %v", p.ID, err)
		}
	}
	return out
}

// lastEpoch is the last epoch of p whose seconds all fit a 32-bit time.
func lastEpoch(p *policy.Policy) uint64 { return (telemetry.MaxTime+1)/p.EpochSeconds() - 1 }

type recordKey struct {
	cabinet uint32
	seq     uint64
}

// eventsOf returns in-bounds events of p's epoch for the keys (times
// spread over the epoch from its first second, middle values), edited by
// edit when it is not nil, in canonical order.
func eventsOf(pool telemetry.PoolID, p *policy.Policy, epoch uint64, keys []recordKey, edit func(i int, e *telemetry.Event)) []telemetry.Event {
	start, last, err := summary.EpochBounds(p, epoch)
	if err != nil {
		panic(err)
	}
	b := p.RecordBounds
	evs := make([]telemetry.Event, len(keys))
	for i, k := range keys {
		evs[i] = telemetry.Event{
			Pool: pool, Cabinet: k.cabinet, Seq: k.seq,
			Time:     int64(start + uint64(i)*((last-start)/uint64(len(keys)))),
			EnergyWh: b.MinEnergyWh + (b.MaxEnergyWh-b.MinEnergyWh)/2, FeeCents: b.MaxFeeCents / 2,
			SoCIn: 20, SoCOut: 95, SoHPermille: b.MinSoHPermille + (telemetry.MaxSoH-b.MinSoHPermille)/2,
			BatteryIn: "B-IN", BatteryOut: "B-OUT",
		}
		if edit != nil {
			edit(i, &evs[i])
		}
	}
	canonical(evs)
	return evs
}

func canonical(evs []telemetry.Event) {
	slices.SortFunc(evs, telemetry.Compare)
}

// grid returns keys of cabinets 1..cabinets with seqs 1..per each.
func grid(cabinets, per int) []recordKey {
	var out []recordKey
	for c := range cabinets {
		for s := range per {
			out = append(out, recordKey{uint32(c + 1), uint64(s + 1)})
		}
	}
	return out
}

// edgeEpochs is the fixed list of edge epochs.
func edgeEpochs(t *testing.T, pols []*policy.Policy) []epochCase {
	t.Helper()
	daily, wide, narrow := pols[0], pols[2], pols[3]
	const e = 20414 // 2025-11-22, mid-week (weekly epochs of unix time start on Thursdays)
	maxU32, maxU64 := uint32(math.MaxUint32), uint64(math.MaxUint64)
	extremes := []recordKey{{0, 0}, {0, maxU64}, {1, 0}, {1, maxU64}, {2, 7}, {maxU32 - 1, 0}, {maxU32 - 1, maxU64}, {maxU32, 0}, {maxU32, 1}, {maxU32, maxU64}}
	atBounds := func(p *policy.Policy, epoch uint64) func(int, *telemetry.Event) {
		start, last, _ := summary.EpochBounds(p, epoch)
		b := p.RecordBounds
		return func(i int, ev *telemetry.Event) {
			if i%2 == 0 {
				ev.Time, ev.EnergyWh, ev.FeeCents, ev.SoHPermille, ev.SoCIn, ev.SoCOut = int64(start), b.MinEnergyWh, 0, b.MinSoHPermille, 0, 0
			} else {
				ev.Time, ev.EnergyWh, ev.FeeCents, ev.SoHPermille, ev.SoCIn, ev.SoCOut = int64(last), b.MaxEnergyWh, b.MaxFeeCents, telemetry.MaxSoH, telemetry.MaxSoC, telemetry.MaxSoC
			}
		}
	}
	mk := func(name string, p *policy.Policy, epoch uint64, keys []recordKey, edit func(int, *telemetry.Event)) epochCase {
		return epochCase{name: name, pool: testPool, policy: p, epoch: epoch, events: eventsOf(testPool, p, epoch, keys, edit)}
	}
	spanning := grid(5, 1)
	for s := range 9 {
		spanning = append(spanning, recordKey{3, uint64(100 + s)})
	}
	oneThenFour := grid(1, 8)
	for c := range 4 {
		oneThenFour = append(oneThenFour, recordKey{uint32(10 + c), 1})
	}
	cases := []epochCase{
		mk("no records", daily, e, nil, nil),
		mk("k−1 cabinets", daily, e, grid(4, 1), nil),
		mk("k−1 cabinets over three chunks", daily, e, grid(4, 6), nil),
		mk("exactly k cabinets", daily, e, grid(5, 1), nil),
		mk("the extreme keys and values at every bound", daily, e, extremes, atBounds(daily, e)),
		mk("one full chunk", daily, e, grid(8, 1), nil),
		mk("a full chunk and one record", daily, e, grid(9, 1), nil),
		mk("three full chunks", daily, e, grid(6, 4), atBounds(daily, e)),
		mk("a cabinet spanning a chunk boundary", daily, e, spanning, nil),
		mk("one cabinet fills chunk 0, k−1 others in chunk 1", daily, e, oneThenFour, nil),
		mk("epoch 0", daily, 0, extremes, atBounds(daily, 0)),
		mk("the last daily epoch of 32-bit time", daily, lastEpoch(daily), extremes, atBounds(daily, lastEpoch(daily))),
		mk("the last weekly epoch", pols[1], lastEpoch(pols[1]), grid(5, 2), atBounds(pols[1], lastEpoch(pols[1]))),
		mk("the last hourly epoch, widest bounds", wide, lastEpoch(wide), extremes, atBounds(wide, lastEpoch(wide))),
		mk("k = 1: one record, cabinet 0 seq 0", wide, e*24, []recordKey{{0, 0}}, nil),
		mk("k = 1: one record, cabinet 2^32−1 seq 2^64−1", wide, e*24, []recordKey{{maxU32, maxU64}}, nil),
		mk("k = 1: one cabinet over three chunks up to seq 2^64−1", wide, e*24, func() []recordKey {
			var ks []recordKey
			for s := range 24 {
				ks = append(ks, recordKey{maxU32, maxU64 - uint64(s)})
			}
			return ks
		}(), atBounds(wide, e*24)),
		mk("every value at its 32-bit maximum, 24 records", wide, e*24, grid(3, 8), func(_ int, ev *telemetry.Event) {
			ev.EnergyWh, ev.FeeCents = maxU32, maxU32
		}),
		mk("narrowest bounds, k = 3", narrow, 2*e, grid(3, 3), atBounds(narrow, 2*e)),
		mk("narrowest bounds, k − 1", narrow, 2*e, grid(2, 3), atBounds(narrow, 2*e)),
		{name: "a 31-byte pool id", pool: telemetry.PoolID(strings.Repeat("z", telemetry.MaxPoolIDLen)), policy: daily, epoch: e,
			events: eventsOf(telemetry.PoolID(strings.Repeat("z", telemetry.MaxPoolIDLen)), daily, e, grid(5, 2), nil)},
	}
	// One record just outside a bound or the epoch, in the first, middle or
	// last chunk of a three-chunk epoch, under the daily and the narrow
	// policy.
	for _, p := range []*policy.Policy{daily, narrow} {
		epoch := uint64(e)
		if p == narrow {
			epoch = 2 * e
		}
		for _, v := range violations {
			for _, at := range []int{0, 12, 20} {
				keys := grid(7, 3)
				evs := eventsOf(testPool, p, epoch, keys, nil)
				if !v.apply(p, epoch, &evs[at]) {
					continue
				}
				cases = append(cases, epochCase{name: fmt.Sprintf("%s: %s at record %d", p.ID, v.name, at), pool: testPool, policy: p, epoch: epoch, events: evs})
			}
		}
	}
	for i, c := range cases {
		if c.pool == "" {
			t.Fatalf("edge %d has no pool", i)
		}
	}
	return cases
}

// violations push one record just outside the policy or the epoch; apply
// reports false when the policy leaves no room (a bound at the model's
// limit, or an epoch whose neighbours lie in another week).
var violations = []struct {
	name  string
	apply func(p *policy.Policy, epoch uint64, e *telemetry.Event) bool
}{
	{"energy_wh below the minimum", func(p *policy.Policy, _ uint64, e *telemetry.Event) bool {
		if p.RecordBounds.MinEnergyWh == 0 {
			return false
		}
		e.EnergyWh = p.RecordBounds.MinEnergyWh - 1
		return true
	}},
	{"energy_wh above the maximum", func(p *policy.Policy, _ uint64, e *telemetry.Event) bool {
		if p.RecordBounds.MaxEnergyWh == math.MaxUint32 {
			return false
		}
		e.EnergyWh = p.RecordBounds.MaxEnergyWh + 1
		return true
	}},
	{"fee_cents above the maximum", func(p *policy.Policy, _ uint64, e *telemetry.Event) bool {
		if p.RecordBounds.MaxFeeCents == math.MaxUint32 {
			return false
		}
		e.FeeCents = p.RecordBounds.MaxFeeCents + 1
		return true
	}},
	{"soh_permille below the minimum", func(p *policy.Policy, _ uint64, e *telemetry.Event) bool {
		if p.RecordBounds.MinSoHPermille == 0 {
			return false
		}
		e.SoHPermille = p.RecordBounds.MinSoHPermille - 1
		return true
	}},
	{"time a second before the epoch", func(p *policy.Policy, epoch uint64, e *telemetry.Event) bool {
		start, last, _ := summary.EpochBounds(p, epoch)
		if start == 0 || !inOneWeek(start-1, last) {
			return false
		}
		e.Time = int64(start - 1)
		return true
	}},
	{"time a second after the epoch", func(p *policy.Policy, epoch uint64, e *telemetry.Event) bool {
		start, last, _ := summary.EpochBounds(p, epoch)
		if !inOneWeek(start, last+1) {
			return false
		}
		e.Time = int64(last + 1)
		return true
	}},
}

// inOneWeek reports whether times a ≤ b lie in one relaxed (weekly) epoch
// whose seconds all fit a 32-bit time, so relax can summarize an epoch with
// a record just outside it.
func inOneWeek(a, b uint64) bool {
	w := uint64(week / time.Second)
	return a/w == b/w && a/w <= (telemetry.MaxTime+1)/w-1
}

// randomEpoch draws one epoch: a policy, an epoch (its first or last one
// now and then), 0 to 3 chunks of records from up to 8 cabinets (0 and
// 2^32−1 among them now and then), seqs from 0, from anywhere, or up to
// 2^64−1, values often at the policy's bounds, and in one epoch in eight one
// record just outside the policy or the epoch.
func randomEpoch(rng *rand.Rand, pols []*policy.Policy, i int) epochCase {
	p := pols[rng.IntN(len(pols))]
	var epoch uint64
	switch rng.IntN(20) {
	case 0:
		epoch = 0
	case 1:
		epoch = lastEpoch(p)
	default:
		epoch = rng.Uint64N(lastEpoch(p) + 1)
	}
	start, last, err := summary.EpochBounds(p, epoch)
	if err != nil {
		panic(err)
	}
	n := rng.IntN(3*chaintest.Capacity + 1)
	m := min(n, 1+rng.IntN(8))
	cabs := map[uint32]bool{}
	if m > 0 && rng.IntN(4) == 0 {
		cabs[0] = true
	}
	if len(cabs) < m && rng.IntN(4) == 0 {
		cabs[math.MaxUint32] = true
	}
	for len(cabs) < m {
		if rng.IntN(2) == 0 {
			cabs[1+rng.Uint32N(20)] = true
		} else {
			cabs[rng.Uint32()] = true
		}
	}
	ids := make([]uint32, 0, m)
	for c := range cabs {
		ids = append(ids, c)
	}
	slices.Sort(ids)
	per := make(map[uint32]int, m)
	for k := range n {
		if k < m {
			per[ids[k]]++
		} else {
			per[ids[rng.IntN(m)]]++
		}
	}
	pick32 := func(lo, hi uint32) uint32 {
		switch rng.IntN(4) {
		case 0:
			return lo
		case 1:
			return hi
		}
		return lo + uint32(rng.Uint64N(uint64(hi-lo)+1))
	}
	b := p.RecordBounds
	var evs []telemetry.Event
	for _, c := range ids {
		k := per[c]
		seqs := make([]uint64, k)
		switch rng.IntN(4) {
		case 0: // from 0
			for s := range seqs {
				if s > 0 {
					seqs[s] = seqs[s-1] + 1 + rng.Uint64N(3)
				}
			}
		case 1: // up to 2^64−1
			for s := k - 1; s >= 0; s-- {
				if s == k-1 {
					seqs[s] = math.MaxUint64
				} else {
					seqs[s] = seqs[s+1] - 1 - rng.Uint64N(3)
				}
			}
		default: // anywhere
			seqs[0] = rng.Uint64N(1 << 62)
			for s := 1; s < k; s++ {
				seqs[s] = seqs[s-1] + 1 + rng.Uint64N(1<<20)
			}
		}
		for _, s := range seqs {
			evs = append(evs, telemetry.Event{
				Pool: testPool, Cabinet: c, Seq: s,
				Time:        int64(uint64(pick32(0, uint32(last-start))) + start),
				EnergyWh:    pick32(b.MinEnergyWh, b.MaxEnergyWh),
				FeeCents:    pick32(0, b.MaxFeeCents),
				SoCIn:       uint8(pick32(0, telemetry.MaxSoC)),
				SoCOut:      uint8(pick32(0, telemetry.MaxSoC)),
				SoHPermille: uint16(pick32(uint32(b.MinSoHPermille), telemetry.MaxSoH)),
				BatteryIn:   "B-IN", BatteryOut: "B-OUT",
			})
		}
	}
	name := fmt.Sprintf("random epoch %d (%s epoch %d, %d records, %d cabinets)", i, p.ID, epoch, n, m)
	if n > 0 && rng.IntN(8) == 0 {
		v := violations[rng.IntN(len(violations))]
		at := rng.IntN(n)
		if v.apply(p, epoch, &evs[at]) {
			name += ", " + v.name
		}
	}
	canonical(evs)
	return epochCase{name: name, pool: testPool, policy: p, epoch: epoch, events: evs}
}

package offshore_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// boundsRef are the reference figures of the bounds test: inside every
// maximum of the daily policy, and with room above for each growth bound
// (health 600‰ may grow 50 % to 900‰, below its maximum of 1000‰).
var boundsRef = [5]uint64{1000, 2_500_000, 2_000_000, 40, 600}

// submitAt submits d (its figures proven by the Shape circuit under the
// registry's terms for d's policy, signed by two members), or with dryRun
// only eth_calls it.
func (e *env) submitAt(d *disclosure.Disclosure, terms disclosure.Terms, dryRun bool) error {
	e.t.Helper()
	proof := e.proveTerms(d, terms)
	if dryRun {
		_, err := e.chain().Call(e.ctx, addr(e.others[0]), e.addrs.Registry, registry.Calldata(single(d, proof), e.sign(d, 0, 1)))
		return err
	}
	_, err := e.submit(d, proof, e.sign(d, 0, 1))
	return err
}

// figures returns a disclosure of pool's epoch with the given metrics.
func (e *env) figures(pool *big.Int, epoch uint64, policyHash *big.Int, m [5]uint64) disclosure.Disclosure {
	d := e.goodDisclosure(epoch)
	d.Pool, d.PolicyHash, d.Metrics = pool, policyHash, m
	return d
}

// checkBounds runs metric i of pool's epoch against its limits around ref
// (eth_call only: nothing is recorded): at, just inside and just outside
// the growth bound, and, unless noDrop, the drop bound.
func (e *env) checkBounds(t *testing.T, pool *big.Int, epoch uint64, i int, ref [5]uint64, noDrop bool) {
	t.Helper()
	s := e.policy.Sanity[policy.Metric(i)]
	r := ref[i]
	up := r + r*uint64(s.MaxGrowthBP)/10_000
	down := r - r*uint64(s.MaxDropBP)/10_000
	cases := []struct {
		v    uint64
		want string
	}{{up, ""}, {up - 1, ""}, {up + 1, "GrowthBoundExceeded"}}
	if !noDrop {
		cases = append(cases, []struct {
			v    uint64
			want string
		}{{down, ""}, {down + 1, ""}, {down - 1, "DropBoundExceeded"}}...)
	}
	for _, c := range cases {
		m := ref
		m[i] = c.v
		d := e.figures(pool, epoch, e.policy.Hash().BigInt(), m)
		err := e.submitAt(&d, disclosure.TermsOf(e.policy), true)
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s = %d (reference %d, limits [%d, %d]): %v", policy.Metric(i), c.v, r, down, up, err)
		case c.want != "" && revertOf(err) != c.want:
			t.Errorf("%s = %d (reference %d, limits [%d, %d]): got %v, want %s", policy.Metric(i), c.v, r, down, up, err, c.want)
		}
	}
}

// revertOf names err's custom error ("" for nil).
func revertOf(err error) string {
	if err == nil {
		return ""
	}
	return onchain.RevertName(err)
}

// Item 3 of issue #12: the growth and drop bounds compare each metric with
// its reference, the last nonzero value the pool showed, which neither a
// zero, a suppressed epoch nor an epoch under a policy withholding the
// metric resets; each bound is tested at, just inside and just outside its
// limit.
func TestItem3BoundsHoldAfterAZeroASuppressedAndAWithheldEpoch(t *testing.T) {
	e := newEnv(t)
	pool := testPool.Field()
	mask := uint8(e.policy.Disclose)

	// A second pool whose bounds let a metric drop to 0, for the zero
	// epochs: the revenue 2,000,000 → 0 → 50,000,000,000.
	zeroPool := telemetry.PoolID("pool-zero").Field()
	cfg, err := deploy.PoolConfig(e.policy, e.addrs.Verifier, common.Address{}, e.first)
	if err != nil {
		t.Fatal(err)
	}
	for i := range cfg.MaxDropBp {
		cfg.MaxDropBp[i] = 10_000
	}
	changes := []governance.Change{governance.ConfigurePool(e.addrs.Registry, zeroPool, cfg),
		governance.AllowPolicy(e.addrs.Registry, zeroPool, e.policy.Hash().BigInt(), 3000, mask)}
	// Policies withholding one metric each (the Shape circuit proves any
	// policy hash; the registry knows the disclosed set from allowPolicy).
	withholding := func(i int) *big.Int { return big.NewInt(int64(1000 + i)) }
	for i := range 5 {
		changes = append(changes, governance.AllowPolicy(e.addrs.Registry, pool, withholding(i), 0, mask&^(1<<i)))
	}
	e.mustGovern(changes...)

	// Twelve more ended epochs than a new deployment has.
	e.advance(12 * time.Duration(e.policy.EpochSeconds()) * time.Second)

	// The first epoch sets every reference; nothing bounds it but the maxima.
	for _, p := range []*big.Int{pool, zeroPool} {
		d := e.figures(p, e.first, e.policy.Hash().BigInt(), boundsRef)
		if err := e.submitAt(&d, disclosure.TermsOf(e.policy), false); err != nil {
			t.Fatalf("the first epoch: %v", err)
		}
	}
	epoch := e.first + 1

	t.Run("a zero below the drop bound is refused", func(t *testing.T) {
		for i := range 5 {
			m := boundsRef
			m[i] = 0
			d := e.figures(pool, epoch, e.policy.Hash().BigInt(), m)
			if got := revertOf(e.submitAt(&d, disclosure.TermsOf(e.policy), true)); got != "DropBoundExceeded" {
				t.Errorf("%s = 0 after %d: %q, want DropBoundExceeded", policy.Metric(i), boundsRef[i], got)
			}
		}
	})

	t.Run("every bound at, inside and outside its limit", func(t *testing.T) {
		for i := range 5 {
			e.checkBounds(t, pool, epoch, i, boundsRef, false)
		}
	})

	// A suppressed epoch: no figures, no reset.
	sup := e.figures(pool, epoch, e.policy.Hash().BigInt(), [5]uint64{})
	sup.Suppressed = true
	if err := e.submitAt(&sup, disclosure.TermsOf(e.policy), false); err != nil {
		t.Fatalf("a suppressed epoch: %v", err)
	}
	epoch++
	t.Run("after a suppressed epoch", func(t *testing.T) {
		for i := range 5 {
			e.checkBounds(t, pool, epoch, i, boundsRef, false)
		}
	})

	// Epochs under policies withholding one metric each: the withheld
	// metric is 0 and no bound applies to it; its reference stays.
	for i := range 5 {
		m := boundsRef
		m[i] = 0
		d := e.figures(pool, epoch, withholding(i), m)
		terms := disclosure.TermsOf(e.policy)
		terms.Disclosed &^= 1 << i
		if err := e.submitAt(&d, terms, false); err != nil {
			t.Fatalf("an epoch withholding %s: %v", policy.Metric(i), err)
		}
		epoch++
		t.Run(fmt.Sprintf("after an epoch withholding %s", policy.Metric(i)), func(t *testing.T) {
			e.checkBounds(t, pool, epoch, i, boundsRef, false)
		})
	}

	// The zero pool: a zero passes its 100 % drop bound, and the metric's
	// growth is still bounded by the reference before the zero.
	zepoch := e.first + 1
	for i := range 5 {
		m := boundsRef
		m[i] = 0
		d := e.figures(zeroPool, zepoch, e.policy.Hash().BigInt(), m)
		if err := e.submitAt(&d, disclosure.TermsOf(e.policy), false); err != nil {
			t.Fatalf("a zero %s in the zero pool: %v", policy.Metric(i), err)
		}
		zepoch++
		t.Run(fmt.Sprintf("after a zero %s", policy.Metric(i)), func(t *testing.T) {
			e.checkBounds(t, zeroPool, zepoch, i, boundsRef, true)
		})
	}
	// The case, verbatim: revenue 2,000,000 → 0 → 50,000,000,000.
	m := boundsRef
	m[2] = 50_000_000_000
	d := e.figures(zeroPool, zepoch, e.policy.Hash().BigInt(), m)
	if got := revertOf(e.submitAt(&d, disclosure.TermsOf(e.policy), true)); got != "GrowthBoundExceeded" {
		t.Fatalf("revenue 50,000,000,000 after 2,000,000 and a zero: %q, want GrowthBoundExceeded", got)
	}
}

// Item 4 of issue #12: every ended epoch of a pool gets exactly one
// disclosure, in order from the pool's first: one with figures, or a
// suppressed one for an epoch with fewer active cabinets than the policy's
// k or no records at all, proven by the real circuit and attested like any
// other. A later epoch can not overtake an earlier one.
func TestItem4EpochsAreDisclosedInOrderSuppressedOnesIncluded(t *testing.T) {
	ctx := context.Background()
	c, dep := realDeployment(t)
	first := dep.Addresses.FirstEpoch
	next := func() uint64 {
		out, err := c.Sim.Chain.Call(ctx, chaintest.Address(c.Admin), dep.Addresses.Registry, registryABI.PackNextEpoch(testPool.Field()))
		if err != nil {
			t.Fatal(err)
		}
		n, err := registryABI.UnpackNextEpoch(out)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := next(); n != first {
		t.Fatalf("next epoch %d before any disclosure, want the first %d", n, first)
	}

	// The second epoch can not go first.
	early, err := dep.Prove(ctx, first+1, 40, 6, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := dep.Sign(early, dep.Members()...); err != nil {
		t.Fatal(err)
	}
	err = dep.Submit(ctx, early)
	wantRevert(t, err, "EpochNotNext")

	// Figures, then an epoch below k (3 cabinets, k = 5), then one without
	// records, then figures again: each the next, each really proven.
	k := dep.Policy.MinActiveCabinets
	steps := []struct {
		n, cabinets int
		suppressed  bool
	}{{40, 6, false}, {12, int(k) - 2, true}, {0, 1, true}, {40, 6, false}}
	for i, s := range steps {
		epoch := first + uint64(i)
		x, err := dep.Disclose(ctx, epoch, s.n, s.cabinets, uint64(10+i), dep.Members()...)
		if err != nil {
			t.Fatalf("epoch %d (%d records, %d cabinets): %v", epoch, s.n, s.cabinets, err)
		}
		if x.Bundle.Suppressed != s.suppressed || x.Submission.Disclosure.Suppressed != s.suppressed {
			t.Fatalf("epoch %d of %d cabinets: suppressed %v, want %v", epoch, s.cabinets, x.Bundle.Suppressed, s.suppressed)
		}
		var ev *bindings.DisclosureRegistryDisclosureAccepted
		for _, l := range x.Receipt.Logs {
			if a, err := registryABI.UnpackDisclosureAcceptedEvent(l); err == nil {
				ev = a
			}
		}
		if ev == nil || ev.Epoch != epoch || ev.Suppressed != s.suppressed || (s.suppressed && ev.Metrics != [5]uint64{}) {
			t.Fatalf("epoch %d: event %+v", epoch, ev)
		}
		prev := uint64(0)
		if i > 0 {
			prev = epoch
		}
		if ev.PrevPlusOne != prev {
			t.Fatalf("epoch %d: prevPlusOne %d, want %d", epoch, ev.PrevPlusOne, prev)
		}
		if n := next(); n != epoch+1 {
			t.Fatalf("next epoch %d after %d", n, epoch)
		}
	}
	// The earlier epoch, already disclosed, can not be disclosed again, and
	// a gap can not be opened (two days later, the next epoch and the one
	// after it have ended).
	err = dep.Submit(ctx, early)
	wantRevert(t, err, "DuplicateEpoch")
	if err := c.Sim.Advance(2 * time.Duration(dep.Policy.EpochSeconds()) * time.Second); err != nil {
		t.Fatal(err)
	}
	skip, err := dep.Prove(ctx, first+len64(steps)+1, 40, 6, 99)
	if err != nil {
		t.Fatal(err)
	}
	if err := dep.Sign(skip, dep.Members()...); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, dep.Submit(ctx, skip), "EpochNotNext")
}

func len64[T any](s []T) uint64 { return uint64(len(s)) }

// Item 5 of issue #12: the epoch length and disclosed set a proof was made
// under are in its header input, which the registry fills in from the
// pool's epoch length and the policy's declared set: a real proof made
// under the daily policy does not verify in a weekly pool that allows it,
// nor under a declaration of another disclosed set.
func TestItem5AProofOnlyVerifiesUnderItsOwnEpochLengthAndDisclosedSet(t *testing.T) {
	ctx := context.Background()
	set := summaryKeys(t)
	c, dep := realDeployment(t)
	daily := dep.Policy
	weekly, err := policies.ByID("battery-swap-weekly")
	if err != nil {
		t.Fatal(err)
	}
	now, err := c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	admin := func(ch governance.Change) {
		t.Helper()
		if _, err := dep.Govern(ctx, ch); err != nil {
			t.Fatal(err)
		}
	}
	reg := dep.Addresses.Registry
	// A weekly pool whose first week ended; the daily policy allowed in it
	// with its own disclosed set.
	weeklyPool := telemetry.PoolID("pool-weekly")
	week := now/weekly.EpochSeconds() - 2
	cfg, err := deploy.PoolConfig(weekly, dep.Addresses.Verifier, common.Address{}, week)
	if err != nil {
		t.Fatal(err)
	}
	admin(governance.ConfigurePool(reg, weeklyPool.Field(), cfg))
	admin(governance.AllowPolicy(reg, weeklyPool.Field(), daily.Hash().BigInt(), 3000, uint8(daily.Disclose)))
	// The daily proof of "epoch week" (a day in the 1970s) under the
	// daily policy: valid as a proof, not for this pool's epoch length.
	evs, err := sim.EpochEvents(weeklyPool, daily, week, 40, 6, 5)
	if err != nil {
		t.Fatal(err)
	}
	b, err := chaintest.ProveEpoch(ctx, set, weeklyPool, daily, week, evs)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	x := &chaintest.Disclosure{Epoch: week, Bundle: b, Submission: sub}
	if err := dep.Sign(x, dep.Members()...); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, dep.Submit(ctx, x), "ProofInvalid")

	// In the daily pool, the same kind of proof verifies, until the
	// policy is declared with another disclosed set.
	good, err := dep.Prove(ctx, dep.Addresses.FirstEpoch, 40, 6, 6)
	if err != nil {
		t.Fatal(err)
	}
	if err := dep.Sign(good, dep.Members()...); err != nil {
		t.Fatal(err)
	}
	admin(governance.AllowPolicy(reg, testPool.Field(), daily.Hash().BigInt(), 3000, uint8(daily.Disclose^1<<policy.MinSoHPermille)))
	wantRevert(t, dep.Submit(ctx, good), "ProofInvalid")
	admin(governance.AllowPolicy(reg, testPool.Field(), daily.Hash().BigInt(), 3000, uint8(daily.Disclose)))
	if err := dep.Submit(ctx, good); err != nil {
		t.Fatalf("under its own terms: %v", err)
	}
}

// Item 6 of issue #12: the epoch root of a multi-chunk epoch is refused
// outside the scalar field like every other field element (r+5 and
// 2^256−1 were once accepted when signed): RootNotInField, before any
// proof is checked.
func TestItem6AMultiChunkEpochRootOutsideTheFieldIsRefused(t *testing.T) {
	e := newEnv(t)
	r := ecc.BN254.ScalarField()
	rng := rand.New(rand.NewPCG(6, 6))
	for _, root := range []*big.Int{new(big.Int).Add(r, big.NewInt(5)), new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))} {
		s := randomChunks(rng, e.goodDisclosure(e.first), 3)
		s.Terms = disclosure.TermsOf(e.policy)
		s.Disclosure.Root = root
		_, err := e.submitChunks(s, e.sign(&s.Disclosure, 0, 1))
		wantRevert(t, err, "RootNotInField")
	}
}

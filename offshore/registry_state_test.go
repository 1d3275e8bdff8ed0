package offshore_test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestAnEpochIsDisclosedOnceWhateverTheProofBytes(t *testing.T) {
	e := newEnv(t)
	epoch := e.first + 1
	e.mustSubmit(e.first)
	d := e.mustSubmit(epoch)
	// The same figures again, and a fresh (re-randomised) proof of them.
	again := e.prove(&d)
	for name, proof := range map[string][]byte{"a fresh proof": again, "a flipped byte": append([]byte{}, again...)} {
		if name == "a flipped byte" {
			proof[10] ^= 1
		}
		t.Run(name, func(t *testing.T) {
			_, err := e.submit(&d, proof, e.sign(&d, 1, 2))
			wantRevert(t, err, "DuplicateEpoch")
		})
	}
	t.Run("other figures for the same epoch", func(t *testing.T) {
		o := d
		o.Metrics[0]++
		_, err := e.submit(&o, e.prove(&o), e.sign(&o, 0, 1))
		wantRevert(t, err, "DuplicateEpoch")
	})
	t.Run("an earlier epoch after a later one", func(t *testing.T) {
		o := e.goodDisclosure(epoch - 1)
		_, err := e.submit(&o, e.prove(&o), e.sign(&o, 0, 1))
		wantRevert(t, err, "DuplicateEpoch")
	})
	t.Run("an epoch before the pool's first", func(t *testing.T) {
		o := e.goodDisclosure(e.first - 1)
		_, err := e.submit(&o, e.prove(&o), e.sign(&o, 0, 1))
		wantRevert(t, err, "EpochNotNext")
	})
}

func TestGrowthIsBoundedAgainstTheDisclosedPreviousEpoch(t *testing.T) {
	e := newEnv(t)
	epoch := e.first
	prev := e.mustSubmit(epoch)
	// swaps may at most triple (+20000 bp) over the previous epoch.
	d := e.goodDisclosure(epoch + 1)
	d.Metrics[0] = prev.Metrics[0]*3 + 1
	_, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1))
	wantRevert(t, err, "GrowthBoundExceeded")
	d.Metrics[0] = prev.Metrics[0] * 3
	if _, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1)); err != nil {
		t.Fatalf("growth at the bound: %v", err)
	}
	// No gap can reset the bound: the epoch after next is refused.
	g := e.goodDisclosure(epoch + 3)
	g.Metrics[0] = 9_000_000
	_, err = e.submit(&g, e.prove(&g), e.sign(&g, 0, 1))
	wantRevert(t, err, "EpochNotNext")
}

func TestAPausedRegistryRejectsSubmissionsButServesReads(t *testing.T) {
	e := newEnv(t)
	epoch := e.first
	d := e.mustSubmit(epoch)
	if err := e.send(e.addrs.Registry, registryABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	n := e.goodDisclosure(epoch + 1)
	_, err := e.submit(&n, e.prove(&n), e.sign(&n, 0, 1))
	wantRevert(t, err, "EnforcedPause")
	if _, err := registryABI.UnpackDisclosedAt(e.call(e.addrs.Registry, registryABI.PackDisclosedAt(registry.Binding(&d)))); err != nil {
		t.Fatalf("read while paused: %v", err)
	}
	if _, err := registryABI.UnpackIsStale(e.call(e.addrs.Registry, registryABI.PackIsStale(testPool.Field()))); err != nil {
		t.Fatalf("isStale while paused: %v", err)
	}
	wantRevert(t, e.sendFrom(e.others[1], e.addrs.Registry, registryABI.PackUnpause()), "AccessControlUnauthorizedAccount")
	// The guardian who paused cannot unpause: that waits out the delay.
	wantRevert(t, e.send(e.addrs.Registry, registryABI.PackUnpause()), "AccessControlUnauthorizedAccount")
	e.mustGovern(governance.Unpause(e.addrs.Registry))
	if _, err := e.submit(&n, e.prove(&n), e.sign(&n, 0, 1)); err != nil {
		t.Fatalf("after unpause: %v", err)
	}
}

func TestADeactivatedPoolRejectsSubmissions(t *testing.T) {
	e := newEnv(t)
	if err := e.send(e.addrs.Registry, registryABI.PackDeactivatePool(testPool.Field())); err != nil {
		t.Fatal(err)
	}
	d := e.goodDisclosure(e.first)
	_, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1))
	wantRevert(t, err, "PoolNotActive")
}

func TestStalenessFollowsTheEpochLength(t *testing.T) {
	e := newEnv(t)
	stale := func() bool {
		v, err := registryABI.UnpackIsStale(e.call(e.addrs.Registry, registryABI.PackIsStale(testPool.Field())))
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if !stale() {
		t.Fatal("a pool with no disclosure whose first epoch ended long ago is not stale")
	}
	// Disclose up to the epoch that just ended: fresh until the next one
	// has ended too.
	for ep := e.first; ep <= e.endedEpoch(1); ep++ {
		e.mustSubmit(ep)
		if ep < e.endedEpoch(2) && !stale() {
			t.Fatalf("not stale with epoch %d disclosed, %d ended", ep, e.endedEpoch(1))
		}
	}
	if stale() {
		t.Fatal("stale right after disclosing the last ended epoch")
	}
	e.advance(time.Duration(e.policy.EpochSeconds()) * time.Second)
	if !stale() {
		t.Fatal("not stale one whole epoch later")
	}
}

func TestTheCommitteeCanRotateAndOldMembersStopCounting(t *testing.T) {
	e := newEnv(t)
	fresh := []common.Address{addr(e.others[2]), addr(e.others[3]), addr(e.members[0])}
	wantRevert(t, e.sendFrom(e.others[1], e.addrs.Registry, registryABI.PackSetCommittee(fresh, 2)), "AccessControlUnauthorizedAccount")
	wantRevert(t, e.send(e.addrs.Registry, registryABI.PackSetCommittee(fresh, 2)), "AccessControlUnauthorizedAccount")
	e.mustGovern(governance.SetCommittee(e.addrs.Registry, fresh, 2))
	// On chain: the members' hash, threshold and version; the members are
	// in the CommitteeSet event, which CurrentCommittee checks against it.
	raw, err := registryABI.UnpackCommittee(e.call(e.addrs.Registry, registryABI.PackCommittee()))
	if err != nil || raw.Version != 2 || raw.Threshold != 2 || raw.MembersHash != registry.MembersHash(fresh) {
		t.Fatalf("committee() %+v, %v", raw, err)
	}
	c, err := (&registry.Reader{Chain: e.chain(), Address: e.addrs.Registry}).CurrentCommittee(e.ctx, nil)
	if err != nil || c.Version != 2 || c.Threshold != 2 || len(c.Members) != 3 || c.Members[2] != fresh[2] {
		t.Fatalf("committee %+v, %v", c, err)
	}
	for i, k := range []*ecdsa.PrivateKey{e.others[2], e.members[1]} {
		out, err := registryABI.UnpackIsMember(e.call(e.addrs.Registry, registryABI.PackIsMember(addr(k))))
		if err != nil || out != (i == 0) {
			t.Fatalf("isMember of %s: %v, %v", addr(k), out, err)
		}
	}
	d := e.goodDisclosure(e.first)
	_, err = e.submit(&d, e.prove(&d), e.sign(&d, 0, 1)) // members[1] left
	wantRevert(t, err, "InvalidSignature")
}

func TestEveryBadCommitteeConfigurationReverts(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(7, 7))
	pool := []common.Address{{}, addr(e.others[0]), addr(e.others[1]), addr(e.others[2]), addr(e.others[3]), addr(e.admin)}
	accepted, rejected := 0, 0
	type attempt struct {
		members []common.Address
		k       int
		want    string
	}
	var attempts []attempt
	var changes []governance.Change
	for i := range 60 {
		n := rng.IntN(8)
		if i == 0 {
			n = 33 // too large
		}
		members := make([]common.Address, n)
		for j := range members {
			if n > 8 {
				members[j] = common.BigToAddress(new(big.Int).Lsh(big.NewInt(1), uint(j)))
				continue
			}
			members[j] = pool[rng.IntN(len(pool))]
		}
		k := rng.IntN(n + 2)
		attempts = append(attempts, attempt{members, k, expectedCommitteeError(members, k)})
		changes = append(changes, governance.SetCommittee(e.addrs.Registry, members, uint8(k)))
	}
	for i, err := range e.governEach(changes...) {
		members, k, want := attempts[i].members, attempts[i].k, attempts[i].want
		if want == "" {
			if err != nil {
				t.Fatalf("valid committee %v k=%d rejected: %v", members, k, err)
			}
			accepted++
			continue
		}
		wantRevert(t, err, want)
		rejected++
	}
	if accepted == 0 || rejected == 0 {
		t.Fatalf("fuzz covered %d accepted, %d rejected: widen it", accepted, rejected)
	}
}

// expectedCommitteeError mirrors setCommittee's checks in their order.
func expectedCommitteeError(members []common.Address, k int) string {
	n := len(members)
	switch {
	case n == 0:
		return "CommitteeEmpty"
	case n > 32:
		return "CommitteeTooLarge"
	case 2*k <= n:
		return "ThresholdNotMajority"
	case k > n:
		return "ThresholdAboveSize"
	}
	seen := map[common.Address]bool{}
	for _, m := range members {
		if m == (common.Address{}) {
			return "ZeroSigner"
		}
		if seen[m] {
			return "DuplicateSigner"
		}
		seen[m] = true
	}
	return ""
}

func TestPoolAndPolicyConfigurationIsCheckedAndAdminOnly(t *testing.T) {
	e := newEnv(t)
	cfg, err := deploy.PoolConfig(e.policy, e.addrs.Verifier, e.addrs.Token, e.addrs.FirstEpoch)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"pool id zero", registryABI.PackConfigurePool(big.NewInt(0), cfg), "PoolIdInvalid"},
		{"pool id of 32 bytes", registryABI.PackConfigurePool(new(big.Int).Lsh(big.NewInt(1), 248), cfg), "PoolIdInvalid"},
		{"no verifier", registryABI.PackConfigurePool(big.NewInt(1), withVerifier(cfg, common.Address{})), "VerifierZero"},
		{"epoch length zero", registryABI.PackConfigurePool(big.NewInt(1), withEpoch(cfg, 0)), "EpochLengthInvalid"},
		{"epoch length beyond 2^20 s", registryABI.PackConfigurePool(big.NewInt(1), withEpoch(cfg, 1<<20+1)), "EpochLengthInvalid"},
		{"a maximum wider than its packed metric", registryABI.PackConfigurePool(big.NewInt(1), withMax(cfg, 4, 1<<16)), "SanityBoundTooWide"},
		{"a drop bound above 100 %", registryABI.PackConfigurePool(big.NewInt(1), withDrop(cfg, 2, 10_001)), "DropBoundInvalid"},
		{"a policy in an unconfigured pool", registryABI.PackAllowPolicy(big.NewInt(2), big.NewInt(1), 0, 1), "PoolNotConfigured"},
		{"policy hash zero", registryABI.PackAllowPolicy(testPool.Field(), big.NewInt(0), 0, 1), "PolicyHashInvalid"},
		{"payout share above 100 %", registryABI.PackAllowPolicy(testPool.Field(), big.NewInt(1), 10_001, 1), "PayoutShareInvalid"},
		{"a policy disclosing nothing", registryABI.PackAllowPolicy(testPool.Field(), big.NewInt(1), 0, 0), "DisclosedSetInvalid"},
		{"a disclosed set beyond the five metrics", registryABI.PackAllowPolicy(testPool.Field(), big.NewInt(1), 0, 1<<5), "DisclosedSetInvalid"},
		{"activating an unconfigured pool", registryABI.PackActivatePool(big.NewInt(2)), "PoolNotConfigured"},
		{"withdrawing a policy of an unconfigured pool", registryABI.PackDisallowPolicy(big.NewInt(2), e.policy.Hash().BigInt()), "PoolNotConfigured"},
		{"withdrawing a policy never allowed", registryABI.PackDisallowPolicy(testPool.Field(), big.NewInt(12345)), "PolicyNotAllowed"},
		{"configuring an existing pool again", registryABI.PackConfigurePool(testPool.Field(), cfg), "PoolAlreadyConfigured"},
		{"sanity bounds of an unconfigured pool", registryABI.PackSetSanityBounds(big.NewInt(2), cfg.MaxValue, cfg.MaxGrowthBp, cfg.MaxDropBp), "PoolNotConfigured"},
		{"a sanity bound wider than its packed metric", registryABI.PackSetSanityBounds(testPool.Field(), withMax(cfg, 4, 1<<16).MaxValue, cfg.MaxGrowthBp, cfg.MaxDropBp), "SanityBoundTooWide"},
		{"upgrading the verifier of an unconfigured pool", registryABI.PackUpgradeVerifier(big.NewInt(2), e.addrs.Verifier, [32]byte(e.addrs.VKHash)), "PoolNotConfigured"},
		{"upgrading to no verifier", registryABI.PackUpgradeVerifier(testPool.Field(), common.Address{}, [32]byte(e.addrs.VKHash)), "VerifierZero"},
		{"upgrading to a verifier of another key", registryABI.PackUpgradeVerifier(testPool.Field(), e.addrs.Verifier, [32]byte{1}), "VerifierKeyMismatch"},
	}
	var changes []governance.Change
	for _, c := range cases {
		changes = append(changes, governance.Change{Target: e.addrs.Registry, Data: c.data})
	}
	errs := e.governEach(changes...)
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantRevert(t, errs[i], c.want) })
	}
	for who, k := range map[string]*ecdsa.PrivateKey{"a stranger": e.others[0], "the deployer": e.admin} {
		t.Run(who+" configuring a pool directly", func(t *testing.T) {
			wantRevert(t, e.sendFrom(k, e.addrs.Registry, registryABI.PackConfigurePool(big.NewInt(1), cfg)), "AccessControlUnauthorizedAccount")
		})
	}
}

func TestAProofForAnotherPoolIsRejected(t *testing.T) {
	e := newEnv(t)
	other := telemetry.PoolID("pool-b")
	cfg, err := deploy.PoolConfig(e.policy, e.addrs.Verifier, e.addrs.Token, e.addrs.FirstEpoch)
	if err != nil {
		t.Fatal(err)
	}
	e.mustGovern(governance.ConfigurePool(e.addrs.Registry, other.Field(), cfg),
		governance.AllowPolicy(e.addrs.Registry, other.Field(), e.policy.Hash().BigInt(), 3000, uint8(e.policy.Disclose)))
	a := e.goodDisclosure(e.first)
	b := a
	b.Pool = other.Field()
	_, err = e.submit(&b, e.prove(&a), e.sign(&b, 0, 1))
	wantRevert(t, err, "ProofInvalid")
	if _, err := e.submit(&b, e.prove(&b), e.sign(&b, 0, 1)); err != nil {
		t.Fatalf("pool-b's own proof: %v", err)
	}
}

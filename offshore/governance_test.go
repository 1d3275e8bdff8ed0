package offshore_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/verifier"
)

var timelockABI = bindings.NewRWATimelock()

// newRolesEnv is newEnv with the guardian, operator and agent roles on
// three keys of their own (others[1], others[2], others[3]); the deployer
// (e.admin) keeps only the timelock's proposer and executor roles.
func newRolesEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, func(c *chaintest.Chain) chaintest.DeployOptions {
		return chaintest.DeployOptions{Guardian: c.Funded[1], Operator: c.Funded[2], Agent: c.Funded[3]}
	})
}

// Every function that changes what the registry accepts, and every role
// grant, is the timelock's: the deployer's key (which deployed everything)
// and the role holders get AccessControlUnauthorizedAccount, at once.
func TestItem2NoKeyChangesWhatTheContractsAcceptDirectly(t *testing.T) {
	e := newEnv(t)
	cfg, err := deploy.PoolConfig(e.policy, e.addrs.Verifier, e.addrs.Token, e.first)
	if err != nil {
		t.Fatal(err)
	}
	pool, policy := testPool.Field(), e.policy.Hash().BigInt()
	stranger := addr(e.others[0])
	calls := []struct {
		name string
		to   common.Address
		data []byte
	}{
		{"setCommittee", e.addrs.Registry, registryABI.PackSetCommittee([]common.Address{addr(e.admin)}, 1)},
		{"configurePool", e.addrs.Registry, registryABI.PackConfigurePool(big.NewInt(9), cfg)},
		{"setSanityBounds", e.addrs.Registry, registryABI.PackSetSanityBounds(pool, cfg.MaxValue, cfg.MaxGrowthBp, cfg.MaxDropBp)},
		{"upgradeVerifier", e.addrs.Registry, registryABI.PackUpgradeVerifier(pool, e.addrs.Verifier, [32]byte(e.addrs.VKHash))},
		{"allowPolicy", e.addrs.Registry, registryABI.PackAllowPolicy(pool, policy, 10_000, 1)},
		{"disallowPolicy", e.addrs.Registry, registryABI.PackDisallowPolicy(pool, policy)},
		{"activatePool", e.addrs.Registry, registryABI.PackActivatePool(pool)},
		{"unpause", e.addrs.Registry, registryABI.PackUnpause()},
		{"grantRole on the registry", e.addrs.Registry, registryABI.PackGrantRole(deploy.GuardianRole, stranger)},
		{"revokeRole on the registry", e.addrs.Registry, registryABI.PackRevokeRole(deploy.GuardianRole, addr(e.admin))},
		{"grantRole on the identity registry", e.addrs.IdentityRegistry, identityABI.PackGrantRole(deploy.AgentRole, stranger)},
		{"grantRole on the token", e.addrs.Token, tokenABI.PackGrantRole(deploy.OperatorRole, stranger)},
		{"beginDefaultAdminTransfer of the registry", e.addrs.Registry, registryABI.PackBeginDefaultAdminTransfer(stranger)},
		{"beginDefaultAdminTransfer of the token", e.addrs.Token, tokenABI.PackBeginDefaultAdminTransfer(stranger)},
	}
	for _, c := range calls {
		t.Run(c.name+" by the deployer", func(t *testing.T) {
			wantRevert(t, e.send(c.to, c.data), "AccessControlUnauthorizedAccount")
		})
	}
	t.Run("a timelock delay change by the deployer", func(t *testing.T) {
		wantRevert(t, e.send(e.addrs.Timelock, timelockABI.PackUpdateDelay(big.NewInt(1))), "TimelockUnauthorizedCaller")
	})
	// The deployer keeps no admin role anywhere.
	for name, a := range map[string]common.Address{"registry": e.addrs.Registry, "identity registry": e.addrs.IdentityRegistry, "token": e.addrs.Token} {
		out := e.call(a, registryABI.PackDefaultAdmin())
		admin, err := registryABI.UnpackDefaultAdmin(out)
		if err != nil || admin != e.addrs.Timelock {
			t.Fatalf("%s: default admin %s (%v), want the timelock %s", name, admin, err, e.addrs.Timelock)
		}
	}
}

// A scheduled change is public at once (CallScheduled) and runs only after
// the delay: executing it earlier reverts the timelock's own error.
func TestItem2AScheduledChangeWaitsOutTheDelay(t *testing.T) {
	e := newEnv(t)
	fresh := chaintest.Addresses(chaintest.Committee(3))
	change := governance.SetCommittee(e.addrs.Registry, fresh, 2)
	t.Run("a stranger cannot schedule", func(t *testing.T) {
		data := timelockABI.PackSchedule(change.Target, new(big.Int), change.Data, [32]byte{}, [32]byte{}, big.NewInt(60))
		wantRevert(t, e.sendFrom(e.others[0], e.addrs.Timelock, data), "AccessControlUnauthorizedAccount")
	})
	t.Run("a delay below the minimum is refused", func(t *testing.T) {
		data := timelockABI.PackSchedule(change.Target, new(big.Int), change.Data, [32]byte{}, [32]byte{}, big.NewInt(59))
		wantRevert(t, e.send(e.addrs.Timelock, data), "TimelockInsufficientDelay")
	})
	ops, err := e.dep.Schedule(e.ctx, change)
	if err != nil {
		t.Fatal(err)
	}
	op := ops[0]
	if op.State != governance.Waiting || op.ReadyAt.Unix() != int64(e.now())+60 {
		t.Fatalf("scheduled: %s ready at %s; want waiting, ready at %d+60", op.State, governance.FormatTime(op.ReadyAt), e.now())
	}
	execute := timelockABI.PackExecute(op.Target, new(big.Int), op.Data, op.Predecessor, op.Salt)
	wantRevert(t, e.send(e.addrs.Timelock, execute), "TimelockUnexpectedOperationState")
	_, err = e.dep.Timelock.Execute(e.ctx, e.opts, op.ID)
	if !errors.Is(err, governance.ErrNotReady) || !strings.Contains(err.Error(), "not ready until "+governance.FormatTime(op.ReadyAt)) {
		t.Fatalf("early execute: %v; want ErrNotReady naming %s", err, governance.FormatTime(op.ReadyAt))
	}
	// Just before the ready time (each block adds a second or so).
	e.advance(time.Duration(op.ReadyAt.Unix()-int64(e.now())-5) * time.Second)
	if e.now() >= uint64(op.ReadyAt.Unix())-2 {
		t.Fatalf("the clock overshot: %d, ready at %d", e.now(), op.ReadyAt.Unix())
	}
	wantRevert(t, e.send(e.addrs.Timelock, execute), "TimelockUnexpectedOperationState")
	e.advance(5 * time.Second)
	t.Run("a stranger cannot execute", func(t *testing.T) {
		wantRevert(t, e.sendFrom(e.others[0], e.addrs.Timelock, execute), "AccessControlUnauthorizedAccount")
	})
	r, err := e.dep.Timelock.Execute(e.ctx, e.opts, op.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !hasEvent(r, e.addrs.Timelock, "CallExecuted") || !hasEvent(r, e.addrs.Registry, "CommitteeSet") {
		t.Fatal("execution emitted no CallExecuted and CommitteeSet")
	}
	c, err := (&registry.Reader{Chain: e.chain(), Address: e.addrs.Registry}).CurrentCommittee(e.ctx, nil)
	if err != nil || c.Version != 2 || c.Members[0] != fresh[0] {
		t.Fatalf("committee after execution %+v, %v", c, err)
	}
	if _, err := e.dep.Timelock.Execute(e.ctx, e.opts, op.ID); !errors.Is(err, governance.ErrDone) {
		t.Fatalf("executing twice: %v; want ErrDone", err)
	}
}

// hasEvent reports whether r holds a log of the named event from addr.
func hasEvent(r *types.Receipt, from common.Address, name string) bool {
	for _, m := range []*bind.MetaData{&bindings.DisclosureRegistryMetaData, &bindings.RWATimelockMetaData} {
		a, err := m.ParseABI()
		if err != nil {
			continue
		}
		ev, ok := a.Events[name]
		if !ok {
			continue
		}
		for _, l := range r.Logs {
			if l.Address == from && len(l.Topics) > 0 && l.Topics[0] == ev.ID {
				return true
			}
		}
	}
	return false
}

// The guardian pauses at once and can do nothing else: not unpause, not
// change the committee; it can cancel a scheduled change before it runs.
func TestItem2TheGuardianPausesAtOnceAndCanOnlyCancelChanges(t *testing.T) {
	e := newRolesEnv(t)
	guardian := e.others[1]
	wantRevert(t, e.sendFrom(e.others[2], e.addrs.Registry, registryABI.PackPause()), "AccessControlUnauthorizedAccount") // the operator
	if err := e.sendFrom(guardian, e.addrs.Registry, registryABI.PackPause()); err != nil {
		t.Fatalf("guardian pause: %v", err)
	}
	d := e.goodDisclosure(e.first)
	_, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1))
	wantRevert(t, err, "EnforcedPause")
	for name, data := range map[string][]byte{
		"unpause":      registryABI.PackUnpause(),
		"setCommittee": registryABI.PackSetCommittee([]common.Address{addr(guardian)}, 1),
		"grantRole":    registryABI.PackGrantRole(deploy.OperatorRole, addr(guardian)),
		"activatePool": registryABI.PackActivatePool(testPool.Field()),
	} {
		t.Run("the guardian calling "+name, func(t *testing.T) {
			wantRevert(t, e.sendFrom(guardian, e.addrs.Registry, data), "AccessControlUnauthorizedAccount")
		})
	}
	// A malicious change scheduled by a compromised proposer: a 1-of-1
	// committee of the proposer's own key.
	ops, err := e.dep.Schedule(e.ctx, governance.SetCommittee(e.addrs.Registry, []common.Address{addr(e.admin)}, 1))
	if err != nil {
		t.Fatal(err)
	}
	wantRevert(t, e.sendFrom(e.others[0], e.addrs.Timelock, timelockABI.PackCancel(ops[0].ID)), "AccessControlUnauthorizedAccount")
	if _, err := e.dep.Timelock.Cancel(e.ctx, e.dep.Opts(guardian), ops[0].ID); err != nil {
		t.Fatalf("guardian cancel: %v", err)
	}
	e.advance(e.dep.Delay)
	if _, err := e.dep.Timelock.Execute(e.ctx, e.opts, ops[0].ID); !errors.Is(err, governance.ErrCancelled) {
		t.Fatalf("executing a cancelled change: %v; want ErrCancelled", err)
	}
	op := ops[0]
	wantRevert(t, e.send(e.addrs.Timelock, timelockABI.PackExecute(op.Target, new(big.Int), op.Data, op.Predecessor, op.Salt)), "TimelockUnexpectedOperationState")
	// Unpausing waits out the delay like any change.
	e.mustGovern(governance.Unpause(e.addrs.Registry))
	if _, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1)); err != nil {
		t.Fatalf("after the scheduled unpause: %v", err)
	}
}

// The operator (or the guardian) deactivates a pool at once; nothing but
// the admin's scheduled activatePool brings it back, and configuring it
// again is refused.
func TestItem2DeactivationIsInstantAndReactivationWaitsForTheTimelock(t *testing.T) {
	e := newRolesEnv(t)
	guardian, operator := e.others[1], e.others[2]
	pool := testPool.Field()
	wantRevert(t, e.sendFrom(e.others[0], e.addrs.Registry, registryABI.PackDeactivatePool(pool)), "AccessControlUnauthorizedAccount")
	wantRevert(t, e.sendFrom(operator, e.addrs.Registry, registryABI.PackDeactivatePool(big.NewInt(2))), "PoolNotConfigured")
	if err := e.sendFrom(operator, e.addrs.Registry, registryABI.PackDeactivatePool(pool)); err != nil {
		t.Fatalf("operator deactivation: %v", err)
	}
	if err := e.sendFrom(guardian, e.addrs.Registry, registryABI.PackDeactivatePool(pool)); err != nil {
		t.Fatalf("guardian deactivation: %v", err)
	}
	d := e.goodDisclosure(e.first)
	_, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1))
	wantRevert(t, err, "PoolNotActive")
	wantRevert(t, e.sendFrom(operator, e.addrs.Registry, registryABI.PackActivatePool(pool)), "AccessControlUnauthorizedAccount")
	cfg, err := deploy.PoolConfig(e.policy, e.addrs.Verifier, e.addrs.Token, e.first)
	if err != nil {
		t.Fatal(err)
	}
	// Neither reconfiguring nor a verifier upgrade re-activates it.
	errs := e.governEach(governance.ConfigurePool(e.addrs.Registry, pool, cfg),
		governance.UpgradeVerifier(e.addrs.Registry, pool, e.addrs.Verifier, [32]byte(e.addrs.VKHash)))
	wantRevert(t, errs[0], "PoolAlreadyConfigured")
	if errs[1] != nil {
		t.Fatal(errs[1])
	}
	_, err = e.submit(&d, e.prove(&d), e.sign(&d, 0, 1))
	wantRevert(t, err, "PoolNotActive")
	e.mustGovern(governance.ActivatePool(e.addrs.Registry, pool))
	if _, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1)); err != nil {
		t.Fatalf("after reactivation: %v", err)
	}
}

// A pool's verifier changes only by upgradeVerifier naming the new key's
// hash, checked against the new verifier.
func TestItem2AVerifierChangesOnlyByAnUpgradeNamingItsKey(t *testing.T) {
	e := newEnv(t)
	pool := testPool.Field()
	// A second verifier of the same (Shape) key and one of another key.
	words, other := shapeWords(t), otherKeyVerifier(t, e)
	same, _, err := e.chain().Deploy(e.ctx, e.opts, common.FromHex(bindings.Groth16VerifierMetaData.Bin), verifierABI.PackConstructor(words))
	if err != nil {
		t.Fatal(err)
	}
	errs := e.governEach(
		governance.UpgradeVerifier(e.addrs.Registry, pool, other, [32]byte(e.addrs.VKHash)),
		governance.UpgradeVerifier(e.addrs.Registry, pool, same, [32]byte(e.addrs.VKHash)),
	)
	wantRevert(t, errs[0], "VerifierKeyMismatch")
	if errs[1] != nil {
		t.Fatal(errs[1])
	}
	info, err := registryABI.UnpackPoolInfo(e.call(e.addrs.Registry, registryABI.PackPoolInfo(pool)))
	if err != nil || info.Verifier != same {
		t.Fatalf("pool verifier %s (%v), want %s", info.Verifier, err, same)
	}
	logs := e.logs(e.addrs.Registry, "VerifierUpgraded")
	if len(logs) != 1 {
		t.Fatalf("%d VerifierUpgraded events, want 1", len(logs))
	}
	ev, err := registryABI.UnpackVerifierUpgradedEvent(logs[0])
	if err != nil || ev.OldVerifier != e.addrs.Verifier || ev.NewVerifier != same || ev.VkHash != [32]byte(e.addrs.VKHash) {
		t.Fatalf("VerifierUpgraded %+v, %v", ev, err)
	}
	e.mustSubmit(e.first) // the upgraded pool verifies with the same key
	// Readers (auditor, investor view) take a disclosure's verifier from
	// the pool's last configuration before it: the upgrade is one.
	evs, err := (&registry.Reader{Chain: e.chain(), Address: e.addrs.Registry}).Events(e.ctx, nil)
	if err != nil || len(evs.PoolConfigs) != 2 || evs.PoolConfigs[1].Verifier != same || evs.PoolConfigs[1].VkHash != [32]byte(e.addrs.VKHash) ||
		evs.PoolConfigs[1].Pool.Cmp(pool) != 0 || len(evs.Accepted) != 1 || evs.Accepted[0].Raw.BlockNumber <= evs.PoolConfigs[1].Raw.BlockNumber {
		t.Fatalf("the registry's configurations %+v, %v; want the genesis one, then the upgrade to %s before the disclosure", evs.PoolConfigs, err, same)
	}
}

// shapeWords returns the Shape key's verifying-key words.
func shapeWords(t *testing.T) [40]*big.Int {
	t.Helper()
	words, err := verifier.KeyWords(shape(t).VK)
	if err != nil {
		t.Fatal(err)
	}
	return words.Array()
}

// otherKeyVerifier deploys a verifier of a key differing from the Shape
// key in one word (so pinning another vkHash).
func otherKeyVerifier(t *testing.T, e *env) common.Address {
	t.Helper()
	words := shapeWords(t)
	words[0] = new(big.Int).Add(words[0], big.NewInt(1))
	a, _, err := e.chain().Deploy(e.ctx, e.opts, common.FromHex(bindings.Groth16VerifierMetaData.Bin), verifierABI.PackConstructor(words))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// logs returns the logs of the named registry event emitted by from.
func (e *env) logs(from common.Address, name string) []*types.Log {
	e.t.Helper()
	ev, ok := onchain.MustABI(&bindings.DisclosureRegistryMetaData).Events[name]
	if !ok {
		e.t.Fatalf("no registry event %s", name)
	}
	ls, err := e.sim.Client().FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: new(big.Int), Addresses: []common.Address{from}, Topics: [][]common.Hash{{ev.ID}}})
	if err != nil {
		e.t.Fatal(err)
	}
	out := make([]*types.Log, len(ls))
	for i := range ls {
		out[i] = &ls[i]
	}
	return out
}

// Sanity bounds change through their own scheduled call, with an event.
func TestItem2SanityBoundsChangeThroughTheTimelock(t *testing.T) {
	e := newEnv(t)
	cfg, err := deploy.PoolConfig(e.policy, e.addrs.Verifier, e.addrs.Token, e.first)
	if err != nil {
		t.Fatal(err)
	}
	d := e.goodDisclosure(e.first)
	proof, sigs := e.prove(&d), e.sign(&d, 0, 1)
	if err := e.dep.Call(e.ctx, registry.Calldata(single(&d, proof), sigs)); err != nil {
		t.Fatalf("under the genesis bounds: %v", err)
	}
	max := cfg.MaxValue
	max[0] = 999 // below goodDisclosure's 1000 swaps
	e.mustGovern(governance.SetSanityBounds(e.addrs.Registry, testPool.Field(), max, cfg.MaxGrowthBp, cfg.MaxDropBp))
	info, err := registryABI.UnpackPoolInfo(e.call(e.addrs.Registry, registryABI.PackPoolInfo(testPool.Field())))
	if err != nil || info.MaxValue != max || info.MaxGrowthBp != cfg.MaxGrowthBp {
		t.Fatalf("pool bounds %v %v (%v), want %v %v", info.MaxValue, info.MaxGrowthBp, err, max, cfg.MaxGrowthBp)
	}
	if n := len(e.logs(e.addrs.Registry, "SanityBoundsSet")); n != 2 { // genesis and now
		t.Fatalf("%d SanityBoundsSet events, want 2", n)
	}
	_, err = e.submit(&d, proof, sigs)
	wantRevert(t, err, "SanityBoundExceeded")
}

// The default admin moves in two steps: a scheduled beginDefaultAdminTransfer,
// then, after the contract's own admin transfer delay, the new admin's
// acceptance. Granting DEFAULT_ADMIN_ROLE outright is refused.
func TestItem2TheDefaultAdminMovesInTwoStepsAfterADelay(t *testing.T) {
	e := newEnv(t)
	next := e.others[0]
	errs := e.governEach(governance.GrantRole(e.addrs.Registry, deploy.DefaultAdminRole, addr(next)),
		governance.BeginAdminTransfer(e.addrs.Registry, addr(next)))
	wantRevert(t, errs[0], "AccessControlEnforcedDefaultAdminRules")
	if errs[1] != nil {
		t.Fatal(errs[1])
	}
	wantRevert(t, e.sendFrom(next, e.addrs.Registry, registryABI.PackAcceptDefaultAdminTransfer()), "AccessControlEnforcedDefaultAdminDelay")
	e.advance(2*e.dep.Delay + time.Second) // chaintest's admin transfer delay is twice the timelock's
	wantRevert(t, e.sendFrom(e.others[1], e.addrs.Registry, registryABI.PackAcceptDefaultAdminTransfer()), "AccessControlInvalidDefaultAdmin")
	if err := e.sendFrom(next, e.addrs.Registry, registryABI.PackAcceptDefaultAdminTransfer()); err != nil {
		t.Fatalf("accept after the delay: %v", err)
	}
	admin, err := registryABI.UnpackDefaultAdmin(e.call(e.addrs.Registry, registryABI.PackDefaultAdmin()))
	if err != nil || admin != addr(next) {
		t.Fatalf("default admin %s (%v), want %s", admin, err, addr(next))
	}
	// The timelock is no longer the registry's admin.
	wantRevert(t, e.govern(governance.Unpause(e.addrs.Registry)), "AccessControlUnauthorizedAccount")
}

// Genesis: a registry is born with a committee, so none can be empty; no
// contract takes a zero admin or a zero role holder; the timelock needs a
// delay, a proposer and an executor, none zero.
func TestItem1GenesisRefusesAnEmptyCommitteeAndZeroAdminsOrRoleHolders(t *testing.T) {
	e := newEnv(t)
	a := addr(e.admin)
	day := big.NewInt(86400)
	genesis := func(mod func(*bindings.DisclosureRegistryGenesis)) bindings.DisclosureRegistryGenesis {
		g := bindings.DisclosureRegistryGenesis{Guardian: a, Operator: a, Committee: []common.Address{addr(e.members[0])}, Threshold: 1}
		mod(&g)
		return g
	}
	roles := func(mod func(*bindings.RWATokenRoles)) bindings.RWATokenRoles {
		r := bindings.RWATokenRoles{Admin: e.addrs.Timelock, AdminDelay: day, Agent: a, Operator: a}
		mod(&r)
		return r
	}
	token := func(r bindings.RWATokenRoles) []byte {
		return tokenABI.PackConstructor("T", "T", r, e.addrs.IdentityRegistry, e.addrs.Registry, testPool.Field(), e.addrs.PayoutToken, big.NewInt(1))
	}
	cases := []struct {
		name string
		bin  string
		args []byte
		want string
	}{
		{"a registry with an empty committee", bindings.DisclosureRegistryMetaData.Bin,
			registryABI.PackConstructor(a, day, disclosure.InitialAcc(), genesis(func(g *bindings.DisclosureRegistryGenesis) { g.Committee = nil })), "CommitteeEmpty"},
		{"a registry with a minority threshold", bindings.DisclosureRegistryMetaData.Bin,
			registryABI.PackConstructor(a, day, disclosure.InitialAcc(), genesis(func(g *bindings.DisclosureRegistryGenesis) { g.Threshold = 0 })), "ThresholdNotMajority"},
		{"a registry with a zero admin", bindings.DisclosureRegistryMetaData.Bin,
			registryABI.PackConstructor(common.Address{}, day, disclosure.InitialAcc(), genesis(func(*bindings.DisclosureRegistryGenesis) {})), "AccessControlInvalidDefaultAdmin"},
		{"a registry with a zero guardian", bindings.DisclosureRegistryMetaData.Bin,
			registryABI.PackConstructor(a, day, disclosure.InitialAcc(), genesis(func(g *bindings.DisclosureRegistryGenesis) { g.Guardian = common.Address{} })), "RoleHolderZero"},
		{"a registry with a zero operator", bindings.DisclosureRegistryMetaData.Bin,
			registryABI.PackConstructor(a, day, disclosure.InitialAcc(), genesis(func(g *bindings.DisclosureRegistryGenesis) { g.Operator = common.Address{} })), "RoleHolderZero"},
		{"an identity registry with a zero admin", bindings.IdentityRegistryMetaData.Bin, identityABI.PackConstructor(common.Address{}, day, a), "AccessControlInvalidDefaultAdmin"},
		{"an identity registry with a zero agent", bindings.IdentityRegistryMetaData.Bin, identityABI.PackConstructor(a, day, common.Address{}), "RoleHolderZero"},
		{"a token with a zero admin", bindings.RWATokenMetaData.Bin, token(roles(func(r *bindings.RWATokenRoles) { r.Admin = common.Address{} })), "AccessControlInvalidDefaultAdmin"},
		{"a token with a zero agent", bindings.RWATokenMetaData.Bin, token(roles(func(r *bindings.RWATokenRoles) { r.Agent = common.Address{} })), "RoleHolderZero"},
		{"a token with a zero operator", bindings.RWATokenMetaData.Bin, token(roles(func(r *bindings.RWATokenRoles) { r.Operator = common.Address{} })), "RoleHolderZero"},
		{"a timelock without delay", bindings.RWATimelockMetaData.Bin, timelockABI.PackConstructor(new(big.Int), []common.Address{a}, []common.Address{a}, nil), "TimelockDelayZero"},
		{"a timelock without proposer", bindings.RWATimelockMetaData.Bin, timelockABI.PackConstructor(day, nil, []common.Address{a}, nil), "TimelockNoProposer"},
		{"a timelock without executor", bindings.RWATimelockMetaData.Bin, timelockABI.PackConstructor(day, []common.Address{a}, nil, nil), "TimelockNoExecutor"},
		{"a timelock with a zero proposer", bindings.RWATimelockMetaData.Bin, timelockABI.PackConstructor(day, []common.Address{{}}, []common.Address{a}, nil), "TimelockMemberZero"},
		{"a timelock with a zero executor", bindings.RWATimelockMetaData.Bin, timelockABI.PackConstructor(day, []common.Address{a}, []common.Address{{}}, nil), "TimelockMemberZero"},
		{"a timelock with a zero canceller", bindings.RWATimelockMetaData.Bin, timelockABI.PackConstructor(day, []common.Address{a}, []common.Address{a}, []common.Address{{}}), "TimelockMemberZero"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, _, err := e.chain().Deploy(e.ctx, e.opts, common.FromHex(c.bin), c.args)
			wantRevert(t, err, c.want)
		})
	}
	t.Run("a deployment plan naming no guardian", func(t *testing.T) {
		_, err := deploy.Deploy(e.ctx, e.chain(), e.opts, &deploy.Plan{Operator: a, Agent: a,
			Governance: deploy.Governance{Delay: time.Hour, AdminTransferDelay: time.Hour, Proposers: []common.Address{a}, Executors: []common.Address{a}}})
		if !errors.Is(err, deploy.ErrPlan) || !strings.Contains(err.Error(), "roles.guardian") {
			t.Fatalf("plan without guardian: %v", err)
		}
	})
}

// The timelock governs itself: its delay and its proposers change only
// through its own scheduled calls.
func TestItem2TheTimelockChangesItsDelayAndProposersOnlyThroughItself(t *testing.T) {
	e := newEnv(t)
	newcomer := e.others[0]
	change := governance.SetCommittee(e.addrs.Registry, chaintest.Addresses(chaintest.Committee(3)), 2)
	if _, err := e.dep.Timelock.Schedule(e.ctx, e.dep.Opts(newcomer), change); onchain.RevertName(err) != "AccessControlUnauthorizedAccount" {
		t.Fatalf("a stranger scheduling: %v", err)
	}
	e.mustGovern(governance.SetDelay(e.addrs.Timelock, 2*e.dep.Delay),
		governance.GrantRole(e.addrs.Timelock, governance.Roles["proposer"], addr(newcomer)))
	if d, err := e.dep.Timelock.Delay(e.ctx); err != nil || d != 2*e.dep.Delay {
		t.Fatalf("delay %s (%v), want %s", d, err, 2*e.dep.Delay)
	}
	op, err := e.dep.Timelock.Schedule(e.ctx, e.dep.Opts(newcomer), change)
	if err != nil {
		t.Fatalf("the new proposer scheduling: %v", err)
	}
	if want := int64(e.now()) + int64(2*e.dep.Delay/time.Second); op.ReadyAt.Unix() != want {
		t.Fatalf("ready at %d, want %d (the new delay)", op.ReadyAt.Unix(), want)
	}
}

// Package deploy puts rwabridge's L2 contracts on a chain: the timelock
// (RWATimelock) that administers all of them, the Groth16 verifier for a
// verifying key, the DisclosureRegistry born with its committee, one pool
// and its policy, the identity registry, the pool's RWA token and (for
// tests and the demo only) a mintable test stablecoin as the payout asset.
// Nothing is configured after deployment by the deployer: every later
// change is scheduled on the timelock (offshore/governance). It works the same over the in-process
// simulated chain and a JSON-RPC node (offshore/onchain.Chain).
//
// Configuration arrives as a Config loaded from strict YAML (Load) and is
// resolved into a Plan (policy file and verifying key read); it reads no
// flags or environment.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/verifier"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Errors of a deployment.
var (
	// ErrVKHash: the deployed verifier's vkHash() is not the key's hash.
	ErrVKHash = errors.New("deployed verifier pins a different key")
	// ErrStep: a deployment or configuration transaction failed.
	ErrStep = errors.New("deployment step failed")
)

// Plan is a resolved deployment.
type Plan struct {
	Committee    []common.Address
	Threshold    uint8
	Pool         telemetry.PoolID
	Policy       *policy.Policy
	VK           groth16.VerifyingKey
	TokenName    string
	TokenSymbol  string
	PayoutToken  *common.Address // nil: deploy a TestOnlyStablecoin
	UnitsPerCent uint64          // payout-token base units per revenue cent
	// FirstEpoch is the pool's first epoch, the first the registry will
	// accept (every later one follows in order); nil: the epoch in
	// progress at deployment.
	FirstEpoch *uint64
	Governance Governance
	// The holders of the operational roles; none may be zero (the deployer
	// holds a role only when named here).
	Guardian common.Address // pauses the registry at once; cancels scheduled changes
	Operator common.Address // deactivates the pool at once; deposits payouts
	Agent    common.Address // registers investors; mints, freezes, pauses the token
}

// Governance is who may change what the contracts accept, and how fast:
// the timelock that is every contract's default admin.
type Governance struct {
	// Delay is the timelock's minimum delay between scheduling a change
	// and executing it: days in production, seconds in the demo.
	Delay time.Duration
	// AdminTransferDelay is how long a transfer of a contract's default
	// admin (itself a scheduled change) waits before the new admin may
	// accept it.
	AdminTransferDelay time.Duration
	Proposers          []common.Address // schedule changes (and may cancel them)
	Executors          []common.Address // execute ready changes
	// Cancellers may cancel a scheduled change besides the proposers; the
	// guardian always may.
	Cancellers []common.Address
}

// ErrPlan is wrapped by every problem of a Plan that Deploy refuses before
// sending anything.
var ErrPlan = errors.New("invalid deployment plan")

// Check reports the problems of p that the contracts would refuse (zero
// role holders, no proposer or executor, delays out of range), each
// wrapping ErrPlan.
func (p *Plan) Check() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrPlan, fmt.Sprintf(format, args...)))
	}
	for _, r := range []struct {
		name string
		a    common.Address
	}{{"guardian", p.Guardian}, {"operator", p.Operator}, {"agent", p.Agent}} {
		if r.a == (common.Address{}) {
			bad("roles.%s: name its holder (the deployer holds no role unless named)", r.name)
		}
	}
	g := p.Governance
	if g.Delay < time.Second || g.Delay%time.Second != 0 {
		bad("governance.delay: %s; a whole number of seconds, at least 1s (days in production)", g.Delay)
	}
	if g.AdminTransferDelay < time.Second || g.AdminTransferDelay%time.Second != 0 || g.AdminTransferDelay/time.Second >= 1<<48 {
		bad("governance.admin_transfer_delay: %s; a whole number of seconds, at least 1s", g.AdminTransferDelay)
	}
	for _, l := range []struct {
		name string
		as   []common.Address
		min  int
	}{{"proposers", g.Proposers, 1}, {"executors", g.Executors, 1}, {"cancellers", g.Cancellers, 0}} {
		if len(l.as) < l.min {
			bad("governance.%s: at least %d address", l.name, l.min)
		}
		for i, a := range l.as {
			if a == (common.Address{}) {
				bad("governance.%s[%d]: the zero address", l.name, i)
			}
		}
	}
	return errors.Join(errs...)
}

// Addresses is what Deploy made, printed by `rwabridge offshore deploy`.
type Addresses struct {
	ChainID          *big.Int       `json:"chain_id"`
	Timelock         common.Address `json:"timelock"`
	Verifier         common.Address `json:"verifier"`
	Registry         common.Address `json:"registry"`
	IdentityRegistry common.Address `json:"identity_registry"`
	Token            common.Address `json:"token"`
	PayoutToken      common.Address `json:"payout_token"`
	TestStablecoin   bool           `json:"payout_token_is_test_only"`
	VKHash           field.Digest   `json:"vk_hash"`
	Pool             string         `json:"pool"`
	PoolField        field.Element  `json:"pool_field"`
	PolicyHash       field.Element  `json:"policy_hash"`
	Committee        []string       `json:"committee"`
	Threshold        uint8          `json:"threshold"`
	// DelaySeconds is the timelock's delay; FromBlock the block of the
	// timelock's deployment (where a scan of its operations starts).
	DelaySeconds uint64         `json:"delay_seconds"`
	FirstEpoch   uint64         `json:"first_epoch"`
	FromBlock    uint64         `json:"from_block"`
	Guardian     common.Address `json:"guardian"`
	Operator     common.Address `json:"operator"`
	Agent        common.Address `json:"agent"`
	InsecureKey  bool           `json:"-"`
}

var (
	registryABI = bindings.NewDisclosureRegistry()
	tokenABI    = bindings.NewRWAToken()
	identityABI = bindings.NewIdentityRegistry()
	verifierABI = bindings.NewGroth16Verifier()
	timelockABI = bindings.NewRWATimelock()
)

// Role identifiers (keccak256 of the role names, as in the contracts).
var (
	GuardianRole = role("GUARDIAN_ROLE")
	OperatorRole = role("OPERATOR_ROLE")
	AgentRole    = role("AGENT_ROLE")
	// DefaultAdminRole is OpenZeppelin's DEFAULT_ADMIN_ROLE (zero).
	DefaultAdminRole = [32]byte{}
)

// Deploy deploys everything in plan from opts.From: first the timelock,
// then the verifier, the identity registry, the payout token when none is
// named, the DisclosureRegistry with its genesis (committee, pool, policy,
// guardian and operator fixed by its constructor) and the pool's token,
// each with the timelock as its default admin. The deployer keeps no role
// it was not named for; it sends nothing else meanwhile (the registry names
// the token's address before it exists).
func Deploy(ctx context.Context, chain *onchain.Chain, opts *bind.TransactOpts, plan *Plan) (*Addresses, error) {
	if err := plan.Check(); err != nil {
		return nil, err
	}
	chainID, err := chain.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: chain id: %w", err)
	}
	words, err := verifier.KeyWords(plan.VK)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	wantHash, err := keys.VKHash(plan.VK)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	poolField, err := field.FromBig(plan.Pool.Field())
	if err != nil {
		return nil, fmt.Errorf("deploy: pool %s: %w", plan.Pool, err)
	}
	g := plan.Governance
	a := &Addresses{ChainID: chainID, Pool: string(plan.Pool), PoolField: poolField,
		PolicyHash: plan.Policy.Hash(), Threshold: plan.Threshold, VKHash: field.Digest(wantHash),
		DelaySeconds: uint64(g.Delay / time.Second), Guardian: plan.Guardian, Operator: plan.Operator, Agent: plan.Agent}
	for _, m := range plan.Committee {
		a.Committee = append(a.Committee, m.Hex())
	}
	step := func(what string, err error) error { return fmt.Errorf("%w: %s: %w", ErrStep, what, err) }
	deploy := func(what string, bin string, args []byte) (common.Address, error) {
		addr, r, err := chain.Deploy(ctx, opts, common.FromHex(bin), args)
		if err != nil {
			return common.Address{}, step("deploy "+what, err)
		}
		if a.FromBlock == 0 {
			a.FromBlock = r.BlockNumber.Uint64()
		}
		return addr, nil
	}

	cancellers := append(slices.Clone(g.Cancellers), plan.Guardian)
	if a.Timelock, err = deploy("timelock", bindings.RWATimelockMetaData.Bin, timelockABI.PackConstructor(
		new(big.Int).SetUint64(a.DelaySeconds), g.Proposers, g.Executors, cancellers)); err != nil {
		return nil, err
	}
	adminDelay := big.NewInt(int64(g.AdminTransferDelay / time.Second))
	if a.Verifier, err = deploy("verifier", bindings.Groth16VerifierMetaData.Bin, verifierABI.PackConstructor(words.Array())); err != nil {
		return nil, err
	}
	out, err := chain.Call(ctx, opts.From, a.Verifier, verifierABI.PackVkHash())
	if err != nil {
		return nil, step("read vkHash", err)
	}
	got, err := verifierABI.UnpackVkHash(out)
	if err != nil {
		return nil, step("read vkHash", err)
	}
	if got != wantHash {
		return nil, fmt.Errorf("%w: on-chain %x, key %x", ErrVKHash, got, wantHash)
	}
	if a.IdentityRegistry, err = deploy("identity registry", bindings.IdentityRegistryMetaData.Bin,
		identityABI.PackConstructor(a.Timelock, adminDelay, plan.Agent)); err != nil {
		return nil, err
	}
	if plan.PayoutToken != nil {
		a.PayoutToken = *plan.PayoutToken
	} else {
		if a.PayoutToken, err = deploy("test-only stablecoin", bindings.TestOnlyStablecoinMetaData.Bin, nil); err != nil {
			return nil, err
		}
		a.TestStablecoin = true
	}
	// The registry names the pool's token, deployed right after it by the
	// same account: its address follows from the deployer's next nonce.
	nonce, err := chain.PendingNonceAt(ctx, opts.From)
	if err != nil {
		return nil, step("read the deployer's nonce", err)
	}
	tokenAddr := crypto.CreateAddress(opts.From, nonce+1)
	if plan.FirstEpoch != nil {
		a.FirstEpoch = *plan.FirstEpoch
	} else {
		head, err := chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, step("read the latest block", err)
		}
		a.FirstEpoch = head.Time / plan.Policy.EpochSeconds()
	}
	cfg, err := PoolConfig(plan.Policy, a.Verifier, tokenAddr, a.FirstEpoch)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	genesis := bindings.DisclosureRegistryGenesis{
		Guardian: plan.Guardian, Operator: plan.Operator, Committee: plan.Committee, Threshold: plan.Threshold,
		Pools: []bindings.DisclosureRegistryGenesisPool{{Pool: plan.Pool.Field(), Config: cfg,
			Policies: []bindings.DisclosureRegistryGenesisPolicy{{PolicyHash: plan.Policy.Hash().BigInt(),
				PayoutShareBp: uint16(plan.Policy.PayoutShareBP), Disclosed: uint8(plan.Policy.Disclose)}}}},
	}
	if a.Registry, err = deploy("registry", bindings.DisclosureRegistryMetaData.Bin,
		registryABI.PackConstructor(a.Timelock, adminDelay, disclosure.InitialAcc(), genesis)); err != nil {
		return nil, err
	}
	upc := plan.UnitsPerCent
	if upc == 0 {
		upc = 10_000
	}
	roles := bindings.RWATokenRoles{Admin: a.Timelock, AdminDelay: adminDelay, Agent: plan.Agent, Operator: plan.Operator}
	if a.Token, err = deploy("token", bindings.RWATokenMetaData.Bin, tokenABI.PackConstructor(plan.TokenName, plan.TokenSymbol, roles,
		a.IdentityRegistry, a.Registry, plan.Pool.Field(), a.PayoutToken, new(big.Int).SetUint64(upc))); err != nil {
		return nil, err
	}
	if a.Token != tokenAddr {
		return nil, fmt.Errorf("%w: the token landed at %s but the registry names %s: the deployer's key sent another transaction during the deployment; deploy again from a key nothing else uses",
			ErrStep, a.Token, tokenAddr)
	}
	return a, nil
}

// PoolConfig returns the registry's pool configuration for a policy: its
// epoch length, the pool's first epoch and, per metric, the sanity
// maximum, growth and drop bounds (all 0 for metrics the policy does not
// disclose, which are then always 0).
func PoolConfig(p *policy.Policy, verifierAddr, token common.Address, firstEpoch uint64) (bindings.DisclosureRegistryPoolConfig, error) {
	cfg := bindings.DisclosureRegistryPoolConfig{Verifier: verifierAddr, Token: token, FirstEpoch: firstEpoch}
	secs := p.EpochSeconds()
	if secs == 0 || secs > 1<<summary.EpochSecondsBits {
		return cfg, fmt.Errorf("policy %s: epoch of %d s does not fit the registry", p.ID, secs)
	}
	cfg.EpochLength = uint32(secs)
	for m, b := range p.Sanity {
		if !p.Disclose.Has(m) {
			continue
		}
		cfg.MaxValue[m] = b.Max
		cfg.MaxGrowthBp[m] = b.MaxGrowthBP
		cfg.MaxDropBp[m] = uint16(b.MaxDropBP)
	}
	return cfg, nil
}

func role(name string) [32]byte {
	var r [32]byte
	copy(r[:], crypto.Keccak256([]byte(name)))
	return r
}

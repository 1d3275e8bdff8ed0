// Package deploy puts rwabridge's L2 contracts on a chain and configures
// them: the Groth16 verifier for a verifying key, the DisclosureRegistry
// with its committee, one pool and its policy, the identity registry, the
// pool's RWA token and (for tests and the demo only) a mintable test
// stablecoin as the payout asset. It works the same over the in-process
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
	// progress when the pool is configured.
	FirstEpoch *uint64
	Guardian   common.Address // zero: the deployer
	Operator   common.Address // zero: the deployer
	Agent      common.Address // zero: the deployer
}

// Addresses is what Deploy made, printed by `rwabridge offshore deploy`.
type Addresses struct {
	ChainID          *big.Int       `json:"chain_id"`
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
	FirstEpoch       uint64         `json:"first_epoch"`
	InsecureKey      bool           `json:"-"`
}

var (
	registryABI = bindings.NewDisclosureRegistry()
	tokenABI    = bindings.NewRWAToken()
	identityABI = bindings.NewIdentityRegistry()
	verifierABI = bindings.NewGroth16Verifier()
)

// Role identifiers (keccak256 of the role names, as in the contracts).
var (
	GuardianRole = role("GUARDIAN_ROLE")
	OperatorRole = role("OPERATOR_ROLE")
	AgentRole    = role("AGENT_ROLE")
)

// Deploy deploys and configures everything in plan from opts.From, which
// becomes the admin of every contract.
func Deploy(ctx context.Context, chain *onchain.Chain, opts *bind.TransactOpts, plan *Plan) (*Addresses, error) {
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
	a := &Addresses{ChainID: chainID, Pool: string(plan.Pool), PoolField: poolField,
		PolicyHash: plan.Policy.Hash(), Threshold: plan.Threshold, VKHash: field.Digest(wantHash)}
	for _, m := range plan.Committee {
		a.Committee = append(a.Committee, m.Hex())
	}
	admin := opts.From
	step := func(what string, err error) error { return fmt.Errorf("%w: %s: %w", ErrStep, what, err) }
	deploy := func(what string, bin string, args []byte) (common.Address, error) {
		addr, _, err := chain.Deploy(ctx, opts, common.FromHex(bin), args)
		if err != nil {
			return common.Address{}, step("deploy "+what, err)
		}
		return addr, nil
	}

	if a.Verifier, err = deploy("verifier", bindings.Groth16VerifierMetaData.Bin, verifierABI.PackConstructor(words.Array())); err != nil {
		return nil, err
	}
	out, err := chain.Call(ctx, admin, a.Verifier, verifierABI.PackVkHash())
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
	if a.Registry, err = deploy("registry", bindings.DisclosureRegistryMetaData.Bin, registryABI.PackConstructor(admin, disclosure.InitialAcc())); err != nil {
		return nil, err
	}
	if a.IdentityRegistry, err = deploy("identity registry", bindings.IdentityRegistryMetaData.Bin, identityABI.PackConstructor(admin)); err != nil {
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
	upc := plan.UnitsPerCent
	if upc == 0 {
		upc = 10_000
	}
	if a.Token, err = deploy("token", bindings.RWATokenMetaData.Bin, tokenABI.PackConstructor(plan.TokenName, plan.TokenSymbol, admin,
		a.IdentityRegistry, a.Registry, plan.Pool.Field(), a.PayoutToken, new(big.Int).SetUint64(upc))); err != nil {
		return nil, err
	}

	first := plan.FirstEpoch
	if first == nil {
		head, err := chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("deploy: latest block: %w", err)
		}
		e := head.Time / plan.Policy.EpochSeconds()
		first = &e
	}
	a.FirstEpoch = *first
	cfg, err := PoolConfig(plan.Policy, a.Verifier, a.Token, *first)
	if err != nil {
		return nil, fmt.Errorf("deploy: %w", err)
	}
	or := func(x common.Address) common.Address {
		if x == (common.Address{}) {
			return admin
		}
		return x
	}
	calls := []struct {
		what string
		to   common.Address
		data []byte
	}{
		{"set committee", a.Registry, registryABI.PackSetCommittee(plan.Committee, plan.Threshold)},
		{"configure pool", a.Registry, registryABI.PackConfigurePool(plan.Pool.Field(), cfg)},
		{"allow policy", a.Registry, registryABI.PackAllowPolicy(plan.Pool.Field(), plan.Policy.Hash().BigInt(), uint16(plan.Policy.PayoutShareBP), uint8(plan.Policy.Disclose))},
		{"grant registry guardian", a.Registry, registryABI.PackGrantRole(GuardianRole, or(plan.Guardian))},
		{"grant registry operator", a.Registry, registryABI.PackGrantRole(OperatorRole, or(plan.Operator))},
		{"grant identity agent", a.IdentityRegistry, identityABI.PackGrantRole(AgentRole, or(plan.Agent))},
		{"grant token agent", a.Token, tokenABI.PackGrantRole(AgentRole, or(plan.Agent))},
		{"grant token operator", a.Token, tokenABI.PackGrantRole(OperatorRole, or(plan.Operator))},
	}
	for _, c := range calls {
		if _, err := chain.Send(ctx, opts, c.to, c.data); err != nil {
			return nil, step(c.what, err)
		}
	}
	return a, nil
}

// PoolConfig returns the registry's pool configuration for a policy: its
// epoch length, the pool's first epoch and, per metric, the sanity maximum,
// growth and drop bounds (all 0 for metrics the policy does not disclose,
// which are then always 0).
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

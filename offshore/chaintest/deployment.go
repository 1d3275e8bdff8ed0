package chaintest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/token"
	"github.com/rwabridge/rwabridge/offshore/verifier"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// DeployOptions shape a Deployment.
type DeployOptions struct {
	Pool      telemetry.PoolID // default Pool
	Members   int              // committee size (default 3)
	Threshold int              // default 2
	// Keys are the summary circuit's keys (default: Keys()); VK, when set,
	// is the verifier's key instead (a Shape prover's, say).
	Keys *keys.Set
	VK   groth16.VerifyingKey
	// Policy is the pool's policy (default: the embedded default policy).
	Policy      *policy.Policy
	TokenName   string
	TokenSymbol string
	// FirstEpoch is the pool's first epoch (default: FirstEpochBack epochs
	// before the one in progress, so the first FirstEpochBack ended epochs
	// can be disclosed in order at once).
	FirstEpoch *uint64
	// Delay is the timelock's delay (default DefaultDelay); the admin
	// transfer delay is twice it.
	Delay time.Duration
	// Guardian, Operator and Agent hold those roles (default: the chain's
	// Admin, named explicitly, as a deployment config may).
	Guardian, Operator, Agent *ecdsa.PrivateKey
}

// FirstEpochBack is how many ended epochs a default deployment opens to
// disclosure: its first epoch is that many before the one in progress.
const FirstEpochBack = 4

// DefaultDelay is the test deployments' timelock delay.
const DefaultDelay = time.Minute

// Deployment is the rwabridge contracts for one pool on a Chain, with the
// committees that signed for it and what it accepted.
type Deployment struct {
	*Chain
	Pool      telemetry.PoolID
	Policy    *policy.Policy
	Keys      *keys.Set // nil when deployed with another VK
	Addresses *deploy.Addresses
	// Committees are the members of committee version i+1, sorted by
	// address; the last one is current.
	Committees [][]*ecdsa.PrivateKey
	Threshold  int
	// Relayer submits (Chain.Funded[0]).
	Relayer *ecdsa.PrivateKey
	// Guardian, Operator and Agent hold those roles; the chain's Admin
	// deployed everything and is the timelock's one proposer and executor
	// (it holds no admin role on the other contracts).
	Guardian, Operator, Agent *ecdsa.PrivateKey
	Timelock                  *governance.Timelock
	Delay                     time.Duration
	// Accepted are the submitted disclosures, in order.
	Accepted []*Disclosure
}

// Disclosure is one proven, signed submission.
type Disclosure struct {
	Epoch      uint64
	Events     []telemetry.Event // the epoch's records, in canonical order
	Bundle     *bundle.Bundle
	Submission *disclosure.Submission
	Signatures []byte
	Calldata   []byte
	Receipt    *types.Receipt // nil until submitted
}

// Deploy deploys the contracts on c (which needs at least one funded key,
// the relayer) from c.Admin.
func Deploy(ctx context.Context, c *Chain, o DeployOptions) (*Deployment, error) {
	if len(c.Funded) == 0 {
		return nil, fmt.Errorf("chaintest: deploy: the chain has no funded key for the relayer")
	}
	if o.Pool == "" {
		o.Pool = Pool
	}
	if o.Members == 0 {
		o.Members = 3
	}
	if o.Threshold == 0 {
		o.Threshold = 2
	}
	if o.Policy == nil {
		p, err := policies.Default()
		if err != nil {
			return nil, err
		}
		o.Policy = p
	}
	vk := o.VK
	if vk == nil {
		if o.Keys == nil {
			set, _, err := Keys()
			if err != nil {
				return nil, err
			}
			o.Keys = set
		}
		vk = o.Keys.VK
	}
	if o.TokenName == "" {
		o.TokenName, o.TokenSymbol = "Pool A revenue share", "PAR"
	}
	if o.Delay == 0 {
		o.Delay = DefaultDelay
	}
	or := func(k *ecdsa.PrivateKey) *ecdsa.PrivateKey {
		if k == nil {
			return c.Admin
		}
		return k
	}
	d := &Deployment{Chain: c, Pool: o.Pool, Policy: o.Policy, Keys: o.Keys, Committees: [][]*ecdsa.PrivateKey{Committee(o.Members)},
		Threshold: o.Threshold, Relayer: c.Funded[0], Guardian: or(o.Guardian), Operator: or(o.Operator), Agent: or(o.Agent), Delay: o.Delay}
	if o.FirstEpoch == nil {
		now, err := c.Epoch(ctx, o.Policy)
		if err != nil {
			return nil, err
		}
		first := now - FirstEpochBack
		o.FirstEpoch = &first
	}
	var err error
	d.Addresses, err = deploy.Deploy(ctx, &c.Sim.Chain, c.Opts(c.Admin), &deploy.Plan{
		Committee: Addresses(d.Committees[0]), Threshold: uint8(o.Threshold), Pool: o.Pool, Policy: o.Policy, VK: vk,
		TokenName: o.TokenName, TokenSymbol: o.TokenSymbol, FirstEpoch: o.FirstEpoch,
		Guardian: Address(d.Guardian), Operator: Address(d.Operator), Agent: Address(d.Agent),
		Governance: deploy.Governance{Delay: o.Delay, AdminTransferDelay: 2 * o.Delay,
			Proposers: []common.Address{Address(c.Admin)}, Executors: []common.Address{Address(c.Admin)}},
	})
	if err != nil {
		return nil, fmt.Errorf("chaintest: deploy: %w", err)
	}
	d.Timelock = &governance.Timelock{Chain: &c.Sim.Chain, Address: d.Addresses.Timelock, FromBlock: d.Addresses.FromBlock}
	return d, nil
}

// Domain returns the registry's EIP-712 domain.
func (d *Deployment) Domain() disclosure.Domain {
	return disclosure.Domain{ChainID: d.ID, Registry: d.Addresses.Registry}
}

// Members returns the current committee.
func (d *Deployment) Members() []*ecdsa.PrivateKey { return d.Committees[len(d.Committees)-1] }

// Prove proves n generated records (onshore/sim.EpochEvents from `cabinets`
// cabinets, seeded by seed) of epoch with d.Keys.
func (d *Deployment) Prove(ctx context.Context, epoch uint64, n, cabinets int, seed uint64) (*Disclosure, error) {
	evs, err := sim.EpochEvents(d.Pool, d.Policy, epoch, n, cabinets, seed)
	if err != nil {
		return nil, err
	}
	b, err := ProveEpoch(ctx, d.Keys, d.Pool, d.Policy, epoch, evs)
	if err != nil {
		return nil, err
	}
	s, err := disclosure.FromBundle(b)
	if err != nil {
		return nil, err
	}
	return &Disclosure{Epoch: epoch, Events: evs, Bundle: b, Submission: s}, nil
}

// Sign has signers sign x and sets its quorum and calldata.
func (d *Deployment) Sign(x *Disclosure, signers ...*ecdsa.PrivateKey) error {
	q, err := Quorum(&x.Submission.Disclosure, d.Domain(), d.Threshold, signers...)
	if err != nil {
		return err
	}
	x.Signatures, x.Calldata = q, registry.Calldata(x.Submission, q)
	return nil
}

// Quorum has signers sign dis under dom and packs their signatures as the
// registry takes them (disclosure.Quorum with threshold).
func Quorum(dis *disclosure.Disclosure, dom disclosure.Domain, threshold int, signers ...*ecdsa.PrivateKey) ([]byte, error) {
	var sigs []disclosure.Signature
	for _, m := range signers {
		s, err := disclosure.Sign(dis, dom, m)
		if err != nil {
			return nil, err
		}
		sigs = append(sigs, s)
	}
	return disclosure.Quorum(sigs, threshold)
}

// Submit sends x from the relayer and appends it to d.Accepted.
func (d *Deployment) Submit(ctx context.Context, x *Disclosure) error {
	r, err := d.Sim.Chain.Send(ctx, d.Opts(d.Relayer), d.Addresses.Registry, x.Calldata)
	if err != nil {
		return fmt.Errorf("chaintest: submit epoch %d: %w", x.Epoch, err)
	}
	x.Receipt = r
	d.Accepted = append(d.Accepted, x)
	return nil
}

// Call runs calldata against the registry with eth_call at the latest
// block from the relayer; nil means the registry would accept it.
func (d *Deployment) Call(ctx context.Context, calldata []byte) error {
	_, err := d.Sim.Chain.Call(ctx, Address(d.Relayer), d.Addresses.Registry, calldata)
	return err
}

// Disclose proves n records of epoch (cabinets and seed as in Prove), has
// signers sign it and submits it.
func (d *Deployment) Disclose(ctx context.Context, epoch uint64, n, cabinets int, seed uint64, signers ...*ecdsa.PrivateKey) (*Disclosure, error) {
	x, err := d.Prove(ctx, epoch, n, cabinets, seed)
	if err != nil {
		return nil, err
	}
	if err := d.Sign(x, signers...); err != nil {
		return nil, err
	}
	return x, d.Submit(ctx, x)
}

// Govern makes changes as governance must: the admin (the timelock's
// proposer) schedules each, the simulated clock moves on by the delay, and
// the admin (its executor) executes each. It returns the execution
// receipts, in order; a change that reverts fails with the contract's
// custom error (onchain.RevertName).
func (d *Deployment) Govern(ctx context.Context, changes ...governance.Change) ([]*types.Receipt, error) {
	ops, err := d.Schedule(ctx, changes...)
	if err != nil {
		return nil, err
	}
	if err := d.Advance(d.Delay); err != nil {
		return nil, err
	}
	var rs []*types.Receipt
	for _, op := range ops {
		r, err := d.Timelock.Execute(ctx, d.Opts(d.Admin), op.ID)
		if err != nil {
			return rs, fmt.Errorf("chaintest: govern: %w", err)
		}
		rs = append(rs, r)
	}
	return rs, nil
}

// Schedule schedules changes on the timelock from the admin, without
// executing them.
func (d *Deployment) Schedule(ctx context.Context, changes ...governance.Change) ([]*governance.Operation, error) {
	var ops []*governance.Operation
	for _, c := range changes {
		op, err := d.Timelock.Schedule(ctx, d.Opts(d.Admin), c)
		if err != nil {
			return nil, fmt.Errorf("chaintest: schedule: %w", err)
		}
		ops = append(ops, op)
	}
	return ops, nil
}

// RotateCommittee sets a new committee of n fresh members (same threshold)
// through the timelock (Govern: the clock moves on by the delay).
func (d *Deployment) RotateCommittee(ctx context.Context, n int) error {
	next := Committee(n)
	if _, err := d.Govern(ctx, governance.SetCommittee(d.Addresses.Registry, Addresses(next), uint8(d.Threshold))); err != nil {
		return fmt.Errorf("chaintest: rotate committee: %w", err)
	}
	d.Committees = append(d.Committees, next)
	return nil
}

// Onboard registers each holder (country 276, valid a year) and mints them
// the amounts, in whole tokens (18 decimals).
func (d *Deployment) Onboard(ctx context.Context, holders []*ecdsa.PrivateKey, tokens []int64) error {
	now, err := d.Now(ctx)
	if err != nil {
		return err
	}
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	var hs []token.Holder
	for i, k := range holders {
		hs = append(hs, token.Holder{Address: Address(k), Country: 276, Expiry: now + 365*86400,
			Amount: new(big.Int).Mul(big.NewInt(tokens[i]), unit)})
	}
	return token.Onboard(ctx, &d.Sim.Chain, d.Opts(d.Agent), d.Addresses, hs)
}

// Payout deposits amount payout-token units for the accepted x from the
// operator (minting the test stablecoin to it first).
func (d *Deployment) Payout(ctx context.Context, x *disclosure.Disclosure, amount *big.Int) error {
	op := d.Opts(d.Operator)
	if err := token.MintTestStablecoin(ctx, &d.Sim.Chain, op, d.Addresses.PayoutToken, Address(d.Operator), amount); err != nil {
		return err
	}
	_, err := token.DepositPayout(ctx, &d.Sim.Chain, op, d.Addresses.Token, d.Addresses.PayoutToken, x, amount)
	return err
}

// UpgradeVerifier deploys a verifier of vk and points the pool at it
// through the timelock (Govern: the clock moves on by the delay): the
// registry's VerifierUpgraded log. It returns the new verifier's address.
func (d *Deployment) UpgradeVerifier(ctx context.Context, vk groth16.VerifyingKey) (common.Address, error) {
	words, err := verifier.KeyWords(vk)
	if err != nil {
		return common.Address{}, fmt.Errorf("chaintest: upgrade verifier: %w", err)
	}
	hash, err := keys.VKHash(vk)
	if err != nil {
		return common.Address{}, fmt.Errorf("chaintest: upgrade verifier: %w", err)
	}
	addr, _, err := d.Sim.Chain.Deploy(ctx, d.Opts(d.Admin), common.FromHex(bindings.Groth16VerifierMetaData.Bin),
		bindings.NewGroth16Verifier().PackConstructor(words.Array()))
	if err != nil {
		return common.Address{}, fmt.Errorf("chaintest: upgrade verifier: deploy: %w", err)
	}
	if _, err := d.Govern(ctx, governance.UpgradeVerifier(d.Addresses.Registry, d.Pool.Field(), addr, hash)); err != nil {
		return common.Address{}, fmt.Errorf("chaintest: upgrade verifier: %w", err)
	}
	return addr, nil
}

// Package investortest builds what the investor view's tests read: an
// in-process Osaka chain (optionally served over HTTP JSON-RPC, so the CLI
// can dial it) holding the rwabridge contracts, a committee of three
// (threshold 2), one pool under the daily policy, real disclosures proven
// with the summary circuit at a small capacity (INSECURE development keys,
// offshore/testprover), token holders and a payout deposited and claimed.
//
// It is test support, as net/http/httptest is: nothing in a production path
// imports it.
package investortest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/testprover"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Capacity is the chunk capacity of the test keys: the smallest that holds
// an epoch with the daily policy's five active cabinets.
const Capacity = 8

// Pool is the pool the fixture deploys.
const Pool = telemetry.PoolID("pool-a")

// ErrFixture wraps every failure to build the fixture.
var ErrFixture = errors.New("investortest")

// Options shape a Chain.
type Options struct {
	// KeyDir holds (or receives) the development keys; reuse one directory
	// to set the keys up once.
	KeyDir string
	// Epochs is the number of past epochs disclosed at start (ending with
	// the one before the current epoch).
	Epochs int
	// HTTP serves the chain's JSON-RPC on a free 127.0.0.1 port (RPC).
	HTTP bool
}

// Chain is the fixture: a simulated chain with a deployment and its
// accepted disclosures.
type Chain struct {
	Sim         *onchain.Simulated
	RPC         string // http://127.0.0.1:port when Options.HTTP
	Addresses   *deploy.Addresses
	Policy      *policy.Policy
	Keys        *keys.Set
	ChainID     *big.Int
	Committee   []common.Address // sorted
	Signers     []common.Address // the two members that sign every disclosure, sorted
	Holders     []common.Address // token holders: 1000, 3000 and 6000 tokens
	Disclosures []disclosure.Disclosure
	Receipts    []*types.Receipt
	// PayoutEpoch has a payout deposited (Deposited, in payout-token base
	// units) and claimed by Holders[0] (Claimed).
	PayoutEpoch         uint64
	Deposited, Claimed  *big.Int
	admin, relayer      *ecdsa.PrivateKey
	members, holderKeys []*ecdsa.PrivateKey
}

// New starts the chain, deploys, mints tokens, discloses opts.Epochs real
// epochs and pays out the first disclosed epoch.
func New(ctx context.Context, opts Options) (*Chain, error) {
	set, err := testprover.SummaryKeys(ctx, opts.KeyDir, Capacity)
	if err != nil {
		return nil, fmt.Errorf("%w: keys: %w", ErrFixture, err)
	}
	p, err := policies.Default()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	c := &Chain{Policy: p, Keys: set}
	if c.admin, err = crypto.GenerateKey(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	if c.relayer, err = crypto.GenerateKey(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	alloc := types.GenesisAlloc{addr(c.admin): {Balance: onchain.Fund()}, addr(c.relayer): {Balance: onchain.Fund()}}
	for range 3 {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFixture, err)
		}
		c.members = append(c.members, k)
		h, err := crypto.GenerateKey()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFixture, err)
		}
		c.holderKeys = append(c.holderKeys, h)
		alloc[addr(h)] = types.Account{Balance: onchain.Fund()}
	}
	slices.SortFunc(c.members, func(a, b *ecdsa.PrivateKey) int { return bytes.Compare(addr(a).Bytes(), addr(b).Bytes()) })
	for _, m := range c.members {
		c.Committee = append(c.Committee, addr(m))
	}
	c.Signers = []common.Address{c.Committee[0], c.Committee[2]}
	if c.Sim, c.RPC, err = newSimulated(alloc, opts.HTTP); err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			c.Close()
		}
	}()
	if c.ChainID, err = c.Sim.Chain.ChainID(ctx); err != nil {
		return nil, fmt.Errorf("%w: chain id: %w", ErrFixture, err)
	}
	c.Addresses, err = deploy.Deploy(ctx, &c.Sim.Chain, c.opts(c.admin), &deploy.Plan{
		Committee: c.Committee, Threshold: 2, Pool: Pool, Policy: p, VK: set.VK,
		TokenName: "Pool A revenue share", TokenSymbol: "PAR",
	})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	now, err := c.Now(ctx)
	if err != nil {
		return nil, err
	}
	if err := c.holders(ctx, now); err != nil {
		return nil, err
	}
	first := now/p.EpochSeconds() - uint64(opts.Epochs)
	for i := range opts.Epochs {
		if _, err := c.Disclose(ctx, first+uint64(i)); err != nil {
			return nil, err
		}
	}
	if opts.Epochs > 0 {
		if err := c.payout(ctx, &c.Disclosures[0]); err != nil {
			return nil, err
		}
	}
	ok = true
	return c, nil
}

// newSimulated is onchain.NewSimulated, with the node's HTTP JSON-RPC
// turned on when serve is set.
func newSimulated(alloc types.GenesisAlloc, serve bool) (*onchain.Simulated, string, error) {
	url := ""
	port := 0
	if serve {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, "", fmt.Errorf("%w: free port: %w", ErrFixture, err)
		}
		port = l.Addr().(*net.TCPAddr).Port
		l.Close()
		url = fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	b := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = onchain.OsakaConfig()
		ec.Genesis.GasLimit = 60_000_000
		ec.Miner.GasCeil = 60_000_000
		if serve {
			nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
			nc.HTTPModules = []string{"eth", "net", "web3"}
		}
	})
	s := &onchain.Simulated{Backend: b}
	s.Chain = onchain.Chain{Backend: b.Client(), Mine: func() { b.Commit() }}
	return s, url, nil
}

// Close stops the chain.
func (c *Chain) Close() {
	if c.Sim != nil {
		c.Sim.Close()
	}
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func (c *Chain) opts(k *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k, c.ChainID)
}

// Now returns the latest block's time.
func (c *Chain) Now(ctx context.Context) (uint64, error) {
	h, err := c.Sim.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("%w: head: %w", ErrFixture, err)
	}
	return h.Time, nil
}

// NextEpoch moves the chain's clock forward by one epoch and mines a block,
// so the epoch that was current has ended.
func (c *Chain) NextEpoch() error {
	if err := c.Sim.Advance(time.Duration(c.Policy.EpochSeconds()) * time.Second); err != nil {
		return fmt.Errorf("%w: %w", ErrFixture, err)
	}
	return nil
}

// Disclose proves epoch of Pool from generated telemetry, has two
// committee members sign it and submits it from the relayer.
func (c *Chain) Disclose(ctx context.Context, epoch uint64) (*disclosure.Disclosure, error) {
	evs, err := testprover.Events(Pool, c.Policy, epoch, Capacity, 6, epoch)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	b, err := testprover.ProveEpoch(ctx, c.Keys, Pool, c.Policy, epoch, evs)
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d: %w", ErrFixture, epoch, err)
	}
	sub, err := disclosure.FromBundle(b)
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d: %w", ErrFixture, epoch, err)
	}
	dom := disclosure.Domain{ChainID: c.ChainID, Registry: c.Addresses.Registry}
	var sigs []disclosure.Signature
	for _, m := range []*ecdsa.PrivateKey{c.members[0], c.members[2]} {
		s, err := disclosure.Sign(&sub.Disclosure, dom, m)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrFixture, err)
		}
		sigs = append(sigs, s)
	}
	q, err := disclosure.Quorum(sigs, 2)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	r, err := c.Sim.Chain.Send(ctx, c.opts(c.relayer), c.Addresses.Registry, registry.Calldata(sub, q))
	if err != nil {
		return nil, fmt.Errorf("%w: submit epoch %d: %w", ErrFixture, epoch, err)
	}
	c.Disclosures = append(c.Disclosures, sub.Disclosure)
	c.Receipts = append(c.Receipts, r)
	return &c.Disclosures[len(c.Disclosures)-1], nil
}

var (
	tokenABI    = bindings.NewRWAToken()
	identityABI = bindings.NewIdentityRegistry()
	stableABI   = bindings.NewTestOnlyStablecoin()
)

// holders registers three investors and mints them 1000, 3000 and 6000
// tokens (18 decimals).
func (c *Chain) holders(ctx context.Context, now uint64) error {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for i, n := range []int64{1000, 3000, 6000} {
		a := addr(c.holderKeys[i])
		c.Holders = append(c.Holders, a)
		if err := c.send(ctx, c.admin, c.Addresses.IdentityRegistry, identityABI.PackRegisterIdentity(a, 276, now+365*86400)); err != nil {
			return err
		}
		if err := c.send(ctx, c.admin, c.Addresses.Token, tokenABI.PackMint(a, new(big.Int).Mul(big.NewInt(n), unit))); err != nil {
			return err
		}
	}
	return nil
}

// payout deposits half of d's cap and has Holders[0] claim its share.
func (c *Chain) payout(ctx context.Context, d *disclosure.Disclosure) error {
	out, err := c.Sim.Chain.Call(ctx, addr(c.admin), c.Addresses.Token, tokenABI.PackPayoutCap(registry.Binding(d)))
	if err != nil {
		return fmt.Errorf("%w: payout cap: %w", ErrFixture, err)
	}
	capacity, err := tokenABI.UnpackPayoutCap(out)
	if err != nil {
		return fmt.Errorf("%w: payout cap: %w", ErrFixture, err)
	}
	amount := new(big.Int).Div(capacity, big.NewInt(2))
	for _, step := range []struct {
		to   common.Address
		data []byte
	}{
		{c.Addresses.PayoutToken, stableABI.PackMint(addr(c.admin), amount)},
		{c.Addresses.PayoutToken, stableABI.PackApprove(c.Addresses.Token, amount)},
		{c.Addresses.Token, tokenABI.PackDepositPayout(registry.Binding(d), amount)},
	} {
		if err := c.send(ctx, c.admin, step.to, step.data); err != nil {
			return err
		}
	}
	if err := c.send(ctx, c.holderKeys[0], c.Addresses.Token, tokenABI.PackClaim(d.Epoch)); err != nil {
		return err
	}
	out, err = c.Sim.Chain.Call(ctx, c.Holders[0], c.Addresses.Token, tokenABI.PackClaimed(d.Epoch, c.Holders[0]))
	if err != nil {
		return fmt.Errorf("%w: claimed: %w", ErrFixture, err)
	}
	if c.Claimed, err = tokenABI.UnpackClaimed(out); err != nil {
		return fmt.Errorf("%w: claimed: %w", ErrFixture, err)
	}
	c.PayoutEpoch, c.Deposited = d.Epoch, amount
	return nil
}

func (c *Chain) send(ctx context.Context, from *ecdsa.PrivateKey, to common.Address, data []byte) error {
	if _, err := c.Sim.Chain.Send(ctx, c.opts(from), to, data); err != nil {
		return fmt.Errorf("%w: %w", ErrFixture, err)
	}
	return nil
}

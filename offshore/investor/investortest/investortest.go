// Package investortest is the investor view's scenario in the test world
// (offshore/chaintest): an in-process Osaka chain (optionally served over
// HTTP JSON-RPC, so the CLI can dial it) holding the rwabridge contracts, a
// committee of three (threshold 2), one pool under the daily policy, real
// disclosures proven with the summary circuit at a small capacity
// (INSECURE development keys), token holders and a payout deposited and
// claimed.
//
// It is test support, as net/http/httptest is: nothing in a production path
// imports it.
package investortest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/token"
	"github.com/rwabridge/rwabridge/policies"
)

// Capacity is the chunk capacity of the test keys.
const Capacity = chaintest.Capacity

// Pool is the pool the fixture deploys.
const Pool = chaintest.Pool

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
	*chaintest.Deployment
	RPC       string           // http://127.0.0.1:port when Options.HTTP
	ChainID   *big.Int         // Deployment.ID
	Committee []common.Address // sorted
	Signers   []common.Address // the two members that sign every disclosure, sorted
	Holders   []common.Address // token holders: 1000, 3000 and 6000 tokens
	// Disclosures are the accepted disclosures with their receipts.
	Disclosures []disclosure.Disclosure
	Receipts    []*types.Receipt
	// PayoutEpoch has a payout deposited (Deposited, in payout-token base
	// units) and claimed by Holders[0] (Claimed).
	PayoutEpoch        uint64
	Deposited, Claimed *big.Int
}

// New starts the chain, deploys, mints tokens, discloses opts.Epochs real
// epochs and pays out the first disclosed epoch.
func New(ctx context.Context, opts Options) (*Chain, error) {
	set, err := chaintest.KeysIn(ctx, opts.KeyDir)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	p, err := policies.Default()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	ch, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 4, HTTP: opts.HTTP})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	// The pool's first epoch is the first of the opts.Epochs disclosed,
	// which end with the one before the current; with none, the one before
	// the current, ended and awaiting its disclosure.
	now, err := ch.Epoch(ctx, p)
	if err != nil {
		ch.Close()
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	first := now - uint64(max(opts.Epochs, 1))
	d, err := chaintest.Deploy(ctx, ch, chaintest.DeployOptions{Keys: set, Policy: p, FirstEpoch: &first})
	if err != nil {
		ch.Close()
		return nil, fmt.Errorf("%w: %w", ErrFixture, err)
	}
	c := &Chain{Deployment: d, RPC: ch.URL, ChainID: ch.ID, Committee: chaintest.Addresses(d.Members())}
	if err := c.build(ctx, opts, first); err != nil {
		c.Close()
		return nil, err
	}
	return c, nil
}

// build onboards the holders, discloses opts.Epochs epochs from first and
// pays out the first.
func (c *Chain) build(ctx context.Context, opts Options, first uint64) error {
	c.Signers = []common.Address{c.Committee[0], c.Committee[2]}
	holders := c.Funded[1:4]
	c.Holders = chaintest.Addresses(holders)
	if err := c.Onboard(ctx, holders, []int64{1000, 3000, 6000}); err != nil {
		return fmt.Errorf("%w: %w", ErrFixture, err)
	}
	for i := range opts.Epochs {
		if _, err := c.Disclose(ctx, first+uint64(i)); err != nil {
			return err
		}
	}
	if opts.Epochs > 0 {
		if err := c.payout(ctx, &c.Disclosures[0], holders[0]); err != nil {
			return err
		}
	}
	return nil
}

// NextEpoch moves the chain's clock forward by one epoch and mines a block,
// so the epoch that was current has ended.
func (c *Chain) NextEpoch() error {
	if err := c.Sim.Advance(time.Duration(c.Policy.EpochSeconds()) * time.Second); err != nil {
		return fmt.Errorf("%w: %w", ErrFixture, err)
	}
	return nil
}

// Disclose proves epoch of Pool from generated telemetry (a full chunk from
// six cabinets), has two committee members sign it and submits it from the
// relayer.
func (c *Chain) Disclose(ctx context.Context, epoch uint64) (*disclosure.Disclosure, error) {
	m := c.Members()
	x, err := c.Deployment.Disclose(ctx, epoch, Capacity, 6, epoch, m[0], m[2])
	if err != nil {
		return nil, fmt.Errorf("%w: epoch %d: %w", ErrFixture, epoch, err)
	}
	c.Disclosures = append(c.Disclosures, x.Submission.Disclosure)
	c.Receipts = append(c.Receipts, x.Receipt)
	return &c.Disclosures[len(c.Disclosures)-1], nil
}

// payout deposits half of d's cap and has holder claim its share.
func (c *Chain) payout(ctx context.Context, d *disclosure.Disclosure, holder *ecdsa.PrivateKey) error {
	capacity, err := token.PayoutCap(ctx, &c.Sim.Chain, c.Addresses.Token, d)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrFixture, err)
	}
	amount := new(big.Int).Div(capacity, big.NewInt(2))
	if err := c.Payout(ctx, d, amount); err != nil {
		return fmt.Errorf("%w: %w", ErrFixture, err)
	}
	if c.Claimed, _, err = token.Claim(ctx, &c.Sim.Chain, c.Opts(holder), c.Addresses.Token, d.Epoch); err != nil {
		return fmt.Errorf("%w: %w", ErrFixture, err)
	}
	c.PayoutEpoch, c.Deposited = d.Epoch, amount
	return nil
}

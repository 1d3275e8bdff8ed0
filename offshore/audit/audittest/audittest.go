// Package audittest is the auditor's scenario in the test world
// (offshore/chaintest): development (INSECURE) keys of the summary circuit
// at capacity 8, a deployment with a committee of three (threshold 2), a
// three-chunk epoch signed by that committee, then a committee rotation,
// two single-chunk epochs signed by the new committee, and two signed but
// unsubmitted candidates for a later epoch (one single-chunk, one of three
// chunks).
//
// It is test support: nothing outside tests may use it.
package audittest

import (
	"context"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// Capacity is the chunk capacity of the fixture's keys.
const Capacity = chaintest.Capacity

// Pool is the fixture's pool.
const Pool = chaintest.Pool

// Disclosure is one signed submission.
type Disclosure = chaintest.Disclosure

// Fixture is the chain and what was done on it.
type Fixture struct {
	*chaintest.Deployment
	// Addrs are the deployed contracts (Deployment.Addresses).
	Addrs *deploy.Addresses
	// Pending are candidates for a later epoch than the last accepted one,
	// signed by the current committee and never submitted: [0] single
	// chunk, [1] three chunks.
	Pending []*Disclosure
}

// Keys returns development keys of the summary circuit at Capacity in dir
// (set up there once, reused after).
func Keys(ctx context.Context, dir string) (*keys.Set, error) { return chaintest.KeysIn(ctx, dir) }

// Deploy starts a simulated chain with the contracts deployed for set's
// key and pool, its first epoch first (the first to disclose), committee
// version 1 and nothing disclosed. Close f.Sim when done.
func Deploy(ctx context.Context, set *keys.Set, pool telemetry.PoolID, first uint64) (*Fixture, error) {
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1})
	if err != nil {
		return nil, err
	}
	return deployOn(ctx, c, set, pool, first)
}

// deployOn deploys on c with the pool's first epoch; it closes c on error.
func deployOn(ctx context.Context, c *chaintest.Chain, set *keys.Set, pool telemetry.PoolID, first uint64) (*Fixture, error) {
	d, err := chaintest.Deploy(ctx, c, chaintest.DeployOptions{Pool: pool, Keys: set, TokenName: "Pool A", TokenSymbol: "PA", FirstEpoch: &first})
	if err != nil {
		c.Close()
		return nil, err
	}
	return &Fixture{Deployment: d, Addrs: d.Addresses}, nil
}

// firstEpoch returns the epoch back epochs before the one in progress on
// c under the fixture's policy (the embedded default); it closes c on
// error.
func firstEpoch(ctx context.Context, c *chaintest.Chain, back uint64) (uint64, error) {
	p, err := policies.Default()
	if err != nil {
		c.Close()
		return 0, err
	}
	now, err := c.Epoch(ctx, p)
	if err != nil {
		c.Close()
		return 0, err
	}
	return now - back, nil
}

// New builds the fixture with set (Keys). Close f.Sim when done.
func New(ctx context.Context, set *keys.Set) (*Fixture, error) {
	// The pool's first epoch is now−5: the fixture discloses every epoch
	// from it, in order.
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1})
	if err != nil {
		return nil, err
	}
	first, err := firstEpoch(ctx, c, 5)
	if err != nil {
		return nil, err
	}
	f, err := deployOn(ctx, c, set, Pool, first)
	if err != nil {
		return nil, err
	}
	if err := f.build(ctx, first+5); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// build discloses the fixture's epochs and prepares the pending ones.
func (f *Fixture) build(ctx context.Context, now uint64) error {
	// Epoch now−5: three chunks, committee version 1.
	if err := f.accept(ctx, now-5, 2*Capacity+3, 0); err != nil {
		return err
	}
	if err := f.RotateCommittee(ctx, 3); err != nil {
		return err
	}
	// Epochs now−4 (one chunk) and now−3 (two, the last not full),
	// committee version 2; the pending disclosures are of the next epoch,
	// now−2, within its growth and drop bounds.
	if err := f.accept(ctx, now-4, Capacity, 1); err != nil {
		return err
	}
	if err := f.accept(ctx, now-3, 2*Capacity-1, 1); err != nil {
		return err
	}
	for _, n := range []int{Capacity, 2*Capacity + 3} {
		d, err := f.prepare(ctx, now-2, n, 1)
		if err != nil {
			return err
		}
		f.Pending = append(f.Pending, d)
	}
	return nil
}

// prepare proves n records of epoch and has committee index c's last two
// members sign it.
func (f *Fixture) prepare(ctx context.Context, epoch uint64, n, c int) (*Disclosure, error) {
	d, err := f.Prove(ctx, epoch, n, 6, epoch^uint64(n))
	if err != nil {
		return nil, err
	}
	return d, f.Deployment.Sign(d, f.Committees[c][1:]...)
}

func (f *Fixture) accept(ctx context.Context, epoch uint64, n, c int) error {
	d, err := f.prepare(ctx, epoch, n, c)
	if err != nil {
		return err
	}
	return f.Submit(ctx, d)
}

// Sign turns a proof bundle into a submission signed by the last two
// members of committee index c.
func (f *Fixture) Sign(b *bundle.Bundle, c int) (*Disclosure, error) {
	s, err := disclosure.FromBundle(b)
	if err != nil {
		return nil, err
	}
	d := &Disclosure{Epoch: b.Epoch, Bundle: b, Submission: s}
	return d, f.Deployment.Sign(d, f.Committees[c][1:]...)
}

// Package bridgetest is the bridge's scenario in the test world
// (offshore/chaintest): a chain served over HTTP JSON-RPC (so relayer
// subprocesses share it) with the contracts deployed, a file-backed fake
// ledger (Ledger) with sealed epochs, and committee keys that attest them;
// and a seal event source the tests drive (SealEvents).
//
// It is test support: nothing outside tests may use it.
package bridgetest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Pool is the test pool.
const Pool = chaintest.Pool

// Capacity is the chunk capacity of the test keys (chaintest.Keys).
const Capacity = chaintest.Capacity

// World is a chain with the contracts deployed, a fake ledger with sealed
// epochs, and committee keys to attest them.
type World struct {
	Dir       string
	Chain     *chaintest.Chain
	Dep       *chaintest.Deployment
	Ledger    *Ledger
	Policy    *policy.Policy
	Keys      *keys.Set
	KeysDir   string
	Epochs    []uint64
	Seals     map[uint64]*ledger.Seal
	Summaries map[uint64]*summary.Summary

	held    []uint64
	events  map[uint64][]telemetry.Event
	attestN int
}

// WorldOptions shape a world.
type WorldOptions struct {
	Epochs    int // sealed epochs, the last ending before the chain's head (default 3)
	Members   int // committee size (default 3)
	Threshold int // default 2
	Attest    int // members that attest every epoch (default Threshold)
	// Held epochs are computed but sealed only by Release, one at a time,
	// after the Epochs ones (so later seals keep the epoch order).
	Held int
	// Records per epoch (default Capacity: one full chunk); more than
	// Capacity makes multi-chunk epochs.
	Records int
	// Chain shapes the chain; it always serves HTTP and has no fee cap.
	Chain chaintest.ChainOptions
	// FirstEpochEarlier moves the registry's first epoch that many epochs
	// before the world's first (epochs the ledger never seals): a
	// misconfigured deployment whose next epoch the relayer never has.
	FirstEpochEarlier int
}

// NewWorld builds a world in dir.
func NewWorld(ctx context.Context, dir string, o WorldOptions) (*World, error) {
	if o.Epochs == 0 {
		o.Epochs = 3
	}
	if o.Members == 0 {
		o.Members = 3
	}
	if o.Threshold == 0 {
		o.Threshold = 2
	}
	if o.Attest == 0 {
		o.Attest = o.Threshold
	}
	if o.Records == 0 {
		o.Records = Capacity
	}
	set, kdir, err := chaintest.Keys()
	if err != nil {
		return nil, err
	}
	o.Chain.Funded = max(o.Chain.Funded, 3)
	o.Chain.HTTP, o.Chain.NoFeeCap = true, true
	ch, err := chaintest.NewChain(o.Chain)
	if err != nil {
		return nil, err
	}
	// The world's epochs are the Epochs+Held days before the current one;
	// the pool's first epoch is the oldest of them.
	p, err := policies.Default()
	if err != nil {
		ch.Close()
		return nil, err
	}
	now, err := ch.Epoch(ctx, p)
	if err != nil {
		ch.Close()
		return nil, err
	}
	first := now - uint64(o.Epochs+o.Held)
	registryFirst := first - uint64(o.FirstEpochEarlier)
	dep, err := chaintest.Deploy(ctx, ch, chaintest.DeployOptions{Members: o.Members, Threshold: o.Threshold, Keys: set,
		Policy: p, TokenName: "Test Pool", TokenSymbol: "TP", FirstEpoch: &registryFirst})
	if err != nil {
		ch.Close()
		return nil, fmt.Errorf("deploy: %w", err)
	}
	w := &World{Dir: dir, Chain: ch, Dep: dep, Policy: p, Keys: set, KeysDir: kdir, Seals: map[uint64]*ledger.Seal{},
		Summaries: map[uint64]*summary.Summary{}, events: map[uint64][]telemetry.Event{}, attestN: o.Attest}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		ch.Close()
		return nil, err
	}
	if w.Ledger, err = NewLedger(filepath.Join(dir, "ledger.json")); err != nil {
		ch.Close()
		return nil, err
	}
	today := first + uint64(o.Epochs+o.Held)
	for i := o.Epochs + o.Held; i >= 1; i-- {
		e := today - uint64(i)
		evs, err := sim.EpochEvents(Pool, p, e, o.Records, 6, 1000+e)
		if err != nil {
			ch.Close()
			return nil, err
		}
		w.events[e] = evs
		w.held = append(w.held, e)
	}
	for range o.Epochs {
		if _, err := w.Release(ctx); err != nil {
			ch.Close()
			return nil, err
		}
	}
	return w, nil
}

// Release seals and attests the next held epoch and returns it; ok is
// false when none is left.
func (w *World) Release(ctx context.Context) (uint64, error) {
	if len(w.held) == 0 {
		return 0, fmt.Errorf("bridgetest: no held epoch left")
	}
	e := w.held[0]
	w.held = w.held[1:]
	seal, s, err := SealFor(Pool, w.Policy, e, Capacity, w.events[e])
	if err != nil {
		return 0, err
	}
	if err := w.Ledger.AddSeal(seal, w.events[e]); err != nil {
		return 0, err
	}
	w.Epochs = append(w.Epochs, e)
	w.Seals[e], w.Summaries[e] = seal, s
	return e, w.Attest(ctx, e, w.attestN)
}

// Close stops the chain.
func (w *World) Close() { w.Chain.Close() }

// Domain returns the EIP-712 domain of the deployed registry.
func (w *World) Domain() disclosure.Domain {
	return w.Dep.Domain()
}

// Attest records the attestations of the first n committee members for
// epoch (already recorded ones are kept).
func (w *World) Attest(ctx context.Context, epoch uint64, n int) error {
	d, err := disclosure.FromSummary(w.Summaries[epoch])
	if err != nil {
		return err
	}
	dom := w.Domain()
	digest := d.Digest(dom)
	for i := range n {
		sig, err := disclosure.Sign(d, dom, w.Dep.Members()[i])
		if err != nil {
			return err
		}
		if _, err := w.Ledger.RecordAttestation(ctx, ledger.AttestationRequest{Pool: Pool, Epoch: epoch, Org: fmt.Sprintf("Org%dMSP", i),
			Signer: sig.Signer.Hex(), Signature: sig.Sig, Digest: field.Digest(digest)}); err != nil {
			return err
		}
	}
	return nil
}

// Disclosures returns how many DisclosureAccepted events the registry
// emitted per epoch on the canonical chain.
func (w *World) Disclosures(ctx context.Context) (map[uint64]int, error) {
	r := &registry.Reader{Chain: w.Chain.Client, Address: w.Dep.Addresses.Registry}
	evs, err := r.Accepted(ctx, Pool.Field(), nil, nil, nil)
	if err != nil {
		return nil, err
	}
	out := map[uint64]int{}
	for _, ev := range evs {
		out[ev.Epoch]++
	}
	return out, nil
}

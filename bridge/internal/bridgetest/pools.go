package bridgetest

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// AddPool configures pool on the registry beside Pool, under the same
// policy, first epoch and token, on verifier (the deployment's when
// zero), through the timelock (the clock moves on by its delay), then
// seals every epoch the world has sealed so far for it too (other events)
// and has the attesting members sign them.
func (w *World) AddPool(ctx context.Context, pool telemetry.PoolID, verifier common.Address) error {
	a := w.Dep.Addresses
	if verifier == (common.Address{}) {
		verifier = a.Verifier
	}
	cfg, err := deploy.PoolConfig(w.Policy, verifier, a.Token, a.FirstEpoch)
	if err != nil {
		return err
	}
	if _, err := w.Dep.Govern(ctx, governance.ConfigurePool(a.Registry, pool.Field(), cfg),
		governance.AllowPolicy(a.Registry, pool.Field(), w.Policy.Hash().BigInt(), uint16(w.Policy.PayoutShareBP), uint8(w.Policy.Disclose))); err != nil {
		return fmt.Errorf("bridgetest: add pool %s: %w", pool, err)
	}
	for _, e := range w.Epochs {
		evs, err := sim.EpochEvents(pool, w.Policy, e, Capacity, 6, 2000+e)
		if err != nil {
			return err
		}
		seal, s, err := SealFor(pool, w.Policy, e, Capacity, evs)
		if err != nil {
			return err
		}
		if err := w.Ledger.AddSeal(seal, evs); err != nil {
			return err
		}
		d, err := disclosure.FromSummary(s)
		if err != nil {
			return err
		}
		dom := w.Domain()
		for i := range w.attestN {
			sig, err := disclosure.Sign(d, dom, w.Dep.Members()[i])
			if err != nil {
				return err
			}
			if _, err := w.Ledger.RecordAttestation(ctx, ledger.AttestationRequest{Pool: pool, Epoch: e, Org: fmt.Sprintf("Org%dMSP", i),
				Signer: sig.Signer.Hex(), Signature: sig.Sig, Digest: field.Digest(d.Digest(dom))}); err != nil {
				return err
			}
		}
	}
	return nil
}

// PoolDisclosures returns how many DisclosureAccepted events the registry
// emitted per epoch of pool on the canonical chain, and the transaction
// of each.
func (w *World) PoolDisclosures(ctx context.Context, pool telemetry.PoolID) (map[uint64]int, map[uint64]common.Hash, error) {
	r := &registry.Reader{Chain: w.Chain.Client, Address: w.Dep.Addresses.Registry}
	evs, err := r.Accepted(ctx, pool.Field(), nil, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	n, txs := map[uint64]int{}, map[uint64]common.Hash{}
	for _, ev := range evs {
		n[ev.Epoch]++
		txs[ev.Epoch] = ev.Raw.TxHash
	}
	return n, txs, nil
}

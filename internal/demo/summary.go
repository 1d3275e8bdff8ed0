package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/offshore/investor"
)

// summary prints what an investor sees (`rwabridge investor list --vk
// KEYS`: the investor view reading the registry, every proof re-checked
// with the demo's key set, which also names the keys' kind: development,
// insecure), the epochs that stayed onshore, and the final verdict.
func (r *run) summary(ctx context.Context) (string, error) {
	disclosed := r.rep.Disclosed()
	if r.rep.Verified != len(disclosed) || len(disclosed) == 0 {
		return "", fmt.Errorf("%w: %d of %d disclosures verified", ErrMismatch, r.rep.Verified, len(disclosed))
	}
	// The committee's members named by the org each attests for.
	names := map[common.Address]string{}
	for org, a := range r.rep.Chain.Orgs {
		names[a] = org
	}
	rd, err := investor.NewReader(r.chain.sim.Client(), investor.Config{Registry: r.rep.Chain.Addresses.Registry,
		VK: r.keySet.VK, VKInsecure: r.keySet.Meta.Insecure, VKCeremony: r.keySet.Meta.Ceremony, VKCapacity: r.keySet.Meta.Capacity, SignerNames: names}, r.log.With("part", "investor"))
	if err != nil {
		return "", err
	}
	snap, err := rd.Read(ctx)
	if err != nil {
		return "", err
	}
	for _, p := range snap.Pools {
		for _, d := range p.Disclosures {
			if d.OnChain.Status != investor.Verified || d.Local.Status != investor.Verified {
				return "", fmt.Errorf("%w: the investor view shows epoch %d as %s on-chain (%s), %s locally (%s)", ErrMismatch,
					d.Epoch, d.OnChain.Status, d.OnChain.Detail, d.Local.Status, d.Local.Detail)
			}
		}
	}
	fmt.Fprintln(r.out)
	if err := investor.WriteTable(r.out, snap); err != nil {
		return "", err
	}
	for _, ep := range r.rep.Epochs {
		if !ep.Disclosable {
			fmt.Fprintf(r.out, "suppressed: %s, %d active cabinets (k = %d): disclosed without figures, which stay onshore\n",
				ep.Seal.Start.UTC().Format(time.DateOnly), ep.Seal.ActiveCabinets, ep.Seal.MinActiveCabinets)
		}
	}
	fmt.Fprintf(r.out, "\n%d epoch(s) sealed, %d disclosed; payouts %s TESTUSD deposited and claimed; demo took %s\n",
		len(r.rep.Epochs), len(disclosed), usd(r.rep.Deposited), since(r.began))
	fmt.Fprintf(r.out, "all %d disclosures verified\n", r.rep.Verified)
	return "", nil
}

// serve keeps the chain and its JSON-RPC running until ctx ends, mining a
// block whenever transactions are pending.
func (r *run) serve(ctx context.Context) error {
	c := r.chain
	r.rep.RPCURL = c.rpcURL
	a := r.rep.Chain.Addresses
	fmt.Fprintf(r.out, "\nserving the simulated L2 (chain id %s) on %s — Ctrl-C stops it\n", r.rep.Chain.ChainID, c.rpcURL)
	fmt.Fprintf(r.out, "  registry  %s\n  token     %s\n  verifier  %s\n", a.Registry.Hex(), a.Token.Hex(), a.Verifier.Hex())
	fmt.Fprintln(r.out, "next:")
	for _, n := range r.cfg.Next {
		status := ""
		if !n.Available {
			status = "   (coming)"
		}
		fmt.Fprintf(r.out, "  %s%s\n", n.Expand(c.rpcURL, a.Registry.Hex(), r.cfg.DataDir), status)
	}
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			fmt.Fprintln(r.out, "stopping the simulated L2")
			return nil
		case <-tick.C:
			n, err := c.sim.Client().PendingTransactionCount(ctx)
			if err != nil {
				if ctx.Err() != nil {
					continue
				}
				r.log.Warn("pending transactions", "err", err)
				continue
			}
			if n > 0 {
				c.sim.Commit()
			}
		}
	}
}

package demo

import (
	"context"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/rwabridge/rwabridge/circuits/summary"
)

// summary prints the investor table and the final verdict.
func (r *run) summary(context.Context) (string, error) {
	disclosed := r.rep.Disclosed()
	if r.rep.Verified != len(disclosed) || len(disclosed) == 0 {
		return "", fmt.Errorf("%w: %d of %d disclosures verified", ErrMismatch, r.rep.Verified, len(disclosed))
	}
	fmt.Fprintln(r.out)
	tw := tabwriter.NewWriter(r.out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "EPOCH (UTC day)\tSWAPS\tENERGY kWh\tREVENUE\tACTIVE CABINETS\tMIN SoH\tPAYOUT TESTUSD\tL2 TX")
	for _, ep := range r.rep.Epochs {
		day := ep.Seal.Start.UTC().Format(time.DateOnly)
		if ep.Bundle == nil || ep.TxHash == "" {
			fmt.Fprintf(tw, "%s\t-\t-\t-\t%d\t-\t-\tnot disclosed (k < %d)\n", day, ep.Seal.ActiveCabinets, ep.Seal.MinActiveCabinets)
			continue
		}
		m := ep.Bundle.Metrics
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%d\t%s\t%s\t%s\n", day, m.Swaps, kwh(m.EnergyWh), cents(m.RevenueCents),
			m.ActiveCabinets, soh(m), usd(ep.Deposited), ep.TxHash)
	}
	if err := tw.Flush(); err != nil {
		return "", err
	}
	fmt.Fprintf(r.out, "\n%d epoch(s) sealed, %d disclosed; payouts %s TESTUSD deposited and claimed; demo took %s\n",
		len(r.rep.Epochs), len(disclosed), usd(r.rep.Deposited), since(r.began))
	fmt.Fprintf(r.out, "all %d disclosures verified\n", r.rep.Verified)
	return "", nil
}

func kwh(wh uint64) string { return fmt.Sprintf("%d.%03d", wh/1000, wh%1000) }

func soh(m summary.Metrics) string {
	return fmt.Sprintf("%d.%d%%", m.MinSoHPermille/10, m.MinSoHPermille%10)
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

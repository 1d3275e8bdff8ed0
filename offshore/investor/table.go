package investor

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/rwabridge/rwabridge/policies/policy"
)

// WriteTable writes the pools of s as terminal tables: a line of pool
// facts, then one row per epoch with the figures and their evidence.
func WriteTable(w io.Writer, s *Snapshot) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	for i, p := range s.Pools {
		if i > 0 {
			fmt.Fprintln(tw)
		}
		status := "up to date"
		if p.Stale {
			status = "STALE (an ended epoch is not disclosed)"
		}
		if !p.Active {
			status += ", inactive"
		}
		fmt.Fprintf(tw, "pool %s: %d epoch(s) disclosed, %s; verifier %s (vk %s, keys %s); committee v%d, %d of %d\n",
			p.ID, len(p.Disclosures), status, p.Verifier, p.VKHash, p.Keys.Kind, p.Committee.Version, p.Committee.Threshold, len(p.Committee.Members))
		if w := p.Keys.Warning(); w != "" {
			fmt.Fprintln(tw, w)
		}
		if t := p.Token; t != nil {
			fmt.Fprintf(tw, "token %s (%s): supply %s, %d holder(s); payouts %s %s deposited, %s claimed\n",
				t.Symbol, t.Address, groupDecimal(t.Supply, decimalsOf(t.Supply)), t.Holders, t.PaidOut, t.PayoutSymbol, t.Claimed)
		}
		fmt.Fprintln(tw, "epoch (UTC)\tswaps\tenergy kWh\trevenue\tcabinets\tmin health\ton-chain\tlocal proof\tsigners\tblock\ttx\t")
		for _, d := range p.Disclosures {
			members := 0
			for _, sg := range d.Signers {
				if sg.Member {
					members++
				}
			}
			figures := []string{groupInt(d.Swaps), groupDecimal(fixed(d.EnergyWh, 3), 1), groupDecimal(fixed(d.RevenueCents, 2), 2),
				groupInt(d.ActiveCabinets), fixed(d.MinSoHPermille, 1) + " %"}
			for m := range figures {
				if d.IsWithheld(policy.Metric(m)) {
					figures[m] = "withheld"
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d/%d\t%d\t%s\t\n",
				epochLabel(d, p.EpochLength), figures[0], figures[1], figures[2], figures[3], figures[4], d.OnChain.Status, d.Local.Status,
				members, d.Threshold, d.Block, d.Tx)
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("investor: table: %w", err)
	}
	return nil
}

func epochLabel(d *Disclosure, length uint32) string {
	if length >= 86400 {
		return d.Start.Format("2006-01-02")
	}
	return d.Start.Format("2006-01-02 15:04")
}

// decimalsOf returns how many decimals a plain decimal string has.
func decimalsOf(s string) int {
	for i := range s {
		if s[i] == '.' {
			return len(s) - i - 1
		}
	}
	return 0
}

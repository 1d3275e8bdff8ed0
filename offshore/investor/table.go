package investor

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

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
			if m := p.Missing; m != nil {
				status = fmt.Sprintf("STALE (epoch %d, %s, is not disclosed yet)", m.Epoch, spanLabel(m.Start, p.EpochLength))
			}
		}
		if !p.Active {
			status += ", inactive"
		}
		members := make([]string, len(p.Committee.Members))
		for i, m := range p.Committee.Members {
			members[i] = m.Label()
		}
		fmt.Fprintf(tw, "pool %s: %d epoch(s) disclosed, %s; verifier %s (vk %s, keys %s); committee v%d, %d of %d: %s; revenue in %s\n",
			p.ID, len(p.Disclosures), status, p.Verifier, p.VKHash, p.Keys.Kind, p.Committee.Version, p.Committee.Threshold, len(p.Committee.Members),
			strings.Join(members, ", "), currencyUnit(p.Currency))
		if w := p.Keys.Warning(); w != "" {
			fmt.Fprintln(tw, w)
		} else if p.Keys.Kind == KeysCeremony {
			fmt.Fprintf(tw, "%s (known from %s)\n", p.Keys.Label(), p.Keys.Source)
		}
		if t := p.Token; t != nil {
			fmt.Fprintf(tw, "token %s (%s): supply %s, %d holder(s); payouts %s %s deposited, %s claimed\n",
				t.Symbol, t.Address, groupDecimal(t.Supply, decimalsOf(t.Supply)), t.Holders, t.PaidOut, t.PayoutSymbol, t.Claimed)
		}
		fmt.Fprintf(tw, "epoch (UTC)\tswaps\tenergy kWh\trevenue %s\tcabinets\tmin health\ton-chain\tlocal proof\tsignatures\tblock\ttx\t\n", currencyUnit(p.Currency))
		for _, d := range p.Disclosures {
			figures := []string{groupInt(d.Swaps), groupDecimal(fixed(d.EnergyWh, 3), 1), groupDecimal(fixed(d.RevenueCents, 2), 2),
				groupInt(d.ActiveCabinets), fixed(d.MinSoHPermille, 1) + " %"}
			for m := range figures {
				switch {
				case d.Suppressed:
					figures[m] = "below k"
				case d.IsWithheld(policy.Metric(m)):
					figures[m] = "withheld"
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t\n",
				epochLabel(d, p.EpochLength), figures[0], figures[1], figures[2], figures[3], figures[4], d.OnChain.Status, d.Local.Status,
				d.Signatures(), d.Block, d.Tx)
			for _, sg := range d.Signers {
				if !sg.Member {
					fmt.Fprintf(tw, "  epoch %d: signature of %s, not a member of committee v%d\n", d.Epoch, sg.Label(), d.CommitteeVersion)
				}
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("investor: table: %w", err)
	}
	return nil
}

func epochLabel(d *Disclosure, length uint32) string { return spanLabel(d.Start, length) }

// spanLabel names the epoch starting at start: its day, or its day and
// time for epochs shorter than a day (UTC).
func spanLabel(start time.Time, length uint32) string {
	if length >= 86400 {
		return start.UTC().Format("2006-01-02")
	}
	return start.UTC().Format("2006-01-02 15:04")
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

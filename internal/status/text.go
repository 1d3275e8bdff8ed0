package status

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/bridge/outbox"
)

// WriteText writes the report as one screen of text.
func WriteText(w io.Writer, r *Report) error {
	tw := &textWriter{w: w}
	tw.line("rwabridge status, read %s", stamp(r.ReadAt))
	tw.onshore(&r.Onshore)
	tw.agent(&r.Agent)
	tw.relayer(&r.Relayer)
	tw.l2(&r.L2)
	return tw.err
}

type textWriter struct {
	w   io.Writer
	err error
}

func (t *textWriter) line(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format+"\n", a...)
	}
}

// head prints a section's heading, or its state when it was not read;
// it reports whether the section was read.
func (t *textWriter) head(title string, s Section, what string) bool {
	switch s.State {
	case StateOK:
		t.line("\n%-8s %s", title, what)
		return true
	case StateUnreachable:
		t.line("\n%-8s %s: unreachable: %s", title, what, s.Detail)
	case StateInUse:
		t.line("\n%-8s %s: in use: %s", title, what, s.Detail)
	case StateError:
		t.line("\n%-8s %s: could not be read: %s", title, what, s.Detail)
	default:
		t.line("\n%-8s %s", title, s.Detail)
	}
	return false
}

func (t *textWriter) onshore(o *Onshore) {
	what := fmt.Sprintf("%s ledger %s", o.Backend, o.Source)
	if o.State == StateUnreachable {
		t.line("\nONSHORE  ledger unreachable (%s): %s", strings.TrimSpace(o.Backend+" "+o.Source), o.Detail)
		return
	}
	if !t.head("ONSHORE", o.Section, what+fmt.Sprintf(": %d devices registered", o.Devices)) {
		return
	}
	if len(o.Pools) == 0 {
		t.line("  no pool: no device is registered")
	}
	for _, p := range o.Pools {
		t.line("  pool %s: %d devices (%d revoked)", p.Pool, p.Devices, p.RevokedDevices)
		unsealed := ""
		if len(p.UnsealedEpochs) > 0 {
			unsealed = " (epochs " + epochList(p.UnsealedEpochs) + ")"
		}
		t.line("    records   %d ingested: %d sealed, %d awaiting a seal%s", p.Ingested, p.SealedRecords, p.UnsealedRecords, unsealed)
		if s := p.LastSeal; s != nil {
			verdict := "disclosable"
			if !s.Disclosable {
				verdict = "suppressed (below k: no figures)"
			}
			t.line("    last seal epoch %d (%s), sealed %s: %d records, %d active cabinets, %s",
				s.Epoch, span(s.Start, s.End), stamp(s.SealedAt), s.Records, s.ActiveCabinets, verdict)
		} else {
			t.line("    last seal none yet")
		}
		t.line("    seals     %d: %d disclosable, %d suppressed; %d exported to the L2", p.Seals, p.Disclosable, p.Suppressed, p.Exported)
		awaiting := ""
		if len(p.AwaitingDisclosure) > 0 {
			awaiting = " (epochs " + epochList(p.AwaitingDisclosure) + ")"
		}
		proofs := "proofs unknown (the relayer's outbox was not read)"
		if p.ProofsPending != nil {
			proofs = fmt.Sprintf("%d without a proof yet", *p.ProofsPending)
		}
		t.line("    pending   %d awaiting disclosure%s, %s", len(p.AwaitingDisclosure), awaiting, proofs)
	}
}

func (t *textWriter) agent(a *Agent) {
	if t.head("AGENT", a.Section, "queue "+a.Path) {
		t.line("  %d events waiting for the ledger (%s)", a.Queued, bytesOf(a.QueuedBytes))
	}
}

func (t *textWriter) relayer(r *Relayer) {
	if !t.head("RELAYER", r.Section, "outbox "+r.Path) {
		return
	}
	var parts []string
	for _, s := range outbox.States() {
		if n := r.States[string(s)]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", s, n))
		}
	}
	if len(parts) == 0 {
		parts = []string{"empty"}
	}
	t.line("  %d epoch(s): %s", r.Entries, strings.Join(parts, ", "))
	for _, f := range r.Failed {
		t.line("  FAILED %s epoch %d: %s", f.Pool, f.Epoch, f.Note)
	}
}

func (t *textWriter) l2(l *L2) {
	if l.State == StateUnreachable {
		t.line("\nL2       L2 unreachable (%s): %s", l.RPC, l.Detail)
		return
	}
	what := fmt.Sprintf("registry %s on %s", l.Registry, l.RPC)
	if l.State == StateOK {
		what += fmt.Sprintf(" (chain %s, block %d, %s)", l.ChainID, l.Block, stamp(l.BlockTime))
	}
	if !t.head("L2", l.Section, what) {
		return
	}
	if len(l.Pools) == 0 {
		t.line("  no pool: the registry configured none")
	}
	for _, p := range l.Pools {
		latest := "nothing disclosed yet"
		if p.LatestEpoch != nil {
			latest = fmt.Sprintf("latest disclosed epoch %d (%s)", *p.LatestEpoch,
				span(epochTime(*p.LatestEpoch, p.EpochSeconds), epochTime(*p.LatestEpoch+1, p.EpochSeconds)))
		}
		active := ""
		if !p.Active {
			active = " (inactive)"
		}
		t.line("  pool %s%s: %s, %d disclosures", p.Pool, active, latest, p.Disclosures)
		switch {
		case p.Stale && p.MissingEpoch != nil:
			t.line("    STALE     epoch %d ended %s and is not disclosed", *p.MissingEpoch, stamp(*p.MissingEpochEnd))
		case p.Stale:
			t.line("    STALE     no epoch disclosed yet")
		default:
			t.line("    fresh     the registry does not call it stale")
		}
		t.line("    keys      %s (%s): %s", p.Keys.Kind, p.Keys.Label(), p.Keys.Source)
		if w := p.Keys.Warning(); w != "" {
			t.line("    %s", w)
		}
		t.line("    verifier  %s, key hash %s", p.Verifier, p.VKHash)
	}
}

// stamp prints an instant in the one form status uses.
func stamp(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") }

// span prints an epoch's [start, end): the day for a day-long epoch.
func span(start, end time.Time) string {
	start, end = start.UTC(), end.UTC()
	if end.Sub(start) == 24*time.Hour && start.Hour() == 0 && start.Minute() == 0 && start.Second() == 0 {
		return start.Format(time.DateOnly)
	}
	return start.Format("2006-01-02 15:04") + " to " + end.Format("2006-01-02 15:04") + " UTC"
}

func epochTime(e uint64, seconds uint32) time.Time {
	return time.Unix(int64(e*uint64(seconds)), 0).UTC()
}

func bytesOf(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

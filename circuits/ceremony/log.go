package ceremony

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// LogEntry is one entry of the ceremony's log on the onshore ledger: a
// contribution as the org that made it recorded it, under its own ledger
// identity (onshore/ledger's RecordContribution).
type LogEntry struct {
	Phase, Index int
	Org, Signer  string
	Contribution field.Digest
	Previous     field.Digest
	Signature    []byte
}

// LedgerLog is the ledger's ceremony log (onshore/ledger's CeremonyLog)
// as CheckLog and CheckInfoLog take it.
func LedgerLog(log []ledger.Contribution) []LogEntry {
	out := make([]LogEntry, len(log))
	for i, x := range log {
		out[i] = LogEntry{Phase: x.Phase, Index: x.Index, Org: x.Org, Signer: x.Signer,
			Contribution: x.Contribution, Previous: x.Previous, Signature: x.Signature}
	}
	return out
}

// CheckLog checks that log, the ledger's record of this ceremony, holds
// exactly the transcript's contributions: the same orgs in the same order
// with the same hashes, signers and signatures. A contribution the ledger
// logs but the transcript lacks was dropped by whoever passed the files
// on; one the transcript has but the ledger lacks was never recorded by
// its org. Either is ErrLedgerLog.
func (t *Transcript) CheckLog(log []LogEntry) error {
	var want [3][]LogEntry
	for phase := 1; phase <= 2; phase++ {
		for _, e := range t.Entries(phase) {
			want[phase] = append(want[phase], LogEntry{Phase: phase, Index: e.Index, Org: e.Org, Signer: e.Signer,
				Contribution: e.Contribution, Previous: e.Previous, Signature: e.Signature})
		}
	}
	return checkLog(want, log, "the transcript", true)
}

// CheckInfoLog checks that log, the ledger's record of the ceremony info
// describes (a key set's Metadata.Ceremony; log read for info.ID), holds
// exactly info's contributions: the same orgs in the same order, with the
// same hashes and signers, each built on the one before. It is what can be
// checked of a key set's description without its transcript: that the
// consortium's own ledger testifies to the contributors it names, not
// that the keys come from them (rwabridge ceremony verify checks that).
// A disagreement is ErrLedgerLog.
func CheckInfoLog(info *keys.CeremonyInfo, log []LogEntry) error {
	if info == nil {
		return fmt.Errorf("%w: no ceremony description to check the log against", ErrLedgerLog)
	}
	var want [3][]LogEntry
	for phase, cs := range map[int][]keys.Contributor{1: info.Phase1, 2: info.Phase2} {
		for i, c := range cs {
			want[phase] = append(want[phase], LogEntry{Phase: phase, Index: i + 1, Org: c.Org, Signer: c.Address, Contribution: c.Contribution})
		}
	}
	return checkLog(want, log, "the key set's description", false)
}

// checkLog compares log with the contributions want (what: the transcript
// or a description) holds by phase (1, 2).
// With full, each entry's Previous and Signature are compared too; without
// (a description that has neither), each logged entry after a phase's first
// must build on the contribution before it.
func checkLog(want [3][]LogEntry, log []LogEntry, what string, full bool) error {
	byPhase := map[int][]LogEntry{}
	for _, l := range log {
		byPhase[l.Phase] = append(byPhase[l.Phase], l)
	}
	for phase := range byPhase {
		if phase != 1 && phase != 2 {
			return fmt.Errorf("%w: the ledger logs a contribution to phase %d", ErrLedgerLog, phase)
		}
	}
	for phase := 1; phase <= 2; phase++ {
		es, ls := want[phase], byPhase[phase]
		for i := 0; i < max(len(es), len(ls)); i++ {
			switch {
			case i >= len(es):
				l := ls[i]
				return fmt.Errorf("%w: the ledger logs %s's contribution %d of phase %d (sha256 %s), which %s lacks: it was dropped", ErrLedgerLog, l.Org, l.Index, phase, l.Contribution, what)
			case i >= len(ls):
				e := es[i]
				return fmt.Errorf("%w: %s's contribution %d of phase %d (sha256 %s) is not on the ledger's log", ErrLedgerLog, e.Org, e.Index, phase, e.Contribution)
			}
			e, l := es[i], ls[i]
			same := l.Index == e.Index && l.Org == e.Org && strings.EqualFold(l.Signer, e.Signer) && l.Contribution == e.Contribution
			if full {
				same = same && l.Previous == e.Previous && bytes.Equal(l.Signature, e.Signature)
			} else if i > 0 {
				same = same && l.Previous == es[i-1].Contribution
			}
			if !same {
				return fmt.Errorf("%w: contribution %d of phase %d: the ledger logs %s's %s, %s has %s's %s", ErrLedgerLog, e.Index, phase, l.Org, l.Contribution, what, e.Org, e.Contribution)
			}
		}
	}
	return nil
}

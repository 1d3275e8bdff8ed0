package ceremony

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/rwabridge/rwabridge/internal/field"
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

// CheckLog checks that log, the ledger's record of this ceremony, holds
// exactly the transcript's contributions: the same orgs in the same order
// with the same hashes, signers and signatures. A contribution the ledger
// logs but the transcript lacks was dropped by whoever passed the files
// on; one the transcript has but the ledger lacks was never recorded by
// its org. Either is ErrLedgerLog.
func (t *Transcript) CheckLog(log []LogEntry) error {
	byPhase := map[int][]LogEntry{}
	for _, l := range log {
		byPhase[l.Phase] = append(byPhase[l.Phase], l)
	}
	for phase := 1; phase <= 2; phase++ {
		es, ls := t.Entries(phase), byPhase[phase]
		for i := 0; i < max(len(es), len(ls)); i++ {
			switch {
			case i >= len(es):
				l := ls[i]
				return fmt.Errorf("%w: the ledger logs %s's contribution %d of phase %d (sha256 %s), which the transcript lacks: it was dropped", ErrLedgerLog, l.Org, l.Index, phase, l.Contribution)
			case i >= len(ls):
				e := es[i]
				return fmt.Errorf("%w: %s's contribution %d of phase %d (sha256 %s) is not on the ledger's log", ErrLedgerLog, e.Org, e.Index, phase, e.Contribution)
			}
			e, l := es[i], ls[i]
			if l.Index != e.Index || l.Org != e.Org || !strings.EqualFold(l.Signer, e.Signer) || l.Contribution != e.Contribution ||
				l.Previous != e.Previous || !bytes.Equal(l.Signature, e.Signature) {
				return fmt.Errorf("%w: contribution %d of phase %d: the ledger logs %s's %s, the transcript has %s's %s", ErrLedgerLog, e.Index, phase, l.Org, l.Contribution, e.Org, e.Contribution)
			}
		}
	}
	for phase := range byPhase {
		if phase != 1 && phase != 2 {
			return fmt.Errorf("%w: the ledger logs a contribution to phase %d", ErrLedgerLog, phase)
		}
	}
	return nil
}

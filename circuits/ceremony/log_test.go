package ceremony

import (
	"testing"
)

func logOf(t *Transcript) []LogEntry {
	var out []LogEntry
	for phase := 1; phase <= 2; phase++ {
		for _, e := range t.Entries(phase) {
			out = append(out, LogEntry{Phase: phase, Index: e.Index, Org: e.Org, Signer: e.Signer,
				Contribution: e.Contribution, Previous: e.Previous, Signature: append([]byte(nil), e.Signature...)})
		}
	}
	return out
}

func TestCheckLogWantsExactlyTheTranscriptsContributions(t *testing.T) {
	dir, _ := ceremonyFixture(t)
	tr, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.CheckLog(logOf(tr)); err != nil {
		t.Fatalf("the transcript's own log: %v", err)
	}
	for name, c := range map[string]struct {
		edit    func([]LogEntry) []LogEntry
		mention string
	}{
		"the ledger logs a contribution the transcript dropped": {func(l []LogEntry) []LogEntry {
			extra := l[2]
			extra.Index, extra.Org = 4, "Org4MSP"
			return append(l[:3:3], append([]LogEntry{extra}, l[3:]...)...)
		}, "dropped"},
		"a contribution its org never logged": {func(l []LogEntry) []LogEntry { return l[:5] }, "Org3MSP's contribution 3 of phase 2"},
		"another file logged":                 {func(l []LogEntry) []LogEntry { l[1].Contribution[3] ^= 1; return l }, "Org2MSP"},
		"another signer logged":               {func(l []LogEntry) []LogEntry { l[1].Signer = l[0].Signer; return l }, "phase 1"},
		"another signature logged":            {func(l []LogEntry) []LogEntry { l[5].Signature[0] ^= 1; return l }, "phase 2"},
		"another predecessor logged":          {func(l []LogEntry) []LogEntry { l[2].Previous = l[0].Contribution; return l }, "phase 1"},
		"a phase that does not exist":         {func(l []LogEntry) []LogEntry { return append(l, LogEntry{Phase: 3, Index: 1}) }, "phase 3"},
		"an empty log":                        {func([]LogEntry) []LogEntry { return nil }, "not on the ledger"},
	} {
		t.Run(name, func(t *testing.T) {
			mustFail(t, tr.CheckLog(c.edit(logOf(tr))), ErrLedgerLog, c.mention)
		})
	}
}

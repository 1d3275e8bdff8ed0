package ceremony

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rwabridge/rwabridge/circuits/keys"
)

// logOf is the ledger log an honest run of t records: each contribution as
// its org recorded it.
func logOf(t *Transcript) []LogEntry {
	var out []LogEntry
	for phase := 1; phase <= 2; phase++ {
		for _, e := range t.Entries(phase) {
			out = append(out, LogEntry{Phase: phase, Index: e.Index, Org: e.Org, Signer: e.Signer,
				Contribution: e.Contribution, Previous: e.Previous, Signature: e.Signature})
		}
	}
	return out
}

func TestTheLedgersLogIsCheckedAgainstTheTranscriptAndAKeySetsDescription(t *testing.T) {
	dir, _ := ceremonyFixture(t)
	tr, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	set, err := keys.Find(filepath.Join(dir, KeysDir), testCapacity)
	if err != nil {
		t.Fatal(err)
	}
	info := set.Meta.Ceremony
	honest := logOf(tr)
	if len(honest) != 6 {
		t.Fatalf("%d log entries, want 6", len(honest))
	}
	if err := tr.CheckLog(honest); err != nil {
		t.Fatalf("the transcript's own log: %v", err)
	}
	if err := CheckInfoLog(info, honest); err != nil {
		t.Fatalf("the key set's description against the honest log: %v", err)
	}
	// The description's own entries are the transcript's: the signer's
	// address is compared whatever its case.
	lower := slices.Clone(honest)
	for i := range lower {
		lower[i].Signer = strings.ToLower(lower[i].Signer)
	}
	if err := CheckInfoLog(info, lower); err != nil {
		t.Fatalf("signers in lower case: %v", err)
	}

	cases := []struct {
		name string
		log  func() []LogEntry
		info bool // CheckInfoLog catches it (it has no signatures)
	}{
		{"a log missing one org's contribution", func() []LogEntry { return slices.Delete(slices.Clone(honest), 4, 5) }, true},
		{"a log missing the last contribution", func() []LogEntry { return honest[:5] }, true},
		{"a log with a contribution the transcript lacks", func() []LogEntry {
			extra := honest[5]
			extra.Index, extra.Previous, extra.Contribution[0] = 4, honest[5].Contribution, extra.Contribution[0]^1
			return append(slices.Clone(honest), extra)
		}, true},
		{"two orgs swapped", func() []LogEntry {
			l := slices.Clone(honest)
			l[0].Org, l[1].Org = l[1].Org, l[0].Org
			return l
		}, true},
		{"another signer", func() []LogEntry {
			l := slices.Clone(honest)
			l[2].Signer = "0x0000000000000000000000000000000000000001"
			return l
		}, true},
		{"another contribution hash", func() []LogEntry {
			l := slices.Clone(honest)
			l[3].Contribution[5] ^= 1
			return l
		}, true},
		{"a contribution built on another file", func() []LogEntry {
			l := slices.Clone(honest)
			l[4].Previous[0] ^= 1
			return l
		}, true},
		{"a contribution to phase 3", func() []LogEntry {
			e := honest[0]
			e.Phase = 3
			return append(slices.Clone(honest), e)
		}, true},
		{"another signature", func() []LogEntry {
			l := slices.Clone(honest)
			l[1].Signature = slices.Clone(l[1].Signature)
			l[1].Signature[3] ^= 1
			return l
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := tr.CheckLog(c.log()); !errors.Is(err, ErrLedgerLog) {
				t.Errorf("CheckLog: %v, want ErrLedgerLog", err)
			}
			err := CheckInfoLog(info, c.log())
			if c.info && !errors.Is(err, ErrLedgerLog) {
				t.Errorf("CheckInfoLog: %v, want ErrLedgerLog", err)
			}
			if !c.info && err != nil {
				t.Errorf("CheckInfoLog: %v; the description has no signatures to compare", err)
			}
		})
	}
	if err := CheckInfoLog(nil, honest); !errors.Is(err, ErrLedgerLog) {
		t.Errorf("no description: %v", err)
	}
}

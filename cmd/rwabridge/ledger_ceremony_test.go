package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

// ceremonyTestLedger makes the embedded ledger of a new data directory and
// records a ceremony's log on it: each consortium org contributes once to
// each phase, as itself. It returns the directory, the ceremony's id, the
// requests in log order and the ledger's height.
func ceremonyTestLedger(t *testing.T) (data string, ceremony field.Digest, want []ledger.ContributionRequest, height uint64) {
	t.Helper()
	ctx := context.Background()
	data = filepath.Join(t.TempDir(), "data")
	l, err := embedded.OpenDir(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ceremony = field.Digest(sha256.Sum256([]byte("cli ceremony plan")))
	file := func(phase, i int) field.Digest {
		return field.Digest(sha256.Sum256(fmt.Appendf(nil, "cli phase %d file %d", phase, i)))
	}
	for phase := 1; phase <= 2; phase++ {
		for i, org := range l.Config().Contract.Orgs {
			r := ledger.ContributionRequest{
				Ceremony: ceremony, Phase: phase, Index: i + 1, Org: org,
				Contribution: file(phase, i+1), Previous: file(phase, i),
				Signer: fmt.Sprintf("0x%040x", 0xabc0+i), Signature: bytes.Repeat([]byte{byte(i + 1)}, 65),
			}
			if _, err := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: org, ID: "ceremony"})).RecordContribution(ctx, r); err != nil {
				t.Fatalf("phase %d contribution %d by %s: %v", phase, i+1, org, err)
			}
			want = append(want, r)
		}
	}
	return data, ceremony, want, l.Head().Height
}

func TestLedgerCeremonyPrintsTheLogInOrderAndWritesNothing(t *testing.T) {
	data, ceremony, want, height := ceremonyTestLedger(t)
	id := ceremony.String()

	code, stdout, stderr := simTestRun(t, "ledger", "ceremony", "--data", data, "--id", id)
	if code != 0 || !strings.Contains(stdout, "ceremony "+id+": 3 contributions in phase 1, 3 in phase 2") {
		t.Fatalf("exit %d\n%s%s", code, stdout, stderr)
	}
	rows := strings.Split(strings.TrimSpace(stdout), "\n")[2:] // after the summary and the header
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(rows), len(want), stdout)
	}
	for i, row := range rows {
		w := want[i]
		prefix := fmt.Sprintf("%d %d %s %s %s %s ", w.Phase, w.Index, w.Org, w.Contribution, w.Previous, w.Signer)
		if got := strings.Join(strings.Fields(row), " ") + " "; !strings.HasPrefix(got, prefix) {
			t.Errorf("row %d is %q, want it to start %q", i, row, prefix)
		}
	}

	// Without 0x and in upper case, the id names the same ceremony.
	code, upper, _ := simTestRun(t, "ledger", "ceremony", "--data", data, "--id", strings.ToUpper(id[2:]))
	if code != 0 || upper != stdout {
		t.Errorf("--id in upper case without 0x: exit %d\n%s", code, upper)
	}

	code, stdout, stderr = simTestRun(t, "ledger", "ceremony", "--data", data, "--id", id, "--json")
	var got []ledger.Contribution
	if err := json.Unmarshal([]byte(stdout), &got); code != 0 || err != nil || len(got) != len(want) {
		t.Fatalf("--json: exit %d, %v, %d entries\n%s%s", code, err, len(got), stdout, stderr)
	}
	for i, c := range got {
		if c.Phase != want[i].Phase || c.Index != want[i].Index || c.Org != want[i].Org || c.Contribution != want[i].Contribution ||
			!bytes.Equal(c.Signature, want[i].Signature) || c.TxID == "" || c.RecordedAt.IsZero() {
			t.Errorf("--json entry %d: %+v, want %+v", i, c, want[i])
		}
	}

	other := field.Digest(sha256.Sum256([]byte("no such ceremony"))).String()
	if code, stdout, _ := simTestRun(t, "ledger", "ceremony", "--data", data, "--id", other); code != 0 || !strings.Contains(stdout, "ceremony "+other+": no contributions on the ledger") {
		t.Errorf("a ceremony without contributions: exit %d, %q", code, stdout)
	}
	if code, stdout, _ := simTestRun(t, "ledger", "ceremony", "--data", data, "--id", other, "--json"); code != 0 || strings.TrimSpace(stdout) != "[]" {
		t.Errorf("a ceremony without contributions, --json: exit %d, %q; want []", code, stdout)
	}

	l, err := embedded.OpenExisting(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if h := l.Head().Height; h != height {
		t.Errorf("listing the log moved the ledger from block %d to %d", height, h)
	}
}

func TestLedgerCeremonyRefusesABadIDWithExitCode2(t *testing.T) {
	data := t.TempDir()
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no id", []string{"--data", data}, "--id is required"},
		{"a short id", []string{"--data", data, "--id", "0x1234"}, "--id"},
		{"an id that is no hex", []string{"--data", data, "--id", "0x" + strings.Repeat("zz", 32)}, "--id"},
		{"the zero id", []string{"--data", data, "--id", field.Digest{}.String()}, "zero digest"},
		{"no data", []string{"--id", field.Digest{1}.String()}, "--data is required"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := simTestRun(t, append([]string{"ledger", "ceremony"}, tt.args...)...)
			if code != 2 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 mentioning %q", code, stderr, tt.want)
			}
		})
	}
}

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

// TestCeremonyCommandsRunATwoOrgCeremonyRecordedOnTheLedger runs a whole
// ceremony at capacity 8 through the commands, as two orgs would, each
// recording its contributions on the onshore ledger, then verifies it
// (with the ledger's log), and checks the exit codes of a tampered file
// and a wrong beacon.
func TestCeremonyCommandsRunATwoOrgCeremonyRecordedOnTheLedger(t *testing.T) {
	tmp := t.TempDir()
	data := filepath.Join(tmp, "data")
	l, err := embedded.OpenDir(data, nil)
	if err != nil {
		t.Fatal(err)
	}
	orgs := l.Config().Contract.Orgs[:2]
	l.Close()
	dir := filepath.Join(tmp, "ceremony")
	args := []string{"ceremony", "init", "--dir", dir, "--capacity", "8", "--beacon1", "hash of block 100", "--beacon2", "hash of block 200"}
	keyFiles := map[string]string{}
	for _, org := range orgs {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keyFiles[org] = filepath.Join(tmp, org+".key")
		if err := ethkey.WriteHex(keyFiles[org], k); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--participant", org+"="+crypto.PubkeyToAddress(k.PublicKey).Hex())
	}
	must := func(want string, args ...string) string {
		t.Helper()
		code, stdout, stderr := runCLI(t, args...)
		if code != 0 || !strings.Contains(stdout, want) {
			t.Fatalf("%v: exit %d, want %q\n%s%s", args, code, want, stdout, stderr)
		}
		return stdout
	}
	must("ceremony 0x", args...)
	beacon1 := "0x" + strings.Repeat("ab", 32)
	beacon2 := "0x" + strings.Repeat("cd", 32)
	for i, beacon := range []string{beacon1, beacon2} {
		for j, org := range orgs {
			if i == 0 && j == 0 {
				// Contributed without a ledger; recorded afterwards.
				must("not recorded on a ledger", "ceremony", "contribute", "--dir", dir, "--org", org, "--key", keyFiles[org])
				code, _, stderr := runCLI(t, "ceremony", "contribute", "--dir", dir, "--org", org, "--key", keyFiles[org], "--data", data)
				if code != 9 || !strings.Contains(stderr, "rwabridge ceremony record") {
					t.Fatalf("contributing twice: exit %d\n%s", code, stderr)
				}
				code, _, stderr = runCLI(t, "ceremony", "record", "--dir", dir, "--org", org, "--key", keyFiles[orgs[1]], "--data", data)
				if code != 12 {
					t.Fatalf("record with another org's key: exit %d\n%s", code, stderr)
				}
				must("recorded on the ledger by "+org, "ceremony", "record", "--dir", dir, "--org", org, "--key", keyFiles[org], "--data", data)
				must("recorded on the ledger by "+org, "ceremony", "record", "--dir", dir, "--org", org, "--key", keyFiles[org], "--data", data)
				continue
			}
			must("recorded on the ledger by "+org, "ceremony", "contribute", "--dir", dir, "--org", org, "--key", keyFiles[org], "--data", data)
		}
		must("closed with beacon "+beacon, "ceremony", "close", "--dir", dir, "--beacon", beacon)
	}
	must("finished: keys in", "ceremony", "status", "--dir", dir)
	out := must(`"complete": true`, "ceremony", "verify", "--dir", dir, "--beacon1", beacon1, "--beacon2", beacon2, "--data", data, "--json")
	var doc struct {
		Complete  bool `json:"complete"`
		LedgerLog struct {
			Entries int `json:"entries"`
		} `json:"ledger_log"`
		Unchecked []string `json:"unchecked"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.LedgerLog.Entries != 4 || len(doc.Unchecked) != 0 {
		t.Fatalf("verify --json: %+v, %v\n%s", doc, err, out)
	}
	derived := filepath.Join(tmp, "derived-keys")
	out = must("OK: keys from a ceremony of 2 orgs: "+strings.Join(orgs, ", "), "ceremony", "verify", "--dir", dir, "--beacon1", beacon1, "--beacon2", beacon2, "--keys", derived)
	if !strings.Contains(out, "wrote the derived keys into "+derived) {
		t.Fatalf("verify --keys into a new directory:\n%s", out)
	}
	mine, _ := os.ReadFile(filepath.Join(derived, "summary-8.json"))
	theirs, _ := os.ReadFile(filepath.Join(dir, "keys", "summary-8.json"))
	if len(mine) == 0 || string(mine) != string(theirs) {
		t.Fatalf("the derived key set's metadata differs from the ceremony's:\n%s\n%s", mine, theirs)
	}

	code, _, stderr := runCLI(t, "ceremony", "verify", "--dir", dir, "--beacon1", "0x"+strings.Repeat("ce", 32))
	if code != 15 || !strings.Contains(stderr, "beacon") {
		t.Fatalf("another beacon: exit %d\n%s", code, stderr)
	}
	second := filepath.Join(dir, "phase2", "0002-"+orgs[1]+".ph2")
	b, err := os.ReadFile(second)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0x10
	if err := os.WriteFile(second, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "ceremony", "verify", "--dir", dir)
	if code != 10 || !strings.Contains(stderr, second) {
		t.Fatalf("a flipped byte: exit %d\n%s", code, stderr)
	}
	code, _, stderr = runCLI(t, "ceremony", "contribute", "--dir", dir, "--org", orgs[0])
	if code != 2 || !strings.Contains(stderr, "--key") {
		t.Fatalf("no key: exit %d\n%s", code, stderr)
	}
	code, _, stderr = runCLI(t, "setup", "--capacity", "8", "--keys", filepath.Join(tmp, "k"))
	if code == 0 || !strings.Contains(stderr, "rwabridge ceremony init") {
		t.Fatalf("setup without --dev: exit %d\n%s", code, stderr)
	}
}

func TestBenchCeremonyReadsTheStagesACommandPrints(t *testing.T) {
	stderr := []byte("ceremony verify: compiling the summary circuit at capacity 8 …\n" +
		"ceremony verify: compiling the summary circuit at capacity 8 done in 190ms\n" +
		"ceremony verify: phase 1: verifying contribution 1 of 3 (Org1MSP) done in 1m2.5s\n" +
		"something else done in a while\n")
	got := parseStages(stderr)
	if len(got) != 2 || got[0].Name != "compiling the summary circuit at capacity 8" || got[0].Took != 190*time.Millisecond ||
		got[1].Name != "phase 1: verifying contribution 1 of 3 (Org1MSP)" || got[1].Took != 62500*time.Millisecond {
		t.Fatalf("%+v", got)
	}
	for n, want := range map[int64]string{0: "-", 13_400: "13 kB", 48_200_000: "48 MB"} {
		if got := byteSize(n); got != want {
			t.Errorf("byteSize(%d) = %q, want %q", n, got, want)
		}
	}
}

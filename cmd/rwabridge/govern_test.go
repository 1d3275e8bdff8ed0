package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/governance"
)

func TestOffshoreGovernCommandsHaveHelpWithExamples(t *testing.T) {
	cmds := [][]string{{"offshore", "govern"}, {"offshore", "govern", "schedule"}, {"offshore", "govern", "list"},
		{"offshore", "govern", "execute"}, {"offshore", "govern", "cancel"}}
	for _, k := range scheduleKinds {
		cmds = append(cmds, []string{"offshore", "govern", "schedule", k.use})
	}
	for _, args := range cmds {
		code, out, _ := runCLI(t, append(args, "--help")...)
		if code != 0 || !strings.Contains(out, "Examples:") {
			t.Errorf("%v --help: exit %d, output:\n%s", args, code, out)
		}
	}
}

// The timelock's whole cycle from the command line, against a simulated
// chain served over HTTP: schedule, list in words, an early execute refused
// with the ready time, execute after the delay, cancel.
func TestOffshoreGovernSchedulesListsExecutesAndCancels(t *testing.T) {
	ctx := context.Background()
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1, HTTP: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := chaintest.Deploy(ctx, c, chaintest.DeployOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c.StartMiner(20 * time.Millisecond)
	dir := t.TempDir()
	depFile, keyFile := filepath.Join(dir, "addresses.json"), filepath.Join(dir, "proposer.key")
	doc, err := json.Marshal(d.Addresses)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(depFile, doc, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(c.Admin))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	at := []string{"--rpc", c.URL, "--deployment", depFile}
	keyed := append(at, "--key-file", keyFile)
	gov := func(args ...string) (int, string, string) {
		return runCLI(t, append([]string{"offshore", "govern"}, args...)...)
	}
	idOf := regexp.MustCompile(`scheduled (0x[0-9a-f]{64})`)

	fresh := chaintest.Addresses(chaintest.Committee(3))
	code, out, errOut := gov(append([]string{"schedule", "set-committee", "--members", fresh[0].Hex() + "," + fresh[1].Hex() + "," + fresh[2].Hex(), "--threshold", "2"}, keyed...)...)
	m := idOf.FindStringSubmatch(out)
	if code != 0 || m == nil || !strings.Contains(out, "setCommittee(members=[") || !strings.Contains(out, "ready at ") {
		t.Fatalf("schedule: exit %d\n%s%s", code, out, errOut)
	}
	id := m[1]
	op, err := d.Timelock.Operation(ctx, [32]byte(mustHash(t, id)))
	if err != nil {
		t.Fatal(err)
	}
	ready := governance.FormatTime(op.ReadyAt)
	code, out, _ = gov(append([]string{"list"}, at...)...)
	if code != 0 || !strings.Contains(out, id) || !strings.Contains(out, "waiting") || !strings.Contains(out, ready) ||
		!strings.Contains(out, "registry "+d.Addresses.Registry.Hex()+": setCommittee(members=["+fresh[0].Hex()) {
		t.Fatalf("list: exit %d\n%s", code, out)
	}
	code, _, errOut = gov(append([]string{"execute", id}, keyed...)...)
	if code != 4 || !strings.Contains(errOut, "not ready until "+ready) {
		t.Fatalf("early execute: exit %d, stderr %q; want 4 naming %s", code, errOut, ready)
	}
	if err := c.Advance(d.Delay); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = gov(append([]string{"execute", id}, keyed...)...)
	if code != 0 || !strings.Contains(out, "executed "+id) {
		t.Fatalf("execute: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, _ = gov(append([]string{"list"}, at...)...); code != 0 || !strings.Contains(out, "no pending operations") {
		t.Fatalf("list after execute: exit %d\n%s", code, out)
	}
	code, _, errOut = gov(append([]string{"execute", id}, keyed...)...)
	if code != 4 || !strings.Contains(errOut, "already executed") {
		t.Fatalf("second execute: exit %d, stderr %q", code, errOut)
	}

	code, out, errOut = gov(append([]string{"schedule", "unpause"}, keyed...)...)
	if m = idOf.FindStringSubmatch(out); code != 0 || m == nil {
		t.Fatalf("schedule unpause: exit %d\n%s%s", code, out, errOut)
	}
	if code, out, errOut = gov(append([]string{"cancel", m[1]}, keyed...)...); code != 0 || !strings.Contains(out, "cancelled "+m[1]) {
		t.Fatalf("cancel: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ = gov(append([]string{"list", "--all"}, at...)...)
	if code != 0 || !regexp.MustCompile(id+` +done +- +registry`).MatchString(out) || !regexp.MustCompile(m[1]+` +cancelled +- +registry .*: unpause\(\)`).MatchString(out) {
		t.Fatalf("list --all: exit %d\n%s", code, out)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"allow-policy", "--policy", "battery-swap-daily", "--share-bp", "2500"},
			"allowPolicy(pool=" + string(d.Pool) + ", policyHash=" + d.Policy.Hash().String() + ", payoutShareBp=2500, disclosed=" + strconv.Itoa(int(d.Policy.Disclose)) + ")"},
		{[]string{"set-sanity-bounds", "--policy", "battery-swap-daily"}, "setSanityBounds(pool=" + string(d.Pool) + ", maxValue=["},
		{[]string{"grant-role", "--contract", "token", "--role", "agent", "--account", fresh[0].Hex()},
			"token " + d.Addresses.Token.Hex() + ": grantRole(role=agent, account=" + fresh[0].Hex() + ")"},
		{[]string{"grant-role", "--contract", "timelock", "--role", "proposer", "--account", fresh[0].Hex()},
			"timelock " + d.Addresses.Timelock.Hex() + ": grantRole(role=proposer, account=" + fresh[0].Hex() + ")"},
		{[]string{"set-delay", "--delay", "96h"}, "timelock " + d.Addresses.Timelock.Hex() + ": updateDelay(newDelay=96h0m0s)"},
	} {
		code, out, errOut := gov(append(append([]string{"schedule"}, c.args...), keyed...)...)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("schedule %v: exit %d, want %q in\n%s%s", c.args, code, c.want, out, errOut)
		}
	}

	t.Run("bad input is named", func(t *testing.T) {
		noTimelock := filepath.Join(dir, "old.json")
		if err := os.WriteFile(noTimelock, []byte(`{"registry":"`+d.Addresses.Registry.Hex()+`"}`), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct {
			args []string
			want string
		}{
			{[]string{"list"}, "missing --rpc"},
			{[]string{"list", "--rpc", c.URL}, "missing --deployment"},
			{[]string{"list", "--rpc", c.URL, "--deployment", noTimelock}, "names no timelock"},
			{append([]string{"schedule", "unpause"}, at...), "missing --key-file"},
			{append([]string{"schedule", "set-committee", "--members", fresh[0].Hex() + "," + fresh[1].Hex(), "--threshold", "1"}, keyed...), "more than half"},
			{append([]string{"schedule", "grant-role", "--role", "admin", "--account", fresh[0].Hex()}, keyed...), "use guardian, operator or agent"},
			{append([]string{"schedule", "grant-role", "--role", "proposer", "--account", fresh[0].Hex()}, keyed...), "use guardian, operator or agent"},
			{append([]string{"schedule", "grant-role", "--contract", "timelock", "--role", "guardian", "--account", fresh[0].Hex()}, keyed...), "use proposer, executor or canceller"},
			{append([]string{"schedule", "set-delay", "--delay", "1500ms"}, keyed...), "a whole number of seconds"},
			{append([]string{"schedule", "grant-role", "--role", "guardian", "--account", "0x0000000000000000000000000000000000000000"}, keyed...), "the zero address"},
			{append([]string{"schedule", "allow-policy"}, keyed...), "missing --policy"},
			{append([]string{"execute", "0x12"}, keyed...), "32 bytes as hex"},
		} {
			code, _, errOut := gov(c.args...)
			if code != 2 || !strings.Contains(errOut, c.want) {
				t.Errorf("%v: exit %d, stderr %q; want 2 naming %q", c.args, code, errOut, c.want)
			}
		}
		code, _, errOut := gov(append([]string{"execute", "0x" + strings.Repeat("ab", 32)}, keyed...)...)
		if code != 4 || !strings.Contains(errOut, "no such operation") {
			t.Errorf("unknown operation: exit %d, stderr %q", code, errOut)
		}
	})
}

func mustHash(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		t.Fatalf("operation id %q: %v", s, err)
	}
	return b
}

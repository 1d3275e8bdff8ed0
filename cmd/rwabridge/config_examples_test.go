package main

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
)

// TestEverySampleConfigLoads parses each commented example in deploy/config
// with the loader of the command that reads it (strict: an unknown or
// misspelt key fails), so the samples can not drift from the code; a file
// there that no loader claims fails too.
func TestEverySampleConfigLoads(t *testing.T) {
	dir := filepath.Join("..", "..", "deploy", "config")
	loaders := map[string]func(path string, data []byte) error{
		"agent.yaml": func(_ string, data []byte) error { _, err := agent.ParseConfig(data); return err },
		"attest-":    func(_ string, data []byte) error { _, err := attest.ParseConfig(data); return err },
		"relay.yaml": func(_ string, data []byte) error { _, err := relay.ParseConfig(data); return err },
		"-ledger.yaml": func(path string, _ []byte) error {
			c, err := backend.LoadConfig(path)
			if err == nil && c.Backend != backend.Fabric {
				t.Errorf("%s: backend %s, want the Fabric example", path, c.Backend)
			}
			return err
		},
		"deploy.yaml": func(_ string, data []byte) error { _, err := deploy.Parse(data); return err },
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".yaml") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			for key, load := range loaders {
				if name == key || strings.HasPrefix(name, key) && strings.HasSuffix(key, "-") || strings.HasSuffix(name, key) && strings.HasPrefix(key, "-") {
					seen[key]++
					if err := load(path, data); err != nil {
						t.Fatalf("%s does not load: %v", path, err)
					}
					return
				}
			}
			t.Fatalf("%s: no loader claims it; add one to this test", path)
		})
	}
	for key := range loaders {
		if seen[key] == 0 {
			t.Errorf("no sample config for %q in %s", key, dir)
		}
	}
	if seen["attest-"] != 3 {
		t.Errorf("%d attestor samples, want one per consortium org (3)", seen["attest-"])
	}
}

// TestHelpNamesOnlySampleFilesThatExist: every deploy/config/… path a
// command's help names is a file of the repository (the generated
// deploy/fabric/.network files are made by network.sh and not checked).
func TestHelpNamesOnlySampleFilesThatExist(t *testing.T) {
	re := regexp.MustCompile(`deploy/config/[A-Za-z0-9_.*-]+`)
	for _, c := range newRootCmd(io.Discard, io.Discard).Commands() {
		for _, cmd := range append([]*cobra.Command{c}, c.Commands()...) {
			for _, path := range re.FindAllString(cmd.Long+"\n"+cmd.Example, -1) {
				if m, _ := filepath.Glob(filepath.Join("..", "..", path)); len(m) == 0 {
					t.Errorf("%s --help names %s: no such file", cmd.CommandPath(), path)
				}
			}
		}
	}
}

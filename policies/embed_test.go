package policies_test

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

var update = flag.Bool("update", false, "rewrite testdata/hashes.golden from the current policies")

// TestRealPolicyHashesArePinned fails whenever a real policy's hash changes:
// the hash is pinned in the L2 registry and bound into every proof, so a
// change must be deliberate (a new version) and regenerated with -update.
func TestRealPolicyHashesArePinned(t *testing.T) {
	all, err := policies.All()
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, p := range all {
		fmt.Fprintf(&got, "%s %d %s\n", p.ID, p.Version, p.Hash())
	}
	const golden = "testdata/hashes.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	if got.String() != string(want) {
		t.Errorf("policy hashes changed:\n got:\n%s\nwant:\n%s\nA changed hash invalidates the registry entry and every proof that pins it; raise the version and run go test with -update if that is intended.", got.String(), want)
	}
}

func TestEmbeddedPoliciesMatchTheFilesOnDisk(t *testing.T) {
	files, err := filepath.Glob("*.yaml")
	if err != nil || len(files) != 2 {
		t.Fatalf("want the two real policies, found %v (%v)", files, err)
	}
	for _, f := range files {
		t.Run(f+" is embedded unchanged", func(t *testing.T) {
			fromDisk, err := policy.Load(f)
			if err != nil {
				t.Fatal(err)
			}
			embedded, err := policies.ByID(strings.TrimSuffix(f, ".yaml"))
			if err != nil {
				t.Fatal(err)
			}
			if fromDisk.Hash() != embedded.Hash() {
				t.Errorf("hash on disk %s, embedded %s", fromDisk.Hash(), embedded.Hash())
			}
			if err := embedded.Bounds().Validate(); err != nil {
				t.Errorf("record bounds fail telemetry's Validate: %v", err)
			}
		})
	}
}

func TestDefaultIsTheDailyPolicy(t *testing.T) {
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	if p.ID != "battery-swap-daily" || p.Epoch != policy.Day {
		t.Errorf("Default() = %s with epoch %s, want battery-swap-daily with 1d", p.ID, p.Epoch)
	}
}

func TestWeeklyPolicyHasWeeklyEpochs(t *testing.T) {
	p, err := policies.ByID("battery-swap-weekly")
	if err != nil {
		t.Fatal(err)
	}
	if p.Epoch != policy.Week {
		t.Errorf("epoch %s, want 7d", p.Epoch)
	}
}

func TestUnknownIDIsNotFound(t *testing.T) {
	if _, err := policies.ByID("no-such-policy"); !errors.Is(err, policies.ErrNotFound) {
		t.Errorf("ByID error = %v, want ErrNotFound", err)
	}
}

func TestRealPoliciesSuitAFleetOfTensOfThousandsOfCabinets(t *testing.T) {
	all, err := policies.All()
	if err != nil {
		t.Fatal(err)
	}
	const cabinets, swapsPerDay = 20_000, 150 // a large but real fleet on a busy day
	for _, p := range all {
		t.Run(p.ID+" accepts a busy epoch of a large fleet", func(t *testing.T) {
			days := uint64(p.Epoch / policy.Day)
			swaps := uint64(cabinets) * swapsPerDay * days
			b := p.Bounds()
			busy := map[policy.Metric]uint64{
				policy.Swaps:          swaps,
				policy.EnergyWh:       swaps * uint64(b.MaxEnergyWh),
				policy.RevenueCents:   swaps * uint64(b.MaxFeeCents),
				policy.ActiveCabinets: cabinets,
				policy.MinSoHPermille: 1000,
			}
			for _, m := range p.Disclose.Metrics() {
				if busy[m] > p.Sanity[m].Max {
					t.Errorf("%s = %d exceeds sanity max %d", m, busy[m], p.Sanity[m].Max)
				}
			}
			if p.MinActiveCabinets < 2 {
				t.Errorf("k = %d does not hide single cabinets", p.MinActiveCabinets)
			}
		})
	}
}

// TestRealPoliciesDocumentEveryKey keeps the comments in the real files: each
// top-level key is preceded by a comment line.
func TestRealPoliciesDocumentEveryKey(t *testing.T) {
	files, _ := filepath.Glob("*.yaml")
	for _, f := range files {
		t.Run(f+" comments each key", func(t *testing.T) {
			fh, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer fh.Close()
			prev, keys := "", 0
			sc := bufio.NewScanner(fh)
			for sc.Scan() {
				line := sc.Text()
				if line != "" && line[0] != ' ' && line[0] != '#' {
					keys++
					if !strings.HasPrefix(prev, "#") {
						t.Errorf("key line %q has no comment above it", line)
					}
				}
				prev = line
			}
			if keys != 10 {
				t.Errorf("%d top-level keys, want 10", keys)
			}
		})
	}
}

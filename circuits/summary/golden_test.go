package summary

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/rwabridge/rwabridge/circuits/gadget"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// countRow is one line of testdata/constraints.json.
type countRow struct {
	Variant     string `json:"variant"`
	Capacity    int    `json:"capacity"`
	Constraints int    `json:"constraints"`
	Public      int    `json:"public_inputs"`
	Commitments int    `json:"commitments"`
}

func compileShape(tb testing.TB, c frontend.Circuit) constraint.ConstraintSystem {
	tb.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
	if err != nil {
		tb.Fatal(err)
	}
	return ccs
}

func rowOf(variant string, capacity int, ccs constraint.ConstraintSystem) countRow {
	return countRow{variant, capacity, ccs.GetNbConstraints(), ccs.GetNbPublicVariables() - 1, len(ccs.GetCommitments().CommitmentIndexes())}
}

// variants are the circuits measured against each other: the chosen one
// (lookup range checks, seven packed public inputs) and the baselines.
func variants(capacity int) []struct {
	name string
	c    frontend.Circuit
} {
	bits, _ := New(capacity, WithRanges(gadget.Bits))
	chosen, _ := New(capacity)
	return []struct {
		name string
		c    frontend.Circuit
	}{
		{"chosen: lookup ranges, 7 packed inputs", chosen},
		{"bit ranges, 7 packed inputs", bits},
		{"lookup ranges, 13 plain inputs", newExposed(capacity, gadget.Lookup)},
		{"lookup ranges, 1 sha256 digest input", newDigestCircuit(capacity, gadget.Lookup)},
	}
}

func TestConstraintCountsMatchTheGoldenFile(t *testing.T) {
	capacities := []int{8, 64, 1024}
	if testing.Short() {
		capacities = capacities[:2]
	}
	var rows []countRow
	for _, capacity := range capacities {
		c, _ := New(capacity)
		ccs := compileShape(t, c)
		rows = append(rows, rowOf("chosen", capacity, ccs))
		t.Logf("capacity %4d: %7d constraints", capacity, ccs.GetNbConstraints())
	}
	if !testing.Short() {
		for _, v := range variants(64)[1:] {
			rows = append(rows, rowOf(v.name, 64, compileShape(t, v.c)))
		}
	}
	var buf bytes.Buffer
	buf.WriteString("[\n")
	for i, r := range rows {
		b, _ := json.Marshal(r)
		sep := ","
		if i == len(rows)-1 {
			sep = ""
		}
		fmt.Fprintf(&buf, "  %s%s\n", b, sep)
	}
	buf.WriteString("]\n")
	golden(t, filepath.Join("testdata", "constraints.json"), buf.Bytes(), testing.Short())
}

// golden compares got with the file, or rewrites it with -update. With
// prefix, got may cover only the first rows of the file (a -short run).
func golden(t *testing.T, path string, got []byte, prefix bool) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update to create it)", err, t.Name())
	}
	if prefix {
		var g, w []countRow
		if json.Unmarshal(got, &g) != nil || json.Unmarshal(want, &w) != nil {
			t.Fatal("unreadable golden rows")
		}
		for _, r := range g {
			found := false
			for _, x := range w {
				found = found || x == r
			}
			if !found {
				t.Fatalf("%+v is not in %s: the circuit changed; if on purpose, run go test -run %s -update", r, path, t.Name())
			}
		}
		return
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs:\n%s\nwant:\n%s\nif the circuit changed on purpose, run go test -run %s -update (and raise Version)", path, got, want, t.Name())
	}
}

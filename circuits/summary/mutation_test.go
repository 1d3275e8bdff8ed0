package summary

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"text/tabwriter"
	"time"
)

// A sourceMutant removes or weakens one constraint of the circuit: Find (exact
// text, present exactly once in File) becomes Replace. Redundant, when set,
// says why the circuit accepts nothing more without that constraint; such a
// mutant is listed, not scored.
type sourceMutant struct {
	Name      string `json:"name"`
	File      string `json:"file"`
	Find      string `json:"find"`
	Replace   string `json:"replace"`
	Redundant string `json:"redundant,omitempty"`
}

// mutationSkip are the tests a mutant run leaves out: the golden files pin
// the constraint count and the public-input layout, so they would "catch"
// every mutant without saying anything about soundness.
const mutationSkip = "TestConstraintCountsMatchTheGoldenFile|TestPublicInputVectorsMatchTheGoldenFile|TestInitialAccumulatorHashIsPinned|TestMutationScore"

// TestMutationScore is the mutation harness (`make mutation`): for each
// mutant of testdata/mutants.json it builds the package with that one
// constraint removed or weakened (go test -overlay: the sources are never
// touched), runs the package's tests but the golden ones, and counts the
// mutant caught when they fail. It prints the table and the score, and
// fails below 100% of the scored mutants, or when a mutant does not build
// or no longer matches the source. Set RWABRIDGE_MUTATION=1 to run it (it
// takes a while: one build and test run per mutant).
func TestMutationScore(t *testing.T) {
	if os.Getenv("RWABRIDGE_MUTATION") == "" {
		t.Skip("the mutation harness runs with RWABRIDGE_MUTATION=1 (make mutation)")
	}
	data, err := os.ReadFile(filepath.Join("testdata", "mutants.json"))
	if err != nil {
		t.Fatal(err)
	}
	var mutants []sourceMutant
	if err := json.Unmarshal(data, &mutants); err != nil {
		t.Fatalf("testdata/mutants.json: %v", err)
	}
	only := os.Getenv("RWABRIDGE_MUTANT") // a name, to run one mutant
	tmp := t.TempDir()
	type row struct {
		m       sourceMutant
		verdict string
		detail  string
		took    time.Duration
	}
	var rows []row
	caught, scored, broken := 0, 0, 0
	for i, m := range mutants {
		if only != "" && m.Name != only {
			continue
		}
		src, err := os.ReadFile(m.File)
		if err != nil {
			t.Fatalf("mutant %q: %v", m.Name, err)
		}
		if n := strings.Count(string(src), m.Find); n != 1 {
			t.Errorf("mutant %q: its text occurs %d times in %s; update testdata/mutants.json", m.Name, n, m.File)
			continue
		}
		mutated := filepath.Join(tmp, fmt.Sprintf("m%d-%s", i, filepath.Base(m.File)))
		if err := os.WriteFile(mutated, []byte(strings.Replace(string(src), m.Find, m.Replace, 1)), 0o600); err != nil {
			t.Fatal(err)
		}
		abs, err := filepath.Abs(m.File)
		if err != nil {
			t.Fatal(err)
		}
		overlay := filepath.Join(tmp, fmt.Sprintf("m%d.json", i))
		ov, _ := json.Marshal(map[string]map[string]string{"Replace": {abs: mutated}})
		if err := os.WriteFile(overlay, ov, 0o600); err != nil {
			t.Fatal(err)
		}
		began := time.Now()
		cmd := exec.Command("go", "test", "-count=1", "-failfast", "-overlay", overlay, "-skip", mutationSkip, ".")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		runErr := cmd.Run()
		r := row{m: m, took: time.Since(began)}
		switch text := out.String(); {
		case strings.Contains(text, "[build failed]") || strings.Contains(text, "[setup failed]"):
			r.verdict, r.detail = "BROKEN", "the mutant does not build: fix its replacement"
			broken++
			t.Errorf("mutant %q does not build:\n%s", m.Name, text)
		case runErr == nil && m.Redundant != "":
			r.verdict, r.detail = "redundant", m.Redundant
		case runErr == nil:
			r.verdict, r.detail = "MISSED", "every test passes without it"
			scored++
		case m.Redundant != "":
			r.verdict, r.detail = "caught", "listed as redundant, yet a test fails: drop the reason"
			t.Errorf("mutant %q is listed as redundant but caught", m.Name)
		default:
			r.verdict, r.detail = "caught", firstFailure(text)
			scored++
			caught++
		}
		rows = append(rows, r)
		t.Logf("%-40s %-9s %s", m.Name, r.verdict, r.took.Round(time.Second))
	}
	var tab bytes.Buffer
	tw := tabwriter.NewWriter(&tab, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "MUTANT\tVERDICT\tBY")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.m.Name, r.verdict, r.detail)
	}
	tw.Flush()
	score := 100.0
	if scored > 0 {
		score = 100 * float64(caught) / float64(scored)
	}
	fmt.Fprintf(&tab, "%d mutants: %d caught, %d missed, %d redundant, %d broken; score %.0f%%\n",
		len(rows), caught, scored-caught, len(rows)-scored-broken, broken, score)
	fmt.Print(tab.String())
	if caught < scored {
		t.Errorf("mutation score %.0f%%: %d mutant(s) missed", score, scored-caught)
	}
}

// firstFailure names the first failing test in go test's output.
func firstFailure(out string) string {
	for _, l := range strings.Split(out, "\n") {
		if l = strings.TrimSpace(l); strings.HasPrefix(l, "--- FAIL: ") {
			return strings.TrimSuffix(strings.Fields(strings.TrimPrefix(l, "--- FAIL: "))[0], ":")
		}
	}
	return "the test run failed"
}

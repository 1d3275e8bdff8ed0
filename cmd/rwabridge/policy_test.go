package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const (
	dailyPolicy  = "../../policies/battery-swap-daily.yaml"
	weeklyPolicy = "../../policies/battery-swap-weekly.yaml"
	badTestdata  = "../../policies/policy/testdata/"
)

func runPolicy(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

var hashRE = regexp.MustCompile(`^0x[0-9a-f]{64}$`)

func TestPolicyCheckPrintsOKForEachValidFile(t *testing.T) {
	code, out, errOut := runPolicy(t, "policy", "check", dailyPolicy, weeklyPolicy)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got:\n%s", out)
	}
	for i, want := range []struct{ file, id string }{{dailyPolicy, "battery-swap-daily"}, {weeklyPolicy, "battery-swap-weekly"}} {
		re := regexp.MustCompile(`^OK ` + regexp.QuoteMeta(want.file) + ` id=` + want.id + ` version=2 hash=0x[0-9a-f]{64}$`)
		if !re.MatchString(lines[i]) {
			t.Errorf("line %d = %q, want it to match %s", i, lines[i], re)
		}
	}
}

func TestPolicyCheckNamesEveryProblemOfEveryFile(t *testing.T) {
	many, unknown := badTestdata+"many-problems.bad.yaml", badTestdata+"unknown-key.bad.yaml"
	code, out, errOut := runPolicy(t, "policy", "check", many, dailyPolicy, unknown)
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, errOut)
	}
	if !strings.HasPrefix(out, "OK "+dailyPolicy+" ") || strings.Count(out, "\n") != 1 {
		t.Errorf("stdout should hold only the valid file's OK line:\n%s", out)
	}
	for _, want := range []string{
		many + ": line 3: version:",
		many + ": line 5: epoch:",
		many + ": line 7: min_active_cabinets:",
		many + ": line 17: payout_share_bp:",
		many + ": line 18: withheld[2]:",
		unknown + ": line 6: disclosed: unknown key",
		"2 of 3 policy files have problems",
	} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr does not contain %q:\n%s", want, errOut)
		}
	}
}

func TestPolicyCheckReportsAMissingFile(t *testing.T) {
	code, _, errOut := runPolicy(t, "policy", "check", filepath.Join(t.TempDir(), "absent.yaml"))
	if code != 1 || !strings.Contains(errOut, "absent.yaml") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 naming the file", code, errOut)
	}
}

func TestPolicyCheckWithoutFilesIsAUsageError(t *testing.T) {
	if code, _, _ := runPolicy(t, "policy", "check"); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}

func TestPolicyHashPrintsOnlyTheHash(t *testing.T) {
	code, out, errOut := runPolicy(t, "policy", "hash", dailyPolicy)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	hash := strings.TrimSuffix(out, "\n")
	if !hashRE.MatchString(hash) {
		t.Fatalf("stdout = %q, want one 0x hash", out)
	}
	_, check, _ := runPolicy(t, "policy", "check", dailyPolicy)
	if !strings.HasSuffix(strings.TrimSpace(check), "hash="+hash) {
		t.Errorf("check printed %q, hash printed %s", check, hash)
	}
}

func TestPolicyHashIgnoresFormatting(t *testing.T) {
	src, err := os.ReadFile(dailyPolicy)
	if err != nil {
		t.Fatal(err)
	}
	// Drop every comment and blank line and reverse the order of the lists.
	var b strings.Builder
	for _, line := range strings.Split(string(src), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		line = strings.Replace(line, "[battery_in, battery_out]", "[battery_out, battery_in]", 1)
		line = strings.Replace(line, "[swaps, energy_wh,", "[energy_wh, swaps,", 1)
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	if !strings.Contains(b.String(), "[battery_out, battery_in]") || !strings.Contains(b.String(), "[energy_wh, swaps,") || strings.Contains(b.String(), "#") {
		t.Fatalf("the rewrite did not reorder the lists and drop the comments:\n%s", b.String())
	}
	reformatted := filepath.Join(t.TempDir(), "daily.yaml")
	if err := os.WriteFile(reformatted, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, want, _ := runPolicy(t, "policy", "hash", dailyPolicy)
	code, got, errOut := runPolicy(t, "policy", "hash", reformatted)
	if code != 0 || got != want {
		t.Errorf("exit %d, hash %q, want %q; stderr:\n%s", code, got, want, errOut)
	}
}

func TestPolicyHashOfAnInvalidPolicyFails(t *testing.T) {
	code, out, errOut := runPolicy(t, "policy", "hash", badTestdata+"withheld-committed.bad.yaml")
	if code != 1 || out != "" || !strings.Contains(errOut, "withheld field is committed") {
		t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 1, no stdout and the problem", code, out, errOut)
	}
}

func TestPolicyHashTakesExactlyOneFile(t *testing.T) {
	if code, _, _ := runPolicy(t, "policy", "hash", dailyPolicy, weeklyPolicy); code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
}

func TestPolicyHelpShowsExamples(t *testing.T) {
	for _, args := range [][]string{{"policy", "--help"}, {"policy", "check", "--help"}, {"policy", "hash", "--help"}} {
		t.Run(strings.Join(args, " ")+" shows an example", func(t *testing.T) {
			code, out, _ := runPolicy(t, args...)
			if code != 0 || !strings.Contains(out, "Examples:") || !strings.Contains(out, "rwabridge policy ") {
				t.Errorf("exit %d, output:\n%s", code, out)
			}
		})
	}
}

func TestPolicyUnknownSubcommandIsAUsageError(t *testing.T) {
	if code, _, errOut := runPolicy(t, "policy", "frobnicate"); code != 2 || !strings.Contains(errOut, "frobnicate") {
		t.Errorf("exit %d, stderr %q; want 2 naming the subcommand", code, errOut)
	}
}

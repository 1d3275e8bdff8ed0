package offshore_test

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestGeneratedFilesAreUpToDate recompiles the contracts and regenerates
// the bindings into a temporary directory and fails on any difference from
// the committed artifacts and bindings. It needs node and the pinned npm
// packages (scripts/install-test-deps.sh runs `npm ci` in
// offshore/contracts); without them it skips and says so.
func TestGeneratedFilesAreUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("regenerating the bindings takes a while; skipped in -short")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: cannot recompile the contracts (scripts/install-test-deps.sh installs it)")
	}
	modules, err := filepath.Abs(filepath.Join("contracts", "node_modules"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(modules, "solc")); err != nil {
		t.Skip("offshore/contracts/node_modules is missing: run `npm ci` in offshore/contracts (scripts/install-test-deps.sh does)")
	}
	tmp := t.TempDir()
	copyTree(t, "contracts/src", filepath.Join(tmp, "contracts", "src"))
	for _, f := range []string{"compile.js", "package.json"} {
		copyFile(t, filepath.Join("contracts", f), filepath.Join(tmp, "contracts", f))
	}
	if err := os.Symlink(modules, filepath.Join(tmp, "contracts", "node_modules")); err != nil {
		t.Fatal(err)
	}
	run(t, "", node, filepath.Join(tmp, "contracts", "compile.js"))
	for _, f := range []string{"combined.json", "manifest.json"} {
		same(t, filepath.Join("artifacts", f), filepath.Join(tmp, "artifacts", f))
	}
	// The bindings, from the committed artifacts (just shown identical).
	out := filepath.Join(tmp, "bindings.go")
	run(t, "", "go", "run", "github.com/ethereum/go-ethereum/cmd/abigen", "--v2",
		"--combined-json", filepath.Join("artifacts", "combined.json"), "--pkg", "bindings", "--out", out)
	run(t, "", "go", "run", "./internal/dedupbindings", out)
	same(t, filepath.Join("bindings", "bindings.go"), out)
}

func run(t *testing.T, dir, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func same(t *testing.T, committed, fresh string) {
	t.Helper()
	a, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(fresh)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("offshore/%s is stale: run `go generate ./offshore` and commit the result", committed)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		copyFile(t, p, filepath.Join(to, rel))
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
}

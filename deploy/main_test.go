// Package deploy_test checks the service files and the cluster example
// against the binary they run: the systemd units in systemd/ with
// systemd-analyze (verify, security) and systemd-sysusers, the Kubernetes
// manifests in k8s/ decoded strictly with the Kubernetes API types, and the
// flags both pass with what `rwabridge CMD --help` declares.
package deploy_test

import (
	"bufio"
	"bytes"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// binary is rwabridge, built once for this package's tests ($RWABRIDGE
// names a built one instead, as for the Fabric tests).
var binary string

func TestMain(m *testing.M) {
	if binary = os.Getenv("RWABRIDGE"); binary != "" {
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "rwabridge-deploy-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "rwabridge")
	out, err := exec.Command("go", "build", "-o", binary, "github.com/rwabridge/rwabridge/cmd/rwabridge").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "building rwabridge: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// flagSet is what `rwabridge CMD --help` declares: each long flag and
// whether it takes a value.
type flagSet map[string]bool

var (
	helpMu    sync.Mutex
	helpCache = map[string]flagSet{}
	// "  -h, --help   help for agent" or "      --metrics string   address …"
	helpFlag = regexp.MustCompile(`^\s+(?:-[a-zA-Z], )?--([a-z0-9][a-z0-9-]*)(?: ([a-zA-Z0-9]+))?(?:\s{2,}|$)`)
)

// flagsOf runs `rwabridge path... --help` (once per path) and returns the
// flags it lists, its own and the inherited (Global Flags).
func flagsOf(t *testing.T, path []string) flagSet {
	t.Helper()
	key := strings.Join(path, " ")
	helpMu.Lock()
	defer helpMu.Unlock()
	if fs, ok := helpCache[key]; ok {
		return fs
	}
	out, err := exec.Command(binary, append(append([]string{}, path...), "--help")...).CombinedOutput()
	if err != nil {
		t.Fatalf("rwabridge %s --help: %v\n%s", key, err, out)
	}
	fs := flagSet{}
	inFlags := false
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "Flags:" || line == "Global Flags:":
			inFlags = true
			continue
		case line == "" || !strings.HasPrefix(line, " "):
			inFlags = false
			continue
		}
		if m := helpFlag.FindStringSubmatch(line); inFlags && m != nil {
			fs[m[1]] = m[2] != ""
		}
	}
	if !strings.Contains(string(out), "Usage:") || len(fs) == 0 {
		t.Fatalf("rwabridge %s --help lists no flags (is %q a command?):\n%s", key, key, out)
	}
	helpCache[key] = fs
	return fs
}

// parsedArgs is a command line of rwabridge split as cobra would: the
// subcommand path, then each flag with its value ("" for a bool).
type parsedArgs struct {
	path  []string
	flags map[string]string
}

// checkArgs parses args (without the program name) against the flags the
// named subcommand declares and reports each flag it does not know, a
// missing value and an argument cobra would refuse; what names the command
// line in messages.
func checkArgs(t *testing.T, what string, args []string) parsedArgs {
	t.Helper()
	var p parsedArgs
	i := 0
	for ; i < len(args) && !strings.HasPrefix(args[i], "-"); i++ {
		p.path = append(p.path, args[i])
	}
	if len(p.path) == 0 {
		t.Errorf("%s: no subcommand in %q", what, args)
		return p
	}
	known := flagsOf(t, p.path)
	p.flags = map[string]string{}
	for ; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimPrefix(a, "--"), "=")
		if !strings.HasPrefix(a, "--") {
			t.Errorf("%s: argument %q after the flags: rwabridge %s takes only --flags here", what, a, strings.Join(p.path, " "))
			continue
		}
		takesValue, ok := known[name]
		if !ok {
			t.Errorf("%s: rwabridge %s has no flag --%s (its --help lists %s)", what, strings.Join(p.path, " "), name, known)
			continue
		}
		if takesValue && !hasValue {
			if i+1 >= len(args) {
				t.Errorf("%s: --%s needs a value", what, name)
				continue
			}
			i++
			value = args[i]
		}
		if _, dup := p.flags[name]; dup {
			t.Errorf("%s: --%s given twice", what, name)
		}
		p.flags[name] = value
	}
	return p
}

func (fs flagSet) String() string {
	return "--" + strings.Join(slices.Sorted(maps.Keys(fs)), " --")
}

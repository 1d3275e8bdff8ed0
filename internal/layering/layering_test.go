package layering

import (
	"bufio"
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/rwabridge/rwabridge/"

// leaves are the shared leaves every side may import: they import nothing
// of the project but each other (the telemetry model, the commitment and
// the policy schema have rules of their own below).
var leaves = []string{"internal/atomicfile", "internal/backoff", "internal/field", "internal/liveness", "internal/mosquitto", "internal/promtest", "internal/sdnotify", "internal/strictyaml", "internal/syncbuf"}

// testOnly are the packages that exist for tests: no production package
// imports them, so none is linked into the rwabridge binary.
var testOnly = []string{"internal/promtest", "onshore/telemetry/sigtest", "onshore/ledger/ledgertest", "circuits/ceremony/ceremonytest", "internal/syncbuf", "offshore/chaintest", "offshore/testprover", "offshore/audit/audittest", "offshore/investor/investortest", "bridge/internal/bridgetest", "onshore/ledger/fabric/fabrictest"}

// bindingUsers may import offshore/bindings directly: the layer over the
// bindings (onchain, registry), the deployer, the token operator, the
// auditor, the investor view, the gas benchmark and the test world. The
// relayer reaches them through offshore/registry; nothing else does.
var bindingUsers = []string{
	"offshore/onchain", "offshore/registry", "offshore/deploy", "offshore/token", "offshore/governance",
	"offshore/audit", "offshore/investor", "offshore/gasbench", "offshore/chaintest",
}

// rule: packages whose path starts with one of from (but none of except)
// may not import (directly when direct is set, else also transitively) any
// project package that starts with one of deny, except those that start
// with one of allow.
type rule struct {
	name   string
	from   []string
	except []string
	deny   []string
	allow  []string
	direct bool
}

var rules = []rule{
	{name: "shared leaves import only shared leaves", from: leaves, deny: []string{""}, allow: leaves},
	{name: "the telemetry model is a leaf", from: []string{"onshore/telemetry"}, deny: []string{""}, allow: []string{"onshore/telemetry"}},
	{name: "the commitment imports only the telemetry model", from: []string{"circuits/commit"}, deny: []string{""}, allow: []string{"circuits/commit", "onshore/telemetry"}},
	{name: "policies import only the telemetry model, the commitment and the shared leaves", from: []string{"policies"}, deny: []string{""},
		allow: append([]string{"policies", "onshore/telemetry", "circuits/commit"}, leaves...)},
	{name: "nothing onshore imports the circuits' prover, the bridge or offshore", from: []string{"onshore/"},
		deny: []string{"bridge/", "offshore/", "circuits/"}, allow: []string{"circuits/commit"}},
	{name: "circuits do not import the bridge or offshore", from: []string{"circuits/"}, deny: []string{"bridge/", "offshore/"}},
	{name: "the bridge does not import the investor view, the auditor or the deployer", from: []string{"bridge/"}, except: testOnly,
		deny: []string{"offshore/investor", "offshore/audit", "offshore/deploy", "offshore/token", "internal/demo"}},
	{name: "the attestor reaches no contract binding and no L2 client", from: []string{"bridge/attest"},
		deny: []string{"offshore/bindings", "offshore/onchain", "offshore/registry", "bridge/relay"}},
	{name: "only the layer over the bindings, the deployer, the token operator, the auditor, the investor view and the gas benchmark import bindings",
		from: []string{""}, except: bindingUsers, deny: []string{"offshore/bindings"}, direct: true},
	{name: "the offshore side does not import the bridge", from: []string{"offshore/"}, deny: []string{"bridge/"}},
	{name: "only the binary imports the demo", from: []string{""}, except: []string{"cmd/"}, deny: []string{"internal/demo"}},
	// internal/status reads every side (ledger, agent queue, outbox, the
	// investor view's registry reader) for `rwabridge status`: only the
	// binary may import it, and it imports no binding directly (above).
	{name: "only the binary imports the status view", from: []string{""}, except: []string{"cmd/"}, deny: []string{"internal/status"}},
	{name: "no production package imports a test-only one", from: []string{""}, except: testOnly, deny: testOnly},
}

// pkg is a project package with its project imports.
type pkg struct{ direct, all []string }

// deps lists every project package with its direct and transitive project
// imports.
func deps(t *testing.T) map[string]pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}}|{{join .Imports " "}}|{{join .Deps " "}}`, module+"...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	project := func(s string) []string {
		var out []string
		for _, d := range strings.Fields(s) {
			if strings.HasPrefix(d, module) {
				out = append(out, strings.TrimPrefix(d, module))
			}
		}
		return out
	}
	m := map[string]pkg{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "|")
		if len(f) != 3 {
			t.Fatalf("go list line %q", sc.Text())
		}
		m[strings.TrimPrefix(f[0], module)] = pkg{direct: project(f[1]), all: project(f[2])}
	}
	return m
}

func TestImportsPointUpstream(t *testing.T) {
	all := deps(t)
	if len(all) == 0 {
		t.Fatal("go list found no packages")
	}
	for _, r := range rules {
		t.Run(r.name, func(t *testing.T) {
			for name, p := range all {
				if !hasPrefix(name, r.from) || hasPrefix(name, r.except) {
					continue
				}
				imps := p.all
				if r.direct {
					imps = p.direct
				}
				for _, imp := range imps {
					if hasPrefix(imp, r.deny) && !hasPrefix(imp, r.allow) {
						t.Errorf("%s imports %s", name, imp)
					}
				}
			}
		})
	}
}

// TestTheBinaryLinksNoTestCode: go list -deps of the binary holds no
// test-only package (offshore/testprover used to be linked in through the
// gas benchmark).
func TestTheBinaryLinksNoTestCode(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", module+"cmd/rwabridge").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, d := range strings.Fields(string(out)) {
		if p := strings.TrimPrefix(d, module); p != d && hasPrefix(p, testOnly) {
			t.Errorf("the rwabridge binary links %s", p)
		}
	}
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

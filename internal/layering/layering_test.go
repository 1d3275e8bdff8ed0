package layering

import (
	"bufio"
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/rwabridge/rwabridge/"

// rule: packages whose path starts with from may not import (directly or
// transitively) any project package that starts with one of deny, except
// those that start with one of allow.
type rule struct {
	name  string
	from  string
	deny  []string
	allow []string
}

var rules = []rule{
	{name: "nothing onshore imports the bridge or offshore", from: "onshore/", deny: []string{"bridge/", "offshore/"}},
	{name: "the telemetry model is a leaf", from: "onshore/telemetry", deny: []string{""}, allow: []string{"onshore/telemetry"}},
	{name: "the commitment imports only the telemetry model", from: "circuits/commit", deny: []string{""}, allow: []string{"circuits/commit", "onshore/telemetry"}},
	{name: "policies import only the telemetry model", from: "policies", deny: []string{""}, allow: []string{"policies", "onshore/telemetry", "circuits/commit"}},
	{name: "circuits do not import the bridge or offshore", from: "circuits/", deny: []string{"bridge/", "offshore/"}},
	{name: "the bridge does not import the investor view", from: "bridge/", deny: []string{"offshore/investor"}},
}

// deps lists every project package with its transitive project imports.
func deps(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps=false", "-f", `{{.ImportPath}}{{range .Deps}} {{.}}{{end}}`, "github.com/rwabridge/rwabridge/...").Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	m := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		pkg := strings.TrimPrefix(f[0], module)
		for _, d := range f[1:] {
			if strings.HasPrefix(d, module) {
				m[pkg] = append(m[pkg], strings.TrimPrefix(d, module))
			}
		}
		if _, ok := m[pkg]; !ok {
			m[pkg] = nil
		}
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
			for pkg, imps := range all {
				if !strings.HasPrefix(pkg, r.from) {
					continue
				}
				for _, imp := range imps {
					if hasPrefix(imp, r.deny) && !hasPrefix(imp, r.allow) {
						t.Errorf("%s imports %s", pkg, imp)
					}
				}
			}
		})
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

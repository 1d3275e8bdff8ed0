package ledger

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// script runs one fixed sequence of calls and returns every committed write
// and event, in order.
func script(t *testing.T, verifiers int) []write {
	cfg := testConfig()
	cfg.Verifiers = verifiers
	l := newMemLedger(t, cfg, afterDay0)
	cl := NewClient(l)
	f := newFleet(t, 5, 2)
	if _, err := cl.RegisterDevices(ctx, f.reg); err != nil {
		t.Fatal(err)
	}
	if err := cl.RevokeDevice(ctx, 5, day0.Add(12*time.Hour)); err != nil {
		t.Fatal(err)
	}
	// Cabinet 4's key changes at noon: its later events of the day, signed
	// by the old key, are rejected.
	if _, err := cl.RotateDeviceKey(ctx, 4, pub(rotationKey(4, 1)), day0.Add(12*time.Hour)); err != nil {
		t.Fatal(err)
	}
	evs := f.day([]uint32{1, 2, 3, 4, 5, 6}, 40)
	bad := evs[7]
	bad.Sig = highS(bad.Sig)
	evs = append(evs, bad, evs[3])
	for lo := 0; lo < len(evs); lo += 97 {
		submit(t, cl, evs[lo:min(lo+97, len(evs))])
	}
	l.now = sealable
	s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	submit(t, cl, []telemetry.SignedEvent{f.sign(event(1, 900, day0.Add(time.Hour)))})
	l.caller = Identity{MSPID: "AuditorMSP", ID: "attestor"}
	if _, err := cl.RecordAttestation(ctx, AttestationRequest{Pool: testPool, Epoch: epoch0, Org: "AuditorMSP", Signer: "0x" + strings.Repeat("ab", 20), Signature: make([]byte, 65), Digest: field.Digest(bytes.Repeat([]byte{0xcd}, 32))}); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.RecordExport(ctx, ExportRequest{Pool: testPool, Epoch: epoch0, PolicyHash: s.PolicyHash, ChainID: 1, Registry: "0x" + strings.Repeat("11", 20), TxHash: field.Digest(bytes.Repeat([]byte{0x22}, 32)), Block: 1, Time: sealable}); err != nil {
		t.Fatal(err)
	}
	return l.log
}

func TestTheSameCallsGiveByteIdenticalWriteSets(t *testing.T) {
	a := script(t, 1)
	for _, verifiers := range []int{1, 2, 7} {
		b := script(t, verifiers)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if !bytes.Equal(ja, jb) {
			for i := range min(len(a), len(b)) {
				if a[i].Kind != b[i].Kind || a[i].Key != b[i].Key || !bytes.Equal(a[i].Value, b[i].Value) {
					t.Fatalf("with %d verifiers, write %d differs: %s %s vs %s %s", verifiers, i, a[i].Kind, a[i].Key, b[i].Kind, b[i].Key)
				}
			}
			t.Fatalf("with %d verifiers: %d writes vs %d", verifiers, len(b), len(a))
		}
	}
	if len(a) < 400 {
		t.Errorf("only %d writes logged; the script should have written every record", len(a))
	}
}

// nondeterminism lists what contract code must not use: the local clock,
// randomness and map iteration order.
func nondeterminism(fset *token.FileSet, files []*ast.File, info *types.Info) []string {
	var out []string
	banned := []string{"math/rand", "math/rand/v2", "crypto/rand"}
	for _, f := range files {
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); slices.Contains(banned, p) {
				out = append(out, fset.Position(imp.Pos()).String()+": imports "+p)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if fn, ok := info.Uses[n.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "time" && (fn.Name() == "Now" || fn.Name() == "Since" || fn.Name() == "Until") {
					out = append(out, fset.Position(n.Pos()).String()+": time."+fn.Name())
				}
			case *ast.RangeStmt:
				if tv, ok := info.Types[n.X]; ok {
					if _, isMap := tv.Type.Underlying().(*types.Map); isMap {
						out = append(out, fset.Position(n.Pos()).String()+": range over a map")
					}
				}
			}
			return true
		})
	}
	return out
}

// typecheck parses and checks sources as one package, importing from the
// build cache's export data.
func typecheck(t *testing.T, srcs map[string]string, pkg string) (*token.FileSet, []*ast.File, *types.Info) {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to find export data:", err)
	}
	out, err := exec.Command(goBin, "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", ".").Output()
	if err != nil {
		t.Fatalf("go list -export: %v", err)
	}
	exports := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if path, file, ok := strings.Cut(line, " "); ok {
			exports[path] = file
		}
	}
	fset := token.NewFileSet()
	var files []*ast.File
	names := make([]string, 0, len(srcs))
	for name := range srcs {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, srcs[name], 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	imp := importer.ForCompiler(fset, "gc", func(path string) (io.ReadCloser, error) { return os.Open(exports[path]) })
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: imp}).Check(pkg, fset, files, info); err != nil {
		t.Fatalf("type check: %v", err)
	}
	return fset, files, info
}

func TestContractCodeUsesNoClockRandomnessOrMapOrder(t *testing.T) {
	t.Run("the checker finds each kind of violation", func(t *testing.T) {
		src := `package p
import (
	_ "crypto/rand"
	"time"
)
func f(m map[string]int) (n int64) {
	for k := range m { _ = k }
	return time.Now().Unix()
}`
		fset, files, info := typecheck(t, map[string]string{"p.go": src}, "p")
		if got := nondeterminism(fset, files, info); len(got) != 3 {
			t.Errorf("found %v, want the import, the map range and time.Now", got)
		}
	})
	t.Run("the package's non-test files have none", func(t *testing.T) {
		names, err := filepath.Glob("*.go")
		if err != nil {
			t.Fatal(err)
		}
		srcs := map[string]string{}
		for _, name := range names {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			srcs[name] = string(b)
		}
		if len(srcs) < 5 {
			t.Fatalf("only %d source files found", len(srcs))
		}
		fset, files, info := typecheck(t, srcs, "github.com/rwabridge/rwabridge/onshore/ledger")
		for _, v := range nondeterminism(fset, files, info) {
			t.Error(v)
		}
	})
}

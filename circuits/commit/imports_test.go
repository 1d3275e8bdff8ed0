package commit

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The package is a leaf: its non-test code imports only the standard
// library, gnark-crypto and the telemetry model.
func TestNonTestCodeImportsOnlyStdlibGnarkCryptoAndTelemetry(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			std := !strings.Contains(strings.SplitN(path, "/", 2)[0], ".")
			allowed := std || strings.HasPrefix(path, "github.com/consensys/gnark-crypto/") ||
				path == "github.com/rwabridge/rwabridge/onshore/telemetry"
			if !allowed {
				t.Errorf("%s imports %s", name, path)
			}
		}
	}
}

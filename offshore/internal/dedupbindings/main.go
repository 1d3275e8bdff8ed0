// Command dedupbindings removes repeated type declarations from a file that
// abigen --v2 generated for several contracts at once, in place.
//
// abigen v2 (go-ethereum v1.17.8) names the result struct of a method with
// several outputs after the method alone (PendingDefaultAdminOutput), so
// contracts sharing such a method (every contract inheriting OpenZeppelin's
// AccessControlDefaultAdminRules) get the same declaration once each, and
// the package does not compile. The declarations are identical; this keeps
// the first and fails if a repeat differs from it. Run by `go generate
// ./offshore` right after abigen, and by TestGeneratedFilesAreUpToDate.
//
//	go run ./internal/dedupbindings bindings/bindings.go
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"slices"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: dedupbindings FILE.go")
		os.Exit(2)
	}
	if err := dedup(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "dedupbindings:", err)
		os.Exit(1)
	}
}

func dedup(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, path, src, parser.ParseComments)
	if err != nil {
		return err
	}
	type span struct{ from, to int }
	var cut []span
	first := map[string][]byte{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE || len(g.Specs) != 1 {
			continue
		}
		name := g.Specs[0].(*ast.TypeSpec).Name.Name
		from := fset.Position(g.Pos()).Offset
		if g.Doc != nil {
			from = fset.Position(g.Doc.Pos()).Offset
		}
		text := src[from:fset.Position(g.End()).Offset]
		prev, seen := first[name]
		if !seen {
			first[name] = text
			continue
		}
		if !bytes.Equal(prev, text) {
			return fmt.Errorf("type %s is declared twice, differently", name)
		}
		cut = append(cut, span{from, fset.Position(g.End()).Offset})
	}
	if len(cut) == 0 {
		return nil
	}
	out := slices.Clone(src)
	for i := len(cut) - 1; i >= 0; i-- {
		out = append(out[:cut[i].from], out[cut[i].to:]...)
	}
	if out, err = format.Source(out); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, out, 0o644)
}

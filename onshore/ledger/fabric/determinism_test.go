package fabric

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"testing"
)

// TestChaincodeSideCodeHasNoSourceOfNondeterminism reads the files that run
// inside the chaincode (the adapter and Invoke) and refuses clocks,
// randomness and the environment: endorsers must compute identical write
// sets from the same proposal. (The contract has its own such test.)
func TestChaincodeSideCodeHasNoSourceOfNondeterminism(t *testing.T) {
	forbiddenImports := map[string]bool{"math/rand": true, "math/rand/v2": true, "crypto/rand": true, "os": true, "time": false}
	rangeAllowed := map[string]bool{"chaincode.go:value": true, "chaincode.go:n": true, "txcontext.go:collectionRefusals": true}
	forbiddenCalls := map[string]bool{"time.Now": true, "time.Since": true, "time.Until": true, "time.After": true, "time.Tick": true}
	for _, file := range []string{"txcontext.go", "chaincode.go"} {
		t.Run(file, func(t *testing.T) {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if forbiddenImports[path] {
					t.Errorf("%s imports %s", fset.Position(imp.Pos()), path)
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SelectorExpr:
					if id, ok := n.X.(*ast.Ident); ok && forbiddenCalls[id.Name+"."+n.Sel.Name] {
						t.Errorf("%s uses %s.%s", fset.Position(n.Pos()), id.Name, n.Sel.Name)
					}
				case *ast.RangeStmt:
					// Only ranges over slices and integers, listed here: a
					// map's iteration order is random.
					if id, ok := n.X.(*ast.Ident); !ok || !rangeAllowed[file+":"+id.Name] {
						t.Errorf("%s ranges over %s: add it to rangeAllowed if it is no map", fset.Position(n.Pos()), types.ExprString(n.X))
					}
				case *ast.GoStmt:
					t.Errorf("%s starts a goroutine", fset.Position(n.Pos()))
				}
				return true
			})
		})
	}
}

package offshore

// Regenerate the contract artifacts and their Go bindings (needs node and
// `npm ci` in offshore/contracts; nothing at run time does):
//
//	go generate ./offshore
//
// TestGeneratedFilesAreUpToDate fails when the committed files differ from
// what these lines produce.

//go:generate node contracts/compile.js
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --combined-json artifacts/combined.json --pkg bindings --out bindings/bindings.go
//go:generate go run ./internal/dedupbindings bindings/bindings.go

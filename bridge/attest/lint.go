package attest

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
)

// Lint errors: a set of attestors that would not be independent.
var (
	// ErrSharedKey: two attestors sign with the same key (address): one
	// stolen key would count twice towards the quorum (Ronin, Harmony).
	ErrSharedKey = errors.New("attestors share a signing key")
	// ErrSharedRPC: two attestors use the same RPC endpoint.
	ErrSharedRPC = errors.New("attestors share an RPC endpoint")
	// ErrSharedOrg: two attestors attest for the same org.
	ErrSharedOrg = errors.New("attestors share an org")
)

// Named is a config and where it came from, for messages.
type Named struct {
	Path   string
	Config Config
}

// Lint checks a set of attestor configs for independence: distinct orgs,
// distinct signing keys (by address, so a key copied to another file is
// caught) and distinct RPC endpoints. It loads each key to learn its
// address. Every problem is reported, joined.
func Lint(set []Named) error {
	var errs []error
	orgs, addrs, rpcs := map[string]string{}, map[common.Address]string{}, map[string]string{}
	for _, n := range set {
		if prev, ok := orgs[n.Config.Org]; ok {
			errs = append(errs, fmt.Errorf("%w: %s and %s both attest for %s", ErrSharedOrg, prev, n.Path, n.Config.Org))
		}
		orgs[n.Config.Org] = n.Path
		k, err := ethkey.Load(n.Config.Key)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", n.Path, err))
		} else {
			a := ethkey.Address(k)
			if prev, ok := addrs[a]; ok {
				errs = append(errs, fmt.Errorf("%w: %s and %s both sign as %s", ErrSharedKey, prev, n.Path, a))
			}
			addrs[a] = n.Path
		}
		if n.Config.RPC != "" {
			r := normalizeRPC(n.Config.RPC)
			if prev, ok := rpcs[r]; ok {
				errs = append(errs, fmt.Errorf("%w: %s and %s both use %s", ErrSharedRPC, prev, n.Path, n.Config.RPC))
			}
			rpcs[r] = n.Path
		}
	}
	return errors.Join(errs...)
}

func normalizeRPC(s string) string {
	return strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), "/")
}

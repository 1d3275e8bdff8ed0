package prove

import (
	"context"

	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// RecomputeSalted is Recompute with seed's salts (nil: random ones), for
// the tests of package prove_test.
func RecomputeSalted(ctx context.Context, recs Records, seal *ledger.Seal, p *policy.Policy, seed *SaltSeed) (*summary.Summary, error) {
	return recompute(ctx, recs, seal, p, seed.salts(seal))
}

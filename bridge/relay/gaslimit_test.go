package relay

import (
	"testing"

	"github.com/ethereum/go-ethereum/params"
)

func TestTheGasLimitHasAMarginButNeverExceedsTheTransactionCap(t *testing.T) {
	for _, tc := range []struct{ est, want uint64 }{
		{400_000, 625_000},
		{10_000_000, 15_025_000},
		{11_170_000, params.MaxTxGas},      // the margin would cross the cap
		{params.MaxTxGas, params.MaxTxGas}, // an epoch that needs the whole cap
	} {
		if got := gasLimit(tc.est); got != tc.want {
			t.Errorf("gasLimit(%d) = %d, want %d", tc.est, got, tc.want)
		}
	}
}

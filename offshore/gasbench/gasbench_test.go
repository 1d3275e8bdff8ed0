package gasbench_test

import (
	"context"
	"testing"

	"github.com/rwabridge/rwabridge/offshore/gasbench"
)

func TestTheBenchmarkMeasuresEveryTransaction(t *testing.T) {
	r, err := gasbench.Run(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", *r)
	// The pairing alone (6 pairs) is 249 000 gas; a disclosure is more.
	if r.Submit < 249_000 || r.SubmitFirst <= r.Submit || r.VerifyProof < 249_000 || r.VerifyProof >= r.Submit {
		t.Fatalf("implausible figures %+v", *r)
	}
	// Three chunks: three verifications, one registry overhead.
	if r.SubmitMulti < r.Submit+2*249_000 || r.SubmitMulti > 3*r.Submit {
		t.Fatalf("implausible %d-chunk figure %+v", gasbench.MultiChunks, *r)
	}
	if r.Claim == 0 || r.Claim > 150_000 {
		t.Fatalf("claim gas %d", r.Claim)
	}
}

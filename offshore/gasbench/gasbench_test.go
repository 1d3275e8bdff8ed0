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
	// A chunk beyond the first adds one pair (34 000) and four ECMULs
	// (4 × 6 000) to the one batched pairing check, and its calldata; the
	// batch keeps it under 80 000 (it was a whole verification, ≈ 330 000).
	const floor = 34_000 + 4*6_000
	if r.SubmitMulti < r.Submit+2*floor || r.SubmitLarge < r.SubmitMulti+(gasbench.LargeChunks-gasbench.MultiChunks)*floor {
		t.Fatalf("implausible multi-chunk figures %+v", *r)
	}
	if c := r.PerExtraChunk(); c < floor || c > 80_000 {
		t.Fatalf("a chunk beyond the first costs %d gas, want [%d, 80000]", c, floor)
	}
	// In a batch of 16 pools each disclosure shares one pairing check's
	// fixed part (45 000 + 5 pairs) and the key's ECMULs, and pays its own
	// pair, four ECMULs, record slot, reads, ecrecovers, event and
	// calldata: about 166 000, against 430 000 alone.
	if per := r.BatchPerDisclosure(); per < 150_000 || per > 175_000 || r.BatchFirst <= r.Batch {
		t.Fatalf("a disclosure in a batch of %d costs %d gas (the first epochs' batch %d), want [150000, 175000] and less than the first",
			gasbench.BatchPools, per, r.BatchFirst)
	}
	if r.Claim == 0 || r.Claim > 150_000 {
		t.Fatalf("claim gas %d", r.Claim)
	}
}

package registry_test

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

func TestChunksPerTransactionLimits(t *testing.T) {
	if registry.MaxChunksPerTx != 220 || registry.DefaultChunksPerTx > registry.MaxChunksPerTx {
		t.Errorf("max %d, default %d chunks per transaction", registry.MaxChunksPerTx, registry.DefaultChunksPerTx)
	}
}

// A part carries every root, its own proofs, the acc_out of its chunks but
// the epoch's last, and the quorum only when it is the first.
func TestPartCalldataCarriesThePartsChunksAndTheQuorumOnlyFirst(t *testing.T) {
	s := &disclosure.Submission{Disclosure: disclosure.Disclosure{Pool: big.NewInt(1), PolicyHash: big.NewInt(2), Root: big.NewInt(3), Chunks: 3},
		ChunkRoots: []*big.Int{big.NewInt(10), big.NewInt(11), big.NewInt(12)}, Accs: []*big.Int{big.NewInt(20), big.NewInt(21)},
		Proofs: [][]byte{{0}, {1}, {2}}}
	s.Disclosure.SetChunkRoots(s.ChunkRoots)
	sigs := []byte{9, 9, 9}
	method := onchain.MustABI(&bindings.DisclosureRegistryMetaData).Methods["submitDisclosurePart"]
	for _, c := range []struct {
		from, count int
		accs        []*big.Int
		proofs      [][]byte
		sigs        []byte
	}{
		{0, 1, s.Accs[:1], s.Proofs[:1], sigs},
		{1, 2, s.Accs[1:], s.Proofs[1:], nil},
		{2, 1, nil, s.Proofs[2:], nil},
		{0, 3, s.Accs, s.Proofs, sigs},
	} {
		data, err := registry.PartCalldata(s, c.from, c.count, sigs)
		if err != nil {
			t.Fatal(err)
		}
		vals, err := method.Inputs.Unpack(data[4:])
		if err != nil {
			t.Fatal(err)
		}
		ch := vals[1].(struct {
			Roots  []*big.Int `json:"roots"`
			Accs   []*big.Int `json:"accs"`
			Proofs [][]byte   `json:"proofs"`
		})
		eq := func(a, b *big.Int) bool { return a.Cmp(b) == 0 }
		if !slices.EqualFunc(ch.Roots, s.ChunkRoots, eq) || !slices.EqualFunc(ch.Accs, c.accs, eq) ||
			!slices.EqualFunc(ch.Proofs, c.proofs, slices.Equal) || vals[2].(*big.Int).Int64() != int64(c.from) ||
			!slices.Equal(vals[3].([]byte), c.sigs) {
			t.Errorf("part [%d, %d): roots %v accs %v proofs %v from %v sigs %v", c.from, c.from+c.count, ch.Roots, ch.Accs, ch.Proofs, vals[2], vals[3])
		}
	}
	for _, r := range [][2]int{{0, 0}, {-1, 1}, {3, 1}, {2, 2}, {1, 3}} {
		if _, err := registry.PartCalldata(s, r[0], r[1], sigs); !errors.Is(err, registry.ErrPart) {
			t.Errorf("chunks [%d, %d) of 3: %v, want ErrPart", r[0], r[0]+r[1], err)
		}
	}
	bad := *s
	bad.Accs = s.Accs[:1]
	if _, err := registry.PartCalldata(&bad, 0, 1, sigs); !errors.Is(err, disclosure.ErrChunks) {
		t.Errorf("inconsistent lists: %v, want ErrChunks", err)
	}
}

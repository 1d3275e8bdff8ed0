package commit

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestLayoutIsContiguousFitsTheFieldAndMatchesItsConstants(t *testing.T) {
	next := 0
	for _, f := range Layout() {
		if f.Offset != next {
			t.Errorf("%s starts at bit %d, want %d (fields are contiguous)", f.Name, f.Offset, next)
		}
		if f.Width < 1 || f.Width > 64 {
			t.Errorf("%s is %d bits wide, want 1..64", f.Name, f.Width)
		}
		if f.Width < 64 && f.Max >= 1<<f.Width {
			t.Errorf("%s max %d does not fit %d bits", f.Name, f.Max, f.Width)
		}
		next += f.Width
	}
	if next != LeafBits {
		t.Errorf("layout ends at bit %d, LeafBits is %d", next, LeafBits)
	}
	if LeafBits >= fr.Modulus().BitLen()-1 {
		t.Errorf("a leaf of %d bits could wrap the %d-bit modulus", LeafBits, fr.Modulus().BitLen())
	}
	if OffsetKey+WidthKey != OffsetTag || OffsetCabinet != OffsetSeq+WidthSeq {
		t.Error("the key (cabinet, seq) is not the slice just below the tag")
	}
	if SwapBits != OffsetTime {
		t.Error("the swap fields are not the slice below the time")
	}
}

func TestAHeartbeatPacksToItsKindCabinetSeqAndTimeOnly(t *testing.T) {
	e := telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: "p", Cabinet: 7, Seq: 9, Time: 1_700_000_000}
	leaf, err := Pack(&e)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int)
	for _, f := range [][2]uint64{{OffsetTime, 1_700_000_000}, {OffsetSeq, 9}, {OffsetCabinet, 7}, {OffsetTag, 1}, {OffsetKind, 1}} {
		want.Add(want, new(big.Int).Lsh(new(big.Int).SetUint64(f[1]), uint(f[0])))
	}
	if got := leaf.BigInt(new(big.Int)); got.Cmp(want) != 0 {
		t.Fatalf("leaf %x, want %x", got, want)
	}
	r, err := Unpack(leaf)
	if err != nil {
		t.Fatal(err)
	}
	if want := (Record{Kind: telemetry.KindHeartbeat, Cabinet: 7, Seq: 9, Time: 1_700_000_000}); r != want || r.IsSwap() {
		t.Fatalf("Unpack = %+v, want %+v", r, want)
	}
	// The same cabinet, seq and time as a swap is another leaf.
	swap := e
	swap.Kind = telemetry.KindSwap
	if other, _ := Pack(&swap); other == leaf {
		t.Fatal("a swap and a heartbeat of the same key and time pack to one leaf")
	}
}

func TestAHeartbeatWithASwapFieldOrAnUnknownKindIsOutOfRange(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*telemetry.Event)
	}{
		{"energy", func(e *telemetry.Event) { e.EnergyWh = 1 }},
		{"fee", func(e *telemetry.Event) { e.FeeCents = 1 }},
		{"soc_in", func(e *telemetry.Event) { e.SoCIn = 1 }},
		{"soc_out", func(e *telemetry.Event) { e.SoCOut = 1 }},
		{"health", func(e *telemetry.Event) { e.SoHPermille = 1 }},
		{"an unknown kind", func(e *telemetry.Event) { e.Kind = 2 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := telemetry.Event{Kind: telemetry.KindHeartbeat, Pool: "p", Cabinet: 1, Seq: 1, Time: 1}
			tc.edit(&e)
			if _, err := Pack(&e); !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("Pack = %v, want ErrOutOfRange", err)
			}
		})
	}
}

func TestPackPlacesEveryFieldAtItsOffset(t *testing.T) {
	e := telemetry.Event{Pool: "p", Cabinet: 7, Seq: 9, Time: 1_700_000_000, EnergyWh: 1234, FeeCents: 567, SoCIn: 12, SoCOut: 98, SoHPermille: 876}
	want := new(big.Int)
	for _, f := range []struct {
		off int
		v   uint64
	}{
		{OffsetSoH, 876}, {OffsetSoCOut, 98}, {OffsetSoCIn, 12}, {OffsetFee, 567}, {OffsetEnergy, 1234},
		{OffsetTime, 1_700_000_000}, {OffsetSeq, 9}, {OffsetCabinet, 7}, {OffsetTag, 1},
	} {
		want.Add(want, new(big.Int).Lsh(new(big.Int).SetUint64(f.v), uint(f.off)))
	}
	leaf, err := Pack(&e)
	if err != nil {
		t.Fatal(err)
	}
	if got := leaf.BigInt(new(big.Int)); got.Cmp(want) != 0 {
		t.Fatalf("leaf %x, want %x", got, want)
	}
	key := new(big.Int).Rsh(want, OffsetKey)
	key.And(key, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), WidthKey), big.NewInt(1)))
	if wantKey := new(big.Int).Add(new(big.Int).Lsh(big.NewInt(7), 64), big.NewInt(9)); key.Cmp(wantKey) != 0 {
		t.Fatalf("key slice %x, want cabinet<<64|seq = %x", key, wantKey)
	}
}

func TestPackIgnoresPoolAndWithheldFields(t *testing.T) {
	a := telemetry.Event{Pool: "a", Cabinet: 1, Seq: 2, Time: 3, BatteryIn: "X1", BatteryOut: "Y1"}
	b := telemetry.Event{Pool: "b", Cabinet: 1, Seq: 2, Time: 3, BatteryIn: "X2"}
	la, _ := Pack(&a)
	lb, _ := Pack(&b)
	if !la.Equal(&lb) {
		t.Fatal("pool or battery ids changed the leaf")
	}
}

func TestUnpackInvertsPack(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	events := append(randomEvents(rng, "p", 200),
		telemetry.Event{},
		telemetry.Event{Cabinet: math.MaxUint32, Seq: math.MaxUint64, Time: telemetry.MaxTime, EnergyWh: math.MaxUint32,
			FeeCents: math.MaxUint32, SoCIn: telemetry.MaxSoC, SoCOut: telemetry.MaxSoC, SoHPermille: telemetry.MaxSoH})
	for _, e := range events {
		leaf, err := Pack(&e)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := RecordOf(&e)
		got, err := Unpack(leaf)
		if err != nil {
			t.Fatalf("%+v: %v", e, err)
		}
		if got != want {
			t.Fatalf("unpacked %+v, packed %+v", got, want)
		}
	}
}

func TestTheAllZeroRecordIsNotTheEmptyLeaf(t *testing.T) {
	leaf, err := Pack(&telemetry.Event{})
	if err != nil {
		t.Fatal(err)
	}
	if leaf.IsZero() {
		t.Fatal("the all-zero record packs to the empty leaf")
	}
	if _, err := Unpack(fr.Element{}); !errors.Is(err, ErrEmptyLeaf) {
		t.Fatalf("Unpack(0) = %v, want ErrEmptyLeaf", err)
	}
}

func TestPackRejectsValuesTheLeafOrModelCanNotHold(t *testing.T) {
	tests := []struct {
		name string
		edit func(*telemetry.Event)
	}{
		{"a time before 1970", func(e *telemetry.Event) { e.Time = -1 }},
		{"a time after 2106", func(e *telemetry.Event) { e.Time = telemetry.MaxTime + 1 }},
		{"a returned battery above 100 percent", func(e *telemetry.Event) { e.SoCIn = 101 }},
		{"an issued battery above 100 percent", func(e *telemetry.Event) { e.SoCOut = 255 }},
		{"a health above 1000 permille", func(e *telemetry.Event) { e.SoHPermille = 1001 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := telemetry.Event{Pool: "p", Cabinet: 1, Seq: 1, Time: 1}
			tc.edit(&e)
			if _, err := Pack(&e); !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("Pack = %v, want ErrOutOfRange", err)
			}
		})
	}
}

func leafOf(t *testing.T, bits ...[2]uint64) fr.Element {
	t.Helper()
	x := new(big.Int)
	for _, b := range bits {
		x.Add(x, new(big.Int).Lsh(new(big.Int).SetUint64(b[1]), uint(b[0])))
	}
	var e fr.Element
	e.SetBigInt(x)
	return e
}

func TestUnpackRejectsWhatPackCanNotProduce(t *testing.T) {
	var minusOne fr.Element
	minusOne.SetOne().Neg(&minusOne)
	tests := []struct {
		name string
		leaf fr.Element
	}{
		{"a value with bit LeafBits set", leafOf(t, [2]uint64{OffsetTag, 1}, [2]uint64{LeafBits, 1})},
		{"a heartbeat with energy", leafOf(t, [2]uint64{OffsetTag, 1}, [2]uint64{OffsetKind, 1}, [2]uint64{OffsetEnergy, 100})},
		{"a heartbeat with health", leafOf(t, [2]uint64{OffsetTag, 1}, [2]uint64{OffsetKind, 1}, [2]uint64{OffsetSoH, 1})},
		{"a heartbeat without the record tag", leafOf(t, [2]uint64{OffsetKind, 1}, [2]uint64{OffsetCabinet, 5})},
		{"a value near the modulus", minusOne},
		{"a value without the record tag", leafOf(t, [2]uint64{OffsetCabinet, 5})},
		{"a tagged value with soc_in 127", leafOf(t, [2]uint64{OffsetTag, 1}, [2]uint64{OffsetSoCIn, 127})},
		{"a tagged value with soc_out 101", leafOf(t, [2]uint64{OffsetTag, 1}, [2]uint64{OffsetSoCOut, 101})},
		{"a tagged value with soh 1023", leafOf(t, [2]uint64{OffsetTag, 1}, [2]uint64{OffsetSoH, 1023})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Unpack(tc.leaf); !errors.Is(err, ErrNotLeaf) {
				t.Fatalf("Unpack = %v, want ErrNotLeaf", err)
			}
		})
	}
}

func TestCheckCanonicalNamesEveryViolation(t *testing.T) {
	ev := func(pool telemetry.PoolID, cabinet uint32, seq uint64) telemetry.Event {
		return telemetry.Event{Pool: pool, Cabinet: cabinet, Seq: seq, Time: 100}
	}
	bad := ev("p", 3, 1)
	bad.SoCIn = 120
	tests := []struct {
		name   string
		pool   telemetry.PoolID
		events []telemetry.Event
		want   error
	}{
		{"no events are canonical", "p", nil, nil},
		{"increasing seqs then a new cabinet are canonical", "p", []telemetry.Event{ev("p", 1, 5), ev("p", 1, 6), ev("p", 2, 0)}, nil},
		{"a lower cabinet after a higher one is not canonical", "p", []telemetry.Event{ev("p", 2, 0), ev("p", 1, 9)}, ErrNotCanonical},
		{"a lower seq of the same cabinet is not canonical", "p", []telemetry.Event{ev("p", 1, 6), ev("p", 1, 5)}, ErrNotCanonical},
		{"the same key twice is a duplicate", "p", []telemetry.Event{ev("p", 1, 5), ev("p", 1, 5)}, ErrDuplicate},
		{"an event of another pool is a mismatch", "p", []telemetry.Event{ev("p", 1, 5), ev("q", 1, 6)}, ErrPoolMismatch},
		{"an unrepresentable field is out of range", "p", []telemetry.Event{ev("p", 1, 5), bad}, ErrOutOfRange},
		{"an invalid pool id is malformed", "P!", nil, telemetry.ErrMalformed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckCanonical(tc.pool, tc.events)
			if tc.want == nil && err != nil || tc.want != nil && !errors.Is(err, tc.want) {
				t.Fatalf("CheckCanonical = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestLeavesRejectsMoreEventsThanTheCapacity(t *testing.T) {
	events := randomEvents(rand.New(rand.NewPCG(3, 3)), "p", 9)
	if _, err := Leaves("p", 8, events); !errors.Is(err, ErrCapacity) {
		t.Fatalf("Leaves = %v, want ErrCapacity", err)
	}
	leaves, err := Leaves("p", 16, events)
	if err != nil {
		t.Fatal(err)
	}
	if len(leaves) != 16 || !leaves[9].IsZero() || leaves[8].IsZero() {
		t.Fatal("leaves are not the 9 records then 7 empty leaves")
	}
}

func TestChunkRootIsTheSpongeOverPaddedLeavesAndCount(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 4))
	for _, tc := range []struct{ capacity, count int }{{1, 0}, {1, 1}, {8, 0}, {8, 3}, {8, 8}, {16, 14}, {16, 15}, {32, 29}, {64, 64}} {
		leaves := randomLeaves(t, rng, tc.count)
		got, err := ChunkRoot(leaves, tc.count, tc.capacity)
		if err != nil {
			t.Fatal(err)
		}
		in := make([]fr.Element, tc.capacity+1)
		copy(in, leaves)
		in[tc.capacity].SetUint64(uint64(tc.count))
		if want := Sponge(ChunkIV(tc.capacity), in); !got.Equal(&want) {
			t.Fatalf("capacity %d count %d: streaming root differs from Sponge over the padded input", tc.capacity, tc.count)
		}
		padded := make([]fr.Element, tc.capacity)
		copy(padded, leaves)
		if again, err := ChunkRoot(padded, tc.count, tc.capacity); err != nil || !again.Equal(&got) {
			t.Fatalf("capacity %d count %d: explicitly padded leaves give another root (%v)", tc.capacity, tc.count, err)
		}
	}
}

func TestChunkRootsOfDifferentCapacitiesOrCountsDiffer(t *testing.T) {
	leaves := randomLeaves(t, rand.New(rand.NewPCG(5, 5)), 4)
	seen := map[fr.Element]string{}
	for _, tc := range []struct {
		name            string
		count, capacity int
	}{
		{"4 of 8", 4, 8}, {"4 of 16", 4, 16}, {"3 of 8", 3, 8}, {"0 of 8", 0, 8}, {"0 of 16", 0, 16},
	} {
		root, err := ChunkRoot(leaves[:tc.count], tc.count, tc.capacity)
		if err != nil {
			t.Fatal(err)
		}
		if other, ok := seen[root]; ok {
			t.Fatalf("%s and %s share a root", tc.name, other)
		}
		seen[root] = tc.name
	}
	empty, _ := EmptyChunkRoot(8)
	if zero, _ := ChunkRoot(nil, 0, 8); !zero.Equal(&empty) {
		t.Fatal("EmptyChunkRoot(8) is not the root of an empty chunk of 8")
	}
}

func TestChunkRootRejectsInconsistentChunks(t *testing.T) {
	leaves := randomLeaves(t, rand.New(rand.NewPCG(6, 6)), 4)
	untagged := append([]fr.Element{}, leaves...)
	untagged[2].SetUint64(5)
	swapped := append([]fr.Element{}, leaves...)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	repeated := append([]fr.Element{}, leaves...)
	repeated[2] = repeated[1]
	dirty := make([]fr.Element, 8)
	copy(dirty, leaves)
	dirty[6].SetUint64(1)
	tests := []struct {
		name            string
		leaves          []fr.Element
		count, capacity int
		want            error
	}{
		{"a capacity of zero", leaves, 4, 0, ErrBadCapacity},
		{"a capacity that is not a power of two", leaves, 4, 12, ErrBadCapacity},
		{"a capacity above the maximum", leaves, 4, MaxCapacity * 2, ErrBadCapacity},
		{"a count above the capacity", leaves, 5, 4, ErrCapacity},
		{"a negative count", leaves, -1, 8, ErrCapacity},
		{"more leaves than the capacity", leaves, 2, 2, ErrCapacity},
		{"fewer leaves than the count", leaves, 5, 8, ErrBadChunk},
		{"a non-empty leaf past the count", dirty, 4, 8, ErrBadChunk},
		{"a leaf that is not a record", untagged, 4, 8, ErrNotLeaf},
		{"leaves out of order", swapped, 4, 8, ErrNotCanonical},
		{"a repeated leaf", repeated, 4, 8, ErrDuplicate},
		{"a count that leaves a record in the padding", leaves, 3, 8, ErrBadChunk},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ChunkRoot(tc.leaves, tc.count, tc.capacity); !errors.Is(err, tc.want) {
				t.Fatalf("ChunkRoot = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestBuilderMatchesChunkRootsOverLeaves(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for _, tc := range []struct{ capacity, n int }{{8, 0}, {8, 1}, {8, 8}, {8, 9}, {8, 16}, {8, 17}, {8, 40}, {4, 33}, {1, 5}} {
		events := randomEvents(rng, "p", tc.n)
		c, err := EpochCommitment("p", tc.capacity, events)
		if err != nil {
			t.Fatal(err)
		}
		wantChunks := max(1, (tc.n+tc.capacity-1)/tc.capacity)
		if len(c.Chunks) != wantChunks || c.Count != uint64(tc.n) || c.Capacity != tc.capacity || c.Pool != "p" {
			t.Fatalf("capacity %d, %d events: %d chunks, count %d", tc.capacity, tc.n, len(c.Chunks), c.Count)
		}
		roots := make([]fr.Element, len(c.Chunks))
		for i := range c.Chunks {
			part := events[i*tc.capacity : min(tc.n, (i+1)*tc.capacity)]
			leaves, err := Leaves("p", tc.capacity, part)
			if err != nil {
				t.Fatal(err)
			}
			want, err := ChunkRoot(leaves, len(part), tc.capacity)
			if err != nil {
				t.Fatal(err)
			}
			if c.Chunks[i].Count != len(part) || !c.Chunks[i].Root.Equal(&want) {
				t.Fatalf("capacity %d, %d events: chunk %d differs", tc.capacity, tc.n, i)
			}
			roots[i] = want
		}
		if root, _ := EpochRoot(tc.capacity, roots); !root.Equal(&c.Root) {
			t.Fatalf("capacity %d, %d events: epoch root differs", tc.capacity, tc.n)
		}
	}
}

func TestASingleChunkEpochRootIsItsChunkRoot(t *testing.T) {
	c, err := EpochCommitment("p", 8, randomEvents(rand.New(rand.NewPCG(10, 10)), "p", 5))
	if err != nil {
		t.Fatal(err)
	}
	if c.Depth() != 0 || !c.Root.Equal(&c.Chunks[0].Root) {
		t.Fatal("a single chunk's epoch root is not its chunk root")
	}
	empty, _ := EmptyChunkRoot(8)
	e, err := EpochCommitment("p", 8, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Chunks) != 1 || e.Chunks[0].Count != 0 || !e.Root.Equal(&empty) {
		t.Fatal("an empty epoch is not one empty chunk")
	}
}

func TestThreeChunksArePaddedWithTheEmptyChunkRoot(t *testing.T) {
	c, err := EpochCommitment("p", 4, randomEvents(rand.New(rand.NewPCG(11, 11)), "p", 10))
	if err != nil {
		t.Fatal(err)
	}
	empty, _ := EmptyChunkRoot(4)
	want := HashNode(2, HashNode(1, c.Chunks[0].Root, c.Chunks[1].Root), HashNode(1, c.Chunks[2].Root, empty))
	if c.Depth() != 2 || !c.Root.Equal(&want) {
		t.Fatal("the epoch root is not the level-tagged tree over the chunk roots and one empty chunk root")
	}
	if n1, n2 := HashNode(1, empty, empty), HashNode(2, empty, empty); n1.Equal(&n2) {
		t.Fatal("nodes of different levels share a hash")
	}
}

func TestBuilderRejectsBadEventsAndStaysUsable(t *testing.T) {
	b, err := NewBuilder("p", 4)
	if err != nil {
		t.Fatal(err)
	}
	good := randomEvents(rand.New(rand.NewPCG(12, 12)), "p", 6)
	for i := range good[:3] {
		if err := b.Add(&good[i]); err != nil {
			t.Fatal(err)
		}
	}
	other, dup, back, far := good[3], good[2], good[0], good[3]
	other.Pool = "q"
	far.Time = -5
	for _, tc := range []struct {
		name string
		e    telemetry.Event
		want error
	}{
		{"another pool", other, ErrPoolMismatch},
		{"a repeated key", dup, ErrDuplicate},
		{"an earlier key", back, ErrNotCanonical},
		{"a negative time", far, ErrOutOfRange},
	} {
		if err := b.Add(&tc.e); !errors.Is(err, tc.want) {
			t.Fatalf("%s: Add = %v, want %v", tc.name, err, tc.want)
		}
	}
	for i := range good[3:] {
		if err := b.Add(&good[3+i]); err != nil {
			t.Fatal(err)
		}
	}
	got, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := EpochCommitment("p", 4, good)
	if !got.Root.Equal(&want.Root) || got.Count != 6 {
		t.Fatal("rejected events changed the commitment")
	}
	if err := b.Add(&good[0]); !errors.Is(err, ErrFinished) {
		t.Fatalf("Add after Finish = %v, want ErrFinished", err)
	}
	if _, err := b.Finish(); !errors.Is(err, ErrFinished) {
		t.Fatalf("second Finish = %v, want ErrFinished", err)
	}
}

func TestNewBuilderRejectsBadPoolsAndCapacities(t *testing.T) {
	if _, err := NewBuilder("", 8); !errors.Is(err, telemetry.ErrMalformed) {
		t.Fatalf("empty pool: %v", err)
	}
	if _, err := NewBuilder("p", 6); !errors.Is(err, ErrBadCapacity) {
		t.Fatalf("capacity 6: %v", err)
	}
	if _, err := EpochRoot(8, nil); !errors.Is(err, ErrBadChunk) {
		t.Fatalf("no chunk roots: %v", err)
	}
}

func TestEveryChunkProofVerifiesAndTamperedOnesDoNot(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 13))
	for _, n := range []int{0, 3, 8, 9, 24, 33} {
		c, err := EpochCommitment("p", 2, randomEvents(rng, "p", n))
		if err != nil {
			t.Fatal(err)
		}
		for i, ch := range c.Chunks {
			p, err := c.ProveChunk(i)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Siblings) != c.Depth() {
				t.Fatalf("%d records: proof of %d siblings, depth %d", n, len(p.Siblings), c.Depth())
			}
			if err := VerifyChunk(c.Root, ch.Root, p); err != nil {
				t.Fatalf("%d records, chunk %d: %v", n, i, err)
			}
			if len(p.Siblings) == 0 {
				continue
			}
			var one fr.Element
			one.SetOne()
			tampered := ChunkProof{Index: i, Siblings: append([]fr.Element{}, p.Siblings...)}
			tampered.Siblings[len(p.Siblings)-1].Add(&tampered.Siblings[len(p.Siblings)-1], &one)
			for _, bad := range []struct {
				name  string
				chunk fr.Element
				p     ChunkProof
			}{
				{"a tampered sibling", ch.Root, tampered},
				{"another index", ch.Root, ChunkProof{Index: i ^ 1, Siblings: p.Siblings}},
				{"an index past the tree", ch.Root, ChunkProof{Index: 1 << len(p.Siblings), Siblings: p.Siblings}},
				{"a negative index", ch.Root, ChunkProof{Index: -1, Siblings: p.Siblings}},
				{"a missing sibling", ch.Root, ChunkProof{Index: i >> 1, Siblings: p.Siblings[1:]}},
				{"another chunk root", c.Root, p},
			} {
				if err := VerifyChunk(c.Root, bad.chunk, bad.p); !errors.Is(err, ErrProof) {
					t.Fatalf("%d records, chunk %d, %s: VerifyChunk = %v, want ErrProof", n, i, bad.name, err)
				}
			}
		}
		if _, err := c.ProveChunk(len(c.Chunks)); !errors.Is(err, ErrProof) {
			t.Fatalf("proof past the last chunk: %v", err)
		}
	}
	if err := VerifyChunk(fr.Element{}, fr.Element{}, ChunkProof{Siblings: make([]fr.Element, MaxDepth+1)}); !errors.Is(err, ErrProof) {
		t.Fatalf("a proof deeper than MaxDepth: %v", err)
	}
}

package commit

import (
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

const benchCapacity = 4096

func BenchmarkChunkRoot4096(b *testing.B) {
	leaves := randomLeaves(b, rand.New(rand.NewPCG(1, 1)), benchCapacity)
	for b.Loop() {
		if _, err := ChunkRoot(leaves, benchCapacity, benchCapacity); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchCapacity*b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkBuilder4096(b *testing.B) {
	events := randomEvents(rand.New(rand.NewPCG(2, 2)), "p", benchCapacity)
	for b.Loop() {
		bu, _ := NewBuilder("p", benchCapacity)
		for i := range events {
			if err := bu.Add(&events[i]); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := bu.Finish(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(benchCapacity*b.N)/b.Elapsed().Seconds(), "records/s")
}

func BenchmarkPack(b *testing.B) {
	events := randomEvents(rand.New(rand.NewPCG(3, 3)), "p", 1024)
	var sink fr.Element
	i := 0
	for b.Loop() {
		sink, _ = Pack(&events[i&1023])
		i++
	}
	_ = sink
}

func BenchmarkUnpack(b *testing.B) {
	leaves := randomLeaves(b, rand.New(rand.NewPCG(4, 4)), 1024)
	i := 0
	for b.Loop() {
		if _, err := Unpack(leaves[i&1023]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

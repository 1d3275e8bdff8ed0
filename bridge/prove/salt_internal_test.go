package prove

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/policies"
)

// TestTheSeedsSaltsLandOnTheirChunks: recomputed with a seed, chunk i's
// accumulator carries SaltSeed.Salt(seal, i), so any process with the seed
// derives the same chain; without one the salts are random.
func TestTheSeedsSaltsLandOnTheirChunks(t *testing.T) {
	p, _ := policies.Default()
	evs, err := sim.EpochEvents(bridgetest.Pool, p, 20700, 3*bridgetest.Capacity+1, 6, 1)
	if err != nil {
		t.Fatal(err)
	}
	seal, _, err := bridgetest.SealFor(bridgetest.Pool, p, 20700, bridgetest.Capacity, evs)
	if err != nil {
		t.Fatal(err)
	}
	l, err := bridgetest.NewLedger(filepath.Join(t.TempDir(), "ledger.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := l.AddSeal(seal, evs); err != nil {
		t.Fatal(err)
	}
	var seed SaltSeed
	seed[31] = 7
	s, err := recompute(context.Background(), l, seal, p, seed.salts(seal))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Chunks) != 4 {
		t.Fatalf("%d chunks, want 4", len(s.Chunks))
	}
	for i := range 3 {
		if got, want := s.Chunks[i].SaltOut, seed.Salt(seal, uint32(i)); got != want || got.IsZero() {
			t.Errorf("chunk %d: salt %s, want the seed's %s", i, got.String(), want.String())
		}
	}
	random, err := recompute(context.Background(), l, seal, p, (*SaltSeed)(nil).salts(seal))
	if err != nil {
		t.Fatal(err)
	}
	if random.Chunks[0].SaltOut == s.Chunks[0].SaltOut {
		t.Error("without a seed, chunk 0 has the seed's salt")
	}
}

package prove_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/policies"
)

func TestPartsAndPartChunks(t *testing.T) {
	tests := []struct {
		part prove.Part
		n    int
		want []int
	}{
		{prove.Part{Index: 0, Of: 1}, 3, []int{0, 1, 2}},
		{prove.Part{Index: 0, Of: 2}, 5, []int{0, 2, 4}},
		{prove.Part{Index: 1, Of: 2}, 5, []int{1, 3}},
		{prove.Part{Index: 2, Of: 3}, 3, []int{2}},
		{prove.Part{Index: 3, Of: 4}, 3, nil},
	}
	for _, tt := range tests {
		if got := tt.part.Chunks(tt.n); !slices.Equal(got, tt.want) {
			t.Errorf("part %d of %d over %d chunks: %v, want %v", tt.part.Index, tt.part.Of, tt.n, got, tt.want)
		}
	}
	for _, bad := range []prove.Part{{Index: 0, Of: 0}, {Index: -1, Of: 2}, {Index: 2, Of: 2}} {
		if bad.Validate() == nil {
			t.Errorf("part %d of %d: no error", bad.Index, bad.Of)
		}
	}
}

func TestASaltSeedIsMadeOnceReadOnlyPrivateAndWhole(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "salt.seed")
	made, err := prove.NewSaltSeed(path)
	if err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("seed file: %v %v, want mode 0600", st, err)
	}
	if _, err := prove.NewSaltSeed(path); !errors.Is(err, prove.ErrSaltSeed) {
		t.Errorf("a second NewSaltSeed over the file: %v, want ErrSaltSeed", err)
	}
	got, err := prove.LoadSaltSeed(path)
	if err != nil || *got != *made {
		t.Fatalf("loaded %x (%v), made %x", got, err, made)
	}
	write := func(name, content string, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hex64 := strings.Repeat("ab", 32)
	if _, err := prove.LoadSaltSeed(write("0x.seed", "0x"+hex64+"\n", 0o600)); err != nil {
		t.Errorf("0x-prefixed: %v", err)
	}
	for name, tc := range map[string]struct {
		content string
		mode    os.FileMode
	}{
		"readable by others": {hex64, 0o644},
		"short":              {hex64[:62], 0o600},
		"long":               {hex64 + "ab", 0o600},
		"not hex":            {strings.Repeat("zz", 32), 0o600},
		"empty":              {"", 0o600},
	} {
		if _, err := prove.LoadSaltSeed(write(strings.ReplaceAll(name, " ", "-"), tc.content, tc.mode)); !errors.Is(err, prove.ErrSaltSeed) {
			t.Errorf("%s: %v, want ErrSaltSeed", name, err)
		} else if tc.mode == 0o644 && !errors.Is(err, ethkey.ErrPermissions) {
			t.Errorf("%s: %v, want ethkey.ErrPermissions", name, err)
		}
	}
}

func TestSaltsDependOnTheSeedTheSealAndTheChunk(t *testing.T) {
	_, seal, _ := sealed(t, 20500, 2*bridgetest.Capacity+1, 6)
	var a, b prove.SaltSeed
	b[0] = 1
	base := a.Salt(seal, 0)
	if a.Salt(seal, 0) != base {
		t.Fatal("the same seed, seal and chunk give two salts")
	}
	other := func(edit func(s *ledger.Seal)) *ledger.Seal { c := *seal; edit(&c); return &c }
	for name, x := range map[string]any{
		"another seed":     b.Salt(seal, 0),
		"another chunk":    a.Salt(seal, 1),
		"another pool":     a.Salt(other(func(s *ledger.Seal) { s.Pool = "pool-b" }), 0),
		"another epoch":    a.Salt(other(func(s *ledger.Seal) { s.Epoch++ }), 0),
		"another root":     a.Salt(other(func(s *ledger.Seal) { s.Root = s.Chunks[0].Root }), 0),
		"another policy":   a.Salt(other(func(s *ledger.Seal) { s.PolicyHash = s.Root }), 0),
		"another capacity": a.Salt(other(func(s *ledger.Seal) { s.ChunkCapacity *= 2 }), 0),
	} {
		if x == base {
			t.Errorf("%s: the same salt", name)
		}
	}
}

// partsWorld is a 3-chunk epoch, a seed, keys, and its chunks proven by
// parts 0 and 1 of 2 into dir.
type partsWorld struct {
	ctx   context.Context
	l     *bridgetest.Ledger
	seal  *ledger.Seal
	seed  *prove.SaltSeed
	dir   string
	files []string // chunk 0, 1, 2
}

func newPartsWorld(t *testing.T) *partsWorld {
	t.Helper()
	set, _, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	w := &partsWorld{ctx: context.Background(), dir: t.TempDir()}
	w.l, w.seal, _ = sealed(t, 20600, 2*bridgetest.Capacity+1, 6)
	if w.seed, err = prove.NewSaltSeed(filepath.Join(t.TempDir(), "seed")); err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		p := &prove.Prover{Records: w.l, Keys: set, SaltSeed: w.seed}
		paths, err := p.ProvePart(w.ctx, w.seal, prove.Part{Index: i, Of: 2}, w.dir)
		if err != nil {
			t.Fatal(err)
		}
		w.files = append(w.files, paths...)
	}
	slices.Sort(w.files)
	if len(w.files) != 3 {
		t.Fatalf("parts wrote %v, want 3 files", w.files)
	}
	for i, f := range w.files {
		if want := prove.ChunkFileName(w.seal.Pool, w.seal.Epoch, i); filepath.Base(f) != want {
			t.Fatalf("file %s, want %s", f, want)
		}
	}
	return w
}

func (w *partsWorld) prover(t *testing.T) *prove.Prover {
	set, _, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	return &prove.Prover{Records: w.l, Keys: set, SaltSeed: w.seed, Workers: 2}
}

// copyDir copies the parts' files into a new directory for one case to
// spoil.
func (w *partsWorld) copyDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range w.files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestChunksProvenInPartsMergeIntoTheBundleOfOneProcess: parts 0 and 1 of
// 2 prove chunks {0, 2} and {1}, and Merge joins them into a bundle that
// verifies and equals, but for the proof bytes, the bundle one process
// proves (with two workers) from the same seed.
func TestChunksProvenInPartsMergeIntoTheBundleOfOneProcess(t *testing.T) {
	w := newPartsWorld(t)
	p := w.prover(t)
	merged, err := p.Merge(w.ctx, w.seal, w.dir)
	if err != nil {
		t.Fatal(err)
	}
	one, err := p.Prove(w.ctx, w.seal)
	if err != nil {
		t.Fatal(err)
	}
	if err := bundle.Verify(merged, p.Keys.VK); err != nil {
		t.Fatal(err)
	}
	if got, want := merged.WithoutProofs(), one.WithoutProofs(); !reflect.DeepEqual(got, want) {
		t.Errorf("merged bundle\n%+v\none process's\n%+v", got, want)
	}
	// Without the seed, salts are random: the accumulators differ.
	random, err := (&prove.Prover{Records: w.l, Keys: p.Keys}).Prove(w.ctx, w.seal)
	if err != nil {
		t.Fatal(err)
	}
	if random.Chunks[0].AccOut == one.Chunks[0].AccOut {
		t.Error("a prove without a seed chains the seed's accumulators")
	}
	if _, err := (&prove.Prover{Records: w.l, Keys: p.Keys}).Merge(w.ctx, w.seal, w.dir); !errors.Is(err, prove.ErrSaltSeed) {
		t.Errorf("merge without a seed: %v, want ErrSaltSeed", err)
	}
}

func TestMergeRefusesWhatIsNotExactlyTheSealsChunks(t *testing.T) {
	w := newPartsWorld(t)
	name := func(i int) string { return prove.ChunkFileName(w.seal.Pool, w.seal.Epoch, i) }
	edit := func(t *testing.T, dir string, i int, from, to string) {
		t.Helper()
		path := filepath.Join(dir, name(i))
		data, _ := os.ReadFile(path)
		bad := strings.Replace(string(data), from, to, 1)
		if bad == string(data) {
			t.Fatalf("%s has no %q", path, from)
		}
		os.WriteFile(path, []byte(bad), 0o644)
	}
	// A part proven with another seed, for the "another seed" case.
	otherSeed, err := prove.NewSaltSeed(filepath.Join(t.TempDir(), "seed"))
	if err != nil {
		t.Fatal(err)
	}
	otherDir := t.TempDir()
	op := w.prover(t)
	op.SaltSeed = otherSeed
	if _, err := op.ProvePart(w.ctx, w.seal, prove.Part{Index: 1, Of: 2}, otherDir); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		spoil func(t *testing.T, dir string)
		want  error
		says  string
	}{
		{"a missing chunk", func(t *testing.T, dir string) { os.Remove(filepath.Join(dir, name(1))) }, prove.ErrChunkMissing, "no proof of chunk 1"},
		{"a chunk twice", func(t *testing.T, dir string) {
			data, _ := os.ReadFile(filepath.Join(dir, name(2)))
			os.WriteFile(filepath.Join(dir, strings.Replace(name(2), ".json", "-copy.json", 1)), data, 0o644)
		}, prove.ErrChunkDuplicate, "remove one"},
		{"a chunk of another epoch under this epoch's name", func(t *testing.T, dir string) {
			edit(t, dir, 0, `"epoch": 20600`, `"epoch": 20601`)
		}, prove.ErrChunkForeign, "epoch 20601"},
		{"a chunk of another seal", func(t *testing.T, dir string) {
			edit(t, dir, 0, `"root": "`+w.seal.Root.String(), `"root": "`+w.seal.Chunks[0].Root.String())
		}, prove.ErrChunkForeign, "root"},
		{"a chunk count that is not the seal's", func(t *testing.T, dir string) { edit(t, dir, 2, `"chunks": 3`, `"chunks": 4`) }, prove.ErrChunkForeign, "chunk(s)"},
		{"a chunk proven with other keys", func(t *testing.T, dir string) { edit(t, dir, 1, `"vk_hash": "0x`, `"vk_hash": "0x00`) }, prove.ErrChunkForeign, ""},
		{"a file that is no chunk proof", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, name(0)), []byte(`{"format": "rwabridge.proof-bundle"}`), 0o644)
		}, prove.ErrChunkForeign, "not a chunk proof"},
		{"a chunk proven with another salt seed", func(t *testing.T, dir string) {
			data, _ := os.ReadFile(filepath.Join(otherDir, name(1)))
			os.WriteFile(filepath.Join(dir, name(1)), data, 0o644)
		}, prove.ErrChunkInputs, "another salt seed"},
		{"a public input changed", func(t *testing.T, dir string) {
			edit(t, dir, 1, `"public_inputs": [`+"\n"+`      "0x0`, `"public_inputs": [`+"\n"+`      "0x1`)
		}, prove.ErrChunkInputs, "prove it again"},
		{"a proof that does not verify", func(t *testing.T, dir string) {
			a, _ := os.ReadFile(filepath.Join(dir, name(0)))
			b, _ := os.ReadFile(filepath.Join(dir, name(2)))
			// chunk 0 carries chunk 2's proof
			os.WriteFile(filepath.Join(dir, name(0)), []byte(swapProof(t, string(a), string(b))), 0o644)
		}, prove.ErrChunkProof, "prove it again"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := w.copyDir(t)
			tt.spoil(t, dir)
			_, err := w.prover(t).Merge(w.ctx, w.seal, dir)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.says) {
				t.Fatalf("got %v, want %v saying %q", err, tt.want, tt.says)
			}
		})
	}
}

// swapProof returns chunk file a with the proof fields of chunk file b.
func swapProof(t *testing.T, a, b string) string {
	t.Helper()
	field := func(doc, key string) string {
		i := strings.Index(doc, `"`+key+`": "`)
		if i < 0 {
			t.Fatalf("no %s", key)
		}
		j := strings.Index(doc[i+len(key)+5:], `"`)
		return doc[i : i+len(key)+5+j+1]
	}
	for _, key := range []string{"proof", "gnark_proof"} {
		a = strings.Replace(a, field(a, key), field(b, key), 1)
	}
	return a
}

// TestAPartStoppedMidwayKeepsTheChunksItFinished: a part of chunks 0 and 2
// with one worker, stopped once chunk 0 is proven, has written chunk 0's
// file and returns it with the error.
func TestAPartStoppedMidwayKeepsTheChunksItFinished(t *testing.T) {
	set, _, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	l, seal, _ := sealed(t, 20650, 2*bridgetest.Capacity+1, 6)
	seed, err := prove.NewSaltSeed(filepath.Join(t.TempDir(), "seed"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	p := &prove.Prover{Records: l, Keys: set, SaltSeed: seed, Workers: 1, Progress: func(e prover.Event) {
		if e.Stage == prover.StageDone {
			stop()
		}
	}}
	dir := t.TempDir()
	paths, err := p.ProvePart(ctx, seal, prove.Part{Index: 0, Of: 2}, dir)
	want := filepath.Join(dir, prove.ChunkFileName(seal.Pool, seal.Epoch, 0))
	if !errors.Is(err, context.Canceled) || !slices.Equal(paths, []string{want}) {
		t.Fatalf("paths %v, error %v; want %s and context.Canceled", paths, err, want)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); !slices.Equal(files, []string{want}) {
		t.Errorf("the directory holds %v, want chunk 0's file only", files)
	}
}

// TestTheSeedsSaltsLandOnTheirChunks: recomputed with a seed, chunk i's
// accumulator carries SaltSeed.Salt(seal, i), so any process with the seed
// derives the same chain; without one the salts are random.
func TestTheSeedsSaltsLandOnTheirChunks(t *testing.T) {
	l, seal, _ := sealed(t, 20700, 3*bridgetest.Capacity+1, 6)
	p, _ := policies.Default()
	var seed prove.SaltSeed
	seed[31] = 7
	s, err := prove.RecomputeSalted(context.Background(), l, seal, p, &seed)
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
	random, err := prove.RecomputeSalted(context.Background(), l, seal, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if random.Chunks[0].SaltOut == s.Chunks[0].SaltOut {
		t.Error("without a seed, chunk 0 has the seed's salt")
	}
}

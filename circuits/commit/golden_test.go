package commit

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// vectorFile is testdata/vectors.json: inputs and the commitment's outputs.
// Elements are 0x + 64 hex digits, big-endian.
type vectorFile struct {
	Comment string   `json:"comment"`
	ChunkIV string   `json:"chunk_iv_capacity_8"`
	NodeIV  string   `json:"node_iv_level_1"`
	Vectors []vector `json:"vectors"`
}

type vector struct {
	Name           string            `json:"name"`
	Pool           telemetry.PoolID  `json:"pool"`
	Capacity       int               `json:"capacity"`
	Events         []telemetry.Event `json:"events"`
	Leaves         []string          `json:"leaves"`
	Chunks         []vectorChunk     `json:"chunks"`
	EmptyChunkRoot string            `json:"empty_chunk_root"`
	Count          uint64            `json:"count"`
	Root           string            `json:"root"`
}

type vectorChunk struct {
	Count int    `json:"count"`
	Root  string `json:"root"`
}

const vectorPool telemetry.PoolID = "swap-pool.hcmc-1"

// vectorInputs are the inputs the vectors were generated from (used only with
// -update: the test otherwise reads the inputs back from the file).
func vectorInputs() []vector {
	rng := rand.New(rand.NewPCG(2026, 1))
	zero := telemetry.Event{Pool: vectorPool}
	extreme := telemetry.Event{
		Pool: vectorPool, Cabinet: math.MaxUint32, Seq: math.MaxUint64, Time: telemetry.MaxTime,
		EnergyWh: math.MaxUint32, FeeCents: math.MaxUint32, SoCIn: telemetry.MaxSoC, SoCOut: telemetry.MaxSoC,
		SoHPermille: telemetry.MaxSoH,
	}
	below := extreme
	below.Seq--
	return []vector{
		{Name: "an empty epoch is one empty chunk", Capacity: 8},
		{Name: "a record of all zeros packs to the tag bit alone", Capacity: 8, Events: []telemetry.Event{zero}},
		{Name: "the largest values fill every field", Capacity: 8, Events: []telemetry.Event{below, extreme}},
		{Name: "exactly one full chunk", Capacity: 8, Events: randomEvents(rng, vectorPool, 8)},
		{Name: "capacity plus one makes two chunks", Capacity: 8, Events: randomEvents(rng, vectorPool, 9)},
		{Name: "three chunks pad the tree with the empty chunk root", Capacity: 8, Events: randomEvents(rng, vectorPool, 20)},
		{Name: "a larger chunk half full", Capacity: 64, Events: randomEvents(rng, vectorPool, 33)},
		{Name: "chunks of one record", Capacity: 1, Events: randomEvents(rng, vectorPool, 3)},
	}
}

func computeVector(t *testing.T, v vector) vector {
	t.Helper()
	if v.Events == nil {
		v.Events = []telemetry.Event{}
	}
	for i := range v.Events {
		v.Events[i].Pool = vectorPool
	}
	v.Pool = vectorPool
	c, err := EpochCommitment(v.Pool, v.Capacity, v.Events)
	if err != nil {
		t.Fatalf("%s: %v", v.Name, err)
	}
	v.Leaves = make([]string, len(v.Events))
	for i := range v.Events {
		leaf, err := Pack(&v.Events[i])
		if err != nil {
			t.Fatal(err)
		}
		v.Leaves[i] = hexOf(&leaf)
	}
	v.Chunks = make([]vectorChunk, len(c.Chunks))
	for i, ch := range c.Chunks {
		v.Chunks[i] = vectorChunk{Count: ch.Count, Root: hexOf(&ch.Root)}
	}
	empty, err := EmptyChunkRoot(v.Capacity)
	if err != nil {
		t.Fatal(err)
	}
	v.EmptyChunkRoot, v.Count, v.Root = hexOf(&empty), c.Count, hexOf(&c.Root)
	return v
}

func TestGoldenVectorsPinTheLeafEncodingAndEveryRoot(t *testing.T) {
	path := filepath.Join("testdata", "vectors.json")
	inputs := vectorInputs()
	if !*update {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		var f vectorFile
		if err := json.Unmarshal(b, &f); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		inputs = f.Vectors
	}
	chunkIV, nodeIV := ChunkIV(8), NodeIV(1)
	f := vectorFile{
		Comment: "rwabridge circuits/commit golden vectors, commitment version 1; regenerate only on purpose with go test -update",
		ChunkIV: hexOf(&chunkIV),
		NodeIV:  hexOf(&nodeIV),
	}
	for _, v := range inputs {
		f.Vectors = append(f.Vectors, computeVector(t, v))
	}
	got, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, path, append(got, '\n'))
}

// The vectors are also checked against independent computations: leaves by
// ChunkRoot over Leaves (not the Builder), the tree by VerifyChunk.
func TestGoldenVectorsAgreeWithTheNonStreamingFunctions(t *testing.T) {
	for _, v := range vectorInputs() {
		t.Run(v.Name, func(t *testing.T) {
			v = computeVector(t, v)
			roots := make([]fr.Element, 0, len(v.Chunks))
			for i := 0; i == 0 || i*v.Capacity < len(v.Events); i++ {
				part := v.Events[i*v.Capacity : min(len(v.Events), (i+1)*v.Capacity)]
				leaves, err := Leaves(v.Pool, v.Capacity, part)
				if err != nil {
					t.Fatal(err)
				}
				root, err := ChunkRoot(leaves, len(part), v.Capacity)
				if err != nil {
					t.Fatal(err)
				}
				if got := hexOf(&root); got != v.Chunks[i].Root {
					t.Fatalf("chunk %d: ChunkRoot %s, Builder %s", i, got, v.Chunks[i].Root)
				}
				roots = append(roots, root)
			}
			root, err := EpochRoot(v.Capacity, roots)
			if err != nil {
				t.Fatal(err)
			}
			if got := hexOf(&root); got != v.Root {
				t.Fatalf("EpochRoot %s, Builder %s", got, v.Root)
			}
		})
	}
}

package bundle_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

const capacity = 8

type fixture struct {
	set, other *keys.Set
	single     *bundle.Bundle // one chunk
	multi      *bundle.Bundle // three chunks
	events     []telemetry.Event
}

var (
	once sync.Once
	fx   fixture
	fxE  error
)

// events returns n events of 6 cabinets in one daily epoch.
func events(p *policy.Policy, epoch uint64, n int, rng *rand.Rand) []telemetry.Event {
	start, last, _ := summary.EpochBounds(p, epoch)
	evs := make([]telemetry.Event, n)
	for i := range evs {
		evs[i] = telemetry.Event{
			Pool: "pool-a", Cabinet: uint32(100 + min(i, 5)), Seq: uint64(1000 + i),
			Time: int64(start + rng.Uint64N(last-start+1)), EnergyWh: 1234, FeeCents: 321,
			SoCIn: 11, SoCOut: 97, SoHPermille: 876, BatteryIn: "BAT-IN-7f3a", BatteryOut: "BAT-OUT-9c1e",
		}
	}
	return evs
}

func load(t testing.TB) *fixture {
	t.Helper()
	once.Do(func() {
		ctx := context.Background()
		p, err := policies.Default()
		if err != nil {
			fxE = err
			return
		}
		dir, err := os.MkdirTemp("", "rwabridge-bundle-test")
		if err != nil {
			fxE = err
			return
		}
		defer os.RemoveAll(dir)
		if fx.set, _, fxE = keys.Setup(ctx, filepath.Join(dir, "a"), capacity, keys.KindDev, keys.Options{}); fxE != nil {
			return
		}
		if fx.other, _, fxE = keys.Setup(ctx, filepath.Join(dir, "b"), capacity, keys.KindDev, keys.Options{}); fxE != nil {
			return
		}
		rng := rand.New(rand.NewPCG(1, 1))
		prove := func(n int) (*bundle.Bundle, []telemetry.Event, error) {
			evs := events(p, 20412, n, rng)
			s, err := summary.Summarize(summary.Input{Pool: "pool-a", Epoch: 20412, Policy: p, Capacity: capacity, Events: evs})
			if err != nil {
				return nil, nil, err
			}
			b, err := prover.Prove(ctx, fx.set, s, p, nil)
			return b, evs, err
		}
		if fx.single, fx.events, fxE = prove(8); fxE != nil {
			return
		}
		fx.multi, _, fxE = prove(18)
	})
	if fxE != nil {
		t.Fatal(fxE)
	}
	return &fx
}

// clone deep-copies a bundle through JSON.
func clone(t *testing.T, b *bundle.Bundle) *bundle.Bundle {
	t.Helper()
	var buf bytes.Buffer
	if err := b.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	c, err := bundle.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestValidBundlesVerify(t *testing.T) {
	f := load(t)
	for name, b := range map[string]*bundle.Bundle{"one chunk": f.single, "three chunks": f.multi} {
		t.Run(name, func(t *testing.T) {
			if err := bundle.Verify(clone(t, b), f.set.VK); err != nil {
				t.Fatal(err)
			}
		})
	}
	if len(f.multi.Chunks) != 3 {
		t.Fatalf("multi has %d chunks", len(f.multi.Chunks))
	}
}

func flipHexDigit(s string, i int) string {
	b := []byte(s)
	if b[i] == '0' {
		b[i] = '1'
	} else {
		b[i] = '0'
	}
	return string(b)
}

// bump returns e + 1 in the field: another canonical element.
func bump(e field.Element) field.Element {
	x := e.Fr()
	var one fr.Element
	one.SetOne()
	x.Add(&x, &one)
	return field.Element(x)
}

func TestTamperedBundlesFailWithANamedError(t *testing.T) {
	f := load(t)
	tests := []struct {
		name   string
		edit   func(b *bundle.Bundle)
		vk     *keys.Set
		wantIs error
	}{
		{"a metric's digit changed", func(b *bundle.Bundle) { b.Metrics.EnergyWh += 10 }, nil, bundle.ErrPublicInputs},
		{"a metric and the public input changed together", func(b *bundle.Bundle) {
			b.Metrics.RevenueCents++
			st, _ := b.Statements()
			in, _ := st[len(st)-1].PublicInputs()
			b.Chunks[len(b.Chunks)-1].PublicInputs[6] = field.Element(in[6])
		}, nil, bundle.ErrProof},
		{"the pool changed consistently everywhere", func(b *bundle.Bundle) {
			b.Pool = "pool-b"
			st, _ := b.Statements()
			for i := range st {
				in, _ := st[i].PublicInputs()
				b.Chunks[i].PublicInputs[0] = field.Element(in[0])
			}
		}, nil, bundle.ErrProof},
		{"the epoch changed consistently everywhere", func(b *bundle.Bundle) {
			b.Epoch++
			st, _ := b.Statements()
			for i := range st {
				in, _ := st[i].PublicInputs()
				b.Chunks[i].PublicInputs[5] = field.Element(in[5])
			}
		}, nil, bundle.ErrProof},
		{"a public input changed", func(b *bundle.Bundle) { b.Chunks[0].PublicInputs[2] = bump(b.Chunks[0].PublicInputs[2]) }, nil, bundle.ErrPublicInputs},
		{"a proof byte flipped", func(b *bundle.Bundle) { b.Chunks[1].Proof = flipHexDigit(b.Chunks[1].Proof, 100) }, nil, bundle.ErrProof},
		{"a chunk root changed", func(b *bundle.Bundle) { b.Chunks[1].Root = bump(b.Chunks[1].Root) }, nil, bundle.ErrPublicInputs},
		{"the epoch root changed", func(b *bundle.Bundle) { b.Root = bump(b.Root) }, nil, bundle.ErrPublicInputs},
		{"chunks swapped", func(b *bundle.Bundle) {
			b.Chunks[0], b.Chunks[1] = b.Chunks[1], b.Chunks[0]
			b.Chunks[0].Index, b.Chunks[1].Index = 0, 1
		}, nil, bundle.ErrPublicInputs},
		{"a chunk dropped", func(b *bundle.Bundle) {
			b.Chunks = slices.Delete(b.Chunks, 1, 2)
			b.Chunks[1].Index = 1
		}, nil, bundle.ErrPublicInputs},
		{"an undisclosed metric set", func(b *bundle.Bundle) { b.Disclosed = b.Disclosed[1:] }, nil, bundle.ErrPublicInputs},
		{"another verifying key", func(b *bundle.Bundle) {}, f.other, bundle.ErrVKMismatch},
		{"another key under this key's hash", func(b *bundle.Bundle) { b.VKHash = f.other.Meta.VKHash }, f.other, bundle.ErrProof},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := clone(t, f.multi)
			tc.edit(b)
			vk := f.set.VK
			if tc.vk != nil {
				vk = tc.vk.VK
			}
			err := bundle.Verify(b, vk)
			if !errors.Is(err, tc.wantIs) {
				t.Fatalf("got %v, want %v", err, tc.wantIs)
			}
		})
	}
}

func TestBundleHoldsNoRecordAndNoWithheldField(t *testing.T) {
	f := load(t)
	var buf bytes.Buffer
	if err := f.single.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	var keysSeen []string
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for k, v := range x {
				keysSeen = append(keysSeen, k)
				walk(v)
			}
		case []any:
			for _, v := range x {
				walk(v)
			}
		}
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	walk(doc)
	for _, k := range keysSeen {
		for _, banned := range []string{"cabinet", "seq", "time", "battery", "soc", "record", "leaf", "leaves", "salt", "count"} {
			if strings.Contains(k, banned) && k != "active_cabinets" {
				t.Errorf("bundle has a key %q", k)
			}
		}
	}
	for _, e := range f.events {
		for _, secret := range []string{e.BatteryIn, e.BatteryOut} {
			if strings.Contains(text, secret) {
				t.Errorf("bundle holds withheld value %q", secret)
			}
		}
	}
	for _, e := range f.events {
		var leaf fr.Element
		leaf, _ = mustPack(t, e)
		if strings.Contains(text, field.Element(leaf).String()[2:]) {
			t.Error("bundle holds a packed record")
		}
	}
}

func TestDecodeRejectsOversizedAndMalformedBundles(t *testing.T) {
	f := load(t)
	var good bytes.Buffer
	if err := f.single.Encode(&good); err != nil {
		t.Fatal(err)
	}
	tests := map[string]string{
		"too large":        strings.Repeat(" ", bundle.MaxSize+1),
		"an unknown field": strings.Replace(good.String(), `"format"`, `"extra": 1, "format"`, 1),
		"trailing data":    good.String() + "{}",
		"a short proof":    strings.Replace(good.String(), f.single.Chunks[0].Proof, f.single.Chunks[0].Proof[:100], 1),
		"another format":   strings.Replace(good.String(), bundle.Format, "other", 1),
		"a record count":   strings.Replace(good.String(), `"format"`, `"count": 8, "format"`, 1),
		"a root of 63 hex digits": strings.Replace(good.String(), `"root": "`+f.single.Root.String()+`"`,
			`"root": "0x`+f.single.Root.String()[3:]+`"`, 1),
		"a root not below the field modulus": strings.Replace(good.String(), `"root": "`+f.single.Root.String()+`"`,
			`"root": "0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001"`, 1),
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := bundle.Decode(strings.NewReader(in)); !errors.Is(err, bundle.ErrMalformedBundle) {
				t.Fatalf("got %v", err)
			}
		})
	}
}

// shapedBundle returns a bundle of the right shape with arbitrary values:
// a seed for FuzzDecode that needs no keys.
func shapedBundle() *bundle.Bundle {
	var z field.Element
	b := &bundle.Bundle{
		Format: bundle.Format, Version: bundle.Version, Circuit: "summary", CircuitVersion: summary.Version,
		Capacity: 8, Setup: keys.KindDev, Pool: "pool-a", Epoch: 20412,
		Policy: bundle.PolicyRef{ID: "battery-swap-daily", Version: 1, Hash: z}, Root: z,
		Disclosed: []string{"swaps", "energy_wh"}, Metrics: summary.Metrics{Swaps: 11, EnergyWh: 5000},
	}
	for i := range 2 {
		c := bundle.ChunkProof{Index: i, Final: i == 1, Root: z, AccIn: z, AccOut: z,
			Proof: "0x" + strings.Repeat("ab", bundle.SolidityProofSize), GnarkProof: "0x" + strings.Repeat("cd", 300)}
		for range summary.NumPublic {
			c.PublicInputs = append(c.PublicInputs, z)
		}
		b.Chunks = append(b.Chunks, c)
	}
	return b
}

// FuzzDecode: Decode and the statement parsing never panic, and what
// decodes re-encodes to something that decodes to the same bundle.
func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	if err := shapedBundle().Encode(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte(`{"format":"rwabridge.proof-bundle","version":1}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := bundle.Decode(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, bundle.ErrMalformedBundle) {
				t.Fatalf("a decode error that is not ErrMalformedBundle: %v", err)
			}
			return
		}
		_, _ = b.Statements()
		var again bytes.Buffer
		if err := b.Encode(&again); err != nil {
			t.Fatal(err)
		}
		if _, err := bundle.Decode(&again); err != nil {
			t.Fatalf("re-encoded bundle does not decode: %v", err)
		}
	})
}

// FuzzVerify mutates a valid bundle: nothing but the valid bundle (or an
// encoding of the same values) verifies. Setting up its keys takes a few
// seconds per fuzz worker.
func FuzzVerify(f *testing.F) {
	fx := load(f)
	var good bytes.Buffer
	_ = fx.single.Encode(&good)
	f.Add(good.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := bundle.Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		if err := bundle.Verify(b, fx.set.VK); err == nil {
			if b.Root != fx.single.Root || b.Metrics != fx.single.Metrics || b.Pool != fx.single.Pool || b.Epoch != fx.single.Epoch || b.Policy.Hash != fx.single.Policy.Hash {
				t.Fatalf("a mutated bundle verifies: %+v", b)
			}
		}
	})
}

func TestASetupLabelThatIsNotTheKeysIsRefused(t *testing.T) {
	f := load(t)
	b := clone(t, f.single)
	if err := bundle.CheckSetup(b, f.set.Meta.Setup); err != nil {
		t.Fatalf("the key's own label: %v", err)
	}
	b.Setup = keys.KindCeremony
	if err := bundle.CheckSetup(b, f.set.Meta.Setup); !errors.Is(err, bundle.ErrVKMismatch) {
		t.Fatalf("a dev bundle relabelled as a ceremony's: %v; want ErrVKMismatch", err)
	}
}

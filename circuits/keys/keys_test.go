package keys

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/circuits/summary"
)

const testCapacity = 8

func TestDevSetupWritesAnInsecureSetThatIsReusedAndChecked(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var stages []string
	set, reused, err := Setup(ctx, dir, testCapacity, KindDev, Options{Progress: func(s string) { stages = append(stages, s) }})
	if err != nil {
		t.Fatal(err)
	}
	if reused {
		t.Fatal("a fresh directory reported a reused set")
	}
	if strings.Join(stages, ",") != StageCompile+","+StageSetup+","+StageWrite {
		t.Fatalf("stages %v", stages)
	}
	m := set.Meta
	if !m.Insecure || m.Warning == "" || m.Setup != KindDev || m.Capacity != testCapacity || m.Constraints == 0 || m.PublicInputs != 7 || m.Commitments != 1 {
		t.Fatalf("metadata %+v", m)
	}
	for _, ext := range []string{ExtCCS, ExtPK, ExtVK, ExtSolidity, ExtMeta} {
		name := "summary-8.dev-insecure" + ext
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Fatalf("missing %s: %v", name, err)
		}
	}
	sol, _ := os.ReadFile(filepath.Join(dir, "summary-8.dev-insecure.sol"))
	if !strings.Contains(string(sol), "function verifyProof") {
		t.Fatal("the Solidity verifier has no verifyProof")
	}

	t.Run("a second setup reuses the set", func(t *testing.T) {
		var stages []string
		again, reused, err := Setup(ctx, dir, testCapacity, KindDev, Options{Progress: func(s string) { stages = append(stages, s) }})
		if err != nil || !reused {
			t.Fatalf("reused %v, err %v", reused, err)
		}
		if len(stages) != 1 || stages[0] != StageCheck {
			t.Fatalf("stages %v", stages)
		}
		if again.Meta.VKHash != m.VKHash {
			t.Fatal("another key after reuse")
		}
	})
	t.Run("the verifying key loads from the directory and from the file", func(t *testing.T) {
		for _, p := range []string{dir, filepath.Join(dir, "summary-8.dev-insecure.vk")} {
			_, meta, err := LoadVK(p)
			if err != nil || meta.VKHash != m.VKHash {
				t.Fatalf("%s: %v", p, err)
			}
		}
	})
	t.Run("a tampered proving key is refused", func(t *testing.T) {
		pk := filepath.Join(dir, "summary-8.dev-insecure.pk")
		data, _ := os.ReadFile(pk)
		defer os.WriteFile(pk, data, 0o644)
		bad := append([]byte(nil), data...)
		bad[len(bad)-1] ^= 1
		if err := os.WriteFile(pk, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := Setup(ctx, dir, testCapacity, KindDev, Options{}); !errors.Is(err, ErrMismatch) {
			t.Fatalf("got %v, want ErrMismatch", err)
		}
	})
	t.Run("a tampered verifying key is refused", func(t *testing.T) {
		vk := filepath.Join(dir, "summary-8.dev-insecure.vk")
		data, _ := os.ReadFile(vk)
		defer os.WriteFile(vk, data, 0o644)
		bad := append([]byte(nil), data...)
		bad[40] ^= 1
		os.WriteFile(vk, bad, 0o644)
		if _, _, err := LoadVK(vk); !errors.Is(err, ErrMismatch) {
			t.Fatalf("got %v, want ErrMismatch", err)
		}
	})
	t.Run("metadata of another circuit version is refused", func(t *testing.T) {
		mp := filepath.Join(dir, "summary-8.dev-insecure.json")
		data, _ := os.ReadFile(mp)
		defer os.WriteFile(mp, data, 0o644)
		this := fmt.Sprintf(`"circuit_version": %d`, summary.Version)
		if !strings.Contains(string(data), this) {
			t.Fatalf("the metadata does not say %s", this)
		}
		os.WriteFile(mp, []byte(strings.Replace(string(data), this, `"circuit_version": 99`, 1)), 0o644)
		if _, err := Load(dir, testCapacity, KindDev); !errors.Is(err, ErrMismatch) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("development keys of another circuit version are set up anew", func(t *testing.T) {
		other := t.TempDir()
		if _, _, err := Setup(context.Background(), other, testCapacity, KindDev, Options{}); err != nil {
			t.Fatal(err)
		}
		mp := filepath.Join(other, "summary-8.dev-insecure.json")
		data, _ := os.ReadFile(mp)
		this := fmt.Sprintf(`"circuit_version": %d`, summary.Version)
		os.WriteFile(mp, []byte(strings.Replace(string(data), this, `"circuit_version": 99`, 1)), 0o644)
		s, reused, err := Setup(context.Background(), other, testCapacity, KindDev, Options{})
		if err != nil || reused || s.Meta.CircuitVersion != summary.Version {
			t.Fatalf("reused %v, %v", reused, err)
		}
		if _, err := Load(other, testCapacity, KindDev); err != nil {
			t.Fatalf("the new set does not load: %v", err)
		}
		// Keys that are broken, not old, are still refused.
		data, _ = os.ReadFile(mp)
		os.WriteFile(mp, []byte(strings.Replace(string(data), `"capacity": 8`, `"capacity": 16`, 1)), 0o644)
		if _, _, err := Setup(context.Background(), other, testCapacity, KindDev, Options{}); !errors.Is(err, ErrMismatch) {
			t.Fatalf("a set of another capacity under this name: %v", err)
		}
	})
}

func TestNonDevSetupNeedsACeremony(t *testing.T) {
	_, _, err := Setup(context.Background(), t.TempDir(), testCapacity, KindCeremony, Options{})
	if !errors.Is(err, ErrCeremonyRequired) || !strings.Contains(err.Error(), "rwabridge ceremony init") || strings.Contains(err.Error(), "later issue") {
		t.Fatalf("got %v", err)
	}
}

func TestMetadataSaysCeremonyExactlyWhenItDescribesOne(t *testing.T) {
	dir := t.TempDir()
	set, _, err := Setup(context.Background(), dir, testCapacity, KindDev, Options{})
	if err != nil {
		t.Fatal(err)
	}
	info := &CeremonyInfo{Phase1: []Contributor{{Org: "A"}}, Phase2: []Contributor{{Org: "B"}, {Org: "A"}}}
	if got := info.Orgs(); len(got) != 2 || got[0] != "A" || got[1] != "B" {
		t.Fatalf("orgs %v", got)
	}
	// Write refuses a ceremony set without its description and a dev set with one.
	out := t.TempDir()
	if err := Write(&Set{Dir: out, CCS: set.CCS, PK: set.PK, VK: set.VK}, testCapacity, KindCeremony, time.Now()); !errors.Is(err, ErrMalformed) {
		t.Fatalf("ceremony set without description: %v", err)
	}
	if err := Write(&Set{Dir: out, CCS: set.CCS, PK: set.PK, VK: set.VK, Meta: Metadata{Ceremony: info}}, testCapacity, KindDev, time.Now()); !errors.Is(err, ErrMalformed) {
		t.Fatalf("dev set with a description: %v", err)
	}
	// Metadata edited to claim a ceremony (or to drop the insecure mark) is refused on load.
	mp := filepath.Join(dir, BaseName(testCapacity, KindDev)+ExtMeta)
	data, _ := os.ReadFile(mp)
	for name, edit := range map[string]func(string) string{
		"kind ceremony, no description": func(s string) string {
			return strings.Replace(s, `"setup": "dev-insecure"`, `"setup": "mpc-ceremony"`, 1)
		},
		"dev, not insecure": func(s string) string { return strings.Replace(s, `"insecure": true`, `"insecure": false`, 1) },
		"dev with a ceremony": func(s string) string {
			return strings.Replace(s, `"files"`, `"ceremony": {"id": "0x`+strings.Repeat("00", 32)+`", "phase1": [], "phase2": [], "beacons": []}, "files"`, 1)
		},
	} {
		if err := os.WriteFile(mp, []byte(edit(string(data))), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readMetaFile(mp, testCapacity, ""); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestCeremonyKeysAreNamedWithoutTheInsecureMark(t *testing.T) {
	if BaseName(1024, KindCeremony) != "summary-1024" || BaseName(1024, KindDev) != "summary-1024.dev-insecure" {
		t.Fatal(BaseName(1024, KindCeremony), BaseName(1024, KindDev))
	}
}

package demo_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rwabridge/rwabridge/circuits/ceremony"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/demo"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

// ceremonyCapacity is the smallest circuit: its ceremony takes seconds.
const ceremonyCapacity = 8

func TestTheDemoHoldsTheKeyCeremonyOfItsOrgsAndReusesItOnceVerified(t *testing.T) {
	// 6 cabinets × 2 events a day: 12 records, two chunks of 8.
	cfg := demo.Default()
	cfg.DataDir = filepath.Join(t.TempDir(), "demo")
	cfg.Fleet = tinyFleet(t, 6, 1, 2)
	cfg.Capacity = ceremonyCapacity
	var out bytes.Buffer
	rep, err := demo.Run(context.Background(), cfg, &out, nil)
	if err != nil {
		t.Fatalf("demo failed: %v\n%s", err, out.String())
	}
	if strings.Contains(out.String(), "INSECURE") {
		t.Errorf("a demo with ceremony keys warns of insecure keys:\n%s", out.String())
	}
	for _, want := range []string{"hold the key ceremony of the three orgs", "phase 2: CustodianMSP contributes", "verify (the auditor's check)",
		"recorded on the ledger by AuditorMSP", "ceremony of 3 orgs (OperatorMSP, AuditorMSP, CustodianMSP)"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	dir := filepath.Join(cfg.DataDir, demo.CeremonyDir)
	if rep.KeysDir != filepath.Join(dir, ceremony.KeysDir) {
		t.Errorf("keys in %s, want the ceremony's", rep.KeysDir)
	}
	meta, err := keys.ReadMetadata(rep.KeysDir, ceremonyCapacity, keys.KindCeremony)
	if err != nil {
		t.Fatal(err)
	}
	if meta.Insecure || meta.Ceremony == nil || !slices.Equal(meta.Ceremony.Orgs(), demo.Committee) {
		t.Fatalf("key set: insecure %t, ceremony %+v", meta.Insecure, meta.Ceremony)
	}
	// Each org contributed to both phases with its attestor key: the key
	// of the L2 committee.
	for _, phase := range [][]keys.Contributor{meta.Ceremony.Phase1, meta.Ceremony.Phase2} {
		for i, c := range phase {
			if c.Org != demo.Committee[i] || !strings.EqualFold(c.Address, rep.Chain.Orgs[c.Org].Hex()) {
				t.Errorf("contributor %d: %s with %s, want %s with its committee key %s", i+1, c.Org, c.Address, demo.Committee[i], rep.Chain.Orgs[demo.Committee[i]].Hex())
			}
		}
	}
	for _, e := range rep.Disclosed() {
		if e.Bundle.VKHash != meta.VKHash || !e.Verified {
			t.Errorf("epoch %d: proven with key %s (verified %t), the ceremony's is %s", e.Seal.Epoch, e.Bundle.VKHash, e.Verified, meta.VKHash)
		}
	}
	// The ledger logs the six contributions, each by its org, and each
	// phase was closed with the hash of the block that logs its last one.
	log, beacons := ledgerLog(t, cfg.DataDir, meta.Ceremony.ID)
	tr, err := ceremony.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 6 {
		t.Fatalf("the ledger logs %d contributions, want 6", len(log))
	}
	if !bytes.Equal(tr.Phase1Seal.Beacon, beacons[1]) || !bytes.Equal(tr.Phase2Seal.Beacon, beacons[2]) {
		t.Errorf("beacons %x, %x; the ledger blocks of each phase's last contribution hash to %x, %x", tr.Phase1Seal.Beacon, tr.Phase2Seal.Beacon, beacons[1], beacons[2])
	}

	t.Run("a second run reuses it and logs it on its afresh ledger", func(t *testing.T) {
		out.Reset()
		again, err := demo.Run(context.Background(), cfg, &out, nil)
		if err != nil {
			t.Fatalf("second run failed: %v\n%s", err, out.String())
		}
		if !strings.Contains(out.String(), "reused the ceremony of 3 orgs") || strings.Contains(out.String(), "contributes") ||
			!strings.Contains(out.String(), "recorded its signed contributions to the ceremony on it again (6 in all)") {
			t.Errorf("the ceremony was not reused:\n%s", out.String())
		}
		m, err := keys.ReadMetadata(again.KeysDir, ceremonyCapacity, keys.KindCeremony)
		if err != nil || m.VKHash != meta.VKHash {
			t.Fatalf("second run's keys %v, %v; want vk %s", m, err, meta.VKHash)
		}
		if log, _ := ledgerLog(t, cfg.DataDir, meta.Ceremony.ID); len(log) != 6 {
			t.Errorf("the afresh ledger logs %d contributions, want 6", len(log))
		}
	})
	t.Run("keys other than those verified are refused", func(t *testing.T) {
		path := filepath.Join(dir, demo.VerifiedFile)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		var rec map[string]any
		if err := json.Unmarshal(data, &rec); err != nil {
			t.Fatal(err)
		}
		rec["pk_sha256"] = strings.Repeat("0", 64)
		bad, _ := json.Marshal(rec)
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		defer os.WriteFile(path, data, 0o644)
		_, err = demo.Run(context.Background(), cfg, &out, nil)
		var se *demo.StageError
		if !errors.As(err, &se) || se.Stage != demo.StageKeys || !strings.Contains(err.Error(), "not those its verification derived") {
			t.Fatalf("err = %v, want the keys stage to refuse keys other than those verified", err)
		}
	})
	t.Run("a ceremony of other keys than the orgs' is refused until --fresh", func(t *testing.T) {
		if err := os.Remove(filepath.Join(cfg.DataDir, demo.L2KeysDir, "AuditorMSP.key")); err != nil {
			t.Fatal(err)
		}
		_, err := demo.Run(context.Background(), cfg, &out, nil)
		if !errors.Is(err, demo.ErrDataDirMismatch) || !strings.Contains(err.Error(), "add --fresh") {
			t.Fatalf("err = %v, want ErrDataDirMismatch naming --fresh", err)
		}
	})
}

// ledgerLog reads the ceremony's log on the data directory's ledger and
// the hash of the block that logs each phase's last contribution.
func ledgerLog(t *testing.T, dataDir string, id [32]byte) ([]ledger.Contribution, map[int][]byte) {
	t.Helper()
	l, err := embedded.OpenDir(dataDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	log, err := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: "AuditorMSP", ID: "auditor"})).CeremonyLog(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	beacons := map[int][]byte{}
	for i, c := range log {
		if c.Org != demo.Committee[i%3] || c.Phase != 1+i/3 {
			t.Errorf("log entry %d: phase %d by %s", i, c.Phase, c.Org)
		}
		h, err := l.TxHeight(c.TxID)
		if err != nil {
			t.Fatal(err)
		}
		b, err := l.Block(h)
		if err != nil {
			t.Fatal(err)
		}
		hash := b.Hash()
		beacons[c.Phase] = hash[:]
	}
	return log, beacons
}

package ceremony

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
)

// copyCeremony copies the shared fixture into a fresh directory a test
// may alter.
func copyCeremony(t *testing.T, from string) string {
	t.Helper()
	to := filepath.Join(t.TempDir(), "c")
	err := filepath.WalkDir(from, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return to
}

// resign rewrites the statement at path after edit, signed by key.
func resign(t *testing.T, path string, key *ecdsa.PrivateKey, edit func(*Statement)) {
	t.Helper()
	var s Statement
	if err := readJSON(path, &s); err != nil {
		t.Fatal(err)
	}
	edit(&s)
	if key != nil {
		if err := s.Sign(key); err != nil {
			t.Fatal(err)
		}
	}
	if err := writeJSON(path, &s); err != nil {
		t.Fatal(err)
	}
}

func verifyAll(dir string) error {
	_, err := Verify(context.Background(), dir, VerifyOptions{Beacons: map[int][]byte{1: beacon1, 2: beacon2}})
	return err
}

func mustFail(t *testing.T, err, want error, mention string) {
	t.Helper()
	if !errors.Is(err, want) {
		t.Fatalf("got %v, want %v", err, want)
	}
	if mention != "" && !strings.Contains(err.Error(), mention) {
		t.Fatalf("%v does not name %q", err, mention)
	}
}

func TestVerifyNamesATamperedContribution(t *testing.T) {
	from, _ := ceremonyFixture(t)
	for _, name := range []string{"phase1/0002-Org2MSP.ph1", "phase2/0002-Org2MSP.ph2"} {
		t.Run(name, func(t *testing.T) {
			dir := copyCeremony(t, from)
			path := filepath.Join(dir, name)
			data, _ := os.ReadFile(path)
			// One byte inside a point, well past the proofs at the start.
			data[len(data)/2] ^= 0x01
			os.WriteFile(path, data, 0o644)
			mustFail(t, verifyAll(dir), ErrTampered, name)
		})
	}
}

func TestVerifyNamesATruncatedFile(t *testing.T) {
	from, _ := ceremonyFixture(t)
	for _, name := range []string{"phase1/0003-Org3MSP.ph1", "phase2/" + EvalsFile, "phase2/" + InitialFile} {
		t.Run(name, func(t *testing.T) {
			dir := copyCeremony(t, from)
			path := filepath.Join(dir, name)
			data, _ := os.ReadFile(path)
			os.WriteFile(path, data[:len(data)-100], 0o644)
			mustFail(t, verifyAll(dir), ErrTruncated, name)
		})
	}
}

func TestVerifyRefusesAContributionOnTheWrongPredecessor(t *testing.T) {
	from, orgs := ceremonyFixture(t)
	dir := copyCeremony(t, from)
	// Org3 (its own key: no outsider could sign this) claims to build its
	// contribution 3 on contribution 1, skipping Org2's.
	var first Statement
	if err := readJSON(filepath.Join(dir, "phase1/0001-Org1MSP.json"), &first); err != nil {
		t.Fatal(err)
	}
	resign(t, filepath.Join(dir, "phase1/0003-Org3MSP.json"), orgs[2].key, func(s *Statement) { s.Previous = first.Contribution })
	mustFail(t, verifyAll(dir), ErrWrongPredecessor, "Org3MSP")

	// And a statement that names the right predecessor over a file whose
	// proofs are bound to another one (an honest statement cannot make
	// gnark's challenge say otherwise).
	dir = copyCeremony(t, from)
	os.Rename(filepath.Join(dir, "phase1/0002-Org2MSP.ph1"), filepath.Join(dir, "phase1/keep"))
	os.Rename(filepath.Join(dir, "phase1/0003-Org3MSP.ph1"), filepath.Join(dir, "phase1/0002-Org2MSP.ph1"))
	var third Statement
	readJSON(filepath.Join(dir, "phase1/0003-Org3MSP.json"), &third)
	resign(t, filepath.Join(dir, "phase1/0002-Org2MSP.json"), orgs[1].key, func(s *Statement) { s.Contribution = third.Contribution })
	os.Remove(filepath.Join(dir, "phase1/0003-Org3MSP.json"))
	os.Remove(filepath.Join(dir, "phase1/keep"))
	mustFail(t, verifyAll(dir), ErrWrongPredecessor, "Org2MSP")
}

func TestVerifyRefusesAReplayedContribution(t *testing.T) {
	from, orgs := ceremonyFixture(t)
	t.Run("an earlier contribution copied to a later place", func(t *testing.T) {
		dir := copyCeremony(t, from)
		for _, ext := range []string{".json", ".ph1"} {
			data, _ := os.ReadFile(filepath.Join(dir, "phase1/0001-Org1MSP"+ext))
			os.WriteFile(filepath.Join(dir, "phase1/0004-Org1MSP"+ext), data, 0o644)
		}
		mustFail(t, verifyAll(dir), ErrReplayed, "0004-Org1MSP")
	})
	t.Run("an org signing its earlier file again at the next place", func(t *testing.T) {
		dir := copyCeremony(t, from)
		data, _ := os.ReadFile(filepath.Join(dir, "phase1/0001-Org1MSP.ph1"))
		os.WriteFile(filepath.Join(dir, "phase1/0004-Org1MSP.ph1"), data, 0o644)
		data, _ = os.ReadFile(filepath.Join(dir, "phase1/0001-Org1MSP.json"))
		os.WriteFile(filepath.Join(dir, "phase1/0004-Org1MSP.json"), data, 0o644)
		var last Statement
		readJSON(filepath.Join(dir, "phase1/0003-Org3MSP.json"), &last)
		resign(t, filepath.Join(dir, "phase1/0004-Org1MSP.json"), orgs[0].key, func(s *Statement) { s.Index, s.Previous = 4, last.Contribution })
		mustFail(t, verifyAll(dir), ErrReplayed, "twice")
	})
	t.Run("contribute refuses an org twice in a phase", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := Init(context.Background(), dir, initOptions(orgs)); err != nil {
			t.Fatal(err)
		}
		contribute(t, dir, orgs[0])
		_, err := Contribute(context.Background(), dir, ContributeOptions{Org: orgs[0].name, Key: orgs[0].key})
		mustFail(t, err, ErrReplayed, "already contributed")
	})
}

func TestVerifyRefusesAContributionOfAnotherCeremony(t *testing.T) {
	from, orgs := ceremonyFixture(t)
	// The same orgs start another ceremony (another plan: another id);
	// Org2's first contribution there is slipped into this transcript.
	other := filepath.Join(t.TempDir(), "other")
	o := initOptions(orgs)
	o.Phase2Beacon = "another beacon"
	if _, err := Init(context.Background(), other, o); err != nil {
		t.Fatal(err)
	}
	contribute(t, other, orgs[1])
	dir := copyCeremony(t, from)
	for _, ext := range []string{".json", ".ph1"} {
		data, _ := os.ReadFile(filepath.Join(other, "phase1/0001-Org2MSP"+ext))
		os.Remove(filepath.Join(dir, "phase1/0002-Org2MSP"+ext))
		os.WriteFile(filepath.Join(dir, "phase1/0002-Org2MSP"+ext), data, 0o644)
	}
	_, err := Open(dir)
	mustFail(t, err, ErrWrongCeremony, "0002-Org2MSP")
}

func TestVerifyRefusesAMissingOrWrongSignature(t *testing.T) {
	from, orgs := ceremonyFixture(t)
	t.Run("missing", func(t *testing.T) {
		dir := copyCeremony(t, from)
		resign(t, filepath.Join(dir, "phase2/0001-Org1MSP.json"), nil, func(s *Statement) { s.Signature = nil })
		mustFail(t, verifyAll(dir), ErrSignature, "not signed")
	})
	t.Run("by another org's key", func(t *testing.T) {
		dir := copyCeremony(t, from)
		resign(t, filepath.Join(dir, "phase2/0001-Org1MSP.json"), orgs[1].key, func(*Statement) {})
		mustFail(t, verifyAll(dir), ErrSignature, "Org1MSP")
	})
	t.Run("a valid signature over other fields", func(t *testing.T) {
		dir := copyCeremony(t, from)
		resign(t, filepath.Join(dir, "phase2/0001-Org1MSP.json"), nil, func(s *Statement) { s.Contribution[0] ^= 1 })
		mustFail(t, verifyAll(dir), ErrSignature, "Org1MSP")
	})
	t.Run("contribute with a key the plan does not list", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := Init(context.Background(), dir, initOptions(orgs)); err != nil {
			t.Fatal(err)
		}
		_, err := Contribute(context.Background(), dir, ContributeOptions{Org: orgs[0].name, Key: orgs[1].key})
		mustFail(t, err, ErrSignature, orgs[0].name)
		_, err = Contribute(context.Background(), dir, ContributeOptions{Org: "Org9MSP", Key: orgs[1].key})
		mustFail(t, err, ErrNotParticipant, "Org9MSP")
	})
}

func TestVerifyRefusesABeaconOtherThanTheOneGiven(t *testing.T) {
	dir, _ := ceremonyFixture(t)
	_, err := Verify(context.Background(), dir, VerifyOptions{Beacons: map[int][]byte{1: beacon1, 2: []byte("phase-two-beacon: another block!")}})
	mustFail(t, err, ErrBeacon, "phase 2")
	// Without a value to check against, the beacon is reported unchecked.
	res, err := Verify(context.Background(), dir, VerifyOptions{Beacons: map[int][]byte{2: beacon2}})
	if err != nil || len(res.Unchecked) != 1 || !strings.Contains(res.Unchecked[0], "phase 1") {
		t.Fatalf("unchecked %v, %v", res.Unchecked, err)
	}
	// A seal rewritten with another beacon gives another SRS than srs.bin.
	dir = copyCeremony(t, dir)
	var s Seal
	readJSON(filepath.Join(dir, "phase1", SealFile), &s)
	s.Beacon = []byte("phase-one-beacon: another block!!")
	writeJSON(filepath.Join(dir, "phase1", SealFile), &s)
	_, err = Verify(context.Background(), dir, VerifyOptions{})
	mustFail(t, err, ErrKeysMismatch, "phase 1")
}

func TestVerifyRefusesKeysTheTranscriptDoesNotGive(t *testing.T) {
	from, _ := ceremonyFixture(t)
	dev, _, err := keys.Setup(context.Background(), t.TempDir(), testCapacity, keys.KindDev, keys.Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Keys of another setup, labelled as this ceremony's.
	t.Run("another key set claiming the ceremony", func(t *testing.T) {
		t0, _ := Open(from)
		other := t.TempDir()
		fake := &keys.Set{Dir: other, CCS: dev.CCS, PK: dev.PK, VK: dev.VK, Meta: keys.Metadata{Ceremony: t0.info()}}
		if err := keys.Write(fake, testCapacity, keys.KindCeremony, time.Now()); err != nil {
			t.Fatal(err)
		}
		_, err := Verify(context.Background(), from, VerifyOptions{Keys: other})
		mustFail(t, err, ErrKeysMismatch, other)
	})
	t.Run("the transcript's own keys replaced", func(t *testing.T) {
		dir := copyCeremony(t, from)
		kd := filepath.Join(dir, KeysDir)
		os.RemoveAll(kd)
		t0, _ := Open(dir)
		fake := &keys.Set{Dir: kd, CCS: dev.CCS, PK: dev.PK, VK: dev.VK, Meta: keys.Metadata{Ceremony: t0.info()}}
		if err := keys.Write(fake, testCapacity, keys.KindCeremony, time.Now()); err != nil {
			t.Fatal(err)
		}
		mustFail(t, verifyAll(dir), ErrKeysMismatch, "verifying key")
	})
	t.Run("the ceremony's keys with another constraint system", func(t *testing.T) {
		real, err := keys.Load(filepath.Join(from, KeysDir), testCapacity, keys.KindCeremony)
		if err != nil {
			t.Fatal(err)
		}
		ccs16, err := keys.Compile(16)
		if err != nil {
			t.Fatal(err)
		}
		other := t.TempDir()
		fake := &keys.Set{Dir: other, CCS: ccs16, PK: real.PK, VK: real.VK, Meta: keys.Metadata{Ceremony: real.Meta.Ceremony}}
		if err := keys.Write(fake, testCapacity, keys.KindCeremony, time.Now()); err != nil {
			t.Fatal(err)
		}
		_, err = Verify(context.Background(), from, VerifyOptions{Keys: other})
		mustFail(t, err, ErrKeysMismatch, "constraint system")
	})
	t.Run("a phase 2 seal naming other keys", func(t *testing.T) {
		dir := copyCeremony(t, from)
		var s Seal
		readJSON(filepath.Join(dir, "phase2", SealFile), &s)
		s.Result = field.Digest{1}
		writeJSON(filepath.Join(dir, "phase2", SealFile), &s)
		mustFail(t, verifyAll(dir), ErrKeysMismatch, "seal")
	})
}

func TestVerifyRefusesACeremonyForAnotherCircuit(t *testing.T) {
	from, _ := ceremonyFixture(t)
	dir := copyCeremony(t, from)
	path := filepath.Join(dir, PlanFile)
	data, _ := os.ReadFile(path)
	var p Plan
	readJSON(path, &p)
	edited := strings.Replace(string(data), p.CCSSHA256.String(), field.Digest{7}.String(), 1)
	os.WriteFile(path, []byte(edited), 0o644)
	// The plan's hash is the ceremony's id: every statement now belongs to
	// another ceremony; with the statements gone, the circuit is refused.
	_, err := Open(dir)
	mustFail(t, err, ErrWrongCeremony, "")
	for _, ph := range []string{Phase1Dir, Phase2Dir} {
		os.RemoveAll(filepath.Join(dir, ph))
	}
	_, err = Verify(context.Background(), dir, VerifyOptions{})
	mustFail(t, err, ErrWrongCircuit, "constraint system")
}

func TestStepsTheStateDoesNotAllowAreRefused(t *testing.T) {
	from, orgs := ceremonyFixture(t)
	ctx := context.Background()
	_, err := Contribute(ctx, from, ContributeOptions{Org: orgs[0].name, Key: orgs[0].key})
	mustFail(t, err, ErrPhase, "closed")
	_, err = Close(ctx, from, beacon1, Options{})
	mustFail(t, err, ErrPhase, "closed")
	_, err = Init(ctx, from, initOptions(orgs))
	mustFail(t, err, ErrPhase, "not empty")

	dir := t.TempDir()
	if _, err := Init(ctx, dir, initOptions(orgs)); err != nil {
		t.Fatal(err)
	}
	contribute(t, dir, orgs[0])
	_, err = Close(ctx, dir, beacon1, Options{})
	mustFail(t, err, ErrPhase, "1 contribution")
	_, err = Close(ctx, dir, []byte("short"), Options{})
	mustFail(t, err, ErrBeacon, "16–64 bytes")
	// An unfinished ceremony verifies as far as it goes.
	res, err := Verify(ctx, dir, VerifyOptions{})
	if err != nil || res.Complete || len(res.Transcript.Phase1) != 1 {
		t.Fatalf("partial verify: %+v, %v", res, err)
	}
	if _, err := os.Stat(filepath.Join(dir, Phase1Dir, SealFile)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a refused close left a seal: %v", err)
	}
}

func TestInitRefusesABadPlan(t *testing.T) {
	orgs := newOrgs(t, "Org1MSP", "Org2MSP")
	for name, edit := range map[string]func(*InitOptions){
		"one org":           func(o *InitOptions) { o.Participants = o.Participants[:1] },
		"an org twice":      func(o *InitOptions) { o.Participants[1].Org = o.Participants[0].Org },
		"an address twice":  func(o *InitOptions) { o.Participants[1].Address = o.Participants[0].Address },
		"a zero address":    func(o *InitOptions) { o.Participants[1].Address = "0x0000000000000000000000000000000000000000" },
		"not an address":    func(o *InitOptions) { o.Participants[1].Address = "org2" },
		"a bad MSP id":      func(o *InitOptions) { o.Participants[1].Org = "Org 2" },
		"no phase 2 beacon": func(o *InitOptions) { o.Phase2Beacon = " " },
		"no phase 1 beacon": func(o *InitOptions) { o.Phase1Beacon = "" },
	} {
		t.Run(name, func(t *testing.T) {
			o := initOptions(orgs)
			edit(&o)
			dir := filepath.Join(t.TempDir(), "c")
			_, err := Init(context.Background(), dir, o)
			mustFail(t, err, ErrMalformed, "")
			if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
				t.Fatalf("a refused init left %s: %v", dir, err)
			}
		})
	}
}

func TestAnInitThatFailsLeavesNothing(t *testing.T) {
	orgs := newOrgs(t, "Org1MSP", "Org2MSP")
	dir := filepath.Join(t.TempDir(), "c")
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // fails at phase 2's initialization, after the SRS is written
	o := initOptions(orgs)
	o.Phase1Beacon = ""
	o.Import = &ImportFile{Kind: "gnark", Path: filepath.Join(t.TempDir(), "srs")}
	sealed := sealedPhase1(t, 1<<13)
	if _, err := writeFile(o.Import.Path, &sealed); err != nil {
		t.Fatal(err)
	}
	if _, err := Init(ctx, dir, o); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a failed init left %s: %v", dir, err)
	}
	// In an existing empty directory, the directory stays, empty.
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := Init(ctx, dir, o); !errors.Is(err, context.Canceled) {
		t.Fatalf("got %v", err)
	}
	if names, err := os.ReadDir(dir); err != nil || len(names) != 0 {
		t.Fatalf("a failed init left %v in %s (%v)", names, dir, err)
	}
}

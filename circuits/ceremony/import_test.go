package ceremony

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rwabridge/rwabridge/circuits/keys"
)

// TestACeremonyOnAnImportedPhase1 imports a sealed gnark phase 1 (cutting
// one to a smaller domain is ReadSRS's test), runs phase 2 among two orgs
// and verifies the transcript.
func TestACeremonyOnAnImportedPhase1(t *testing.T) {
	ctx := context.Background()
	orgs := newOrgs(t, "Org1MSP", "Org2MSP")
	sealed := sealedPhase1(t, 1<<13) // the capacity-8 circuit's domain
	srs := filepath.Join(t.TempDir(), "phase1.srs")
	if _, err := writeFile(srs, &sealed); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "c")
	o := initOptions(orgs)
	o.Phase1Beacon = ""
	o.Import = &ImportFile{Kind: "gnark", Path: srs, Source: "a test's sealed phase 1"}
	tr, err := Init(ctx, dir, o)
	if err != nil {
		t.Fatal(err)
	}
	imp := tr.Plan.Phase1Import
	if tr.OpenPhase() != 2 || imp == nil || imp.SRSSHA256.IsZero() || imp.SHA256.IsZero() {
		t.Fatalf("open phase %d, import %+v", tr.OpenPhase(), imp)
	}
	_, err = Contribute(ctx, dir, ContributeOptions{Org: orgs[0].name, Key: orgs[0].key})
	if err != nil {
		t.Fatal(err)
	}
	contribute(t, dir, orgs[1])
	if _, err := Close(ctx, dir, beacon2, Options{}); err != nil {
		t.Fatal(err)
	}
	res, err := Verify(ctx, dir, VerifyOptions{Beacons: map[int][]byte{2: beacon2}})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Complete || res.KeysChecked == "" || len(res.Info.Phase1) != 0 || res.Info.Phase1Import == "" || len(res.Info.Orgs()) != 2 {
		t.Fatalf("%+v, info %+v", res, res.Info)
	}
	set, err := keys.Load(filepath.Join(dir, KeysDir), testCapacity, keys.KindCeremony)
	if err != nil || set.Meta.VKHash != res.VKHash {
		t.Fatalf("keys: %v", err)
	}

	// The imported SRS replaced by another one (the fixture's) is refused:
	// its hash is the plan's.
	from, _ := ceremonyFixture(t)
	other, err := os.ReadFile(filepath.Join(from, Phase1Dir, SRSFile))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, Phase1Dir, SRSFile), other, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Verify(ctx, dir, VerifyOptions{})
	mustFail(t, err, ErrTampered, SRSFile)
}

func TestInitRefusesAnImportTooSmallOrBroken(t *testing.T) {
	orgs := newOrgs(t, "Org1MSP", "Org2MSP")
	for name, c := range map[string]struct {
		kind, path string
		want       error
	}{
		"a power-8 .ptau for a 2^13 domain": {"ptau", pot8Path, ErrPtau},
		"a .ptau read as a gnark SRS":       {"gnark", pot8Path, ErrSRS},
		"no such file":                      {"ptau", "testdata/none.ptau", ErrNotFound},
	} {
		t.Run(name, func(t *testing.T) {
			o := initOptions(orgs)
			o.Phase1Beacon = ""
			o.Import = &ImportFile{Kind: c.kind, Path: c.path}
			dir := filepath.Join(t.TempDir(), "c")
			_, err := Init(context.Background(), dir, o)
			mustFail(t, err, c.want, "")
			if _, err := os.Stat(dir); !os.IsNotExist(err) {
				t.Fatalf("a refused init left %s", dir)
			}
		})
	}
}

package ceremony

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// testCapacity is the smallest circuit: 4,589 constraints, domain 2^13.
const testCapacity = 8

var (
	beacon1 = []byte("phase-one-beacon: block 0x1234 hash")
	beacon2 = []byte("phase-two-beacon: block 0x5678 hash")
)

// org is a participant with its key.
type org struct {
	name string
	key  *ecdsa.PrivateKey
}

func (o org) participant() Participant {
	return Participant{Org: o.name, Address: crypto.PubkeyToAddress(o.key.PublicKey).Hex()}
}

func newOrgs(t testing.TB, names ...string) []org {
	t.Helper()
	var out []org
	for _, n := range names {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, org{n, k})
	}
	return out
}

func initOptions(orgs []org) InitOptions {
	o := InitOptions{Capacity: testCapacity, Phase1Beacon: "test beacon one", Phase2Beacon: "test beacon two"}
	for _, x := range orgs {
		o.Participants = append(o.Participants, x.participant())
	}
	return o
}

func contribute(t testing.TB, dir string, o org) *Entry {
	t.Helper()
	e, err := Contribute(context.Background(), dir, ContributeOptions{Org: o.name, Key: o.key})
	if err != nil {
		t.Fatalf("%s contributes: %v", o.name, err)
	}
	return e
}

// runCeremony runs a whole ceremony of orgs in dir.
func runCeremony(t testing.TB, dir string, orgs []org) {
	t.Helper()
	ctx := context.Background()
	if _, err := Init(ctx, dir, initOptions(orgs)); err != nil {
		t.Fatal(err)
	}
	for _, o := range orgs {
		contribute(t, dir, o)
	}
	if _, err := Close(ctx, dir, beacon1, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, o := range orgs {
		contribute(t, dir, o)
	}
	if _, err := Close(ctx, dir, beacon2, Options{}); err != nil {
		t.Fatal(err)
	}
}

var (
	fixtureOnce sync.Once
	fixtureDir  string
	fixtureOrgs []org
	fixtureErr  error
)

// ceremonyFixture is one finished three-org ceremony, shared read-only: tests that
// alter it copy it first (copyCeremony).
func ceremonyFixture(t *testing.T) (string, []org) {
	t.Helper()
	fixtureOnce.Do(func() {
		dir, err := os.MkdirTemp("", "ceremony-fixture-")
		if err != nil {
			fixtureErr = err
			return
		}
		fixtureDir = filepath.Join(dir, "c")
		fixtureOrgs = newOrgs(t, "Org1MSP", "Org2MSP", "Org3MSP")
		ft := &fatalCatcher{TB: t}
		func() {
			defer func() {
				if r := recover(); r != nil && r != errFatal {
					panic(r)
				}
			}()
			runCeremony(ft, fixtureDir, fixtureOrgs)
		}()
		fixtureErr = ft.err
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureDir, fixtureOrgs
}

var errFatal = errors.New("fatal")

// fatalCatcher turns Fatal into an error the fixture keeps, so the shared
// fixture's failure fails every test using it, not only the first.
type fatalCatcher struct {
	testing.TB
	err error
}

func (f *fatalCatcher) Fatal(args ...any) {
	f.err = errors.New(fmt.Sprint(args...))
	panic(errFatal)
}

func (f *fatalCatcher) Fatalf(format string, args ...any) {
	f.err = fmt.Errorf(format, args...)
	panic(errFatal)
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(filepath.Dir(fixtureDir))
	}
	os.Exit(code)
}

func TestAThreeOrgCeremonyGivesKeysThatProveAndVerify(t *testing.T) {
	dir, orgs := ceremonyFixture(t)
	res, err := Verify(context.Background(), dir, VerifyOptions{Beacons: map[int][]byte{1: beacon1, 2: beacon2}})
	if err != nil {
		t.Fatal(err)
	}
	if !res.Complete || res.KeysChecked != filepath.Join(dir, KeysDir) || len(res.Unchecked) != 0 {
		t.Fatalf("complete %t, keys checked %q, unchecked %v", res.Complete, res.KeysChecked, res.Unchecked)
	}
	if got := res.Info.Orgs(); fmt.Sprint(got) != fmt.Sprint([]string{orgs[0].name, orgs[1].name, orgs[2].name}) {
		t.Fatalf("orgs %v", got)
	}
	set, err := keys.Find(filepath.Join(dir, KeysDir), testCapacity)
	if err != nil {
		t.Fatal(err)
	}
	if set.Meta.Setup != keys.KindCeremony || set.Meta.Insecure || set.Meta.Warning != "" || set.Meta.VKHash != res.VKHash {
		t.Fatalf("metadata %+v", set.Meta)
	}
	if set.Meta.Ceremony == nil || set.Meta.Ceremony.ID != res.Transcript.ID || len(set.Meta.Ceremony.Phase2) != 3 {
		t.Fatalf("ceremony info %+v", set.Meta.Ceremony)
	}
	if set.Meta.Commitments != 1 {
		t.Fatalf("%d commitment keys, the circuit has one BSB22 commitment", set.Meta.Commitments)
	}

	// A real chunk proof under the ceremony's keys verifies, and not under
	// development keys of the same circuit.
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	start, _, _ := summary.EpochBounds(p, 20412)
	var evs []telemetry.Event
	for i := range 6 {
		evs = append(evs, telemetry.Event{Pool: "pool-a", Cabinet: uint32(1 + i), Seq: 1, Time: int64(start) + int64(i),
			EnergyWh: 500, FeeCents: 100, SoCIn: 10, SoCOut: 90, SoHPermille: 950})
	}
	s, err := summary.Summarize(summary.Input{Pool: "pool-a", Epoch: 20412, Policy: p, Capacity: testCapacity, Events: evs})
	if err != nil {
		t.Fatal(err)
	}
	b, err := prover.Prove(context.Background(), set, s, p, nil)
	if err != nil {
		t.Fatal(err)
	}
	if b.Setup != keys.KindCeremony {
		t.Fatalf("bundle setup %q", b.Setup)
	}
	if err := bundle.Verify(b, set.VK); err != nil {
		t.Fatalf("the ceremony's key rejects its proof: %v", err)
	}
	dev, _, err := keys.Setup(context.Background(), t.TempDir(), testCapacity, keys.KindDev, keys.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := bundle.Verify(b, dev.VK); err == nil {
		t.Fatal("a development key accepts the ceremony's proof")
	}
}

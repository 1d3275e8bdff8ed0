package attest_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

const epoch = 20400

var registry = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")

// fixture is a fake ledger with one sealed epoch of cabinets cabinets.
func fixture(t *testing.T, cabinets int) (*bridgetest.Ledger, []telemetry.Event) {
	t.Helper()
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	evs, err := sim.EpochEvents(bridgetest.Pool, p, epoch, bridgetest.Capacity, cabinets, 5)
	if err != nil {
		t.Fatal(err)
	}
	seal, _, err := bridgetest.SealFor(bridgetest.Pool, p, epoch, bridgetest.Capacity, evs)
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
	return l, evs
}

func newAttestor(t *testing.T, l attest.Ledger) (*attest.Attestor, *ecdsa.PrivateKey) {
	t.Helper()
	key, _ := crypto.GenerateKey()
	cfg := attest.Default()
	cfg.Org = "AuditorMSP"
	cfg.ChainID, cfg.Registry = 1337, registry.Hex()
	a, err := attest.New(cfg, l, key, nil, attest.WithRegisterer(prometheus.NewRegistry()))
	if err != nil {
		t.Fatal(err)
	}
	return a, key
}

func TestAnAttestorSignsWhatItRecomputedBoundToChainAndRegistry(t *testing.T) {
	ctx := context.Background()
	l, evs := fixture(t, 6)
	a, key := newAttestor(t, l)
	rep, err := a.Once(ctx)
	if err != nil || rep.Count(attest.Attested) != 1 {
		t.Fatalf("first pass: %+v, %v", rep, err)
	}
	atts, _ := l.Attestations(ctx, bridgetest.Pool, epoch)
	if len(atts) != 1 || atts[0].Org != "AuditorMSP" {
		t.Fatalf("attestations %+v", atts)
	}
	p, _ := policies.Default()
	_, s, _ := bridgetest.SealFor(bridgetest.Pool, p, epoch, bridgetest.Capacity, evs)
	d, _ := disclosure.FromSummary(s)
	dom := disclosure.Domain{ChainID: big.NewInt(1337), Registry: registry}
	digest := d.Digest(dom)
	if atts[0].Digest != field.Digest(digest) {
		t.Fatalf("digest %s, want %x", atts[0].Digest, digest)
	}
	signer, err := disclosure.Recover(digest, atts[0].Signature)
	if err != nil || signer != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("signature recovers to %s (%v)", signer, err)
	}
	other := disclosure.Domain{ChainID: big.NewInt(10), Registry: registry}
	if got, _ := disclosure.Recover(d.Digest(other), atts[0].Signature); got == signer {
		t.Fatal("the signature also holds on another chain")
	}
	rep, err = a.Once(ctx)
	if err != nil || rep.Count(attest.Already) != 1 {
		t.Fatalf("second pass: %+v, %v", rep, err)
	}
	// A restarted attestor (no memory) finds its attestation and adds none.
	b, _ := newAttestorWithKey(t, l, key)
	if rep, err := b.Once(ctx); err != nil || rep.Count(attest.Already) != 1 {
		t.Fatalf("restarted: %+v, %v", rep, err)
	}
}

func newAttestorWithKey(t *testing.T, l attest.Ledger, key *ecdsa.PrivateKey) (*attest.Attestor, error) {
	cfg := attest.Default()
	cfg.Org = "AuditorMSP"
	cfg.ChainID, cfg.Registry = 1337, registry.Hex()
	return attest.New(cfg, l, key, nil)
}

func TestAnAttestorRefusesASealItsRecordsDoNotGive(t *testing.T) {
	mismatch, unknown := attest.ErrSealMismatch, prove.ErrUnknownPolicy
	tests := []struct {
		name   string
		tamper func(*ledger.Seal)
		want   error
		reason string
	}{
		{"a root one off", func(s *ledger.Seal) { s.Root = plusOne(s.Root) }, mismatch, "seal_mismatch"},
		{"one record more", func(s *ledger.Seal) { s.Count++ }, mismatch, "seal_mismatch"},
		{"another chunk root", func(s *ledger.Seal) { s.Chunks[0].Root = field.FromUint64(1) }, mismatch, "seal_mismatch"},
		{"revenue raised by a cent", func(s *ledger.Seal) { s.Metrics[2].Value++ }, mismatch, "seal_mismatch"},
		{"an extra active cabinet", func(s *ledger.Seal) { s.ActiveCabinets++ }, mismatch, "seal_mismatch"},
		{"claimed not disclosable", func(s *ledger.Seal) { s.Disclosable = false }, mismatch, "seal_mismatch"},
		{"an unknown policy hash", func(s *ledger.Seal) { s.PolicyHash = field.FromUint64(1) }, unknown, "policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is refused", func(t *testing.T) {
			ctx := context.Background()
			l, _ := fixture(t, 6)
			l.TamperSeal = tt.tamper
			a, _ := newAttestor(t, l)
			rep, err := a.Once(ctx)
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if rep.Count(attest.Refused) != 1 {
				t.Fatalf("report %+v", rep)
			}
			if atts, _ := l.Attestations(ctx, bridgetest.Pool, epoch); len(atts) != 0 {
				t.Fatalf("signed a tampered seal: %+v", atts)
			}
			if got := a.Refusals(tt.reason); got != 1 {
				t.Fatalf("refusal metric {reason=%q} = %v, want 1", tt.reason, got)
			}
		})
	}
}

func TestAnEpochBelowKAnonymityIsSignedSuppressedWithoutFigures(t *testing.T) {
	ctx := context.Background()
	l, _ := fixture(t, 3) // the daily policy needs 5 active cabinets
	a, _ := newAttestor(t, l)
	rep, err := a.Once(ctx)
	if err != nil || rep.Count(attest.Suppressed) != 1 || rep.Count(attest.Attested) != 0 {
		t.Fatalf("report %+v, %v", rep, err)
	}
	atts, err := l.Attestations(ctx, bridgetest.Pool, epoch)
	if err != nil || len(atts) != 1 {
		t.Fatalf("attestations %+v, %v", atts, err)
	}
	// The signed digest is the suppressed disclosure's: no figure in it.
	seals, err := l.ListSeals(ctx, "")
	if err != nil || len(seals) != 1 {
		t.Fatalf("seals %+v, %v", seals, err)
	}
	d := &disclosure.Disclosure{Pool: bridgetest.Pool.Field(), Epoch: epoch, PolicyHash: seals[0].PolicyHash.BigInt(),
		Root: seals[0].Root.BigInt(), Suppressed: true}
	roots := make([]*big.Int, len(seals[0].Chunks))
	for i, c := range seals[0].Chunks {
		roots[i] = c.Root.BigInt()
	}
	d.SetChunkRoots(roots)
	if want := field.Digest(d.Digest(disclosure.Domain{ChainID: big.NewInt(1337), Registry: registry})); atts[0].Digest != want {
		t.Fatalf("attested digest %s, the suppressed disclosure's %s", atts[0].Digest, want)
	}
}

func TestAnAttestorRefusesWhenARecordChangedAfterSealing(t *testing.T) {
	ctx := context.Background()
	l, evs := fixture(t, 6)
	seals, _ := l.ListSeals(ctx, "")
	evs[3].EnergyWh++ // one watt-hour more in one record
	tampered, err := bridgetest.NewLedger(filepath.Join(t.TempDir(), "tampered.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := tampered.AddSeal(&seals[0], evs); err != nil {
		t.Fatal(err)
	}
	a, _ := newAttestor(t, tampered)
	rep, err := a.Once(ctx)
	if !errors.Is(err, attest.ErrSealMismatch) || rep.Count(attest.Refused) != 1 {
		t.Fatalf("report %+v, error %v; want a refusal with ErrSealMismatch", rep, err)
	}
	if atts, _ := tampered.Attestations(ctx, bridgetest.Pool, epoch); len(atts) != 0 {
		t.Fatalf("signed: %+v", atts)
	}
}

// plusOne returns e + 1 in the field.
func plusOne(e field.Element) field.Element {
	x := e.Fr()
	var one fr.Element
	one.SetOne()
	x.Add(&x, &one)
	return field.Element(x)
}

// An org whose attestor key was rotated (the L2 committee with it) signs
// the same seal again with its new key, which replaces its attestation on
// the ledger: the relayer can collect a quorum of the new committee.
func TestAnOrgWithANewKeyAttestsAgainAndReplacesItsAttestation(t *testing.T) {
	ctx := context.Background()
	l, _ := fixture(t, 6)
	old, _ := newAttestor(t, l)
	if rep, err := old.Once(ctx); err != nil || rep.Count(attest.Attested) != 1 {
		t.Fatalf("first key: %+v, %v", rep, err)
	}
	rekeyed, key := newAttestor(t, l)
	rep, err := rekeyed.Once(ctx)
	if err != nil || rep.Count(attest.Attested) != 1 || rep.Count(attest.Already) != 0 {
		t.Fatalf("new key: %+v, %v; want attested again", rep, err)
	}
	atts, err := l.Attestations(ctx, bridgetest.Pool, epoch)
	if err != nil || len(atts) != 1 || common.HexToAddress(atts[0].Signer) != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("attestations %+v, %v; want the new key's only", atts, err)
	}
	// The same key again is a no-op.
	if rep, err := rekeyed.Once(ctx); err != nil || rep.Count(attest.Already) != 1 {
		t.Fatalf("the same key again: %+v, %v", rep, err)
	}
}

package investor_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/offshore/investor/investortest"
)

// keyDir holds the development keys shared by this test binary.
var keyDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "rwabridge-investor-keys-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	keyDir = dir
	code := m.Run()
	if shared != nil {
		shared.Close()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

var (
	sharedOnce sync.Once
	shared     *investortest.Chain
	sharedErr  error
)

// sharedChain is a read-only fixture of three disclosed epochs; tests that
// add blocks build their own.
func sharedChain(t testing.TB) *investortest.Chain {
	t.Helper()
	sharedOnce.Do(func() {
		shared, sharedErr = investortest.New(context.Background(), investortest.Options{KeyDir: keyDir, Epochs: 3})
	})
	if sharedErr != nil {
		t.Fatal(sharedErr)
	}
	return shared
}

func newReader(t testing.TB, c *investortest.Chain, withVK bool) *investor.Reader {
	t.Helper()
	cfg := investor.Config{Registry: c.Addresses.Registry}
	if withVK {
		cfg.VK, cfg.VKInsecure, cfg.VKCapacity = c.Keys.VK, true, c.Keys.Meta.Capacity
	}
	r, err := investor.NewReader(c.Sim.Client(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func read(t testing.TB, c *investortest.Chain, withVK bool) *investor.Snapshot {
	t.Helper()
	s, err := newReader(t, c, withVK).Read(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTheSnapshotHoldsEveryDisclosureWithItsEvidence(t *testing.T) {
	c := sharedChain(t)
	s := read(t, c, true)
	if len(s.Pools) != 1 {
		t.Fatalf("%d pools, want 1", len(s.Pools))
	}
	p := s.Pools[0]
	if p.ID != string(investortest.Pool) || !p.Active || p.Stale || p.EpochLength != 86400 {
		t.Fatalf("pool %+v", p)
	}
	if p.VKHash != c.Addresses.VKHash || s.LocalVK == nil || s.LocalVK.Hash != c.Addresses.VKHash {
		t.Fatalf("vk hash %s, local %+v; deployed %s", p.VKHash, s.LocalVK, c.Addresses.VKHash)
	}
	if len(p.Disclosures) != len(c.Disclosures) {
		t.Fatalf("%d disclosures, want %d", len(p.Disclosures), len(c.Disclosures))
	}
	for i, d := range p.Disclosures {
		want := c.Disclosures[i]
		got := [5]uint64{d.Swaps, d.EnergyWh, d.RevenueCents, d.ActiveCabinets, d.MinSoHPermille}
		if d.Epoch != want.Epoch || got != want.Metrics || d.Chunks != want.Chunks || len(d.Withheld) != 0 {
			t.Errorf("epoch %d: figures %v (%d chunks, withheld %v), want epoch %d %v (%d chunks, nothing withheld)",
				d.Epoch, got, d.Chunks, d.Withheld, want.Epoch, want.Metrics, want.Chunks)
		}
		if d.Start.Unix() != int64(want.Epoch*86400) || d.End.Sub(d.Start).Hours() != 24 {
			t.Errorf("epoch %d: %s – %s", d.Epoch, d.Start, d.End)
		}
		if d.Tx != c.Receipts[i].TxHash.Hex() || d.Block != c.Receipts[i].BlockNumber.Uint64() {
			t.Errorf("epoch %d: tx %s block %d, want %s %d", d.Epoch, d.Tx, d.Block, c.Receipts[i].TxHash.Hex(), c.Receipts[i].BlockNumber)
		}
		if d.Verifier != c.Addresses.Verifier.Hex() || d.VKHash != c.Addresses.VKHash {
			t.Errorf("epoch %d: verifier %s (%s), want %s (%s)", d.Epoch, d.Verifier, d.VKHash, c.Addresses.Verifier.Hex(), c.Addresses.VKHash)
		}
		if d.OnChain.Status != investor.Verified || d.Local.Status != investor.Verified {
			t.Errorf("epoch %d: on-chain %+v, local %+v", d.Epoch, d.OnChain, d.Local)
		}
		if d.Threshold != 2 || len(d.Signers) != 2 {
			t.Fatalf("epoch %d: threshold %d, signers %+v", d.Epoch, d.Threshold, d.Signers)
		}
		for j, sg := range d.Signers {
			if sg.Address != c.Signers[j].Hex() || !sg.Member {
				t.Errorf("epoch %d: signer %d is %+v, want member %s", d.Epoch, j, sg, c.Signers[j].Hex())
			}
		}
		if d.Policy != "battery-swap-daily@2" || d.PayoutShareBP != 3000 {
			t.Errorf("epoch %d: policy %q share %d", d.Epoch, d.Policy, d.PayoutShareBP)
		}
	}
	tok := p.Token
	if tok == nil || tok.Symbol != "PAR" || tok.Supply != "10000" || tok.Holders != 3 || tok.PayoutDecimal != 6 {
		t.Fatalf("token %+v", tok)
	}
	pay := p.Disclosures[0].Payout
	if pay == nil || pay.Deposited != decimal(c.Deposited, 6) || pay.Claimed != decimal(c.Claimed, 6) || pay.Claims != 1 {
		t.Fatalf("payout of epoch %d: %+v; deposited %s claimed %s", c.PayoutEpoch, pay, c.Deposited, c.Claimed)
	}
	if p.Disclosures[1].Payout != nil {
		t.Errorf("epoch without deposit has payout %+v", p.Disclosures[1].Payout)
	}
}

func decimal(x *big.Int, dec int) string {
	s := x.String()
	for len(s) <= dec {
		s = "0" + s
	}
	s = s[:len(s)-dec] + "." + s[len(s)-dec:]
	return strings.TrimRight(strings.TrimRight(s, "0"), ".")
}

func TestWithoutAKeyFileTheVerifiersOwnKeyReVerifiesTheProofs(t *testing.T) {
	c := sharedChain(t)
	s := read(t, c, false)
	for _, d := range s.Pools[0].Disclosures {
		want := "the verifying key read from the verifier contract " + c.Addresses.Verifier.Hex() +
			" (verifyingKey(); its hash " + c.Addresses.VKHash.String() + " matched the contract's vkHash())"
		if d.Local.Status != investor.Verified || !strings.Contains(d.Local.Detail, want) {
			t.Errorf("epoch %d: local check %+v, want verified with %s", d.Epoch, d.Local, want)
		}
		if d.OnChain.Status != investor.Verified || len(d.Signers) != 2 {
			t.Errorf("epoch %d: on-chain %+v, %d signers", d.Epoch, d.OnChain, len(d.Signers))
		}
	}
	if s.LocalVK != nil {
		t.Errorf("local vk %+v without a key", s.LocalVK)
	}
}

func TestAWatcherSeesANewDisclosure(t *testing.T) {
	ctx := context.Background()
	c, err := investortest.New(ctx, investortest.Options{KeyDir: keyDir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	w := investor.NewWatcher(newReader(t, c, true), 0, nil)
	if s, _ := w.Snapshot(); s != nil {
		t.Fatal("a snapshot before the first read")
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	s, _ := w.Snapshot()
	p := s.Pools[0]
	if len(p.Disclosures) != 0 || !p.Stale || p.LatestEpoch != nil {
		t.Fatalf("a pool with nothing disclosed: %d disclosures, stale %t, latest %v", len(p.Disclosures), p.Stale, p.LatestEpoch)
	}
	// Nothing disclosed: the first missing epoch is the pool's first, the
	// one before the current (the chain's clock has not moved since).
	if now, err := c.Now(ctx); err != nil || p.Missing == nil || p.Missing.Epoch != now/86400-1 ||
		p.Missing.Start.Unix() != int64((now/86400-1)*86400) || p.Missing.End.Sub(p.Missing.Start) != 24*time.Hour {
		t.Fatalf("missing epoch %+v (%v), want the pool's first epoch %d", p.Missing, err, now/86400-1)
	}
	if b, _ := json.Marshal(p); !strings.Contains(string(b), `"disclosures":[]`) {
		t.Errorf("empty lists must be [] for the page's script, got %s", b)
	}
	updated := w.Updated()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case <-updated:
		t.Fatal("re-read without a new block")
	default:
	}
	now, err := c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	epoch := now/86400 - 1
	if _, err := c.Disclose(ctx, epoch); err != nil {
		t.Fatal(err)
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	<-updated
	s, _ = w.Snapshot()
	p = s.Pools[0]
	if len(p.Disclosures) != 1 || p.Disclosures[0].Epoch != epoch || p.Disclosures[0].Local.Status != investor.Verified || p.Stale ||
		p.LatestEpoch == nil || *p.LatestEpoch != epoch || p.Missing != nil {
		t.Fatalf("after a new disclosure: %d disclosures, stale %t, missing %+v", len(p.Disclosures), p.Stale, p.Missing)
	}
	if err := c.NextEpoch(); err != nil {
		t.Fatal(err)
	}
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if s, _ = w.Snapshot(); !s.Pools[0].Stale {
		t.Fatal("an ended, undisclosed epoch does not make the pool stale")
	}
	if m := s.Pools[0].Missing; m == nil || m.Epoch != epoch+1 || m.Start.Unix() != int64((epoch+1)*86400) {
		t.Fatalf("stale: missing epoch %+v, want %d, the one after the latest disclosed", m, epoch+1)
	}
	var table bytes.Buffer
	if err := investor.WriteTable(&table, s); err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("STALE (epoch %d, %s, is not disclosed yet)", epoch+1, s.Pools[0].Missing.Start.Format("2006-01-02")); !strings.Contains(table.String(), want) {
		t.Fatalf("the table does not say which epoch is missing (%q):\n%s", want, table.String())
	}
}

func TestProofsAreReverifiedFromCalldataAndTamperedFiguresFail(t *testing.T) {
	c := sharedChain(t)
	ctx := context.Background()
	tx, _, err := c.Sim.Client().TransactionByHash(ctx, c.Receipts[0].TxHash)
	if err != nil {
		t.Fatal(err)
	}
	call, err := audit.DecodeCalldata(tx.Data())
	if err != nil {
		t.Fatal(err)
	}
	known, err := audit.EmbeddedPolicies()
	if err != nil {
		t.Fatal(err)
	}
	env := &audit.Env{
		Domain:     disclosure.Domain{ChainID: c.ChainID, Registry: c.Addresses.Registry},
		InitialAcc: disclosure.InitialAcc(), Committee: audit.Committee{Version: 1, Members: c.Committee, Threshold: 2},
		VK: c.Keys.VK, VKHash: [32]byte(c.Addresses.VKHash), Capacity: c.Keys.Meta.Capacity, Policies: known,
	}
	if got := investor.LocalCheck(call, env); got.Status != investor.Verified {
		t.Fatalf("the accepted disclosure: %+v", got)
	}
	t.Run("one more swap and it no longer holds", func(t *testing.T) {
		bad := *call.Submission
		bad.Disclosure.Metrics[0]++
		if got := investor.LocalCheck(&audit.Call{Submission: &bad, Signatures: call.Signatures}, env); got.Status != investor.Failed {
			t.Fatalf("tampered figures: %+v", got)
		}
	})
	t.Run("another proof and it no longer holds", func(t *testing.T) {
		tx2, _, err := c.Sim.Client().TransactionByHash(ctx, c.Receipts[1].TxHash)
		if err != nil {
			t.Fatal(err)
		}
		other, err := audit.DecodeCalldata(tx2.Data())
		if err != nil {
			t.Fatal(err)
		}
		bad := *call.Submission
		bad.Proofs = other.Submission.Proofs
		got := investor.LocalCheck(&audit.Call{Submission: &bad, Signatures: call.Signatures}, env)
		if got.Status != investor.Failed || !strings.Contains(got.Detail, "proof") {
			t.Fatalf("another epoch's proof: %+v", got)
		}
	})
}

// keyBackend answers verifyingKey() of the verifier with an error (fail)
// or with other words (alter), everything else from the chain.
type keyBackend struct {
	investor.Backend
	fail  bool
	alter func(w *[40]*big.Int)
}

func (b keyBackend) CallContract(ctx context.Context, call ethereum.CallMsg, n *big.Int) ([]byte, error) {
	v := bindings.NewGroth16Verifier()
	if !bytes.Equal(call.Data, v.PackVerifyingKey()) {
		return b.Backend.CallContract(ctx, call, n)
	}
	if b.fail {
		return nil, errors.New("execution reverted")
	}
	out, err := b.Backend.CallContract(ctx, call, n)
	if err != nil {
		return nil, err
	}
	w, err := v.UnpackVerifyingKey(out)
	if err != nil {
		return nil, err
	}
	b.alter(&w)
	a, err := bindings.Groth16VerifierMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	return a.Methods["verifyingKey"].Outputs.Pack(w)
}

func TestWithoutAKeyFileAnUnreadableOrWrongVerifierKeyIsSaid(t *testing.T) {
	c := sharedChain(t)
	for _, tc := range []struct {
		name, status, detail string
		b                    keyBackend
	}{
		{"a verifier that returns no key", investor.NotChecked, "could not be read from the verifier contract", keyBackend{fail: true}},
		{"a verifier whose key is not its vkHash()'s", investor.Failed, "holds no key matching its vkHash()",
			keyBackend{alter: func(w *[40]*big.Int) { w[0], w[1] = w[16], w[17] }}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.b.Backend = c.Sim.Client()
			r, err := investor.NewReader(tc.b, investor.Config{Registry: c.Addresses.Registry}, nil)
			if err != nil {
				t.Fatal(err)
			}
			s, err := r.Read(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range s.Pools[0].Disclosures {
				if d.Local.Status != tc.status || !strings.Contains(d.Local.Detail, tc.detail) {
					t.Errorf("epoch %d: local check %+v; want %s, %q", d.Epoch, d.Local, tc.status, tc.detail)
				}
				if d.OnChain.Status != investor.Verified {
					t.Errorf("epoch %d: on-chain %+v", d.Epoch, d.OnChain)
				}
			}
		})
	}
}

func TestEveryPoolSaysWhichKindOfKeysItsVerifierPins(t *testing.T) {
	c := sharedChain(t)
	for _, x := range []struct {
		name     string
		withVK   bool
		kind     string
		insecure bool
	}{
		{"without a key set the keys' origin is unproven and treated as insecure", false, investor.KeysUnknown, true},
		{"a development key set whose hash the verifier pins names them insecure", true, investor.KeysDev, true},
	} {
		t.Run(x.name, func(t *testing.T) {
			s := read(t, c, x.withVK)
			k := s.Pools[0].Keys
			if k.Kind != x.kind || k.Insecure != x.insecure || k.Source == "" || !strings.Contains(k.Warning(), "WARNING") {
				t.Fatalf("keys %+v, warning %q; want kind %s, insecure %t", k, k.Warning(), x.kind, x.insecure)
			}
			var table bytes.Buffer
			if err := investor.WriteTable(&table, s); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(table.String(), "keys "+x.kind) || !strings.Contains(table.String(), k.Warning()) {
				t.Fatalf("the table does not say the keys' kind and warning:\n%s", table.String())
			}
			var csvOut bytes.Buffer
			if err := investor.WriteCSV(&csvOut, s.Pools[0]); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&csvOut).ReadAll()
			if err != nil || rows[0][1] != "keys" || rows[1][1] != x.kind {
				t.Fatalf("csv %v, %v; want a keys column saying %s", rows[:min(2, len(rows))], err, x.kind)
			}
		})
	}
	// A ceremony's key set (metadata) with the pinned hash is the one kind
	// without a warning: it names the ceremony's orgs.
	s := readCeremony(t, c)
	k := s.Pools[0].Keys
	const label = "Keys from a ceremony of 3 orgs: OperatorMSP, AuditorMSP, CustodianMSP"
	if k.Kind != investor.KeysCeremony || k.Insecure || k.Warning() != "" || k.Label() != label ||
		k.Ceremony != testCeremony.ID.String() || !strings.Contains(k.Source, "ceremony verify") {
		t.Fatalf("ceremony keys: %+v, label %q, warning %q", k, k.Label(), k.Warning())
	}
	var table bytes.Buffer
	if err := investor.WriteTable(&table, s); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table.String(), "keys mpc-ceremony") || !strings.Contains(table.String(), label) || strings.Contains(table.String(), "WARNING") {
		t.Fatalf("the table does not name the ceremony's orgs:\n%s", table.String())
	}
	b, err := json.Marshal(k)
	if err != nil || !strings.Contains(string(b), `"orgs":["OperatorMSP","AuditorMSP","CustodianMSP"]`) {
		t.Fatalf("json %s, %v", b, err)
	}
}

// testCeremony is a ceremony's description as its key set's metadata
// gives it; the view takes it on the metadata's word (the key set whose
// hash the verifier pins), so the development key stands in for its key.
var testCeremony = &keys.CeremonyInfo{ID: field.Digest{1, 2, 3},
	Phase1:  []keys.Contributor{{Org: "OperatorMSP"}, {Org: "AuditorMSP"}, {Org: "CustodianMSP"}},
	Phase2:  []keys.Contributor{{Org: "OperatorMSP"}, {Org: "AuditorMSP"}, {Org: "CustodianMSP"}},
	Beacons: []string{"phase 1: 0x01 (block 1)", "phase 2: 0x02 (block 2)"}}

// readCeremony reads c with its key said to come from testCeremony.
func readCeremony(t *testing.T, c *investortest.Chain) *investor.Snapshot {
	t.Helper()
	cfg := investor.Config{Registry: c.Addresses.Registry, VK: c.Keys.VK, VKCapacity: c.Keys.Meta.Capacity, VKCeremony: testCeremony}
	r, err := investor.NewReader(c.Sim.Client(), cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := r.Read(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAKeyWhoseKindAndCeremonyDisagreeIsRefused(t *testing.T) {
	c := sharedChain(t)
	for _, cfg := range []investor.Config{
		{Registry: c.Addresses.Registry, VK: c.Keys.VK},                                             // a ceremony's, without its description
		{Registry: c.Addresses.Registry, VK: c.Keys.VK, VKInsecure: true, VKCeremony: testCeremony}, // a development key with one
	} {
		if _, err := investor.NewReader(c.Sim.Client(), cfg, nil); !errors.Is(err, investor.ErrVKCeremony) {
			t.Errorf("insecure %t, ceremony %t: %v, want ErrVKCeremony", cfg.VKInsecure, cfg.VKCeremony != nil, err)
		}
	}
}

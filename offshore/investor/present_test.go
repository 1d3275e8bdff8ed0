package investor_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/offshore/investor/investortest"
)

// orgs are the names the tests give the fixture's committee (sorted
// addresses), as a deployment's signer-names file would.
var orgs = []string{"OperatorMSP", "AuditorMSP", "CustodianMSP"}

const testExplorer = "https://explorer.example/{kind}/{value}"

// namedConfig names the committee, the currency and the explorer.
func namedConfig(c *investortest.Chain) investor.Config {
	names := map[common.Address]string{}
	for i, a := range c.Committee {
		names[a] = orgs[i]
	}
	return investor.Config{Registry: c.Addresses.Registry, VK: c.Keys.VK, VKInsecure: true, VKCapacity: c.Keys.Meta.Capacity,
		SignerNames: names, Currency: "EUR", Explorer: testExplorer}
}

func readConfig(t testing.TB, c *investortest.Chain, cfg investor.Config) *investor.Snapshot {
	t.Helper()
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

func TestSignerNamesAndTheCurrencyAreInTheTableTheJSONAndTheCSV(t *testing.T) {
	c := sharedChain(t)
	s := readConfig(t, c, namedConfig(c))
	p := s.Pools[0]
	operator := "OperatorMSP (" + c.Committee[0].Hex() + ")"
	custodian := "CustodianMSP (" + c.Committee[2].Hex() + ")"
	if p.Currency != "EUR" || s.Explorer != testExplorer {
		t.Fatalf("currency %q, explorer %q", p.Currency, s.Explorer)
	}
	for i, m := range p.Committee.Members {
		if m.Address != c.Committee[i].Hex() || m.Name != orgs[i] {
			t.Errorf("committee member %d: %+v, want %s named %s", i, m, c.Committee[i].Hex(), orgs[i])
		}
	}

	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Currency    string `json:"currency"`
		Disclosures []struct {
			Signers []struct {
				Address, Name string
			} `json:"signers"`
		} `json:"disclosures"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Currency != "EUR" || len(doc.Disclosures) != 3 {
		t.Fatalf("JSON currency %q, %d disclosures", doc.Currency, len(doc.Disclosures))
	}
	for _, d := range doc.Disclosures {
		if len(d.Signers) != 2 || d.Signers[0].Name != "OperatorMSP" || d.Signers[1].Name != "CustodianMSP" {
			t.Errorf("JSON signers %+v, want named OperatorMSP and CustodianMSP", d.Signers)
		}
	}

	var table bytes.Buffer
	if err := investor.WriteTable(&table, s); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{operator, "AuditorMSP (" + c.Committee[1].Hex() + ")", custodian, "revenue EUR", "2 signatures, 2 required"} {
		if !strings.Contains(table.String(), want) {
			t.Errorf("the table lacks %q:\n%s", want, table.String())
		}
	}

	var out bytes.Buffer
	if err := investor.WriteCSV(&out, p); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, row := range rows[1:] {
		if got := row[col["signers"]]; got != operator+"; "+custodian {
			t.Errorf("CSV signers %q, want %q", got, operator+"; "+custodian)
		}
		if row[col["currency"]] != "EUR" {
			t.Errorf("CSV currency %q", row[col["currency"]])
		}
	}
}

func TestTheSignatureCountSaysWhoCountsAndFlagsOthers(t *testing.T) {
	d := &investor.Disclosure{Threshold: 2, Signers: []investor.Signer{
		{Address: "0x01", Member: true}, {Address: "0x02", Member: true}, {Address: "0x03", Member: true}}}
	if got := d.Signatures(); got != "3 signatures, 2 required" {
		t.Errorf("three members of a 2-threshold committee: %q", got)
	}
	d.Signers = []investor.Signer{{Address: "0x01", Member: true}, {Address: "0x09", Name: "Mallory"}}
	if got := d.Signatures(); got != "1 signature, 2 required, 1 not from the committee" {
		t.Errorf("one member and an outsider: %q", got)
	}
	if got := d.Signers[1].Label(); got != "Mallory (0x09)" {
		t.Errorf("label %q", got)
	}
}

func TestBadPresentationOptionsAreNamedErrors(t *testing.T) {
	const a1, a2 = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"
	good, err := investor.ParseSignerNames([]byte(a1 + ": OperatorMSP\n" + a2 + ": AuditorMSP\n"))
	if err != nil || good[common.HexToAddress(a1)] != "OperatorMSP" || good[common.HexToAddress(a2)] != "AuditorMSP" || len(good) != 2 {
		t.Fatalf("a good file: %v, %v", good, err)
	}
	for name, doc := range map[string]string{
		"not an address":                      "0x1234: OperatorMSP\n",
		"no 0x":                               strings.TrimPrefix(a1, "0x") + ": OperatorMSP\n",
		"the same address twice":              a1 + ": OperatorMSP\n" + a1 + ": AuditorMSP\n",
		"the same address in another case":    a1 + ": OperatorMSP\n" + strings.ToLower(a1) + ": AuditorMSP\n",
		"an empty name":                       a1 + ": \"\"\n",
		"a name with a control character":     a1 + ": \"Op\\u0007\"\n",
		"a list, not a mapping":               "- " + a1 + "\n",
		"an empty file":                       "",
		"two documents":                       a1 + ": OperatorMSP\n---\n" + a2 + ": AuditorMSP\n",
		"a name that is a mapping":            a1 + ":\n  org: OperatorMSP\n",
		"a name with parentheses (ambiguous)": a1 + ": Op (x)\n",
	} {
		if _, err := investor.ParseSignerNames([]byte(doc)); !errors.Is(err, investor.ErrSignerNames) {
			t.Errorf("%s: %v, want ErrSignerNames", name, err)
		}
	}
	if _, err := investor.LoadSignerNames("/nonexistent/signers.yaml"); !errors.Is(err, investor.ErrSignerNames) {
		t.Errorf("a missing file: %v", err)
	}

	for _, code := range []string{"", "EUR", "USD", "CNY"} {
		if err := investor.CheckCurrency(code); err != nil {
			t.Errorf("currency %q: %v", code, err)
		}
	}
	for _, code := range []string{"eur", "EURO", "E", "€", "XQQ", "12A"} {
		if err := investor.CheckCurrency(code); !errors.Is(err, investor.ErrCurrency) {
			t.Errorf("currency %q: %v, want ErrCurrency", code, err)
		}
	}

	for _, tpl := range []string{"", testExplorer, "https://sepolia.basescan.org/{kind}/{value}", "http://127.0.0.1:4000/search?q={value}"} {
		if err := investor.CheckExplorer(tpl); err != nil {
			t.Errorf("explorer %q: %v", tpl, err)
		}
	}
	for _, tpl := range []string{"https://explorer.example/tx/", "javascript:alert({value})", "ftp://explorer.example/{value}",
		"https:///{value}", "https://explorer.example/{type}/{value}", "https://user:pw@explorer.example/{value}", "explorer.example/{value}"} {
		if err := investor.CheckExplorer(tpl); !errors.Is(err, investor.ErrExplorer) {
			t.Errorf("explorer %q: %v, want ErrExplorer", tpl, err)
		}
	}

	c := sharedChain(t)
	for _, x := range []struct {
		cfg  func(*investor.Config)
		want error
	}{
		{func(c *investor.Config) { c.Currency = "euro" }, investor.ErrCurrency},
		{func(c *investor.Config) { c.Explorer = "https://x.example/" }, investor.ErrExplorer},
		{func(c *investor.Config) { c.SignerNames = map[common.Address]string{{1}: ""} }, investor.ErrSignerNames},
	} {
		cfg := investor.Config{Registry: c.Addresses.Registry}
		x.cfg(&cfg)
		if _, err := investor.NewReader(c.Sim.Client(), cfg, nil); !errors.Is(err, x.want) {
			t.Errorf("NewReader with %+v: %v, want %v", cfg, err, x.want)
		}
	}
}

// flakyBackend fails every request once down is set: the L2 node gone.
type flakyBackend struct {
	investor.Backend
	down atomic.Bool
}

var errDown = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func (b *flakyBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if b.down.Load() {
		return nil, errDown
	}
	return b.Backend.HeaderByNumber(ctx, n)
}

func TestAWatcherSaysSinceWhenTheChainIsUnreachable(t *testing.T) {
	c := sharedChain(t)
	b := &flakyBackend{Backend: c.Sim.Client()}
	r, err := investor.NewReader(b, investor.Config{Registry: c.Addresses.Registry}, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := investor.NewWatcher(r, 0, nil)
	ctx := context.Background()
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	b.down.Store(true)
	before := time.Now().UTC()
	if err := w.Poll(ctx); !errors.Is(err, errDown) {
		t.Fatalf("poll with the node down: %v", err)
	}
	snap, err := w.Snapshot()
	re, ok := errors.AsType[*investor.ReadError](err)
	if snap == nil || !ok || !errors.Is(err, errDown) || re.Since.Before(before.Add(-time.Second)) || re.Since.After(time.Now()) {
		t.Fatalf("after a failed read: snapshot %v, error %#v", snap != nil, err)
	}
	since := re.Since
	_ = w.Poll(ctx)
	if _, err := w.Snapshot(); !errors.As(err, &re) || !re.Since.Equal(since) {
		t.Fatalf("a second failure moved the start of the outage: %v, want since %s", err, since)
	}
	b.down.Store(false)
	if err := w.Poll(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Snapshot(); err != nil {
		t.Fatalf("the node answers again, yet %v", err)
	}
}

// stalePool returns a copy of s whose pool is stale, epoch missing.
func stalePool(s *investor.Snapshot, missing uint64) *investor.Snapshot {
	p := *s.Pools[0]
	p.Stale = true
	p.Missing = &investor.EpochSpan{Epoch: missing, Start: time.Unix(int64(missing*86400), 0).UTC(), End: time.Unix(int64((missing+1)*86400), 0).UTC()}
	out := *s
	out.Pools = []*investor.Pool{&p}
	return &out
}

// outage is a Watcher's source during an outage that began at since.
type outage struct {
	s     *investor.Snapshot
	since time.Time
}

func (o outage) Snapshot() (*investor.Snapshot, error) {
	return o.s, &investor.ReadError{Since: o.since, Err: errDown}
}

func TestTheIndexAndTheJSONSayWhatIsMissingAndThatTheL2IsUnreachable(t *testing.T) {
	c := sharedChain(t)
	snap := stalePool(readConfig(t, c, namedConfig(c)), 99)
	since := snap.ReadAt.Add(time.Minute)
	s, err := investor.NewServer(outage{snap, since}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()

	_, index := get(t, srv.URL+"/")
	for _, want := range []string{
		"Stale: epoch 99 (1970-04-10) is not disclosed yet",
		"L2 unreachable since " + since.Format("2006-01-02 15:04:05") + " UTC</strong>, showing block " + fmt.Sprint(snap.Block) + " read at " + snap.ReadAt.Format("2006-01-02 15:04:05") + " UTC",
		`title="dial tcp 127.0.0.1:8545: connect: connection refused"`,
		`<span class="unit">EUR</span>`,
		`<a href="https://explorer.example/address/` + snap.Registry + `" rel="noopener noreferrer" data-explorer="address">`,
	} {
		if !strings.Contains(index, want) {
			t.Errorf("the index lacks %q:\n%s", want, index)
		}
	}

	_, body := get(t, srv.URL+"/pool/pool-a/disclosures.json")
	var v investor.PoolView
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	if v.ReadError != errDown.Error() || v.UnreachableSince == nil || !v.UnreachableSince.Equal(since) || v.Explorer != testExplorer {
		t.Errorf("JSON read error %q since %v, explorer %q", v.ReadError, v.UnreachableSince, v.Explorer)
	}
	if m := v.Pool.Missing; !v.Pool.Stale || m == nil || m.Epoch != 99 || m.End.Sub(m.Start) != 24*time.Hour || v.Pool.Currency != "EUR" {
		t.Errorf("JSON pool: stale %t, missing %+v, currency %q", v.Pool.Stale, m, v.Pool.Currency)
	}
	if !strings.Contains(body, `"missing_epoch": {`) || !strings.Contains(body, `"currency": "EUR"`) || !strings.Contains(body, `"name": "AuditorMSP"`) {
		t.Errorf("JSON field names:\n%.2000s", body)
	}
}

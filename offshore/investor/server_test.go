package investor_test

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/offshore/investor"
)

// serve starts the investor view over a snapshot of the shared chain.
func serve(t *testing.T) (*httptest.Server, *investor.Snapshot) {
	t.Helper()
	snap := read(t, sharedChain(t), true)
	s, err := investor.NewServer(investor.Static{S: snap}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	return srv, snap
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return r, string(b)
}

func TestTheCSVOpensCleanlyAndMatchesTheChain(t *testing.T) {
	srv, snap := serve(t)
	r, body := get(t, srv.URL+"/pool/pool-a/disclosures.csv")
	if r.StatusCode != 200 || !strings.HasPrefix(r.Header.Get("Content-Type"), "text/csv") ||
		!strings.Contains(r.Header.Get("Content-Disposition"), `filename="pool-a-disclosures.csv"`) {
		t.Fatalf("%d %v", r.StatusCode, r.Header)
	}
	if !strings.Contains(body, "\r\n") {
		t.Error("rows do not end in CRLF (RFC 4180)")
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != strings.Join(investor.CSVHeader, ",") {
		t.Fatalf("header %v", rows[0])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	ds := snap.Pools[0].Disclosures
	if len(rows) != 1+len(ds) {
		t.Fatalf("%d rows for %d disclosures", len(rows), len(ds))
	}
	for i, d := range ds {
		row := rows[i+1]
		num := func(name string) uint64 {
			v, err := strconv.ParseUint(row[col[name]], 10, 64)
			if err != nil {
				t.Fatalf("%s = %q is not a plain integer: %v", name, row[col[name]], err)
			}
			return v
		}
		start, err := time.Parse(time.RFC3339, row[col["epoch_start_utc"]])
		if err != nil || !start.Equal(d.Start) {
			t.Errorf("epoch_start_utc %q (%v), want %s", row[col["epoch_start_utc"]], err, d.Start)
		}
		// The same integers, under the same names, as the JSON.
		checks := []struct {
			name string
			want uint64
		}{
			{"epoch", d.Epoch}, {"swaps", d.Swaps}, {"energy_wh", d.EnergyWh}, {"revenue_cents", d.RevenueCents},
			{"active_cabinets", d.ActiveCabinets}, {"min_soh_permille", d.MinSoHPermille}, {"chunks", uint64(d.Chunks)}, {"block", d.Block},
			{"committee_signatures", 2}, {"threshold", 2},
		}
		for _, c := range checks {
			if got := num(c.name); got != c.want {
				t.Errorf("epoch %d: %s = %v, want %v", d.Epoch, c.name, got, c.want)
			}
		}
		if row[col["tx_hash"]] != d.Tx || row[col["withheld"]] != "" || row[col["verified_onchain"]] != "verified" || row[col["reverified_locally"]] != "verified" ||
			row[col["policy"]] != "battery-swap-daily@2" || len(strings.Split(row[col["signers"]], "; ")) != 2 || row[col["currency"]] != "" {
			t.Errorf("epoch %d: row %v", d.Epoch, row)
		}
	}
	if rows[1][col["payout_deposited"]] != ds[0].Payout.Deposited || rows[2][col["payout_deposited"]] != "" {
		t.Errorf("payout columns %q, %q", rows[1][col["payout_deposited"]], rows[2][col["payout_deposited"]])
	}
}

func TestTheJSONIsThePoolAsRead(t *testing.T) {
	srv, snap := serve(t)
	r, body := get(t, srv.URL+"/pool/pool-a/disclosures.json")
	if r.StatusCode != 200 || r.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("%d %s", r.StatusCode, r.Header.Get("Content-Type"))
	}
	var v investor.PoolView
	if err := json.Unmarshal([]byte(body), &v); err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(snap.Pools[0])
	got, _ := json.Marshal(v.Pool)
	if string(got) != string(want) || v.Block != snap.Block || v.Registry != snap.Registry {
		t.Fatalf("JSON pool differs from the snapshot:\n%s\n%s", got, want)
	}
}

func TestPagesAndAssetsAreServedWithoutAnythingExternal(t *testing.T) {
	srv, _ := serve(t)
	cases := []struct {
		path, contentType, contains string
		status                      int
	}{
		{"/", "text/html", `href="/pool/pool-a"`, 200},
		{"/pool/pool-a", "text/html", `data-initial="{`, 200},
		{"/pools.json", "application/json", `"pools"`, 200},
		{"/static/app.js", "text/javascript", "data-ready", 200},
		{"/static/style.css", "text/css", ".chart", 200},
		{"/static/favicon.svg", "image/svg+xml", "<svg", 200},
		{"/healthz", "text/plain", "ok block", 200},
		{"/pool/nope", "text/plain", `no pool "nope"`, 404},
		{"/pool/nope/disclosures.csv", "text/plain", "no pool", 404},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			r, body := get(t, srv.URL+c.path)
			if r.StatusCode != c.status || !strings.HasPrefix(r.Header.Get("Content-Type"), c.contentType) || !strings.Contains(body, c.contains) {
				t.Fatalf("%d %s, body %.200q", r.StatusCode, r.Header.Get("Content-Type"), body)
			}
			if !strings.Contains(r.Header.Get("Content-Security-Policy"), "default-src 'none'") {
				t.Errorf("CSP %q", r.Header.Get("Content-Security-Policy"))
			}
			for _, ext := range []string{"http://", "https://", "//cdn"} {
				if strings.HasPrefix(c.contentType, "text/html") && strings.Contains(strings.ReplaceAll(body, "http://www.w3.org", ""), ext) {
					t.Errorf("page refers to %s", ext)
				}
			}
		})
	}
}

func TestBeforeTheFirstReadThePagesSayWhy(t *testing.T) {
	s, err := investor.NewServer(investor.Static{}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	for _, p := range []string{"/", "/pool/pool-a", "/healthz"} {
		r, body := get(t, srv.URL+p)
		if r.StatusCode != http.StatusServiceUnavailable || body == "" {
			t.Errorf("%s: %d %q", p, r.StatusCode, body)
		}
	}
}

// failingSource has an older snapshot and a failed latest read.
type failingSource struct{ s *investor.Snapshot }

func (f failingSource) Snapshot() (*investor.Snapshot, error) {
	return f.s, errors.New("dial tcp 127.0.0.1:8545: connection refused")
}

func TestWhenTheChainIsUnreachableTheLastFiguresAreServedWithTheReason(t *testing.T) {
	snap := read(t, sharedChain(t), false)
	s, err := investor.NewServer(failingSource{snap}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	r, body := get(t, srv.URL+"/pool/pool-a/disclosures.json")
	var v investor.PoolView
	if err := json.Unmarshal([]byte(body), &v); err != nil || r.StatusCode != 200 {
		t.Fatalf("%d %v", r.StatusCode, err)
	}
	if !strings.Contains(v.ReadError, "connection refused") || len(v.Pool.Disclosures) != 3 {
		t.Fatalf("read error %q, %d disclosures", v.ReadError, len(v.Pool.Disclosures))
	}
	if r, _ := get(t, srv.URL+"/healthz"); r.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("healthz %d after a failed read", r.StatusCode)
	}
}

func TestThePagesWarnOfInsecureKeys(t *testing.T) {
	srv, snap := serve(t) // with the development key set: dev-insecure
	if snap.Pools[0].Keys.Kind != investor.KeysDev {
		t.Fatalf("keys %+v", snap.Pools[0].Keys)
	}
	_, page := get(t, srv.URL+"/pool/pool-a")
	if !strings.Contains(page, `id="keys-warning"`) || !strings.Contains(page, "Insecure development keys") {
		t.Fatalf("the pool page has no keys warning:\n%s", page)
	}
	_, index := get(t, srv.URL+"/")
	if !strings.Contains(index, "Insecure development keys") {
		t.Fatalf("the index has no keys badge:\n%s", index)
	}
}

func TestThePagesNameACeremonysOrgsInsteadOfTheWarning(t *testing.T) {
	snap := readCeremony(t, sharedChain(t))
	s, err := investor.NewServer(investor.Static{S: snap}, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	t.Cleanup(srv.Close)
	const label = "Keys from a ceremony of 3 orgs: OperatorMSP, AuditorMSP, CustodianMSP"
	_, page := get(t, srv.URL+"/pool/pool-a")
	if !strings.Contains(page, `id="keys-ceremony"`) || !strings.Contains(page, label) || strings.Contains(page, `id="keys-warning"`) {
		t.Fatalf("the pool page does not name the ceremony's orgs, or warns:\n%s", page)
	}
	_, index := get(t, srv.URL+"/")
	if !strings.Contains(index, label) || strings.Contains(index, "Insecure development keys") {
		t.Fatalf("the index has no ceremony badge:\n%s", index)
	}
}

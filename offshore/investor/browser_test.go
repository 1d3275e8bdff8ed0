package investor_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/offshore/investor"
)

const chromiumPath = "/usr/bin/chromium"

func needChromium(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(chromiumPath); errors.Is(err, os.ErrNotExist) {
		t.Skipf("%s is not installed (scripts/install-test-deps.sh installs Debian's chromium)", chromiumPath)
	}
}

// chromium runs headless Chromium with args (the URL last) and returns its
// stdout. Chromium logs every console message of the page (script errors,
// console calls, resources refused by the Content-Security-Policy, failed
// loads) to stderr as INFO:CONSOLE lines: any of them fails the test.
func chromium(t *testing.T, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
		"--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, chromiumPath, append(base, args...)...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.String())
	}
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(l, ":CONSOLE") {
			t.Errorf("browser console: %s", l)
		}
	}
	return string(out)
}

// TestARealBrowserDrawsTheChartsTableAndEvidence loads a pool's page in
// headless Chromium: the script must render every chart, the table with
// the chain's figures and the evidence, without a script error.
func TestARealBrowserDrawsTheChartsTableAndEvidence(t *testing.T) {
	needChromium(t)
	srv, snap := serve(t)
	url := srv.URL + "/pool/pool-a"
	dom := chromium(t, "--dump-dom", url)

	body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
	if !strings.Contains(body, `data-ready="true"`) {
		t.Fatalf("the page did not finish rendering: %s", body)
	}
	if !strings.Contains(body, `data-errors="0"`) {
		t.Fatalf("script errors: %s", body)
	}
	p := snap.Pools[0]
	if !strings.Contains(body, fmt.Sprintf(`data-disclosures="%d"`, len(p.Disclosures))) {
		t.Errorf("body %s, want %d disclosures", body, len(p.Disclosures))
	}
	for _, key := range []string{"swaps", "energy", "revenue", "cabinets", "soh"} {
		fig := regexp.MustCompile(`(?s)<figure class="chart" data-chart="` + key + `"[^>]*>.*?</figure>`).FindString(dom)
		if fig == "" || !strings.Contains(fig, "<svg") {
			t.Fatalf("no %s chart", key)
		}
		if n := strings.Count(fig, `class="bar`); n != len(p.Disclosures) {
			t.Errorf("%s chart has %d bars, want %d", key, n, len(p.Disclosures))
		}
	}
	for _, d := range p.Disclosures {
		row := regexp.MustCompile(fmt.Sprintf(`(?s)<tr data-epoch="%d">.*?</tr>`, d.Epoch)).FindString(dom)
		if row == "" {
			t.Fatalf("no table row for epoch %d", d.Epoch)
		}
		for _, cell := range []string{
			fmt.Sprintf(`data-col="swaps" data-value="%d">%s<`, d.Swaps, group(d.Swaps)),
			fmt.Sprintf(`data-col="energy" data-value="%d">%s<`, d.EnergyWh, roundDecimal(d.EnergyWh, 3, 1)),
			fmt.Sprintf(`data-col="revenue" data-value="%d">%s<`, d.RevenueCents, roundDecimal(d.RevenueCents, 2, 2)),
			fmt.Sprintf(`data-col="cabinets" data-value="%d">%d<`, d.ActiveCabinets, d.ActiveCabinets),
			fmt.Sprintf(`data-col="soh" data-value="%d">%s %%<`, d.MinSoHPermille, roundDecimal(d.MinSoHPermille, 1, 1)),
			d.Start.Format("2006-01-02"),
		} {
			if !strings.Contains(row, cell) {
				t.Errorf("epoch %d: row lacks %q:\n%s", d.Epoch, cell, row)
			}
		}
		card := regexp.MustCompile(fmt.Sprintf(`(?s)<details class="trust-card" data-epoch="%d".*?</details>`, d.Epoch)).FindString(dom)
		for _, want := range []string{d.Tx, p.VKHash.String(), p.Verifier, d.Signers[0].Address, d.Signers[1].Address, "battery-swap-daily@1",
			"✓ Verified on-chain", "✓ Re-verified locally", "2 of 2 required signatures"} {
			if !strings.Contains(card, want) {
				t.Errorf("epoch %d: evidence lacks %q", d.Epoch, want)
			}
		}
	}
	if !strings.Contains(dom, "Up to date") || !strings.Contains(dom, `id="payouts"`) {
		t.Error("no staleness badge or payout table")
	}

	shot := filepath.Join(t.TempDir(), "page.png")
	chromium(t, "--screenshot="+shot, "--window-size=1280,2000", url)
	if st, err := os.Stat(shot); err != nil || st.Size() < 10_000 {
		t.Fatalf("screenshot %s: %v", shot, err)
	}
	if dir := os.Getenv("INVESTOR_SCREENSHOT_DIR"); dir != "" {
		if b, err := os.ReadFile(shot); err == nil {
			_ = os.WriteFile(filepath.Join(dir, "page.png"), b, 0o644)
		}
	}
	t.Logf("screenshot: %s", shot)
}

// flipSource serves the page from one snapshot and every later read from
// another: a new disclosure arriving while the page is open.
type flipSource struct {
	calls       atomic.Int32
	first, next *investor.Snapshot
}

func (f *flipSource) Snapshot() (*investor.Snapshot, error) {
	if f.calls.Add(1) == 1 {
		return f.first, nil
	}
	return f.next, nil
}

// TestAnOpenPageShowsANewDisclosureWithoutAReload opens the page while the
// pool has two epochs; its script re-fetches the JSON, finds the third and
// redraws.
func TestAnOpenPageShowsANewDisclosureWithoutAReload(t *testing.T) {
	needChromium(t)
	full := read(t, sharedChain(t), true)
	before := *full
	pool := *full.Pools[0]
	pool.Disclosures = pool.Disclosures[:2]
	before.Pools = []*investor.Pool{&pool}
	s, err := investor.NewServer(&flipSource{first: &before, next: full}, 300*time.Millisecond, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s)
	defer srv.Close()
	dom := chromium(t, "--virtual-time-budget=5000", "--dump-dom", srv.URL+"/pool/pool-a")
	body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
	last := full.Pools[0].Disclosures[2]
	if !strings.Contains(body, `data-disclosures="3"`) || !strings.Contains(body, `data-errors="0"`) {
		t.Fatalf("the page did not pick up the third disclosure: %s", body)
	}
	if !strings.Contains(dom, fmt.Sprintf(`<tr data-epoch="%d">`, last.Epoch)) || strings.Count(regexp.MustCompile(`(?s)<figure class="chart" data-chart="swaps"[^>]*>.*?</figure>`).FindString(dom), `class="bar`) != 3 {
		t.Fatal("the table or the chart lacks the new epoch")
	}
}

func group(x uint64) string {
	s := fmt.Sprint(x)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// roundDecimal formats x / 10^scale with keep decimals, rounding half up,
// grouped: what the page shows.
func roundDecimal(x uint64, scale, keep int) string {
	pow := func(n int) uint64 {
		p := uint64(1)
		for range n {
			p *= 10
		}
		return p
	}
	q := (x*pow(keep)*2 + pow(scale)) / (2 * pow(scale))
	ip, fp := q/pow(keep), q%pow(keep)
	if keep == 0 {
		return group(ip)
	}
	return fmt.Sprintf("%s.%0*d", group(ip), keep, fp)
}

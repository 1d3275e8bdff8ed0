package investor_test

import (
	"context"
	"errors"
	"fmt"
	"html"
	"math"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

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
	return chromiumIn(t, t.TempDir(), args...)
}

// phoneProfile returns a Chromium profile whose pages are zoomed so that a
// 500 px window (the narrowest Chromium's headless window gets) has the
// layout viewport of a phone width px wide: pages are laid out, and their
// media queries match, as on that phone.
func phoneProfile(t *testing.T, width int) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "Default"), 0o700); err != nil {
		t.Fatal(err)
	}
	// Chromium's zoom levels are powers of 1.2.
	level := math.Log(float64(narrowestWindow)/float64(width)) / math.Log(1.2)
	prefs := fmt.Sprintf(`{"partition":{"default_zoom_level":{"x":%v}}}`, level)
	if err := os.WriteFile(filepath.Join(dir, "Default", "Preferences"), []byte(prefs), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// narrowestWindow is the narrowest window headless Chromium opens
// (a narrower --window-size is widened to it, except for --screenshot).
const narrowestWindow = 500

// chromiumIn is chromium with the profile directory dir.
func chromiumIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
		"--hide-scrollbars", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir}
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
		for _, want := range []string{d.Tx, p.VKHash.String(), p.Verifier, d.Signers[0].Address, d.Signers[1].Address, "battery-swap-daily@2",
			"✓ Verified on-chain", "✓ Re-verified locally", "2 signatures, 2 required"} {
			if !strings.Contains(card, want) {
				t.Errorf("epoch %d: evidence lacks %q", d.Epoch, want)
			}
		}
	}
	if !strings.Contains(dom, "Up to date") || !strings.Contains(dom, `id="payouts"`) {
		t.Error("no staleness badge or payout table")
	}
	if !strings.Contains(dom, `data-state="live"`) || strings.Contains(dom, "unreachable") {
		t.Error("the chain answers, yet the page does not say Live")
	}
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

// downAfter serves snap, then from the third read on fails as a Watcher
// whose node stopped answering at since: the page is rendered with the
// chain up (two reads), then its first re-fetch finds the L2 unreachable.
type downAfter struct {
	calls atomic.Int32
	snap  *investor.Snapshot
	since time.Time
}

func (d *downAfter) Snapshot() (*investor.Snapshot, error) {
	if d.calls.Add(1) <= 2 {
		return d.snap, nil
	}
	return d.snap, &investor.ReadError{Since: d.since, Err: errors.New("dial tcp 10.0.0.7:8545: connect: connection refused")}
}

// TestThePageAtDesktopAndPhoneWidths loads a pool's page at 1400 and 390
// px wide with signer names, a currency and an explorer, a pool that is
// stale and a chain that stops answering once the page is open: the page
// names the signers' orgs, counts the committee's signatures against the
// threshold and flags another signer, shows the currency, the missing
// epoch, the L2 unreachable state and explorer links, and nothing is wider
// than the window. A screenshot is taken at both widths.
func TestThePageAtDesktopAndPhoneWidths(t *testing.T) {
	needChromium(t)
	c := sharedChain(t)
	snap := readConfig(t, c, namedConfig(c))
	pool := *snap.Pools[0]
	last := *pool.Disclosures[len(pool.Disclosures)-1]
	outsider := common.HexToAddress("0x00000000000000000000000000000000000000e1").Hex()
	last.Signers = append(slices.Clone(last.Signers), investor.Signer{Address: outsider})
	pool.Disclosures = append(slices.Clone(pool.Disclosures[:len(pool.Disclosures)-1]), &last)
	missing := last.Epoch + 1
	pool.Stale = true
	pool.Missing = &investor.EpochSpan{Epoch: missing, Start: time.Unix(int64(missing*86400), 0).UTC(), End: time.Unix(int64((missing+1)*86400), 0).UTC()}
	page := *snap
	page.Pools = []*investor.Pool{&pool}
	since := snap.ReadAt.Add(90 * time.Second)

	for _, width := range []int{1400, 390} {
		t.Run(fmt.Sprintf("%d px", width), func(t *testing.T) {
			t.Parallel()
			open := func() string {
				s, err := investor.NewServer(&downAfter{snap: &page, since: since}, 200*time.Millisecond, nil)
				if err != nil {
					t.Fatal(err)
				}
				srv := httptest.NewServer(s)
				t.Cleanup(srv.Close)
				return srv.URL + "/pool/pool-a"
			}
			// At 1400 px one run dumps the DOM and takes the screenshot; a
			// phone's DOM is dumped from a zoomed 500 px window (see
			// phoneProfile) and its screenshot taken at its own width
			// (which --screenshot honours).
			size := fmt.Sprintf("--window-size=%d,2400", width)
			shot := filepath.Join(t.TempDir(), fmt.Sprintf("pool-%d.png", width))
			var dom string
			if width >= narrowestWindow {
				dom = chromium(t, size, "--virtual-time-budget=3000", "--dump-dom", "--screenshot="+shot, open())
			} else {
				dom = chromiumIn(t, phoneProfile(t, width), fmt.Sprintf("--window-size=%d,2400", narrowestWindow), "--virtual-time-budget=3000", "--dump-dom", open())
				chromium(t, size, "--virtual-time-budget=3000", "--screenshot="+shot, open())
			}
			body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
			if !strings.Contains(body, `data-ready="true"`) || !strings.Contains(body, `data-errors="0"`) {
				t.Fatalf("the page did not render cleanly: %s", body)
			}
			attr := func(name string) int {
				m := regexp.MustCompile(name + `="(\d+)"`).FindStringSubmatch(body)
				if m == nil {
					t.Fatalf("body has no %s: %s", name, body)
				}
				n, _ := strconv.Atoi(m[1])
				return n
			}
			if sw, vw := attr("data-scroll-width"), attr("data-viewport-width"); vw != width || sw > vw {
				t.Errorf("the page is %d px wide in a %d px window (want %d): it scrolls sideways; %s", sw, vw, width, regexp.MustCompile(`data-overflowing="[^"]*"`).FindString(body))
			}

			text := html.UnescapeString(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(dom, ""))
			for i, a := range c.Committee {
				if !strings.Contains(text, orgs[i]+" ("+a.Hex()+")") {
					t.Errorf("the page does not name %s as %s", a.Hex(), orgs[i])
				}
			}
			committee := regexp.MustCompile(`(?s)<ul class="signers" id="committee">.*?</ul>`).FindString(dom)
			if strings.Count(committee, `data-member=`) != 3 || !strings.Contains(committee, "AuditorMSP") {
				t.Errorf("the committee list does not name its members: %s", committee)
			}
			for _, d := range pool.Disclosures {
				card := regexp.MustCompile(fmt.Sprintf(`(?s)<details class="trust-card" data-epoch="%d".*?</details>`, d.Epoch)).FindString(dom)
				if !strings.Contains(card, "2 signatures, 2 required") || strings.Contains(card, " of 2 required") {
					t.Errorf("epoch %d: the badge does not say 2 signatures, 2 required", d.Epoch)
				}
				if got := strings.Contains(card, "1 not from the committee"); got != (d == &last) {
					t.Errorf("epoch %d: flagged an outsider's signature: %t, want %t", d.Epoch, got, d == &last)
				}
				for _, want := range []string{
					fmt.Sprintf(`<a href="https://explorer.example/tx/%s" rel="noopener noreferrer" class="explorer" data-explorer="tx"><code title="%[1]s">%[1]s</code></a>`, d.Tx),
					fmt.Sprintf(`<a href="https://explorer.example/block/%d" rel="noopener noreferrer" class="explorer" data-explorer="block">`, d.Block),
					fmt.Sprintf(`<a href="https://explorer.example/address/%s" rel="noopener noreferrer"`, d.Signers[0].Address),
				} {
					if !strings.Contains(card, want) {
						t.Errorf("epoch %d: no explorer link %s", d.Epoch, want)
					}
				}
			}
			if !regexp.MustCompile(`data-signer="` + outsider + `".*?not a member`).MatchString(dom) {
				t.Error("the outsider's signature is not marked as not a member")
			}
			kpi := regexp.MustCompile(`(?s)<div class="kpi" data-kpi="revenue">.*?</div></div>`).FindString(dom)
			if !strings.Contains(kpi, `<span class="kpi-unit">EUR</span>`) || !strings.Contains(dom, ">Revenue (EUR)</th>") {
				t.Errorf("the revenue does not say its currency: %s", kpi)
			}
			if want := fmt.Sprintf("Stale: epoch %d (%s) is not disclosed yet", missing, pool.Missing.Start.Format("2006-01-02")); !strings.Contains(text, want) {
				t.Errorf("the stale badge does not name the missing epoch (%q)", want)
			}
			state := regexp.MustCompile(`(?s)<span class="updated[^"]*" id="updated".*?</details></span>`).FindString(dom)
			want := fmt.Sprintf("L2 unreachable since %s UTC, showing block %s read at %s UTC", since.Format(time.DateTime), group(snap.Block), snap.ReadAt.Format(time.DateTime))
			if !strings.Contains(state, `data-state="unreachable"`) || !strings.Contains(html.UnescapeString(state), want) ||
				!strings.Contains(state, "connection refused") || strings.Contains(dom, "Live · block") {
				t.Errorf("the header does not say the L2 is unreachable (%q):\n%s", want, state)
			}

			st, err := os.Stat(shot)
			if err != nil || st.Size() < 20_000 {
				t.Fatalf("screenshot %s: %v", shot, err)
			}
			if dir := os.Getenv("INVESTOR_SCREENSHOT_DIR"); dir != "" {
				if b, err := os.ReadFile(shot); err == nil {
					_ = os.WriteFile(filepath.Join(dir, filepath.Base(shot)), b, 0o644)
				}
			}
			t.Logf("screenshot: %s (%d bytes)", shot, st.Size())
		})
	}
}

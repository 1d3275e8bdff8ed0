package investor

import (
	"bytes"
	"context"
	"embed"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/policies/policy"
)

//go:embed web
var webFS embed.FS

// Source is where the handlers get their data: a Watcher, or a fixed
// snapshot in tests.
type Source interface {
	Snapshot() (*Snapshot, error)
}

// Static is a Source that always returns the same snapshot.
type Static struct{ S *Snapshot }

// Snapshot implements Source.
func (s Static) Snapshot() (*Snapshot, error) { return s.S, nil }

var _ Source = (*Watcher)(nil)

// Server is the investor web view.
type Server struct {
	src   Source
	log   *slog.Logger
	pages *template.Template
	mux   *http.ServeMux
	// Refresh is how often the pool page re-fetches its JSON.
	refresh time.Duration
}

// NewServer returns the investor view's HTTP handler over src; the pool
// page re-fetches its data every refresh (5 s when 0).
func NewServer(src Source, refresh time.Duration, log *slog.Logger) (*Server, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if refresh <= 0 {
		refresh = 5 * time.Second
	}
	t, err := template.New("").Funcs(template.FuncMap{
		"int":   groupInt,
		"kwh":   func(wh uint64) string { return groupDecimal(fixed(wh, 3), 1) },
		"money": func(cents uint64) string { return groupDecimal(fixed(cents, 2), 2) },
		"pct":   func(permille uint64) string { return fixed(permille, 1) + " %" },
		"date":  func(t time.Time) string { return t.UTC().Format("2006-01-02") },
		"when":  func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 UTC") },
		// link is the explorer URL of an address, a transaction or a block
		// ("" without --explorer).
		"link": ExplorerLink,
		// unit names the revenue's currency.
		"unit": currencyUnit,
		"last": func(ds []*Disclosure) *Disclosure {
			if len(ds) == 0 {
				return nil
			}
			return ds[len(ds)-1]
		},
	}).ParseFS(webFS, "web/*.html")
	if err != nil {
		return nil, fmt.Errorf("investor: templates: %w", err)
	}
	s := &Server{src: src, log: log, pages: t, mux: http.NewServeMux(), refresh: refresh}
	static, err := fs.Sub(webFS, "web/static")
	if err != nil {
		return nil, fmt.Errorf("investor: assets: %w", err)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	s.mux.HandleFunc("GET /favicon.ico", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/static/favicon.svg", http.StatusMovedPermanently)
	})
	s.mux.HandleFunc("GET /{$}", s.index)
	s.mux.HandleFunc("GET /pools.json", s.poolsJSON)
	s.mux.HandleFunc("GET /pool/{id}", s.poolPage)
	s.mux.HandleFunc("GET /pool/{id}/disclosures.json", s.poolJSON)
	s.mux.HandleFunc("GET /pool/{id}/disclosures.csv", s.poolCSV)
	s.mux.HandleFunc("GET /healthz", s.healthz)
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(w, r)
}

// snapshot returns the current snapshot or writes a 503.
func (s *Server) snapshot(w http.ResponseWriter) *Snapshot {
	snap, err := s.src.Snapshot()
	if snap == nil {
		msg := "the registry has not been read yet"
		if err != nil {
			msg += ": " + err.Error()
		}
		w.Header().Set("Retry-After", "5")
		http.Error(w, msg, http.StatusServiceUnavailable)
		return nil
	}
	return snap
}

// PoolView is a pool with the context it was read in: the JSON of
// /pool/{id}/disclosures.json.
type PoolView struct {
	Registry string    `json:"registry"`
	ChainID  string    `json:"chain_id"`
	Block    uint64    `json:"block"`
	Time     time.Time `json:"block_time"`
	ReadAt   time.Time `json:"read_at"`
	LocalVK  *LocalVK  `json:"local_vk"`
	Explorer string    `json:"explorer"`
	// ReadError says why the latest read of the chain failed, when it did:
	// the L2 is unreachable and the figures are those of Block, read at
	// ReadAt. UnreachableSince is when reads started failing, when the
	// source knows it (a Watcher's *ReadError).
	ReadError        string     `json:"read_error,omitempty"`
	UnreachableSince *time.Time `json:"unreachable_since,omitempty"`
	Pool             *Pool      `json:"pool"`
}

// unreachable is what the source says of its latest read: "" when it
// succeeded, else why it failed and, when known, since when reads fail.
func unreachable(err error) (string, *time.Time) {
	if err == nil {
		return "", nil
	}
	if re, ok := errors.AsType[*ReadError](err); ok {
		since := re.Since
		return re.Err.Error(), &since
	}
	return err.Error(), nil
}

func (s *Server) viewOf(snap *Snapshot, p *Pool) *PoolView {
	v := &PoolView{Registry: snap.Registry, ChainID: snap.ChainID, Block: snap.Block, Time: snap.Time, ReadAt: snap.ReadAt, LocalVK: snap.LocalVK,
		Explorer: snap.Explorer, Pool: p}
	_, err := s.src.Snapshot()
	v.ReadError, v.UnreachableSince = unreachable(err)
	return v
}

// indexPage is the index's data: the snapshot and whether the L2 answers.
type indexPage struct {
	*Snapshot
	ReadError        string
	UnreachableSince *time.Time
}

func (s *Server) pool(w http.ResponseWriter, r *http.Request) (*Snapshot, *Pool) {
	snap := s.snapshot(w)
	if snap == nil {
		return nil, nil
	}
	p := snap.Pool(r.PathValue("id"))
	if p == nil {
		http.Error(w, fmt.Sprintf("no pool %q in registry %s", r.PathValue("id"), snap.Registry), http.StatusNotFound)
		return nil, nil
	}
	return snap, p
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("rendering page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(buf.Bytes())
}

func (s *Server) index(w http.ResponseWriter, r *http.Request) {
	snap := s.snapshot(w)
	if snap == nil {
		return
	}
	_, err := s.src.Snapshot()
	pg := indexPage{Snapshot: snap}
	pg.ReadError, pg.UnreachableSince = unreachable(err)
	s.render(w, "index.html", pg)
}

func (s *Server) poolPage(w http.ResponseWriter, r *http.Request) {
	snap, p := s.pool(w, r)
	if p == nil {
		return
	}
	initial, err := json.Marshal(s.viewOf(snap, p))
	if err != nil {
		s.log.Error("encoding pool", "pool", p.ID, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	s.render(w, "pool.html", struct {
		Snap      *Snapshot
		Pool      *Pool
		Initial   string
		RefreshMS int64
	}{snap, p, string(initial), s.refresh.Milliseconds()})
}

func (s *Server) writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		s.log.Debug("writing JSON", "err", err)
	}
}

func (s *Server) poolsJSON(w http.ResponseWriter, r *http.Request) {
	if snap := s.snapshot(w); snap != nil {
		s.writeJSON(w, snap)
	}
}

func (s *Server) poolJSON(w http.ResponseWriter, r *http.Request) {
	snap, p := s.pool(w, r)
	if p == nil {
		return
	}
	s.writeJSON(w, s.viewOf(snap, p))
}

func (s *Server) poolCSV(w http.ResponseWriter, r *http.Request) {
	_, p := s.pool(w, r)
	if p == nil {
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", safeName(p.ID)+"-disclosures.csv"))
	w.Header().Set("Cache-Control", "no-store")
	if err := WriteCSV(w, p); err != nil {
		s.log.Debug("writing CSV", "err", err)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	snap, err := s.src.Snapshot()
	switch {
	case snap == nil:
		http.Error(w, "not read yet", http.StatusServiceUnavailable)
	case err != nil:
		http.Error(w, "last read failed: "+err.Error(), http.StatusServiceUnavailable)
	default:
		fmt.Fprintf(w, "ok block %d\n", snap.Block)
	}
}

func safeName(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s)
}

// CSVHeader is the header row of WriteCSV. The figures are the integers
// the registry holds, named and scaled as in the JSON: energy_wh (watt
// hours), revenue_cents (hundredths of currency, the ISO 4217 code; empty
// when the view was not told), min_soh_permille (tenths of a percent).
var CSVHeader = []string{
	"pool", "keys", "epoch", "epoch_start_utc", "epoch_end_utc", "swaps", "energy_wh", "revenue_cents", "currency", "active_cabinets",
	"min_soh_permille", "withheld", "chunks", "policy", "policy_hash", "tx_hash", "block", "block_time_utc",
	"verifier", "vk_hash", "signers", "committee_signatures", "threshold", "verified_onchain", "reverified_locally", "payout_deposited", "payout_claimed",
}

// WriteCSV writes p's disclosures as RFC 4180 CSV (CRLF line ends, a
// header row, ISO 8601 UTC dates, plain integers as the JSON has them, no
// grouping): one row per epoch. A metric the policy withholds is an empty
// cell, and the withheld column names them. signers lists every recovered
// signer as "OperatorMSP (0x…)" (the address alone when its org is not
// known), separated by "; "; committee_signatures counts those from the
// committee.
func WriteCSV(w io.Writer, p *Pool) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("investor: csv: %w", err)
	}
	iso := func(t time.Time) string { return t.UTC().Format(time.RFC3339) }
	for _, d := range p.Disclosures {
		var signers []string
		for _, s := range d.Signers {
			signers = append(signers, s.Label())
		}
		dep, cl := "", ""
		if d.Payout != nil {
			dep, cl = d.Payout.Deposited, d.Payout.Claimed
		}
		figures := []string{strconv.FormatUint(d.Swaps, 10), strconv.FormatUint(d.EnergyWh, 10), strconv.FormatUint(d.RevenueCents, 10),
			strconv.FormatUint(d.ActiveCabinets, 10), strconv.FormatUint(d.MinSoHPermille, 10)}
		for m := range figures {
			if d.IsWithheld(policy.Metric(m)) {
				figures[m] = ""
			}
		}
		row := []string{
			p.ID, p.Keys.Kind, strconv.FormatUint(d.Epoch, 10), iso(d.Start), iso(d.End),
			figures[0], figures[1], figures[2], p.Currency, figures[3],
			figures[4], strings.Join(d.Withheld, " "), strconv.FormatUint(uint64(d.Chunks), 10),
			d.Policy, d.PolicyHash.String(), d.Tx, strconv.FormatUint(d.Block, 10), iso(d.BlockTime), d.Verifier, d.VKHash.String(),
			strings.Join(signers, "; "), strconv.Itoa(d.MemberSignatures()), strconv.Itoa(d.Threshold), d.OnChain.Status, d.Local.Status, dep, cl,
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("investor: csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("investor: csv: %w", err)
	}
	return nil
}

// currencyUnit names the unit of revenue figures: the ISO 4217 code, or
// "currency units" when the view was not told.
func currencyUnit(code string) string {
	if code == "" {
		return "currency units"
	}
	return code
}

// fixed formats x / 10^dec with exactly dec decimals.
func fixed(x uint64, dec int) string {
	s := strconv.FormatUint(x, 10)
	if dec == 0 {
		return s
	}
	if len(s) <= dec {
		s = strings.Repeat("0", dec-len(s)+1) + s
	}
	return s[:len(s)-dec] + "." + s[len(s)-dec:]
}

// groupInt formats x with thousands separators (1,234,567).
func groupInt(x uint64) string { return group(strconv.FormatUint(x, 10)) }

func group(digits string) string {
	var b strings.Builder
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// groupDecimal groups the integer part of a plain decimal and keeps keep
// decimals (rounding half up).
func groupDecimal(s string, keep int) string {
	intPart, frac, _ := strings.Cut(s, ".")
	if len(frac) > keep {
		// round half up on the decimal string
		n, _ := strconv.ParseUint(intPart+frac[:keep], 10, 64)
		if frac[keep] >= '5' {
			n++
		}
		r := fixed(n, keep)
		intPart, frac, _ = strings.Cut(r, ".")
	}
	if keep == 0 {
		return group(intPart)
	}
	return group(intPart) + "." + frac
}

// Serve serves h on ln until ctx is done, then shuts down gracefully
// (in-flight requests get up to 5 s).
func Serve(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("investor: serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("investor: shutdown: %w", err)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("investor: serve: %w", err)
	}
	return nil
}

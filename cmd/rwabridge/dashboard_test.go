package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
	"github.com/rwabridge/rwabridge/onshore/sealer"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// noLedger is a ledger that is never called: the registries below are
// built by the real constructors, which only register metrics.
type noLedger struct{}

func (noLedger) SubmitBatch(context.Context, []telemetry.SignedEvent) ([]ledger.EventResult, error) {
	panic("not called")
}

func (noLedger) Seal(context.Context, telemetry.PoolID, uint64, []byte) (*ledger.Seal, error) {
	panic("not called")
}
func (noLedger) ListSeals(context.Context, telemetry.PoolID) ([]ledger.Seal, error) {
	panic("not called")
}
func (noLedger) RecordsPage(context.Context, ledger.RecordsRequest) (*ledger.RecordsPage, error) {
	panic("not called")
}

func (noLedger) Attestations(context.Context, telemetry.PoolID, uint64) ([]ledger.Attestation, error) {
	panic("not called")
}

func (noLedger) RecordExport(context.Context, ledger.ExportRequest) (*ledger.Export, error) {
	panic("not called")
}

func (noLedger) Records(context.Context, telemetry.PoolID, uint64, func(telemetry.SignedEvent) error) error {
	panic("not called")
}

func (noLedger) RecordAttestation(context.Context, ledger.AttestationRequest) (*ledger.Attestation, error) {
	panic("not called")
}

// registeredMetrics builds the metric registries of every long-running
// command the way the commands do (newMetricsRegistry and each part's own
// constructor) and returns the names they register.
func registeredMetrics(t *testing.T) map[string]bool {
	t.Helper()
	dir := t.TempDir()
	var regs []*prometheus.Registry
	newReg := func() *prometheus.Registry { r := newMetricsRegistry(); regs = append(regs, r); return r }

	// agent (and its in-process sealer)
	cfg := agent.Default()
	cfg.DataDir, cfg.Devices = filepath.Join(dir, "agent"), "devices.yaml"
	areg := newReg()
	a, err := agent.New(cfg, telemetry.NewRegistry("test"), noLedger{}, agent.Options{Metrics: areg})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })

	// sealer
	_, doc, err := policies.Resolve(policies.DefaultID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sealer.New(noLedger{}, doc, sealer.Config{Pools: []sealer.Pool{{ID: "p"}}, Grace: sealer.DefaultGrace, Retry: sealerRetry},
		sealer.Options{Registerer: newReg()}); err != nil {
		t.Fatal(err)
	}

	// attestor
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	acfg := attest.Default()
	acfg.Org, acfg.ChainID, acfg.Registry = "OperatorMSP", 1337, "0x5FbDB2315678afecb367f032d93F642f64180aa3"
	if _, err := attest.New(acfg, noLedger{}, key, nil, attest.WithRegisterer(newReg())); err != nil {
		t.Fatal(err)
	}

	// relayer
	rcfg := relay.Default()
	rcfg.RPC, rcfg.Registry, rcfg.Keys, rcfg.Outbox = "http://127.0.0.1:1", "0x5FbDB2315678afecb367f032d93F642f64180aa3", dir, filepath.Join(dir, "outbox")
	box, err := outbox.Open(rcfg.Outbox, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { box.Close() })
	chain, err := ethclient.Dial(rcfg.RPC) // not dialled until called, and never called
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Close)
	if _, err := relay.New(rcfg, relay.Deps{Ledger: noLedger{}, Chain: chain, Prover: &prove.Prover{}, Outbox: box, Key: key,
		Registerer: newReg()}); err != nil {
		t.Fatal(err)
	}

	// investor view
	newReg().MustRegister(newInvestorCollector(func() (*investor.Snapshot, error) { return nil, nil }))

	// chaincode
	if _, err := newMeteredChaincode(fabric.PlainChaincode{}, []string{fabric.PlainPutKeys}, newReg()); err != nil {
		t.Fatal(err)
	}

	names := map[string]bool{}
	fq := regexp.MustCompile(`fqName: "([^"]+)"`)
	for _, r := range regs {
		ch := make(chan *prometheus.Desc, 64)
		go func() { r.Describe(ch); close(ch) }()
		for d := range ch {
			m := fq.FindStringSubmatch(d.String())
			if m == nil {
				t.Fatalf("no name in %s", d)
			}
			names[m[1]] = true
		}
	}
	return names
}

// promqlKeywords are PromQL's functions, aggregations and keywords: every
// other identifier in an expression is a metric name.
var promqlKeywords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`sum min max avg group stddev stdvar count count_values bottomk topk quantile limitk limit_ratio
		by without on ignoring group_left group_right bool and or unless offset atan2
		abs absent absent_over_time ceil changes clamp clamp_max clamp_min day_of_month day_of_week day_of_year days_in_month
		delta deriv exp floor histogram_avg histogram_count histogram_fraction histogram_quantile histogram_stddev histogram_stdvar histogram_sum
		holt_winters double_exponential_smoothing hour idelta increase irate label_join label_replace ln log2 log10 minute month
		predict_linear rate resets round scalar sgn sort sort_desc sort_by_label sort_by_label_desc sqrt time timestamp vector year
		avg_over_time min_over_time max_over_time sum_over_time count_over_time quantile_over_time stddev_over_time stdvar_over_time
		last_over_time present_over_time mad_over_time label_values inf nan`) {
		promqlKeywords[w] = true
	}
}

var (
	promqlStrings   = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
	promqlMatchers  = regexp.MustCompile(`\{[^}]*\}`)
	promqlRanges    = regexp.MustCompile(`\[[^\]]*\]`)
	promqlGroupings = regexp.MustCompile(`\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)`)
	promqlIdents    = regexp.MustCompile(`(?:^|[^A-Za-z0-9_.:$])([A-Za-z_:][A-Za-z0-9_:]*)`)
)

// promqlMetrics returns the metric names an expression selects.
func promqlMetrics(expr string) []string {
	e := promqlStrings.ReplaceAllString(expr, `""`)
	e = promqlMatchers.ReplaceAllString(e, " ")
	e = promqlRanges.ReplaceAllString(e, " ")
	e = promqlGroupings.ReplaceAllString(e, " ")
	var out []string
	for _, m := range promqlIdents.FindAllStringSubmatch(e, -1) {
		if !promqlKeywords[strings.ToLower(m[1])] {
			out = append(out, m[1])
		}
	}
	return out
}

func TestPromqlMetricsFindsTheSelectedMetricsOnly(t *testing.T) {
	for expr, want := range map[string][]string{
		`histogram_quantile(0.99, sum by (le, function) (rate(x_seconds_bucket{a="b", c=~"$pool"}[5m])))`: {"x_seconds_bucket"},
		`time() - max by (pool) (a_timestamp{pool=~"$pool"}) > 1e9`:                                       {"a_timestamp"},
		`sum(rate(a_sum[1d])) / sum(rate(a_count[1d])) or on(pool) b`:                                     {"a_sum", "a_count", "b"},
		`label_values(rwabridge_relay_epochs, pool)`:                                                      {"rwabridge_relay_epochs", "pool"},
	} {
		if got := promqlMetrics(expr); !slices.Equal(got, want) {
			t.Errorf("promqlMetrics(%q) = %q, want %q", expr, got, want)
		}
	}
}

// TestTheDashboardQueriesOnlyRegisteredMetrics: every metric that
// deploy/grafana/rwabridge.json queries is one a long-running command
// registers (a histogram's _bucket, _sum and _count included), every panel
// queries one, and the dashboard covers what an operator watches.
func TestTheDashboardQueriesOnlyRegisteredMetrics(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "deploy", "grafana", "rwabridge.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		UID    string `json:"uid"`
		Panels []struct {
			Title   string `json:"title"`
			Type    string `json:"type"`
			Targets []struct {
				Expr string `json:"expr"`
			} `json:"targets"`
		} `json:"panels"`
		Templating struct {
			List []struct {
				Name  string          `json:"name"`
				Type  string          `json:"type"`
				Query json.RawMessage `json:"query"`
			} `json:"list"`
		} `json:"templating"`
	}
	if err := json.Unmarshal(data, &dash); err != nil {
		t.Fatal(err)
	}
	if dash.UID == "" || len(dash.Panels) == 0 {
		t.Fatalf("not a dashboard: uid %q, %d panels", dash.UID, len(dash.Panels))
	}
	registered := registeredMetrics(t)
	known := func(name string) bool {
		if registered[name] {
			return true
		}
		for _, suffix := range []string{"_bucket", "_sum", "_count"} {
			if base, ok := strings.CutSuffix(name, suffix); ok && registered[base] {
				return true
			}
		}
		return false
	}
	used := map[string]bool{}
	for _, p := range dash.Panels {
		if p.Type == "row" {
			continue
		}
		if len(p.Targets) == 0 {
			t.Errorf("panel %q queries nothing", p.Title)
		}
		for _, tg := range p.Targets {
			names := promqlMetrics(tg.Expr)
			if len(names) == 0 {
				t.Errorf("panel %q: %q names no metric", p.Title, tg.Expr)
			}
			for _, n := range names {
				used[n] = true
				if !known(n) {
					t.Errorf("panel %q queries %s, which no rwabridge command registers", p.Title, n)
				}
			}
		}
	}
	for _, v := range dash.Templating.List {
		if v.Type != "query" {
			continue
		}
		var q struct {
			Query string `json:"query"`
		}
		if err := json.Unmarshal(v.Query, &q); err != nil {
			t.Fatalf("variable %s: %v", v.Name, err)
		}
		m := regexp.MustCompile(`^label_values\(([A-Za-z_:][A-Za-z0-9_:]*)`).FindStringSubmatch(q.Query)
		if m == nil || !known(m[1]) {
			t.Errorf("variable %s: %q does not read a registered metric", v.Name, q.Query)
		}
	}
	for _, want := range []string{
		"rwabridge_agent_events_received_total", "rwabridge_agent_events_rejected_total", "rwabridge_agent_queue_events",
		"rwabridge_sealer_lag_seconds", "rwabridge_relay_prove_seconds_bucket", "rwabridge_relay_epochs",
		"rwabridge_relay_disclosed_epoch_end_timestamp_seconds",
	} {
		if !used[want] {
			t.Errorf("the dashboard does not show %s", want)
		}
	}
}

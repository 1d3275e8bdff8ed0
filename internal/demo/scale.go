package demo

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/circuits/prover"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// The stages of RunScale, in order.
const (
	ScaleSimulate = "simulate"
	ScaleIngest   = "ingest"
	ScaleSeal     = "seal"
	ScaleSetup    = "setup"
	ScaleDeploy   = "deploy"
	ScaleProve    = "prove"
	ScaleAttest   = "attest"
	ScaleRelay    = "relay"
	ScaleVerify   = "verify"
)

// ScaleStages lists RunScale's stages in order.
var ScaleStages = []string{ScaleSimulate, ScaleIngest, ScaleSeal, ScaleSetup, ScaleDeploy, ScaleProve, ScaleAttest, ScaleRelay, ScaleVerify}

// sealedToVerified are the stages "sealed to verified" counts: setup and
// deploy happen once per key and deployment, not once per epoch.
var sealedToVerified = map[string]bool{ScaleProve: true, ScaleAttest: true, ScaleRelay: true, ScaleVerify: true}

// DefaultScaleCapacity is the product's chunk capacity, the default of
// `rwabridge bench scale`.
const DefaultScaleCapacity = 1024

// recordsPerCabinet is a little under what a simulated cabinet sends in a
// day (60–140 swaps plus heartbeats; about 92 on average), so that
// DefaultScaleCabinets(n) cabinets send at least n events.
const recordsPerCabinet = 80

// ErrFleetTooSmall: the simulated fleet sent fewer events in the day than
// the records asked for.
var ErrFleetTooSmall = errors.New("the simulated fleet sent too few events")

// ScaleConfig is one run of RunScale.
type ScaleConfig struct {
	// Records is how many records the epoch holds.
	Records int
	// Capacity is the chunk capacity (a power of two).
	Capacity int
	// Workers is how many chunks are proven at once.
	Workers int
	// KeysDir caches the development keys of Capacity (created and reused).
	KeysDir string
	// Cabinets in the simulated fleet; 0 means DefaultScaleCabinets.
	Cabinets int
	// Pool, Seed and Day (a past UTC midnight: the epoch) of the fleet.
	Pool telemetry.PoolID
	Seed uint64
	Day  time.Time
	// ChunksPerTx is the most chunk proofs one relayer transaction
	// carries: an epoch of more goes in parts (0: the relayer's default,
	// registry.DefaultChunksPerTx).
	ChunksPerTx int
	// Progress hears the stages' progress (nil: none).
	Progress io.Writer
}

// DefaultScaleConfig returns the defaults of `rwabridge bench scale`
// without Records and KeysDir.
func DefaultScaleConfig() ScaleConfig {
	s := sim.Default()
	return ScaleConfig{Capacity: DefaultScaleCapacity, Workers: 1, Pool: s.Pool, Seed: 1, Day: s.Start}
}

// DefaultScaleCabinets is the fleet that sends n records in a day: one
// cabinet per 80 records, and at least the default policy's k.
func DefaultScaleCabinets(n int) int {
	c := (n + recordsPerCabinet - 1) / recordsPerCabinet
	if p, err := policies.Default(); err == nil {
		c = max(c, int(p.MinActiveCabinets))
	}
	return c
}

// Validate reports every problem of the config, each wrapping
// ErrInvalidConfig.
func (c *ScaleConfig) Validate() error {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, a...)))
	}
	if c.Records < 1 {
		bad("records %d: give at least 1", c.Records)
	}
	if err := commit.CheckCapacity(c.Capacity); err != nil {
		bad("capacity %d: %v", c.Capacity, err)
	}
	if c.Workers < 1 {
		bad("workers %d: give at least 1", c.Workers)
	}
	if c.ChunksPerTx < 0 || c.ChunksPerTx > registry.MaxChunksPerTx {
		bad("chunks per transaction %d: give 1 to %d (0: the relayer's default, %d)", c.ChunksPerTx, registry.MaxChunksPerTx, registry.DefaultChunksPerTx)
	}
	if c.KeysDir == "" {
		bad("the keys directory is required")
	}
	cabinets := c.cabinets()
	p, err := policies.Default()
	switch {
	case err != nil:
		bad("default policy: %v", err)
	case c.Records > 0 && c.Records < int(p.MinActiveCabinets):
		bad("records %d: the policy %s discloses an epoch only with at least %d active cabinets, each with a record; give %d or more",
			c.Records, p.ID, p.MinActiveCabinets, p.MinActiveCabinets)
	case cabinets < int(p.MinActiveCabinets):
		bad("cabinets %d: the policy %s discloses an epoch only with at least %d active cabinets; give %d or more",
			cabinets, p.ID, p.MinActiveCabinets, p.MinActiveCabinets)
	case c.Records > 0 && cabinets > c.Records:
		bad("cabinets %d for %d records: some cabinets would send nothing; give at most %d", cabinets, c.Records, c.Records)
	case cabinets > sim.MaxCabinets:
		bad("cabinets %d: the simulator runs at most %d", cabinets, sim.MaxCabinets)
	}
	if err == nil && !c.Day.Equal(p.EpochStart(p.EpochOf(c.Day))) {
		bad("day %s: give the start of an epoch (a UTC midnight)", c.Day)
	} else if err == nil && p.EpochEnd(p.EpochOf(c.Day)).After(time.Now()) {
		bad("day %s has not ended: give a past day", c.Day.Format(time.DateOnly))
	}
	return errors.Join(errs...)
}

func (c *ScaleConfig) cabinets() int {
	if c.Cabinets != 0 {
		return c.Cabinets
	}
	return DefaultScaleCabinets(c.Records)
}

// ScaleStage is one finished stage of RunScale.
type ScaleStage struct {
	Name      string
	Wall, CPU time.Duration // CPU: the process's user + system time
	Detail    string
}

// ScaleResult is what RunScale measured.
type ScaleResult struct {
	Records, Cabinets, Capacity, Workers int
	Seal                                 ledger.Seal
	Stages                               []ScaleStage
	KeysCached                           bool
	// Gas is the gas of every transaction the relayer sent, Txs their
	// number.
	Gas uint64
	Txs int
	// PeakRSS is the process's peak resident set in bytes (0 where not
	// measured).
	PeakRSS int64
	// SealedToVerified is the wall time of the stages from the end of the
	// seal to the end of the verification, setup and deploy excluded.
	SealedToVerified time.Duration
}

// GasPerRecord is Gas over Records.
func (r *ScaleResult) GasPerRecord() float64 { return float64(r.Gas) / float64(r.Records) }

// Stage returns the named stage, or nil.
func (r *ScaleResult) Stage(name string) *ScaleStage {
	for i := range r.Stages {
		if r.Stages[i].Name == name {
			return &r.Stages[i]
		}
	}
	return nil
}

// RunScale runs the whole path for one pool and one epoch of cfg.Records
// records, printing each stage to out as a row of a table as it ends, then
// the totals and "disclosed and verified":
//
//   - simulate: a fleet of cfg.Cabinets cabinets (onshore/sim, signed by
//     their registered device keys) for the day; its first Records events in
//     feed order are the epoch's (the rest of its day is not sent);
//   - ingest: the agent drains them (as `rwabridge agent --once` does) into
//     an embedded ledger in a temporary directory, removed after;
//   - seal: the ledger seals the epoch under the default policy;
//   - setup: development keys of cfg.Capacity, cached in cfg.KeysDir;
//   - deploy: the contracts on an in-process simulated L2 under Osaka rules
//     (a transaction's gas is capped at 2^24), as the demo deploys them;
//   - prove: every chunk, cfg.Workers at a time (bridge/prove);
//   - attest: each of the three committee orgs' attestors (a quorum is two);
//   - relay: the relayer posts the disclosure, in parts of at most
//     cfg.ChunksPerTx chunks when the epoch has more; its transactions and
//     their gas are counted;
//   - verify: the registry's record read back and its figures checked
//     against the seal's, the bundle verified offline and the registry
//     audited as `rwabridge audit verify` does.
func RunScale(ctx context.Context, cfg ScaleConfig, out io.Writer) (*ScaleResult, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.Cabinets = cfg.cabinets()
	progress := cfg.Progress
	if progress == nil {
		progress = io.Discard
	}
	p, doc, err := policies.Resolve(policies.DefaultID)
	if err != nil {
		return nil, fmt.Errorf("scale: default policy: %w", err)
	}
	tmp, err := os.MkdirTemp("", "rwabridge-scale-")
	if err != nil {
		return nil, fmt.Errorf("scale: %w", err)
	}
	defer os.RemoveAll(tmp)
	dc := Default()
	dc.DataDir, dc.Pool, dc.Cabinets, dc.Days, dc.Seed, dc.Start = tmp, cfg.Pool, cfg.Cabinets, 1, cfg.Seed, cfg.Day
	dc.Capacity, dc.DevKeys, dc.KeysDir, dc.Investors = cfg.Capacity, true, cfg.KeysDir, 2
	r := &run{cfg: dc, out: progress, log: slog.New(slog.DiscardHandler), policy: p, doc: doc, began: time.Now(),
		rep: &Report{DataDir: tmp, KeysDir: cfg.KeysDir}, chunksPerTx: cfg.ChunksPerTx}
	defer func() {
		if r.chain != nil {
			r.chain.Close()
		}
		r.closeLedger()
	}()
	res := &ScaleResult{Records: cfg.Records, Cabinets: cfg.Cabinets, Capacity: cfg.Capacity, Workers: cfg.Workers}
	epoch := p.EpochOf(cfg.Day)
	fmt.Fprintf(out, "rwabridge bench scale: %d records of pool %s in epoch %d (%s, policy %s v%d) from %d cabinets; chunks of %d records, %d prover worker(s)\n",
		cfg.Records, cfg.Pool, epoch, cfg.Day.Format(time.DateOnly), p.ID, p.Version, cfg.Cabinets, cfg.Capacity, cfg.Workers)
	fmt.Fprintf(out, "%-9s %10s %10s  %s\n", "stage", "wall", "cpu", "detail")
	steps := []struct {
		name string
		fn   func(context.Context) (string, error)
	}{
		{ScaleSimulate, func(ctx context.Context) (string, error) { return r.simulateRecords(ctx, cfg.Records) }},
		{ScaleIngest, r.ingest},
		{ScaleSeal, func(ctx context.Context) (string, error) { return r.sealOne(ctx, epoch, cfg.Records, res) }},
		{ScaleSetup, func(ctx context.Context) (string, error) {
			d, err := r.devKeys(ctx)
			res.KeysCached = r.keysReused
			if r.keysReused {
				d = "cached: " + d
			}
			return d, err
		}},
		{ScaleDeploy, r.deploy},
		{ScaleProve, func(ctx context.Context) (string, error) { return r.proveAll(ctx, cfg.Workers) }},
		{ScaleAttest, r.attestAll},
		{ScaleRelay, func(ctx context.Context) (string, error) { return r.relayCounted(ctx, res) }},
		{ScaleVerify, func(ctx context.Context) (string, error) { return r.verifyScale(ctx, &res.Seal) }},
	}
	for _, s := range steps {
		fmt.Fprintf(progress, "%s...\n", s.name)
		cpu0, _ := usage()
		t := time.Now()
		detail, err := s.fn(ctx)
		if err == nil {
			err = ctx.Err()
		}
		cpu1, _ := usage()
		st := ScaleStage{Name: s.name, Wall: time.Since(t), CPU: cpu1 - cpu0, Detail: detail}
		if err != nil {
			fmt.Fprintf(out, "%-9s %10s %10s  FAILED\n", s.name, round(st.Wall), round(st.CPU))
			return res, fmt.Errorf("scale: stage %s: %w", s.name, err)
		}
		res.Stages = append(res.Stages, st)
		if sealedToVerified[s.name] {
			res.SealedToVerified += st.Wall
		}
		fmt.Fprintf(out, "%-9s %10s %10s  %s\n", s.name, round(st.Wall), round(st.CPU), detail)
	}
	_, res.PeakRSS = usage()
	fmt.Fprintf(out, "total gas: %d in %d transaction(s) of the relayer\n", res.Gas, res.Txs)
	fmt.Fprintf(out, "gas per record: %.2f\n", res.GasPerRecord())
	if res.PeakRSS > 0 {
		fmt.Fprintf(out, "peak RSS: %d MiB\n", res.PeakRSS>>20)
	} else {
		fmt.Fprintln(out, "peak RSS: not measured on this system")
	}
	fmt.Fprintf(out, "sealed to verified: %s (prove, attest, relay, verify; setup and deploy, once per key and deployment, excluded)\n", round(res.SealedToVerified))
	fmt.Fprintln(out, "disclosed and verified")
	return res, nil
}

func round(d time.Duration) time.Duration {
	if d < time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(10 * time.Millisecond)
}

// simulateRecords simulates the fleet's day into the data directory's
// fleet, keeping its first n events in feed order.
func (r *run) simulateRecords(ctx context.Context, n int) (string, error) {
	sc := r.cfg.simConfig()
	var last time.Time
	began := time.Now()
	sc.Progress = func(p sim.Progress) {
		if time.Since(last) < 10*time.Second && p.Hours < p.TotalHours {
			return
		}
		last = time.Now()
		el := time.Since(began)
		eta := time.Duration(float64(el) / float64(p.Hours) * float64(p.TotalHours-p.Hours))
		fmt.Fprintf(r.out, "  simulate: hour %d/%d, %d events, %s elapsed, ETA %s\n", p.Hours, p.TotalHours, p.Events, round(el), round(eta))
	}
	dir := r.fleetDir()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("fleet: %w", err)
	}
	var res sim.Result
	first := &firstLines{n: n}
	err := atomicfile.Write(filepath.Join(dir, sim.EventsFile), 0o644, func(w io.Writer) error {
		first.w = w
		var err error
		res, err = sim.Generate(ctx, sc, first)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("simulating the fleet: %w", err)
	}
	if first.lines < n {
		return "", fmt.Errorf("%w: %d cabinets sent %d events on %s, fewer than the %d records asked for: give --cabinets %d or more",
			ErrFleetTooSmall, sc.Cabinets, res.Events, sc.Start.Format(time.DateOnly), n, (n*sc.Cabinets)/max(1, int(res.Events))+1)
	}
	reg, err := yaml.Marshal(res.Fleet.Registry)
	if err != nil {
		return "", fmt.Errorf("device registry: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, sim.DevicesFile), reg, 0o644); err != nil {
		return "", fmt.Errorf("device registry: %w", err)
	}
	return fmt.Sprintf("%d cabinets sent %d signed events (%d swaps, %d heartbeats) on %s; the first %d in feed order are sent",
		sc.Cabinets, res.Events, res.Swaps, res.Heartbeats, sc.Start.Format(time.DateOnly), n), nil
}

// firstLines passes the first n lines written to it on to w and drops the
// rest.
type firstLines struct {
	w     io.Writer
	n     int
	lines int
}

func (f *firstLines) Write(p []byte) (int, error) {
	if f.lines >= f.n {
		return len(p), nil
	}
	end := 0
	for end < len(p) && f.lines < f.n {
		if p[end] == '\n' {
			f.lines++
		}
		end++
	}
	if _, err := f.w.Write(p[:end]); err != nil {
		return 0, err
	}
	return len(p), nil
}

// sealOne seals the epoch and checks it holds every record sent.
func (r *run) sealOne(ctx context.Context, epoch uint64, n int, res *ScaleResult) (string, error) {
	_, client, err := r.openLedger()
	if err != nil {
		return "", err
	}
	s, err := client.Seal(ctx, r.cfg.Pool, epoch, r.doc)
	if err != nil {
		return "", fmt.Errorf("sealing epoch %d: %w", epoch, err)
	}
	switch {
	case s.Count != uint64(n):
		return "", fmt.Errorf("%w: the seal commits %d records, %d were sent", ErrMismatch, s.Count, n)
	case !s.Disclosable:
		return "", fmt.Errorf("epoch %d has %d active cabinets, below k = %d: nothing would be disclosed; give more --cabinets", epoch, s.ActiveCabinets, s.MinActiveCabinets)
	}
	res.Seal = *s
	r.rep.Epochs = []*Epoch{{Seal: *s, Disclosable: true}}
	return fmt.Sprintf("%d records in %d chunk(s) of %d, %d active cabinets, root %s", s.Count, len(s.Chunks), s.ChunkCapacity, s.ActiveCabinets, s.Root), nil
}

// proveAll proves the epoch, workers chunks at a time, printing each
// chunk's end with an ETA.
func (r *run) proveAll(ctx context.Context, workers int) (string, error) {
	_, client, err := r.openLedger()
	if err != nil {
		return "", err
	}
	ep := r.rep.Epochs[0]
	began := time.Now()
	var mu sync.Mutex
	done := 0
	pr := &prove.Prover{Records: client, Keys: r.keySet, Policies: []*policy.Policy{r.policy}, Workers: workers,
		Progress: func(e prover.Event) {
			if e.Stage != prover.StageDone {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			done++
			el := time.Since(began)
			eta := time.Duration(float64(el) / float64(done) * float64(e.Total-done))
			fmt.Fprintf(r.out, "  prove: chunk %d done (%d/%d), %s elapsed, ETA %s\n", e.Index, done, e.Total, round(el), round(eta))
		}}
	b, err := pr.Prove(ctx, &ep.Seal)
	if err != nil {
		return "", err
	}
	ep.Bundle = b
	return fmt.Sprintf("%d chunk proof(s), %d at a time", len(b.Chunks), workers), nil
}

// relayCounted posts the disclosure with the relayer and counts the
// transactions it sent and their gas.
func (r *run) relayCounted(ctx context.Context, res *ScaleResult) (string, error) {
	c := r.chain.sim.Client()
	from, err := c.BlockNumber(ctx)
	if err != nil {
		return "", fmt.Errorf("chain head: %w", err)
	}
	n, err := r.post(ctx)
	if err != nil {
		return "", err
	}
	if n != 1 {
		return "", fmt.Errorf("%w: the relayer exported %d epochs, want 1", ErrMismatch, n)
	}
	to, err := c.BlockNumber(ctx)
	if err != nil {
		return "", fmt.Errorf("chain head: %w", err)
	}
	relayer := ethkey.Address(r.chain.relayer)
	signer := types.LatestSignerForChainID(r.rep.Chain.ChainID)
	for b := from + 1; b <= to; b++ {
		block, err := c.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			return "", fmt.Errorf("block %d: %w", b, err)
		}
		for _, tx := range block.Transactions() {
			if s, err := types.Sender(signer, tx); err != nil || s != relayer {
				continue
			}
			rc, err := c.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return "", fmt.Errorf("receipt of %s: %w", tx.Hash().Hex(), err)
			}
			if rc.Status != types.ReceiptStatusSuccessful {
				return "", fmt.Errorf("the relayer's transaction %s reverted", tx.Hash().Hex())
			}
			res.Gas += rc.GasUsed
			res.Txs++
		}
	}
	if res.Txs == 0 {
		return "", errors.New("the relayer exported the epoch but no transaction of it was mined")
	}
	return fmt.Sprintf("%d transaction(s) from the relayer %s, %d gas; disclosure in tx %s",
		res.Txs, relayer.Hex(), res.Gas, r.rep.Epochs[0].TxHash), nil
}

// verifyScale reads the registry's record of the epoch back and checks its
// figures against the seal's, then verifies as the demo does (the bundle
// offline, the registry's audit, the epoch recomputed onshore).
func (r *run) verifyScale(ctx context.Context, s *ledger.Seal) (string, error) {
	rd := registry.Reader{Chain: r.chain.sim.Client(), Address: r.rep.Chain.Addresses.Registry}
	ev, err := rd.Disclosure(ctx, s.Pool.Field(), s.Epoch)
	if err != nil {
		return "", err
	}
	d := registry.OfEvent(ev)
	switch {
	case d.Root.Cmp(s.Root.BigInt()) != 0:
		return "", fmt.Errorf("%w: the registry's root %s, the seal's %s", ErrMismatch, d.Root, s.Root)
	case int(d.Chunks) != len(s.Chunks):
		return "", fmt.Errorf("%w: the registry's record has %d chunks, the seal %d", ErrMismatch, d.Chunks, len(s.Chunks))
	case d.Suppressed:
		return "", fmt.Errorf("%w: the registry's record is suppressed, the seal is disclosable", ErrMismatch)
	}
	for _, m := range s.Metrics {
		id, err := policy.ParseMetric(m.Metric)
		if err != nil {
			return "", fmt.Errorf("seal metric: %w", err)
		}
		if got := d.Metrics[id]; got != m.Value {
			return "", fmt.Errorf("%w: %s is %d on the registry, %d in the seal", ErrMismatch, m.Metric, got, m.Value)
		}
	}
	detail, err := r.verify(ctx)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("the registry's record equals the seal (root, %d chunks, %d metrics); %s", d.Chunks, len(s.Metrics), detail), nil
}

package demo

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Identities on the embedded ledger.
const (
	operatorID = "rwabridge-demo"
)

func (r *run) fleetDir() string {
	if r.cfg.Fleet != "" {
		return r.cfg.Fleet
	}
	return filepath.Join(r.cfg.DataDir, "fleet")
}

// simulate writes the fleet (or reuses the one an earlier run wrote: the
// same parameters give the same bytes).
func (r *run) simulate(ctx context.Context) (string, error) {
	dir := r.fleetDir()
	events := filepath.Join(dir, sim.EventsFile)
	if r.cfg.Fleet != "" || exists(events) && exists(filepath.Join(dir, sim.DevicesFile)) {
		n, err := countLines(events)
		if err != nil {
			return "", err
		}
		r.rep.Events = n
		return fmt.Sprintf("fleet %s: %d events (reused)", dir, n), nil
	}
	sc := r.cfg.simConfig()
	res, err := sim.WriteDir(ctx, sc, dir)
	if err != nil {
		return "", fmt.Errorf("simulating the fleet: %w", err)
	}
	r.rep.Events = res.Events
	return fmt.Sprintf("%d cabinets over %d day(s) from %s: %d signed events (%d swaps, %d heartbeats; %d forwarded late after link outages) in %s",
		sc.Cabinets, sc.Days, sc.Start.Format(time.DateOnly), res.Events, res.Swaps, res.Heartbeats, res.Forwarded, dir), nil
}

// openLedger opens the embedded ledger of the data directory once per run,
// writing its config with the demo's chunk capacity on first use. Run
// closes it.
func (r *run) openLedger() (*embedded.Ledger, *ledger.Client, error) {
	if r.ledger != nil {
		return r.ledger, r.client, nil
	}
	dir, cfg, err := embedded.LoadDirConfig(r.cfg.DataDir)
	if err != nil {
		return nil, nil, fmt.Errorf("embedded ledger config: %w", err)
	}
	if !exists(filepath.Join(dir, embedded.ConfigFile)) {
		cfg.Contract.ChunkCapacity = r.cfg.Capacity
		if err := embedded.WriteDirConfig(r.cfg.DataDir, cfg); err != nil {
			return nil, nil, err
		}
	} else if cfg.Contract.ChunkCapacity != r.cfg.Capacity {
		return nil, nil, fmt.Errorf("%w: the ledger in %s has chunks of %d records, this run asks for %d: add --fresh",
			ErrDataDirMismatch, dir, cfg.Contract.ChunkCapacity, r.cfg.Capacity)
	}
	l, err := embedded.OpenDir(r.cfg.DataDir, r.log.With("part", "ledger"))
	if err != nil {
		return nil, nil, fmt.Errorf("embedded ledger: %w", err)
	}
	id := ledger.Identity{MSPID: l.Config().Contract.OperatorMSP, ID: operatorID, Admin: true}
	r.ledger, r.client = l, ledger.NewClient(l.Invoker(id))
	return r.ledger, r.client, nil
}

// closeLedger closes the run's ledger, if open; the next openLedger opens
// it again.
func (r *run) closeLedger() error {
	if r.ledger == nil {
		return nil
	}
	err := r.ledger.Close()
	r.ledger, r.client = nil, nil
	if err != nil {
		return fmt.Errorf("embedded ledger: %w", err)
	}
	return nil
}

// restartExported starts the onshore ledger (and the agent's queue, whose
// marks point into it) afresh when an earlier run exported disclosures
// from it: that run's L2 lived in memory and is gone, and the ledger's
// export log is append-only, so it would keep pointing at transactions of
// a chain that no longer exists. The fleet, keys and proof bundles stay;
// the same records give the same seals, so the bundles still fit.
func (r *run) restartExported(ctx context.Context) (bool, error) {
	if !exists(filepath.Join(embedded.Path(r.cfg.DataDir), embedded.ConfigFile)) {
		return false, nil
	}
	_, client, err := r.openLedger()
	if err != nil {
		return false, err
	}
	exports, err := client.ExportLog(ctx, r.cfg.Pool)
	if err != nil {
		return false, fmt.Errorf("reading the ledger's export log: %w", err)
	}
	if len(exports) == 0 {
		return false, nil
	}
	if err := r.closeLedger(); err != nil {
		return false, err
	}
	for _, dir := range []string{embedded.Path(r.cfg.DataDir), filepath.Dir(filepath.Join(r.cfg.DataDir, agent.QueueFile))} {
		if err := os.RemoveAll(dir); err != nil {
			return false, fmt.Errorf("restarting the onshore ledger: %w", err)
		}
	}
	return true, nil
}

// ingest registers the fleet's devices on the ledger and drains the events
// file through the agent.
func (r *run) ingest(ctx context.Context) (string, error) {
	devices := filepath.Join(r.fleetDir(), sim.DevicesFile)
	reg, err := telemetry.LoadRegistry(devices)
	if err != nil {
		return "", fmt.Errorf("device registry: %w", err)
	}
	restarted, err := r.restartExported(ctx)
	if err != nil {
		return "", err
	}
	if restarted {
		fmt.Fprintln(r.out, "      the ledger had exported to an earlier run's in-memory L2, which is gone: starting the onshore ledger afresh (fleet, keys and proofs kept)")
	}
	_, client, err := r.openLedger()
	if err != nil {
		return "", err
	}
	added, err := client.RegisterDevices(ctx, reg)
	if err != nil {
		return "", fmt.Errorf("registering %d devices: %w", reg.Len(), err)
	}
	cfg := agent.Default()
	cfg.DataDir = r.cfg.DataDir
	cfg.Devices = devices
	cfg.Sources.Files = []string{filepath.Join(r.fleetDir(), sim.EventsFile)}
	bounds := r.policy.Bounds()
	a, err := agent.New(cfg, reg, client, agent.Options{Logger: r.log.With("part", "agent"), Metrics: r.registry(), Bounds: &bounds})
	if err != nil {
		return "", err
	}
	defer a.Close()
	sum, err := a.Drain(ctx)
	if err != nil {
		return "", fmt.Errorf("agent: %w (%d events still queued)", err, sum.Pending)
	}
	r.rep.Ingested = sum.Stored
	var ledgerRejected int64
	for _, n := range sum.LedgerRejected {
		ledgerRejected += n
	}
	return fmt.Sprintf("%d devices registered (%d new); read %d events: accepted %d, rejected at the edge %d; ledger stored %d, already had %d, rejected %d",
		reg.Len(), added, sum.Read, sum.Accepted, sum.RejectedTotal(), sum.Stored, sum.Duplicates, ledgerRejected), nil
}

// seal seals every epoch of the simulated span that is not sealed yet,
// oldest first: from the fleet's registration (a day before its first
// events, so one epoch without records, disclosed suppressed) through its
// last simulated day. A real sealer goes on to today (`rwabridge sealer`,
// `rwabridge ledger seal --all-ended`); the demo's fleet stops at the end
// of its span, so its pool goes stale after it, as the investor view says.
func (r *run) seal(ctx context.Context) (string, error) {
	_, client, err := r.openLedger()
	if err != nil {
		return "", err
	}
	sc := r.cfg.simConfig()
	var sealed []ledger.Seal
	for e := r.policy.EpochOf(sc.RegisteredAt()); r.policy.EpochEnd(e).Compare(sc.End()) <= 0; e++ {
		s, err := client.Seal(ctx, r.cfg.Pool, e, r.doc)
		switch {
		case errors.Is(err, ledger.ErrAlreadySealed):
		case err != nil:
			return "", fmt.Errorf("sealing epoch %d (%s): %w", e, r.policy.EpochStart(e).Format(time.DateOnly), err)
		default:
			sealed = append(sealed, *s)
		}
	}
	seals, err := client.ListSeals(ctx, r.cfg.Pool)
	if err != nil {
		return "", fmt.Errorf("listing seals: %w", err)
	}
	disclosable := 0
	for _, x := range seals {
		if x.PolicyHash != r.policy.Hash() {
			continue
		}
		r.rep.Epochs = append(r.rep.Epochs, &Epoch{Seal: x, Disclosable: x.Disclosable})
		if x.Disclosable {
			disclosable++
		}
	}
	if len(r.rep.Epochs) == 0 {
		return "", errors.New("no epoch with records has ended: nothing to seal")
	}
	return fmt.Sprintf("%d new seal(s), %d sealed in all; %d with figures (k ≥ %d active cabinets), %d suppressed (below k or no records)",
		len(sealed), len(r.rep.Epochs), disclosable, r.policy.MinActiveCabinets, len(r.rep.Epochs)-disclosable), nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

func countLines(path string) (int64, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return 0, fmt.Errorf("fleet: %w", err)
		}
		return 0, err
	}
	defer f.Close()
	var n int64
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) > 0 {
			n++
		}
	}
	return n, sc.Err()
}

// registry returns where a part registers its metrics: Config.Metrics,
// or a private registry.
func (r *run) registry() *prometheus.Registry {
	if r.cfg.Metrics == nil {
		return prometheus.NewRegistry()
	}
	return r.cfg.Metrics
}

// registerer is registry with labels on every metric (for parts that run
// once per org).
func (r *run) registerer(labels prometheus.Labels) prometheus.Registerer {
	return prometheus.WrapRegistererWith(labels, r.registry())
}

package demo

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"time"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/ceremony"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Errors of Run besides the stages' own (which a *StageError wraps).
var (
	// ErrDataDirMismatch: the data directory holds a demo made with other
	// parameters.
	ErrDataDirMismatch = errors.New("data directory holds another demo")
	// ErrNotDemoDir: the data directory is not empty and not a demo's.
	ErrNotDemoDir = errors.New("data directory is not a demo's")
	// ErrNothingDisclosed: no epoch was disclosable, so nothing crossed.
	ErrNothingDisclosed = errors.New("no epoch was disclosed")
	// ErrMismatch: the chain's record of a disclosure differs from its
	// proof bundle, or payouts claimed differ from those deposited.
	ErrMismatch = errors.New("on-chain state does not match")
)

// The stages, in order.
const (
	StageSimulate = "simulate"
	StageIngest   = "ingest"
	StageSeal     = "seal"
	StageKeys     = "keys"
	StageProve    = "prove"
	StageDeploy   = "deploy"
	StageRelay    = "attest+relay"
	StageGovern   = "govern"
	StagePayout   = "payout"
	StageVerify   = "verify"
	StageSummary  = "summary"
)

// Stages lists the stage names in the order Run runs them.
var Stages = []string{StageSimulate, StageIngest, StageSeal, StageKeys, StageProve, StageDeploy, StageRelay, StageGovern, StagePayout, StageVerify, StageSummary}

var stageTitles = map[string]string{
	StageSimulate: "simulate a fleet of battery-swap cabinets",
	StageIngest:   "ingest signed events with the agent into the embedded onshore ledger",
	StageSeal:     "seal every epoch of the simulated span under the default policy",
	StageKeys:     "set up development Groth16 keys",
	StageProve:    "prove every sealed epoch (suppressed below k)",
	StageDeploy:   "deploy the contracts on a simulated L2 (Osaka rules)",
	StageRelay:    "attest (every org; a quorum is 2 of 3) and relay the disclosures",
	StageGovern:   "change the committee through the timelock: scheduled in public, effective after the delay",
	StagePayout:   "deposit and claim revenue payouts",
	StageVerify:   "verify every disclosure offline and against the chain",
	StageSummary:  "investor summary",
}

// ceremonyTitle is StageKeys' title unless Config.DevKeys.
const ceremonyTitle = "hold the key ceremony of the three orgs (multi-party Groth16 setup; reused once verified)"

// StageError says which stage failed and why.
type StageError struct {
	Stage string
	Err   error
}

func (e *StageError) Error() string {
	return fmt.Sprintf("stage %d/%d (%s) failed: %v", stageIndex(e.Stage), len(Stages), e.Stage, e.Err)
}

func (e *StageError) Unwrap() error { return e.Err }

func stageIndex(name string) int {
	for i, s := range Stages {
		if s == name {
			return i + 1
		}
	}
	return 0
}

// StageResult is one finished stage.
type StageResult struct {
	Name    string
	Detail  string
	Elapsed time.Duration
}

// Epoch is one sealed epoch as the demo saw it through.
type Epoch struct {
	Seal        ledger.Seal
	Disclosable bool
	Bundle      *bundle.Bundle // suppressed (no figures) unless Disclosable
	// Set once relayed:
	TxHash string
	Block  uint64
	// Payout, in payout-token base units.
	Deposited, Claimed uint64
	Verified           bool
}

// Report is what a run did.
type Report struct {
	DataDir  string
	KeysDir  string
	Stages   []StageResult
	Events   int64 // events in the fleet's file
	Ingested int64 // stored by the ledger in this run
	Epochs   []*Epoch
	Chain    *ChainInfo
	// OnChain counts the registry's DisclosureAccepted events.
	OnChain   int
	Verified  int
	Deposited uint64 // payout-token base units over every epoch
	Claimed   uint64
	// RPCURL is the chain's JSON-RPC endpoint while serving.
	RPCURL string
}

// Disclosed returns the epochs that were relayed.
func (r *Report) Disclosed() []*Epoch {
	var out []*Epoch
	for _, e := range r.Epochs {
		if e.TxHash != "" {
			out = append(out, e)
		}
	}
	return out
}

// run is the state of one Run.
type run struct {
	cfg    Config
	out    io.Writer
	log    *slog.Logger
	rep    *Report
	policy *policy.Policy
	doc    []byte // the policy's YAML document
	began  time.Time
	chain  *chain
	keySet *keys.Set
	// keysReused: devKeys found the keys in the cache.
	keysReused bool
	ledger     *embedded.Ledger
	client     *ledger.Client // the operator's
	// chunksPerTx is the relayer's chunks_per_tx (0: its default).
	chunksPerTx int
}

// Run runs the demo's stages in order, printing progress to out, and
// returns the report. A failing stage stops the run with a *StageError.
// With cfg.Serve it then serves the chain until ctx ends and returns nil.
func Run(ctx context.Context, cfg Config, out io.Writer, logger *slog.Logger) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	switch {
	case !cfg.DevKeys:
		cfg.KeysDir = filepath.Join(cfg.DataDir, CeremonyDir, ceremony.KeysDir)
	case cfg.KeysDir == "":
		cfg.KeysDir = filepath.Join(cfg.DataDir, "keys")
	}
	p, doc, err := policies.Resolve(policies.DefaultID)
	if err != nil {
		return nil, fmt.Errorf("demo: default policy: %w", err)
	}
	r := &run{cfg: cfg, out: out, log: logger, policy: p, doc: doc, began: time.Now(),
		rep: &Report{DataDir: cfg.DataDir, KeysDir: cfg.KeysDir}}
	if cfg.Serve { // fail now rather than after the proofs
		ln, err := net.Listen("tcp", cfg.RPCAddr)
		if err != nil {
			return nil, fmt.Errorf("demo: serving on %s: %w (choose another address)", cfg.RPCAddr, err)
		}
		ln.Close()
	}
	lock, err := r.lockDataDir()
	if err != nil {
		return nil, err
	}
	defer lock.Release()
	reused, err := r.prepareDataDir()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "rwabridge demo: pool %s, policy %s v%d\n", cfg.Pool, p.ID, p.Version)
	if reused {
		fmt.Fprintf(out, "data in %s (an earlier run's, reused; --fresh to start clean)\n", cfg.DataDir)
	} else {
		fmt.Fprintf(out, "data in %s (reused by the next run; --fresh to start clean)\n", cfg.DataDir)
	}
	defer func() {
		if r.chain != nil {
			r.chain.Close()
		}
		r.closeLedger()
	}()
	steps := []struct {
		name string
		fn   func(context.Context) (string, error)
	}{
		{StageSimulate, r.simulate},
		{StageIngest, r.ingest},
		{StageSeal, r.seal},
		{StageKeys, r.keys},
		{StageProve, r.prove},
		{StageDeploy, r.deploy},
		{StageRelay, r.relay},
		{StageGovern, r.govern},
		{StagePayout, r.payout},
		{StageVerify, r.verify},
		{StageSummary, r.summary},
	}
	for i, s := range steps {
		title := stageTitles[s.name]
		if s.name == StageKeys && !cfg.DevKeys {
			title = ceremonyTitle
		}
		fmt.Fprintf(out, "[%d/%d] %s\n", i+1, len(steps), title)
		t := time.Now()
		detail, err := s.fn(ctx)
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			fmt.Fprintf(out, "      FAILED after %s\n", since(t))
			return r.rep, &StageError{Stage: s.name, Err: err}
		}
		r.rep.Stages = append(r.rep.Stages, StageResult{Name: s.name, Detail: detail, Elapsed: time.Since(t)})
		if detail != "" {
			fmt.Fprintf(out, "      %s\n", detail)
		}
		if s.name != StageSummary { // the summary ends with the verdict
			fmt.Fprintf(out, "      done in %s (total %s)\n", since(t), since(r.began))
		}
	}
	if cfg.Serve {
		// The onshore side is done: let other commands (status, ledger
		// show, prove) open the ledger while the chain serves. The run
		// lock stays held, so no other demo resets the directory.
		if err := r.closeLedger(); err != nil {
			return r.rep, err
		}
		return r.rep, r.serve(ctx)
	}
	return r.rep, nil
}

func since(t time.Time) time.Duration {
	d := time.Since(t)
	if d < time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(10 * time.Millisecond)
}

// marker is DataDir/demo.json: what the directory's fleet and ledger were
// made with.
type marker struct {
	Pool     string    `json:"pool"`
	Cabinets int       `json:"cabinets,omitempty"`
	Days     int       `json:"days,omitempty"`
	Seed     uint64    `json:"seed,omitempty"`
	Start    time.Time `json:"start,omitzero"`
	Fleet    string    `json:"fleet,omitempty"`
	Capacity int       `json:"capacity"`
}

const markerFile = "demo.json"

func (r *run) marker() marker {
	c := r.cfg
	if c.Fleet != "" {
		return marker{Pool: string(c.Pool), Fleet: c.Fleet, Capacity: c.Capacity}
	}
	return marker{Pool: string(c.Pool), Cabinets: c.Cabinets, Days: c.Days, Seed: c.Seed, Start: c.Start.UTC(), Capacity: c.Capacity}
}

// prepareDataDir applies Fresh, checks that a reused directory was made
// with the same parameters and writes the marker. It reports whether an
// earlier run's state is reused.
func (r *run) prepareDataDir() (bool, error) {
	dir := r.cfg.DataDir
	want := r.marker()
	path := filepath.Join(dir, markerFile)
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist): // checkDemoDir found it empty but for the keys and the lock
	case err != nil:
		return false, fmt.Errorf("demo: %w", err)
	default:
		var got marker
		if err := json.Unmarshal(data, &got); err != nil {
			return false, fmt.Errorf("%w: %s: %w", ErrNotDemoDir, path, err)
		}
		if r.cfg.Fresh {
			if err := clean(dir, r.cfg.KeysDir); err != nil {
				return false, err
			}
			break
		}
		if got != want {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			return false, fmt.Errorf("%w: %s was made with %s, this run asks for %s: add --fresh to start clean there, or give another --data",
				ErrDataDirMismatch, dir, g, w)
		}
		return true, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, fmt.Errorf("demo: %w", err)
	}
	m, _ := json.MarshalIndent(want, "", "  ")
	if err := atomicfile.WriteFile(path, append(m, '\n'), 0o644); err != nil {
		return false, fmt.Errorf("demo: %w", err)
	}
	return false, nil
}

// lockDataDir refuses a directory rwabridge demo did not make before
// creating anything in it, then makes it (when missing) and takes its run
// lock for the whole run.
func (r *run) lockDataDir() (*dirLock, error) {
	dir := r.cfg.DataDir
	if err := checkDemoDir(dir); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	return lockDataDir(dir)
}

// checkDemoDir returns ErrNotDemoDir for a directory that holds anything
// but a demo's marker, keys or run lock without the marker. A missing
// directory is fine.
func checkDemoDir(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, markerFile)); err == nil {
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("demo: %w", err)
	}
	for _, e := range entries {
		if e.Name() != "keys" && e.Name() != LockFile {
			return fmt.Errorf("%w: %s holds %s but no %s, so rwabridge demo did not make it: remove it, or give an empty or new directory with --data",
				ErrNotDemoDir, dir, e.Name(), markerFile)
		}
	}
	return nil
}

// clean removes a demo directory's contents except the keys and the run
// lock (which this run holds).
func clean(dir, keysDir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("demo: --fresh: %w", err)
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if p == filepath.Clean(keysDir) || e.Name() == LockFile {
			continue
		}
		if err := os.RemoveAll(p); err != nil {
			return fmt.Errorf("demo: --fresh: %w", err)
		}
	}
	return nil
}

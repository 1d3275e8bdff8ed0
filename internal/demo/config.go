package demo

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// ErrInvalidConfig is wrapped by every error of Config.Validate.
var ErrInvalidConfig = errors.New("invalid demo config")

// DefaultRPCAddr is where Serve exposes the chain's JSON-RPC by default.
const DefaultRPCAddr = "127.0.0.1:8545"

// DefaultDataDir is the default data directory of a user whose cache
// directory (os.UserCacheDir: $XDG_CACHE_HOME or ~/.cache on Linux,
// ~/Library/Caches on macOS) is cacheDir: cacheDir/rwabridge/demo, the
// user's own (never shared with another user, unlike one under /tmp) and
// reused by the next run. Everything in it can be made again.
func DefaultDataDir(cacheDir string) string { return filepath.Join(cacheDir, "rwabridge", "demo") }

// Config is one demo run.
type Config struct {
	// DataDir holds everything the run keeps: DataDir/fleet (the simulated
	// fleet), DataDir/agent and DataDir/ledger (the agent's queue and the
	// embedded ledger, as `rwabridge agent --data` lays them out),
	// DataDir/ceremony (the key ceremony, CeremonyDir) or DataDir/keys
	// (development keys), DataDir/bundles, DataDir/l2keys (the demo's L2 keys),
	// DataDir/l2 (the relayer's outbox and the deployment file of this
	// run's chain, DeploymentFile) and DataDir/demo.lock (LockFile: a run
	// holds it until it returns, so a second run on the directory is
	// refused with ErrDataDirInUse).
	DataDir string
	// Fresh removes what an earlier run left in DataDir before starting,
	// its ceremony included (keeping development keys).
	Fresh bool

	// The simulated fleet (sim.Config): pool, cabinets, days from Start,
	// seed.
	Pool     telemetry.PoolID
	Cabinets int
	Days     int
	Seed     uint64
	Start    time.Time
	// Fleet, when set, is a directory written by `rwabridge sim`
	// (devices.yaml, events.jsonl) ingested instead of simulating.
	Fleet string

	// Capacity is the chunk capacity: the ledger's chunk_capacity and the
	// keys' circuit size (a power of two).
	Capacity int
	// DevKeys sets up single-party development keys (INSECURE: whoever
	// ran the setup can forge proofs) instead of holding the key ceremony
	// of the demo's three orgs: seconds instead of minutes at a large
	// capacity, for tests and quick looks. The ceremony runs in
	// DataDir/ceremony (CeremonyDir), its keys in DataDir/ceremony/keys.
	DevKeys bool
	// KeysDir, with DevKeys, is where the development keys are cached; ""
	// means DataDir/keys.
	KeysDir string

	// Investors is how many investor accounts hold the pool's token (2 to
	// 5); the supply is split among them by InvestorShares.
	Investors int

	// Metrics, when set, receives every part's Prometheus metrics under
	// the names of the parts' own services (the attestors' labelled with
	// their org); nil gives each part a private registry.
	Metrics *prometheus.Registry

	// Serve keeps the chain running after the summary, with its JSON-RPC on
	// RPCAddr, until the context of Run ends.
	Serve   bool
	RPCAddr string
	// Next are the commands printed while serving, for the reader to try
	// against the running chain.
	Next []NextStep
}

// NextStep is a command to print while serving. Its Line may hold {rpc}
// (the JSON-RPC URL), {registry} (the registry address) and {data} (the
// data directory). Available false prints it as coming.
type NextStep struct {
	Line      string
	Available bool
}

// Expand fills in the placeholders of the step's line.
func (n NextStep) Expand(rpcURL, registry, dataDir string) string {
	return strings.NewReplacer("{rpc}", rpcURL, "{registry}", registry, "{data}", dataDir).Replace(n.Line)
}

// DefaultCapacity is the demo's chunk capacity: small enough that the key
// ceremony of its three orgs (12,364 constraints, domain 2^14) keeps the
// first run within five minutes on two cores (measured: 1.5 minutes of
// ceremony in 2m13s on a lightly shared machine, 3.5 in 4m15s on a busy
// one; at 256 each phase 1 contribution alone took 29 s instead of 5–6),
// large enough that an epoch of the default fleet needs no more than 15
// chunk proofs.
const DefaultCapacity = 64

// Default returns the demo's defaults: 10 cabinets over 2 days from
// sim.DefaultStart (about 900 records per daily epoch), chunks of
// DefaultCapacity records, keys from the ceremony of the demo's orgs,
// three investors, the JSON-RPC on DefaultRPCAddr when serving. DataDir
// is left empty: the caller chooses it (see DefaultDataDir).
func Default() Config {
	s := sim.Default()
	return Config{
		Pool:      s.Pool,
		Cabinets:  10,
		Days:      2,
		Seed:      1,
		Start:     s.Start,
		Capacity:  DefaultCapacity,
		Investors: 3,
		RPCAddr:   DefaultRPCAddr,
	}
}

// InvestorShares are the investors' holdings of the pool token, in whole
// tokens, in order: each payout of a multiple of 10 units splits exactly.
var InvestorShares = []int64{500, 300, 200, 100, 100}

// simConfig returns the simulator's config.
func (c *Config) simConfig() sim.Config {
	s := sim.Default()
	s.Pool, s.Cabinets, s.Days, s.Seed, s.Start = c.Pool, c.Cabinets, c.Days, c.Seed, c.Start
	return s
}

// Validate reports every problem of the config, each wrapping
// ErrInvalidConfig.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, a...)))
	}
	if c.DataDir == "" {
		bad("the data directory is required")
	}
	if c.Fleet == "" {
		s := c.simConfig()
		if err := s.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("%w: %w", ErrInvalidConfig, err))
		} else if end := s.End(); end.After(time.Now()) {
			bad("the simulated days end %s, in the future: every epoch must have ended; start earlier or simulate fewer days", end.Format(time.DateOnly))
		}
		// Checked now, not after minutes of key setup: below k no epoch
		// can be disclosed.
		if p, err := policies.Default(); err == nil && c.Cabinets < int(p.MinActiveCabinets) {
			bad("cabinets %d: the policy %s discloses an epoch only with at least %d active cabinets (k-anonymity); simulate %d or more",
				c.Cabinets, p.ID, p.MinActiveCabinets, p.MinActiveCabinets)
		}
	}
	if err := commit.CheckCapacity(c.Capacity); err != nil {
		bad("capacity %d: %v", c.Capacity, err)
	}
	if c.KeysDir != "" && !c.DevKeys {
		bad("a keys directory caches development keys: give it with DevKeys (the ceremony's keys are in %s)", filepath.Join(CeremonyDir, "keys"))
	}
	if c.Investors < 2 || c.Investors > len(InvestorShares) {
		bad("investors %d: give 2 to %d", c.Investors, len(InvestorShares))
	}
	if c.Serve {
		if _, _, err := net.SplitHostPort(c.RPCAddr); err != nil {
			bad("rpc address %q: %v", c.RPCAddr, err)
		}
	}
	return errors.Join(errs...)
}

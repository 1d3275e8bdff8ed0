package relay

import (
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/internal/strictyaml"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// ErrInvalidConfig is wrapped by every error of LoadConfig and Validate.
var ErrInvalidConfig = errors.New("invalid relayer config")

// Config configures a relayer. It is loaded from YAML strictly (unknown
// keys are errors); see Default for the defaults:
//
//	key: {file: relayer.key, password_file: ""}  # 0600 hex key, or keystore + password file
//	ledger: {data: /var/lib/rwabridge}           # or {config: ledger-config.yaml}
//	keys: /var/lib/rwabridge/keys                # circuit keys (rwabridge setup)
//	outbox: /var/lib/rwabridge/relay             # outbox directory (bbolt + bundles)
//	rpc: http://127.0.0.1:8545                   # L2 JSON-RPC
//	chain_id: 0                                  # 0: read from rpc; else must match it
//	registry: 0x…                                # DisclosureRegistry
//	pools: []                                    # empty: every pool with seals
//	schedule: "@every 1m"                        # robfig/cron spec (UTC), or "@every 30s"
//	seal_checkpoint: ""                          # Fabric seal listener's position; "": <outbox>/seals.checkpoint
//	confirmations: 3                             # depth before an inclusion is final
//	finalized: true                              # also wait for the node's finalized tag (where it has one)
//	gas_limit: 0                                 # 0: estimate (+ margin)
//	chunks_per_tx: 128                           # an epoch of more chunks goes in parts of this many (≤ 220)
//	batch_max: 16                                # epochs of different pools in one transaction; 1: one each
//	fees:
//	  tip_cap_min_wei: 1000000000                # floor of the priority fee
//	  tip_cap_max_wei: 20000000000               # cap of the priority fee
//	  fee_cap_max_wei: 500000000000              # cap of the fee cap: never pay more per gas
//	  base_fee_multiplier: 2                     # fee cap = base fee × this + tip
//	  bump_percent: 10                           # replacement raise, ≥ 10
//	  stuck_after: 2m                            # replace a transaction pending this long
//	retry: {attempts: 6, initial: 200ms, max: 5s} # RPC and ledger retries, exponential
//	revert_backoff: {initial: 30s, max: 15m}     # wait before retrying a transient refusal (pause, …)
//
// On Fabric (ledger.config) the relayer also passes as soon as the peer
// reports a seal event; the schedule is the fallback and the retry.
// seal_checkpoint is the file the seal listener resumes from (one per
// relayer, in a directory that exists); by default SealCheckpointFile in
// the outbox directory. The embedded ledger has no seal events and never
// writes it.
type Config struct {
	Key      ethkey.Source      `yaml:"key"`
	Ledger   backend.Access     `yaml:"ledger"`
	Keys     string             `yaml:"keys"`
	Outbox   string             `yaml:"outbox"`
	RPC      string             `yaml:"rpc"`
	ChainID  uint64             `yaml:"chain_id"`
	Registry string             `yaml:"registry"`
	Pools    []telemetry.PoolID `yaml:"pools"`
	Schedule string             `yaml:"schedule"`
	// UnhealthyAfter is how long the ledger or the L2 node may stay
	// unreachable before /healthz fails (0: DefaultUnhealthyAfter).
	UnhealthyAfter time.Duration `yaml:"unhealthy_after"`
	SealCheckpoint string        `yaml:"seal_checkpoint"` // Fabric seal listener's checkpoint; "": SealCheckpointFile in Outbox
	Confirmations  uint64        `yaml:"confirmations"`
	Finalized      bool          `yaml:"finalized"`
	GasLimit       uint64        `yaml:"gas_limit"`
	// ChunksPerTx is the most chunk proofs one transaction carries: an
	// epoch of more is disclosed in parts (submitDisclosurePart) of this
	// many chunks each. Default registry.DefaultChunksPerTx.
	ChunksPerTx int `yaml:"chunks_per_tx"`
	// BatchMax is the most single-chunk epochs, each at the head of its
	// own pool's queue and all on one verifier, that one transaction
	// carries (the registry's submitDisclosures: one pairing check for
	// all); 1 sends each epoch alone. A batch's gas is always estimated.
	BatchMax int            `yaml:"batch_max"`
	Fees     Fees           `yaml:"fees"`
	Retry    backoff.Policy `yaml:"retry"` // RPC and ledger calls
	// RevertBackoff spaces the retries of an epoch the registry refused
	// for a reason that passes (paused, epoch not ended, pool inactive,
	// out of gas): Initial after the first refusal, doubling up to Max.
	// Attempts is unused: such an epoch is retried until it lands.
	RevertBackoff backoff.Policy `yaml:"revert_backoff"`
}

// Fees is the EIP-1559 fee policy.
type Fees struct {
	TipCapMinWei      uint64        `yaml:"tip_cap_min_wei"`
	TipCapMaxWei      uint64        `yaml:"tip_cap_max_wei"`
	FeeCapMaxWei      uint64        `yaml:"fee_cap_max_wei"`
	BaseFeeMultiplier uint64        `yaml:"base_fee_multiplier"`
	BumpPercent       uint64        `yaml:"bump_percent"`
	StuckAfter        time.Duration `yaml:"stuck_after"`
}

// DefaultBatchMax is Config.BatchMax's default; MaxBatch its largest
// value (a batch of 64 single-chunk epochs needs about 10.6M gas, under
// EIP-7825's 16.7M cap).
const (
	DefaultBatchMax = 16
	MaxBatch        = 64
)

// DefaultUnhealthyAfter is Config.UnhealthyAfter's default.
const DefaultUnhealthyAfter = 5 * time.Minute

// Default returns the defaults.
func Default() Config {
	return Config{
		Schedule:      "@every 1m",
		BatchMax:      DefaultBatchMax,
		Confirmations: 3,
		Finalized:     true,
		ChunksPerTx:   registry.DefaultChunksPerTx,
		Fees: Fees{TipCapMinWei: 1_000_000_000, TipCapMaxWei: 20_000_000_000, FeeCapMaxWei: 500_000_000_000,
			BaseFeeMultiplier: 2, BumpPercent: 10, StuckAfter: 2 * time.Minute},
		Retry:         backoff.Policy{Attempts: 6, Initial: 200 * time.Millisecond, Max: 5 * time.Second},
		RevertBackoff: backoff.Policy{Initial: 30 * time.Second, Max: 15 * time.Minute},
	}
}

// Validate checks what the relayer itself uses. Key, ledger, keys, outbox
// and rpc are the command's business (a library user hands over open
// dependencies in Deps) and are checked by ValidateFiles.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...)))
	}
	if c.UnhealthyAfter < 0 {
		bad("unhealthy_after %s must not be negative", c.UnhealthyAfter)
	}
	if !common.IsHexAddress(c.Registry) || common.HexToAddress(c.Registry) == (common.Address{}) {
		bad("registry %q is not a nonzero 0x address", c.Registry)
	}
	for _, p := range c.Pools {
		if err := p.Validate(); err != nil {
			bad("pools: %v", err)
		}
	}
	if _, err := cron.ParseStandard(c.Schedule); err != nil {
		bad("schedule %q: %v", c.Schedule, err)
	}
	if c.Confirmations == 0 {
		bad("confirmations must be at least 1")
	}
	if c.ChunksPerTx < 1 || c.ChunksPerTx > registry.MaxChunksPerTx {
		bad("chunks_per_tx %d: between 1 and %d (more does not fit a transaction's 2^24 gas)", c.ChunksPerTx, registry.MaxChunksPerTx)
	}
	if c.BatchMax < 1 || c.BatchMax > MaxBatch {
		bad("batch_max %d must be 1 (one epoch per transaction) to %d", c.BatchMax, MaxBatch)
	}
	f := c.Fees
	if f.TipCapMinWei > f.TipCapMaxWei {
		bad("fees: tip_cap_min_wei %d above tip_cap_max_wei %d", f.TipCapMinWei, f.TipCapMaxWei)
	}
	if f.FeeCapMaxWei == 0 || f.FeeCapMaxWei < f.TipCapMaxWei {
		bad("fees: fee_cap_max_wei %d must be positive and at least tip_cap_max_wei", f.FeeCapMaxWei)
	}
	if f.BaseFeeMultiplier == 0 {
		bad("fees: base_fee_multiplier must be at least 1")
	}
	if f.BumpPercent < 10 {
		bad("fees: bump_percent %d: nodes refuse replacements below +10%%", f.BumpPercent)
	}
	if f.StuckAfter <= 0 {
		bad("fees: stuck_after must be positive")
	}
	if err := c.Retry.Validate(); err != nil || c.Retry.Attempts < 1 {
		bad("retry: attempts ≥ 1 and 0 < initial ≤ max")
	}
	if err := c.RevertBackoff.Validate(); err != nil || c.RevertBackoff.Attempts != 0 {
		bad("revert_backoff: 0 < initial ≤ max, and no attempts (a refused epoch is retried until it lands)")
	}
	return errors.Join(errs...)
}

// ValidateFiles checks what the command needs to open the dependencies.
func (c *Config) ValidateFiles() error {
	var errs []error
	if c.Key.File == "" {
		errs = append(errs, fmt.Errorf("%w: key.file is required", ErrInvalidConfig))
	}
	if err := c.Ledger.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrInvalidConfig, err))
	}
	if c.Keys == "" {
		errs = append(errs, fmt.Errorf("%w: keys (the circuit key directory) is required", ErrInvalidConfig))
	}
	if c.RPC == "" {
		errs = append(errs, fmt.Errorf("%w: rpc is required", ErrInvalidConfig))
	}
	if c.Outbox == "" {
		errs = append(errs, fmt.Errorf("%w: outbox (a directory) is required", ErrInvalidConfig))
	}
	return errors.Join(errs...)
}

// RegistryAddress returns the registry address.
func (c *Config) RegistryAddress() common.Address { return common.HexToAddress(c.Registry) }

func (f *Fees) big() (tipMin, tipMax, feeMax *big.Int) {
	return new(big.Int).SetUint64(f.TipCapMinWei), new(big.Int).SetUint64(f.TipCapMaxWei), new(big.Int).SetUint64(f.FeeCapMaxWei)
}

// LoadConfig reads a config file strictly and validates it (Validate and
// ValidateFiles); relative paths are relative to the file.
func LoadConfig(path string) (Config, error) {
	c, err := strictyaml.Load(path, ErrInvalidConfig, func(data []byte) (Config, error) {
		c, err := ParseConfig(data)
		if err != nil {
			return c, err
		}
		return c, c.ValidateFiles()
	})
	if err != nil {
		return Config{}, err
	}
	dir := filepath.Dir(path)
	c.Ledger.Resolve(dir)
	strictyaml.Relative(dir, &c.Key.File, &c.Key.PasswordFile, &c.Keys, &c.Outbox, &c.SealCheckpoint)
	return c, nil
}

// ParseConfig decodes a config strictly over Default and runs Validate.
func ParseConfig(data []byte) (Config, error) {
	return strictyaml.Parse(data, Default(), ErrInvalidConfig)
}

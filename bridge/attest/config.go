package attest

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/internal/strictyaml"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
)

// ErrInvalidConfig is wrapped by every error of LoadConfig and Validate.
var ErrInvalidConfig = errors.New("invalid attestor config")

// Config configures one org's attestor. It is loaded from YAML strictly
// (unknown keys are errors):
//
//	org: AuditorMSP                 # the org's MSP id; attestations are recorded as it
//	key:                            # the org's signing key (an Ethereum secp256k1 key)
//	  file: auditor.key             # 0600 hex file, or a keystore JSON file …
//	  password_file: ""             # … with its password file
//	ledger:                         # the org's own view of the onshore ledger
//	  data: /var/lib/rwabridge      # embedded ledger data directory, or
//	  config: ""                    # a --ledger-config file (Fabric gateway of the org's peer)
//	chain_id: 0                     # L2 chain id; 0 = read from rpc
//	registry: 0x…                   # DisclosureRegistry address (EIP-712 verifyingContract)
//	rpc: ""                         # optional L2 JSON-RPC endpoint (chain id check)
//	poll_interval: 30s              # how often to look for new seals
//	seal_checkpoint: ""             # Fabric: where the seal event listener keeps its position
//	policies: []                    # policy files seals may name (default: the embedded ones)
//
// Relative paths are relative to the config file. On Fabric (ledger.config)
// the attestor also passes as soon as its peer reports a seal event, and
// the poll is the fallback; seal_checkpoint is the file the listener
// resumes from, one per attestor, in a writable directory that exists.
// LoadConfig defaults it to the config file's name with the extension
// .seals.checkpoint, beside it (attest-auditor.yaml:
// attest-auditor.seals.checkpoint); set it to a state directory
// (/var/lib/rwabridge/…) when the config's directory is read-only. The
// embedded ledger has no seal events and never writes the file.
type Config struct {
	Org          string         `yaml:"org"`
	Key          ethkey.Source  `yaml:"key"`
	Ledger       backend.Access `yaml:"ledger"`
	ChainID      uint64         `yaml:"chain_id"`
	Registry     string         `yaml:"registry"`
	RPC          string         `yaml:"rpc"`
	PollInterval time.Duration  `yaml:"poll_interval"`
	// UnhealthyAfter is how long the ledger may stay unreachable before
	// /healthz fails (0: DefaultUnhealthyAfter).
	UnhealthyAfter time.Duration `yaml:"unhealthy_after"`
	SealCheckpoint string        `yaml:"seal_checkpoint"` // Fabric seal listener's checkpoint; LoadConfig defaults it
	Policies       []string      `yaml:"policies"`
}

// Default returns a config with the defaults filled in.
func Default() Config { return Config{PollInterval: 30 * time.Second} }

// DefaultUnhealthyAfter is Config.UnhealthyAfter's default.
const DefaultUnhealthyAfter = 5 * time.Minute

// Validate checks what the attestor itself uses. The key and ledger
// entries are the command's business (a library user hands over an open
// ledger and a key) and are checked by ValidateFiles.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...)))
	}
	if c.Org == "" {
		bad("org (the org's MSP id) is required")
	}
	if c.ChainID == 0 && c.RPC == "" {
		bad("chain_id is required when no rpc endpoint is given")
	}
	if !common.IsHexAddress(c.Registry) || common.HexToAddress(c.Registry) == (common.Address{}) {
		bad("registry %q is not a nonzero 0x address", c.Registry)
	}
	if c.UnhealthyAfter < 0 {
		bad("unhealthy_after %s must not be negative", c.UnhealthyAfter)
	}
	if c.PollInterval <= 0 {
		bad("poll_interval %s must be positive", c.PollInterval)
	}
	return errors.Join(errs...)
}

// ValidateFiles checks the entries the command opens: the key and the
// ledger access.
func (c *Config) ValidateFiles() error {
	var errs []error
	if c.Key.File == "" {
		errs = append(errs, fmt.Errorf("%w: key.file is required", ErrInvalidConfig))
	}
	if err := c.Ledger.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrInvalidConfig, err))
	}
	return errors.Join(errs...)
}

// RegistryAddress returns the registry as an address.
func (c *Config) RegistryAddress() common.Address { return common.HexToAddress(c.Registry) }

// LoadConfig reads a config file and runs Validate and ValidateFiles.
// Relative paths become relative to the file, and an empty
// seal_checkpoint becomes DefaultSealCheckpoint(path).
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
	paths := []*string{&c.Key.File, &c.Key.PasswordFile, &c.SealCheckpoint}
	for i := range c.Policies {
		paths = append(paths, &c.Policies[i])
	}
	strictyaml.Relative(dir, paths...)
	if c.SealCheckpoint == "" {
		c.SealCheckpoint = DefaultSealCheckpoint(path)
	}
	c.Ledger.Resolve(dir)
	return c, nil
}

// DefaultSealCheckpoint is the seal listener's checkpoint of the attestor
// configured by the file configPath: beside it, named like it with the
// extension .seals.checkpoint.
func DefaultSealCheckpoint(configPath string) string {
	return strings.TrimSuffix(configPath, filepath.Ext(configPath)) + ".seals.checkpoint"
}

// ParseConfig decodes a config strictly over Default and validates it.
func ParseConfig(data []byte) (Config, error) {
	return strictyaml.Parse(data, Default(), ErrInvalidConfig)
}

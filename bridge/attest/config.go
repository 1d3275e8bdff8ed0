package attest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
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
//	policies: []                    # policy files seals may name (default: the embedded ones)
//
// Relative paths are relative to the config file.
type Config struct {
	Org          string         `yaml:"org"`
	Key          ethkey.Source  `yaml:"key"`
	Ledger       backend.Access `yaml:"ledger"`
	ChainID      uint64         `yaml:"chain_id"`
	Registry     string         `yaml:"registry"`
	RPC          string         `yaml:"rpc"`
	PollInterval time.Duration  `yaml:"poll_interval"`
	Policies     []string       `yaml:"policies"`
}

// Default returns a config with the defaults filled in.
func Default() Config { return Config{PollInterval: 30 * time.Second} }

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
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	c, err := ParseConfig(data)
	if err == nil {
		err = c.ValidateFiles()
	}
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", path, err)
	}
	dir := filepath.Dir(path)
	abs := func(p *string) {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
	abs(&c.Key.File)
	abs(&c.Key.PasswordFile)
	c.Ledger.Resolve(dir)
	for i := range c.Policies {
		abs(&c.Policies[i])
	}
	return c, nil
}

// ParseConfig decodes a config strictly over Default and validates it.
func ParseConfig(data []byte) (Config, error) {
	c := Default()
	if err := strictyaml.Decode(data, &c); err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

package deploy

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/strictyaml"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// ErrConfig is wrapped by every configuration problem.
var ErrConfig = errors.New("invalid deployment config")

// Config is the deployment configuration file (YAML, strict: unknown keys
// are errors). Relative paths are relative to the file. Example:
//
//	committee:
//	  members: [0x…, 0x…, 0x…]   # org attestor addresses
//	  threshold: 2               # more than half of the members
//	pool: shenzhen-north          # telemetry pool id
//	policy: ../policies/battery-swap-daily.yaml
//	vk_dir: keys/                 # circuits/keys directory holding one key set
//	token:
//	  name: Shenzhen North revenue share
//	  symbol: SZN
//	  payout_token: ""            # empty: deploy a TEST-ONLY stablecoin
//	  units_per_cent: 10000       # payout-token base units per revenue cent
//	roles:                        # empty: the deployer
//	  guardian: ""
//	  operator: ""
//	  agent: ""
type Config struct {
	Committee CommitteeConfig `yaml:"committee"`
	Pool      string          `yaml:"pool"`
	Policy    string          `yaml:"policy"`
	VKDir     string          `yaml:"vk_dir"`
	Token     TokenConfig     `yaml:"token"`
	Roles     RolesConfig     `yaml:"roles"`

	dir string // of the file, for relative paths
}

// CommitteeConfig is the attesting committee.
type CommitteeConfig struct {
	Members   []string `yaml:"members"`
	Threshold int      `yaml:"threshold"`
}

// TokenConfig is the pool's RWA token.
type TokenConfig struct {
	Name         string `yaml:"name"`
	Symbol       string `yaml:"symbol"`
	PayoutToken  string `yaml:"payout_token"`
	UnitsPerCent uint64 `yaml:"units_per_cent"`
}

// RolesConfig names the holders of the operational roles.
type RolesConfig struct {
	Guardian string `yaml:"guardian"`
	Operator string `yaml:"operator"`
	Agent    string `yaml:"agent"`
}

// Load reads and validates a configuration file.
func Load(path string) (*Config, error) {
	c, err := strictyaml.Load(path, ErrConfig, Parse)
	if err != nil {
		return nil, err
	}
	c.dir = filepath.Dir(path)
	return c, nil
}

// Parse decodes and validates a configuration; relative paths stay
// relative to the working directory.
func Parse(b []byte) (*Config, error) {
	var c Config
	if err := strictyaml.Decode(b, &c); err != nil {
		if errors.Is(err, strictyaml.ErrEmpty) {
			return nil, fmt.Errorf("%w: empty file", ErrConfig)
		}
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Validate reports every problem, each wrapping ErrConfig.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrConfig, fmt.Sprintf(format, args...)))
	}
	n := len(c.Committee.Members)
	if n == 0 {
		bad("committee.members: at least one member")
	}
	if n > 32 {
		bad("committee.members: %d members, at most 32", n)
	}
	if k := c.Committee.Threshold; 2*k <= n || k > n {
		bad("committee.threshold: %d of %d members; need more than half and at most all", k, n)
	}
	seen := map[common.Address]bool{}
	for i, m := range c.Committee.Members {
		if !common.IsHexAddress(m) {
			bad("committee.members[%d]: %q is not an address", i, m)
			continue
		}
		a := common.HexToAddress(m)
		if a == (common.Address{}) {
			bad("committee.members[%d]: the zero address", i)
		}
		if seen[a] {
			bad("committee.members[%d]: %s listed twice", i, a)
		}
		seen[a] = true
	}
	if err := telemetry.PoolID(c.Pool).Validate(); err != nil {
		bad("pool: %v", err)
	}
	if c.Policy == "" {
		bad("policy: the policy file is required")
	}
	if c.VKDir == "" {
		bad("vk_dir: the verifying key directory is required")
	}
	if c.Token.Name == "" || c.Token.Symbol == "" {
		bad("token: name and symbol are required")
	}
	for name, a := range map[string]string{"token.payout_token": c.Token.PayoutToken, "roles.guardian": c.Roles.Guardian,
		"roles.operator": c.Roles.Operator, "roles.agent": c.Roles.Agent} {
		if a != "" && !common.IsHexAddress(a) {
			bad("%s: %q is not an address", name, a)
		}
	}
	return errors.Join(errs...)
}

func (c *Config) path(p string) string {
	if filepath.IsAbs(p) || c.dir == "" {
		return p
	}
	return filepath.Join(c.dir, p)
}

// Plan reads the policy file and the verifying key and returns the
// deployment plan. The second result says whether the key is a development
// (insecure) key.
func (c *Config) Plan() (*Plan, bool, error) {
	p, err := policy.Load(c.path(c.Policy))
	if err != nil {
		return nil, false, fmt.Errorf("%w: policy: %w", ErrConfig, err)
	}
	vk, meta, err := keys.LoadVK(c.path(c.VKDir))
	if err != nil {
		return nil, false, fmt.Errorf("%w: vk_dir: %w", ErrConfig, err)
	}
	plan := &Plan{
		Threshold: uint8(c.Committee.Threshold), Pool: telemetry.PoolID(c.Pool), Policy: p, VK: vk,
		TokenName: c.Token.Name, TokenSymbol: c.Token.Symbol, UnitsPerCent: c.Token.UnitsPerCent,
		Guardian: addrOrZero(c.Roles.Guardian), Operator: addrOrZero(c.Roles.Operator), Agent: addrOrZero(c.Roles.Agent),
	}
	for _, m := range c.Committee.Members {
		plan.Committee = append(plan.Committee, common.HexToAddress(m))
	}
	if c.Token.PayoutToken != "" {
		a := common.HexToAddress(c.Token.PayoutToken)
		plan.PayoutToken = &a
	}
	return plan, meta.Setup.Insecure(), nil
}

func addrOrZero(s string) common.Address {
	if s == "" {
		return common.Address{}
	}
	return common.HexToAddress(s)
}

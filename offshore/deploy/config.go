package deploy

import (
	"errors"
	"fmt"
	"path/filepath"
	"time"

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
//	first_epoch: 20758            # optional: the pool's first epoch (unix time / epoch
//	                              # length; the onshore ledger's first seal); default:
//	                              # the epoch in progress at deployment
//	policy: ../policies/battery-swap-daily.yaml
//	vk_dir: keys/                 # circuits/keys directory holding one key set
//	token:
//	  name: Shenzhen North revenue share
//	  symbol: SZN
//	  payout_token: ""            # empty: deploy a TEST-ONLY stablecoin
//	  units_per_cent: 10000       # payout-token base units per revenue cent
//	governance:                   # the timelock administering every contract
//	  delay: 72h                  # scheduled change → executable; days in production
//	  admin_transfer_delay: 120h  # a default admin transfer waits this long to be accepted
//	  proposers: [0x…]            # schedule changes (a multisig in production)
//	  executors: [0x…]            # execute them once ready
//	  cancellers: [0x…]           # optional; the guardian always may cancel
//	roles:                        # required; the deployer holds none unless named
//	  guardian: 0x…               # pauses the registry at once, nothing else
//	  operator: 0x…               # deactivates the pool at once; deposits payouts
//	  agent: 0x…                  # onboards investors; mints, freezes, pauses the token
type Config struct {
	Committee  CommitteeConfig  `yaml:"committee"`
	Pool       string           `yaml:"pool"`
	FirstEpoch *uint64          `yaml:"first_epoch"`
	Policy     string           `yaml:"policy"`
	VKDir      string           `yaml:"vk_dir"`
	Token      TokenConfig      `yaml:"token"`
	Roles      RolesConfig      `yaml:"roles"`
	Governance GovernanceConfig `yaml:"governance"`

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

// GovernanceConfig is the timelock: its delay, the default admins'
// transfer delay and who proposes, executes and cancels changes.
type GovernanceConfig struct {
	Delay              time.Duration `yaml:"delay"`
	AdminTransferDelay time.Duration `yaml:"admin_transfer_delay"`
	Proposers          []string      `yaml:"proposers"`
	Executors          []string      `yaml:"executors"`
	Cancellers         []string      `yaml:"cancellers"`
}

// ProductionDelay is the shortest timelock delay `rwabridge offshore
// deploy` takes without a warning: long enough for investors to see a
// scheduled change and leave, or for the guardian to cancel it.
const ProductionDelay = 48 * time.Hour

// RolesConfig names the holders of the operational roles (all required).
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
	if a := c.Token.PayoutToken; a != "" && !common.IsHexAddress(a) {
		bad("token.payout_token: %q is not an address", a)
	}
	for _, r := range []struct{ name, a string }{{"guardian", c.Roles.Guardian}, {"operator", c.Roles.Operator}, {"agent", c.Roles.Agent}} {
		switch {
		case r.a == "":
			bad("roles.%s: required; name the holder's address (the deployer's own if it is to hold it)", r.name)
		case !common.IsHexAddress(r.a):
			bad("roles.%s: %q is not an address", r.name, r.a)
		case common.HexToAddress(r.a) == (common.Address{}):
			bad("roles.%s: the zero address", r.name)
		}
	}
	g := c.Governance
	if g.Delay < time.Second || g.Delay%time.Second != 0 {
		bad("governance.delay: %q; a whole number of seconds of at least 1s, e.g. 72h (days in production)", g.Delay)
	}
	if g.AdminTransferDelay < time.Second || g.AdminTransferDelay%time.Second != 0 {
		bad("governance.admin_transfer_delay: %q; a whole number of seconds of at least 1s, e.g. 120h", g.AdminTransferDelay)
	}
	for _, l := range []struct {
		name string
		as   []string
		min  int
	}{{"proposers", g.Proposers, 1}, {"executors", g.Executors, 1}, {"cancellers", g.Cancellers, 0}} {
		if len(l.as) < l.min {
			bad("governance.%s: at least one address", l.name)
		}
		for i, a := range l.as {
			if !common.IsHexAddress(a) {
				bad("governance.%s[%d]: %q is not an address", l.name, i, a)
			} else if common.HexToAddress(a) == (common.Address{}) {
				bad("governance.%s[%d]: the zero address", l.name, i)
			}
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
		TokenName: c.Token.Name, TokenSymbol: c.Token.Symbol, UnitsPerCent: c.Token.UnitsPerCent, FirstEpoch: c.FirstEpoch,
		Guardian: common.HexToAddress(c.Roles.Guardian), Operator: common.HexToAddress(c.Roles.Operator), Agent: common.HexToAddress(c.Roles.Agent),
		Governance: Governance{Delay: c.Governance.Delay, AdminTransferDelay: c.Governance.AdminTransferDelay,
			Proposers: hexAddresses(c.Governance.Proposers), Executors: hexAddresses(c.Governance.Executors),
			Cancellers: hexAddresses(c.Governance.Cancellers)},
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

func hexAddresses(ss []string) []common.Address {
	out := make([]common.Address, len(ss))
	for i, s := range ss {
		out[i] = common.HexToAddress(s)
	}
	return out
}

package embedded

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/internal/strictyaml"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// CommitMajority is the only commit policy: a block is valid when a majority
// of the consortium orgs (more than half) signed it, and every signature it
// carries verifies. It mirrors Fabric's MAJORITY endorsement policy.
const CommitMajority = "majority"

// Config configures an embedded ledger. It is loaded from YAML strictly
// (unknown keys are errors); Default gives a working value.
//
// The orgs are the consortium members whose signatures make a block valid.
// In the embedded ledger every org's private key lives in the same data
// directory and is used by the same process: this is the single-machine
// default, good for trying rwabridge and for tests. It does not give the
// protection of separate orgs; a real consortium runs the Fabric back end,
// where each org keeps its key on its own peer.
type Config struct {
	// Orgs are the consortium orgs, at least one. Their MSP ids and public
	// keys are fixed by the genesis block.
	Orgs []Org `yaml:"orgs"`
	// CommitPolicy is "majority" (the default when empty).
	CommitPolicy string `yaml:"commit_policy"`
	// Block bounds what one block holds.
	Block BlockLimits `yaml:"block"`
	// LockTimeout is how long Open waits for another process to release the
	// ledger file before failing with ErrLocked.
	LockTimeout time.Duration `yaml:"lock_timeout"`
	// Contract configures the contract the ledger runs. Its orgs must be
	// the MSP ids of Orgs, in any order. The genesis block records it: every
	// replay runs the same contract configuration, so it can not change
	// after the first open.
	Contract ledger.Config `yaml:"contract"`
}

// Org is one consortium org: a Fabric-style MSP id and the ECDSA P-256 key it
// signs blocks with.
type Org struct {
	MSPID string `yaml:"msp_id"`
	// Key is the org's private key file (PKCS #8 PEM, mode 0600), relative to
	// the ledger directory unless absolute. Empty means keys/<msp_id>.pem.
	// A missing file is generated on the ledger's first open.
	Key string `yaml:"key,omitempty"`
}

// BlockLimits bound a block. Concurrent Invokes are grouped into one block
// (group commit) up to these limits.
type BlockLimits struct {
	// MaxTxs is the most transactions one block holds; 1 turns group commit
	// off.
	MaxTxs int `yaml:"max_txs"`
	// MaxBytes bounds the summed argument sizes of a block's transactions; a
	// single transaction above it is rejected with ErrTxTooLarge.
	MaxBytes int `yaml:"max_bytes"`
}

// Default returns the default config: three orgs (operator, auditor,
// custodian) under the majority policy, so a block needs two signatures.
func Default() Config {
	return Config{
		Orgs: []Org{
			{MSPID: "OperatorMSP"},
			{MSPID: "AuditorMSP"},
			{MSPID: "CustodianMSP"},
		},
		CommitPolicy: CommitMajority,
		Block:        BlockLimits{MaxTxs: 64, MaxBytes: 64 << 20},
		LockTimeout:  2 * time.Second,
		Contract:     ledger.Default(),
	}
}

var mspIDPattern = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9._-]{0,63}$`)

// Validate reports every problem of c at once, each wrapping ErrBadConfig.
func (c *Config) Validate() error {
	var errs []error
	add := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrBadConfig}, args...)...))
	}
	if len(c.Orgs) == 0 {
		add("orgs: at least one org is needed")
	}
	seen := map[string]bool{}
	for i, o := range c.Orgs {
		if !mspIDPattern.MatchString(o.MSPID) {
			add("orgs[%d].msp_id %q: want a letter then up to 63 letters, digits, '.', '_' or '-'", i, o.MSPID)
		}
		if seen[o.MSPID] {
			add("orgs[%d].msp_id %q: listed twice", i, o.MSPID)
		}
		seen[o.MSPID] = true
	}
	if c.CommitPolicy != "" && c.CommitPolicy != CommitMajority {
		add("commit_policy %q: the only policy is %q", c.CommitPolicy, CommitMajority)
	}
	if c.Block.MaxTxs < 1 {
		add("block.max_txs %d: want ≥ 1", c.Block.MaxTxs)
	}
	if c.Block.MaxBytes < 1<<10 {
		add("block.max_bytes %d: want ≥ 1024", c.Block.MaxBytes)
	}
	if c.LockTimeout < 0 {
		add("lock_timeout %s: want ≥ 0", c.LockTimeout)
	}
	if err := c.Contract.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: contract: %w", ErrBadConfig, err))
	}
	if !sameSet(c.Contract.Orgs, c.mspIDs()) {
		add("contract.orgs %v: want the MSP ids of orgs, %v", c.Contract.Orgs, c.mspIDs())
	}
	return errors.Join(errs...)
}

func (c *Config) mspIDs() []string {
	ids := make([]string, len(c.Orgs))
	for i, o := range c.Orgs {
		ids[i] = o.MSPID
	}
	return ids
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]int{}
	for _, s := range a {
		seen[s]++
	}
	for _, s := range b {
		if seen[s]--; seen[s] < 0 {
			return false
		}
	}
	return true
}

// Quorum is how many org signatures the commit policy requires.
func (c *Config) Quorum() int { return len(c.Orgs)/2 + 1 }

// keyPath is where org o's key file lives for a ledger in dir.
func (o Org) keyPath(dir string) string {
	p := o.Key
	if p == "" {
		p = filepath.Join("keys", o.MSPID+".pem")
	}
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}

// ParseConfig decodes a YAML config strictly (unknown keys, several
// documents and an empty document are errors), fills unset fields from
// Default, and validates it.
func ParseConfig(data []byte) (Config, error) {
	return strictyaml.Parse(data, Default(), ErrBadConfig)
}

// errConfigFile names a config file that can not be read (not a bad config:
// a missing one means Default, see LoadDirConfig).
var errConfigFile = errors.New("embedded ledger config")

// LoadConfig reads and parses a YAML config file.
func LoadConfig(path string) (Config, error) {
	return strictyaml.Load(path, errConfigFile, ParseConfig)
}

// encode renders c as YAML behind a header that says whose keys live here.
func (c Config) encode() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(configHeader)
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

const configHeader = `# rwabridge embedded ledger: the single-machine default.
# Every org's signing key below lives in this directory and is used by this one
# process; this does not separate the orgs. Run the Fabric back end for a real
# consortium. Orgs and keys are fixed by the genesis block.
`

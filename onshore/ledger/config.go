package ledger

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Limits of one call.
const (
	// MaxBatch is the most events one SubmitBatch takes.
	MaxBatch = 10_000
	// MaxPage is the most records one Records page returns.
	MaxPage = 10_000
	// DefaultPage is the Records page size when the request names none.
	DefaultPage = 1000
	// MaxListed caps the lists a seal carries (missing cabinets, records
	// outside the policy's bounds); their counts are always complete.
	MaxListed = 256
	// maxMSPLen bounds an MSP id.
	maxMSPLen = 64
)

// Config is the contract's configuration. Every peer (every replay of the
// embedded ledger) must run with the same Config: it decides which events
// are accepted.
type Config struct {
	// OperatorMSP is the org whose admins manage the device registry.
	OperatorMSP string `yaml:"operator_msp" json:"operator_msp"`
	// Orgs are the consortium's MSP ids: the orgs that may attest seals and
	// log exports. OperatorMSP must be one of them.
	Orgs []string `yaml:"orgs" json:"orgs"`
	// RecordsCollection is the private collection holding raw records.
	RecordsCollection string `yaml:"records_collection" json:"records_collection"`
	// Grace is how long after an epoch's end it can first be sealed (ledger
	// time): late store-and-forward events land within it.
	Grace time.Duration `yaml:"grace" json:"grace"`
	// ChunkCapacity is the commitment's chunk size (the circuit's record
	// capacity): a power of two, see commit.CheckCapacity.
	ChunkCapacity int `yaml:"chunk_capacity" json:"chunk_capacity"`
	// MaxSkew is how far after the transaction's time an event may be
	// dated; beyond it the event is rejected (telemetry.ErrClockSkew).
	MaxSkew time.Duration `yaml:"max_skew" json:"max_skew"`
	// Bounds are the physical bounds every event is checked against on
	// ingest. A policy's own (possibly stricter) bounds apply at sealing.
	Bounds telemetry.Bounds `yaml:"bounds" json:"bounds"`
	// Verifiers is how many goroutines check a batch's signatures; 0 means
	// runtime.NumCPU(). The outcome does not depend on it.
	Verifiers int `yaml:"-" json:"-"`
}

// Default returns a three-org consortium (operator, auditor, custodian), the
// "records" collection, a 6 h grace, chunks of 1024 records, a 10 min skew
// window and telemetry.DefaultBounds.
//
// The chunk capacity is the capacity of the proving keys (rwabridge setup
// --capacity): 1024 keeps a dev setup under a minute and a chunk proof to a
// few seconds and ~0.4 GB on two cores; chunks are proven independently, so
// a large epoch is many small proofs rather than one that needs gigabytes.
func Default() Config {
	return Config{
		OperatorMSP:       "OperatorMSP",
		Orgs:              []string{"OperatorMSP", "AuditorMSP", "CustodianMSP"},
		RecordsCollection: "records",
		Grace:             6 * time.Hour,
		ChunkCapacity:     1024,
		MaxSkew:           telemetry.DefaultMaxSkew,
		Bounds:            telemetry.DefaultBounds(),
	}
}

// Validate checks the configuration and returns every problem.
func (c *Config) Validate() error {
	var errs []error
	if !validMSP(c.OperatorMSP) {
		errs = append(errs, fmt.Errorf("ledger config: operator_msp %q must be 1 to %d bytes of [A-Za-z0-9._-]", c.OperatorMSP, maxMSPLen))
	}
	if len(c.Orgs) == 0 {
		errs = append(errs, errors.New("ledger config: orgs: at least one consortium MSP id is required"))
	}
	for i, o := range c.Orgs {
		if !validMSP(o) {
			errs = append(errs, fmt.Errorf("ledger config: orgs[%d] %q must be 1 to %d bytes of [A-Za-z0-9._-]", i, o, maxMSPLen))
		}
		if slices.Index(c.Orgs, o) != i {
			errs = append(errs, fmt.Errorf("ledger config: orgs[%d] %q is listed twice", i, o))
		}
	}
	if len(c.Orgs) > 0 && !slices.Contains(c.Orgs, c.OperatorMSP) {
		errs = append(errs, fmt.Errorf("ledger config: operator_msp %q is not one of orgs %v", c.OperatorMSP, c.Orgs))
	}
	if c.RecordsCollection == "" {
		errs = append(errs, errors.New("ledger config: records_collection is required"))
	}
	if c.Grace < 0 {
		errs = append(errs, fmt.Errorf("ledger config: grace %s is negative", c.Grace))
	}
	if err := commit.CheckCapacity(c.ChunkCapacity); err != nil {
		errs = append(errs, fmt.Errorf("ledger config: chunk_capacity: %w", err))
	}
	if c.MaxSkew < 0 {
		errs = append(errs, fmt.Errorf("ledger config: max_skew %s is negative", c.MaxSkew))
	}
	if err := c.Bounds.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("ledger config: %w", err))
	}
	if c.Verifiers < 0 {
		errs = append(errs, fmt.Errorf("ledger config: verifiers %d is negative", c.Verifiers))
	}
	return errors.Join(errs...)
}

// validMSP reports whether s can be an MSP id in a key: 1 to 64 bytes of
// [A-Za-z0-9._-].
func validMSP(s string) bool {
	if len(s) == 0 || len(s) > maxMSPLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

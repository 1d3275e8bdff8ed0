package status

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	berrors "go.etcd.io/bbolt/errors"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/onshore/agent/queue"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Schema names the Report document's version.
const Schema = "rwabridge.status/v1"

// The states of a section.
const (
	// StateOK: read.
	StateOK = "ok"
	// StateNotConfigured: not asked for (no --rpc, no outbox given or found).
	StateNotConfigured = "not_configured"
	// StateAbsent: the file or directory named holds none yet (an agent
	// that never ran leaves no queue).
	StateAbsent = "absent"
	// StateInUse: a running process holds the file (bbolt's lock).
	StateInUse = "in_use"
	// StateUnreachable: the node or the ledger did not answer.
	StateUnreachable = "unreachable"
	// StateError: it answered something that could not be used.
	StateError = "error"
)

// Section is what every section says of itself.
type Section struct {
	State  string `json:"state"`
	Detail string `json:"detail,omitempty"`
}

// Report is one status reading. See the package documentation for its
// JSON document.
type Report struct {
	Schema  string    `json:"schema"`
	ReadAt  time.Time `json:"read_at"`
	OK      bool      `json:"ok"`
	Onshore Onshore   `json:"onshore"`
	Agent   Agent     `json:"agent"`
	Relayer Relayer   `json:"relayer"`
	L2      L2        `json:"l2"`
}

// Onshore is the ledger's section.
type Onshore struct {
	Section
	Backend  string        `json:"backend,omitempty"` // "embedded" or "fabric"
	Source   string        `json:"source,omitempty"`  // the data directory or connection file
	Registry string        `json:"registry,omitempty"`
	Devices  int           `json:"devices"`
	Pools    []OnshorePool `json:"pools"`
}

// OnshorePool is one pool as the ledger holds it.
type OnshorePool struct {
	Pool           telemetry.PoolID `json:"pool"`
	Devices        int              `json:"devices"`
	RevokedDevices int              `json:"revoked_devices"`
	EpochSeconds   uint64           `json:"epoch_seconds"`
	// Ingested is SealedRecords + UnsealedRecords.
	Ingested      uint64 `json:"ingested"`
	SealedRecords uint64 `json:"sealed_records"`
	// UnsealedRecords are the records of epochs not sealed yet, in
	// UnsealedEpochs.
	UnsealedRecords uint64   `json:"unsealed_records"`
	UnsealedEpochs  []uint64 `json:"unsealed_epochs"`
	Seals           int      `json:"seals"`
	Disclosable     int      `json:"disclosable"`
	Suppressed      int      `json:"suppressed"` // sealed below the policy's k (or without records): disclosed without figures
	Exported        int      `json:"exported"`   // epochs the export log holds
	LastSeal        *Seal    `json:"last_seal"`
	// AwaitingDisclosure are the disclosable seals the export log does
	// not hold yet; ProofsPending counts those the relayer's outbox holds
	// no proof of (no entry, or still "sealed"; every one when the outbox
	// does not exist yet). Nil when the outbox was not read (none given,
	// or a running relayer holds it): then no one here knows.
	AwaitingDisclosure []uint64 `json:"awaiting_disclosure"`
	ProofsPending      *int     `json:"proofs_pending"`
}

// Seal is a seal in short.
type Seal struct {
	Epoch          uint64    `json:"epoch"`
	Start          time.Time `json:"start"`
	End            time.Time `json:"end"`
	SealedAt       time.Time `json:"sealed_at"`
	Records        uint64    `json:"records"`
	ActiveCabinets uint64    `json:"active_cabinets"`
	Disclosable    bool      `json:"disclosable"`
}

// Agent is the agent queue's section.
type Agent struct {
	Section
	Path        string `json:"path,omitempty"`
	Queued      int    `json:"queued"`
	QueuedBytes int64  `json:"queued_bytes"`
}

// Relayer is the relayer outbox's section.
type Relayer struct {
	Section
	Path    string         `json:"path,omitempty"`
	Entries int            `json:"entries"`
	States  map[string]int `json:"states"`
	Failed  []FailedEntry  `json:"failed"`
}

// FailedEntry is an outbox entry that needs an operator.
type FailedEntry struct {
	Pool  telemetry.PoolID `json:"pool"`
	Epoch uint64           `json:"epoch"`
	Note  string           `json:"note"`
}

// L2 is the registry's section.
type L2 struct {
	Section
	RPC       string    `json:"rpc,omitempty"`
	Registry  string    `json:"registry,omitempty"`
	ChainID   string    `json:"chain_id,omitempty"`
	Block     uint64    `json:"block,omitempty"`
	BlockTime time.Time `json:"block_time,omitzero"`
	Pools     []L2Pool  `json:"pools"`
}

// L2Pool is one pool as the registry holds it.
type L2Pool struct {
	Pool         string  `json:"pool"`
	Active       bool    `json:"active"`
	EpochSeconds uint32  `json:"epoch_seconds"`
	LatestEpoch  *uint64 `json:"latest_epoch"`
	Disclosures  int     `json:"disclosures"`
	// Stale is the registry's isStale: the epoch after the latest
	// disclosed one (MissingEpoch) has ended (at MissingEpochEnd).
	Stale           bool          `json:"stale"`
	MissingEpoch    *uint64       `json:"missing_epoch"`
	MissingEpochEnd *time.Time    `json:"missing_epoch_end"`
	Verifier        string        `json:"verifier"`
	VKHash          string        `json:"vk_hash"`
	Keys            investor.Keys `json:"keys"`
}

// Ledger is what the onshore section reads; *ledger.Client satisfies it.
type Ledger interface {
	Stats(ctx context.Context) (*ledger.Stats, error)
	Registry(ctx context.Context) (*telemetry.Registry, error)
	ListSeals(ctx context.Context, pool telemetry.PoolID) ([]ledger.Seal, error)
	ExportLog(ctx context.Context, pool telemetry.PoolID) ([]ledger.Export, error)
	RecordsPage(ctx context.Context, req ledger.RecordsRequest) (*ledger.RecordsPage, error)
}

var _ Ledger = (*ledger.Client)(nil)

// Sources are what Gather reads. Every field is optional.
type Sources struct {
	// Ledger is the open ledger; when nil, LedgerErr says why it could
	// not be opened (nil too: not configured).
	Ledger    Ledger
	LedgerErr error
	Backend   string // "embedded" or "fabric"
	// LedgerSource names where the ledger is (its data directory or
	// connection file), for the reader.
	LedgerSource string
	// Policy numbers the epochs of a pool that has no seal yet (its
	// unsealed records are counted per epoch of this policy); a pool with
	// seals uses its seals' epoch length. Nil: such a pool's records are
	// not counted.
	Policy    *policy.Policy
	PolicyDoc []byte

	// AgentQueue is the agent's queue file (DATA/agent/queue.db).
	AgentQueue string
	// Outbox is the relayer's outbox directory.
	Outbox string

	// Chain is the L2 node (nil: not configured, or ChainErr says why it
	// could not be reached); RPC names it.
	Chain    investor.Backend
	ChainErr error
	RPC      string
	Registry common.Address
	// ChainID, when set, is the chain the registry was deployed on (a
	// deployment file's): another chain is an error, not its figures.
	ChainID *big.Int
	// Investor configures the registry reader (its Registry is set from
	// Registry): a key set given (VK, VKInsecure, VKCeremony, VKCapacity) names the
	// kind of keys a verifier pinning its hash holds.
	Investor investor.Config

	// Pools, when set, keeps only these pools in every section.
	Pools []telemetry.PoolID
	// Now is the reading's clock (nil: time.Now).
	Now func() time.Time
	// LockTimeout bounds the wait for an outbox another process holds
	// (0: one second; the agent's queue has its own).
	LockTimeout time.Duration
}

func (s *Sources) wants(pool string) bool {
	return len(s.Pools) == 0 || slices.Contains(s.Pools, telemetry.PoolID(pool))
}

// Gather reads every section. It never fails as a whole: a section that
// can not be read says why, and Report.OK is false when the ledger or the
// L2 could not be read.
func Gather(ctx context.Context, src Sources) *Report {
	now := time.Now
	if src.Now != nil {
		now = src.Now
	}
	r := &Report{Schema: Schema, ReadAt: now().UTC()}
	// The outbox first: the onshore section counts proofs it holds.
	var entries []outbox.Entry
	r.Relayer, entries = readOutbox(&src)
	// An outbox that does not exist yet holds no proof; one not read
	// (not given, held, broken) leaves the pending proofs unknown.
	known := r.Relayer.State == StateOK || r.Relayer.State == StateAbsent
	r.Onshore = readOnshore(ctx, &src, entries, known, now())
	r.Agent = readAgent(&src)
	r.L2 = readL2(ctx, &src)
	r.OK = true
	for _, s := range []Section{r.Onshore.Section, r.Agent.Section, r.Relayer.Section, r.L2.Section} {
		if s.State == StateUnreachable || s.State == StateError {
			r.OK = false
		}
	}
	return r
}

// Unknown returns the pools of asked that no section read holds: neither
// the ledger (when read) nor the registry (when read). Nil when no section
// was read.
func (r *Report) Unknown(asked []telemetry.PoolID) []telemetry.PoolID {
	onshore, l2 := r.Onshore.State == StateOK, r.L2.State == StateOK
	if !onshore && !l2 {
		return nil
	}
	var out []telemetry.PoolID
	for _, id := range asked {
		held := onshore && slices.ContainsFunc(r.Onshore.Pools, func(p OnshorePool) bool { return p.Pool == id }) ||
			l2 && slices.ContainsFunc(r.L2.Pools, func(p L2Pool) bool { return p.Pool == string(id) })
		if !held {
			out = append(out, id)
		}
	}
	return out
}

// lockTimeout is how long to wait for an outbox held by another process.
func (s *Sources) lockTimeout() time.Duration {
	if s.LockTimeout > 0 {
		return s.LockTimeout
	}
	return time.Second
}

func exists(path string) (bool, error) {
	_, err := os.Stat(path)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	}
	return false, err
}

// inUse reports whether err is bbolt's lock timeout: another process has
// the file open.
func inUse(err error) bool { return errors.Is(err, berrors.ErrTimeout) }

// readAgent counts the agent's queue, without creating it.
func readAgent(src *Sources) Agent {
	a := Agent{Path: src.AgentQueue}
	if src.AgentQueue == "" {
		a.Section = Section{StateNotConfigured, "no agent data directory given"}
		return a
	}
	ok, err := exists(src.AgentQueue)
	switch {
	case err != nil:
		a.Section = Section{StateError, err.Error()}
		return a
	case !ok:
		a.Section = Section{StateAbsent, "no agent queue: no agent has run with this data directory"}
		return a
	}
	// The budget only bounds appends, which status never makes; a running
	// agent's lock makes Open give up after the queue's lock timeout.
	q, err := queue.Open(src.AgentQueue, 1<<62)
	switch {
	case inUse(err):
		a.Section = Section{StateInUse, "a running agent holds the queue: its /metrics serves the queue depth (rwabridge_agent_queue_events)"}
		return a
	case err != nil:
		a.Section = Section{StateError, err.Error()}
		return a
	}
	defer q.Close()
	a.Section = Section{State: StateOK}
	a.Queued, a.QueuedBytes = q.Len(), q.Bytes()
	return a
}

// readOutbox counts the relayer's outbox by state, without creating it.
func readOutbox(src *Sources) (Relayer, []outbox.Entry) {
	r := Relayer{Path: src.Outbox, States: map[string]int{}, Failed: []FailedEntry{}}
	for _, s := range outbox.States() {
		r.States[string(s)] = 0
	}
	if src.Outbox == "" {
		r.Section = Section{StateNotConfigured, "no relayer outbox given (--outbox) or found in the data directory"}
		return r, nil
	}
	ok, err := exists(filepath.Join(src.Outbox, outbox.DBFile))
	switch {
	case err != nil:
		r.Section = Section{StateError, err.Error()}
		return r, nil
	case !ok:
		r.Section = Section{StateAbsent, fmt.Sprintf("no outbox in %s: no relayer has run with it", src.Outbox)}
		return r, nil
	}
	ob, err := outbox.Open(src.Outbox, src.lockTimeout())
	switch {
	case inUse(err):
		r.Section = Section{StateInUse, "a running relayer holds the outbox: its /metrics serves the epochs by state (rwabridge_relay_epochs)"}
		return r, nil
	case err != nil:
		r.Section = Section{StateError, err.Error()}
		return r, nil
	}
	defer ob.Close()
	all, err := ob.List()
	if err != nil {
		r.Section = Section{StateError, err.Error()}
		return r, nil
	}
	var kept []outbox.Entry
	for _, e := range all {
		if !src.wants(string(e.Pool)) {
			continue
		}
		kept = append(kept, e)
		r.Entries++
		r.States[string(e.State)]++
		if e.State == outbox.Failed {
			r.Failed = append(r.Failed, FailedEntry{Pool: e.Pool, Epoch: e.Epoch, Note: e.Note})
		}
	}
	r.Section = Section{State: StateOK}
	return r, kept
}

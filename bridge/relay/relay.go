package relay

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/robfig/cron/v3"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/internal/liveness"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Errors.
var (
	// ErrChainMismatch: the node's chain id is not the configured one.
	ErrChainMismatch = errors.New("node is on another chain")
	// ErrBundleMismatch: a bundle on disk does not belong to the seal.
	ErrBundleMismatch = errors.New("bundle does not match the seal")
	// ErrNoExportTx: the registry has the epoch but no DisclosureAccepted
	// log names its transaction.
	ErrNoExportTx = errors.New("disclosure transaction not found")
)

// Crash points: Deps.CrashPoint is called with these after the step's
// durable write (or, for PointBroadcast, after the send).
const (
	PointBundleWritten = "bundle-written" // bundle file in place, not yet recorded
	PointProved        = "proved"
	PointAttested      = "attested"
	PointSubmitted     = "submitted" // raw transaction recorded, not yet broadcast
	PointBroadcast     = "broadcast"
	PointReplaced      = "replaced" // replacement recorded, not yet broadcast
	PointIncluded      = "included"
	PointConfirmed     = "confirmed"
	PointExported      = "exported"
)

// Points lists every crash point in order.
func Points() []string {
	return []string{PointBundleWritten, PointProved, PointAttested, PointSubmitted, PointBroadcast,
		PointReplaced, PointIncluded, PointConfirmed, PointExported}
}

// Chain is what the relayer needs of an L2 node; *ethclient.Client and
// the simulated backend's client satisfy it.
type Chain interface {
	ChainID(ctx context.Context) (*big.Int, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Ledger is what the relayer needs of the onshore ledger; *ledger.Client
// satisfies it.
type Ledger interface {
	ListSeals(ctx context.Context, pool telemetry.PoolID) ([]ledger.Seal, error)
	Attestations(ctx context.Context, pool telemetry.PoolID, epoch uint64) ([]ledger.Attestation, error)
	RecordExport(ctx context.Context, x ledger.ExportRequest) (*ledger.Export, error)
}

var _ Ledger = (*ledger.Client)(nil)

// SealEvents wakes the relayer when the onshore ledger creates a seal;
// *backend.Conn satisfies it. Seals returns a channel that receives after
// new seals (one value may stand for several) and is closed when the source
// ends, or a nil channel when the ledger has no event source; checkpoint is
// where the source keeps its position (Config.SealCheckpoint).
type SealEvents interface {
	Seals(ctx context.Context, checkpoint string) (<-chan struct{}, error)
}

var _ SealEvents = (*backend.Conn)(nil)

// SealCheckpointFile is the name of the seal listener's checkpoint in the
// outbox directory when Config.SealCheckpoint is empty.
const SealCheckpointFile = "seals.checkpoint"

// Prover proves a sealed epoch; *prove.Prover satisfies it.
type Prover interface {
	Prove(ctx context.Context, seal *ledger.Seal) (*bundle.Bundle, error)
}

// Deps are the relayer's open dependencies.
type Deps struct {
	Ledger Ledger
	Chain  Chain
	Prover Prover
	Outbox *outbox.Outbox
	Key    *ecdsa.PrivateKey
	Logger *slog.Logger
	// Registerer, when set, gets the relayer's metrics.
	Registerer prometheus.Registerer
	// CrashPoint, when set, is called at every durable step (Points).
	CrashPoint func(point string)
	// Now is the clock (time.Now when nil).
	Now func() time.Time
	// SealEvents, when set, makes Run pass as soon as a seal is created,
	// besides the schedule.
	SealEvents SealEvents
}

// EpochReport is what one pass did with one epoch.
type EpochReport struct {
	Pool          telemetry.PoolID
	Epoch         uint64
	From, To      outbox.State
	AlreadyPosted bool     // disclosed before this relayer's transaction (or by another relayer)
	TxHash        string   // the including transaction, once known
	Notes         []string // what happened or what it waits for
	Err           error
}

// Report is what one pass did, per epoch, in pool and epoch order.
type Report struct {
	Epochs []EpochReport
}

// Epoch returns the report of (pool, epoch), or nil.
func (r *Report) Epoch(pool telemetry.PoolID, epoch uint64) *EpochReport {
	for i := range r.Epochs {
		if r.Epochs[i].Pool == pool && r.Epochs[i].Epoch == epoch {
			return &r.Epochs[i]
		}
	}
	return nil
}

// Relayer relays disclosures. Once and Run may not run concurrently (Once
// serialises itself).
type Relayer struct {
	cfg  Config
	d    Deps
	from common.Address
	log  *slog.Logger
	m    *metrics
	mu   sync.Mutex
	reg  common.Address
	// ledgerDep and chainDep say whether the ledger and the L2 node answer
	// (Healthy, the dependency_up gauge).
	ledgerDep, chainDep *liveness.Dep
}

var registryABI = registry.ABI

// New returns a relayer.
func New(cfg Config, d Deps) (*Relayer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if d.Ledger == nil || d.Chain == nil || d.Prover == nil || d.Outbox == nil || d.Key == nil {
		return nil, fmt.Errorf("%w: ledger, chain, prover, outbox and key are required", ErrInvalidConfig)
	}
	if d.Logger == nil {
		d.Logger = slog.New(slog.DiscardHandler)
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.CrashPoint == nil {
		d.CrashPoint = func(string) {}
	}
	m, err := newMetrics(d.Registerer)
	if err != nil {
		return nil, fmt.Errorf("relay: metrics: %w", err)
	}
	return &Relayer{cfg: cfg, d: d, from: crypto.PubkeyToAddress(d.Key.PublicKey), log: d.Logger, m: m,
		reg: cfg.RegistryAddress(), ledgerDep: liveness.New("ledger", m.up, d.Logger), chainDep: liveness.New("L2 node", m.up, d.Logger)}, nil
}

// Healthy reports whether the relayer can do its job: false, with why,
// once the ledger or the L2 node has not answered for longer than
// unhealthy_after.
func (r *Relayer) Healthy() (bool, string) {
	after := r.cfg.UnhealthyAfter
	if after == 0 {
		after = DefaultUnhealthyAfter
	}
	for _, dep := range []*liveness.Dep{r.chainDep, r.ledgerDep} {
		if down, d := dep.Down(after); down {
			return false, fmt.Sprintf("the %s has not answered for %s", dep.Name(), d.Round(time.Second))
		}
	}
	return true, "ok"
}

// Address returns the relayer's sending address.
func (r *Relayer) Address() common.Address { return r.from }

// pass is what one pass reads from the chain once.
type pass struct {
	chainID   *big.Int
	dom       disclosure.Domain
	members   map[common.Address]bool
	threshold int
	version   uint64 // the committee's
	// held are the epochs held back for the end of the pass (batch.go);
	// alone those the pass sends by themselves.
	held  []held
	alone map[outbox.BatchItem]bool
}

// Once makes one pass over every sealed epoch: each moves as far as it can
// now. The error joins the epochs' errors (each also in the report).
func (r *Relayer) Once(ctx context.Context) (*Report, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	rep := &Report{}
	p, err := r.begin(ctx)
	if err != nil {
		r.m.errors.Inc()
		return rep, err
	}
	var seals []ledger.Seal
	if err := r.retry(ctx, "ledger_list_seals", func() error {
		var err error
		seals, err = r.d.Ledger.ListSeals(ctx, "")
		return err
	}); err != nil {
		r.m.errors.Inc()
		if ctx.Err() == nil {
			r.ledgerDep.Fail(err)
		}
		return rep, fmt.Errorf("relay: list seals: %w", err)
	}
	r.ledgerDep.OK()
	seals = slices.DeleteFunc(seals, func(s ledger.Seal) bool {
		return len(r.cfg.Pools) > 0 && !slices.Contains(r.cfg.Pools, s.Pool)
	})
	slices.SortFunc(seals, func(a, b ledger.Seal) int {
		if c := strings.Compare(string(a.Pool), string(b.Pool)); c != 0 {
			return c
		}
		return cmp.Compare(a.Epoch, b.Epoch)
	})
	var errs []error
	canSubmit := map[telemetry.PoolID]bool{}
	disclosed := map[telemetry.PoolID]time.Time{}
	for i := range seals {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		s := &seals[i]
		if _, ok := canSubmit[s.Pool]; !ok {
			canSubmit[s.Pool] = true
		}
		er, e := r.advance(ctx, p, s, canSubmit[s.Pool])
		rep.Epochs = append(rep.Epochs, er)
		if er.Err != nil {
			errs = append(errs, fmt.Errorf("%s epoch %d: %w", s.Pool, s.Epoch, er.Err))
			r.m.errors.Inc()
		}
		// A later epoch is sent once this one is in a block without
		// reverting (its final part, when sent in parts): were it sent earlier, a refusal of this one (a
		// pause landing first) would let the later one land past it.
		if e == nil || !(e.State.Terminal() || e.State == outbox.Confirmed || (e.State == outbox.Submitted && e.Included != nil && finalTx(e))) {
			canSubmit[s.Pool] = false
		}
		if e != nil && (e.State == outbox.Confirmed || e.State == outbox.Exported) {
			r.m.disclosed(s, disclosed)
		}
	}
	for _, err := range r.sendReady(ctx, p, rep) {
		errs = append(errs, err)
		r.m.errors.Inc()
	}
	r.updateStates()
	r.m.lastPass.Set(float64(r.d.Now().UnixNano()) / 1e9)
	return rep, errors.Join(errs...)
}

// begin reads the chain id and the committee.
func (r *Relayer) begin(ctx context.Context) (*pass, error) {
	var id *big.Int
	if err := r.retry(ctx, "chain_id", func() error {
		var err error
		id, err = r.d.Chain.ChainID(ctx)
		return err
	}); err != nil {
		if ctx.Err() == nil {
			r.chainDep.Fail(err)
		}
		return nil, fmt.Errorf("relay: chain id: %w", err)
	}
	r.chainDep.OK()
	if r.cfg.ChainID != 0 && id.Uint64() != r.cfg.ChainID {
		return nil, fmt.Errorf("%w: node says %s, config %d", ErrChainMismatch, id, r.cfg.ChainID)
	}
	members, threshold, version, err := r.committeeNow(ctx)
	if err != nil {
		return nil, err
	}
	return &pass{chainID: id, dom: disclosure.Domain{ChainID: id, Registry: r.reg}, members: members, threshold: threshold, version: version}, nil
}

// advance moves one epoch as far as it goes now.
func (r *Relayer) advance(ctx context.Context, p *pass, s *ledger.Seal, canSubmit bool) (EpochReport, *outbox.Entry) {
	er := EpochReport{Pool: s.Pool, Epoch: s.Epoch}
	e, ok, err := r.d.Outbox.Get(s.Pool, s.Epoch)
	if err != nil {
		er.Err = err
		return er, nil
	}
	if !ok {
		e = &outbox.Entry{Pool: s.Pool, Epoch: s.Epoch, State: outbox.Sealed, PolicyHash: s.PolicyHash}
		if err := r.d.Outbox.Put(e); err != nil {
			er.Err = err
			return er, nil
		}
	}
	er.From = e.State
	log := r.log.With("pool", s.Pool, "epoch", s.Epoch)
	for steps := 0; steps < 16 && !e.State.Terminal(); steps++ {
		before := e.State
		moved, err := r.step(ctx, p, s, e, canSubmit, &er)
		if err != nil {
			er.Err = err
			log.Error("relay step failed", "state", e.State, "err", err)
			break
		}
		if e.State != before {
			r.m.transitions.WithLabelValues(string(e.State)).Inc()
			log.Info("epoch moved", "from", before, "to", e.State)
		}
		if !moved {
			break
		}
	}
	er.To = e.State
	er.AlreadyPosted = e.AlreadyPosted
	if e.Included != nil {
		er.TxHash = e.Included.TxHash.String()
	}
	return er, e
}

func (r *Relayer) put(e *outbox.Entry, point string) error {
	if err := r.d.Outbox.Put(e); err != nil {
		return err
	}
	r.d.CrashPoint(point)
	return nil
}

func (r *Relayer) step(ctx context.Context, p *pass, s *ledger.Seal, e *outbox.Entry, canSubmit bool, er *EpochReport) (bool, error) {
	note := func(format string, args ...any) { er.Notes = append(er.Notes, fmt.Sprintf(format, args...)) }
	switch e.State {
	case outbox.Sealed:
		if !s.Disclosable {
			note("below k-anonymity (%d active cabinets, policy needs %d): disclosed suppressed, no figures", s.ActiveCabinets, s.MinActiveCabinets)
		}
		if done, err := r.checkPosted(ctx, s, e, note); done || err != nil {
			return done, err
		}
		name, sum, err := r.bundleFor(ctx, s, note)
		if err != nil {
			return false, err
		}
		e.Bundle, e.BundleSHA256, e.State = name, sum, outbox.Proved
		return true, r.put(e, PointProved)

	case outbox.Proved:
		sub, err := r.submission(e)
		if err != nil {
			return false, err
		}
		digest := sub.Disclosure.Digest(p.dom)
		var atts []ledger.Attestation
		if err := r.retry(ctx, "ledger_attestations", func() error {
			var err error
			atts, err = r.d.Ledger.Attestations(ctx, s.Pool, s.Epoch)
			return err
		}); err != nil {
			return false, fmt.Errorf("relay: attestations: %w", err)
		}
		sigs, skipped := validSignatures(atts, digest, p.members)
		if skipped > 0 {
			note("%d attestation(s) ignored: other digest, bad signature or not a committee member", skipped)
		}
		if len(sigs) < p.threshold {
			r.m.waitingQuorum.Inc()
			note("waiting for attestations: %d of %d", len(sigs), p.threshold)
			return false, nil
		}
		e.Signatures, e.Threshold, e.CommitteeVersion, e.State = sigs, p.threshold, p.version, outbox.Attested
		return true, r.put(e, PointAttested)

	case outbox.Attested:
		if !signedUnder(e, p) {
			return r.recollect(p, e, note)
		}
		if !canSubmit {
			note("waiting for an earlier epoch of the pool")
			return false, nil
		}
		if v := e.Revert; v != nil && v.Class == outbox.RevertWait && r.d.Now().Before(v.RetryAt) {
			note("waiting until %s: %s (%d× since %s): %s", v.RetryAt.UTC().Format(time.RFC3339), v, v.Count,
				v.Since.UTC().Format(time.RFC3339), v.Action)
			return false, nil
		}
		if done, err := r.checkPosted(ctx, s, e, note); done || err != nil {
			return done, err
		}
		if r.queue(p, s, e, note) {
			return false, nil
		}
		return r.send(ctx, p, s, e, note)

	case outbox.Submitted:
		return r.track(ctx, p, s, e, note)

	case outbox.Failed:
		note("stuck: %s; rwabridge relay retry re-queues it", e.Note)
		return false, nil

	case outbox.Confirmed:
		inc := e.Included
		x := ledger.ExportRequest{Pool: e.Pool, Epoch: e.Epoch, PolicyHash: e.PolicyHash, ChainID: p.chainID.Uint64(),
			Registry: r.reg.Hex(), TxHash: inc.TxHash, Block: inc.Block, Time: inc.Time}
		if err := r.retry(ctx, "ledger_record_export", func() error {
			_, err := r.d.Ledger.RecordExport(ctx, x)
			return err
		}); err != nil {
			return false, fmt.Errorf("relay: record export: %w", err)
		}
		e.State, e.ExportedAt = outbox.Exported, r.d.Now().UTC()
		note("export logged on the ledger: tx %s, block %d", inc.TxHash, inc.Block)
		return true, r.put(e, PointExported)
	}
	return false, nil
}

// bundleFor returns the epoch's bundle file: one already on disk (written
// before a crash) when it matches the seal, else a fresh proof.
func (r *Relayer) bundleFor(ctx context.Context, s *ledger.Seal, note func(string, ...any)) (string, string, error) {
	name := outbox.BundleName(s.Pool, s.Epoch)
	if b, sum, err := r.d.Outbox.ReadBundle(name, ""); err == nil {
		if err := prove.Match(b, s); err != nil {
			return "", "", err
		}
		note("adopted the bundle already on disk (no second proof)")
		return name, sum, nil
	}
	began := time.Now()
	b, err := r.d.Prover.Prove(ctx, s)
	r.m.proveSeconds.Observe(time.Since(began).Seconds())
	if err != nil {
		return "", "", fmt.Errorf("relay: prove: %w", err)
	}
	r.m.proofs.Inc()
	if err := prove.Match(b, s); err != nil {
		return "", "", err
	}
	name, sum, err := r.d.Outbox.WriteBundle(s.Pool, s.Epoch, b)
	if err != nil {
		return "", "", err
	}
	r.d.CrashPoint(PointBundleWritten)
	note("proved: %d chunk(s), %d records", len(b.Chunks), s.Count)
	return name, sum, nil
}

func (r *Relayer) submission(e *outbox.Entry) (*disclosure.Submission, error) {
	b, _, err := r.d.Outbox.ReadBundle(e.Bundle, e.BundleSHA256)
	if err != nil {
		return nil, err
	}
	return disclosure.FromBundle(b)
}

func validSignatures(atts []ledger.Attestation, digest [32]byte, members map[common.Address]bool) ([]outbox.Signature, int) {
	seen := map[common.Address]bool{}
	var out []outbox.Signature
	skipped := 0
	for _, a := range atts {
		if a.Digest != field.Digest(digest) {
			skipped++
			continue
		}
		got, err := disclosure.Recover(digest, a.Signature)
		if err != nil || got != common.HexToAddress(a.Signer) || !members[got] || seen[got] {
			skipped++
			continue
		}
		seen[got] = true
		out = append(out, outbox.Signature{Org: a.Org, Signer: got.Hex(), Sig: a.Signature})
	}
	return out, skipped
}

// checkPosted asks the registry whether the epoch is disclosed; if so the
// entry becomes confirmed (already posted) once deep enough when the
// disclosure is its own, and failed when it is another (posted).
func (r *Relayer) checkPosted(ctx context.Context, s *ledger.Seal, e *outbox.Entry, note func(string, ...any)) (bool, error) {
	inc, d, err := r.onChain(ctx, e.Pool, e.Epoch)
	if err != nil || inc == nil {
		return false, err
	}
	return r.posted(ctx, s, e, inc, d, note)
}

func (r *Relayer) alreadyPosted(ctx context.Context, e *outbox.Entry, inc *outbox.Inclusion, note func(string, ...any)) (bool, error) {
	deep, err := r.deep(ctx, inc.Block)
	if err != nil {
		return false, err
	}
	if !deep {
		note("already disclosed at block %d, waiting for depth", inc.Block)
		return false, nil
	}
	ours := false
	for _, t := range e.Txs {
		ours = ours || t.Hash == inc.TxHash
	}
	e.Included, e.State, e.Revert = inc, outbox.Confirmed, nil
	e.AlreadyPosted = !ours
	if e.AlreadyPosted {
		r.m.alreadyPosted.Inc()
		note("already posted in tx %s (block %d): done, not an error", inc.TxHash, inc.Block)
	}
	return true, r.put(e, PointConfirmed)
}

// onChain returns where the registry accepted (pool, epoch) and what, or
// nil.
func (r *Relayer) onChain(ctx context.Context, pool telemetry.PoolID, epoch uint64) (*outbox.Inclusion, *disclosure.Disclosure, error) {
	rd := &registry.Reader{Chain: r.d.Chain, Address: r.reg}
	var ev *registry.Accepted
	err := r.retry(ctx, "registry_disclosure", func() error {
		var err error
		ev, err = rd.Disclosure(ctx, pool.Field(), epoch)
		return err
	})
	switch {
	case errors.Is(err, registry.ErrNotAccepted):
		return nil, nil, nil
	case err != nil:
		return nil, nil, fmt.Errorf("relay: %w: %w", ErrNoExportTx, err)
	}
	h, err := r.header(ctx, new(big.Int).SetUint64(ev.Raw.BlockNumber))
	if err != nil {
		return nil, nil, err
	}
	d := registry.OfEvent(ev)
	return &outbox.Inclusion{TxHash: field.Digest(ev.Raw.TxHash), Block: ev.Raw.BlockNumber, BlockHash: field.Digest(ev.Raw.BlockHash),
		Time: time.Unix(int64(h.Time), 0).UTC()}, &d, nil
}

func (r *Relayer) call(ctx context.Context, data []byte) ([]byte, error) {
	var out []byte
	err := r.retry(ctx, "eth_call", func() error {
		var err error
		out, err = r.d.Chain.CallContract(ctx, ethereum.CallMsg{From: r.from, To: &r.reg, Data: data}, nil)
		return err
	})
	return out, err
}

func (r *Relayer) header(ctx context.Context, n *big.Int) (*types.Header, error) {
	var h *types.Header
	err := r.retry(ctx, "header", func() error {
		var err error
		h, err = r.d.Chain.HeaderByNumber(ctx, n)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("relay: header %v: %w", n, err)
	}
	return h, nil
}

// deep reports whether block is Confirmations deep (and finalized when
// configured and the node has the tag).
func (r *Relayer) deep(ctx context.Context, block uint64) (bool, error) {
	head, err := r.header(ctx, nil)
	if err != nil {
		return false, err
	}
	if head.Number.Uint64()+1 < block+r.cfg.Confirmations {
		return false, nil
	}
	if r.cfg.Finalized {
		fin, err := r.d.Chain.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err == nil && fin != nil && fin.Number.Uint64() < block {
			return false, nil
		}
	}
	return true, nil
}

// Run passes once now and then on the cron schedule until ctx ends; given
// Deps.SealEvents it also passes as soon as a seal is created (a pass that
// is running finishes first; seals reported meanwhile make one more). The
// schedule stays the fallback and the retry: a seal source that cannot
// start or ends is logged and leaves the schedule. It returns nil on a
// clean shutdown, after the running pass ends.
func (r *Relayer) Run(ctx context.Context) error {
	pass := func() {
		rep, err := r.Once(ctx)
		if err != nil && ctx.Err() == nil {
			r.log.Warn("relay pass had errors", "err", err)
		}
		for _, e := range rep.Epochs {
			if e.From != e.To {
				r.log.Info("relay pass", "pool", e.Pool, "epoch", e.Epoch, "from", e.From, "to", e.To, "notes", strings.Join(e.Notes, "; "))
			}
		}
	}
	c := cron.New(cron.WithLocation(time.UTC), cron.WithChain(cron.SkipIfStillRunning(cron.DiscardLogger)))
	if _, err := c.AddFunc(r.cfg.Schedule, pass); err != nil {
		return fmt.Errorf("%w: schedule: %w", ErrInvalidConfig, err)
	}
	wake := r.sealEvents(ctx)
	pass()
	c.Start()
	woken := make(chan struct{})
	go func() {
		defer close(woken)
		r.passOnSeals(ctx, wake, pass)
	}()
	<-ctx.Done()
	<-c.Stop().Done()
	<-woken
	return nil
}

// sealCheckpoint is Config.SealCheckpoint, or SealCheckpointFile in the
// outbox directory.
func (r *Relayer) sealCheckpoint() string {
	if r.cfg.SealCheckpoint != "" {
		return r.cfg.SealCheckpoint
	}
	return filepath.Join(r.d.Outbox.Dir(), SealCheckpointFile)
}

// sealEvents starts the seal source, if any; nil means the schedule only.
func (r *Relayer) sealEvents(ctx context.Context) <-chan struct{} {
	if r.d.SealEvents == nil {
		return nil
	}
	cp := r.sealCheckpoint()
	wake, err := r.d.SealEvents.Seals(ctx, cp)
	switch {
	case err != nil:
		r.log.Error("no seal events: passing on the schedule only", "schedule", r.cfg.Schedule, "err", err)
	case wake == nil:
		r.log.Info("the ledger has no seal events: passing on the schedule", "schedule", r.cfg.Schedule)
	default:
		r.log.Info("passing on seal events and on the schedule", "checkpoint", cp, "schedule", r.cfg.Schedule)
	}
	return wake
}

// passOnSeals passes after each seal event until ctx ends or the source
// closes.
func (r *Relayer) passOnSeals(ctx context.Context, wake <-chan struct{}, pass func()) {
	if wake == nil {
		return
	}
	for {
		select {
		case <-ctx.Done():
			return
		case _, ok := <-wake:
			if ctx.Err() != nil {
				return
			}
			if !ok {
				r.log.Warn("seal events ended: passing on the schedule only", "schedule", r.cfg.Schedule)
				return
			}
			r.log.Debug("seal event: passing now")
			pass()
		}
	}
}

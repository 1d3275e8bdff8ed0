// Package attest owns one consortium org's attestor: it watches its own
// view of the onshore ledger for seals, recomputes every seal from the
// sealed records with the circuit's native twin (root, count, chunk roots
// and counts, aggregates, k-anonymity; bridge/prove.Recompute) and signs
// the EIP-712 disclosure message (offshore/disclosure.FromSummary, which
// imports no contract binding) with the org's key only when everything
// agrees, then records the attestation on the ledger
// (idempotent). A seal that differs is refused with ErrSealMismatch: an
// error log line, the rwabridge_attest_seals_refused_total metric, no
// signature.
//
// An epoch below its policy's k-anonymity threshold (seal.Disclosable
// false, and the records agree), an epoch without records included, is
// signed as suppressed: a disclosure with no figures (every metric 0, its
// suppressed flag set), which the registry takes in its place in the
// pool's sequence of epochs, so no epoch is ever skipped. The attestor
// reports it as suppressed (log line and
// rwabridge_attest_seals_suppressed_total); its figures never leave.
//
// Run passes over the seals every PollInterval and, given a SealEvents
// source (WithSealEvents; on Fabric the ledger connection's seal listener,
// resumed from Config.SealCheckpoint), also as soon as a seal is created.
// The poll stays the fallback and the retry: when the source is missing,
// fails or ends, the attestor keeps polling. Healthy says whether its
// ledger answers (the command serves it on /healthz; a log line and the
// dependency_up gauge mark every change).
//
// It does not open ledgers, listen to ledger events or read key files and
// flags (`rwabridge attest` and onshore/ledger/backend do), prove, or send
// anything to the L2.
package attest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/internal/liveness"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// ErrSealMismatch: a seal differs from the attestor's own recomputation
// from the sealed records; the attestor refuses to sign it.
var ErrSealMismatch = prove.ErrSealMismatch

// Ledger is what the attestor needs of its org's ledger view;
// *ledger.Client satisfies it. RecordAttestation must run as the org.
type Ledger interface {
	ListSeals(ctx context.Context, pool telemetry.PoolID) ([]ledger.Seal, error)
	Records(ctx context.Context, pool telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error
	Attestations(ctx context.Context, pool telemetry.PoolID, epoch uint64) ([]ledger.Attestation, error)
	RecordAttestation(ctx context.Context, a ledger.AttestationRequest) (*ledger.Attestation, error)
}

var _ Ledger = (*ledger.Client)(nil)

// SealEvents wakes the attestor when its ledger creates a seal;
// *backend.Conn satisfies it. Seals returns a channel that receives after
// new seals (one value may stand for several) and is closed when the source
// ends, or a nil channel when the ledger has no event source; checkpoint is
// where the source keeps its position (Config.SealCheckpoint).
type SealEvents interface {
	Seals(ctx context.Context, checkpoint string) (<-chan struct{}, error)
}

var _ SealEvents = (*backend.Conn)(nil)

// Outcome is what the attestor did with one seal.
type Outcome string

// Outcomes.
const (
	Attested   Outcome = "attested"   // signed and recorded now
	Already    Outcome = "already"    // this org's attestation was on the ledger
	Suppressed Outcome = "suppressed" // below k-anonymity: signed with no figures, now
	Refused    Outcome = "refused"    // differs from the recomputation: not signed
)

// Result is one seal's outcome.
type Result struct {
	Pool    telemetry.PoolID
	Epoch   uint64
	Outcome Outcome
	Signer  string // when attested or already
	Digest  string // when attested
	Err     error  // when refused
}

// Report is what one pass did.
type Report struct {
	Results []Result
}

// Count returns how many results had outcome o.
func (r *Report) Count(o Outcome) int {
	n := 0
	for _, x := range r.Results {
		if x.Outcome == o {
			n++
		}
	}
	return n
}

// Option adjusts New.
type Option func(*Attestor)

// WithRegisterer registers the attestor's metrics with reg.
func WithRegisterer(reg prometheus.Registerer) Option { return func(a *Attestor) { a.reg = reg } }

// WithPolicies sets the policies seals may name (default: the embedded
// ones).
func WithPolicies(ps []*policy.Policy) Option { return func(a *Attestor) { a.policies = ps } }

// WithSealEvents makes Run pass as soon as src reports a seal, besides
// polling.
func WithSealEvents(src SealEvents) Option { return func(a *Attestor) { a.events = src } }

// Attestor is one org's attestor.
type Attestor struct {
	cfg      Config
	ledger   Ledger
	key      *ecdsa.PrivateKey
	dom      disclosure.Domain
	log      *slog.Logger
	reg      prometheus.Registerer
	policies []*policy.Policy
	events   SealEvents // nil: poll only
	// ledgerDep says whether the ledger answers (Healthy, the up gauge).
	ledgerDep *liveness.Dep
	m         *metrics
	done      map[ledger.SealRef]Outcome // attested, already or withheld: final
}

// New returns the attestor of cfg.Org, signing with key for the registry
// cfg.Registry on chain cfg.ChainID (which must be set: the command reads
// it from the RPC endpoint when the file leaves it 0).
func New(cfg Config, l Ledger, key *ecdsa.PrivateKey, log *slog.Logger, opts ...Option) (*Attestor, error) {
	if cfg.PollInterval == 0 {
		cfg.PollInterval = Default().PollInterval
	}
	if cfg.ChainID == 0 {
		return nil, fmt.Errorf("%w: chain id unknown (set chain_id or rpc)", ErrInvalidConfig)
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if l == nil || key == nil {
		return nil, fmt.Errorf("%w: a ledger and a key are required", ErrInvalidConfig)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	a := &Attestor{cfg: cfg, ledger: l, key: key, log: log.With("org", cfg.Org),
		dom:  disclosure.Domain{ChainID: new(big.Int).SetUint64(cfg.ChainID), Registry: cfg.RegistryAddress()},
		done: map[ledger.SealRef]Outcome{}}
	for _, o := range opts {
		o(a)
	}
	m, err := newMetrics(a.reg)
	if err != nil {
		return nil, fmt.Errorf("attest: metrics: %w", err)
	}
	a.m = m
	a.ledgerDep = liveness.New("ledger", m.up, a.log)
	return a, nil
}

// Healthy reports whether the attestor can do its job: false, with why,
// once its ledger has not answered for longer than unhealthy_after.
func (a *Attestor) Healthy() (bool, string) {
	after := a.cfg.UnhealthyAfter
	if after == 0 {
		after = DefaultUnhealthyAfter
	}
	if down, d := a.ledgerDep.Down(after); down {
		return false, fmt.Sprintf("the ledger has not answered for %s", d.Round(time.Second))
	}
	return true, "ok"
}

// Signer returns the attestor's address.
func (a *Attestor) Signer() string { return crypto.PubkeyToAddress(a.key.PublicKey).Hex() }

// Once looks at every seal of the ledger once. The error joins the
// refusals (each wraps ErrSealMismatch or the ledger's error); the report
// says what happened to every seal.
func (a *Attestor) Once(ctx context.Context) (*Report, error) {
	seals, err := a.ledger.ListSeals(ctx, "")
	if err != nil {
		a.m.pollErrors.Inc()
		if ctx.Err() == nil {
			a.ledgerDep.Fail(err)
		}
		return &Report{}, fmt.Errorf("attest: list seals: %w", err)
	}
	a.ledgerDep.OK()
	rep := &Report{}
	var errs []error
	for i := range seals {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		res := a.one(ctx, &seals[i])
		rep.Results = append(rep.Results, res)
		if res.Err != nil {
			errs = append(errs, res.Err)
		}
	}
	a.m.lastPoll.SetToCurrentTime()
	refused := rep.Count(Refused)
	a.m.refusing.Set(float64(refused))
	return rep, errors.Join(errs...)
}

func (a *Attestor) one(ctx context.Context, seal *ledger.Seal) Result {
	ref := ledger.SealRef{Pool: seal.Pool, Epoch: seal.Epoch}
	res := Result{Pool: seal.Pool, Epoch: seal.Epoch}
	if o, ok := a.done[ref]; ok {
		res.Outcome = o
		res.Outcome = Already
		return res
	}
	log := a.log.With("pool", seal.Pool, "epoch", seal.Epoch)
	refuse := func(reason string, err error) Result {
		a.m.refused.WithLabelValues(reason).Inc()
		log.Error("refusing to attest seal", "reason", reason, "err", err)
		res.Outcome, res.Err = Refused, err
		return res
	}
	have, err := a.ledger.Attestations(ctx, seal.Pool, seal.Epoch)
	if err != nil {
		return refuse("ledger", fmt.Errorf("attest: %s epoch %d: attestations: %w", seal.Pool, seal.Epoch, err))
	}
	p, err := prove.PolicyFor(seal, a.policies)
	if err != nil {
		return refuse("policy", fmt.Errorf("attest: %s epoch %d: %w", seal.Pool, seal.Epoch, err))
	}
	s, err := prove.Recompute(ctx, a.ledger, seal, p)
	if err != nil {
		reason := "ledger"
		if errors.Is(err, ErrSealMismatch) {
			reason = "seal_mismatch"
		}
		return refuse(reason, fmt.Errorf("attest: %w", err))
	}
	d, err := disclosure.FromSummary(s)
	if err != nil {
		return refuse("internal", fmt.Errorf("attest: %w", err))
	}
	sig, err := disclosure.Sign(d, a.dom, a.key)
	if err != nil {
		return refuse("internal", fmt.Errorf("attest: %w", err))
	}
	digest := field.Digest(d.Digest(a.dom))
	for _, x := range have {
		if x.Org == a.cfg.Org && x.Digest == digest && common.HexToAddress(x.Signer) != sig.Signer {
			// The org's attestor key changed (so did the L2 committee): sign
			// again with the new key, which replaces the org's attestation.
			log.Info("re-attesting with the org's new key", "old_signer", x.Signer, "signer", sig.Signer)
			break
		}
		if x.Org == a.cfg.Org {
			if x.Digest != digest {
				// The org attested another message earlier (another registry,
				// chain or seal content): the ledger keeps one per org.
				return refuse("conflict", fmt.Errorf("attest: %s epoch %d: %w: %s attested digest %s, now %s",
					seal.Pool, seal.Epoch, ledger.ErrConflict, a.cfg.Org, x.Digest, digest))
			}
			a.done[ref] = Already
			res.Outcome, res.Signer = Already, x.Signer
			return res
		}
	}
	if _, err := a.ledger.RecordAttestation(ctx, ledger.AttestationRequest{
		Pool: seal.Pool, Epoch: seal.Epoch, Org: a.cfg.Org,
		Signer: sig.Signer.Hex(), Signature: sig.Sig, Digest: digest,
	}); err != nil {
		return refuse("ledger", fmt.Errorf("attest: %s epoch %d: record attestation: %w", seal.Pool, seal.Epoch, err))
	}
	res.Outcome, res.Signer, res.Digest = Attested, sig.Signer.Hex(), digest.String()
	if d.Suppressed {
		a.m.suppressed.Inc()
		res.Outcome = Suppressed
		log.Info("attested seal as suppressed: below the policy's k-anonymity threshold, no figures",
			"signer", sig.Signer, "digest", digest, "root", seal.Root,
			"active_cabinets", s.Totals.ActiveCabinets, "min_active_cabinets", p.MinActiveCabinets)
	} else {
		a.m.attested.Inc()
		log.Info("attested seal", "signer", sig.Signer, "digest", digest, "root", seal.Root, "count", seal.Count)
	}
	a.done[ref] = res.Outcome
	return res
}

// Run passes now, then every PollInterval and whenever the seal events
// (WithSealEvents) report a seal, until ctx ends; refusals and ledger
// errors are logged and counted, never fatal. A seal source that cannot
// start or ends is logged and leaves the poll. It returns nil on a clean
// shutdown.
func (a *Attestor) Run(ctx context.Context) error {
	wake := a.sealEvents(ctx)
	t := time.NewTicker(a.cfg.PollInterval)
	defer t.Stop()
	for {
		if _, err := a.Once(ctx); err != nil && ctx.Err() == nil {
			a.log.Warn("attestor pass had errors", "err", err)
		}
		t.Reset(a.cfg.PollInterval)
		if !a.wait(ctx, t.C, &wake) {
			return nil
		}
	}
}

// sealEvents starts the seal source, if any; nil means poll only.
func (a *Attestor) sealEvents(ctx context.Context) <-chan struct{} {
	if a.events == nil {
		return nil
	}
	wake, err := a.events.Seals(ctx, a.cfg.SealCheckpoint)
	switch {
	case err != nil:
		a.log.Error("no seal events: polling only", "poll_interval", a.cfg.PollInterval, "err", err)
	case wake == nil:
		a.log.Info("the ledger has no seal events: polling", "poll_interval", a.cfg.PollInterval)
	default:
		a.log.Info("passing on seal events and polling", "checkpoint", a.cfg.SealCheckpoint, "poll_interval", a.cfg.PollInterval)
	}
	return wake
}

// wait blocks until the next pass is due: a tick or a seal event. It
// returns false when ctx ends. A closed seal source is dropped (*wake =
// nil) and the poll goes on.
func (a *Attestor) wait(ctx context.Context, tick <-chan time.Time, wake *<-chan struct{}) bool {
	for {
		select {
		case <-ctx.Done():
			return false
		case <-tick:
			return true
		case _, ok := <-*wake:
			if ctx.Err() != nil {
				return false
			}
			if ok {
				a.log.Debug("seal event: passing now")
				return true
			}
			a.log.Warn("seal events ended: polling only", "poll_interval", a.cfg.PollInterval)
			*wake = nil
		}
	}
}

type metrics struct {
	attested   prometheus.Counter
	suppressed prometheus.Counter
	refused    *prometheus.CounterVec
	refusing   prometheus.Gauge
	pollErrors prometheus.Counter
	lastPoll   prometheus.Gauge
	up         *prometheus.GaugeVec
}

func newMetrics(reg prometheus.Registerer) (*metrics, error) {
	const ns = "rwabridge_attest"
	m := &metrics{
		attested: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "seals_attested_total",
			Help: "Seals recomputed, signed and recorded on the ledger."}),
		suppressed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "seals_suppressed_total",
			Help: "Seals below the policy's k-anonymity threshold, signed as suppressed (no figures)."}),
		refused: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "seals_refused_total",
			Help: "Seals not signed, by reason (seal_mismatch: differs from the recomputation; ledger, policy, conflict, internal)."},
			[]string{"reason"}),
		refusing: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "seals_refusing",
			Help: "Seals refused in the last pass; alert when above 0."}),
		pollErrors: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "poll_errors_total",
			Help: "Passes that could not list the ledger's seals."}),
		up: prometheus.NewGaugeVec(prometheus.GaugeOpts{Namespace: ns, Name: "dependency_up",
			Help: "1 while a dependency (the ledger) answers, else 0."}, []string{"dependency"}),
		lastPoll: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: "last_pass_timestamp_seconds",
			Help: "Unix time of the last complete pass."}),
	}
	for _, r := range []string{"seal_mismatch", "ledger", "policy", "conflict", "internal"} {
		m.refused.WithLabelValues(r)
	}
	if reg == nil {
		return m, nil
	}
	for _, c := range []prometheus.Collector{m.attested, m.suppressed, m.refused, m.refusing, m.pollErrors, m.lastPoll, m.up} {
		if err := reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Refusals returns how many seals were refused for reason so far (for
// tests and the demo).
func (a *Attestor) Refusals(reason string) float64 {
	return counterValue(a.m.refused.WithLabelValues(reason))
}

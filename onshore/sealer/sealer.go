// Package sealer owns sealing every ended epoch: for every pool of the
// ledger's device registry (Pools, PoolsOf) it asks the onshore ledger to
// seal each epoch of the disclosure policy once the epoch has ended plus a
// grace period — on a cron schedule derived from the policy's epoch length
// (Sealer.Run), or once (SealDue; SealAllEnded skips epochs without
// records). It is idempotent across restarts (a seal that exists is done)
// and catches up on every missed epoch when it starts.
//
// Given a Prometheus registerer (Options.Registerer) it reports, per pool,
// the seals it made, its failures and its lag (how long ago the oldest
// ended but unsealed epoch ended, computed at scrape time), the time of its
// last pass and whether the ledger answers; Healthy fails once the ledger
// has not answered for Config.UnhealthyAfter.
//
// It does not compute seals (the ledger contract does), prove or attest
// them (package bridge), nor read flags or serve HTTP: `rwabridge sealer`,
// `rwabridge agent --seal`, `rwabridge ledger seal --all-ended` and the
// demo wire it.
package sealer

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/robfig/cron/v3"

	"github.com/rwabridge/rwabridge/internal/liveness"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// ErrInvalidConfig is wrapped by every error of Config.Validate.
var ErrInvalidConfig = errors.New("invalid sealer config")

// Ledger is what the sealer needs of the onshore ledger; *ledger.Client
// satisfies it. Seal answers ledger.ErrAlreadySealed for a sealed epoch and
// ledger.ErrEpochNotEnded for one its own clock says is not over (plus its
// grace). An epoch without records is sealed like any other: the L2
// registry takes every epoch of a pool, in order (one without records is
// disclosed suppressed), so none may be left out.
type Ledger interface {
	Seal(ctx context.Context, pool telemetry.PoolID, epoch uint64, policyDoc []byte) (*ledger.Seal, error)
	ListSeals(ctx context.Context, pool telemetry.PoolID) ([]ledger.Seal, error)
}

var _ Ledger = (*ledger.Client)(nil)

// Pool is a pool to seal and the first instant it can have records (its
// earliest device registration): the catch-up starts at that epoch.
type Pool struct {
	ID    telemetry.PoolID
	Since time.Time
}

// PoolsOf lists the registry's pools, each from its earliest device
// registration, ordered by id.
func PoolsOf(reg *telemetry.Registry) []Pool {
	since := map[telemetry.PoolID]time.Time{}
	for _, d := range reg.Devices() {
		if t, ok := since[d.Pool]; !ok || d.RegisteredAt.Before(t) {
			since[d.Pool] = d.RegisteredAt
		}
	}
	out := make([]Pool, 0, len(since))
	for p, t := range since {
		out = append(out, Pool{ID: p, Since: t})
	}
	slices.SortFunc(out, func(a, b Pool) int { return strings.Compare(string(a.ID), string(b.ID)) })
	return out
}

// Registry is what Pools reads; *ledger.Client satisfies it.
type Registry interface {
	Registry(ctx context.Context) (*telemetry.Registry, error)
}

// ErrNoPools: the ledger's device registry has no pool to seal, or none of
// those asked for.
var ErrNoPools = errors.New("no pool to seal")

// Pools returns the pools of the ledger's device registry (PoolsOf), or
// only those named in only (in that order); ErrNoPools when the registry
// has no device, or none in a pool named.
func Pools(ctx context.Context, l Registry, only []telemetry.PoolID) ([]Pool, error) {
	reg, err := l.Registry(ctx)
	if err != nil {
		return nil, fmt.Errorf("sealer: reading the ledger's device registry: %w", err)
	}
	all := PoolsOf(reg)
	if len(only) == 0 {
		if len(all) == 0 {
			return nil, fmt.Errorf("%w: the ledger has no registered devices: register them first (rwabridge agent --devices …)", ErrNoPools)
		}
		return all, nil
	}
	out := make([]Pool, 0, len(only))
	for _, id := range only {
		i := slices.IndexFunc(all, func(p Pool) bool { return p.ID == id })
		if i < 0 {
			return nil, fmt.Errorf("%w: no device of the ledger's registry is in pool %s", ErrNoPools, id)
		}
		out = append(out, all[i])
	}
	return out, nil
}

// Config says what to seal and when.
type Config struct {
	Pools []Pool
	// Grace is how long after an epoch's end the sealer seals it. It should
	// be at least the ledger's own grace (ledger.Config.Grace, 6 h by
	// default), which the ledger enforces; late store-and-forward events
	// land within it.
	Grace time.Duration
	// Retry is how soon the sealer tries again after a failed or early
	// seal, instead of waiting for the next scheduled run.
	Retry time.Duration
	// UnhealthyAfter is how long the ledger may go without answering before
	// Healthy fails (0: three times Retry, so one failed pass and its first
	// retries do not).
	UnhealthyAfter time.Duration
}

// DefaultGrace matches the ledger's default grace, plus five minutes.
const DefaultGrace = 6*time.Hour + 5*time.Minute

// Validate checks the config.
func (c *Config) Validate() error {
	if len(c.Pools) == 0 {
		return fmt.Errorf("%w: no pools to seal (register devices first)", ErrInvalidConfig)
	}
	for _, p := range c.Pools {
		if err := p.ID.Validate(); err != nil {
			return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
		}
	}
	if c.Grace < 0 {
		return fmt.Errorf("%w: grace %s must not be negative", ErrInvalidConfig, c.Grace)
	}
	if c.Retry <= 0 {
		return fmt.Errorf("%w: retry %s must be positive", ErrInvalidConfig, c.Retry)
	}
	if c.UnhealthyAfter < 0 {
		return fmt.Errorf("%w: unhealthy_after %s must not be negative", ErrInvalidConfig, c.UnhealthyAfter)
	}
	return nil
}

// Sealer seals ended epochs. Its clock is injectable (Options.Now).
type Sealer struct {
	l      Ledger
	policy *policy.Policy
	doc    []byte
	cfg    Config
	log    *slog.Logger
	now    func() time.Time
	m      *metrics
	// ledgerDep says whether the ledger answers (Healthy, dependency_up).
	ledgerDep *liveness.Dep
}

// Options are the sealer's collaborators.
type Options struct {
	Logger *slog.Logger
	Now    func() time.Time // nil: time.Now
	// Registerer, when set, gets the sealer's metrics.
	Registerer prometheus.Registerer
}

// New returns a sealer of the pools under the policy document (its YAML,
// sent to the ledger with every seal).
func New(l Ledger, policyDoc []byte, cfg Config, opts Options) (*Sealer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	p, err := policy.Parse(policyDoc)
	if err != nil {
		return nil, fmt.Errorf("sealer: %w", err)
	}
	s := &Sealer{l: l, policy: p, doc: policyDoc, cfg: cfg, log: opts.Logger, now: opts.Now}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.m, err = newMetrics(opts.Registerer, cfg.Pools, newLagCollector(p.EpochEnd, s.now)); err != nil {
		return nil, err
	}
	s.ledgerDep = liveness.New("ledger", s.m.up, s.log)
	return s, nil
}

// Healthy reports whether the sealer can do its job: false, with why, once
// the ledger has not answered its passes for longer than
// Config.UnhealthyAfter.
func (s *Sealer) Healthy() (bool, string) {
	after := s.cfg.UnhealthyAfter
	if after == 0 {
		after = 3 * s.cfg.Retry
	}
	if down, d := s.ledgerDep.Down(after); down {
		return false, fmt.Sprintf("the ledger has not answered for %s", d.Round(time.Second))
	}
	return true, "ok"
}

// Lag returns how long ago the pool's oldest ended epoch that the last pass
// did not find sealed ended (0 when every ended epoch is sealed), at now;
// false before the first pass over the pool.
func (s *Sealer) Lag(pool telemetry.PoolID, now time.Time) (time.Duration, bool) {
	return s.m.lag.Lag(pool, now)
}

// Policy returns the policy the sealer seals under.
func (s *Sealer) Policy() *policy.Policy { return s.policy }

// Report says what one SealDue did.
type Report struct {
	Sealed  []ledger.Seal    // new seals, in pool then epoch order
	Already int              // epochs found sealed already
	Waiting []ledger.SealRef // epochs the ledger says have not ended (plus its grace) yet
}

// Due returns the epochs of pool that have ended plus grace at now and are
// not in sealed, oldest first.
func (s *Sealer) Due(pool Pool, sealed []uint64, now time.Time) []uint64 {
	var out []uint64
	for e := s.firstEpoch(pool, sealed, now); !s.policy.EpochEnd(e).Add(s.cfg.Grace).After(now); e++ {
		if !slices.Contains(sealed, e) {
			out = append(out, e)
		}
	}
	return out
}

// firstEpoch is the pool's first epoch to seal: that of its first
// registration, else its oldest seal, else the one that ended most
// recently.
func (s *Sealer) firstEpoch(pool Pool, sealed []uint64, now time.Time) uint64 {
	switch {
	case !pool.Since.IsZero():
		return s.policy.EpochOf(pool.Since)
	case len(sealed) > 0:
		return slices.Min(sealed)
	}
	first := s.policy.EpochOf(now.Add(-s.cfg.Grace))
	if first > 0 {
		first-- // the epoch that ended most recently
	}
	return first
}

// noteUnsealed records, for the lag, the pool's oldest epoch from its
// first that is not in done (sealed).
func (s *Sealer) noteUnsealed(pool Pool, done []uint64, now time.Time) {
	e := s.firstEpoch(pool, done, now)
	for slices.Contains(done, e) {
		e++
	}
	s.m.lag.set(pool.ID, e)
}

// SealDue seals every due epoch of every pool, oldest first, and reports
// what it did. A seal that already exists counts as done. An epoch the
// ledger says has not ended stops that pool until the next run. Other
// errors are joined and returned; the other pools are still sealed.
func (s *Sealer) SealDue(ctx context.Context) (Report, error) {
	var rep Report
	var errs []error
	now := s.now()
	for _, pool := range s.cfg.Pools {
		seals, err := s.l.ListSeals(ctx, pool.ID)
		if err != nil {
			errs = append(errs, fmt.Errorf("pool %s: listing seals: %w", pool.ID, err))
			s.m.errors.WithLabelValues(string(pool.ID)).Inc()
			if ctx.Err() == nil {
				s.ledgerDep.Fail(err)
			}
			continue
		}
		s.ledgerDep.OK()
		sealed := make([]uint64, len(seals))
		for i, x := range seals {
			sealed[i] = x.Epoch
		}
		done := slices.Clone(sealed)
		for _, e := range s.Due(pool, sealed, now) {
			seal, err := s.l.Seal(ctx, pool.ID, e, s.doc)
			switch {
			case err == nil:
				rep.Sealed = append(rep.Sealed, *seal)
				done = append(done, e)
				s.m.seals.WithLabelValues(string(pool.ID)).Inc()
				s.log.Info("epoch sealed", "pool", pool.ID, "epoch", e, "start", s.policy.EpochStart(e),
					"records", seal.Count, "root", seal.Root, "disclosable", seal.Disclosable)
				continue
			case errors.Is(err, ledger.ErrAlreadySealed):
				rep.Already++
				done = append(done, e)
				continue
			case errors.Is(err, ledger.ErrEpochNotEnded):
				rep.Waiting = append(rep.Waiting, ledger.SealRef{Pool: pool.ID, Epoch: e})
				s.log.Info("epoch not sealable yet by the ledger's clock", "pool", pool.ID, "epoch", e, "err", err)
			default:
				errs = append(errs, fmt.Errorf("pool %s epoch %d (%s): %w", pool.ID, e, s.policy.EpochStart(e).Format(time.DateOnly), err))
				s.m.errors.WithLabelValues(string(pool.ID)).Inc()
				s.log.Error("seal failed", "pool", pool.ID, "epoch", e, "err", err)
			}
			break // keep a pool's seals in epoch order
		}
		s.noteUnsealed(pool, done, now)
	}
	s.m.lastPass.Set(float64(s.now().UnixNano()) / 1e9)
	return rep, errors.Join(errs...)
}

// Schedule returns the cron spec (UTC, standard five fields) that runs
// grace after every end of an epoch of length epoch: the minute after,
// rounded up to whole minutes. Epochs of a day or more end at UTC midnight,
// so the schedule is daily (sealing is idempotent; the days without an
// ending epoch find nothing due).
func Schedule(epoch, grace time.Duration) (string, error) {
	if err := policy.ValidateEpochLength(epoch); err != nil {
		return "", err
	}
	if grace < 0 {
		return "", fmt.Errorf("%w: grace %s must not be negative", ErrInvalidConfig, grace)
	}
	off := (grace + time.Minute - 1).Truncate(time.Minute) % policy.Day
	step := min(epoch, policy.Day)
	minute := int(off%time.Hour) / int(time.Minute)
	var hours []int
	for t := off; t < off+policy.Day; t += step {
		hours = append(hours, int((t%policy.Day)/time.Hour))
	}
	slices.Sort(hours)
	if len(hours) == 24 {
		return fmt.Sprintf("%d * * * *", minute), nil
	}
	hs := make([]string, len(hours))
	for i, h := range hours {
		hs[i] = strconv.Itoa(h)
	}
	return fmt.Sprintf("%d %s * * *", minute, strings.Join(hs, ",")), nil
}

// Run seals what is due at once (the catch-up), then on the policy's
// schedule, until ctx is done. A run that left epochs waiting or failed is
// retried after Config.Retry.
func (s *Sealer) Run(ctx context.Context) error {
	spec, err := Schedule(s.policy.Epoch, s.cfg.Grace)
	if err != nil {
		return err
	}
	sched, err := cron.ParseStandard(spec)
	if err != nil {
		return fmt.Errorf("sealer: schedule %q: %w", spec, err)
	}
	s.log.Info("sealer running", "policy", s.policy.ID, "epoch", policy.FormatEpochLength(s.policy.Epoch),
		"grace", s.cfg.Grace, "schedule", spec+" (UTC)", "pools", len(s.cfg.Pools))
	for {
		rep, err := s.SealDue(ctx)
		if ctx.Err() != nil {
			return nil
		}
		next := sched.Next(s.now().UTC())
		if err != nil || len(rep.Waiting) > 0 {
			if retry := s.now().Add(s.cfg.Retry); retry.Before(next) {
				next = retry
			}
		}
		s.log.Info("sealer pass done", "sealed", len(rep.Sealed), "already", rep.Already, "waiting", len(rep.Waiting), "err", err, "next", next)
		t := time.NewTimer(next.Sub(s.now()))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C:
		}
	}
}

// RegistryLedger is a ledger that also serves its device registry (a
// *ledger.Client).
type RegistryLedger interface {
	Ledger
	Registry
}

// SealAllEnded seals, per pool of the ledger's registry (or only those in
// only), every epoch from its first registration that ended more than
// grace ago and is not sealed yet, with records or without, oldest first:
// one SealDue. It is
// `rwabridge ledger seal --all-ended` and the demo's sealing stage.
func SealAllEnded(ctx context.Context, l RegistryLedger, policyDoc []byte, grace time.Duration, only []telemetry.PoolID, opts Options) (Report, error) {
	pools, err := Pools(ctx, l, only)
	if err != nil {
		return Report{}, err
	}
	s, err := New(l, policyDoc, Config{Pools: pools, Grace: grace, Retry: time.Minute}, opts)
	if err != nil {
		return Report{}, err
	}
	return s.SealDue(ctx)
}

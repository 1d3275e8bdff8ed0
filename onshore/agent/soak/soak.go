package soak

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"

	"github.com/rwabridge/rwabridge/internal/mosquitto"
	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// Errors.
var (
	// ErrInvalidConfig is wrapped by every error of Config.Validate.
	ErrInvalidConfig = errors.New("invalid soak config")
	// ErrLedgerNotEmpty: the ledger already holds records of the soak's
	// pool in the simulated span, so what it holds afterwards can not be
	// compared with what was sent.
	ErrLedgerNotEmpty = errors.New("the ledger already holds records of the soak's pool")
	// ErrNoBroker: no broker was named and no mosquitto binary was found.
	ErrNoBroker = errors.New("no MQTT broker")
	// ErrOutage is what every ledger submission fails with during the
	// outage phase.
	ErrOutage = errors.New("ledger unreachable (soak outage)")
)

// Topic is where the simulated cabinets publish: cabinets/ID/events.
const Topic = "cabinets/+/events"

// AgentClientID is the MQTT client id of the agent under test.
const AgentClientID = "rwabridge-soak-agent"

// Config says how long and how hard to soak.
type Config struct {
	// Duration is the time the cabinets send: steady, outage and recovery.
	Duration time.Duration
	// Outage is how long the ledger fails every submission, in the middle
	// of the run, followed by a recovery phase as long (0: no outage; the
	// whole Duration is steady).
	Outage time.Duration
	// Cabinets is the size of the simulated fleet: odd ids send over HTTP,
	// even ids over MQTT.
	Cabinets int
	// Seed of the simulated fleet (keys and events).
	Seed uint64
	// Pool of the simulated fleet.
	Pool telemetry.PoolID
	// Window is how many events may be in flight (sent, not yet on the
	// ledger) in the steady phase.
	Window int
	// QueueMaxBytes is the agent's queue budget (agent's queue.max_bytes).
	QueueMaxBytes int64
	// RetryMax is the agent's longest backoff between ledger submissions
	// (retry.max): how long after the ledger's return it may notice.
	RetryMax time.Duration
	// DrainTimeout bounds the drain phase.
	DrainTimeout time.Duration
	// Broker is an MQTT broker (tcp://HOST:PORT); "" starts Mosquitto from
	// PATH on a free local port for the run.
	Broker string
	// DataDir holds the agent's queue (DataDir/agent) and Mosquitto's
	// config; it must exist.
	DataDir string
	// HTTPWorkers and MQTTClients carry the cabinets' traffic: each cabinet
	// always over the same one, so its events stay in order.
	HTTPWorkers, MQTTClients int
}

// Default returns a run of three minutes with a 45 s outage, 1000 cabinets,
// 1024 events in flight (by Little's law the steady latency is about the
// window over the rate) and a 1 MiB queue budget, which the outage fills at
// a few hundred events/s.
func Default() Config {
	return Config{
		Duration: 3 * time.Minute, Outage: 45 * time.Second, Cabinets: 1000, Seed: 1, Pool: "soak",
		Window: 1024, QueueMaxBytes: 1 << 20, RetryMax: 2 * time.Second, DrainTimeout: 5 * time.Minute,
		HTTPWorkers: 8, MQTTClients: 4,
	}
}

// Validate reports the config's problems, each wrapping ErrInvalidConfig.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, a...)))
	}
	if c.Duration <= 0 {
		bad("duration %s must be positive", c.Duration)
	}
	if c.Outage < 0 || 2*c.Outage >= c.Duration {
		bad("outage %s must be at least 0 and under half the duration %s (a recovery as long follows it)", c.Outage, c.Duration)
	}
	if c.Cabinets < 2 || c.Cabinets > sim.MaxCabinets {
		bad("cabinets %d: 2 to %d (odd ones send over HTTP, even ones over MQTT)", c.Cabinets, sim.MaxCabinets)
	}
	if err := c.Pool.Validate(); err != nil {
		bad("pool: %v", err)
	}
	if c.Window < 1 {
		bad("window %d must be at least 1", c.Window)
	}
	if c.RetryMax < 100*time.Millisecond {
		bad("retry max %s must be at least 100ms", c.RetryMax)
	}
	if c.DrainTimeout <= 0 {
		bad("drain timeout %s must be positive", c.DrainTimeout)
	}
	if c.DataDir == "" {
		bad("data dir is required")
	}
	if c.HTTPWorkers < 1 || c.MQTTClients < 1 {
		bad("need at least one HTTP worker and one MQTT client")
	}
	return errors.Join(errs...)
}

// Options are a run's collaborators.
type Options struct {
	// Logger receives the agent's logs (nil: none).
	Logger *slog.Logger
	// Progress, when set, hears how far the run is about four times a
	// second.
	Progress func(Progress)
}

// Progress is a snapshot of a running soak.
type Progress struct {
	Phase                   string
	Elapsed, Total          time.Duration // of the sending phases
	Sent, OnLedger          int64
	QueueBytes, QueueBudget int64
}

// The phases of a run.
const (
	PhaseSteady   = "steady"
	PhaseOutage   = "outage"
	PhaseRecovery = "recovery"
	PhaseDrain    = "drain"
)

// simDays is the simulated span the events are drawn from: more than any
// run consumes (about 100 events per cabinet and day).
const simDays = 60

// Run soaks an agent in front of l (a client of a ledger that holds no
// record of cfg.Pool yet) and returns the report. It fails only when the
// run could not be made; a run that lost, duplicated or overran is a report
// whose OK is false.
func Run(ctx context.Context, cfg Config, l *ledger.Client, opts Options) (*Report, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	today := time.Now().UTC().Truncate(24 * time.Hour)
	sc := sim.Default()
	sc.Pool, sc.Cabinets, sc.Seed, sc.Days, sc.Workers = cfg.Pool, cfg.Cabinets, cfg.Seed, simDays, 1
	sc.Start = today.AddDate(0, 0, -simDays)
	fleet, err := sim.NewFleet(sc)
	if err != nil {
		return nil, fmt.Errorf("soak: %w", err)
	}
	pol, polDoc, err := policies.Resolve(policies.DefaultID)
	if err != nil {
		return nil, fmt.Errorf("soak: %w", err)
	}
	if _, err := l.RegisterDevices(ctx, fleet.Registry); err != nil {
		return nil, fmt.Errorf("soak: registering %d cabinets: %w", cfg.Cabinets, err)
	}
	span := epochs{pool: cfg.Pool, policy: polDoc, first: uint64(sc.Start.Unix()) / 86400, last: uint64(today.Unix())/86400 - 1}
	if n, err := span.any(ctx, l); err != nil {
		return nil, err
	} else if n {
		return nil, fmt.Errorf("%w (%s): soak against a fresh ledger", ErrLedgerNotEmpty, cfg.Pool)
	}

	broker := cfg.Broker
	if broker == "" {
		// An unbounded session queue: during the outage the broker holds
		// every message the agent has not acknowledged (Mosquitto's default
		// of 1000 would drop the rest).
		b, err := mosquitto.Start(filepath.Join(cfg.DataDir, "mosquitto"), "max_queued_messages 0\n")
		if errors.Is(err, mosquitto.ErrNotInstalled) {
			return nil, fmt.Errorf("%w: %w; or name one with --broker", ErrNoBroker, err)
		}
		if err != nil {
			return nil, fmt.Errorf("soak: %w", err)
		}
		defer b.Stop()
		broker = b.URL
	}
	// The agent's persistent session exists before any cabinet publishes,
	// so the broker keeps every message for it from the first.
	if err := provisionSession(broker); err != nil {
		return nil, err
	}

	r := &run{cfg: cfg, led: &outageLedger{inner: l}, inflight: map[telemetry.Key]time.Time{}, accepted: map[uint32][]uint64{}, landedCh: make(chan struct{}, 1)}
	r.led.landed = r.landed
	ac := agent.Default()
	ac.DataDir, ac.Devices, ac.Listen = cfg.DataDir, "(the soak's simulated fleet)", "127.0.0.1:0"
	ac.Sources.HTTP = true
	ac.Sources.MQTT = &agent.MQTTConfig{Broker: broker, Topic: Topic, ClientID: AgentClientID}
	ac.Queue.MaxBytes = cfg.QueueMaxBytes
	ac.Retry.Max = cfg.RetryMax
	bounds := pol.Bounds()
	a, err := agent.New(ac, fleet.Registry, r.led, agent.Options{Logger: log, Bounds: &bounds})
	if err != nil {
		return nil, fmt.Errorf("soak: %w", err)
	}
	defer a.Close()
	agentCtx, stopAgent := context.WithCancel(ctx)
	defer stopAgent()
	agentDone := make(chan error, 1)
	go func() { agentDone <- a.Run(agentCtx) }()
	select {
	case <-a.Ready():
	case err := <-agentDone:
		return nil, fmt.Errorf("soak: the agent did not start: %w", err)
	}
	r.health = "http://" + a.Addr() + "/healthz"

	// The fleet's events, generated as they are consumed.
	genCtx, stopGen := context.WithCancel(ctx)
	defer stopGen()
	pr, pw := io.Pipe()
	go func() { _, err := sim.Generate(genCtx, sc, pw); pw.CloseWithError(err) }()
	defer pr.Close()
	r.feed = telemetry.NewLineReader(pr)

	senders, err := r.startSenders(ctx, "http://"+a.Addr()+"/v1/events", broker)
	if err != nil {
		return nil, err
	}
	stopSampling := r.sample(opts.Progress)
	runErr := r.phases(ctx, senders)
	stopSampling()
	stopAgent()
	if err := <-agentDone; err != nil && runErr == nil {
		runErr = fmt.Errorf("soak: the agent stopped: %w", err)
	}
	if runErr != nil {
		return nil, runErr
	}
	stopGen()
	return r.report(ctx, l, span)
}

// run is one soak in progress.
type run struct {
	cfg    Config
	led    *outageLedger
	feed   *telemetry.LineReader
	health string
	began  atomic.Int64 // unix nanoseconds when sending started; 0 before

	phase       atomic.Int32 // index into phaseNames
	dispatched  atomic.Int64
	onLedger    atomic.Int64
	dead        atomic.Int64 // rejected or undeliverable: never to land
	dupAnswers  atomic.Int64
	ledgerRejct atomic.Int64
	strayStored atomic.Int64 // stored events the soak never sent
	landedCh    chan struct{}

	mu       sync.Mutex
	inflight map[telemetry.Key]time.Time // when a cabinet first sent each event not yet stored
	accepted map[uint32][]uint64         // per cabinet: a bit per seq accepted by its transport
	lat      [len(phaseNames)]histogram  // latencies of the events stored in each phase
	stats    [len(phaseNames)]phaseStats
	exhaust  bool // the simulated span ran out

	// sender outcomes
	sentHTTP, sentMQTT, rejected, undelivered, refusals, transportErrs atomic.Int64

	peakQueue, budget, samplesOK atomic.Int64
}

var phaseNames = [...]string{PhaseSteady, PhaseOutage, PhaseRecovery, PhaseDrain}

// phaseStats is what happened during one phase.
type phaseStats struct {
	took            time.Duration
	sent, onLedger  int64 // dispatched and landed during the phase
	peakRSS, peakQB int64
}

// landed hears the ledger's answers to one submitted batch.
func (r *run) landed(events []telemetry.SignedEvent, res []ledger.EventResult) {
	now, phase := time.Now(), r.phase.Load()
	r.mu.Lock()
	for i, ev := range events {
		switch res[i].Status {
		case ledger.StatusStored:
			at, ok := r.inflight[ev.Key()]
			if !ok {
				r.strayStored.Add(1)
				continue
			}
			delete(r.inflight, ev.Key())
			r.lat[phase].add(now.Sub(at))
			r.onLedger.Add(1)
		case ledger.StatusDuplicate:
			r.dupAnswers.Add(1)
		default:
			r.ledgerRejct.Add(1)
			if _, ok := r.inflight[ev.Key()]; ok {
				delete(r.inflight, ev.Key())
				r.dead.Add(1)
			}
		}
	}
	r.mu.Unlock()
	select {
	case r.landedCh <- struct{}{}:
	default:
	}
}

// outageLedger passes submissions to the ledger, or fails them all while
// down, and reports every answer.
type outageLedger struct {
	inner    agent.Ledger
	down     atomic.Bool
	failures atomic.Int64
	landed   func([]telemetry.SignedEvent, []ledger.EventResult)
}

var _ agent.Ledger = (*outageLedger)(nil)

func (o *outageLedger) SubmitBatch(ctx context.Context, events []telemetry.SignedEvent) ([]ledger.EventResult, error) {
	if o.down.Load() {
		o.failures.Add(1)
		return nil, ErrOutage
	}
	res, err := o.inner.SubmitBatch(ctx, events)
	if err == nil && len(res) == len(events) {
		o.landed(events, res)
	}
	return res, err
}

// provisionSession creates the agent's persistent MQTT session with its
// subscription, so the broker queues the cabinets' messages for it from
// the first one, whenever the agent connects.
func provisionSession(broker string) error {
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(broker).SetClientID(AgentClientID).SetCleanSession(false).SetAutoReconnect(false))
	if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		return fmt.Errorf("soak: connecting to the broker %s: %v", broker, tokenErr(tok))
	}
	defer c.Disconnect(100)
	if tok := c.Subscribe(Topic, 1, nil); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		return fmt.Errorf("soak: subscribing on %s: %v", broker, tokenErr(tok))
	}
	return nil
}

func tokenErr(t mqtt.Token) error {
	if err := t.Error(); err != nil {
		return err
	}
	return errors.New("timed out")
}

// readRSS returns the process's resident set and its peak (VmRSS, VmHWM),
// in bytes; 0 where /proc is missing.
func readRSS() (rss, peak int64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	var kb int64
	for line := range strings.SplitSeq(string(b), "\n") {
		if n, _ := fmt.Sscanf(line, "VmRSS: %d kB", &kb); n == 1 {
			rss = kb << 10
		}
		if n, _ := fmt.Sscanf(line, "VmHWM: %d kB", &kb); n == 1 {
			peak = kb << 10
		}
	}
	return rss, peak
}

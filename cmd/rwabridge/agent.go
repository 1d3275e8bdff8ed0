package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/spf13/cobra"

	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/sealer"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

func init() { register(newAgentCmd) }

func newAgentCmd() *cobra.Command {
	var (
		configPath, dataDir, devices, policyRef, metricsAddr string
		ledgerConfig                                         string
		sources                                              []string
		once, follow, seal, allowRejected                    bool
		grace                                                time.Duration
		maxBytes                                             int64
		batchSize, inFlight                                  int
	)
	cmd := &cobra.Command{
		Use:   "agent --data DIR --devices FILE --source SRC... [--once]",
		Short: "Validate cabinet events, queue them durably and forward them to the onshore ledger",
		Long: `agent reads signed swap events from its sources, validates each against the
device registry (signature, bounds, clock skew), whatever their order: late
and out-of-order events are taken, and other bytes for the cabinet and seq
of an event it holds are rejected (class conflict). An exact duplicate of
an event it holds (same cabinet, seq and bytes: a replay, a redelivery) is
no failure: it is acknowledged (HTTP lists it under "duplicates" in a 202
answer, MQTT acknowledges it, a file is read past it), not queued again,
counted as "duplicates N" and never quarantined; one the agent no longer
remembers (it keeps what it forwarded in memory) reaches the ledger, which
answers "already had" (the summary's ledger duplicates).

It appends the valid events to a durable queue in DIR/agent/ (fsynced
before any source is acknowledged) and forwards them in batches
(--batch-size, --in-flight of them awaiting the ledger's answer at once) to
the embedded ledger in DIR/ledger/, retrying with backoff while it is
unreachable. An event leaves the queue only once the ledger answered for
it, so a crash loses nothing and a resubmitted event is answered
"duplicate". Devices from --devices are registered on the ledger first
(idempotent).

Sources (repeat --source):
  file:PATH                        JSON Lines, replayed from where the agent stopped
                                   (--follow keeps reading as the file grows)
  http:HOST:PORT                   POST /v1/events (JSON array or JSON Lines); the
                                   port also answers /metrics and /healthz
  https:HOST:PORT                  the same over TLS (agent.yaml sources.http_tls:
                                   cert_file, key_file, client_ca_file to require
                                   client certificates)
  mqtt://HOST:PORT/TOPIC           MQTT QoS 1 (e.g. cabinets/+/events), acknowledged
                                   only once durable (or a duplicate, or rejected)
  mqtts://HOST:PORT/TOPIC          the same over TLS (agent.yaml sources.mqtt: ca_file,
                                   cert_file/key_file, username/password_file)

--once reads the files to their end, waits until every queued event has been
answered by the ledger, prints a summary and exits: 0 when everything was
submitted (duplicates included), 1 when some could not be submitted (they
stay queued for the next run) or an event was rejected, at the edge or by
the ledger (--allow-rejected: 0 all the same), 2 for a usage or
configuration error. Its progress (events answered of those queued and
unread) goes to stderr: a bar on a terminal or with --progress, a line
every 5 s otherwise.

Every event rejected (not a duplicate) is kept, with its error class,
message and where it came from (FILE:LINE, the HTTP body's line, the MQTT
topic; "ledger" when the ledger rejected it, e.g. a conflict or an event of
a sealed hour), in the quarantine file DATA/agent/quarantine.jsonl (config
key quarantine: a path, or "off").

--seal (with --policy) also runs the sealer in this process: the embedded ledger
is opened by one process at a time.

--metrics ADDR serves Prometheus /metrics (rwabridge_agent_*, and
rwabridge_sealer_* with --seal) and /healthz (503 while a source's broker
is unreachable or refuses the agent) on their own port, as every
long-running rwabridge command does.

` + ledgerConfigHelp + `
The agent registers devices, so its Fabric identity must be an admin of the
operator org.`,
		Example: `  rwabridge agent --data /tmp/rwa --devices /tmp/fleet/devices.yaml --source file:/tmp/fleet/events.jsonl --once
  rwabridge agent --data /tmp/rwa --devices devices.yaml --source http:127.0.0.1:8081 --source mqtt://127.0.0.1:1883/cabinets/+/events
  rwabridge agent --config agent.yaml --seal --policy battery-swap-daily --metrics 127.0.0.1:9100 --log-format json
  rwabridge agent --data /tmp/rwa --ledger-config deploy/fabric/.network/clients/operator.yaml --devices devices.yaml --source file:events.jsonl --once`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := agent.Default()
			if configPath != "" {
				c, err := agent.ReadConfig(configPath)
				if err != nil {
					return exitCode(2, err)
				}
				cfg = c
			}
			flags := cmd.Flags()
			if flags.Changed("data") {
				cfg.DataDir = dataDir
			}
			if flags.Changed("devices") {
				cfg.Devices = devices
			}
			if flags.Changed("policy") {
				cfg.Policy = policyRef
			}
			if flags.Changed("follow") {
				cfg.Sources.Follow = follow
			}
			if flags.Changed("seal") {
				cfg.Seal.Enabled = seal
			}
			if flags.Changed("grace") {
				cfg.Seal.Grace = grace
			}
			if flags.Changed("queue-max-bytes") {
				cfg.Queue.MaxBytes = maxBytes
			}
			if flags.Changed("batch-size") {
				cfg.Batch.Size = batchSize
			}
			if flags.Changed("in-flight") {
				cfg.Batch.InFlight = inFlight
			}
			for _, s := range sources {
				if err := cfg.AddSource(s); err != nil {
					return exitCode(2, err)
				}
			}
			if err := cfg.Validate(); err != nil {
				return exitCode(2, fmt.Errorf("%w\n(see rwabridge agent --help)", err))
			}
			if once && cfg.Sources.Follow {
				return exitCode(2, errors.New("--once and --follow exclude each other: --once stops at the end of the files"))
			}
			if !once && !cfg.Seal.Enabled && len(cfg.Sources.Files) == 0 && !cfg.Sources.HTTP && cfg.Sources.MQTT == nil {
				return exitCode(2, errors.New("the agent has no source and would idle forever: give --source file:PATH, http:HOST:PORT or mqtt://HOST:PORT/TOPIC (or --once to drain its queue, --seal to seal)"))
			}
			if err := checkMetricsAddr(metricsAddr); err != nil {
				return err
			}
			log, err := newLogger(cmd)
			if err != nil {
				return err
			}
			return runAgent(cmd.Context(), cfg, ledgerConfig, metricsAddr, once, allowRejected, progressOf(cmd), log, cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", "", "agent.yaml (flags override its values)")
	f.StringVar(&dataDir, "data", "", "data directory: the queue in DIR/agent, the embedded ledger in DIR/ledger")
	f.StringVar(&ledgerConfig, "ledger-config", "", "ledger back end (YAML: backend embedded|fabric); default: the embedded ledger in DIR/ledger")
	f.StringVar(&devices, "devices", "", "device registry (devices.yaml)")
	f.StringArrayVar(&sources, "source", nil, "file:PATH, http:HOST:PORT, https:HOST:PORT, mqtt://HOST:PORT/TOPIC or mqtts://HOST:PORT/TOPIC (repeatable)")
	f.BoolVar(&once, "once", false, "drain the files and the queue, print a summary and exit (1 when an event was rejected; duplicates are not)")
	f.BoolVar(&allowRejected, "allow-rejected", false, "with --once: exit 0 although events were rejected, at the edge or by the ledger (they are in the quarantine file)")
	f.BoolVar(&follow, "follow", false, "keep reading file sources as they grow")
	f.StringVar(&policyRef, "policy", "", "disclosure policy file or embedded id: its record bounds apply at the edge; --seal seals under it")
	f.BoolVar(&seal, "seal", false, "run the sealer in-process (needs --policy)")
	f.DurationVar(&grace, "grace", sealer.DefaultGrace, "with --seal: seal an epoch this long after its end")
	f.IntVar(&batchSize, "batch-size", agent.Default().Batch.Size, "events per ledger submission (agent.yaml batch.size)")
	f.IntVar(&inFlight, "in-flight", agent.Default().Batch.InFlight, "batches awaiting the ledger's answer at once, 1 to 64; 1 submits one after the other (agent.yaml batch.in_flight)")
	f.Int64Var(&maxBytes, "queue-max-bytes", agent.Default().Queue.MaxBytes, "disk budget of the queue; beyond it events are refused and counted")
	addMetricsFlag(f, &metricsAddr, "127.0.0.1:9100")
	addProgressFlag(cmd)
	return cmd
}

func runAgent(ctx context.Context, cfg agent.Config, ledgerConfig, metricsAddr string, once, allowRejected bool, show progressOut, log *slog.Logger, stdout io.Writer) error {
	reg, err := telemetry.LoadRegistry(cfg.Devices)
	if err != nil {
		return exitCode(2, fmt.Errorf("--devices: %w", err))
	}
	var opts agent.Options
	opts.Logger = log
	opts.Metrics = newMetricsRegistry()
	var pol *policy.Policy
	var polDoc []byte
	if cfg.Policy != "" {
		if pol, polDoc, err = policies.Resolve(cfg.Policy); err != nil {
			return exitCode(2, fmt.Errorf("--%w", err))
		}
		b := pol.Bounds()
		opts.Bounds = &b
	}
	// The agent is the command that makes the embedded ledger on its first
	// run; every other command refuses a data directory without one.
	conn, err := backend.OpenOrCreate(ledgerConfig, cfg.DataDir, "rwabridge-agent", log)
	if err != nil {
		return ledgerExit(err)
	}
	defer conn.Close()
	client := conn.Client
	added, err := client.RegisterDevices(ctx, reg)
	if err != nil {
		return exitCode(1, fmt.Errorf("registering %d devices on the ledger: %w", reg.Len(), err))
	}
	log.Info("devices registered", "registry", reg.ID, "devices", reg.Len(), "new", added)
	// The edge checks against the ledger's registry, not the file: it
	// holds every key rotation and revocation recorded so far (rwabridge
	// devices rotate), also those the file does not.
	onLedger, err := client.Registry(ctx)
	if err != nil {
		return exitCode(1, fmt.Errorf("reading the device registry back from the ledger: %w", err))
	}

	a, err := agent.New(cfg, onLedger, client, opts)
	if errors.Is(err, agent.ErrInvalidConfig) {
		return exitCode(2, err)
	}
	if err != nil {
		return exitCode(1, err)
	}
	defer a.Close()

	var s *sealer.Sealer
	if cfg.Seal.Enabled {
		s, err = sealer.New(client, polDoc, sealer.Config{Pools: sealer.PoolsOf(reg), Grace: cfg.Seal.Grace, Retry: sealerRetry},
			sealer.Options{Logger: log.With("part", "sealer"), Registerer: opts.Metrics})
		if err != nil {
			return exitCode(2, err)
		}
	}
	// The agent's handler answers /healthz (and /metrics) the way its HTTP
	// source's port does; POST /v1/events is not routed here.
	stopMetrics, err := serveMetrics(metricsAddr, opts.Metrics, a.Handler(), log)
	if err != nil {
		return err
	}
	defer stopMetrics()

	if once {
		sum, err := drainShowing(ctx, a, show)
		fmt.Fprint(stdout, sum.String())
		if err != nil {
			return exitCode(1, err)
		}
		if edge, led := sum.RejectedTotal(), sum.LedgerRejectedTotal(); edge+led > 0 && !allowRejected {
			kept := "kept with their reasons in " + a.QuarantinePath()
			if a.QuarantinePath() == "" {
				kept = "not kept (quarantine: off): the log names them"
			}
			return exitCode(1, fmt.Errorf("%d event(s) rejected (%d at the edge, %d by the ledger), %s (--allow-rejected exits 0 all the same)",
				edge+led, edge, led, kept))
		}
		if s != nil {
			return sealDue(ctx, s, stdout)
		}
		return nil
	}

	var wg sync.WaitGroup
	if s != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.Run(ctx); err != nil {
				log.Error("sealer stopped", "err", err)
			}
		}()
	}
	defer notifyReadyWhen(ctx, log, a.Ready(), func() string { return fmt.Sprintf("ingesting; %d events queued", a.QueueLen()) })()
	err = a.Run(ctx)
	wg.Wait()
	if err != nil {
		return exitCode(1, err)
	}
	fmt.Fprint(stdout, a.Summary().String())
	return nil
}

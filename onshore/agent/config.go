package agent

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/internal/strictyaml"
)

// ErrInvalidConfig is wrapped by every error of Config.Validate and of
// parsing a config or a source.
var ErrInvalidConfig = errors.New("invalid agent config")

// Config is the configuration of `rwabridge agent` (agent.yaml). Decode it
// with ParseConfig or LoadConfig (strict: unknown keys are errors); start from
// Default and check with Validate.
type Config struct {
	// DataDir holds the agent's queue (DataDir/agent/queue.db) and, with the
	// embedded ledger, the ledger itself.
	DataDir string `yaml:"data_dir"`
	// Devices is the device registry file (devices.yaml) events are
	// validated against.
	Devices string `yaml:"devices"`
	// Policy, when set, is a disclosure policy file whose record bounds
	// replace telemetry.DefaultBounds at the edge, and which the in-process
	// sealer uses.
	Policy string `yaml:"policy"`
	// Listen is the address of the HTTP server: /metrics, /healthz and, when
	// Sources.HTTP is set, POST /v1/events. Empty: no HTTP server.
	Listen string `yaml:"listen"`
	// MaxClockSkew is how far in the future an event may be dated.
	MaxClockSkew time.Duration `yaml:"max_clock_skew"`
	// Quarantine is the JSON Lines file that keeps every rejected event
	// with its reason and where it came from ("": DataDir/QuarantineFile;
	// QuarantineOff: none).
	Quarantine string `yaml:"quarantine"`

	Sources Sources     `yaml:"sources"`
	Batch   BatchConfig `yaml:"batch"`
	Retry   RetryConfig `yaml:"retry"`
	Queue   QueueConfig `yaml:"queue"`
	Seal    SealConfig  `yaml:"seal"`
}

// Sources says where events come from.
type Sources struct {
	// Files are JSON Lines files, replayed from where the agent stopped.
	Files []string `yaml:"files"`
	// Follow keeps reading files as they grow (tail -f) instead of stopping
	// at their end.
	Follow bool `yaml:"follow"`
	// HTTP accepts POST /v1/events on Listen.
	HTTP bool `yaml:"http"`
	// HTTPTLS, when set, serves Listen over HTTPS, optionally requiring
	// client certificates for POST /v1/events; nil: plain HTTP.
	HTTPTLS *ServerTLS `yaml:"http_tls"`
	// MQTT subscribes to a broker; nil: no MQTT source.
	MQTT *MQTTConfig `yaml:"mqtt"`
}

// MQTTConfig is an MQTT subscription (QoS 1, persistent session).
type MQTTConfig struct {
	Broker   string `yaml:"broker"`    // tcp://HOST:PORT, or mqtts://HOST:PORT for TLS
	Topic    string `yaml:"topic"`     // e.g. cabinets/+/events
	ClientID string `yaml:"client_id"` // stable across restarts, so the broker keeps the session
	// UnhealthyAfter is how long the broker may stay unreachable before
	// /healthz fails and an error is logged (0: DefaultMQTTUnhealthyAfter).
	// A broker that refuses the agent (its certificate, the agent's
	// certificate or credentials) fails /healthz at once.
	UnhealthyAfter time.Duration `yaml:"unhealthy_after"`
	// CAFile is a PEM bundle of the CAs the broker's certificate must be
	// issued by (mqtts:// only; "": the system's roots).
	CAFile string `yaml:"ca_file"`
	// CertFile and KeyFile are the agent's client certificate and its key
	// (PEM), for a broker that requires one (mqtts:// only; both or neither).
	CertFile string `yaml:"cert_file"`
	KeyFile  string `yaml:"key_file"`
	// Username and PasswordFile authenticate the agent to the broker. The
	// password is the first line of the file, so that it is never on a
	// command line or in agent.yaml. Over tcp:// both cross the network in
	// clear text (the agent warns).
	Username     string `yaml:"username"`
	PasswordFile string `yaml:"password_file"`
}

// TLS reports whether the broker URL asks for TLS (mqtts://, ssl://,
// tls://).
func (m *MQTTConfig) TLS() bool {
	u, err := url.Parse(m.Broker)
	return err == nil && mqttTLSSchemes[u.Scheme]
}

// The broker URL schemes the agent accepts: plain and TLS.
var (
	mqttPlainSchemes = map[string]bool{"tcp": true, "mqtt": true}
	mqttTLSSchemes   = map[string]bool{"mqtts": true, "ssl": true, "tls": true}
)

// ServerTLS serves the agent's HTTP server (POST /v1/events, /metrics,
// /healthz) over HTTPS.
type ServerTLS struct {
	CertFile string `yaml:"cert_file"` // the server's certificate (PEM), with its chain
	KeyFile  string `yaml:"key_file"`  // its key (PEM)
	// ClientCAFile, when set, is a PEM bundle of the CAs that issue the
	// cabinets' client certificates: a client certificate, when presented,
	// must be issued by one of them (else the TLS handshake fails), and
	// POST /v1/events requires one (401 without). /metrics and /healthz
	// need none, so that probes and scrapers work without a certificate.
	ClientCAFile string `yaml:"client_ca_file"`
}

// QuarantineOff, as Config.Quarantine, keeps no quarantine file.
const QuarantineOff = "off"

// DefaultMQTTUnhealthyAfter is MQTTConfig.UnhealthyAfter's default.
const DefaultMQTTUnhealthyAfter = 30 * time.Second

// unhealthyAfter is UnhealthyAfter or its default.
func (m *MQTTConfig) unhealthyAfter() time.Duration {
	if m.UnhealthyAfter > 0 {
		return m.UnhealthyAfter
	}
	return DefaultMQTTUnhealthyAfter
}

// BatchConfig says when queued events are submitted: as soon as Size are
// queued, or MaxWait after the first of a smaller batch was; and how many
// batches may wait for the ledger's answer at once (InFlight, 1 to 64: 1
// submits one batch after the other). Batches in flight hold disjoint
// events, each removed from the queue once answered, so every event is
// stored once whatever order the answers come in; the ledger takes a
// cabinet's events in any order.
type BatchConfig struct {
	Size     int           `yaml:"size"`
	MaxWait  time.Duration `yaml:"max_wait"`
	InFlight int           `yaml:"in_flight"`
}

// MaxInFlight bounds BatchConfig.InFlight.
const MaxInFlight = 64

// RetryConfig is the exponential backoff of submissions while the ledger is
// unreachable: Initial, doubled after every failure up to Max, with jitter.
// OnceAttempts bounds the attempts per batch in --once mode (a long-running
// agent retries forever: store and forward).
type RetryConfig struct {
	Initial      time.Duration `yaml:"initial"`
	Max          time.Duration `yaml:"max"`
	OnceAttempts int           `yaml:"once_attempts"`
}

// Policy returns the backoff of one batch with at most attempts
// submissions (0: until the agent stops).
func (r RetryConfig) Policy(attempts int) backoff.Policy {
	return backoff.Policy{Attempts: attempts, Initial: r.Initial, Max: r.Max}
}

// QueueConfig bounds the durable queue.
type QueueConfig struct {
	// MaxBytes is the disk budget of queued events; when it is reached new
	// events are refused (and counted) until the ledger catches up.
	MaxBytes int64 `yaml:"max_bytes"`
}

// SealConfig runs the sealer in-process (embedded ledger only).
type SealConfig struct {
	Enabled bool          `yaml:"enabled"`
	Grace   time.Duration `yaml:"grace"`
}

// Default returns the defaults: batches of 256 events or 200 ms, 4 in
// flight, backoff from 100 ms to 30 s, a 1 GiB queue, a ±10 min clock-skew
// window.
func Default() Config {
	return Config{
		MaxClockSkew: 10 * time.Minute,
		Sources:      Sources{},
		Batch:        BatchConfig{Size: 256, MaxWait: 200 * time.Millisecond, InFlight: 4},
		Retry:        RetryConfig{Initial: 100 * time.Millisecond, Max: 30 * time.Second, OnceAttempts: 20},
		Queue:        QueueConfig{MaxBytes: 1 << 30},
		Seal:         SealConfig{Grace: 10 * time.Minute},
	}
}

// DefaultMQTTClientID is the client id when none is configured.
const DefaultMQTTClientID = "rwabridge-agent"

// DecodeConfig decodes agent.yaml over Default, strictly (unknown keys are
// errors), without validating it: a caller that overrides fields (the
// command line) validates afterwards.
func DecodeConfig(data []byte) (Config, error) {
	c := Default()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil && !errors.Is(err, io.EOF) {
		return Config{}, fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	return c, nil
}

// ParseConfig decodes agent.yaml over Default, strictly, and validates it.
func ParseConfig(data []byte) (Config, error) {
	c, err := DecodeConfig(data)
	if err != nil {
		return Config{}, err
	}
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// errConfigFile names an agent.yaml that can not be read.
var errConfigFile = errors.New("agent config")

// ReadConfig reads and decodes an agent.yaml file without validating it.
func ReadConfig(path string) (Config, error) {
	return strictyaml.Load(path, errConfigFile, DecodeConfig)
}

// LoadConfig reads, decodes and validates an agent.yaml file.
func LoadConfig(path string) (Config, error) {
	return strictyaml.Load(path, errConfigFile, ParseConfig)
}

// AddSource adds a source written as on the command line:
//
//	file:PATH                          a JSON Lines file
//	http:HOST:PORT                     HTTP ingest (sets Listen)
//	https:HOST:PORT                    HTTPS ingest: sources.http_tls names the certificate
//	mqtt://HOST:PORT/TOPIC             an MQTT subscription (TOPIC may hold + and #)
//	mqtts://HOST:PORT/TOPIC            the same over TLS (sources.mqtt's ca_file, cert_file, key_file)
//
// An MQTT source keeps the rest of sources.mqtt (client id, TLS files,
// credentials) from agent.yaml.
func (c *Config) AddSource(spec string) error {
	switch {
	case strings.HasPrefix(spec, "file:"):
		path := strings.TrimPrefix(spec, "file:")
		if path == "" {
			return fmt.Errorf("%w: source %q: file:PATH needs a path", ErrInvalidConfig, spec)
		}
		c.Sources.Files = append(c.Sources.Files, path)
	case strings.HasPrefix(spec, "http:"), strings.HasPrefix(spec, "https:"):
		scheme, addr, _ := strings.Cut(spec, ":")
		if _, _, err := net.SplitHostPort(addr); err != nil {
			return fmt.Errorf("%w: source %q: %s:HOST:PORT: %w", ErrInvalidConfig, spec, scheme, err)
		}
		switch {
		case scheme == "https" && c.Sources.HTTPTLS == nil:
			return fmt.Errorf("%w: source %q: HTTPS needs sources.http_tls (cert_file, key_file) in agent.yaml (--config)", ErrInvalidConfig, spec)
		case scheme == "http" && c.Sources.HTTPTLS != nil:
			return fmt.Errorf("%w: source %q: agent.yaml sets sources.http_tls: write https:%s", ErrInvalidConfig, spec, addr)
		}
		c.Sources.HTTP, c.Listen = true, addr
	case strings.HasPrefix(spec, "mqtt://"), strings.HasPrefix(spec, "tcp://"), strings.HasPrefix(spec, "mqtts://"):
		// Not url.Parse: a topic wildcard # would be taken for a fragment.
		given, rest, _ := strings.Cut(spec, "://")
		host, topic, _ := strings.Cut(rest, "/")
		if _, _, err := net.SplitHostPort(host); err != nil {
			return fmt.Errorf("%w: source %q: write %s://HOST:PORT/TOPIC: %w", ErrInvalidConfig, spec, given, err)
		}
		if topic == "" {
			return fmt.Errorf("%w: source %q: the topic is missing (%s://HOST:PORT/TOPIC)", ErrInvalidConfig, spec, given)
		}
		m := MQTTConfig{ClientID: DefaultMQTTClientID}
		if c.Sources.MQTT != nil {
			m = *c.Sources.MQTT
			if m.ClientID == "" {
				m.ClientID = DefaultMQTTClientID
			}
		}
		scheme := "tcp"
		if given == "mqtts" {
			scheme = "mqtts"
		}
		m.Broker, m.Topic = scheme+"://"+host, topic
		c.Sources.MQTT = &m
	default:
		return fmt.Errorf("%w: source %q: expected file:PATH, http:HOST:PORT, https:HOST:PORT, mqtt://HOST:PORT/TOPIC or mqtts://HOST:PORT/TOPIC", ErrInvalidConfig, spec)
	}
	return nil
}

// Validate reports every problem of the config, each wrapping
// ErrInvalidConfig.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, a ...any) {
		errs = append(errs, fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, a...)))
	}
	if c.DataDir == "" {
		bad("data_dir is required (the queue lives in data_dir/agent)")
	}
	if c.Devices == "" {
		bad("devices is required: the device registry (devices.yaml) events are validated against")
	}
	if c.Listen != "" {
		if _, _, err := net.SplitHostPort(c.Listen); err != nil {
			bad("listen %q: %v", c.Listen, err)
		}
	}
	if c.Sources.HTTP && c.Listen == "" {
		bad("sources.http needs listen (host:port)")
	}
	for i, f := range c.Sources.Files {
		if f == "" {
			bad("sources.files[%d] is empty", i)
		}
	}
	if t := c.Sources.HTTPTLS; t != nil {
		if !c.Sources.HTTP {
			bad("sources.http_tls needs sources.http: true")
		}
		if t.CertFile == "" || t.KeyFile == "" {
			bad("sources.http_tls needs cert_file and key_file (PEM)")
		}
	}
	if m := c.Sources.MQTT; m != nil {
		u, err := url.Parse(m.Broker)
		if err != nil || u.Host == "" || !mqttPlainSchemes[u.Scheme] && !mqttTLSSchemes[u.Scheme] {
			bad("sources.mqtt.broker %q: write tcp://HOST:PORT, or mqtts://HOST:PORT for TLS", m.Broker)
		}
		if !m.TLS() && (m.CAFile != "" || m.CertFile != "" || m.KeyFile != "") {
			bad("sources.mqtt: ca_file, cert_file and key_file need a TLS broker: write mqtts://HOST:PORT")
		}
		if (m.CertFile == "") != (m.KeyFile == "") {
			bad("sources.mqtt.cert_file and key_file go together")
		}
		if m.PasswordFile != "" && m.Username == "" {
			bad("sources.mqtt.password_file needs username")
		}
		if m.Topic == "" {
			bad("sources.mqtt.topic is required (e.g. cabinets/+/events)")
		}
		if m.ClientID == "" || len(m.ClientID) > 128 {
			bad("sources.mqtt.client_id must be 1 to 128 bytes and stable across restarts")
		}
		if m.UnhealthyAfter < 0 {
			bad("sources.mqtt.unhealthy_after %s must not be negative", m.UnhealthyAfter)
		}
	}
	if c.MaxClockSkew < 0 {
		bad("max_clock_skew %s must not be negative", c.MaxClockSkew)
	}
	if c.Batch.Size < 1 || c.Batch.Size > 10_000 {
		bad("batch.size %d must be 1 to 10000", c.Batch.Size)
	}
	if c.Batch.MaxWait <= 0 {
		bad("batch.max_wait %s must be positive", c.Batch.MaxWait)
	}
	if c.Batch.InFlight < 1 || c.Batch.InFlight > MaxInFlight {
		bad("batch.in_flight %d must be 1 to %d (1: one batch after the other)", c.Batch.InFlight, MaxInFlight)
	}
	if err := c.Retry.Policy(0).Validate(); err != nil {
		bad("retry: need 0 < initial (%s) <= max (%s)", c.Retry.Initial, c.Retry.Max)
	}
	if c.Retry.OnceAttempts < 1 {
		bad("retry.once_attempts %d must be at least 1", c.Retry.OnceAttempts)
	}
	if c.Queue.MaxBytes < 64<<10 {
		bad("queue.max_bytes %d is below the minimum of 65536", c.Queue.MaxBytes)
	}
	if c.Seal.Enabled && c.Policy == "" {
		bad("seal.enabled needs policy (the epochs to seal come from it)")
	}
	if c.Seal.Grace < 0 {
		bad("seal.grace %s must not be negative", c.Seal.Grace)
	}
	return errors.Join(errs...)
}

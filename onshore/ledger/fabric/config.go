package fabric

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/internal/strictyaml"
)

// ErrBadConfig wraps every configuration problem.
var ErrBadConfig = errors.New("fabric client config")

// Config configures a Gateway client: which peer's gateway to call, as whom,
// on which channel and chaincode. It is loaded from YAML strictly (unknown
// keys are errors); Default fills what a file leaves out. Relative paths are
// relative to the file's directory (Resolve).
type Config struct {
	// PeerEndpoint is the gateway peer's address, host:port.
	PeerEndpoint string `yaml:"peer_endpoint"`
	// TLSCACert is the PEM file of the CA that issued the peer's TLS
	// certificate.
	TLSCACert string `yaml:"tls_ca_cert"`
	// ServerNameOverride is the name the peer's TLS certificate is checked
	// against when it differs from the endpoint's host (e.g.
	// peer0.operator.rwabridge.local behind 127.0.0.1).
	ServerNameOverride string `yaml:"server_name_override,omitempty"`
	// MSPID is the client identity's org.
	MSPID string `yaml:"msp_id"`
	// Cert is the client's X.509 certificate (PEM): a file, or a directory
	// holding exactly one (an MSP's signcerts/).
	Cert string `yaml:"cert"`
	// Key is the client's private key (PKCS #8 PEM): a file, or a directory
	// holding exactly one (an MSP's keystore/).
	Key string `yaml:"key"`
	// Channel and Chaincode name the contract.
	Channel   string `yaml:"channel"`
	Chaincode string `yaml:"chaincode"`
	// EndorsingOrgs, when set, are the MSP ids whose peers endorse every
	// submitted transaction; empty lets the gateway pick peers that satisfy
	// the endorsement policy (and, for SubmitBatch's transient data, only
	// members of the records collection).
	EndorsingOrgs []string `yaml:"endorsing_orgs,omitempty"`
	Timeouts      Timeouts `yaml:"timeouts"`
	// Retry says how transient failures are retried: endorsements that
	// fail while the network is still starting (peers not yet known to
	// each other) and transactions invalidated by MVCC_READ_CONFLICT or
	// PHANTOM_READ_CONFLICT, which are endorsed again.
	Retry backoff.Policy `yaml:"retry"`
}

// Timeouts bound each step of a call.
type Timeouts struct {
	Connect      time.Duration `yaml:"connect"`
	Evaluate     time.Duration `yaml:"evaluate"`
	Endorse      time.Duration `yaml:"endorse"`
	Submit       time.Duration `yaml:"submit"`
	CommitStatus time.Duration `yaml:"commit_status"`
}

// Default returns the channel "rwabridge", chaincode "rwabridge", timeouts of
// 10 s (evaluate), 60 s (endorse: a batch of records is signature-checked on
// each endorser), 10 s (submit) and 2 min (commit status), and 6 retries
// from 250 ms to 5 s.
func Default() Config {
	return Config{
		Channel:   "rwabridge",
		Chaincode: "rwabridge",
		Timeouts: Timeouts{
			Connect: 10 * time.Second, Evaluate: 10 * time.Second, Endorse: 60 * time.Second,
			Submit: 10 * time.Second, CommitStatus: 2 * time.Minute,
		},
		Retry: backoff.Policy{Attempts: 6, Initial: 250 * time.Millisecond, Max: 5 * time.Second},
	}
}

// Validate reports every problem at once, each wrapping ErrBadConfig.
func (c *Config) Validate() error {
	var errs []error
	add := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrBadConfig}, args...)...))
	}
	for _, f := range []struct{ name, v string }{
		{"peer_endpoint", c.PeerEndpoint}, {"tls_ca_cert", c.TLSCACert}, {"msp_id", c.MSPID},
		{"cert", c.Cert}, {"key", c.Key}, {"channel", c.Channel}, {"chaincode", c.Chaincode},
	} {
		if f.v == "" {
			add("%s is required", f.name)
		}
	}
	for i, o := range c.EndorsingOrgs {
		if o == "" {
			add("endorsing_orgs[%d] is empty", i)
		}
	}
	for _, t := range []struct {
		name string
		v    time.Duration
	}{
		{"timeouts.connect", c.Timeouts.Connect}, {"timeouts.evaluate", c.Timeouts.Evaluate}, {"timeouts.endorse", c.Timeouts.Endorse},
		{"timeouts.submit", c.Timeouts.Submit}, {"timeouts.commit_status", c.Timeouts.CommitStatus},
	} {
		if t.v <= 0 {
			add("%s %s: want > 0", t.name, t.v)
		}
	}
	if c.Retry.Attempts < 1 {
		add("retry.attempts %d: want ≥ 1 (1 means no retry)", c.Retry.Attempts)
	}
	if err := c.Retry.Validate(); err != nil {
		add("retry: %v", err)
	}
	return errors.Join(errs...)
}

// Resolve makes the relative file paths of c relative to dir.
func (c *Config) Resolve(dir string) {
	strictyaml.Relative(dir, &c.TLSCACert, &c.Cert, &c.Key)
}

// ParseConfig decodes a YAML config strictly over Default, resolves its
// relative paths against dir and validates it.
func ParseConfig(data []byte, dir string) (Config, error) {
	c, err := strictyaml.Parse(data, Default(), ErrBadConfig)
	if err != nil {
		return Config{}, err
	}
	c.Resolve(dir)
	return c, nil
}

// LoadConfig reads and parses a config file; relative paths in it are
// relative to its directory.
func LoadConfig(path string) (Config, error) {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return Config{}, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	return strictyaml.Load(path, ErrBadConfig, func(data []byte) (Config, error) { return ParseConfig(data, dir) })
}

// readPEMFile reads path, or the single regular file in directory path.
func readPEMFile(what, path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadConfig, what, err)
	}
	if fi.IsDir() {
		entries, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrBadConfig, what, err)
		}
		var files []string
		for _, e := range entries {
			if e.Type().IsRegular() {
				files = append(files, e.Name())
			}
		}
		if len(files) != 1 {
			return nil, fmt.Errorf("%w: %s: directory %s holds %d files, want exactly one", ErrBadConfig, what, path, len(files))
		}
		path = filepath.Join(path, files[0])
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadConfig, what, err)
	}
	return b, nil
}

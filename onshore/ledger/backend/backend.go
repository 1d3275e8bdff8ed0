// Package backend opens the onshore ledger a command or a bridge process
// is configured for — the embedded ledger of a data directory, or a Fabric
// network through its Gateway — and hands back the one contract client
// (ledger.Client) over it. It owns the ledger connection file
// (--ledger-config: `backend: embedded|fabric` and the Fabric Gateway
// identity) and the `ledger:` section of the attestor's and the relayer's
// configs (Access).
//
// A Conn also wakes a bridge process when the ledger creates a seal
// (Conn.Seals): on Fabric from the chaincode's seal events, resumed from a
// checkpoint file the process's config names; the embedded ledger has no
// event source and its callers keep polling.
//
// It does not implement either back end (onshore/ledger/embedded and
// onshore/ledger/fabric do) nor read flags.
package backend

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/rwabridge/rwabridge/internal/strictyaml"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
)

// The back ends a Config names.
const (
	Embedded = "embedded"
	Fabric   = "fabric"
)

// Errors.
var (
	// ErrBadConfig wraps every problem of a connection file or an Access
	// (and fabric.ErrBadConfig's): the configuration is wrong, not the
	// ledger.
	ErrBadConfig = errors.New("bad ledger connection config")
	// ErrOpen wraps every failure to open a well-configured ledger.
	ErrOpen = errors.New("opening the ledger failed")
)

// Config is a ledger connection file: which back end, and the Fabric
// Gateway client's configuration.
type Config struct {
	Backend string `yaml:"backend"`
	// Grace is the contract's grace on the Fabric back end (the embedded
	// ledger reads its own config); it only decides which epochs a sealer
	// tries: the contract enforces its own.
	Grace  time.Duration `yaml:"grace"`
	Fabric fabric.Config `yaml:"fabric"`
}

// DefaultConfig is the embedded back end, with the contract's default grace.
func DefaultConfig() Config {
	return Config{Backend: Embedded, Grace: ledger.Default().Grace, Fabric: fabric.Default()}
}

// LoadConfig reads a connection file strictly; "" is DefaultConfig. The
// Fabric section's relative paths are relative to the file.
func LoadConfig(path string) (Config, error) {
	c := DefaultConfig()
	if path == "" {
		return c, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return c, fmt.Errorf("%w: %w", ErrBadConfig, err)
	}
	if err := strictyaml.Decode(data, &c); err != nil {
		return c, fmt.Errorf("%w: %s: %w", ErrBadConfig, path, err)
	}
	switch c.Backend {
	case Embedded:
	case Fabric:
		dir, err := filepath.Abs(filepath.Dir(path))
		if err != nil {
			return c, fmt.Errorf("%w: %w", ErrBadConfig, err)
		}
		c.Fabric.Resolve(dir)
		if err := c.Fabric.Validate(); err != nil {
			return c, fmt.Errorf("%w: %s: %w", ErrBadConfig, path, err)
		}
	default:
		return c, fmt.Errorf("%w: %s: backend %q: want %s or %s", ErrBadConfig, path, c.Backend, Embedded, Fabric)
	}
	if c.Grace < 0 {
		return c, fmt.Errorf("%w: %s: grace %s is negative", ErrBadConfig, path, c.Grace)
	}
	return c, nil
}

// Conn is an open back end and the contract client over it.
type Conn struct {
	Client  *ledger.Client
	Backend string
	// Grace is the contract's grace period.
	Grace time.Duration
	close func() error
	log   *slog.Logger
	// listen runs the back end's seal listener (fabric.Gateway.ListenSeals);
	// nil when the back end has none.
	listen    sealListener
	listeners listeners
}

// Close stops the seal listeners Seals started, waits for them, and
// releases the back end (the embedded ledger's lock, the gateway
// connection).
func (c *Conn) Close() error {
	c.listeners.stop()
	return c.close()
}

// Open opens the back end configPath names: a Fabric Gateway with the
// file's identity, or (configPath "" or `backend: embedded`) the embedded
// ledger of dataDir, submitting as an admin of the operator org named who.
// Errors wrap ErrBadConfig or ErrOpen.
func Open(configPath, dataDir, who string, log *slog.Logger) (*Conn, error) {
	return open(configPath, dataDir, who, log, false)
}

// OpenOrCreate is Open for the one command that makes the embedded ledger
// (the agent): a data directory without a ledger gets a new one (genesis
// block, org keys). Every other command uses Open, which refuses it
// (embedded.ErrNoLedger).
func OpenOrCreate(configPath, dataDir, who string, log *slog.Logger) (*Conn, error) {
	return open(configPath, dataDir, who, log, true)
}

func open(configPath, dataDir, who string, log *slog.Logger, create bool) (*Conn, error) {
	cfg, err := LoadConfig(configPath)
	if err != nil {
		return nil, err
	}
	if cfg.Backend == Fabric {
		return openFabric(cfg, log)
	}
	return openEmbedded(dataDir, "", who, log, create)
}

// Access is the `ledger:` section of a bridge process's config (the
// attestor's, the relayer's): exactly one of Data, the embedded ledger's
// data directory, and Config, a ledger connection file (the Gateway of the
// org's own peer).
type Access struct {
	Data   string `yaml:"data"`
	Config string `yaml:"config"`
}

// Validate checks that exactly one of Data and Config is set.
func (a Access) Validate() error {
	if (a.Data == "") == (a.Config == "") {
		return fmt.Errorf("%w: ledger: give exactly one of data and config", ErrBadConfig)
	}
	return nil
}

// Resolve makes relative paths relative to dir (the config file's).
func (a *Access) Resolve(dir string) {
	strictyaml.Relative(dir, &a.Data, &a.Config)
}

// OpenAccess opens the ledger a bridge process's Access names: Config's
// back end with that file's identity, or Data's embedded ledger calling as
// org msp (an admin of the operator org when msp is ""), named who.
func OpenAccess(a Access, msp, who string, log *slog.Logger) (*Conn, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if a.Config != "" {
		return Open(a.Config, a.Data, who, log)
	}
	return openEmbedded(a.Data, msp, who, log, false)
}

func openFabric(cfg Config, log *slog.Logger) (*Conn, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	g, err := fabric.Connect(cfg.Fabric, log.With("ledger", "fabric"))
	if err != nil {
		if errors.Is(err, fabric.ErrBadConfig) {
			return nil, fmt.Errorf("%w: fabric ledger: %w", ErrBadConfig, err)
		}
		return nil, fmt.Errorf("%w: fabric ledger: %w", ErrOpen, err)
	}
	return &Conn{Client: ledger.NewClient(g), Backend: Fabric, Grace: cfg.Grace, close: g.Close,
		log: log, listen: g.ListenSeals}, nil
}

func openEmbedded(dataDir, msp, who string, log *slog.Logger, create bool) (*Conn, error) {
	if dataDir == "" {
		return nil, fmt.Errorf("%w: no data directory for the embedded ledger", ErrBadConfig)
	}
	openDir := embedded.OpenExisting
	if create {
		openDir = embedded.OpenDir
	}
	l, err := openDir(dataDir, log)
	if err != nil {
		return nil, fmt.Errorf("%w: embedded ledger: %w", ErrOpen, err)
	}
	id := l.Operator(who)
	if msp != "" {
		id = ledger.Identity{MSPID: msp, ID: who}
	}
	return &Conn{Client: ledger.NewClient(l.Invoker(id)), Backend: Embedded, Grace: l.Config().Contract.Grace, close: l.Close}, nil
}

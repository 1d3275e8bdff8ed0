package embedded

import (
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
)

// In a data directory shared by rwabridge's commands (the agent, `rwabridge
// ledger`), the embedded ledger lives in its own subdirectory:
//
//	DATA/ledger/config.yaml    Config (written with defaults on first open)
//	DATA/ledger/keys/*.pem     org signing keys (0600)
//	DATA/ledger/ledger.db      blocks, argument store, world state (bbolt)
const (
	SubDir     = "ledger"
	ConfigFile = "config.yaml"
)

// Path returns the embedded ledger's directory within dataDir.
func Path(dataDir string) string { return filepath.Join(dataDir, SubDir) }

// LoadDirConfig returns the embedded ledger's directory within dataDir and
// its config: the config file if there is one, else Default().
func LoadDirConfig(dataDir string) (string, Config, error) {
	dir := Path(dataDir)
	path := filepath.Join(dir, ConfigFile)
	cfg, err := LoadConfig(path)
	if errors.Is(err, fs.ErrNotExist) {
		return dir, Default(), nil
	}
	return dir, cfg, err
}

// OpenDir opens (creating on first use) the embedded ledger of a data
// directory: DATA/ledger with DATA/ledger/config.yaml, which is written with
// Default() when absent. The agent and the demo open a ledger this way
// (they make it); every other command uses OpenExisting. One process at a
// time has it open (others get ErrLocked after the config's lock timeout).
func OpenDir(dataDir string, logger *slog.Logger, opts ...Option) (*Ledger, error) {
	dir, cfg, err := LoadDirConfig(dataDir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, ConfigFile)); errors.Is(err, fs.ErrNotExist) {
		if err := WriteDirConfig(dataDir, cfg); err != nil {
			return nil, err
		}
	}
	return Open(dir, cfg, logger, opts...)
}

// OpenExisting is OpenDir for a ledger that must already exist: a data
// directory without DATA/ledger/ledger.db is ErrNoLedger, and nothing is
// created in it. Every command but the ones that make a ledger (the agent,
// the demo) opens this way, so a mistyped directory is an error, not a new
// ledger with new org keys.
func OpenExisting(dataDir string, logger *slog.Logger, opts ...Option) (*Ledger, error) {
	db := filepath.Join(Path(dataDir), DBFile)
	if _, err := os.Stat(db); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("%w in %s (no %s): the agent makes one on its first run (rwabridge agent --data %s …), or pass the data directory it uses", ErrNoLedger, dataDir, db, dataDir)
		}
		return nil, fmt.Errorf("embedded ledger %s: %w", db, err)
	}
	return OpenDir(dataDir, logger, opts...)
}

// WriteDirConfig writes cfg as the config of the embedded ledger of dataDir
// (creating its directory), atomically. The org set it names is fixed at
// the ledger's genesis, on first open.
func WriteDirConfig(dataDir string, cfg Config) error {
	if err := cfg.Validate(); err != nil {
		return err
	}
	data, err := cfg.encode()
	if err != nil {
		return fmt.Errorf("embedded ledger config: %w", err)
	}
	dir := Path(dataDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("embedded ledger: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, ConfigFile), data, 0o600); err != nil {
		return fmt.Errorf("embedded ledger config: %w", err)
	}
	return nil
}

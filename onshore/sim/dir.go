package sim

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
)

// The files WriteDir writes.
const (
	DevicesFile    = "devices.yaml"     // the device registry (public keys)
	DeviceKeysFile = "device-keys.yaml" // the device private keys, mode 0600
	EventsFile     = "events.jsonl"     // the signed events
)

// WriteDir simulates the fleet into dir (created if missing): DevicesFile,
// DeviceKeysFile (readable by its owner only) and EventsFile. Each file is
// written to a temporary name and renamed into place when complete, so a
// failed or interrupted run leaves no partial file under a final name.
func WriteDir(ctx context.Context, cfg Config, dir string) (Result, error) {
	if err := cfg.Validate(); err != nil {
		return Result{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return Result{}, fmt.Errorf("output directory: %w", err)
	}
	var res Result
	err := atomicfile.Write(filepath.Join(dir, EventsFile), 0o644, func(w io.Writer) error {
		var err error
		res, err = Generate(ctx, cfg, w)
		return err
	})
	if err != nil {
		return res, err
	}
	if err := writeYAML(filepath.Join(dir, DevicesFile), 0o644, res.Fleet.Registry); err != nil {
		return res, err
	}
	if err := writeYAML(filepath.Join(dir, DeviceKeysFile), 0o600, res.Fleet.Keys); err != nil {
		return res, err
	}
	return res, nil
}

func writeYAML(path string, mode os.FileMode, v any) error {
	return atomicfile.Write(path, mode, func(w io.Writer) error {
		enc := yaml.NewEncoder(w)
		enc.SetIndent(2)
		if err := enc.Encode(v); err != nil {
			return err
		}
		return enc.Close()
	})
}

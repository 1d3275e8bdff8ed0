package chaintest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Capacity is the chunk capacity of the test keys: the smallest that holds
// an epoch with the daily policy's five active cabinets.
const Capacity = 8

// Pool is the pool the fixtures deploy.
const Pool = telemetry.PoolID("pool-a")

// KeysIn returns development (INSECURE) keys of the summary circuit at
// Capacity in dir: set up there once (about 2 s), reused after.
func KeysIn(ctx context.Context, dir string) (*keys.Set, error) {
	set, _, err := keys.Setup(ctx, dir, Capacity, keys.KindDev, keys.Options{})
	if err != nil {
		return nil, fmt.Errorf("chaintest: keys: %w", err)
	}
	return set, nil
}

var (
	keysOnce sync.Once
	keysSet  *keys.Set
	keysDir  string
	keysErr  error
)

// Keys returns KeysIn of a temporary directory set up once per test binary,
// and the directory. Call RemoveKeys from TestMain when the tests are done.
func Keys() (*keys.Set, string, error) {
	keysOnce.Do(func() {
		if keysDir, keysErr = TempDir("keys"); keysErr == nil {
			keysSet, keysErr = KeysIn(context.Background(), keysDir)
		}
	})
	return keysSet, keysDir, keysErr
}

// RemoveKeys deletes the directory Keys set up.
func RemoveKeys() {
	if keysDir != "" {
		os.RemoveAll(keysDir)
	}
}

// TempDir returns a new directory under the system's temporary directory,
// for fixtures shared by all tests of a binary.
func TempDir(name string) (string, error) {
	return os.MkdirTemp("", "rwabridge-"+filepath.Base(name)+"-")
}

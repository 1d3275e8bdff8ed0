package bridgetest

import (
	"context"
	"os"
	"sync"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/testprover"
)

// Capacity is the chunk capacity of the test keys: the smallest that
// holds an epoch of the daily policy's five cabinets.
const Capacity = 8

var (
	keysOnce sync.Once
	keysSet  *keys.Set
	keysDir  string
	keysErr  error
)

// Keys returns INSECURE development keys of the summary circuit at
// Capacity, set up once per test binary (about 2 s), and their directory.
func Keys() (*keys.Set, string, error) {
	keysOnce.Do(func() {
		keysDir, keysErr = TempDir("keys")
		if keysErr != nil {
			return
		}
		keysSet, keysErr = testprover.SummaryKeys(context.Background(), keysDir, Capacity)
	})
	return keysSet, keysDir, keysErr
}

// RemoveKeys deletes the directory Keys set up (call it from TestMain after
// the tests ran).
func RemoveKeys() {
	if keysDir != "" {
		os.RemoveAll(keysDir)
	}
}

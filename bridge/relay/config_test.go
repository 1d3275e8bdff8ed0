package relay_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/bridge/relay"
)

func TestGoodRelayerConfigsLoad(t *testing.T) {
	c, err := relay.LoadConfig(filepath.Join("testdata", "good.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Confirmations != 12 || !c.Finalized || c.Fees.BumpPercent != 25 || c.Fees.StuckAfter != 90*time.Second ||
		c.Fees.BaseFeeMultiplier != 2 || c.Outbox != filepath.Join("testdata", "relay") || len(c.Pools) != 1 || c.ChunksPerTx != 64 || c.BatchMax != 4 {
		t.Fatalf("loaded %+v", c)
	}
	c, err = relay.LoadConfig(filepath.Join("testdata", "minimal.good.yml"))
	if err != nil {
		t.Fatal(err)
	}
	d := relay.Default()
	if c.Confirmations != d.Confirmations || c.Fees != d.Fees || c.Retry != d.Retry || c.Schedule != d.Schedule || c.ChunksPerTx != 128 || c.BatchMax != relay.DefaultBatchMax {
		t.Fatalf("defaults not applied: %+v", c)
	}
}

func TestBadRelayerConfigsAreRefusedSayingWhy(t *testing.T) {
	tests := []struct{ file, want string }{
		{"unknown-key.bad.yml", "field confirmation not found"},
		{"zero-confirmations.bad.yml", "confirmations must be at least 1"},
		{"small-bump.bad.yml", "nodes refuse replacements below +10%"},
		{"fee-cap-below-tip.bad.yml", "at least tip_cap_max_wei"},
		{"bad-schedule.bad.yml", `schedule "every minute"`},
		{"bad-pool.bad.yml", "pools:"},
		{"no-rpc.bad.yml", "rpc is required"},
		{"no-outbox.bad.yml", "outbox (a directory) is required"},
		{"no-retry.bad.yml", "retry: attempts"},
		{"too-many-chunks.bad.yml", "chunks_per_tx 221: between 1 and 220"},
		{"zero-batch.bad.yml", "batch_max 0 must be 1 (one epoch per transaction) to 64"},
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.bad.yml"))
	if len(files) != len(tests) {
		t.Fatalf("%d bad files, %d cases", len(files), len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.file+" is refused", func(t *testing.T) {
			_, err := relay.LoadConfig(filepath.Join("testdata", tt.file))
			if !errors.Is(err, relay.ErrInvalidConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got %v, want %q", err, tt.want)
			}
		})
	}
}

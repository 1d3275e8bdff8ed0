package demo_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/rwabridge/rwabridge/internal/demo"
)

func TestRunScaleDisclosesAndVerifiesOneEpoch(t *testing.T) {
	cfg := demo.DefaultScaleConfig()
	cfg.Records, cfg.Capacity, cfg.KeysDir = 100, testCapacity, sharedKeys(t)
	var out, progress bytes.Buffer
	cfg.Progress = &progress
	res, err := demo.RunScale(context.Background(), cfg, &out)
	if err != nil {
		t.Fatalf("%v\nstdout:\n%s\nprogress:\n%s", err, out.String(), progress.String())
	}
	if res.Seal.Count != 100 || len(res.Seal.Chunks) != (100+testCapacity-1)/testCapacity || !res.Seal.Disclosable {
		t.Errorf("seal: %d records in %d chunks, disclosable %v; want 100 in %d, disclosable",
			res.Seal.Count, len(res.Seal.Chunks), res.Seal.Disclosable, (100+testCapacity-1)/testCapacity)
	}
	if res.Cabinets != demo.DefaultScaleCabinets(100) || res.Seal.ActiveCabinets < 5 {
		t.Errorf("%d cabinets, %d active in the seal", res.Cabinets, res.Seal.ActiveCabinets)
	}
	if res.Gas == 0 || res.Txs < 1 || res.GasPerRecord() != float64(res.Gas)/100 {
		t.Errorf("gas %d in %d txs, %.2f per record", res.Gas, res.Txs, res.GasPerRecord())
	}
	if !res.KeysCached {
		t.Error("the shared keys were not reported cached")
	}
	if len(res.Stages) != len(demo.ScaleStages) {
		t.Fatalf("%d stages, want %d", len(res.Stages), len(demo.ScaleStages))
	}
	var cpu, counted int64
	for i, s := range res.Stages {
		if s.Name != demo.ScaleStages[i] || s.Wall <= 0 || s.CPU < 0 || s.Detail == "" {
			t.Errorf("stage %d: %+v", i, s)
		}
		cpu += int64(s.CPU)
		if s.Name != demo.ScaleSetup && s.Name != demo.ScaleDeploy && i > 2 {
			counted += int64(s.Wall)
		}
	}
	if cpu <= 0 || res.PeakRSS <= 0 {
		t.Errorf("cpu %d ns over every stage, peak RSS %d", cpu, res.PeakRSS)
	}
	if int64(res.SealedToVerified) != counted {
		t.Errorf("sealed to verified %s, want the sum of prove, attest, relay and verify %d ns", res.SealedToVerified, counted)
	}
	text := out.String()
	for _, want := range append([]string{"total gas: ", "gas per record: ", "sealed to verified: ", "cached: "}, demo.ScaleStages...) {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	if !strings.HasSuffix(text, "disclosed and verified\n") {
		t.Errorf("output does not end with the verdict:\n%s", text)
	}
	if !strings.Contains(progress.String(), "prove: chunk") {
		t.Errorf("no prove progress:\n%s", progress.String())
	}
}

func TestRunScaleRelaysAnEpochOfMoreChunksThanATransactionTakesInParts(t *testing.T) {
	cfg := demo.DefaultScaleConfig()
	cfg.Records, cfg.Capacity, cfg.KeysDir, cfg.ChunksPerTx = 5*testCapacity, testCapacity, sharedKeys(t), 2
	var out bytes.Buffer
	res, err := demo.RunScale(context.Background(), cfg, &out)
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	if len(res.Seal.Chunks) != 5 || res.Txs != 3 {
		t.Fatalf("%d chunks in %d transactions, want 5 in 3 (parts of 2, 2, 1)", len(res.Seal.Chunks), res.Txs)
	}
	if text := out.String(); !strings.Contains(text, "in 3 transaction(s) of the relayer") || !strings.HasSuffix(text, "disclosed and verified\n") {
		t.Errorf("output:\n%s", text)
	}
}

func TestRunScaleRefusesAFleetTooSmall(t *testing.T) {
	cfg := demo.DefaultScaleConfig()
	cfg.Records, cfg.Cabinets, cfg.Capacity, cfg.KeysDir = 5000, 5, testCapacity, t.TempDir()
	var out bytes.Buffer
	_, err := demo.RunScale(context.Background(), cfg, &out)
	if !errors.Is(err, demo.ErrFleetTooSmall) || !strings.Contains(err.Error(), "give --cabinets") {
		t.Fatalf("err %v, want ErrFleetTooSmall naming --cabinets", err)
	}
	if strings.Contains(out.String(), "disclosed and verified") || !strings.Contains(out.String(), "FAILED") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestScaleConfigValidate(t *testing.T) {
	for _, c := range []struct {
		edit func(*demo.ScaleConfig)
		want string
	}{
		{func(c *demo.ScaleConfig) { c.Records = 0 }, "records 0"},
		{func(c *demo.ScaleConfig) { c.Records = 4 }, "records 4: the policy"},
		{func(c *demo.ScaleConfig) { c.Capacity = 100 }, "capacity 100"},
		{func(c *demo.ScaleConfig) { c.Workers = 0 }, "workers 0"},
		{func(c *demo.ScaleConfig) { c.ChunksPerTx = 221 }, "chunks per transaction 221: give 1 to 220"},
		{func(c *demo.ScaleConfig) { c.ChunksPerTx = -1 }, "chunks per transaction -1"},
		{func(c *demo.ScaleConfig) { c.KeysDir = "" }, "keys directory"},
		{func(c *demo.ScaleConfig) { c.Cabinets = 4 }, "cabinets 4"},
		{func(c *demo.ScaleConfig) { c.Records, c.Cabinets = 10, 20 }, "cabinets 20 for 10 records"},
		{func(c *demo.ScaleConfig) { c.Day = c.Day.Add(3 * 3600e9) }, "start of an epoch"},
		{func(c *demo.ScaleConfig) { c.Day = c.Day.AddDate(100, 0, 0) }, "has not ended"},
	} {
		cfg := demo.DefaultScaleConfig()
		cfg.Records, cfg.KeysDir = 1000, "keys"
		if err := cfg.Validate(); err != nil {
			t.Fatalf("defaults: %v", err)
		}
		c.edit(&cfg)
		err := cfg.Validate()
		if !errors.Is(err, demo.ErrInvalidConfig) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("want ErrInvalidConfig naming %q, got %v", c.want, err)
		}
	}
}

package demo_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/demo"
	"github.com/rwabridge/rwabridge/internal/syncbuf"
	"github.com/rwabridge/rwabridge/onshore/sim"
)

// testCapacity is the chunk capacity of the tests' keys (set up once per
// test binary, in well under a second).
const testCapacity = 16

var (
	keysOnce sync.Once
	keysDir  string
	keysErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if keysDir != "" {
		os.RemoveAll(keysDir)
	}
	os.Exit(code)
}

// sharedKeys returns a directory holding dev keys of testCapacity.
func sharedKeys(t *testing.T) string {
	t.Helper()
	keysOnce.Do(func() {
		if keysDir, keysErr = os.MkdirTemp("", "rwabridge-demo-keys-"); keysErr != nil {
			return
		}
		_, _, keysErr = keys.Setup(context.Background(), keysDir, testCapacity, keys.KindDev, keys.Options{})
	})
	if keysErr != nil {
		t.Fatal(keysErr)
	}
	return keysDir
}

// tinyFleet simulates cabinets over days and keeps the first perDay events
// of each cabinet and UTC day, so an epoch has cabinets×perDay records.
func tinyFleet(t *testing.T, cabinets, days, perDay int) string {
	t.Helper()
	dir := t.TempDir()
	cfg := sim.Default()
	cfg.Cabinets, cfg.Days = cabinets, days
	if _, err := sim.WriteDir(context.Background(), cfg, dir); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, sim.EventsFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	kept := map[[2]int64]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		var ev struct {
			Cabinet int64 `json:"cabinet"`
			Time    int64 `json:"time"`
		}
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatal(err)
		}
		k := [2]int64{ev.Cabinet, ev.Time / 86400}
		if kept[k] < perDay {
			kept[k]++
			out.Write(sc.Bytes())
			out.WriteByte('\n')
		}
	}
	if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func tinyConfig(t *testing.T, fleet string) demo.Config {
	cfg := demo.Default()
	cfg.DataDir = filepath.Join(t.TempDir(), "demo")
	cfg.Fleet = fleet
	cfg.Capacity = testCapacity
	cfg.DevKeys = true // the ceremony has its own test
	cfg.KeysDir = sharedKeys(t)
	return cfg
}

func TestTheDemoRunsEveryStageAndEveryDisclosureVerifies(t *testing.T) {
	// 6 cabinets × 3 events a day: 18 records per daily epoch, two chunks
	// of 16, above the policy's k = 5 active cabinets.
	cfg := tinyConfig(t, tinyFleet(t, 6, 2, 3))
	var out bytes.Buffer
	rep, err := demo.Run(context.Background(), cfg, &out, nil)
	if err != nil {
		t.Fatalf("demo failed: %v\n%s", err, out.String())
	}
	var names []string
	for _, s := range rep.Stages {
		names = append(names, s.Name)
	}
	if strings.Join(names, ",") != strings.Join(demo.Stages, ",") {
		t.Errorf("stages run %v, want %v", names, demo.Stages)
	}
	disclosable := 0
	for _, e := range rep.Epochs {
		if e.Disclosable {
			disclosable++
			if len(e.Bundle.Chunks) != 2 {
				t.Errorf("epoch %d: %d chunks, want 2 (18 records in chunks of 16)", e.Seal.Epoch, len(e.Bundle.Chunks))
			}
		}
	}
	if disclosable != 2 {
		t.Fatalf("%d disclosable seals, want 2:\n%s", disclosable, out.String())
	}
	// Every sealed epoch crosses, in order: those below k suppressed.
	all := len(rep.Epochs)
	if rep.OnChain != all || len(rep.Disclosed()) != all || rep.Verified != all {
		t.Errorf("on chain %d, relayed %d, verified %d; want %d each (%d with figures)", rep.OnChain, len(rep.Disclosed()), rep.Verified, all, disclosable)
	}
	for _, e := range rep.Epochs {
		if e.Bundle == nil || e.Bundle.Suppressed == e.Disclosable {
			t.Errorf("epoch %d (disclosable %t): bundle %+v", e.Seal.Epoch, e.Disclosable, e.Bundle)
		}
	}
	if rep.Deposited == 0 || rep.Claimed != rep.Deposited {
		t.Errorf("payouts: claimed %d of %d deposited", rep.Claimed, rep.Deposited)
	}
	for _, e := range rep.Disclosed() {
		if e.Claimed != e.Deposited || !e.Verified {
			t.Errorf("epoch %d: claimed %d of %d, verified %t", e.Seal.Epoch, e.Claimed, e.Deposited, e.Verified)
		}
	}
	if want := fmt.Sprintf("all %d disclosures verified\n", all); !strings.HasSuffix(out.String(), want) {
		t.Errorf("output does not end with %q:\n%s", want, out.String())
	}
	if !strings.Contains(out.String(), keys.Warning) {
		t.Error("the INSECURE dev-key warning is not printed")
	}
	for _, org := range demo.Committee { // the investor summary names the committee's members
		if a := rep.Chain.Orgs[org].Hex(); !strings.Contains(out.String(), org+" ("+a+")") {
			t.Errorf("the investor summary does not name %s as %s:\n%s", a, org, out.String())
		}
	}

	t.Run("a second run on the same data directory reuses it", func(t *testing.T) {
		out.Reset()
		again, err := demo.Run(context.Background(), cfg, &out, nil)
		if err != nil {
			t.Fatalf("second run failed: %v\n%s", err, out.String())
		}
		// The first run exported to its in-memory L2, now gone: the ledger
		// starts afresh, the fleet, keys and proofs are reused.
		if again.Verified != all || !strings.Contains(out.String(), "bundle reused") ||
			!strings.Contains(out.String(), "starting the onshore ledger afresh") || !strings.Contains(out.String(), "(reused)") {
			t.Errorf("second run ingested %d, verified %d:\n%s", again.Ingested, again.Verified, out.String())
		}
	})
	t.Run("other parameters on the same data directory are refused until --fresh", func(t *testing.T) {
		other := cfg
		other.Capacity = 8
		if _, err := demo.Run(context.Background(), other, io.Discard, nil); !errors.Is(err, demo.ErrDataDirMismatch) {
			t.Fatalf("err = %v, want ErrDataDirMismatch", err)
		}
		other.Fresh = true
		out.Reset()
		rep, err := demo.Run(context.Background(), other, &out, nil)
		if err != nil {
			t.Fatalf("--fresh run failed: %v\n%s", err, out.String())
		}
		if rep.Ingested == 0 || rep.Verified != all {
			t.Errorf("--fresh run ingested %d, verified %d", rep.Ingested, rep.Verified)
		}
	})
}

func TestAFailingStageIsNamed(t *testing.T) {
	cfg := tinyConfig(t, t.TempDir()) // an empty fleet directory
	_, err := demo.Run(context.Background(), cfg, io.Discard, nil)
	var se *demo.StageError
	if !errors.As(err, &se) || se.Stage != demo.StageSimulate {
		t.Fatalf("err = %v, want a StageError of stage %s", err, demo.StageSimulate)
	}
	if !strings.Contains(err.Error(), "stage 1/11 (simulate)") {
		t.Errorf("error %q does not name the stage", err)
	}
}

func TestServeAnswersJSONRPCMinesTransactionsAndStopsOnCancel(t *testing.T) {
	cfg := tinyConfig(t, tinyFleet(t, 6, 1, 2))
	cfg.Serve = true
	cfg.RPCAddr = freeAddr(t)
	cfg.Next = []demo.NextStep{{Line: "rwabridge audit verify --rpc {rpc} --registry {registry}"}}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out syncbuf.Buffer
	done := make(chan error, 1)
	go func() {
		_, err := demo.Run(ctx, cfg, &out, nil)
		done <- err
	}()
	url := "http://" + cfg.RPCAddr
	deadline := time.Now().Add(45 * time.Second)
	for !strings.Contains(out.String(), "serving the simulated L2") {
		select {
		case err := <-done:
			t.Fatalf("demo returned before serving: %v\n%s", err, out.String())
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("not serving after 45 s:\n%s", out.String())
		}
	}
	if !strings.Contains(out.String(), "rwabridge audit verify --rpc "+url+" --registry 0x") ||
		!strings.Contains(out.String(), "(coming)") {
		t.Errorf("next commands missing or not marked coming:\n%s", out.String())
	}
	body := `{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	var answer struct {
		Result string `json:"result"`
	}
	err = json.NewDecoder(resp.Body).Decode(&answer)
	resp.Body.Close()
	if err != nil || !strings.HasPrefix(answer.Result, "0x") {
		t.Fatalf("eth_blockNumber answered %+v, %v", answer, err)
	}

	// A transaction from outside is mined without anyone committing.
	ec, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	k, err := ethkey.Load(ethkey.Source{File: filepath.Join(cfg.DataDir, "l2keys", "investor-1.key")})
	if err != nil {
		t.Fatal(err)
	}
	tctx, tcancel := context.WithTimeout(ctx, 20*time.Second)
	defer tcancel()
	from := ethkey.Address(k)
	nonce, err := ec.PendingNonceAt(tctx, from)
	if err != nil {
		t.Fatal(err)
	}
	chainID, err := ec.ChainID(tctx)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := ec.SuggestGasTipCap(tctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := ec.HeaderByNumber(tctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21_000, To: &from, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := ec.SendTransaction(tctx, tx); err != nil {
		t.Fatal(err)
	}
	for {
		r, err := ec.TransactionReceipt(tctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("external transaction failed: %+v", r)
			}
			break
		}
		select {
		case <-tctx.Done():
			t.Fatalf("external transaction not mined: %v", err)
		case <-time.After(100 * time.Millisecond):
		}
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v on cancel", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop within 10 s of cancel")
	}
	if _, err := http.Post(url, "application/json", strings.NewReader(body)); err == nil {
		t.Error("the JSON-RPC endpoint still answers after the demo stopped")
	}
}

func TestConfigValidate(t *testing.T) {
	good := demo.Default()
	good.DataDir = t.TempDir()
	if err := good.Validate(); err != nil {
		t.Fatalf("defaults with a data dir: %v", err)
	}
	cases := []struct {
		name string
		edit func(*demo.Config)
		want string
	}{
		{"without a data directory", func(c *demo.Config) { c.DataDir = "" }, "data directory"},
		{"with a capacity that is not a power of two", func(c *demo.Config) { c.Capacity = 1000 }, "capacity 1000"},
		{"with one investor", func(c *demo.Config) { c.Investors = 1 }, "investors 1"},
		{"with days ending in the future", func(c *demo.Config) { c.Start = time.Now().UTC().Truncate(24 * time.Hour) }, "in the future"},
		{"with no cabinets", func(c *demo.Config) { c.Cabinets = 0 }, "cabinets"},
		{"with fewer cabinets than the policy's k, before any key setup", func(c *demo.Config) { c.Cabinets = 4 }, "at least 5 active cabinets"},
		{"with a keys directory but the ceremony's keys", func(c *demo.Config) { c.KeysDir = "/tmp/keys" }, "DevKeys"},
		{"serving on a bad address", func(c *demo.Config) { c.Serve, c.RPCAddr = true, "8545" }, "rpc address"},
	}
	for _, tc := range cases {
		t.Run("it is refused "+tc.name, func(t *testing.T) {
			c := good
			tc.edit(&c)
			err := c.Validate()
			if !errors.Is(err, demo.ErrInvalidConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrInvalidConfig mentioning %q", err, tc.want)
			}
		})
	}
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestAnEpochOfMoreChunksThanOneTransactionCarriesIsDisclosedInParts(t *testing.T) {
	if testing.Short() {
		t.Skip("proves 201 chunks; skipped in -short")
	}
	// 25 cabinets, at most 65 events each: 1604 records, 201 chunks of 8,
	// more than relay.Default's chunks_per_tx (128): two transactions.
	cfg := tinyConfig(t, tinyFleet(t, 25, 1, 65))
	cfg.Capacity, cfg.KeysDir = 8, t.TempDir()
	var out bytes.Buffer
	if _, err := demo.Run(context.Background(), cfg, &out, nil); err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	// Three epochs, the 201-chunk one in two parts: four transactions;
	// every disclosure verified, the big one with its figures.
	o := out.String()
	if !strings.Contains(o, "1604 records in 201 chunk(s) proven") || !strings.Contains(o, "3 disclosure(s) posted by the relayer") ||
		!strings.Contains(o, "in 4 transaction(s)") || !strings.Contains(o, "the audit of the registry passed for all 3 disclosure(s)") ||
		!strings.Contains(o, "2026-11-01    1,533") {
		t.Fatalf("want the 201-chunk epoch disclosed in two transactions and verified:\n%s", o)
	}
}

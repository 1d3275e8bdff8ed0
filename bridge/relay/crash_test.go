package relay_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
)

// childEnv names the environment variable that turns the test binary into
// a relayer subprocess (TestMain). Crash points come from it: test code
// only, the relay package reads no environment.
const childEnv = "RWABRIDGE_RELAY_CRASH_CHILD"

// childSpec is what the parent hands a relayer subprocess.
type childSpec struct {
	RPC      string        `json:"rpc"`
	Registry string        `json:"registry"`
	Ledger   string        `json:"ledger"`
	Keys     string        `json:"keys"`
	Dir      string        `json:"dir"` // outbox is Dir/outbox, proofs Dir/proofs.log
	Key      string        `json:"key"` // hex
	Crash    string        `json:"crash"`
	Nth      int           `json:"nth"` // kill at the Nth time Crash is reached (1 = first)
	Deadline time.Duration `json:"deadline"`
	Stuck    time.Duration `json:"stuck"` // fees.stuck_after
	// ChunksPerTx is chunks_per_tx (0: the default); NotFinalized turns
	// finalized off (the simulated chain finalizes every 32 blocks).
	ChunksPerTx  int  `json:"chunks_per_tx"`
	NotFinalized bool `json:"not_finalized"`
}

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(runChild(spec))
	}
	code := m.Run()
	chaintest.RemoveKeys()
	os.Exit(code)
}

// runChild relays until every epoch is exported, killing itself with
// SIGKILL at the configured crash point. Exit 0: done; 3: deadline.
func runChild(specJSON string) int {
	var sp childSpec
	if err := json.Unmarshal([]byte(specJSON), &sp); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	ctx := context.Background()
	l, err := bridgetest.NewLedger(sp.Ledger)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	set, err := keys.Load(sp.Keys, bridgetest.Capacity, keys.KindDev)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	client, err := ethclient.Dial(sp.RPC)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	key, err := crypto.HexToECDSA(sp.Key)
	if err != nil {
		return 2
	}
	box, err := outbox.Open(filepath.Join(sp.Dir, "outbox"), 10*time.Second)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	cfg := relay.Default()
	cfg.Outbox, cfg.Registry, cfg.Confirmations = filepath.Join(sp.Dir, "outbox"), sp.Registry, 2
	cfg.Retry = backoff.Policy{Attempts: 8, Initial: 5 * time.Millisecond, Max: 100 * time.Millisecond}
	cfg.Fees.StuckAfter = sp.Stuck
	if sp.ChunksPerTx > 0 {
		cfg.ChunksPerTx = sp.ChunksPerTx
	}
	cfg.Finalized = !sp.NotFinalized
	seen := 0
	r, err := relay.New(cfg, relay.Deps{
		Ledger: l, Chain: client, Outbox: box, Key: key,
		Prover: &countingProver{inner: &prove.Prover{Records: l, Keys: set}, log: filepath.Join(sp.Dir, "proofs.log"), bundles: box},
		CrashPoint: func(p string) {
			if p == sp.Crash {
				if seen++; seen == sp.Nth {
					syscall.Kill(os.Getpid(), syscall.SIGKILL)
					select {}
				}
			}
		},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	end := time.Now().Add(sp.Deadline)
	for time.Now().Before(end) {
		rep, err := r.Once(ctx)
		if err != nil {
			fmt.Fprintln(os.Stderr, "child pass:", err)
		}
		done := len(rep.Epochs) > 0
		for _, e := range rep.Epochs {
			done = done && e.To.Terminal()
		}
		if done {
			return 0
		}
		time.Sleep(30 * time.Millisecond)
	}
	return 3
}

// childOf returns the spec of a relayer subprocess over w keeping its
// outbox in dir and sending from key, and the test binary that runs it.
func childOf(t *testing.T, w *bridgetest.World, dir string, key *ecdsa.PrivateKey) (childSpec, string) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return childSpec{RPC: w.Chain.URL, Registry: w.Dep.Addresses.Registry.Hex(), Ledger: filepath.Join(w.Dir, "ledger.json"),
		Keys: w.KeysDir, Dir: dir, Key: common.Bytes2Hex(crypto.FromECDSA(key)), Deadline: 20 * time.Second, Stuck: time.Minute}, exe
}

// childRunner returns run: it releases one more sealed epoch of w, then
// runs a relayer subprocess with sp until it is done (false) or killed
// with SIGKILL (true): by itself at sp's crash point, or from outside
// after killAfter when that is positive.
func childRunner(t *testing.T, w *bridgetest.World, dir string) func(sp childSpec, killAfter time.Duration) bool {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	// Every child finds a newly sealed epoch besides the unfinished ones.
	return func(sp childSpec, killAfter time.Duration) (killed bool) {
		t.Helper()
		if _, err := w.Release(context.Background()); err != nil {
			t.Fatal(err)
		}
		js, _ := json.Marshal(sp)
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+string(js))
		out, _ := os.Create(filepath.Join(dir, "child.log"))
		defer out.Close()
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if killAfter > 0 {
			timer := time.AfterFunc(killAfter, func() { cmd.Process.Signal(syscall.SIGKILL) })
			defer timer.Stop()
		}
		err := cmd.Wait()
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
				return true
			}
			log, _ := os.ReadFile(filepath.Join(dir, "child.log"))
			if len(log) > 4000 {
				log = log[len(log)-4000:]
			}
			t.Fatalf("relayer subprocess (killed at %s #%d) failed: %v\n%s", sp.Crash, sp.Nth, err, log)
		}
		return false
	}
}

func TestARelayerKilledAtEveryStepAndAtRandomPostsEachEpochOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts dozens of relayer subprocesses; skipped in -short")
	}
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1, Held: 28})
	// The chain is the parent's simulated backend, served over HTTP and
	// mined by a goroutine: every subprocess sees the same chain, and a
	// reorg or fee spike could be scripted (geth --dev would need a binary
	// and gives no Fork).
	w.Chain.StartMiner(60 * time.Millisecond)
	defer w.Chain.StopMiner()
	dir := t.TempDir()
	key := w.Chain.Funded[0]
	spec, _ := childOf(t, w, dir, key)
	run := childRunner(t, w, dir)

	killedAt := map[string]int{}
	faults := 0
	// Deterministic: a round over every crash point, each child dying the
	// first time it reaches its point. For PointReplaced the miner pauses
	// and the child's stuck_after is short, so its transaction gets stuck.
	deterministic := func() {
		for _, p := range relay.Points() {
			sp := spec
			sp.Crash, sp.Nth = p, 1
			if p == relay.PointReplaced {
				w.Chain.StopMiner()
				sp.Stuck = 300 * time.Millisecond
			}
			if run(sp, 0) {
				killedAt[p]++
				faults++
			}
			if p == relay.PointReplaced {
				w.Chain.StartMiner(60 * time.Millisecond)
			}
		}
	}
	deterministic()
	// Random: kill -9 from outside after a random delay, or at a random
	// occurrence of a random point.
	rng := rand.New(rand.NewPCG(42, 42))
	points := relay.Points()
	for i := range 8 {
		sp := spec
		var after time.Duration
		if i%2 == 0 {
			after = time.Duration(50+rng.IntN(1500)) * time.Millisecond
		} else {
			sp.Crash, sp.Nth = points[rng.IntN(len(points))], 1+rng.IntN(3)
		}
		if run(sp, after) {
			faults++
			if after > 0 {
				killedAt[fmt.Sprintf("random %s", after.Round(10*time.Millisecond))]++
			} else {
				killedAt[fmt.Sprintf("%s #%d", sp.Crash, sp.Nth)]++
			}
		}
	}
	deterministic()
	// A last run without faults finishes whatever is left.
	if run(spec, 0) {
		t.Fatal("the clean run was killed")
	}
	w.Chain.StopMiner()

	box, err := outbox.Open(filepath.Join(dir, "outbox"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer box.Close()
	g := &rig{box: box, proof: filepath.Join(dir, "proofs.log"), killedFromOutside: true}
	checkOnce(t, ctx, w, g, key)
	es, _ := box.List()
	for _, e := range es {
		if e.State != outbox.Exported {
			t.Errorf("epoch %d ended %s", e.Epoch, e.State)
		}
	}
	if faults < 2*len(relay.Points()) {
		t.Errorf("only %d kills happened", faults)
	}
	t.Logf("kill -9 faults injected and survived: %d (%v); on-chain: one disclosure per epoch, no nonce gap, one proof per epoch", faults, killedAt)
}

// An epoch in three parts: the relayer is killed at every durable step of
// each part (the k-th time it reaches a step that each part passes), and
// once at each step an epoch passes once. Every epoch ends disclosed
// exactly once, each part confirmed once (two DisclosurePartAccepted logs
// an epoch), no transaction of the relayer mined reverted, no nonce gap.
func TestARelayerKilledDuringEachPartOfAThreePartEpochPostsItOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a relayer subprocess per crash point and part; skipped in -short")
	}
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1, Held: 20, Records: threeChunks})
	w.Chain.StartMiner(60 * time.Millisecond)
	defer w.Chain.StopMiner()
	dir := t.TempDir()
	key := w.Chain.Funded[0]
	spec, _ := childOf(t, w, dir, key)
	spec.Deadline, spec.ChunksPerTx, spec.NotFinalized = time.Minute, 1, true
	run := childRunner(t, w, dir)
	perPart := map[string]bool{relay.PointSubmitted: true, relay.PointBroadcast: true, relay.PointIncluded: true, relay.PointConfirmed: true}
	killedAt := map[string]int{}
	for _, p := range relay.Points() {
		parts := 1
		if perPart[p] {
			parts = 3
		}
		for k := 1; k <= parts; k++ {
			sp := spec
			sp.Crash, sp.Nth = p, k
			if p == relay.PointReplaced {
				w.Chain.StopMiner()
				sp.Stuck = 300 * time.Millisecond
			}
			if run(sp, 0) {
				killedAt[fmt.Sprintf("%s #%d", p, k)]++
			}
			if p == relay.PointReplaced {
				w.Chain.StartMiner(60 * time.Millisecond)
			}
		}
	}
	if run(spec, 0) {
		t.Fatal("the clean run was killed")
	}
	w.Chain.StopMiner()
	for p := range perPart {
		for k := 1; k <= 3; k++ {
			if killedAt[fmt.Sprintf("%s #%d", p, k)] == 0 {
				t.Errorf("no kill at %s of part %d", p, k)
			}
		}
	}

	box, err := outbox.Open(filepath.Join(dir, "outbox"), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer box.Close()
	checkOnce(t, ctx, w, &rig{box: box, proof: filepath.Join(dir, "proofs.log")}, key)
	parts := partLogs(t, ctx, w)
	es, _ := box.List()
	for _, e := range es {
		if e.State != outbox.Exported || len(e.Reverted) > 0 || e.Part == nil || !e.Part.Final() {
			t.Errorf("epoch %d ended %s, %d transactions mined reverted, last part %+v", e.Epoch, e.State, len(e.Reverted), e.Part)
		}
		if parts[e.Epoch] != 2 {
			t.Errorf("epoch %d: %d DisclosurePartAccepted logs, want 2 (a part confirmed twice, or lost)", e.Epoch, parts[e.Epoch])
		}
	}
	if len(es) != len(w.Epochs) {
		t.Errorf("%d outbox entries for %d epochs", len(es), len(w.Epochs))
	}
	t.Logf("kill -9 at each step of each part survived (%d kills: %v); each epoch disclosed once in three transactions", len(killedAt), killedAt)
}

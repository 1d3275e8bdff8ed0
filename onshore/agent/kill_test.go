package agent

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// childEnv makes the test binary run one agent --once (see TestMain):
// RWABRIDGE_AGENT_CHILD=DATA_DIR|DEVICES|EVENTS|IN_FLIGHT.
const childEnv = "RWABRIDGE_AGENT_CHILD"

func TestMain(m *testing.M) {
	if spec := os.Getenv(childEnv); spec != "" {
		os.Exit(runChild(spec))
	}
	os.Exit(m.Run())
}

// runChild is the agent as `rwabridge agent --data DIR --devices F --source
// file:EVENTS --once` runs it: the embedded ledger of DIR, devices
// registered, the file drained.
func runChild(spec string) int {
	parts := bytes.Split([]byte(spec), []byte("|"))
	if len(parts) != 4 {
		fmt.Fprintln(os.Stderr, "child: bad spec")
		return 2
	}
	dataDir, devices, events := string(parts[0]), string(parts[1]), string(parts[2])
	inFlight, err := strconv.Atoi(string(parts[3]))
	if err != nil {
		fmt.Fprintln(os.Stderr, "child: in-flight:", err)
		return 2
	}
	log := slog.New(slog.DiscardHandler)
	reg, err := telemetry.LoadRegistry(devices)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	l, err := embedded.OpenDir(dataDir, log)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	defer l.Close()
	c := ledger.NewClient(l.Invoker(operator))
	ctx := context.Background()
	if _, err := c.RegisterDevices(ctx, reg); err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	cfg := Default()
	cfg.DataDir, cfg.Devices = dataDir, devices
	cfg.Sources.Files = []string{events}
	cfg.Batch = BatchConfig{Size: 16, MaxWait: 5 * time.Millisecond, InFlight: inFlight}
	a, err := New(cfg, reg, c, Options{Logger: log})
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 2
	}
	defer a.Close()
	fmt.Println("ready")
	sum, err := a.Drain(ctx)
	if err != nil {
		fmt.Fprintln(os.Stderr, "child:", err)
		return 1
	}
	fmt.Printf("done stored=%d duplicates=%d\n", sum.Stored, sum.Duplicates)
	return 0
}

// With one batch in flight and with several (whose answers come in any
// order, each removing its own events from the queue).
func TestKill9AtRandomPointsOfAShuffledFeedLosesAndDuplicatesNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses; skipped with -short")
	}
	for _, c := range []struct{ inFlight, kills int }{{1, 12}, {4, 20}} {
		t.Run(fmt.Sprintf("%d in flight", c.inFlight), func(t *testing.T) { kill9AtRandomPoints(t, c.inFlight, c.kills) })
	}
}

// kill9AtRandomPoints kills an agent with inFlight batches in flight
// wantKills times at random points, then lets one run finish, and compares
// the ledger with the input.
func kill9AtRandomPoints(t *testing.T, inFlight, wantKills int) {
	dir := t.TempDir()
	simCfg := sim.Default()
	simCfg.Cabinets, simCfg.Days, simCfg.Seed, simCfg.Workers = 150, 1, 42, 1
	res, err := sim.WriteDir(context.Background(), simCfg, filepath.Join(dir, "fleet"))
	if err != nil {
		t.Fatal(err)
	}
	eventsPath := filepath.Join(dir, "fleet", sim.EventsFile)
	// Shuffle the day (cabinets flushing backlogs, several gateways: the
	// feed is in no order) and append the first 200 lines again: the
	// device log says each event once, the feed has some twice.
	data, err := os.ReadFile(eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	shuffle := rand.New(rand.NewPCG(42, 18))
	shuffle.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	data = bytes.Join(lines, nil)
	var input []telemetry.SignedEvent
	lr := telemetry.NewLineReader(bytes.NewReader(data))
	for {
		ev, _, err := lr.Next()
		if err != nil {
			break
		}
		input = append(input, ev)
	}
	data = append(data, bytes.Join(lines[:200], nil)...)
	if err := os.WriteFile(eventsPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want := keysOf(input)
	want = slices.Compact(want)
	if len(want) != int(res.Events) {
		t.Fatalf("input has %d unique events, sim wrote %d", len(want), res.Events)
	}

	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dataDir := filepath.Join(dir, "data")
	spec := dataDir + "|" + filepath.Join(dir, "fleet", sim.DevicesFile) + "|" + eventsPath + "|" + strconv.Itoa(inFlight)
	start := func() (*exec.Cmd, *bufio.Scanner, error) {
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+spec)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			return nil, nil, err
		}
		if err := cmd.Start(); err != nil {
			return nil, nil, err
		}
		return cmd, bufio.NewScanner(out), nil
	}

	rng := rand.New(rand.NewPCG(7, uint64(time.Now().UnixNano())))
	kills, finishedEarly := 0, 0
	// Each restart has less left to do, and a quiet machine ingests fast:
	// when a run finishes inside the kill window, the window shrinks to
	// what that run took, so later kills still land while it works.
	window := 150 * time.Millisecond
	var progress []int
	for attempt := 0; kills < wantKills && attempt < 4*wantKills; attempt++ {
		cmd, out, err := start()
		if err != nil {
			t.Fatal(err)
		}
		ready := make(chan bool, 1)
		go func() {
			ok := out.Scan() && out.Text() == "ready"
			ready <- ok
			for out.Scan() {
			}
		}()
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		// Kill either during start-up or while ingesting and submitting.
		var delay time.Duration
		began := time.Now()
		if rng.IntN(5) == 0 {
			delay = time.Duration(rng.IntN(30)) * time.Millisecond
		} else {
			select {
			case <-ready:
			case <-time.After(10 * time.Second):
			}
			began = time.Now()
			delay = time.Duration(rng.Int64N(int64(window)))
		}
		select {
		case err := <-exited:
			if err != nil {
				t.Fatalf("agent exited with %v before it was killed", err)
			}
			finishedEarly++
			if took := time.Since(began); took < window {
				window = max(took*3/4, 2*time.Millisecond)
			}
			continue
		case <-time.After(delay):
		}
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			if !errors.Is(err, os.ErrProcessDone) {
				t.Fatal(err)
			}
			// It finished between the timer and the signal.
			if err := <-exited; err != nil {
				t.Fatalf("agent run %d failed: %v", attempt, err)
			}
			finishedEarly++
			continue
		}
		err = <-exited
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL {
			kills++
			progress = append(progress, int(delay/time.Millisecond))
		} else if err != nil {
			t.Fatalf("agent run %d failed: %v", attempt, err)
		} else {
			finishedEarly++
		}
	}
	// Last run, undisturbed, drains what is left.
	cmd, out, err := start()
	if err != nil {
		t.Fatal(err)
	}
	var lastLine string
	for out.Scan() {
		lastLine = out.Text()
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("final run: %v", err)
	}

	l, err := embedded.OpenDir(dataDir, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c := ledger.NewClient(l.Invoker(operator))
	got := ledgerKeys(t, c, simCfg.Pool, simCfg.Start, simCfg.End())
	if !slices.Equal(got, want) {
		missing, extra := diff(want, got), diff(got, want)
		t.Fatalf("ledger holds %d records, want %d: missing %d (e.g. %v), extra %d (e.g. %v)",
			len(got), len(want), len(missing), head(missing), len(extra), head(extra))
	}
	if kills < wantKills*4/5 {
		t.Fatalf("only %d kill points (the agent finished early %d times): too few", kills, finishedEarly)
	}
	t.Logf("survived %d kill -9 points (delays ms %v; %d runs finished before their kill); final run: %s; ledger == %d unique input events",
		kills, progress, finishedEarly, lastLine, len(want))
}

func diff(a, b []string) []string {
	var out []string
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			out = append(out, x)
		}
	}
	return out
}

func head(s []string) []string { return s[:min(3, len(s))] }

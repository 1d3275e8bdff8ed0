package embedded

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// crashWriterEnv makes the test binary run as the crash test's writer
// process (see TestMain) on the ledger directory it names.
const crashWriterEnv = "RWABRIDGE_EMBEDDED_CRASH_WRITER"

func TestMain(m *testing.M) {
	if dir := os.Getenv(crashWriterEnv); dir != "" {
		os.Exit(crashWriter(dir))
	}
	os.Exit(m.Run())
}

// crashWriter opens the ledger in dir and commits transactions from four
// goroutines (so blocks group several) until it is killed, printing
// "ack <tx id> <key>" after each Invoke returns.
func crashWriter(dir string) int {
	l, err := Open(dir, Default(), testLogger(), WithContract(testContract))
	if err != nil {
		fmt.Fprintln(os.Stderr, "writer: open:", err)
		return 3
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	pid := os.Getpid()
	for g := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				key := fmt.Sprintf("p%d-g%d-%06d", pid, g, i)
				id, err := l.Invoke(context.Background(), operator, "putid", []byte(key), []byte("v-"+key))
				if err != nil {
					fmt.Fprintln(os.Stderr, "writer: invoke:", err)
					os.Exit(4)
				}
				mu.Lock()
				// One write per line: a killed writer leaves whole lines.
				os.Stdout.WriteString("ack " + string(id) + " " + key + "\n")
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	return 0
}

type ack struct{ id, key string }

// TestKillNineLosesNoAcknowledgedTransaction runs a writer process, kills it
// with SIGKILL at a random moment, reopens the ledger, verifies the whole
// chain and checks that every transaction the writer saw acknowledged is
// committed with its state; then again, on the same growing ledger.
func TestKillNineLosesNoAcknowledgedTransaction(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 25 writer processes; skipped with -short")
	}
	const kills = 25
	ctx := context.Background()
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	var all []ack
	var blocks, txs uint64
	for round := range kills {
		// Early kills land in Open, key generation and genesis; later ones
		// mid-commit.
		delay := time.Duration(rng.IntN(150)) * time.Millisecond
		if round == 0 {
			delay = time.Duration(rng.IntN(5)) * time.Millisecond
		}
		acks, stderr := runAndKill(t, dir, delay)
		all = append(all, acks...)

		l, err := Open(dir, Default(), testLogger(), WithContract(testContract))
		if err != nil {
			t.Fatalf("kill %d (after %s, %d acks): reopen: %v\nwriter stderr: %s", round+1, delay, len(acks), err, stderr)
		}
		rep, err := l.Verify(ctx)
		if err != nil {
			l.Close()
			t.Fatalf("kill %d (after %s): Verify: %v", round+1, delay, err)
		}
		for _, a := range all {
			if _, err := l.TxHeight(a.id); err != nil {
				t.Errorf("kill %d: acknowledged tx %s (key %s) lost: %v", round+1, a.id, a.key, err)
			}
			if v, err := l.Query(ctx, auditor, "getp", []byte(a.key)); err != nil || string(v) != "v-"+a.key {
				t.Errorf("kill %d: acknowledged key %s reads %q, %v", round+1, a.key, v, err)
			}
		}
		blocks, txs = rep.Blocks, rep.Txs
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		if t.Failed() {
			return
		}
	}
	if len(all) == 0 {
		t.Fatal("the writer acknowledged nothing in any round: the test exercised no commits")
	}
	t.Logf("%d SIGKILL points; %d acknowledged transactions, all present; chain of %d blocks, %d transactions verifies",
		kills, len(all), blocks, txs)
}

// runAndKill starts the writer on dir, SIGKILLs it after delay, and returns
// the transactions it acknowledged (whole lines only) and its stderr.
func runAndKill(t *testing.T, dir string, delay time.Duration) ([]ack, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashWriterEnv+"="+dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acks []ack
	read := make(chan error, 1)
	go func() {
		r := bufio.NewReader(out)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				if errors.Is(err, io.EOF) {
					err = nil // a partial last line is not an acknowledgement
				}
				read <- err
				return
			}
			f := strings.Fields(line)
			if len(f) == 3 && f[0] == "ack" {
				acks = append(acks, ack{id: f[1], key: f[2]})
			}
		}
	}()
	time.Sleep(delay)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatalf("kill: %v", err)
	}
	if err := <-read; err != nil {
		t.Fatalf("reading the writer: %v", err)
	}
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("writer ended with %v before it was killed; stderr: %s", err, stderr.String())
	}
	return acks, stderr.String()
}

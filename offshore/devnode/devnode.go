// Package devnode runs a throwaway `geth --dev` for integration tests and
// the local demo: HTTP JSON-RPC on a free 127.0.0.1 port, no discovery, no
// peers, no IPC, a temporary data directory, a block per transaction. It
// hands back the URL and the private key of geth's pre-funded developer
// account, and stops the process by its PID.
//
// It does not build or find geth (scripts/install-test-deps.sh installs it
// with `go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8`).
package devnode

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/ethclient"
)

// ErrStart reports a node that did not come up.
var ErrStart = errors.New("geth --dev did not start")

// Node is a running geth --dev.
type Node struct {
	URL string
	// Key is the developer account's key: it holds the dev chain's funds.
	Key *ecdsa.PrivateKey

	cmd     *exec.Cmd
	dir     string
	stopped sync.Once
	done    chan error
}

// Start runs geth (the binary's path) and waits until it answers, at most
// until ctx ends. Output goes to log (nil discards it).
func Start(ctx context.Context, geth string, log *os.File) (*Node, error) {
	dir, err := os.MkdirTemp("", "rwabridge-geth-")
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrStart, err)
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w: %w", ErrStart, err)
	}
	n := &Node{URL: "http://127.0.0.1:" + strconv.Itoa(port), dir: dir, done: make(chan error, 1)}
	n.cmd = exec.Command(geth, "--dev", "--dev.period", "0",
		"--datadir", dir, "--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(port),
		"--http.api", "eth,net,web3", "--nodiscover", "--maxpeers", "0", "--ipcdisable",
		"--authrpc.port", "0", "--port", "0", "--verbosity", "2")
	if log != nil {
		n.cmd.Stdout, n.cmd.Stderr = log, log
	}
	if err := n.cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w: %w", ErrStart, err)
	}
	go func() { n.done <- n.cmd.Wait() }()
	if err := n.waitReady(ctx); err != nil {
		n.Stop()
		return nil, err
	}
	return n, nil
}

func (n *Node) waitReady(ctx context.Context) error {
	tick := time.NewTicker(200 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case err := <-n.done:
			n.done <- err
			return fmt.Errorf("%w: exited: %v", ErrStart, err)
		case <-ctx.Done():
			return fmt.Errorf("%w: %w", ErrStart, ctx.Err())
		case <-tick.C:
		}
		c, err := ethclient.DialContext(ctx, n.URL)
		if err != nil {
			continue
		}
		_, err = c.ChainID(ctx)
		c.Close()
		if err != nil {
			continue
		}
		key, err := devKey(n.dir)
		if err != nil {
			continue // the keystore is written at start-up
		}
		n.Key = key
		return nil
	}
}

// devKey decrypts the developer account's key (geth --dev uses an empty
// password).
func devKey(dir string) (*ecdsa.PrivateKey, error) {
	files, err := filepath.Glob(filepath.Join(dir, "keystore", "*"))
	if err != nil || len(files) != 1 {
		return nil, fmt.Errorf("devnode: %d keystore files", len(files))
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		return nil, fmt.Errorf("devnode: %w", err)
	}
	k, err := keystore.DecryptKey(b, "")
	if err != nil {
		return nil, fmt.Errorf("devnode: %w", err)
	}
	return k.PrivateKey, nil
}

// Stop terminates the process (SIGTERM, then SIGKILL after 10 s), waits for
// it and removes its data directory.
func (n *Node) Stop() {
	n.stopped.Do(func() {
		if n.cmd.Process != nil {
			_ = n.cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-n.done:
			case <-time.After(10 * time.Second):
				_ = n.cmd.Process.Kill()
				<-n.done
			}
		}
		os.RemoveAll(n.dir)
	})
}

// PID returns the process id.
func (n *Node) PID() int { return n.cmd.Process.Pid }

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Package mosquitto starts a local Mosquitto broker (the real one, from
// PATH or /usr/sbin) on a free loopback port, for tests and for `rwabridge
// bench soak`. It owns finding the binary, writing its config and waiting
// until it listens; it does not speak MQTT (the agent's sources and the
// callers' clients do).
package mosquitto

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// ErrNotInstalled: no mosquitto binary was found.
var ErrNotInstalled = errors.New("mosquitto is not installed (apt-get install mosquitto, or scripts/install-test-deps.sh)")

// Binary returns the path of the mosquitto binary: on PATH, else in
// /usr/sbin or /usr/local/sbin (where Debian puts it, often off PATH).
func Binary() (string, error) {
	if bin, err := exec.LookPath("mosquitto"); err == nil {
		return bin, nil
	}
	for _, p := range []string{"/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto"} {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", ErrNotInstalled
}

// Broker is a running Mosquitto.
type Broker struct {
	URL string // tcp://127.0.0.1:PORT
	Log string // its log file
	cmd *exec.Cmd
	log *os.File
}

// Start runs Mosquitto with a listener on a free 127.0.0.1 port, anonymous
// access, no persistence and the extra config lines, its config and log in
// dir (created), and returns once it accepts connections.
func Start(dir, extra string) (*Broker, error) {
	bin, err := Binary()
	if err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("mosquitto: a free port: %w", err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("mosquitto: %w", err)
	}
	conf := filepath.Join(dir, "mosquitto.conf")
	body := fmt.Sprintf("listener %d 127.0.0.1\nallow_anonymous true\npersistence false\n%s", port, extra)
	if err := os.WriteFile(conf, []byte(body), 0o600); err != nil {
		return nil, fmt.Errorf("mosquitto: %w", err)
	}
	logf, err := os.Create(filepath.Join(dir, "mosquitto.log"))
	if err != nil {
		return nil, fmt.Errorf("mosquitto: %w", err)
	}
	cmd := exec.Command(bin, "-c", conf)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("mosquitto: start: %w", err)
	}
	b := &Broker{Log: logf.Name(), cmd: cmd, log: logf}
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	for deadline := time.Now().Add(10 * time.Second); ; {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			c.Close()
			b.URL = "tcp://" + addr
			return b, nil
		}
		if time.Now().After(deadline) {
			b.Stop()
			return nil, fmt.Errorf("mosquitto did not listen on %s (log: %s): %w", addr, b.Log, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// Stop kills the broker and waits for it.
func (b *Broker) Stop() {
	_ = b.cmd.Process.Kill()
	_ = b.cmd.Wait()
	b.log.Close()
}

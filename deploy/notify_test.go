package deploy_test

import (
	"bytes"
	"net"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestTheCommandsTellSystemdWhenReadyAndWhenStopping runs the agent and the
// sealer as the Type=notify units do, with $NOTIFY_SOCKET naming a unixgram
// socket of the test: each says READY=1 once it serves (its /healthz answers
// at that moment, no retry) and STOPPING=1 on SIGTERM, then exits 0.
func TestTheCommandsTellSystemdWhenReadyAndWhenStopping(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command(binary, "sim", "--cabinets", "1", "--days", "1", "--out", filepath.Join(dir, "fleet")).CombinedOutput(); err != nil {
		t.Fatalf("rwabridge sim: %v\n%s", err, out)
	}
	data := filepath.Join(dir, "data")
	for _, tc := range []struct {
		name   string
		args   []string
		status string
	}{
		// The agent makes the embedded ledger; the sealer then opens it.
		{"agent", []string{"agent", "--data", data, "--devices", filepath.Join(dir, "fleet", "devices.yaml"), "--source", "http:127.0.0.1:0"}, "STATUS=ingesting"},
		{"sealer", []string{"sealer", "--data", data, "--policy", "battery-swap-daily"}, "STATUS=sealing 1 pools"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sock := listenNotify(t, filepath.Join(dir, tc.name+".notify"))
			metrics := freeAddr(t)
			cmd := exec.Command(binary, append(tc.args, "--metrics", metrics)...)
			cmd.Env = append(cmd.Environ(), "NOTIFY_SOCKET="+sock.LocalAddr().String())
			var stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stderr, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			defer func() {
				if cmd.ProcessState == nil {
					cmd.Process.Kill()
					<-done
				}
			}()

			ready := readNotify(t, sock, time.Minute, &stderr)
			if !strings.HasPrefix(ready, "READY=1\n"+tc.status) {
				t.Fatalf("first notification %q, want READY=1 and %s…", ready, tc.status)
			}
			resp, err := http.Get("http://" + metrics + "/healthz")
			if err != nil {
				t.Fatalf("READY=1 was sent, but /healthz does not answer: %v", err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				t.Errorf("/healthz right after READY=1: %s", resp.Status)
			}

			if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
				t.Fatal(err)
			}
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("rwabridge %s after SIGTERM: %v\n%s", tc.name, err, &stderr)
				}
			case <-time.After(30 * time.Second):
				t.Fatalf("rwabridge %s did not stop within 30 s of SIGTERM\n%s", tc.name, &stderr)
			}
			// Sent before it exited, so waiting in the socket by now.
			if got := readNotify(t, sock, time.Second, &stderr); got != "STOPPING=1\nSTATUS=stopping\n" {
				t.Errorf("after SIGTERM: %q, want STOPPING=1", got)
			}
		})
	}
}

func listenNotify(t *testing.T, path string) *net.UnixConn {
	t.Helper()
	c, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func readNotify(t *testing.T, c *net.UnixConn, wait time.Duration, log *bytes.Buffer) string {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(wait))
	buf := make([]byte, 4096)
	n, err := c.Read(buf)
	if err != nil {
		t.Fatalf("no notification: %v\n%s", err, log)
	}
	return string(buf[:n])
}

// freeAddr is a loopback address no one listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

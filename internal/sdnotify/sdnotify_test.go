package sdnotify_test

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/internal/sdnotify"
)

// listen binds a unixgram socket at name (a path, or @abstract) that, like
// systemd's, asks the kernel for the sender's credentials.
func listen(t *testing.T, name string) *net.UnixConn {
	t.Helper()
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		t.Fatalf("listen %s: %v", name, err)
	}
	t.Cleanup(func() { conn.Close() })
	raw, err := conn.SyscallConn()
	if err != nil {
		t.Fatal(err)
	}
	var serr error
	if err := raw.Control(func(fd uintptr) {
		serr = syscall.SetsockoptInt(int(fd), syscall.SOL_SOCKET, syscall.SO_PASSCRED, 1)
	}); err != nil || serr != nil {
		t.Fatalf("SO_PASSCRED: %v %v", err, serr)
	}
	return conn
}

// receive reads one datagram and the pid the kernel says sent it.
func receive(t *testing.T, conn *net.UnixConn) (string, int32) {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf, oob := make([]byte, 4096), make([]byte, 1024)
	n, oobn, _, _, err := conn.ReadMsgUnix(buf, oob)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	msgs, err := syscall.ParseSocketControlMessage(oob[:oobn])
	if err != nil || len(msgs) != 1 {
		t.Fatalf("control messages: %v (%d)", err, len(msgs))
	}
	cred, err := syscall.ParseUnixCredentials(&msgs[0])
	if err != nil {
		t.Fatalf("credentials: %v", err)
	}
	return string(buf[:n]), cred.Pid
}

func TestNotifySendsTheStatesAsOneDatagram(t *testing.T) {
	for _, tc := range []struct {
		name   string
		socket func(t *testing.T) string
	}{
		{"to a socket file", func(t *testing.T) string { return filepath.Join(t.TempDir(), "notify.sock") }},
		{"to an abstract socket", func(*testing.T) string {
			return fmt.Sprintf("@rwabridge-sdnotify-test-%d-%d", os.Getpid(), time.Now().UnixNano())
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			socket := tc.socket(t)
			conn := listen(t, socket)
			t.Setenv("NOTIFY_SOCKET", socket)
			sent, err := sdnotify.Notify(sdnotify.Ready, sdnotify.Status("relaying 2 pools\nline two"))
			if err != nil || !sent {
				t.Fatalf("Notify = %t, %v; want sent", sent, err)
			}
			got, pid := receive(t, conn)
			if want := "READY=1\nSTATUS=relaying 2 pools line two\n"; got != want {
				t.Errorf("datagram %q, want %q", got, want)
			}
			if pid != int32(os.Getpid()) {
				t.Errorf("sender pid %d, want this process %d (systemd's NotifyAccess=main checks it)", pid, os.Getpid())
			}
			if sent, err := sdnotify.Notify(sdnotify.Stopping); err != nil || !sent {
				t.Fatalf("Notify(Stopping) = %t, %v", sent, err)
			}
			if got, _ := receive(t, conn); got != "STOPPING=1\n" {
				t.Errorf("datagram %q, want STOPPING=1", got)
			}
		})
	}
}

func TestNotifyWithoutAServiceManagerDoesNothing(t *testing.T) {
	t.Setenv("NOTIFY_SOCKET", "")
	if sent, err := sdnotify.Notify(sdnotify.Ready); sent || err != nil {
		t.Fatalf("Notify = %t, %v; want not sent, no error", sent, err)
	}
}

func TestNotifyRefusesWhatItCannotSend(t *testing.T) {
	live := filepath.Join(t.TempDir(), "notify.sock")
	listen(t, live)
	for _, tc := range []struct {
		name, socket string
		states       []string
		want         error
	}{
		{"a relative socket path", "run/notify.sock", []string{sdnotify.Ready}, sdnotify.ErrSocket},
		{"a bare @", "@", []string{sdnotify.Ready}, sdnotify.ErrSocket},
		{"a vsock address", "vsock:2:1234", []string{sdnotify.Ready}, sdnotify.ErrSocket},
		{"a state with a line break", live, []string{"READY=1\nMAINPID=1"}, sdnotify.ErrState},
		{"a state without a key", live, []string{"=1"}, sdnotify.ErrState},
		{"a state that is no assignment", live, []string{"READY"}, sdnotify.ErrState},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Setenv("NOTIFY_SOCKET", tc.socket)
			sent, err := sdnotify.Notify(tc.states...)
			if sent || !errors.Is(err, tc.want) {
				t.Fatalf("Notify = %t, %v; want %v", sent, err, tc.want)
			}
		})
	}
	t.Run("a socket nobody listens on", func(t *testing.T) {
		t.Setenv("NOTIFY_SOCKET", filepath.Join(t.TempDir(), "gone.sock"))
		sent, err := sdnotify.Notify(sdnotify.Ready)
		if sent || err == nil || !errors.Is(err, syscall.ENOENT) {
			t.Fatalf("Notify = %t, %v; want ENOENT", sent, err)
		}
	})
}

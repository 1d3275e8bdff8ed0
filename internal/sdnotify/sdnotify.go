// Package sdnotify owns telling the service manager how a long-running
// process is doing: the sd_notify protocol of systemd's Type=notify
// services (deploy/systemd). A process says READY=1 once it serves (its
// ledger and L2 reached, its listeners bound), STOPPING=1 when it begins to
// shut down, and a STATUS= line that `systemctl status` shows.
//
// The protocol is one datagram of newline-separated KEY=VALUE lines sent to
// the unixgram socket named by $NOTIFY_SOCKET: a file path, or an abstract
// socket written with a leading '@'. Outside systemd the variable is unset
// and Notify does nothing. It does not ping a watchdog (WATCHDOG=1): no
// unit of rwabridge sets WatchdogSec, as a restart would not bring back an
// unreachable ledger or node; their health shows on /healthz instead.
package sdnotify

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
)

// The states a process announces.
const (
	// Ready says start-up has finished: systemd starts the units ordered
	// after this one and `systemctl start` returns.
	Ready = "READY=1"
	// Stopping says shutdown has begun (on SIGTERM), so a slow drain is
	// not mistaken for a hang.
	Stopping = "STOPPING=1"
)

var (
	// ErrSocket: $NOTIFY_SOCKET names no address this package can send to
	// (neither an absolute path nor '@' and an abstract name).
	ErrSocket = errors.New("sdnotify: NOTIFY_SOCKET is not an absolute path or an @abstract socket")
	// ErrState: a state is not one KEY=VALUE line.
	ErrState = errors.New("sdnotify: a state must be one KEY=VALUE line")
)

// Status is the STATUS= state: a one-line description of what the process
// is doing. Line breaks become spaces (the protocol is line based).
func Status(s string) string {
	return "STATUS=" + strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(s)
}

// Notify sends states (each one KEY=VALUE line, e.g. Ready, Status("…")) in
// one datagram to the socket $NOTIFY_SOCKET names. sent is false, with no
// error, when the variable is unset: the process was not started by a
// service manager that listens.
func Notify(states ...string) (sent bool, err error) {
	socket := os.Getenv("NOTIFY_SOCKET")
	if socket == "" {
		return false, nil
	}
	if !strings.HasPrefix(socket, "/") && (!strings.HasPrefix(socket, "@") || len(socket) == 1) {
		return false, fmt.Errorf("%w: %q", ErrSocket, socket)
	}
	for _, s := range states {
		if k, _, ok := strings.Cut(s, "="); !ok || k == "" || strings.ContainsAny(s, "\r\n") {
			return false, fmt.Errorf("%w: %q", ErrState, s)
		}
	}
	// Go's unix addresses map a leading '@' to the abstract namespace.
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: socket, Net: "unixgram"})
	if err != nil {
		return false, fmt.Errorf("sdnotify: %w", err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte(strings.Join(states, "\n") + "\n")); err != nil {
		return false, fmt.Errorf("sdnotify: %s: %w", socket, err)
	}
	return true, nil
}

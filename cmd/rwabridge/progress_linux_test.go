package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal: the master side to read what a program
// drew, the slave side as its stderr.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		m.Close()
		t.Fatalf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		m.Close()
		t.Fatalf("ptsname: %v", err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

func TestATerminalGetsTheBarAndAPipeGetsLines(t *testing.T) {
	master, slave := openPTY(t)
	if !isTerminal(slave) {
		t.Fatal("a pseudo-terminal is not a terminal")
	}
	if got := progressModeFor(slave, false, false); got != progressBar {
		t.Errorf("terminal: mode %d, want the bar", got)
	}
	if got := progressModeFor(slave, true, false); got != progressOff {
		t.Errorf("terminal with --progress=false: mode %d, want off", got)
	}

	// End to end: sim draws its bar on the terminal, and its results go to
	// stdout alone.
	drawn := make(chan string)
	go func() {
		var b bytes.Buffer
		_, _ = io.Copy(&b, master) // ends when the slave side closes
		drawn <- b.String()
	}()
	var stdout bytes.Buffer
	dir := filepath.Join(t.TempDir(), "fleet")
	code := run(context.Background(), []string{"sim", "--cabinets", "3", "--days", "2", "--seed", "7", "--start", "2026-06-01", "--out", dir}, &stdout, slave)
	slave.Close()
	screen := <-drawn
	if code != 0 {
		t.Fatalf("sim: exit %d\n%s", code, screen)
	}
	if !strings.Contains(screen, "simulating hours") || !strings.Contains(screen, "/48") || !strings.Contains(screen, "%") {
		t.Errorf("no bar on the terminal:\n%q", screen)
	}
	if strings.Contains(stdout.String(), "simulating") {
		t.Errorf("the bar went to stdout:\n%s", stdout.String())
	}
}

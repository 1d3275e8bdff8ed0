package mosquitto

import (
	"errors"
	"net"
	"os"
	"strings"
	"testing"
)

func TestStartListensWithTheExtraConfigAndStopFreesThePort(t *testing.T) {
	if _, err := Binary(); errors.Is(err, ErrNotInstalled) {
		t.Skip(err)
	}
	dir := t.TempDir()
	b, err := Start(dir, "max_queued_messages 0\n")
	if err != nil {
		t.Fatal(err)
	}
	addr := strings.TrimPrefix(b.URL, "tcp://")
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatalf("broker at %s: %v", b.URL, err)
	}
	c.Close()
	conf, err := os.ReadFile(dir + "/mosquitto.conf")
	if err != nil || !strings.Contains(string(conf), "max_queued_messages 0\n") {
		t.Fatalf("config %q, %v", conf, err)
	}
	b.Stop()
	if c, err := net.Dial("tcp", addr); err == nil {
		c.Close()
		t.Fatal("the broker still listens after Stop")
	}
}

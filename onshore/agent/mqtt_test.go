package agent

import (
	"context"
	"fmt"
	"maps"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
)

// startMosquitto runs a real Mosquitto broker on a free local port for the
// test and returns its URL (tcp://127.0.0.1:PORT). It skips the test only
// when the mosquitto binary is missing.
func startMosquitto(t *testing.T) string {
	t.Helper()
	return "tcp://" + runMosquitto(t, "allow_anonymous true\n")
}

// runMosquitto runs Mosquitto with a listener on a free local port and the
// extra configuration lines conf, and returns the listener's HOST:PORT.
func runMosquitto(t *testing.T, conf string) string {
	t.Helper()
	bin, err := exec.LookPath("mosquitto")
	if err != nil {
		for _, p := range []string{"/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto"} {
			if _, serr := os.Stat(p); serr == nil {
				bin, err = p, nil
				break
			}
		}
	}
	if err != nil {
		t.Skip("mosquitto is not installed (apt-get install mosquitto, or run scripts/install-test-deps.sh)")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	dir := t.TempDir()
	confPath := filepath.Join(dir, "mosquitto.conf")
	body := fmt.Sprintf("listener %d 127.0.0.1\npersistence false\nmax_queued_messages 100000\n", port) + conf
	if u, err := user.Current(); err == nil {
		body += "user " + u.Username + "\n" // as root, mosquitto would drop to user mosquitto and not read the test's files
	}
	if err := os.WriteFile(confPath, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-c", confPath)
	logf, err := os.Create(filepath.Join(dir, "mosquitto.log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatalf("start mosquitto: %v", err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		logf.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			t.Logf("mosquitto log:\n%s", b)
		}
	})
	addr := fmt.Sprintf("127.0.0.1:%d", port)
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("mosquitto did not listen on %s: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return addr
}

// publisher connects a QoS 1 publisher to the broker.
func publisher(t *testing.T, broker string) mqtt.Client {
	t.Helper()
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker(broker).SetClientID("test-publisher").SetCleanSession(true))
	if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		t.Fatalf("publisher connect: %v", tok.Error())
	}
	t.Cleanup(func() { c.Disconnect(100) })
	return c
}

func publish(t *testing.T, c mqtt.Client, cabinet uint32, payload []byte) {
	t.Helper()
	tok := c.Publish(fmt.Sprintf("cabinets/%d/events", cabinet), 1, false, payload)
	if !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		t.Fatalf("publish: %v", tok.Error())
	}
}

func mqttConfig(t *testing.T, broker, clientID string) Config {
	cfg := testConfig(t)
	cfg.Sources.MQTT = &MQTTConfig{Broker: broker, Topic: "cabinets/+/events", ClientID: clientID}
	return cfg
}

func TestEveryBadInputClassThroughMQTTIsNamedAndValidEventsLandOnce(t *testing.T) {
	broker := startMosquitto(t)
	f := newFleet(t, 3, 3)
	lines, want, bad, _ := classInputs(t, f)
	l := newFakeLedger()
	a := newTestAgent(t, mqttConfig(t, broker, "agent-classes"), f.reg, l)
	runAgent(t, a)
	waitSubscribed(t, a)
	pub := publisher(t, broker)
	for _, line := range lines {
		publish(t, pub, 1, line)
	}
	eventually(t, 10*time.Second, "every message is read and the valid ones land", func() bool {
		s := a.Summary()
		return s.Read == int64(len(lines)) && len(l.snapshot()) == len(want)
	})
	sum := a.Summary()
	for _, b := range bad {
		if sum.Rejected[b.class] != 1 {
			t.Errorf("class %s: rejected %d times, want 1 (%v)", b.class, sum.Rejected[b.class], sum.Rejected)
		}
	}
	if g, w := keysOf(l.snapshot()), keysOf(want); !slices.Equal(g, w) {
		t.Errorf("ledger holds %v, want %v", g, w)
	}
	// The exact duplicate is counted as one and not quarantined.
	if sum.EdgeDuplicates != 1 || sum.Rejected["duplicate"] != 0 {
		t.Errorf("%d duplicates, %d rejected as duplicate; want 1 and 0", sum.EdgeDuplicates, sum.Rejected["duplicate"])
	}
	if got, w := quarantinedClasses(t, a), badClasses(bad); !maps.Equal(got, w) {
		t.Errorf("quarantine file holds (class → lines) %v, want %v", got, w)
	}
	// Every message, the duplicate and the rejected ones too, was
	// acknowledged: the session has nothing to redeliver.
	a.Close()
	b := newTestAgent(t, mqttConfig(t, broker, "agent-classes"), f.reg, l)
	runAgent(t, b)
	waitSubscribed(t, b)
	time.Sleep(500 * time.Millisecond)
	if n := b.Summary().Read; n != 0 {
		t.Errorf("the broker redelivered %d messages: some were not acknowledged", n)
	}
}

// waitSubscribed waits until the broker acknowledged the agent's
// subscription.
func waitSubscribed(t *testing.T, a *Agent) {
	t.Helper()
	eventually(t, 10*time.Second, "the agent subscribes", a.mqttSubscribed.Load)
	if down, _ := a.mqttDown(); down || gauge(t, a, "rwabridge_agent_source_connected") != 1 {
		t.Fatalf("subscribed, yet the source reports down %t, gauge %v", down, gauge(t, a, "rwabridge_agent_source_connected"))
	}
}

func TestMQTTRedeliveryBeforeAcknowledgementDoesNotDuplicateARecord(t *testing.T) {
	broker := startMosquitto(t)
	f := newFleet(t, 3, 0)
	evs := f.events(3, 6) // within mosquitto's in-flight window (20): all are delivered unacknowledged
	l := newFakeLedger()

	// The first agent makes every event durable but dies before it
	// acknowledges any of them.
	cfgA := mqttConfig(t, broker, "agent-redelivery")
	a := newTestAgent(t, cfgA, f.reg, l)
	var skipped atomic.Int64
	a.hooks.skipAck = func([]byte) bool { skipped.Add(1); return true }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	<-a.Ready()
	waitSubscribed(t, a)
	pub := publisher(t, broker)
	for _, ev := range evs {
		b, _ := ev.MarshalJSON()
		publish(t, pub, ev.Cabinet, b)
	}
	eventually(t, 10*time.Second, "the first agent stores every event", func() bool { return len(l.snapshot()) == len(evs) })
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	a.Close()

	// Same session and data dir: the broker redelivers the unacknowledged
	// messages; the agent takes each (the queue is empty: it forwards
	// them), the ledger answers duplicate, and the agent acknowledges them.
	b := newTestAgent(t, cfgA, f.reg, l)
	runAgent(t, b)
	eventually(t, 10*time.Second, "the broker redelivers every message", func() bool {
		s := b.Summary()
		return s.EdgeDuplicates+s.Duplicates >= int64(len(evs))
	})

	// A third agent with the same session but no memory (a new data dir)
	// must not see them again: the second one acknowledged them.
	b.Close()
	cfgC := mqttConfig(t, broker, "agent-redelivery")
	c := newTestAgent(t, cfgC, f.reg, l)
	runAgent(t, c)
	time.Sleep(500 * time.Millisecond)
	if n := c.Summary().Read; n != 0 {
		t.Errorf("after acknowledgement the broker still redelivered %d messages", n)
	}
	if g, w := keysOf(l.snapshot()), keysOf(evs); !slices.Equal(g, w) {
		t.Errorf("ledger holds %d records, want %d once each", len(g), len(w))
	}
	t.Logf("first agent left %d messages unacknowledged; redelivered as %d duplicates", skipped.Load(), b.Summary().EdgeDuplicates+b.Summary().Duplicates)
}

func TestMQTTRedeliveryToAnAgentWithoutMemoryIsADuplicateInTheLedger(t *testing.T) {
	broker := startMosquitto(t)
	f := newFleet(t, 2, 0)
	evs := f.events(2, 9)
	l := newFakeLedger()
	cfgA := mqttConfig(t, broker, "agent-fresh")
	a := newTestAgent(t, cfgA, f.reg, l)
	a.hooks.skipAck = func([]byte) bool { return true }
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	<-a.Ready()
	waitSubscribed(t, a)
	pub := publisher(t, broker)
	for _, ev := range evs {
		b, _ := ev.MarshalJSON()
		publish(t, pub, ev.Cabinet, b)
	}
	eventually(t, 10*time.Second, "the first agent stores every event", func() bool { return len(l.snapshot()) == len(evs) })
	cancel()
	<-done
	a.Close()

	b := newTestAgent(t, mqttConfig(t, broker, "agent-fresh"), f.reg, l) // new data dir: no edge memory
	runAgent(t, b)
	eventually(t, 10*time.Second, "the redelivered events reach the ledger as duplicates", func() bool {
		return b.Summary().Duplicates == int64(len(evs))
	})
	if n := len(l.snapshot()); n != len(evs) {
		t.Errorf("ledger holds %d records, want %d", n, len(evs))
	}
}

func TestMQTTPausesOnAFullQueueAndGetsEveryRefusedMessageAgain(t *testing.T) {
	broker := startMosquitto(t)
	f := newFleet(t, 4, 0)
	evs := f.events(4, 150)
	l := newFakeLedger()
	l.setDown(true)
	cfg := mqttConfig(t, broker, "agent-overflow")
	cfg.Queue.MaxBytes = 64 << 10
	cfg.Batch.InFlight = 1 // each cabinet's events then land in order, checked below
	a := newTestAgent(t, cfg, f.reg, l)
	runAgent(t, a)
	waitSubscribed(t, a)
	pub := publisher(t, broker)
	for _, ev := range evs {
		b, _ := ev.MarshalJSON()
		publish(t, pub, ev.Cabinet, b)
	}
	eventually(t, 10*time.Second, "the queue overflows", func() bool { return a.Summary().Overflow > 0 })
	if got := a.q.Bytes(); got > cfg.Queue.MaxBytes {
		t.Errorf("queue holds %d bytes over its %d budget", got, cfg.Queue.MaxBytes)
	}
	l.setDown(false)
	eventually(t, 20*time.Second, "every event lands", func() bool { return len(l.snapshot()) == len(evs) })
	got := l.snapshot()
	if g, w := keysOf(got), keysOf(evs); !slices.Equal(g, w) {
		t.Errorf("ledger holds %d events, want %d once each", len(g), len(w))
	}
	last := map[uint32]uint64{}
	for _, ev := range got {
		if ev.Seq <= last[ev.Cabinet] {
			t.Fatalf("cabinet %d: seq %d landed after %d", ev.Cabinet, ev.Seq, last[ev.Cabinet])
		}
		last[ev.Cabinet] = ev.Seq
	}
	s := a.Summary()
	if s.RejectedTotal() != 0 || s.Stored != int64(len(evs)) {
		t.Errorf("summary %+v (rejected %v), want every event stored and none rejected", s, s.Rejected)
	}
	t.Logf("overflow refusals %d, duplicates after resync %d", s.Overflow, s.EdgeDuplicates)
}

package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// freeAddr returns a local address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// service runs rwabridge args until the test ends (then it must exit 0).
type service struct {
	cancel context.CancelFunc
	done   chan int
	mu     sync.Mutex
	stderr strings.Builder
}

func (s *service) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stderr.Write(p)
}

func (s *service) log() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stderr.String()
}

func startService(t *testing.T, args ...string) *service {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	s := &service{cancel: cancel, done: make(chan int, 1)}
	go func() { s.done <- run(ctx, args, io.Discard, s) }()
	t.Cleanup(func() {
		s.cancel()
		select {
		case code := <-s.done:
			if code != 0 {
				t.Errorf("rwabridge %s: exit %d after SIGTERM:\n%s", args[0], code, s.log())
			}
		case <-time.After(20 * time.Second):
			t.Errorf("rwabridge %s did not stop", args[0])
		}
	})
	return s
}

// get fetches url once the service answers (or fails the test after 20 s
// or when the service exits).
func (s *service) get(t *testing.T, url string) (int, string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := http.Get(url)
		if err == nil {
			b, _ := io.ReadAll(r.Body)
			r.Body.Close()
			return r.StatusCode, string(b)
		}
		select {
		case code := <-s.done:
			s.done <- code
			t.Fatalf("the service exited %d before answering %s:\n%s", code, url, s.log())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %v\n%s", url, err, s.log())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestTheAgentServesMetricsAndHealthOnMetricsAndIngestOnItsSource(t *testing.T) {
	fleet := simTestFleet(t)
	ingest, metrics := freeAddr(t), freeAddr(t)
	s := startService(t, "agent", "--data", filepath.Join(t.TempDir(), "data"), "--devices", filepath.Join(fleet, "devices.yaml"),
		"--source", "http:"+ingest, "--metrics", metrics, "--log-format", "json")
	if code, body := s.get(t, "http://"+metrics+"/healthz"); code != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Errorf("/healthz: %d %s", code, body)
	}
	_, body := s.get(t, "http://"+metrics+"/metrics")
	for _, want := range []string{"rwabridge_agent_queue_events 0", `rwabridge_agent_events_rejected_total{reason=`, "go_goroutines", "process_resident_memory_bytes"} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	r, err := http.Post("http://"+metrics+"/v1/events", "application/json", strings.NewReader("[]"))
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode < 400 {
		t.Errorf("POST /v1/events on the metrics port: %d, want it not served there", r.StatusCode)
	}
	r, err = http.Post("http://"+ingest+"/v1/events", "application/json", strings.NewReader("[]"))
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode >= 400 && r.StatusCode != http.StatusBadRequest {
		t.Errorf("POST /v1/events on the source's port: %d", r.StatusCode)
	}
	if log := s.log(); !strings.Contains(log, `"msg":"serving /metrics and /healthz"`) {
		t.Errorf("--log-format json: the log is not JSON lines:\n%s", log)
	}
}

func TestTheSealerServesItsLagAndHealthOnMetrics(t *testing.T) {
	data := ingestedLedger(t, recentDay())
	metrics := freeAddr(t)
	s := startService(t, "sealer", "--data", data, "--policy", "battery-swap-daily", "--metrics", metrics)
	if code, body := s.get(t, "http://"+metrics+"/healthz"); code != 200 || !strings.Contains(body, `"status":"ok"`) {
		t.Errorf("/healthz: %d %s", code, body)
	}
	// The catch-up pass runs at start; once it is done the lag is there.
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, body := s.get(t, "http://"+metrics+"/metrics")
		if strings.Contains(body, `rwabridge_sealer_lag_seconds{pool="shenzhen-north"}`) {
			for _, want := range []string{`rwabridge_sealer_seals_total{pool="shenzhen-north"}`, "rwabridge_sealer_last_pass_timestamp_seconds",
				`rwabridge_sealer_dependency_up{dependency="ledger"} 1`} {
				if !strings.Contains(body, want) {
					t.Errorf("/metrics lacks %s:\n%s", want, body)
				}
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no sealer lag after 20 s:\n%s\n%s", body, s.log())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

package agent

import (
	"io"
	"log/slog"
	"net"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"

	"github.com/rwabridge/rwabridge/internal/syncbuf"
)

func TestAnUnreachableMQTTBrokerIsLoggedGaugedAndFailsTheHealthCheck(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	broker := "tcp://" + ln.Addr().String()
	ln.Close() // nothing listens there now
	cfg := mqttConfig(t, broker, "health-test")
	cfg.Sources.MQTT.UnhealthyAfter = 300 * time.Millisecond
	var logs syncbuf.Buffer
	a, err := New(cfg, newFleet(t, 2, 0).reg, newFakeLedger(), Options{Logger: slog.New(slog.NewTextHandler(&logs, nil)), Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	runAgent(t, a)
	srv := httptest.NewServer(a.Handler())
	t.Cleanup(srv.Close)
	health := func() (int, string) {
		r, err := srv.Client().Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return r.StatusCode, string(b)
	}
	if code, body := health(); code != 200 || !strings.Contains(body, `"mqtt_connected":false`) {
		t.Fatalf("at once: %d %s; want ok (within unhealthy_after) saying mqtt is not connected", code, body)
	}
	eventually(t, 10*time.Second, "/healthz fails once the broker has been unreachable for unhealthy_after", func() bool {
		code, body := health()
		return code == 503 && strings.Contains(body, `"status":"mqtt_unreachable"`)
	})
	eventually(t, 5*time.Second, "an error line says the broker is unreachable", func() bool {
		return strings.Contains(logs.String(), "mqtt broker unreachable")
	})
	if g := gauge(t, a, "rwabridge_agent_source_connected"); g != 0 {
		t.Fatalf("source_connected = %v; want 0", g)
	}
}

// gauge reads a gauge of the agent's registry (the first series).
func gauge(t *testing.T, a *Agent, name string) float64 {
	t.Helper()
	mfs, err := a.Gatherer().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() == name && len(mf.GetMetric()) > 0 {
			return metricValue(mf.GetMetric()[0])
		}
	}
	t.Fatalf("no metric %s", name)
	return 0
}

func metricValue(m *dto.Metric) float64 { return m.GetGauge().GetValue() }

func TestEverySourceSaysWhereARejectedItemCameFrom(t *testing.T) {
	f := newFleet(t, 1, 0)
	good, err := f.event(1, 1).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	items, err := decodeBatch([]byte(string(good) + "\n{not json}\n"))
	if err != nil || len(items) != 2 || items[0].Pos != "line 1" || items[1].Pos != "line 2" || items[1].Err == nil || string(items[1].Raw) != "{not json}" {
		t.Fatalf("JSON Lines body: %+v, %v", items, err)
	}
	items, err = decodeBatch([]byte("[" + string(good) + `,{"v":9}]`))
	if err != nil || len(items) != 2 || items[1].Pos != "element 2" || items[1].Err == nil || string(items[1].Raw) != `{"v":9}` {
		t.Fatalf("JSON array body: %+v, %v", items, err)
	}
	it := decodeMessage("cabinets/7/events", []byte("{not json}"))
	if it.Pos != "topic cabinets/7/events" || it.Err == nil || string(it.Raw) != "{not json}" {
		t.Fatalf("MQTT message: %+v", it)
	}
}

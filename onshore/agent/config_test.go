package agent

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestGoodConfigsLoad(t *testing.T) {
	c, err := LoadConfig("testdata/config/good.yml")
	if err != nil {
		t.Fatal(err)
	}
	if c.Batch.Size != 500 || c.Batch.MaxWait != time.Second || c.Batch.InFlight != 8 || c.Queue.MaxBytes != 2<<30 || c.MaxClockSkew != 5*time.Minute ||
		c.Sources.MQTT == nil || c.Sources.MQTT.ClientID != "agent-site-7" || !c.Sources.Follow || !c.Seal.Enabled || c.Seal.Grace != 6*time.Hour {
		t.Errorf("good.yml decoded as %+v", c)
	}
	m, err := LoadConfig("testdata/config/minimal.yml")
	if err != nil {
		t.Fatal(err)
	}
	d := Default()
	if m.Batch != d.Batch || m.Retry != d.Retry || m.Queue != d.Queue || m.MaxClockSkew != d.MaxClockSkew {
		t.Errorf("minimal.yml did not keep the defaults: %+v", m)
	}
}

func TestBadConfigsAreRejectedWithWhatToFix(t *testing.T) {
	want := map[string][]string{
		"unknown-key.bad.yml":         {"field maxwait not found"},
		"missing-required.bad.yml":    {"data_dir is required", "devices is required"},
		"http-without-listen.bad.yml": {"sources.http needs listen"},
		"mqtt-incomplete.bad.yml":     {"write tcp://HOST:PORT", "sources.mqtt.topic is required", "client_id"},
		"bad-numbers.bad.yml":         {"batch.size 0", "batch.max_wait", "batch.in_flight 65 must be 1 to 64", "retry: need 0 < initial", "queue.max_bytes 1000"},
		"seal-without-policy.bad.yml": {"seal.enabled needs policy"},
		"bad-duration.bad.yml":        {"line 3", "into time.Duration"},
		"mqtt-tls.bad.yml":            {"need a TLS broker: write mqtts://HOST:PORT", "cert_file and key_file go together", "password_file needs username"},
		"http-tls.bad.yml":            {"sources.http_tls needs sources.http: true", "sources.http_tls needs cert_file and key_file"},
	}
	files, _ := filepath.Glob("testdata/config/*.bad.yml")
	if len(files) != len(want) {
		t.Errorf("%d bad files, %d expectations", len(files), len(want))
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".bad.yml")+" is rejected", func(t *testing.T) {
			_, err := LoadConfig(f)
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("error %v, want ErrInvalidConfig", err)
			}
			for _, w := range want[name] {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
		})
	}
}

func TestSourcesParseFromTheCommandLineForm(t *testing.T) {
	tests := []struct {
		name, spec string
		check      func(Config) bool
		bad        bool
	}{
		{"a file", "file:/tmp/e.jsonl", func(c Config) bool { return len(c.Sources.Files) == 1 && c.Sources.Files[0] == "/tmp/e.jsonl" }, false},
		{"http sets the listen address", "http:127.0.0.1:8081", func(c Config) bool { return c.Sources.HTTP && c.Listen == "127.0.0.1:8081" }, false},
		{"mqtt keeps the topic wildcard", "mqtt://127.0.0.1:1883/cabinets/+/events", func(c Config) bool {
			m := c.Sources.MQTT
			return m != nil && m.Broker == "tcp://127.0.0.1:1883" && m.Topic == "cabinets/+/events" && m.ClientID == DefaultMQTTClientID
		}, false},
		{"mqtts is TLS", "mqtts://broker.example:8883/cabinets/#", func(c Config) bool {
			m := c.Sources.MQTT
			return m != nil && m.Broker == "mqtts://broker.example:8883" && m.TLS() && m.Topic == "cabinets/#"
		}, false},
		{"mqtt without a topic is refused", "mqtt://127.0.0.1:1883", nil, true},
		{"mqtts without a topic is refused", "mqtts://127.0.0.1:8883", nil, true},
		{"mqtt without a port is refused", "mqtt://broker/cabinets/+/events", nil, true},
		{"https without sources.http_tls is refused", "https:127.0.0.1:8443", nil, true},
		{"http without a port is refused", "http:localhost", nil, true},
		{"an unknown scheme is refused", "kafka://x/y", nil, true},
		{"an empty file path is refused", "file:", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Default()
			err := c.AddSource(tt.spec)
			if tt.bad {
				if !errors.Is(err, ErrInvalidConfig) {
					t.Fatalf("error %v, want ErrInvalidConfig", err)
				}
				return
			}
			if err != nil || !tt.check(c) {
				t.Errorf("AddSource(%q) = %v, config %+v", tt.spec, err, c.Sources)
			}
		})
	}
}

func TestLoadConfigNamesAMissingFile(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), "nope.yml"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("error %v, want os.ErrNotExist", err)
	}
}

func TestACommandLineSourceKeepsTheTransportSecurityOfAgentYAML(t *testing.T) {
	c := Default()
	c.Sources.MQTT = &MQTTConfig{Broker: "mqtts://old:8883", Topic: "old", ClientID: "site-7", CAFile: "ca.pem",
		CertFile: "agent.pem", KeyFile: "agent.key", Username: "gw", PasswordFile: "pw", UnhealthyAfter: time.Minute}
	if err := c.AddSource("mqtts://broker:8883/cabinets/+/events"); err != nil {
		t.Fatal(err)
	}
	want := MQTTConfig{Broker: "mqtts://broker:8883", Topic: "cabinets/+/events", ClientID: "site-7", CAFile: "ca.pem",
		CertFile: "agent.pem", KeyFile: "agent.key", Username: "gw", PasswordFile: "pw", UnhealthyAfter: time.Minute}
	if *c.Sources.MQTT != want {
		t.Errorf("mqtts source over agent.yaml: %+v, want %+v", *c.Sources.MQTT, want)
	}

	c.Sources.HTTPTLS = &ServerTLS{CertFile: "server.pem", KeyFile: "server.key"}
	if err := c.AddSource("https:0.0.0.0:8443"); err != nil || !c.Sources.HTTP || c.Listen != "0.0.0.0:8443" {
		t.Errorf("https with sources.http_tls: %v, %+v", err, c)
	}
	if err := c.AddSource("http:0.0.0.0:8080"); !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), "write https:0.0.0.0:8080") {
		t.Errorf("plain http while agent.yaml asks for TLS: %v; want a config error saying to write https:", err)
	}
}

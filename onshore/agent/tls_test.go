package agent

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/eclipse/paho.mqtt.golang/packets"

	"github.com/rwabridge/rwabridge/internal/syncbuf"
)

// tlsBroker is a real Mosquitto that requires TLS, a client certificate
// issued by its CA and a username with its password.
type tlsBroker struct {
	addr    string // 127.0.0.1:PORT
	ca      *testCA
	otherCA *testCA // a CA that issued nothing the broker knows
	dir     string
}

const (
	brokerUser     = "cabinet-gateway"
	brokerPassword = "correct horse battery staple"
)

func startTLSBroker(t *testing.T) *tlsBroker {
	t.Helper()
	passwdBin, err := exec.LookPath("mosquitto_passwd")
	if err != nil {
		t.Skip("mosquitto_passwd is not installed (it comes with mosquitto: run scripts/install-test-deps.sh)")
	}
	dir := t.TempDir()
	b := &tlsBroker{dir: dir, ca: newTestCA(t, dir, "broker-ca"), otherCA: newTestCA(t, dir, "other-ca")}
	server := b.ca.valid(t, "broker", true)
	passwd := filepath.Join(dir, "passwd")
	if out, err := exec.Command(passwdBin, "-c", "-b", passwd, brokerUser, brokerPassword).CombinedOutput(); err != nil {
		t.Fatalf("mosquitto_passwd: %v\n%s", err, out)
	}
	b.addr = runMosquitto(t, fmt.Sprintf("allow_anonymous false\npassword_file %s\ncafile %s\ncertfile %s\nkeyfile %s\nrequire_certificate true\n",
		passwd, b.ca.CertFile, server.Cert, server.Key))
	return b
}

// agentConfig is an agent subscribing to the broker over mqtts:// with the
// CA file caFile, the client certificate cert (none when empty) and
// password (in a file).
func (b *tlsBroker) agentConfig(t *testing.T, clientID, caFile string, cert certFiles, password string) Config {
	t.Helper()
	cfg := mqttConfig(t, "mqtts://"+b.addr, clientID)
	m := cfg.Sources.MQTT
	m.CAFile, m.CertFile, m.KeyFile = caFile, cert.Cert, cert.Key
	m.Username, m.PasswordFile = brokerUser, filepath.Join(t.TempDir(), "mqtt-password")
	if err := os.WriteFile(m.PasswordFile, []byte(password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m.UnhealthyAfter = time.Hour // a refusal must fail /healthz at once, not after this
	return cfg
}

// publisher connects a QoS 1 publisher with a valid client certificate.
func (b *tlsBroker) publisher(t *testing.T) mqtt.Client {
	t.Helper()
	opts := mqtt.NewClientOptions().AddBroker("mqtts://" + b.addr).SetClientID("test-publisher-tls").SetCleanSession(true).
		SetTLSConfig(clientTLS(t, b.ca, b.ca.valid(t, "publisher", false))).SetUsername(brokerUser).SetPassword(brokerPassword)
	c := mqtt.NewClient(opts)
	if tok := c.Connect(); !tok.WaitTimeout(10*time.Second) || tok.Error() != nil {
		t.Fatalf("publisher connect: %v", tok.Error())
	}
	t.Cleanup(func() { c.Disconnect(100) })
	return c
}

// healthOf returns the status code and body of the agent's /healthz.
func healthOf(t *testing.T, a *Agent) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	a.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	return rec.Code, rec.Body.String()
}

// counter reads a counter of the agent's registry by its labels.
func counter(t *testing.T, a *Agent, name string, labels map[string]string) float64 {
	t.Helper()
	mfs, err := a.Gatherer().Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	metrics:
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if v, ok := labels[l.GetName()]; ok && v != l.GetValue() {
					continue metrics
				}
			}
			return m.GetCounter().GetValue()
		}
	}
	t.Fatalf("no metric %s%v", name, labels)
	return 0
}

func TestMQTTSWithAClientCertificateAndAPasswordIngestsEvents(t *testing.T) {
	b := startTLSBroker(t)
	f := newFleet(t, 2, 0)
	evs := f.events(2, 5)
	l := newFakeLedger()
	a := newTestAgent(t, b.agentConfig(t, "agent-tls-good", b.ca.CertFile, b.ca.valid(t, "agent", false), brokerPassword), f.reg, l)
	runAgent(t, a)
	waitSubscribed(t, a)
	pub := b.publisher(t)
	for _, ev := range evs {
		p, _ := ev.MarshalJSON()
		publish(t, pub, ev.Cabinet, p)
	}
	eventually(t, 10*time.Second, "every event published over mqtts lands in the ledger", func() bool { return len(l.snapshot()) == len(evs) })
	if g, w := keysOf(l.snapshot()), keysOf(evs); !slices.Equal(g, w) {
		t.Errorf("ledger holds %v, want %v", g, w)
	}
	if code, body := healthOf(t, a); code != http.StatusOK || !strings.Contains(body, `"mqtt_connected":true`) {
		t.Errorf("/healthz %d %s; want 200 and connected", code, body)
	}
}

func TestABrokerThatRefusesTheAgentIsANamedErrorAndFailsTheHealthCheckAtOnce(t *testing.T) {
	b := startTLSBroker(t)
	good := b.ca.valid(t, "agent", false)
	tests := []struct {
		name   string
		caFile string
		cert   certFiles
		pass   string
		want   error
		reason string
	}{
		{"a CA file that did not issue the broker's certificate", b.otherCA.CertFile, good, brokerPassword, ErrTLSUnknownAuthority, reasonTLSUnknownAuthority},
		{"an expired client certificate", b.ca.CertFile, b.ca.expired(t, "agent-expired"), brokerPassword, ErrCertificateExpired, reasonCertificateExpired},
		{"a client certificate of a CA the broker does not trust", b.ca.CertFile, b.otherCA.valid(t, "agent-foreign", false), brokerPassword, ErrTLSUnknownAuthority, reasonTLSUnknownAuthority},
		{"no client certificate", b.ca.CertFile, certFiles{}, brokerPassword, ErrCertificateRejected, reasonCertificateRejected},
		{"a wrong password", b.ca.CertFile, good, "not the password", ErrBadCredentials, reasonBadCredentials},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var logs syncbuf.Buffer
			cfg := b.agentConfig(t, fmt.Sprintf("agent-refused-%d", i), tt.caFile, tt.cert, tt.pass)
			a, err := New(cfg, newFleet(t, 1, 0).reg, newFakeLedger(), Options{Logger: slog.New(slog.NewTextHandler(&logs, nil)), Now: func() time.Time { return testNow }})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { a.Close() })
			runAgent(t, a)
			status := `"status":"mqtt_` + tt.reason + `"`
			eventually(t, 10*time.Second, "/healthz fails with "+status, func() bool {
				code, body := healthOf(t, a)
				return code == http.StatusServiceUnavailable && strings.Contains(body, status)
			})
			fail := a.mqttFailure.Load()
			if fail == nil || !errors.Is(fail.err, tt.want) {
				t.Fatalf("last connection failure %+v; want %v", fail, tt.want)
			}
			for _, other := range []error{ErrTLSUnknownAuthority, ErrCertificateExpired, ErrCertificateRejected, ErrTLSHandshake, ErrBadCredentials} {
				if other != tt.want && errors.Is(fail.err, other) {
					t.Errorf("%v is also %v", fail.err, other)
				}
			}
			if _, body := healthOf(t, a); !strings.Contains(body, `"mqtt_error":`) || !strings.Contains(body, tt.want.Error()) {
				t.Errorf("/healthz %s does not give the error", body)
			}
			if g := gauge(t, a, "rwabridge_agent_source_connected"); g != 0 {
				t.Errorf("source_connected = %v; want 0", g)
			}
			if n := counter(t, a, "rwabridge_agent_source_connect_failures_total", map[string]string{"source": "mqtt", "reason": tt.reason}); n < 1 {
				t.Errorf("source_connect_failures_total{reason=%q} = %v", tt.reason, n)
			}
			// Every attempt learnt why: none passed for an outage (the
			// broker's TLS alert was not lost to a reset connection).
			if n := counter(t, a, "rwabridge_agent_source_connect_failures_total", map[string]string{"source": "mqtt", "reason": reasonUnreachable}); n != 0 {
				t.Errorf("%v attempts failed as if the broker were unreachable", n)
			}
			eventually(t, 5*time.Second, "an error line names the refusal", func() bool {
				return strings.Contains(logs.String(), "level=ERROR msg=\"mqtt broker refused the agent") && strings.Contains(logs.String(), "reason="+tt.reason)
			})
			t.Logf("%s", fail.err)
		})
	}
}

// mqttTLSFixture is an agent config (without a broker) whose mqtts://
// source names TLS files and a password file in a temporary directory.
func mqttTLSFixture(t *testing.T) (Config, *testCA) {
	t.Helper()
	dir := t.TempDir()
	ca := newTestCA(t, dir, "ca")
	cert := ca.valid(t, "agent", false)
	cfg := mqttConfig(t, "mqtts://127.0.0.1:8883", "agent-files")
	m := cfg.Sources.MQTT
	m.CAFile, m.CertFile, m.KeyFile, m.Username, m.PasswordFile = ca.CertFile, cert.Cert, cert.Key, "u", filepath.Join(dir, "pw")
	if err := os.WriteFile(m.PasswordFile, []byte("pw\r\nignored\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return cfg, ca
}

func TestTLSFilesAndThePasswordFileAreReadWhenTheAgentStarts(t *testing.T) {
	cfg, _ := mqttTLSFixture(t)
	a := newTestAgent(t, cfg, newFleet(t, 1, 0).reg, newFakeLedger())
	if a.mqttPassword != "pw" || a.mqttTLS == nil || a.mqttTLS.RootCAs == nil || len(a.mqttTLS.Certificates) != 1 {
		t.Fatalf("password %q, TLS %+v; want the first line of the file and the CA and client certificate", a.mqttPassword, a.mqttTLS)
	}
	bad := map[string]func(c *Config){
		"a missing CA file":                   func(c *Config) { c.Sources.MQTT.CAFile += ".missing" },
		"a CA file without a certificate":     func(c *Config) { c.Sources.MQTT.CAFile = c.Sources.MQTT.PasswordFile },
		"a key that is not the certificate's": func(c *Config) { c.Sources.MQTT.KeyFile = c.Sources.MQTT.CAFile },
		"an empty password file": func(c *Config) {
			if err := os.WriteFile(c.Sources.MQTT.PasswordFile, []byte("\nsecond line\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		},
		"a missing server certificate for HTTPS": func(c *Config) {
			c.Sources.HTTP, c.Listen = true, "127.0.0.1:0"
			c.Sources.HTTPTLS = &ServerTLS{CertFile: c.Sources.MQTT.CertFile + ".missing", KeyFile: c.Sources.MQTT.KeyFile}
		},
	}
	for name, mutate := range bad {
		t.Run(name+" is a config error", func(t *testing.T) {
			c, _ := mqttTLSFixture(t)
			mutate(&c)
			a, err := New(c, newFleet(t, 1, 0).reg, newFakeLedger(), Options{})
			if err == nil {
				a.Close()
			}
			if !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("New: %v; want ErrInvalidConfig", err)
			}
		})
	}
}

func TestCredentialsOverPlainMQTTAreAllowedWithAWarning(t *testing.T) {
	broker := startMosquitto(t)
	cfg := mqttConfig(t, broker, "agent-plain-credentials")
	cfg.Sources.MQTT.Username, cfg.Sources.MQTT.PasswordFile = "anyone", filepath.Join(t.TempDir(), "pw")
	if err := os.WriteFile(cfg.Sources.MQTT.PasswordFile, []byte("pw"), 0o600); err != nil {
		t.Fatal(err)
	}
	var logs syncbuf.Buffer
	a, err := New(cfg, newFleet(t, 1, 0).reg, newFakeLedger(), Options{Logger: slog.New(slog.NewTextHandler(&logs, nil)), Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	runAgent(t, a)
	waitSubscribed(t, a)
	if !strings.Contains(logs.String(), "level=WARN msg=\"mqtt username and password cross the network in clear text") {
		t.Errorf("no warning that the password crosses the network in clear:\n%s", logs.String())
	}
}

// httpsAgent runs an agent whose HTTP source is served over HTTPS and
// requires client certificates of ca for POST /v1/events.
func httpsAgent(t *testing.T, ca *testCA, l *fakeLedger, f *fleet) *Agent {
	t.Helper()
	server := ca.valid(t, "agent-server", true)
	cfg := testConfig(t)
	cfg.Listen, cfg.Sources.HTTP = "127.0.0.1:0", true
	cfg.Sources.HTTPTLS = &ServerTLS{CertFile: server.Cert, KeyFile: server.Key, ClientCAFile: ca.CertFile}
	a := newTestAgent(t, cfg, f.reg, l)
	runAgent(t, a)
	return a
}

func TestTheHTTPSSourceTakesEventsOnlyFromClientsWithACertificateOfItsCA(t *testing.T) {
	dir := t.TempDir()
	ca, otherCA := newTestCA(t, dir, "cabinets-ca"), newTestCA(t, dir, "other-ca")
	f := newFleet(t, 1, 0)
	l := newFakeLedger()
	a := httpsAgent(t, ca, l, f)
	url := "https://" + a.Addr()
	post := func(c *http.Client, seq uint64) (*http.Response, error) {
		body, _ := f.event(1, seq).MarshalJSON()
		return c.Post(url+"/v1/events", "application/json", strings.NewReader(string(body)))
	}
	client := func(cert certFiles) *http.Client {
		return &http.Client{Transport: &http.Transport{TLSClientConfig: clientTLS(t, ca, cert)}, Timeout: 10 * time.Second}
	}
	read := func(r *http.Response) string {
		defer r.Body.Close()
		b, _ := io.ReadAll(r.Body)
		return string(b)
	}

	r, err := post(client(ca.valid(t, "cabinet-1", false)), 1)
	if err != nil {
		t.Fatalf("with a valid client certificate: %v", err)
	}
	if body := read(r); r.StatusCode != http.StatusAccepted {
		t.Fatalf("with a valid client certificate: %d %s; want 202", r.StatusCode, body)
	}

	r, err = post(client(certFiles{}), 2)
	if err != nil {
		t.Fatalf("without a client certificate: %v", err)
	}
	if body := read(r); r.StatusCode != http.StatusUnauthorized || !strings.Contains(body, ClassUnauthenticated) {
		t.Errorf("without a client certificate: %d %s; want 401 %s", r.StatusCode, body, ClassUnauthenticated)
	}
	r, err = client(certFiles{}).Get(url + "/healthz")
	if err != nil || r.StatusCode != http.StatusOK {
		t.Errorf("/healthz without a client certificate: %v %v; want 200 (probes carry none)", r, err)
	} else {
		read(r)
	}

	for name, cert := range map[string]certFiles{
		"a client certificate of another CA":          otherCA.valid(t, "intruder", false),
		"an expired client certificate of its own CA": ca.expired(t, "cabinet-old"),
	} {
		if r, err := post(client(cert), 3); err == nil {
			t.Errorf("with %s: %d %s; want the TLS handshake refused", name, r.StatusCode, read(r))
		}
	}

	plain := &http.Client{Timeout: 10 * time.Second}
	body, _ := f.event(1, 4).MarshalJSON()
	if r, err := plain.Post("http://"+a.Addr()+"/v1/events", "application/json", strings.NewReader(string(body))); err == nil {
		if got := read(r); r.StatusCode != http.StatusBadRequest {
			t.Errorf("plain HTTP to the HTTPS port: %d %s; want refused", r.StatusCode, got)
		}
	}

	if got := keysOf(l.snapshot()); len(got) > 1 {
		t.Errorf("ledger holds %v; only the event posted with a valid certificate may land", got)
	}
	eventually(t, 10*time.Second, "the event posted with a valid certificate lands", func() bool { return len(l.snapshot()) == 1 })
	if s := a.Summary(); s.Read != 1 {
		t.Errorf("the agent read %d events; refused connections must not reach it", s.Read)
	}
}

func TestTheHTTPSSourceWithoutAClientCAServesAnyClient(t *testing.T) {
	dir := t.TempDir()
	ca := newTestCA(t, dir, "server-ca")
	server := ca.valid(t, "agent-server", true)
	f := newFleet(t, 1, 0)
	l := newFakeLedger()
	cfg := testConfig(t)
	cfg.Listen, cfg.Sources.HTTP = "127.0.0.1:0", true
	cfg.Sources.HTTPTLS = &ServerTLS{CertFile: server.Cert, KeyFile: server.Key}
	a := newTestAgent(t, cfg, f.reg, l)
	runAgent(t, a)
	c := &http.Client{Transport: &http.Transport{TLSClientConfig: clientTLS(t, ca, certFiles{})}, Timeout: 10 * time.Second}
	body, _ := f.event(1, 1).MarshalJSON()
	r, err := c.Post("https://"+a.Addr()+"/v1/events", "application/json", strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	r.Body.Close()
	if r.StatusCode != http.StatusAccepted {
		t.Fatalf("HTTPS without client CA: %d; want 202", r.StatusCode)
	}
}

func TestBrokerTLSFailuresTheBrokerTestsDoNotProvokeAreNamedToo(t *testing.T) {
	m := MQTTConfig{Broker: "mqtts://broker.example:8883", CAFile: "ca.pem", CertFile: "agent.pem"}
	leaf := &x509.Certificate{NotBefore: time.Unix(0, 0), NotAfter: time.Unix(3600, 0)}
	wrap := func(err error) error { return fmt.Errorf("%w : %w", packets.ErrorNetworkError, err) } // as paho reports an attempt
	tests := []struct {
		name   string
		err    error
		want   error
		reason string
	}{
		{"the broker's certificate expired", wrap(&tls.CertificateVerificationError{Err: x509.CertificateInvalidError{Cert: leaf, Reason: x509.Expired}}),
			ErrCertificateExpired, reasonCertificateExpired},
		{"the broker's certificate is for another host", wrap(&tls.CertificateVerificationError{Err: x509.HostnameError{Certificate: leaf, Host: "broker.example"}}),
			ErrTLSHandshake, reasonTLSHandshake},
		{"the broker revoked the agent's certificate", wrap(&net.OpError{Op: "remote error", Err: tls.AlertError(44)}), ErrCertificateRejected, reasonCertificateRejected},
		{"the broker answered with another alert", wrap(&net.OpError{Op: "remote error", Err: tls.AlertError(40)}), ErrTLSHandshake, reasonTLSHandshake},
		{"the broker does not speak TLS", wrap(tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}), ErrTLSHandshake, reasonTLSHandshake},
		{"the broker refused CONNACK as not authorised", packets.ErrorRefusedNotAuthorised, ErrBadCredentials, reasonBadCredentials},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reason, err := classifyMQTT(m, leaf, tt.err)
			if reason != tt.reason || !errors.Is(err, tt.want) || !errors.Is(err, tt.err) {
				t.Errorf("classified as %s: %v; want %s wrapping %v and the cause", reason, err, tt.reason, tt.want)
			}
		})
	}
	refused := wrap(&net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")})
	if reason, err := classifyMQTT(m, leaf, refused); reason != reasonUnreachable || err != refused {
		t.Errorf("a broker that is not there: %s %v; want %s and the error itself", reason, err, reasonUnreachable)
	}
}

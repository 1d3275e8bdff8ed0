package agent

import (
	"bytes"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"reflect"
	"time"

	"github.com/eclipse/paho.mqtt.golang/packets"
)

// Errors of the sources' transport security. A connection to the MQTT
// broker that fails with one of them is a refusal, not an outage: it is
// logged as an error with what to fix, counted, and fails /healthz at once.
var (
	// ErrTLSUnknownAuthority: a certificate is not issued by a CA the other
	// side trusts — the broker's by none of sources.mqtt.ca_file, or the
	// agent's client certificate by none the broker trusts.
	ErrTLSUnknownAuthority = errors.New("certificate signed by an unknown authority")
	// ErrCertificateExpired: the broker's certificate, or the agent's client
	// certificate, is past its validity (or not valid yet).
	ErrCertificateExpired = errors.New("certificate expired")
	// ErrCertificateRejected: the broker refused the agent's client
	// certificate (missing, revoked or unusable) for another reason.
	ErrCertificateRejected = errors.New("client certificate rejected")
	// ErrTLSHandshake: the TLS handshake failed otherwise (a certificate for
	// another host name, a broker that does not speak TLS on that port).
	ErrTLSHandshake = errors.New("TLS handshake failed")
	// ErrBadCredentials: the broker refused the username and password
	// (CONNACK "bad user name or password" or "not authorised").
	ErrBadCredentials = errors.New("bad credentials")
)

// Reasons of a failed connection to the broker: the label of
// source_connect_failures_total and, after "mqtt_", the /healthz status.
const (
	reasonUnreachable         = "unreachable"
	reasonTLSUnknownAuthority = "tls_unknown_authority"
	reasonCertificateExpired  = "certificate_expired"
	reasonCertificateRejected = "certificate_rejected"
	reasonTLSHandshake        = "tls_handshake"
	reasonBadCredentials      = "bad_credentials"
)

// connectReasons are every reason, for the counter's zero series.
var connectReasons = []string{reasonUnreachable, reasonTLSUnknownAuthority, reasonCertificateExpired,
	reasonCertificateRejected, reasonTLSHandshake, reasonBadCredentials}

// TLS alerts a broker sends when it refuses a client certificate (RFC 8446
// section 6.2).
const (
	alertBadCertificate         = 42
	alertUnsupportedCertificate = 43
	alertCertificateRevoked     = 44
	alertCertificateExpired     = 45
	alertCertificateUnknown     = 46
	alertUnknownCA              = 48
	alertCertificateRequired    = 116
)

// certPool reads a PEM bundle of CA certificates; one without any is an
// error.
func certPool(path string) (*x509.CertPool, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(data) {
		return nil, fmt.Errorf("%s holds no PEM certificate", path)
	}
	return pool, nil
}

// mqttTLS builds the TLS client configuration of an mqtts:// broker: the CA
// bundle its certificate must chain to and the agent's client certificate.
// It warns when that certificate is already expired (the broker will refuse
// it; ErrCertificateExpired then says so).
func mqttTLS(m MQTTConfig, log *slog.Logger) (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: tls.VersionTLS12}
	if m.CAFile != "" {
		pool, err := certPool(m.CAFile)
		if err != nil {
			return nil, fmt.Errorf("%w: sources.mqtt.ca_file: %w", ErrInvalidConfig, err)
		}
		cfg.RootCAs = pool
	}
	if m.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(m.CertFile, m.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("%w: sources.mqtt.cert_file %s / key_file %s: %w", ErrInvalidConfig, m.CertFile, m.KeyFile, err)
		}
		if leaf := cert.Leaf; leaf != nil && time.Now().After(leaf.NotAfter) {
			log.Warn("mqtt client certificate has expired; the broker will refuse it", "cert_file", m.CertFile,
				"not_after", leaf.NotAfter.UTC().Format(time.RFC3339))
		}
		cfg.Certificates = []tls.Certificate{cert}
	}
	return cfg, nil
}

// serverTLS builds the TLS configuration of the agent's HTTP server.
func serverTLS(s ServerTLS) (*tls.Config, error) {
	cert, err := tls.LoadX509KeyPair(s.CertFile, s.KeyFile)
	if err != nil {
		return nil, fmt.Errorf("%w: sources.http_tls cert_file %s / key_file %s: %w", ErrInvalidConfig, s.CertFile, s.KeyFile, err)
	}
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, Certificates: []tls.Certificate{cert}}
	if s.ClientCAFile != "" {
		pool, err := certPool(s.ClientCAFile)
		if err != nil {
			return nil, fmt.Errorf("%w: sources.http_tls.client_ca_file: %w", ErrInvalidConfig, err)
		}
		cfg.ClientCAs, cfg.ClientAuth = pool, tls.VerifyClientCertIfGiven
	}
	return cfg, nil
}

// readPassword reads a password file: its first line, without the line
// break. It warns when others than the owner may read the file.
func readPassword(path string, log *slog.Logger) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%w: sources.mqtt.password_file: %w", ErrInvalidConfig, err)
	}
	line, _, _ := bytes.Cut(data, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if len(line) == 0 {
		return "", fmt.Errorf("%w: sources.mqtt.password_file %s: the first line (the password) is empty", ErrInvalidConfig, path)
	}
	if st, err := os.Stat(path); err == nil && st.Mode().Perm()&0o077 != 0 {
		log.Warn("mqtt password file is readable by others than its owner (chmod 600 it)", "password_file", path, "mode", st.Mode().Perm().String())
	}
	return string(line), nil
}

// classifyMQTT names a failed connection attempt to the broker: the reason
// and one of the errors above wrapping err with what to fix — or
// reasonUnreachable and err itself when the broker was just not reached.
func classifyMQTT(m MQTTConfig, clientCert *x509.Certificate, err error) (string, error) {
	var (
		unknownCA x509.UnknownAuthorityError
		invalid   x509.CertificateInvalidError
		hostname  x509.HostnameError
		header    tls.RecordHeaderError
	)
	ours := func() string {
		if clientCert == nil {
			return ""
		}
		return fmt.Sprintf(" (%s: valid %s to %s)", m.CertFile,
			clientCert.NotBefore.UTC().Format(time.RFC3339), clientCert.NotAfter.UTC().Format(time.RFC3339))
	}
	switch {
	case errors.As(err, &unknownCA):
		return reasonTLSUnknownAuthority, fmt.Errorf("%w: the broker's certificate is not issued by a CA of sources.mqtt.ca_file %q (give the CA that issued it): %w",
			ErrTLSUnknownAuthority, m.CAFile, err)
	case errors.As(err, &invalid) && invalid.Reason == x509.Expired:
		return reasonCertificateExpired, fmt.Errorf("%w: the broker's certificate is outside its validity (renew it on the broker, or check this host's clock): %w",
			ErrCertificateExpired, err)
	case errors.As(err, &hostname):
		return reasonTLSHandshake, fmt.Errorf("%w: the broker's certificate is not for the host of sources.mqtt.broker %s: %w", ErrTLSHandshake, m.Broker, err)
	case errors.As(err, &header):
		return reasonTLSHandshake, fmt.Errorf("%w: the broker does not answer TLS on %s (a plain MQTT port? write mqtt:// for it): %w", ErrTLSHandshake, m.Broker, err)
	case errors.Is(err, packets.ErrorRefusedBadUsernameOrPassword), errors.Is(err, packets.ErrorRefusedNotAuthorised):
		return reasonBadCredentials, fmt.Errorf("%w: the broker refused username %q (check sources.mqtt.username and password_file): %w", ErrBadCredentials, m.Username, err)
	}
	if a, ok := remoteAlert(err); ok {
		switch a {
		case alertCertificateExpired:
			return reasonCertificateExpired, fmt.Errorf("%w: the broker refused the agent's client certificate as expired%s; renew sources.mqtt.cert_file: %w",
				ErrCertificateExpired, ours(), err)
		case alertUnknownCA:
			return reasonTLSUnknownAuthority, fmt.Errorf("%w: the broker does not trust the CA that issued sources.mqtt.cert_file %q: %w", ErrTLSUnknownAuthority, m.CertFile, err)
		case alertCertificateRequired:
			return reasonCertificateRejected, fmt.Errorf("%w: the broker requires a client certificate: set sources.mqtt.cert_file and key_file: %w", ErrCertificateRejected, err)
		case alertBadCertificate, alertUnsupportedCertificate, alertCertificateRevoked, alertCertificateUnknown:
			return reasonCertificateRejected, fmt.Errorf("%w: the broker refused sources.mqtt.cert_file %q%s: %w", ErrCertificateRejected, m.CertFile, ours(), err)
		default:
			return reasonTLSHandshake, fmt.Errorf("%w: %w", ErrTLSHandshake, err)
		}
	}
	return reasonUnreachable, err
}

// remoteAlert returns the TLS alert the peer sent, when err is one.
// crypto/tls reports it as a *net.OpError "remote error" around its
// unexported alert type (a uint8); tls.AlertError is the exported twin.
func remoteAlert(err error) (tls.AlertError, bool) {
	var op *net.OpError
	if !errors.As(err, &op) || op.Op != "remote error" || op.Err == nil {
		return 0, false
	}
	if a, ok := op.Err.(tls.AlertError); ok {
		return a, true
	}
	v := reflect.ValueOf(op.Err)
	if v.Kind() != reflect.Uint8 || v.Type().PkgPath() != "crypto/tls" {
		return 0, false
	}
	return tls.AlertError(v.Uint()), true
}

// transportSecurity is the TLS material and the password the config's
// files hold.
type transportSecurity struct {
	mqttTLS      *tls.Config
	mqttPassword string
	httpTLS      *tls.Config
}

// loadTransportSecurity reads the certificates, keys and password file the
// config names, so that a missing or unreadable one is a config error
// before anything runs.
func loadTransportSecurity(cfg Config, log *slog.Logger) (transportSecurity, error) {
	var sec transportSecurity
	var err error
	if m := cfg.Sources.MQTT; m != nil {
		if m.TLS() {
			if sec.mqttTLS, err = mqttTLS(*m, log); err != nil {
				return sec, err
			}
		}
		if m.PasswordFile != "" {
			if sec.mqttPassword, err = readPassword(m.PasswordFile, log); err != nil {
				return sec, err
			}
		}
	}
	if t := cfg.Sources.HTTPTLS; t != nil {
		if sec.httpTLS, err = serverTLS(*t); err != nil {
			return sec, err
		}
	}
	return sec, nil
}

// connFailure is a failed connection attempt to the broker: its reason and
// the (named) error.
type connFailure struct {
	reason string
	err    error
}

// refused reports whether the broker was reached and refused the agent.
func (f *connFailure) refused() bool { return f != nil && f.reason != reasonUnreachable }

// clientLeaf returns the agent's client certificate, if it has one.
func clientLeaf(c *tls.Config) *x509.Certificate {
	if c == nil || len(c.Certificates) == 0 {
		return nil
	}
	return c.Certificates[0].Leaf
}

// dialBroker opens a TLS connection to an mqtts:// broker. In TLS 1.3 the
// broker judges the agent's client certificate only after the handshake
// has completed on the agent's side; it then sends an alert and closes.
// Were the agent to send CONNECT at once, the broker would reset the
// connection with CONNECT unread and the alert would be lost with it: the
// agent would only learn "connection reset". So it first waits for the
// broker's verdict on its certificate (or on its having none), twice as
// long as the handshake took (within bounds), before handing the
// connection to MQTT: an alert within that time is the attempt's error.
func dialBroker(host string, cfg *tls.Config, timeout time.Duration) (net.Conn, error) {
	start := time.Now()
	conn, err := tls.DialWithDialer(&net.Dialer{Timeout: timeout}, "tcp", host, cfg)
	if err != nil {
		return nil, err
	}
	if conn.ConnectionState().Version < tls.VersionTLS13 {
		return conn, nil // TLS 1.2 sends the verdict within the handshake
	}
	wait := min(max(2*time.Since(start), minVerdictWait), maxVerdictWait)
	if err := conn.SetReadDeadline(time.Now().Add(wait)); err != nil {
		conn.Close()
		return nil, err
	}
	var b [1]byte
	n, err := conn.Read(b[:])
	switch ne, timeout := errors.AsType[net.Error](err); {
	case n > 0 || err == nil: // a broker speaks only after CONNECT
		conn.Close()
		return nil, fmt.Errorf("%w: the broker sent data before CONNECT", ErrTLSHandshake)
	case !timeout || !ne.Timeout():
		conn.Close()
		return nil, err // the broker's alert (or its closing the connection)
	}
	if err := conn.SetReadDeadline(time.Time{}); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// Bounds of how long dialBroker waits for the broker's verdict on the
// client certificate.
const (
	minVerdictWait = 100 * time.Millisecond
	maxVerdictWait = 2 * time.Second
)

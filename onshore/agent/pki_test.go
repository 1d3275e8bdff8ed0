package agent

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// testCA is a certificate authority the test makes, with the files it
// writes: CertFile (PEM).
type testCA struct {
	cert     *x509.Certificate
	key      *ecdsa.PrivateKey
	dir      string
	CertFile string
	serial   int64
}

// newTestCA makes a CA valid from an hour ago for a day and writes its
// certificate to DIR/NAME.pem.
func newTestCA(t testing.TB, dir, name string) *testCA {
	t.Helper()
	key := newKey(t)
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: name},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	ca := &testCA{cert: cert, key: key, dir: dir, CertFile: filepath.Join(dir, name+".pem"), serial: 1}
	writePEM(t, ca.CertFile, "CERTIFICATE", der)
	return ca
}

// certFiles are a certificate and its key on disk.
type certFiles struct{ Cert, Key string }

// issue signs a certificate for name, valid from notBefore to notAfter:
// for the server 127.0.0.1 when server is set, else a client certificate.
func (ca *testCA) issue(t testing.TB, name string, server bool, notBefore, notAfter time.Time) certFiles {
	t.Helper()
	key := newKey(t)
	ca.serial++
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(ca.serial), Subject: pkix.Name{CommonName: name},
		NotBefore: notBefore, NotAfter: notAfter, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageClientAuth},
	}
	if server {
		tmpl.ExtKeyUsage = []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}
		tmpl.IPAddresses = []net.IP{net.IPv4(127, 0, 0, 1)}
		tmpl.DNSNames = []string{"localhost"}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.cert, &key.PublicKey, ca.key)
	if err != nil {
		t.Fatal(err)
	}
	f := certFiles{Cert: filepath.Join(ca.dir, name+".pem"), Key: filepath.Join(ca.dir, name+".key")}
	writePEM(t, f.Cert, "CERTIFICATE", der)
	pkcs8, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	writePEM(t, f.Key, "PRIVATE KEY", pkcs8)
	return f
}

// valid issues a certificate valid now (from an hour ago for a day).
func (ca *testCA) valid(t testing.TB, name string, server bool) certFiles {
	now := time.Now()
	return ca.issue(t, name, server, now.Add(-time.Hour), now.Add(24*time.Hour))
}

// expired issues a client certificate that expired an hour ago.
func (ca *testCA) expired(t testing.TB, name string) certFiles {
	now := time.Now()
	return ca.issue(t, name, false, now.Add(-48*time.Hour), now.Add(-time.Hour))
}

// clientTLS is a TLS client configuration trusting ca, presenting cert
// (when it is not empty) to any server.
func clientTLS(t testing.TB, ca *testCA, cert certFiles) *tls.Config {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AddCert(ca.cert)
	c := &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}
	if cert.Cert != "" {
		kp, err := tls.LoadX509KeyPair(cert.Cert, cert.Key)
		if err != nil {
			t.Fatal(err)
		}
		// Present it whatever CAs the server names as acceptable (crypto/tls
		// would send none that does not match them).
		c.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &kp, nil }
	}
	return c
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func writePEM(t testing.TB, path, typ string, der []byte) {
	t.Helper()
	if err := os.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
}

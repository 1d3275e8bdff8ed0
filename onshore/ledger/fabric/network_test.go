package fabric_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
)

// The Fabric tier of the tests runs a real network with deploy/fabric's
// network.sh and needs Fabric's binaries:
//
//	RWABRIDGE_FABRIC_BIN   a directory holding peer, orderer, configtxgen,
//	                       cryptogen and osnadmin (a release tarball's bin/); the
//	                       ccaas external builder is looked up in
//	                       $RWABRIDGE_FABRIC_BIN/../builders/ccaas/bin/ (the
//	                       tarball's layout), else $RWABRIDGE_FABRIC_BIN/ccaas/bin/
//	                       (detect, build, release); Fabric's core.yaml and
//	                       orderer.yaml in $RWABRIDGE_FABRIC_BIN/../config/, else
//	                       $RWABRIDGE_FABRIC_BIN/config/
//	RWABRIDGE_FABRIC_CFG   optional: the config directory, if elsewhere
//	RWABRIDGE              optional: a built rwabridge binary (default: go build)
//	RWABRIDGE_FABRIC_KEEP  optional: leave the network running (its dir is logged)
//
// Without RWABRIDGE_FABRIC_BIN the tests skip.
const envFabricBin = "RWABRIDGE_FABRIC_BIN"

// testNet is a running network.
type testNet struct {
	dir       string // FABRIC_NET_DIR
	rwabridge string
	script    string
	env       []string
}

// startNetwork brings a network up with the rwabridge chaincode deployed,
// and takes it down when the test ends.
func startNetwork(t *testing.T, extraEnv ...string) *testNet {
	t.Helper()
	bin := os.Getenv(envFabricBin)
	if bin == "" {
		t.Skipf("%s is not set: the Fabric tests need Fabric's binaries (peer, orderer, configtxgen, cryptogen, osnadmin and the ccaas builder); see network_test.go", envFabricBin)
	}
	script, err := filepath.Abs("../../../deploy/fabric/network.sh")
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	n := &testNet{dir: filepath.Join(tmp, "net"), script: script, rwabridge: rwabridgeBinary(t)}
	n.env = append(os.Environ(),
		"FABRIC_BIN="+bin,
		"FABRIC_NET_DIR="+n.dir,
		"RWABRIDGE="+n.rwabridge,
		fmt.Sprintf("PORT_BASE=%d", 20000+os.Getpid()%20000),
	)
	if cfg := os.Getenv("RWABRIDGE_FABRIC_CFG"); cfg != "" {
		n.env = append(n.env, "FABRIC_CFG="+cfg)
	}
	n.env = append(n.env, extraEnv...)
	t.Cleanup(func() {
		if os.Getenv("RWABRIDGE_FABRIC_KEEP") != "" {
			t.Logf("RWABRIDGE_FABRIC_KEEP: the network keeps running in %s (stop it with FABRIC_NET_DIR=%s %s down)", n.dir, n.dir, script)
			return
		}
		if out, err := n.network("down"); err != nil {
			t.Errorf("network.sh down: %v\n%s", err, out)
		}
	})
	start := time.Now()
	if out, err := n.network("up"); err != nil {
		n.dumpLogs(t)
		t.Fatalf("network.sh up: %v\n%s", err, out)
	}
	if out, err := n.network("deploy"); err != nil {
		n.dumpLogs(t)
		t.Fatalf("network.sh deploy: %v\n%s", err, out)
	}
	t.Logf("network up and chaincode deployed in %s (%s)", time.Since(start).Round(100*time.Millisecond), n.dir)
	return n
}

// binDir holds the rwabridge binary the tests build, once per process.
var (
	binDir   string
	binOnce  sync.Once
	binBuilt string
	binErr   error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// rwabridgeBinary returns $RWABRIDGE, or builds cmd/rwabridge once.
func rwabridgeBinary(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("RWABRIDGE"); p != "" {
		return p
	}
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "rwabridge-fabric-test"); binErr != nil {
			return
		}
		binBuilt = filepath.Join(binDir, "rwabridge")
		out, err := exec.Command("go", "build", "-o", binBuilt, "github.com/rwabridge/rwabridge/cmd/rwabridge").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("building rwabridge: %w\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binBuilt
}

func (n *testNet) network(args ...string) (string, error) {
	cmd := exec.Command("bash", append([]string{n.script}, args...)...)
	cmd.Env = n.env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// dumpLogs logs the tail of every process log.
func (n *testNet) dumpLogs(t *testing.T) {
	t.Helper()
	logs, _ := filepath.Glob(filepath.Join(n.dir, "logs", "*.log"))
	for _, l := range logs {
		b, _ := os.ReadFile(l)
		if len(b) > 3000 {
			b = b[len(b)-3000:]
		}
		t.Logf("--- %s (tail)\n%s", filepath.Base(l), b)
	}
}

// clientConfig is the --ledger-config file network.sh wrote for org.
func (n *testNet) clientConfig(org string) string {
	return filepath.Join(n.dir, "clients", org+".yaml")
}

// rwa runs the rwabridge binary and fails the test on a non-zero exit.
func (n *testNet) rwa(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(n.rwabridge, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		n.dumpLogs(t)
		t.Fatalf("rwabridge %s: %v\n%s%s", strings.Join(args, " "), err, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// gateway connects to org's peer as org's admin.
func (n *testNet) gateway(t *testing.T, org string) *fabric.Gateway {
	t.Helper()
	return n.gatewayWithLog(t, org, nil)
}

// gatewayWithLog is gateway with a logger.
func (n *testNet) gatewayWithLog(t *testing.T, org string, log *slog.Logger) *fabric.Gateway {
	t.Helper()
	cfg := loadClientConfig(t, n.clientConfig(org))
	g, err := fabric.Connect(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { g.Close() })
	return g
}

// loadClientConfig reads the "fabric" section of a --ledger-config file.
func loadClientConfig(t *testing.T, path string) fabric.Config {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Backend string    `yaml:"backend"`
		Fabric  yaml.Node `yaml:"fabric"`
	}
	if err := yaml.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	section, err := yaml.Marshal(&file.Fabric)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := fabric.ParseConfig(section, filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// waitReady retries a query until the chaincode answers (a fresh network
// needs a moment for gossip and discovery).
func waitReady(t *testing.T, c *ledger.Client) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for {
		_, err := c.Stats(ctx)
		if err == nil {
			return
		}
		if ctx.Err() != nil {
			t.Fatalf("the chaincode does not answer: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// Package fabrictest runs a real Fabric network for tests with
// deploy/fabric's network.sh, and the rwabridge binary its chaincode and
// commands run as. It needs Fabric's binaries:
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
// Without RWABRIDGE_FABRIC_BIN, Start skips the test.
//
// It is test support: nothing outside tests may use it.
package fabrictest

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// EnvBin names Fabric's binaries' directory.
const EnvBin = "RWABRIDGE_FABRIC_BIN"

// Net is a running network.
type Net struct {
	Dir       string // FABRIC_NET_DIR
	Rwabridge string // the binary the chaincode runs as
	Script    string // network.sh
	Env       []string
}

// Root is the repository's root directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "..")
}

// Start brings a network up with the rwabridge chaincode deployed, and takes
// it down when the test ends. extraEnv goes to network.sh (e.g.
// CONTRACT_CONFIG=FILE, FABRIC_LOGGING_SPEC=warning).
func Start(t testing.TB, extraEnv ...string) *Net {
	t.Helper()
	bin := os.Getenv(EnvBin)
	if bin == "" {
		t.Skipf("%s is not set: the Fabric tests need Fabric's binaries (peer, orderer, configtxgen, cryptogen, osnadmin and the ccaas builder); see package fabrictest", EnvBin)
	}
	n := &Net{Dir: filepath.Join(t.TempDir(), "net"), Script: filepath.Join(Root(), "deploy", "fabric", "network.sh"), Rwabridge: Binary(t)}
	n.Env = append(os.Environ(),
		"FABRIC_BIN="+bin,
		"FABRIC_NET_DIR="+n.Dir,
		"RWABRIDGE="+n.Rwabridge,
		fmt.Sprintf("PORT_BASE=%d", 20000+os.Getpid()%20000),
	)
	if cfg := os.Getenv("RWABRIDGE_FABRIC_CFG"); cfg != "" {
		n.Env = append(n.Env, "FABRIC_CFG="+cfg)
	}
	n.Env = append(n.Env, extraEnv...)
	t.Cleanup(func() {
		if os.Getenv("RWABRIDGE_FABRIC_KEEP") != "" {
			t.Logf("RWABRIDGE_FABRIC_KEEP: the network keeps running in %s (stop it with FABRIC_NET_DIR=%s %s down)", n.Dir, n.Dir, n.Script)
			return
		}
		if out, err := n.Network("down"); err != nil {
			t.Errorf("network.sh down: %v\n%s", err, out)
		}
	})
	start := time.Now()
	if out, err := n.Network("up"); err != nil {
		n.DumpLogs(t)
		t.Fatalf("network.sh up: %v\n%s", err, out)
	}
	if out, err := n.Network("deploy"); err != nil {
		n.DumpLogs(t)
		t.Fatalf("network.sh deploy: %v\n%s", err, out)
	}
	t.Logf("network up and chaincode deployed in %s (%s)", time.Since(start).Round(100*time.Millisecond), n.Dir)
	return n
}

// binDir holds the rwabridge binary the tests build, once per process.
var (
	binDir   string
	binOnce  sync.Once
	binBuilt string
	binErr   error
)

// Binary returns $RWABRIDGE, or builds cmd/rwabridge once per process
// (RemoveBinary removes it: call it from TestMain).
func Binary(t testing.TB) string {
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

// RemoveBinary removes the binary Binary built, if any.
func RemoveBinary() {
	if binDir != "" {
		os.RemoveAll(binDir)
	}
}

// Network runs network.sh with args on this network.
func (n *Net) Network(args ...string) (string, error) {
	cmd := exec.Command("bash", append([]string{n.Script}, args...)...)
	cmd.Env = n.Env
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// DumpLogs logs the tail of every process log.
func (n *Net) DumpLogs(t testing.TB) {
	t.Helper()
	logs, _ := filepath.Glob(filepath.Join(n.Dir, "logs", "*.log"))
	for _, l := range logs {
		b, _ := os.ReadFile(l)
		if len(b) > 3000 {
			b = b[len(b)-3000:]
		}
		t.Logf("--- %s (tail)\n%s", filepath.Base(l), b)
	}
}

// ClientConfig is the --ledger-config file network.sh wrote for org
// (operator, auditor or custodian).
func (n *Net) ClientConfig(org string) string {
	return filepath.Join(n.Dir, "clients", org+".yaml")
}

// Rwa runs the rwabridge binary and fails the test on a non-zero exit.
func (n *Net) Rwa(t testing.TB, args ...string) string {
	t.Helper()
	out, errOut, err := n.Run(args...)
	if err != nil {
		n.DumpLogs(t)
		t.Fatalf("rwabridge %s: %v\n%s%s", strings.Join(args, " "), err, out, errOut)
	}
	return out
}

// Run runs the rwabridge binary and returns its stdout, stderr and error
// (an *exec.ExitError for a non-zero exit).
func (n *Net) Run(args ...string) (stdout, stderr string, err error) {
	cmd := exec.Command(n.Rwabridge, args...)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	return o.String(), e.String(), err
}

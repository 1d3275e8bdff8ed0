package fabric_test

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric/fabrictest"
)

// The Fabric tier of the tests runs a real network with deploy/fabric's
// network.sh (package fabrictest: RWABRIDGE_FABRIC_BIN and friends); without
// RWABRIDGE_FABRIC_BIN the tests skip.

// testNet is a running network.
type testNet = fabrictest.Net

// startNetwork brings a network up with the rwabridge chaincode deployed,
// and takes it down when the test ends.
func startNetwork(t *testing.T, extraEnv ...string) *testNet {
	t.Helper()
	return fabrictest.Start(t, extraEnv...)
}

func TestMain(m *testing.M) {
	code := m.Run()
	fabrictest.RemoveBinary()
	os.Exit(code)
}

// gateway connects to org's peer as org's admin.
func gateway(t *testing.T, n *testNet, org string) *fabric.Gateway {
	t.Helper()
	return gatewayWithLog(t, n, org, nil)
}

// gatewayWithLog is gateway with a logger.
func gatewayWithLog(t *testing.T, n *testNet, org string, log *slog.Logger) *fabric.Gateway {
	t.Helper()
	cfg := loadClientConfig(t, n.ClientConfig(org))
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

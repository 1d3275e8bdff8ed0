package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/devnode"
)

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeDeployConfig writes a deployment config naming members as the
// committee and governor as the timelock's proposer and executor and the
// holder of every role.
func writeDeployConfig(t *testing.T, dir, vkDir string, governor common.Address, members ...common.Address) string {
	t.Helper()
	policyFile, err := filepath.Abs(dailyPolicy)
	if err != nil {
		t.Fatal(err)
	}
	var ms []string
	for _, m := range members {
		ms = append(ms, m.Hex())
	}
	cfg := fmt.Sprintf(`committee:
  members: [%s]
  threshold: 2
pool: pool-a
policy: %s
vk_dir: %s
token:
  name: Pool A revenue share
  symbol: PAR
governance:
  delay: 1h
  admin_transfer_delay: 2h
  proposers: [%[4]s]
  executors: [%[4]s]
roles:
  guardian: %[4]s
  operator: %[4]s
  agent: %[4]s
`, strings.Join(ms, ", "), policyFile, vkDir, governor.Hex())
	path := filepath.Join(dir, "deploy.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestOffshoreDeployNamesWhatIsMissingOrWrong(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "k")
	if err := os.WriteFile(keyFile, []byte("not hex\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	badCfg := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(badCfg, []byte("committee: {members: [], threshold: 0}\nsurprise: 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := []common.Address{common.HexToAddress("0x01"), common.HexToAddress("0x02"), common.HexToAddress("0x03")}
	noKeys := writeDeployConfig(t, dir, filepath.Join(dir, "no-keys"), m[0], m...)
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no flags", []string{"offshore", "deploy"}, 2, "missing --rpc"},
		{"no key file", []string{"offshore", "deploy", "--rpc", "http://127.0.0.1:1"}, 2, "missing --key-file"},
		{"no config", []string{"offshore", "deploy", "--rpc", "http://127.0.0.1:1", "--key-file", keyFile}, 2, "missing --config"},
		{"an unknown config key", []string{"offshore", "deploy", "--rpc", "http://127.0.0.1:1", "--key-file", keyFile, "--config", badCfg}, 2, "surprise"},
		{"no verifying key", []string{"offshore", "deploy", "--rpc", "http://127.0.0.1:1", "--key-file", keyFile, "--config", noKeys}, 2, "vk_dir"},
		{"an unknown subcommand", []string{"offshore", "destroy"}, 2, "unknown subcommand"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, c.args...)
			if code != c.code || !strings.Contains(errOut, c.want) {
				t.Fatalf("exit %d, stderr %q; want exit %d mentioning %q", code, errOut, c.code, c.want)
			}
		})
	}
}

func TestOffshoreDeployHelpHasAnExample(t *testing.T) {
	for _, args := range [][]string{{"offshore", "--help"}, {"offshore", "deploy", "--help"}, {"bench", "gas", "--help"}} {
		code, out, _ := runCLI(t, args...)
		if code != 0 || !strings.Contains(out, "Examples:") {
			t.Fatalf("%v: exit %d, output:\n%s", args, code, out)
		}
	}
}

func findGeth() string {
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	out, err := exec.Command("go", "env", "GOPATH").Output()
	if err != nil {
		return ""
	}
	p := filepath.Join(strings.TrimSpace(string(out)), "bin", "geth")
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

func TestOffshoreDeployPrintsTheAddressesOfAWorkingDeploymentOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("geth --dev deployment skipped in -short")
	}
	geth := findGeth()
	if geth == "" {
		t.Skip("geth is not installed: run scripts/install-test-deps.sh (go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	n, err := devnode.Start(ctx, geth, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer n.Stop()
	dir := t.TempDir()
	keysDir := filepath.Join(dir, "keys")
	if _, err := chaintest.KeysIn(ctx, keysDir); err != nil {
		t.Fatal(err)
	}
	var members []common.Address
	for range 3 {
		k, _ := crypto.GenerateKey()
		members = append(members, crypto.PubkeyToAddress(k.PublicKey))
	}
	cfg := writeDeployConfig(t, dir, keysDir, crypto.PubkeyToAddress(n.Key.PublicKey), members...)
	keyFile := filepath.Join(dir, "deployer.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(n.Key))+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "offshore", "deploy", "--rpc", n.URL, "--key-file", keyFile, "--config", cfg)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	if !strings.Contains(errOut, "INSECURE") || !strings.Contains(errOut, "TEST-ONLY") {
		t.Fatalf("no warnings about dev keys and the test stablecoin:\n%s", errOut)
	}
	var a struct {
		Registry, Verifier, Token string
		VKHash                    string `json:"vk_hash"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("%v in:\n%s", err, out)
	}
	client, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	for name, x := range map[string]string{"registry": a.Registry, "verifier": a.Verifier, "token": a.Token} {
		code, err := client.CodeAt(ctx, common.HexToAddress(x), nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("%s at %s has no code (%v)", name, x, err)
		}
	}
}

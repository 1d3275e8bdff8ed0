package offshore_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/devnode"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/policies"
)

// findGeth returns geth from PATH or from `go env GOPATH`/bin, where
// scripts/install-test-deps.sh puts it; "" when absent.
func findGeth(t testing.TB) string {
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	out, err := exec.Command("go", "env", "GOPATH").Output()
	if err != nil {
		return ""
	}
	for _, dir := range filepath.SplitList(strings.TrimSpace(string(out))) {
		p := filepath.Join(dir, "bin", "geth")
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return ""
}

// startGeth starts geth --dev or skips the test when geth is absent.
func startGeth(t *testing.T) *devnode.Node {
	t.Helper()
	geth := findGeth(t)
	if geth == "" {
		t.Skip("geth is not installed: run scripts/install-test-deps.sh (go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n, err := devnode.Start(ctx, geth, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Stop)
	return n
}

func TestARealDisclosureOnGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("geth --dev integration test skipped in -short")
	}
	n := startGeth(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	client, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	chain := &onchain.Chain{Backend: client}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	opts := bind.NewKeyedTransactor(n.Key, chainID)
	members := []*keysAndAddr{newMember(t), newMember(t), newMember(t)}
	p, _ := policies.Default()
	h, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The dev chain's genesis is at time 0; its blocks follow the clock.
	epoch := max(h.Time, uint64(time.Now().Unix()))/p.EpochSeconds() - 1
	a, err := deploy.Deploy(ctx, chain, opts, &deploy.Plan{
		Committee: []common.Address{members[0].addr, members[1].addr, members[2].addr}, Threshold: 2,
		Pool: testPool, Policy: p, VK: summaryKeys(t).VK, TokenName: "Pool A", TokenSymbol: "PA", FirstEpoch: &epoch,
		Guardian: opts.From, Operator: opts.From, Agent: opts.From,
		Governance: deploy.Governance{Delay: time.Hour, AdminTransferDelay: time.Hour,
			Proposers: []common.Address{opts.From}, Executors: []common.Address{opts.From}},
	})
	if err != nil {
		t.Fatal(err)
	}
	sub, err := disclosure.FromBundle(realBundle(t, epoch))
	if err != nil {
		t.Fatal(err)
	}
	d := sub.Disclosure
	dom := disclosure.Domain{ChainID: chainID, Registry: a.Registry}
	var sigs []disclosure.Signature
	for _, m := range members[:2] {
		s, err := disclosure.Sign(&d, dom, m.key)
		if err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, s)
	}
	q, err := disclosure.Quorum(sigs, 2)
	if err != nil {
		t.Fatal(err)
	}
	r, err := chain.Send(ctx, opts, a.Registry, registry.Calldata(sub, q))
	if err != nil {
		t.Fatalf("disclosure on geth --dev: %v", err)
	}
	t.Logf("geth --dev (pid %d): disclosure of epoch %d in block %d, gas %d", n.PID(), epoch, r.BlockNumber, r.GasUsed)
	_, err = chain.Send(ctx, opts, a.Registry, registry.Calldata(sub, q))
	wantRevert(t, err, "DuplicateEpoch")
}

package relay_test

import (
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/rwabridge/rwabridge/bridge/internal/bridgetest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

func TestWithOneAttestationShortOfTheThresholdTheRelayerWaits(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1, Members: 3, Threshold: 2, Attest: 1})
	key := w.Chain.Funded[0]
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, key)
	e := w.Epochs[0]
	for range 3 {
		rep, err := g.r.Once(ctx)
		if err != nil {
			t.Fatal(err)
		}
		er := rep.Epoch(bridgetest.Pool, e)
		if er.To != outbox.Proved || !strings.Contains(strings.Join(er.Notes, ";"), "waiting for attestations: 1 of 2") {
			t.Fatalf("with k-1 attestations: %s, %v", er.To, er.Notes)
		}
		w.Chain.Commit()
	}
	if n, _ := w.Chain.Client.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil); n != 0 {
		t.Fatalf("the relayer sent %d transactions without a quorum", n)
	}

	// The registry itself refuses the short quorum.
	entry, _, err := g.box.Get(bridgetest.Pool, e)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := g.box.ReadBundle(entry.Bundle, entry.BundleSHA256)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	sig, err := disclosure.Sign(&sub.Disclosure, w.Domain(), w.Dep.Members()[0])
	if err != nil {
		t.Fatal(err)
	}
	data, err := registry.SignedCalldata(sub, []disclosure.Signature{sig}, 1)
	if err != nil {
		t.Fatal(err)
	}
	reg := w.Dep.Addresses.Registry
	_, err = w.Chain.Client.CallContract(ctx, ethereum.CallMsg{From: crypto.PubkeyToAddress(key.PublicKey), To: &reg, Data: data}, nil)
	if name := onchain.RevertName(err); name != "InsufficientSignatures" {
		t.Fatalf("one signature of two: revert %q (%v), want InsufficientSignatures", name, err)
	}

	if err := w.Attest(ctx, e, 2); err != nil {
		t.Fatal(err)
	}
	g.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	checkOnce(t, ctx, w, g, key)
}

func TestAnEpochAnotherRelayerPostedIsDoneNotAnError(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 2})
	a := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[0])
	b := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[1])
	// Both send before anything is mined: one of each pair reverts on-chain.
	for _, g := range []*rig{a, b} {
		if _, err := g.r.Once(ctx); err != nil {
			t.Fatal(err)
		}
	}
	repA := a.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	repB := b.untilDone(t, ctx, func() { w.Chain.Commit() }, 40)
	already := 0
	for _, rep := range []*relay.Report{repA, repB} {
		for _, e := range rep.Epochs {
			if e.To != outbox.Exported || e.Err != nil {
				t.Errorf("epoch %d: %s, %v", e.Epoch, e.To, e.Err)
			}
			if e.AlreadyPosted {
				already++
			}
		}
	}
	if already != len(w.Epochs) {
		t.Errorf("%d epochs reported already posted, want %d (one relayer lost each race)", already, len(w.Epochs))
	}
	got, _ := w.Disclosures(ctx)
	for _, e := range w.Epochs {
		if got[e] != 1 {
			t.Errorf("epoch %d disclosed %d times", e, got[e])
		}
	}
	// A third relayer arriving later sends nothing.
	c := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, w.Chain.Funded[2])
	rep := c.untilDone(t, ctx, func() { w.Chain.Commit() }, 5)
	for _, e := range rep.Epochs {
		if !e.AlreadyPosted {
			t.Errorf("late relayer: epoch %d not reported already posted: %v", e.Epoch, e.Notes)
		}
	}
	if n, _ := w.Chain.Client.NonceAt(ctx, crypto.PubkeyToAddress(w.Chain.Funded[2].PublicKey), nil); n != 0 {
		t.Errorf("late relayer sent %d transactions", n)
	}
	if p := proofCounts(t, c.proof); len(p) != 0 {
		t.Errorf("late relayer proved %v", p)
	}
}

// faultyProxy forwards JSON-RPC to target and injects faults in a share
// of requests: a 503 before forwarding, a connection dropped before
// forwarding, or a connection dropped after the node answered (the
// request took effect, its answer is lost).
type faultyProxy struct {
	srv      *httptest.Server
	rate     float64
	mu       sync.Mutex
	rng      *rand.Rand
	requests atomic.Int64
	faults   map[string]int
}

func newFaultyProxy(t *testing.T, target string, rate float64, seed uint64) *faultyProxy {
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &faultyProxy{rate: rate, rng: rand.New(rand.NewPCG(seed, seed)), faults: map[string]int{}}
	rp := httputil.NewSingleHostReverseProxy(u)
	p.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.requests.Add(1)
		p.mu.Lock()
		x := p.rng.Float64()
		p.mu.Unlock()
		third := p.rate / 3
		switch {
		case x < third:
			p.count("503")
			http.Error(w, "injected outage", http.StatusServiceUnavailable)
		case x < 2*third:
			p.count("drop-request")
			hijackClose(w)
		case x < p.rate:
			p.count("drop-response")
			rec := httptest.NewRecorder()
			rp.ServeHTTP(rec, r)
			hijackClose(w)
		default:
			rp.ServeHTTP(w, r)
		}
	}))
	t.Cleanup(p.srv.Close)
	return p
}

func (p *faultyProxy) count(kind string) {
	p.mu.Lock()
	p.faults[kind]++
	p.mu.Unlock()
}

func (p *faultyProxy) total() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := 0
	for _, v := range p.faults {
		n += v
	}
	return n
}

func hijackClose(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if c, _, err := hj.Hijack(); err == nil {
			c.Close()
			return
		}
	}
	w.WriteHeader(http.StatusBadGateway)
}

func TestThirtyPercentOfRPCRequestsFailingStillLandsEveryDisclosureOnce(t *testing.T) {
	total, requests := 0, int64(0)
	for _, seed := range []uint64{7, 11, 23} {
		t.Run(fmt.Sprintf("fault seed %d", seed), func(t *testing.T) {
			ctx := context.Background()
			w := newWorld(t, bridgetest.WorldOptions{Epochs: 3})
			proxy := newFaultyProxy(t, w.Chain.URL, 0.30, seed)
			client, err := ethclient.Dial(proxy.srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			key := w.Chain.Funded[0]
			g := newRig(t, w, testConfig(w, t.TempDir()), client, key)
			w.Chain.StartMiner(100 * time.Millisecond)
			defer w.Chain.StopMiner()
			g.untilDone(t, ctx, nil, 200)
			w.Chain.StopMiner()
			checkOnce(t, ctx, w, g, key)
			t.Logf("RPC faults injected and survived: %d of %d requests (%v)", proxy.total(), proxy.requests.Load(), proxy.faults)
			if proxy.total() == 0 {
				t.Fatal("no fault injected")
			}
			total += proxy.total()
			requests += proxy.requests.Load()
		})
	}
	t.Logf("RPC faults injected and survived in all: %d of %d requests", total, requests)
}

func TestAReorgThatDropsTheInclusionIsNoticedAndReposted(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1})
	key := w.Chain.Funded[0]
	cfg := testConfig(w, t.TempDir())
	cfg.Confirmations = 4
	g := newRig(t, w, cfg, w.Chain.Client, key)
	e := w.Epochs[0]
	rep, err := g.r.Once(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := rep.Epoch(bridgetest.Pool, e).To; got != outbox.Submitted {
		t.Fatalf("after one pass: %s", got)
	}
	head, err := w.Chain.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	parent := head.Hash()
	w.Chain.Commit() // includes the disclosure
	if rep, err = g.r.Once(ctx); err != nil {
		t.Fatal(err)
	}
	entry, _, _ := g.box.Get(bridgetest.Pool, e)
	if entry.Included == nil || entry.State != outbox.Submitted {
		t.Fatalf("included but not deep: %+v", entry)
	}
	first := *entry.Included
	// The block with the disclosure is replaced by a longer side chain.
	if err := w.Chain.Fork(parent); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		w.Chain.Commit()
	}
	h, err := w.Chain.Client.HeaderByNumber(ctx, new(big.Int).SetUint64(first.Block))
	if err != nil {
		t.Fatal(err)
	}
	if field.Digest(h.Hash()) == first.BlockHash {
		t.Fatal("the fork did not replace the inclusion block")
	}
	rep = g.untilDone(t, ctx, func() { w.Chain.Commit() }, 30)
	entry, _, _ = g.box.Get(bridgetest.Pool, e)
	if entry.Reorgs < 1 {
		t.Fatalf("the relayer did not notice the reorg: %+v", entry)
	}
	if entry.Included.BlockHash == first.BlockHash {
		t.Fatalf("final inclusion is the orphaned block %s", first.BlockHash)
	}
	checkOnce(t, ctx, w, g, key)
	t.Logf("reorgs injected 1, noticed %d; first inclusion block %d %s, final block %d %s", entry.Reorgs,
		first.Block, first.BlockHash[:10], entry.Included.Block, entry.Included.BlockHash[:10])
}

// hogAddress holds code that loops until it runs out of gas: a
// transaction to it with the block's gas limit fills a block.
var hogAddress = common.HexToAddress("0x00000000000000000000000000000000000b0a7e")

func TestABaseFeeSpikeStrandsATransactionAndTheSameNonceReplacementConfirms(t *testing.T) {
	ctx := context.Background()
	const gasLimit = 16_000_000 // Osaka caps a transaction at 2^24 gas: one hog fills a block
	w := newWorld(t, bridgetest.WorldOptions{Epochs: 1, Chain: chaintest.ChainOptions{GasLimit: gasLimit,
		Code: map[common.Address][]byte{hogAddress: {0x5b, 0x60, 0x00, 0x56}}}})
	key, hog := w.Chain.Funded[0], w.Chain.Funded[1]
	g := newRig(t, w, testConfig(w, t.TempDir()), w.Chain.Client, key)
	e := w.Epochs[0]
	if _, err := g.r.Once(ctx); err != nil {
		t.Fatal(err)
	}
	entry, _, _ := g.box.Get(bridgetest.Pool, e)
	if entry.State != outbox.Submitted {
		t.Fatalf("after one pass: %s", entry.State)
	}
	before, _ := w.Chain.Client.HeaderByNumber(ctx, nil)
	chainID := w.Chain.ID
	signer := types.LatestSignerForChainID(chainID)
	hogNonce, _ := w.Chain.Client.NonceAt(ctx, crypto.PubkeyToAddress(hog.PublicKey), nil)
	spiked := 0
	for ; spiked < 40; spiked++ {
		h, _ := w.Chain.Client.HeaderByNumber(ctx, nil)
		if h.BaseFee.Cmp(new(big.Int).Mul(before.BaseFee, big.NewInt(20))) >= 0 {
			break
		}
		tx := types.MustSignNewTx(hog, signer, &types.DynamicFeeTx{ChainID: chainID, Nonce: hogNonce, To: &hogAddress,
			Gas: gasLimit, GasTipCap: big.NewInt(1e12), GasFeeCap: big.NewInt(1e15)})
		if err := w.Chain.Client.SendTransaction(ctx, tx); err != nil {
			t.Fatal(err)
		}
		hogNonce++
		w.Chain.Commit()
	}
	after, _ := w.Chain.Client.HeaderByNumber(ctx, nil)
	first := entry.Txs[0]
	if r, err := w.Chain.Client.TransactionReceipt(ctx, common.Hash(first.Hash)); err == nil {
		t.Fatalf("the first transaction was mined during the spike (block %d)", r.BlockNumber)
	}
	feeCap, _ := new(big.Int).SetString(first.FeeCap, 10)
	if feeCap.Cmp(after.BaseFee) >= 0 {
		t.Fatalf("fee cap %s still above the spiked base fee %s", feeCap, after.BaseFee)
	}
	// The spike pushed the head past the dev chain's first 32-block
	// finalization epoch: confirmation also waits for the finalized tag.
	rep := g.untilDone(t, ctx, func() { w.Chain.Commit() }, 80)
	entry, _, _ = g.box.Get(bridgetest.Pool, e)
	if fin, err := w.Chain.Client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber))); err != nil || fin.Number.Uint64() < entry.Included.Block {
		t.Fatalf("confirmed before the inclusion block %d was finalized (%v, %v)", entry.Included.Block, fin, err)
	}
	if len(entry.Txs) < 2 {
		t.Fatalf("no replacement: %+v", rep.Epochs)
	}
	for _, tx := range entry.Txs {
		if tx.Nonce != first.Nonce {
			t.Fatalf("replacement with nonce %d, first had %d", tx.Nonce, first.Nonce)
		}
	}
	last := entry.Txs[len(entry.Txs)-1]
	if entry.Included.TxHash != last.Hash || last.Hash == first.Hash {
		t.Fatalf("included %s; first %s, last %s", entry.Included.TxHash, first.Hash, last.Hash)
	}
	lastCap, _ := new(big.Int).SetString(last.FeeCap, 10)
	lastTip, _ := new(big.Int).SetString(last.TipCap, 10)
	firstTip, _ := new(big.Int).SetString(first.TipCap, 10)
	if lastCap.Cmp(new(big.Int).Div(new(big.Int).Mul(feeCap, big.NewInt(110)), big.NewInt(100))) < 0 ||
		lastTip.Cmp(new(big.Int).Div(new(big.Int).Mul(firstTip, big.NewInt(110)), big.NewInt(100))) < 0 {
		t.Fatalf("replacement raised tip %s → %s and fee cap %s → %s: less than +10%%", firstTip, lastTip, feeCap, lastCap)
	}
	checkOnce(t, ctx, w, g, key)
	t.Logf("base fee %s → %s wei (×%.1f) in %d full blocks; stranded tx fee cap %s; replacement %d of nonce %d: tip %s, fee cap %s",
		before.BaseFee, after.BaseFee, float64(after.BaseFee.Uint64())/float64(before.BaseFee.Uint64()), spiked, feeCap,
		len(entry.Txs)-1, first.Nonce, lastTip, lastCap)
}

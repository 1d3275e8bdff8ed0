package demo

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/bridge/attest"
	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/bridge/relay"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// attestAll runs every committee org's attestor once, each as its org on
// the ledger, and says what each did.
func (r *run) attestAll(ctx context.Context) (string, error) {
	l, _, err := r.openLedger()
	if err != nil {
		return "", err
	}
	info := r.rep.Chain
	var parts []string
	for _, org := range Committee {
		cfg := attest.Default()
		cfg.Org = org
		cfg.Key.File = r.chain.keyFiles[org]
		cfg.Ledger.Data = r.cfg.DataDir
		cfg.ChainID = info.ChainID.Uint64()
		cfg.Registry = info.Addresses.Registry.Hex()
		client := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: org, ID: "attestor"}))
		a, err := attest.New(cfg, client, r.chain.orgs[org], r.log.With("part", "attestor"),
			attest.WithRegisterer(r.registerer(prometheus.Labels{"org": org})), attest.WithPolicies([]*policy.Policy{r.policy}))
		if err != nil {
			return "", fmt.Errorf("attestor of %s: %w", org, err)
		}
		rep, err := a.Once(ctx)
		if err != nil {
			return "", fmt.Errorf("attestor of %s: %w", org, err)
		}
		parts = append(parts, fmt.Sprintf("%s %d new, %d suppressed, %d already", org,
			rep.Count(attest.Attested), rep.Count(attest.Suppressed), rep.Count(attest.Already)))
		if rep.Count(attest.Refused) > 0 {
			return "", fmt.Errorf("attestor of %s refused %d seal(s)", org, rep.Count(attest.Refused))
		}
	}
	return "attestations: " + strings.Join(parts, "; "), nil
}

// relay attests every seal with each org's attestor, then posts every
// disclosable epoch with the relayer.
func (r *run) relay(ctx context.Context) (string, error) {
	att, err := r.attestAll(ctx)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(r.out, "      %s\n", att)
	posted, err := r.post(ctx)
	if err != nil {
		return "", err
	}
	if posted == 0 {
		return "", ErrNothingDisclosed
	}
	// Its nonce counts its transactions: an epoch of more chunks than one
	// transaction carries goes in parts, one transaction each.
	txs, err := r.chain.sim.Chain.PendingNonceAt(ctx, r.rep.Chain.Relayer)
	if err != nil {
		return "", fmt.Errorf("relayer's nonce: %w", err)
	}
	return fmt.Sprintf("%d disclosure(s) posted by the relayer %s in %d transaction(s)", posted, r.rep.Chain.Relayer.Hex(), txs), nil
}

// relayPasses bounds the relayer passes of one run per transaction of an
// epoch: each pass moves every epoch as far as it can, and a block is
// mined between passes.
const relayPasses = 60

// provenBundles hands the relayer the bundles the prove stage made (the
// relayer checks each against its seal), proving with the bridge's prover
// only an epoch the stage did not prove.
type provenBundles struct {
	bundles map[ledger.SealRef]*bundle.Bundle
	prover  relay.Prover
}

func (p *provenBundles) Prove(ctx context.Context, seal *ledger.Seal) (*bundle.Bundle, error) {
	if b, ok := p.bundles[ledger.SealRef{Pool: seal.Pool, Epoch: seal.Epoch}]; ok {
		return b, nil
	}
	return p.prover.Prove(ctx, seal)
}

// OutboxDir is where a run's relayer keeps its outbox (DataDir-relative).
const OutboxDir = "l2/relay"

// post runs the relayer until every disclosable epoch is exported (posted,
// confirmed and logged on the ledger) and records the transactions. The
// relayer's outbox lives in DataDir/OutboxDir and starts empty each run: the
// simulated chain it tracked is gone.
func (r *run) post(ctx context.Context) (int, error) {
	_, client, err := r.openLedger()
	if err != nil {
		return 0, err
	}
	dir := filepath.Join(r.cfg.DataDir, OutboxDir)
	if err := os.RemoveAll(dir); err != nil {
		return 0, fmt.Errorf("relayer outbox: %w", err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, fmt.Errorf("relayer outbox: %w", err)
	}
	ob, err := outbox.Open(dir, 2*time.Second)
	if err != nil {
		return 0, fmt.Errorf("relayer outbox: %w", err)
	}
	defer ob.Close()
	pb := &provenBundles{bundles: map[ledger.SealRef]*bundle.Bundle{},
		prover: &prove.Prover{Records: client, Keys: r.keySet, Policies: []*policy.Policy{r.policy}}}
	for _, ep := range r.rep.Epochs {
		if ep.Bundle != nil {
			pb.bundles[ledger.SealRef{Pool: ep.Seal.Pool, Epoch: ep.Seal.Epoch}] = ep.Bundle
		}
	}
	cfg := relay.Default()
	cfg.Key.File = r.chain.keyFiles["relayer"]
	cfg.Ledger.Data = r.cfg.DataDir
	cfg.Keys = r.cfg.KeysDir
	cfg.Outbox = dir
	cfg.RPC = "in-process simulated chain"
	cfg.ChainID = r.rep.Chain.ChainID.Uint64()
	cfg.Registry = r.rep.Chain.Addresses.Registry.Hex()
	cfg.Pools = []telemetry.PoolID{r.cfg.Pool}
	cfg.Confirmations = 2
	if r.chunksPerTx > 0 {
		cfg.ChunksPerTx = r.chunksPerTx
	}
	// An epoch in parts takes a round of passes per part (each waits for
	// its depth and the simulated chain's finalized tag).
	passes := 0
	for _, ep := range r.rep.Epochs {
		passes = max(passes, relayPasses*((len(ep.Seal.Chunks)+cfg.ChunksPerTx-1)/cfg.ChunksPerTx))
	}
	rl, err := relay.New(cfg, relay.Deps{
		Ledger: client, Chain: r.chain.sim.Client(), Prover: pb, Outbox: ob, Key: r.chain.relayer,
		Logger: r.log.With("part", "relayer"), Registerer: r.registry(),
	})
	if err != nil {
		return 0, err
	}
	want := len(r.rep.Epochs) // every epoch, in order: suppressed ones too
	var rep *relay.Report
	for pass := 0; ; pass++ {
		if pass == passes {
			return 0, fmt.Errorf("the relayer did not finish in %d passes: %s", passes, pending(rep))
		}
		if rep, err = rl.Once(ctx); err != nil {
			return 0, fmt.Errorf("relayer: %w", err)
		}
		done := 0
		for _, e := range rep.Epochs {
			if e.To == outbox.Exported {
				done++
			}
		}
		if done == want {
			break
		}
		r.chain.sim.Commit() // the simulated chain mines what is pending
	}
	n := 0
	for _, ep := range r.rep.Epochs {
		er := rep.Epoch(ep.Seal.Pool, ep.Seal.Epoch)
		if er == nil || er.To != outbox.Exported {
			continue
		}
		ep.TxHash = er.TxHash
		n++
	}
	return n, nil
}

// pending says which epochs a relayer pass left unfinished and why.
func pending(rep *relay.Report) string {
	if rep == nil {
		return "no pass"
	}
	var out []string
	for _, e := range rep.Epochs {
		if e.To != outbox.Exported {
			out = append(out, fmt.Sprintf("epoch %d %s (%s)", e.Epoch, e.To, strings.Join(e.Notes, "; ")))
		}
	}
	return strings.Join(out, ", ")
}

package fabric

import (
	"context"
	"crypto/ed25519"
	"log/slog"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/agent"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/onshore/telemetry/sigtest"
)

// TestEdgeSignaturesGetOneVerdictAtTheAgentTheEmbeddedLedgerAndTheChaincode
// feeds the same signatures at the edges of the ed25519 rules (a mixed-order
// R that crypto/ed25519 refuses and ZIP 215 accepts, a non-canonical s, a
// small-order R, …) to the agent's edge, the embedded ledger and the
// chaincode, among valid events so they travel in batches, and requires one
// verdict everywhere, the expected one: if two nodes disagreed on an event,
// two peers could disagree on a block.
func TestEdgeSignaturesGetOneVerdictAtTheAgentTheEmbeddedLedgerAndTheChaincode(t *testing.T) {
	ctx := context.Background()
	const registry = "edge-registry"
	day := time.Now().UTC().Truncate(24 * time.Hour)
	key := func(c uint32) ed25519.PrivateKey {
		seed := make([]byte, ed25519.SeedSize)
		seed[0], seed[1] = byte(c), 0xe9
		return ed25519.NewKeyFromSeed(seed)
	}
	reg := telemetry.NewRegistry(registry)
	for c := range uint32(6) {
		if err := reg.Add(telemetry.Device{Cabinet: c, Pool: "edge-pool", PublicKey: key(c).Public().(ed25519.PublicKey), RegisteredAt: day.Add(-24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	event := func(c uint32, seq uint64) telemetry.Event {
		return telemetry.Event{Pool: "edge-pool", Cabinet: c, Seq: seq, Time: day.Unix() + int64(seq),
			EnergyWh: 1500, FeeCents: 300, SoCIn: 15, SoCOut: 95, SoHPermille: 900}
	}
	// Cabinet 0 signs one event per edge case; cabinets 1..5 sign valid
	// events around them.
	var evs []telemetry.SignedEvent
	var want []bool
	var names []string
	refused := 0
	for i := range len(sigtest.Cases(registry, key(0), event(0, 1))) {
		e := event(0, uint64(i+1))
		c := sigtest.Cases(registry, key(0), e)[i]
		evs = append(evs, telemetry.SignedEvent{Event: e, Sig: c.Sig})
		want, names = append(want, c.Valid), append(names, c.Name)
		if !c.Valid {
			refused++
		}
		for cab := uint32(1); cab < 6; cab++ {
			evs = append(evs, telemetry.Sign(registry, key(cab), event(cab, uint64(i+1))))
			want, names = append(want, true), append(names, "a valid event")
		}
	}
	if refused < 3 {
		t.Fatalf("only %d refused cases: the edges are not covered", refused)
	}

	// The agent's edge.
	chain := ledger.NewClient(&stubInvoker{p: newTestPeer(t)})
	cfg := agent.Default()
	cfg.DataDir, cfg.Devices = t.TempDir(), "devices.yaml"
	cfg.Quarantine = agent.QuarantineOff
	a, err := agent.New(cfg, reg, chain, agent.Options{Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	items := make([]agent.Item, len(evs))
	for i := range evs {
		items[i] = agent.Item{Event: evs[i]}
	}
	atEdge, err := a.Ingest(ctx, "edge-test", items, nil)
	if err != nil {
		t.Fatal(err)
	}

	// The embedded ledger and the chaincode (the same contract code over
	// two back ends), each sent the whole batch directly.
	l, err := embedded.OpenDir(t.TempDir(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	emb := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: "OperatorMSP", ID: "edge-test", Admin: true}))
	cc := ledger.NewClient(&stubInvoker{p: newTestPeer(t)})
	verdicts := map[string][]ledger.EventResult{}
	for name, c := range map[string]*ledger.Client{"embedded ledger": emb, "chaincode": cc} {
		if _, err := c.RegisterDevices(ctx, reg); err != nil {
			t.Fatal(err)
		}
		res, err := c.SubmitBatch(ctx, evs)
		if err != nil {
			t.Fatal(err)
		}
		verdicts[name] = res
	}
	for i := range evs {
		edge := atEdge[i] == nil
		for name, res := range verdicts {
			if stored := res[i].Status == ledger.StatusStored; stored != want[i] || edge != want[i] {
				t.Errorf("event %d (%s): agent edge %v (%v), %s %s, want valid %v", i, names[i], edge, atEdge[i], name, res[i].Status, want[i])
			}
		}
	}
}

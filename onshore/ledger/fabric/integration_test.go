package fabric_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hyperledger/fabric-gateway/pkg/client"
	"github.com/hyperledger/fabric-protos-go-apiv2/common"
	"github.com/hyperledger/fabric-protos-go-apiv2/peer"
	"google.golang.org/protobuf/proto"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/internal/syncbuf"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/backend"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/ledger/fabric"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// TestFabricNetworkRecordsSealsAndKeepsRawRecordsOutOfBlocks runs the whole
// onshore path on a real Fabric network: simulated cabinets → `rwabridge
// agent` over the Fabric Gateway → `rwabridge sealer`; then checks that the
// seals equal the embedded ledger's over the same events, that the records
// read back from Fabric recompute each seal's root (what the prover needs),
// that seal events resume from a checkpoint and wake a bridge process's
// ledger connection (backend.Conn.Seals), that a seal endorsed by one org
// alone is invalid, and that no block holds a record's plaintext.
func TestFabricNetworkRecordsSealsAndKeepsRawRecordsOutOfBlocks(t *testing.T) {
	n := startNetwork(t)
	ctx := context.Background()

	// Two simulated days that ended (plus the contract's 6 h grace) days ago.
	day := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -4)
	cfg := sim.Default()
	cfg.Cabinets, cfg.Days, cfg.Seed, cfg.Start = 6, 2, 11, day
	fleetDir := filepath.Join(t.TempDir(), "fleet")
	res, err := sim.WriteDir(ctx, cfg, fleetDir)
	if err != nil {
		t.Fatal(err)
	}
	events := readEvents(t, filepath.Join(fleetDir, sim.EventsFile))
	t.Logf("simulated %d events of %d cabinets over %d days from %s", len(events), cfg.Cabinets, cfg.Days, day.Format(time.DateOnly))

	out := n.Rwa(t, "agent", "--data", filepath.Join(t.TempDir(), "agent"), "--ledger-config", n.ClientConfig("operator"),
		"--devices", filepath.Join(fleetDir, sim.DevicesFile), "--source", "file:"+filepath.Join(fleetDir, sim.EventsFile), "--once", "--log-level", "warn")
	if want := fmt.Sprintf("ledger: stored %d, duplicates 0, rejected 0; still queued 0", len(events)); !strings.Contains(out, want) {
		t.Fatalf("agent did not store every event on Fabric; want %q in:\n%s", want, out)
	}

	operator := gateway(t, n, "operator")
	opClient := ledger.NewClient(operator)
	pol := policyDoc(t, "battery-swap-daily")
	first := uint64(day.Unix() / 86400)

	t.Run("a seal endorsed by one org alone is invalid", func(t *testing.T) {
		_, err := ledger.NewClient(operator.Endorsers("OperatorMSP")).Seal(ctx, cfg.Pool, first, pol)
		code, ok := fabric.CommitCode(err)
		if !ok || code != peer.TxValidationCode_ENDORSEMENT_POLICY_FAILURE {
			t.Fatalf("one-org seal: got %v (commit code %v), want ENDORSEMENT_POLICY_FAILURE", err, code)
		}
		var te *fabric.TxError
		if !errors.As(err, &te) || te.Stage != fabric.StageCommit || !errors.Is(err, fabric.ErrInvalidTx) {
			t.Errorf("one-org seal: error %v is not a commit-stage *TxError matching ErrInvalidTx", err)
		}
		if _, err := opClient.GetSeal(ctx, cfg.Pool, first); !errors.Is(err, ledger.ErrNotFound) {
			t.Errorf("after the invalid seal, GetSeal: %v, want ErrNotFound", err)
		}
	})

	out = n.Rwa(t, "sealer", "--ledger-config", n.ClientConfig("auditor"), "--policy", "battery-swap-daily", "--once", "--log-level", "warn")
	for e := first; e < first+2; e++ {
		if !strings.Contains(out, fmt.Sprintf("sealed %s epoch %d (", cfg.Pool, e)) {
			t.Fatalf("sealer did not seal epoch %d:\n%s", e, out)
		}
	}
	seals, err := opClient.ListSeals(ctx, cfg.Pool)
	if err != nil {
		t.Fatal(err)
	}

	t.Run("the contract's error codes cross the gateway", func(t *testing.T) {
		_, err := opClient.Seal(ctx, cfg.Pool, first, pol)
		var te *fabric.TxError
		if !errors.Is(err, ledger.ErrAlreadySealed) || !errors.As(err, &te) || te.Stage != fabric.StageEndorse {
			t.Errorf("second seal: %v; want ErrAlreadySealed from the endorse stage", err)
		}
		if _, err := opClient.GetSeal(ctx, cfg.Pool, first+100); !errors.Is(err, ledger.ErrNotFound) {
			t.Errorf("GetSeal of an unsealed epoch: %v, want ErrNotFound", err)
		}
	})

	t.Run("seals equal the embedded ledger's and the records read back recompute them", func(t *testing.T) {
		want := embeddedSeals(t, res.Fleet.Registry, events, cfg.Pool, first, pol)
		for e := first; e < first+2; e++ {
			s := sealOf(t, seals, e)
			if s.Root != want[e].Root || s.Count != want[e].Count || !sameMetrics(s.Metrics, want[e].Metrics) {
				t.Errorf("epoch %d: Fabric seal root %s count %d %v, embedded %s %d %v", e, s.Root, s.Count, s.Metrics, want[e].Root, want[e].Count, want[e].Metrics)
			}
			b, err := commit.NewBuilder(cfg.Pool, s.ChunkCapacity)
			if err != nil {
				t.Fatal(err)
			}
			err = opClient.Records(ctx, cfg.Pool, e, func(ev telemetry.SignedEvent) error { return b.Add(&ev.Event) })
			if err != nil {
				t.Fatal(err)
			}
			cm, err := b.Finish()
			if err != nil {
				t.Fatal(err)
			}
			if got := hexRoot(cm); got != s.Root || cm.Count != s.Count {
				t.Errorf("epoch %d: records read from Fabric give root %s count %d, the seal says %s %d", e, got, cm.Count, s.Root, s.Count)
			}
		}
		// Extension point: the prover (circuits/prover, `rwabridge prove`)
		// proves a sealed epoch from exactly this — the seal and its
		// records through ledger.Client — so it runs unchanged over Fabric.
	})

	t.Run("seal events resume from a checkpoint", func(t *testing.T) {
		cp := filepath.Join(t.TempDir(), "seals.checkpoint")
		got := listenFor(t, operator, cp, len(seals))
		for i, s := range seals {
			if i < len(got) && (got[i].Epoch != s.Epoch || got[i].Root != s.Root) {
				t.Errorf("event %d: epoch %d root %s, want epoch %d root %s", i, got[i].Epoch, got[i].Root, s.Epoch, s.Root)
			}
		}
		// A new seal after the checkpoint (another pool: every ended epoch of
		// the fleet's is sealed): the listener resumes and sees only it.
		other := telemetry.PoolID("listener-test")
		if _, err := opClient.Seal(ctx, other, first, pol); err != nil {
			t.Fatal(err)
		}
		again := listenFor(t, operator, cp, 1)
		if len(again) != 1 || again[0].Pool != other || again[0].Epoch != first {
			t.Errorf("the resumed listener delivered %v of pools %v, want only %s epoch %d", epochsOf(again), again, other, first)
		}
	})

	t.Run("a bridge process's ledger connection wakes on a new seal", func(t *testing.T) {
		// What `rwabridge attest` and `rwabridge relay` do on Fabric: open the
		// org's Gateway through backend and wait on Conn.Seals.
		conn, err := backend.Open(n.ClientConfig("auditor"), "", "rwabridge-attestor", nil)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		all, err := opClient.ListSeals(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		// A checkpoint past every seal so far, as a restarted process has.
		cp := filepath.Join(t.TempDir(), "attestor.seals.checkpoint")
		listenFor(t, operator, cp, len(all))
		lctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		wake, err := conn.Seals(lctx, cp)
		if err != nil || wake == nil {
			t.Fatalf("Seals: %v, %v; want a channel on Fabric", wake, err)
		}
		select {
		case <-wake:
			t.Fatal("woken before a new seal: the checkpoint was not resumed from")
		case <-time.After(3 * time.Second):
		}
		pool := telemetry.PoolID("conn-wake-test")
		if _, err := opClient.Seal(ctx, pool, first, pol); err != nil {
			t.Fatal(err)
		}
		select {
		case _, ok := <-wake:
			if !ok {
				t.Fatal("the seal source ended instead of waking")
			}
		case <-time.After(30 * time.Second):
			t.Fatal("no wake-up within 30 s of a new seal")
		}
		// The wake-up says "look again": the new seal is there to see.
		if _, err := conn.Client.GetSeal(ctx, pool, first); err != nil {
			t.Fatalf("after the wake-up, GetSeal: %v", err)
		}
		cancel()
		for range wake {
		}
	})

	t.Run("the same events submitted by two orgs at once are stored once", func(t *testing.T) {
		fresh := freshEvents(t, res.Fleet, 200)
		var logs syncbuf.Buffer
		auditor := ledger.NewClient(gatewayWithLog(t, n, "auditor", slog.New(slog.NewTextHandler(&logs, nil))))
		operatorLogged := ledger.NewClient(gatewayWithLog(t, n, "operator", slog.New(slog.NewTextHandler(&logs, nil))))
		results := make([][]ledger.EventResult, 2)
		errs := make([]error, 2)
		var wg sync.WaitGroup
		for i, c := range []*ledger.Client{operatorLogged, auditor} {
			wg.Go(func() { results[i], errs[i] = c.SubmitBatch(ctx, fresh) })
		}
		wg.Wait()
		if err := errors.Join(errs...); err != nil {
			t.Fatal(err)
		}
		for j := range fresh {
			a, b := results[0][j].Status, results[1][j].Status
			stored := (a == ledger.StatusStored) != (b == ledger.StatusStored)
			if !stored || (a != ledger.StatusDuplicate && b != ledger.StatusDuplicate) {
				t.Fatalf("event %d: %s and %s; want stored once and duplicate once", j, a, b)
			}
		}
		t.Logf("conflicts retried: %d (MVCC_READ_CONFLICT re-endorsed)", strings.Count(logs.String(), "MVCC_READ_CONFLICT"))
	})

	t.Run("a key rotation is a transaction the endorsement policy and the operator's admin govern", func(t *testing.T) {
		d := res.Fleet.Registry.Devices()[1]
		oldKey, err := res.Fleet.Keys.Key(d.Cabinet)
		if err != nil {
			t.Fatal(err)
		}
		seed := sha256.Sum256([]byte("fabric-integration-rotated-key"))
		newKey := ed25519.NewKeyFromSeed(seed[:])
		at := time.Now().UTC().Add(-10 * time.Minute).Truncate(time.Second)
		_, err = ledger.NewClient(operator.Endorsers("OperatorMSP")).RotateDeviceKey(ctx, d.Cabinet, newKey.Public().(ed25519.PublicKey), at)
		if code, ok := fabric.CommitCode(err); !ok || code != peer.TxValidationCode_ENDORSEMENT_POLICY_FAILURE {
			t.Fatalf("a rotation endorsed by one org: %v (commit code %v), want ENDORSEMENT_POLICY_FAILURE", err, code)
		}
		auditor := ledger.NewClient(gateway(t, n, "auditor"))
		if _, err := auditor.RotateDeviceKey(ctx, d.Cabinet, newKey.Public().(ed25519.PublicKey), at); !errors.Is(err, ledger.ErrNotAuthorized) {
			t.Fatalf("a rotation by the auditor org: %v, want ErrNotAuthorized", err)
		}
		if _, err := opClient.RotateDeviceKey(ctx, d.Cabinet, newKey.Public().(ed25519.PublicKey), day.Add(time.Hour)); !errors.Is(err, ledger.ErrBackdated) {
			t.Fatalf("a rotation into the sealed epochs: %v, want ErrBackdated", err)
		}
		if _, err := opClient.RotateDeviceKey(ctx, d.Cabinet, newKey.Public().(ed25519.PublicKey), at); err != nil {
			t.Fatalf("the operator's rotation: %v", err)
		}
		ev := func(k ed25519.PrivateKey, seq uint64) telemetry.SignedEvent {
			return telemetry.Sign(res.Fleet.Registry.ID, k, telemetry.Event{
				Pool: d.Pool, Cabinet: d.Cabinet, Seq: seq, Time: at.Add(time.Minute).Unix(),
				EnergyWh: 1200, FeeCents: 250, SoCIn: 25, SoCOut: 96, SoHPermille: 880,
			})
		}
		results, err := opClient.SubmitBatch(ctx, []telemetry.SignedEvent{ev(oldKey, 2_000_000), ev(newKey, 2_000_001)})
		if err != nil {
			t.Fatal(err)
		}
		if !errors.Is(results[0].Err(), telemetry.ErrBadSignature) || results[1].Status != ledger.StatusStored {
			t.Fatalf("after the rotation: old key %+v, new key %+v; want rejected, stored", results[0], results[1])
		}
		out := n.Rwa(t, "devices", "list", "--ledger-config", n.ClientConfig("auditor"), "--cabinet", fmt.Sprint(d.Cabinet))
		if !strings.Contains(out, telemetry.FormatTime(at)+"  retired") || !strings.Contains(out, telemetry.EncodeKey(newKey.Public().(ed25519.PublicKey))) {
			t.Errorf("devices list on the auditor's peer does not show the rotation:\n%s", out)
		}
	})

	t.Run("no block holds a record's plaintext", func(t *testing.T) {
		battery := events[len(events)/2].BatteryOut
		if battery == "" {
			t.Fatal("the simulated events carry no battery id")
		}
		records := make([][]byte, len(events))
		for i := range events {
			if records[i], err = events[i].MarshalBinary(); err != nil {
				t.Fatal(err)
			}
		}
		blocks := allBlocks(t, operator)
		found := func(data []byte) (hits int) {
			for _, r := range records {
				if bytes.Contains(data, r) {
					hits++
				}
			}
			if bytes.Contains(data, []byte(battery)) {
				hits++
			}
			return hits
		}
		var total int
		for _, b := range blocks {
			raw, err := proto.Marshal(b)
			if err != nil {
				t.Fatal(err)
			}
			total += len(raw)
			if hits := found(raw); hits > 0 {
				t.Errorf("block %d holds %d raw records or battery id %q", b.GetHeader().GetNumber(), hits, battery)
			}
		}
		t.Logf("scanned %d blocks (%d bytes) for %d records and battery id %q", len(blocks), total, len(records), battery)
		// The control: the same search finds the records in the private
		// data the operator's peer keeps beside the blocks.
		if hits := found(privateData(t, operator, uint64(len(blocks)))); hits < len(records) {
			t.Errorf("the search finds only %d of %d records in the operator's private data: it would not find them in blocks either", hits, len(records))
		}
	})
}

// freshEvents signs n new events of the fleet's first cabinet, dated an hour
// ago (today's epoch is not sealed), with sequence numbers past the
// simulator's.
func freshEvents(t *testing.T, fleet *sim.Fleet, n int) []telemetry.SignedEvent {
	t.Helper()
	d := fleet.Registry.Devices()[0]
	key, err := fleet.Keys.Key(d.Cabinet)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Now().Add(-time.Hour).Unix()
	out := make([]telemetry.SignedEvent, n)
	for i := range out {
		out[i] = telemetry.Sign(fleet.Registry.ID, key, telemetry.Event{
			Pool: d.Pool, Cabinet: d.Cabinet, Seq: 1_000_000 + uint64(i), Time: at + int64(i),
			EnergyWh: 1200, FeeCents: 250, SoCIn: 25, SoCOut: 96, SoHPermille: 880,
		})
	}
	return out
}

func readEvents(t *testing.T, path string) []telemetry.SignedEvent {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []telemetry.SignedEvent
	for lr := telemetry.NewLineReader(f); ; {
		ev, _, err := lr.Next()
		if err != nil {
			break
		}
		out = append(out, ev)
	}
	if len(out) == 0 {
		t.Fatal("no events")
	}
	return out
}

func policyDoc(t *testing.T, id string) []byte {
	t.Helper()
	doc, err := fsReadFile(id + ".yaml")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func fsReadFile(name string) ([]byte, error) {
	f, err := policies.FS().Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var b bytes.Buffer
	_, err = b.ReadFrom(f)
	return b.Bytes(), err
}

// embeddedSeals stores events in a new embedded ledger and seals epochs
// first and first+1 there.
func embeddedSeals(t *testing.T, reg *telemetry.Registry, events []telemetry.SignedEvent, pool telemetry.PoolID, first uint64, pol []byte) map[uint64]*ledger.Seal {
	t.Helper()
	ctx := context.Background()
	l, err := embedded.OpenDir(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	c := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: "OperatorMSP", ID: "test", Admin: true}))
	if _, err := c.RegisterDevices(ctx, reg); err != nil {
		t.Fatal(err)
	}
	for rest := events; len(rest) > 0; {
		k := min(len(rest), 1000)
		if _, err := c.SubmitBatch(ctx, rest[:k]); err != nil {
			t.Fatal(err)
		}
		rest = rest[k:]
	}
	out := map[uint64]*ledger.Seal{}
	for e := first; e < first+2; e++ {
		s, err := c.Seal(ctx, pool, e, pol)
		if err != nil {
			t.Fatal(err)
		}
		out[e] = s
	}
	return out
}

func sealOf(t *testing.T, seals []ledger.Seal, epoch uint64) *ledger.Seal {
	t.Helper()
	for i := range seals {
		if seals[i].Epoch == epoch {
			return &seals[i]
		}
	}
	t.Fatalf("no seal of epoch %d among %v", epoch, epochsOf(seals))
	return nil
}

func epochsOf(seals []ledger.Seal) []uint64 {
	out := make([]uint64, len(seals))
	for i, s := range seals {
		out[i] = s.Epoch
	}
	return out
}

func sameMetrics(a, b []ledger.MetricValue) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

func hexRoot(cm *commit.Commitment) field.Element { return field.Element(cm.Root) }

// listenFor runs the seal listener on checkpoint cp until it has delivered
// want seals (then it stops, the last one checkpointed), or for 30 s, and
// returns what it delivered.
func listenFor(t *testing.T, g *fabric.Gateway, cp string, want int) []ledger.Seal {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var got []ledger.Seal
	err := g.ListenSeals(ctx, cp, func(_ context.Context, s *ledger.Seal) error {
		got = append(got, *s)
		if len(got) == want {
			cancel() // this seal is still checkpointed: the handler returns nil
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != want {
		t.Fatalf("the seal listener delivered %d seals in 30 s, want %d", len(got), want)
	}
	return got
}

// allBlocks reads every block of the channel through the gateway's block
// events, up to the height qscc reports.
func allBlocks(t *testing.T, g *fabric.Gateway) []*common.Block {
	t.Helper()
	height := chainHeight(t, g)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ch, err := g.Network().BlockEvents(ctx, client.WithStartBlock(0))
	if err != nil {
		t.Fatal(err)
	}
	var blocks []*common.Block
	for b := range ch {
		blocks = append(blocks, b)
		if b.GetHeader().GetNumber()+1 >= height {
			break
		}
	}
	if uint64(len(blocks)) != height {
		t.Fatalf("read %d blocks, the channel has %d", len(blocks), height)
	}
	return blocks
}

func chainHeight(t *testing.T, g *fabric.Gateway) uint64 {
	t.Helper()
	out, err := g.Network().GetContract("qscc").Evaluate("GetChainInfo", client.WithArguments(g.Config().Channel))
	if err != nil {
		t.Fatal(err)
	}
	var info common.BlockchainInfo
	if err := proto.Unmarshal(out, &info); err != nil {
		t.Fatal(err)
	}
	return info.GetHeight()
}

// privateData returns the private data the peer delivers with blocks
// [0, height), serialised.
func privateData(t *testing.T, g *fabric.Gateway, height uint64) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	ch, err := g.Network().BlockAndPrivateDataEvents(ctx, client.WithStartBlock(0))
	if err != nil {
		t.Fatal(err)
	}
	var all []byte
	for b := range ch {
		for _, pvt := range b.GetPrivateDataMap() {
			raw, err := proto.Marshal(pvt)
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, raw...)
		}
		if b.GetBlock().GetHeader().GetNumber()+1 >= height {
			return all
		}
	}
	t.Fatalf("block and private data events ended before block %d", height-1)
	return nil
}

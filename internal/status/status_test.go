package status_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/internal/status"
	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/onshore/agent/queue"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
)

// world is an embedded ledger holding a simulated fleet of 6 cabinets over
// two days, the first day sealed and the second not.
type world struct {
	data           string
	client         *ledger.Client
	seal           *ledger.Seal
	day1, day2     uint64 // events of each day
	epoch1, epoch2 uint64
	pool           telemetry.PoolID
}

func newWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	cfg := sim.Default()
	cfg.Cabinets, cfg.Days = 6, 2
	fleet := t.TempDir()
	if _, err := sim.WriteDir(ctx, cfg, fleet); err != nil {
		t.Fatal(err)
	}
	reg, err := telemetry.LoadRegistry(filepath.Join(fleet, sim.DevicesFile))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(fleet, sim.EventsFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := &world{data: filepath.Join(t.TempDir(), "data"), pool: cfg.Pool}
	p, doc, err := policies.Resolve(policies.DefaultID)
	if err != nil {
		t.Fatal(err)
	}
	w.epoch1 = p.EpochOf(cfg.Start)
	w.epoch2 = w.epoch1 + 1
	var events []telemetry.SignedEvent
	lr := telemetry.NewLineReader(f)
	for {
		ev, _, err := lr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		events = append(events, ev)
		if p.EpochOf(time.Unix(ev.Time, 0)) == w.epoch1 {
			w.day1++
		} else {
			w.day2++
		}
	}
	l, err := embedded.OpenDir(w.data, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	w.client = ledger.NewClient(l.Invoker(l.Operator("status-test")))
	if _, err := w.client.RegisterDevices(ctx, reg); err != nil {
		t.Fatal(err)
	}
	if _, err := w.client.SubmitBatch(ctx, events); err != nil {
		t.Fatal(err)
	}
	if w.seal, err = w.client.Seal(ctx, w.pool, w.epoch1, doc); err != nil {
		t.Fatal(err)
	}
	if w.day2 == 0 || w.seal.Count != w.day1 || !w.seal.Disclosable {
		t.Fatalf("the fleet is not what the test needs: day 1 %d events (sealed %d, disclosable %v), day 2 %d",
			w.day1, w.seal.Count, w.seal.Disclosable, w.day2)
	}
	return w
}

func (w *world) sources(t *testing.T) status.Sources {
	p, doc, err := policies.Resolve(policies.DefaultID)
	if err != nil {
		t.Fatal(err)
	}
	return status.Sources{Ledger: w.client, Backend: "embedded", LedgerSource: w.data, Policy: p, PolicyDoc: doc,
		AgentQueue: filepath.Join(w.data, "agent", "queue.db"), Outbox: filepath.Join(w.data, "outbox")}
}

func TestTheOnshoreSectionCountsWhatTheLedgerHolds(t *testing.T) {
	w := newWorld(t)
	rep := status.Gather(context.Background(), w.sources(t))
	if !rep.OK || rep.Onshore.State != status.StateOK {
		t.Fatalf("ok %v, onshore %+v", rep.OK, rep.Onshore.Section)
	}
	if len(rep.Onshore.Pools) != 1 {
		t.Fatalf("%d pools; want 1", len(rep.Onshore.Pools))
	}
	p := rep.Onshore.Pools[0]
	if p.Devices != 6 || p.SealedRecords != w.day1 || p.UnsealedRecords != w.day2 || p.Ingested != w.day1+w.day2 {
		t.Errorf("devices %d, sealed %d, unsealed %d, ingested %d; want 6, %d, %d, %d",
			p.Devices, p.SealedRecords, p.UnsealedRecords, p.Ingested, w.day1, w.day2, w.day1+w.day2)
	}
	if !slices.Equal(p.UnsealedEpochs, []uint64{w.epoch2}) {
		t.Errorf("unsealed epochs %v; want [%d]", p.UnsealedEpochs, w.epoch2)
	}
	if p.LastSeal == nil || p.LastSeal.Epoch != w.epoch1 || !p.LastSeal.SealedAt.Equal(w.seal.SealedAt) || p.LastSeal.Records != w.day1 {
		t.Errorf("last seal %+v; want epoch %d sealed at %s", p.LastSeal, w.epoch1, w.seal.SealedAt)
	}
	// Sealed, disclosable, not exported, and no relayer has run: pending.
	if !slices.Equal(p.AwaitingDisclosure, []uint64{w.epoch1}) || p.ProofsPending == nil || *p.ProofsPending != 1 || p.Exported != 0 {
		t.Errorf("awaiting %v, proofs pending %v, exported %d; want [%d], 1, 0", p.AwaitingDisclosure, p.ProofsPending, p.Exported, w.epoch1)
	}
	// Neither the agent's queue nor the outbox exists: said, not made.
	if rep.Agent.State != status.StateAbsent || rep.Relayer.State != status.StateAbsent {
		t.Errorf("agent %q, relayer %q; want absent", rep.Agent.State, rep.Relayer.State)
	}
	for _, p := range []string{filepath.Join(w.data, "agent"), filepath.Join(w.data, "outbox")} {
		if _, err := os.Stat(p); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("status created %s", p)
		}
	}
	var out bytes.Buffer
	if err := status.WriteText(&out, rep); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"embedded ledger " + w.data + ": 6 devices registered",
		fmt.Sprintf("%d awaiting a seal (epochs %d)", w.day2, w.epoch2),
		fmt.Sprintf("pending   1 awaiting disclosure (epochs %d), 1 without a proof yet", w.epoch1),
		"L2       no L2 node given",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the screen lacks %q:\n%s", want, out.String())
		}
	}
}

func TestAProofTheRelayerHoldsIsNotPendingAndTheOutboxIsCountedByState(t *testing.T) {
	w := newWorld(t)
	src := w.sources(t)
	ob, err := outbox.Open(src.Outbox, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range []outbox.State{outbox.Sealed, outbox.Proved} {
		if err := ob.Put(&outbox.Entry{Pool: w.pool, Epoch: w.epoch1, State: st}); err != nil {
			t.Fatal(err)
		}
	}
	if err := ob.Put(&outbox.Entry{Pool: w.pool, Epoch: w.epoch1 - 5, State: outbox.Sealed}); err != nil {
		t.Fatal(err)
	}
	if err := ob.Close(); err != nil {
		t.Fatal(err)
	}
	q, err := queue.Open(src.AgentQueue, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Append([][]byte{[]byte("a"), []byte("b"), []byte("c")}, nil); err != nil {
		t.Fatal(err)
	}
	if err := q.Close(); err != nil {
		t.Fatal(err)
	}

	rep := status.Gather(context.Background(), src)
	p := rep.Onshore.Pools[0]
	if p.ProofsPending == nil || *p.ProofsPending != 0 || !slices.Equal(p.AwaitingDisclosure, []uint64{w.epoch1}) {
		t.Errorf("proofs pending %v, awaiting %v; want 0 (the outbox holds its proof), [%d]", p.ProofsPending, p.AwaitingDisclosure, w.epoch1)
	}
	if rep.Relayer.State != status.StateOK || rep.Relayer.Entries != 2 || rep.Relayer.States["proved"] != 1 || rep.Relayer.States["sealed"] != 1 ||
		len(rep.Relayer.States) != len(outbox.States()) {
		t.Errorf("relayer %+v", rep.Relayer)
	}
	if rep.Agent.State != status.StateOK || rep.Agent.Queued != 3 {
		t.Errorf("agent %+v; want 3 queued", rep.Agent)
	}

	// A running agent and relayer hold their files: said, and not a
	// failure of status.
	q, err = queue.Open(src.AgentQueue, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	ob, err = outbox.Open(src.Outbox, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer ob.Close()
	src.LockTimeout = 50 * time.Millisecond
	rep = status.Gather(context.Background(), src)
	if rep.Agent.State != status.StateInUse || rep.Relayer.State != status.StateInUse || !rep.OK {
		t.Errorf("held files: agent %q, relayer %q, ok %v; want in_use twice and ok", rep.Agent.State, rep.Relayer.State, rep.OK)
	}
	// With the outbox unread, no one here knows which proofs are pending.
	if got := rep.Onshore.Pools[0].ProofsPending; got != nil {
		t.Errorf("proofs pending with the outbox held by a relayer: %d; want unknown (null)", *got)
	}
	var out bytes.Buffer
	if err := status.WriteText(&out, rep); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "proofs unknown (the relayer's outbox was not read)") {
		t.Errorf("the screen does not say the pending proofs are unknown:\n%s", out.String())
	}
}

func TestALedgerThatCouldNotBeOpenedIsSaidAndTheRestIsStillRead(t *testing.T) {
	rep := status.Gather(context.Background(), status.Sources{LedgerErr: embedded.ErrLocked, LedgerSource: "/data",
		AgentQueue: filepath.Join(t.TempDir(), "queue.db")})
	if rep.OK || rep.Onshore.State != status.StateUnreachable || !strings.Contains(rep.Onshore.Detail, "another process") {
		t.Errorf("ok %v, onshore %+v", rep.OK, rep.Onshore.Section)
	}
	if rep.Agent.State != status.StateAbsent || rep.L2.State != status.StateNotConfigured {
		t.Errorf("agent %q, l2 %q", rep.Agent.State, rep.L2.State)
	}
	if got := rep.Unknown([]telemetry.PoolID{"a"}); got != nil {
		t.Errorf("Unknown with no section read = %v; want nil (nothing to judge by)", got)
	}
}

func TestTheL2SectionNamesACeremonysOrgsOrWarnsOfDevelopmentKeys(t *testing.T) {
	for _, c := range []struct {
		keys     investor.Keys
		want     string
		warnings int
	}{
		{investor.Keys{Kind: investor.KeysCeremony, Orgs: []string{"OperatorMSP", "AuditorMSP", "CustodianMSP"}, Source: "the metadata of the key set passed in"},
			"keys      mpc-ceremony (Keys from a ceremony of 3 orgs: OperatorMSP, AuditorMSP, CustodianMSP): the metadata of the key set passed in", 0},
		{investor.Keys{Kind: investor.KeysDev, Insecure: true, Source: "the metadata of the key set passed in"},
			"keys      dev-insecure (Insecure development keys)", 1},
	} {
		rep := &status.Report{L2: status.L2{Section: status.Section{State: status.StateOK}, Registry: "0x01", Pools: []status.L2Pool{{Pool: "pool-a", Active: true, EpochSeconds: 86400, Keys: c.keys}}}}
		var out bytes.Buffer
		if err := status.WriteText(&out, rep); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.String(), c.want) || strings.Count(out.String(), "WARNING") != c.warnings {
			t.Errorf("%s: want %q and %d warning(s):\n%s", c.keys.Kind, c.want, c.warnings, out.String())
		}
	}
}

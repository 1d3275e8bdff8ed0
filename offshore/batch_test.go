package offshore_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// batchItem is one single-chunk disclosure of a batch with its proof and
// signatures.
type batchItem struct {
	d     disclosure.Disclosure
	proof []byte
	sigs  []byte
}

// addPools configures pools beside testPool under the same policy, each
// on verifier (the deployment's when zero), through the timelock.
func (e *env) addPools(verifier common.Address, pools ...telemetry.PoolID) {
	e.t.Helper()
	if verifier == (common.Address{}) {
		verifier = e.addrs.Verifier
	}
	cfg, err := deploy.PoolConfig(e.policy, verifier, e.addrs.Token, e.first)
	if err != nil {
		e.t.Fatal(err)
	}
	var cs []governance.Change
	for _, p := range pools {
		cs = append(cs, governance.ConfigurePool(e.addrs.Registry, p.Field(), cfg),
			governance.AllowPolicy(e.addrs.Registry, p.Field(), e.policy.Hash().BigInt(), 3000, uint8(e.policy.Disclose)))
	}
	e.mustGovern(cs...)
}

// item returns a good, proven and attested disclosure of pool's epoch.
func (e *env) item(pool telemetry.PoolID, epoch uint64) batchItem {
	e.t.Helper()
	d := e.goodDisclosure(epoch)
	d.Pool = pool.Field()
	return batchItem{d: d, proof: e.prove(&d), sigs: e.sign(&d, 0, 1)}
}

// submitBatch sends submitDisclosures of items from e.others[0].
func (e *env) submitBatch(items []batchItem) (*types.Receipt, error) {
	subs := make([]*disclosure.Submission, len(items))
	sigs := make([][]byte, len(items))
	for i := range items {
		subs[i], sigs[i] = single(&items[i].d, items[i].proof), items[i].sigs
	}
	data, err := registry.BatchCalldata(subs, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.sendBatch(data)
}

func (e *env) sendBatch(data []byte) (*types.Receipt, error) {
	return e.chain().Send(e.ctx, bind.NewKeyedTransactor(e.others[0], e.dom.ChainID), e.addrs.Registry, data)
}

// nextEpochs returns each pool's next epoch on the registry.
func (e *env) nextEpochs(pools ...telemetry.PoolID) []uint64 {
	e.t.Helper()
	out := make([]uint64, len(pools))
	for i, p := range pools {
		n, err := registryABI.UnpackNextEpoch(e.call(e.addrs.Registry, registryABI.PackNextEpoch(p.Field())))
		if err != nil {
			e.t.Fatal(err)
		}
		out[i] = n
	}
	return out
}

var (
	poolB = telemetry.PoolID("pool-b")
	poolC = telemetry.PoolID("pool-c")
)

func TestABatchOfPoolsIsAcceptedAsEachWouldBeAlone(t *testing.T) {
	e := newEnv(t)
	e.addPools(common.Address{}, poolB, poolC)
	ep := e.first
	// Two consecutive epochs of one pool, the second's growth checked
	// against the first's figures recorded in the same batch.
	items := []batchItem{e.item(testPool, ep), e.item(poolB, ep), e.item(testPool, ep+1), e.item(poolC, ep)}
	r, err := e.submitBatch(items)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.nextEpochs(testPool, poolB, poolC); got[0] != ep+2 || got[1] != ep+1 || got[2] != ep+1 {
		t.Fatalf("next epochs %v after the batch", got)
	}
	var evs []*registry.Accepted
	for _, l := range r.Logs {
		if ev, err := registryABI.UnpackDisclosureAcceptedEvent(l); err == nil {
			evs = append(evs, ev)
		}
	}
	if len(evs) != len(items) {
		t.Fatalf("%d DisclosureAccepted events, want %d", len(evs), len(items))
	}
	prev := []uint64{0, 0, ep + 1, 0}
	for i, ev := range evs {
		d := registry.OfEvent(ev)
		if d.StructHash() != items[i].d.StructHash() || ev.Submitter != addr(e.others[0]) || ev.PrevPlusOne != prev[i] {
			t.Fatalf("event %d: %+v, want item %d's disclosure, the sender, prevPlusOne %d", i, ev, i, prev[i])
		}
		got, err := registryABI.UnpackAcceptance(e.call(e.addrs.Registry, registryABI.PackAcceptance(registry.Binding(&items[i].d))))
		if err != nil || got.BlockNumber != r.BlockNumber.Uint64() || got.PayoutShareBp != 3000 {
			t.Fatalf("item %d's record: %+v, %v", i, got, err)
		}
	}
	// A batch of one is a batch too.
	if _, err := e.submitBatch([]batchItem{e.item(poolB, ep+1)}); err != nil {
		t.Fatalf("a batch of one: %v", err)
	}
}

func TestEveryBadBatchIsRefusedWhole(t *testing.T) {
	e := newEnv(t)
	e.addPools(common.Address{}, poolB, poolC)
	// pool-d verifies with the same key on another verifier contract.
	same, _, err := e.chain().Deploy(e.ctx, e.opts, common.FromHex(bindings.Groth16VerifierMetaData.Bin), verifierABI.PackConstructor(shapeWords(t)))
	if err != nil {
		t.Fatal(err)
	}
	poolD := telemetry.PoolID("pool-d")
	e.addPools(same, poolD)
	ep := e.first
	good := func() []batchItem {
		return []batchItem{e.item(testPool, ep), e.item(poolB, ep), e.item(poolC, ep)}
	}
	with := func(f func([]batchItem) []batchItem) []batchItem { return f(good()) }
	badProof := func(i int) func([]batchItem) []batchItem {
		return func(b []batchItem) []batchItem {
			b[i].proof = e.prove(&b[(i+1)%len(b)].d) // another item's valid proof
			return b
		}
	}
	pack := func(b []batchItem) ([]bindings.DisclosureRegistryDisclosure, [][]byte, [][]byte) {
		var ds []bindings.DisclosureRegistryDisclosure
		var ps, ss [][]byte
		for i := range b {
			ds, ps, ss = append(ds, registry.Binding(&b[i].d)), append(ps, b[i].proof), append(ss, b[i].sigs)
		}
		return ds, ps, ss
	}
	raw := func(f func(ds []bindings.DisclosureRegistryDisclosure, ps, ss [][]byte) []byte) []byte {
		return f(pack(good()))
	}
	cases := []struct {
		name  string
		data  []byte
		want  string
		index int64 // the index the error names; -1: none
	}{
		{"an empty batch", registryABI.PackSubmitDisclosures(nil, nil, nil), "BatchEmpty", -1},
		{"a proof missing", raw(func(ds []bindings.DisclosureRegistryDisclosure, ps, ss [][]byte) []byte {
			return registryABI.PackSubmitDisclosures(ds, ps[:2], ss)
		}), "BatchLengthsMismatch", -1},
		{"a signature list too many", raw(func(ds []bindings.DisclosureRegistryDisclosure, ps, ss [][]byte) []byte {
			return registryABI.PackSubmitDisclosures(ds, ps, append(ss, ss[0]))
		}), "BatchLengthsMismatch", -1},
		{"a pool on another verifier contract", raw(func(ds []bindings.DisclosureRegistryDisclosure, ps, ss [][]byte) []byte {
			d := e.item(poolD, ep)
			return registryABI.PackSubmitDisclosures(append(ds, registry.Binding(&d.d)), append(ps, d.proof), append(ss, d.sigs))
		}), "BatchVerifierMismatch", 3},
		{"an item of two chunks", raw(func(ds []bindings.DisclosureRegistryDisclosure, ps, ss [][]byte) []byte {
			d := e.goodDisclosure(ep)
			d.Pool = poolB.Field()
			d.SetChunkRoots([]*big.Int{d.Root, big.NewInt(7)})
			ds[1] = registry.Binding(&d)
			ss[1] = e.sign(&d, 0, 1)
			return registryABI.PackSubmitDisclosures(ds, ps, ss)
		}), "BatchChunkCountInvalid", 1},
		{"an item whose chunk root is not its root", raw(func(ds []bindings.DisclosureRegistryDisclosure, ps, ss [][]byte) []byte {
			d := e.goodDisclosure(ep)
			d.Pool = poolC.Field()
			d.ChunkRootsHash = disclosure.ChunkRootsHash([]*big.Int{big.NewInt(7)})
			ds[2] = registry.Binding(&d)
			ss[2] = e.sign(&d, 0, 1)
			return registryABI.PackSubmitDisclosures(ds, ps, ss)
		}), "BatchChunkRootsMismatch", 2},
	}
	for _, c := range []struct {
		name string
		b    []batchItem
		want string
	}{
		{"a bad proof first", with(badProof(0)), "ProofInvalid"},
		{"a bad proof in the middle", with(badProof(1)), "ProofInvalid"},
		{"a bad proof last", with(badProof(2)), "ProofInvalid"},
		{"one (pool, epoch) twice", append(good(), e.item(poolB, ep)), "DuplicateEpoch"},
		{"an epoch skipped", append(good(), e.item(poolB, ep+2)), "EpochNotNext"},
		{"an item short of its quorum", with(func(b []batchItem) []batchItem { b[1].sigs = e.sign(&b[1].d, 0); return b }), "InsufficientSignatures"},
		{"another item's signatures", with(func(b []batchItem) []batchItem { b[2].sigs = b[0].sigs; return b }), "InvalidSignature"},
		{"figures above a bound", with(func(b []batchItem) []batchItem {
			b[1].d.Metrics[0] = 1 << 47
			b[1].proof, b[1].sigs = e.prove(&b[1].d), e.sign(&b[1].d, 0, 1)
			return b
		}), "SanityBoundExceeded"},
	} {
		ds, ps, ss := pack(c.b)
		cases = append(cases, struct {
			name  string
			data  []byte
			want  string
			index int64
		}{c.name, registryABI.PackSubmitDisclosures(ds, ps, ss), c.want, -1})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := e.sendBatch(c.data)
			wantRevert(t, err, c.want)
			if c.index >= 0 {
				if re := onchain.AsRevert(err); len(re.Args) == 0 || re.Args[0].(*big.Int).Int64() != c.index {
					t.Fatalf("%s names item %v, want %d", c.want, re.Args, c.index)
				}
			}
		})
	}
	if got := e.nextEpochs(testPool, poolB, poolC, poolD); got[0] != ep || got[1] != ep || got[2] != ep || got[3] != ep {
		t.Fatalf("next epochs %v after refused batches; want all %d", got, ep)
	}

	// A deactivated pool, then a paused registry, refuse the batch.
	if err := e.send(e.addrs.Registry, registryABI.PackDeactivatePool(poolC.Field())); err != nil {
		t.Fatal(err)
	}
	_, err = e.submitBatch(good())
	wantRevert(t, err, "PoolNotActive")
	e.mustGovern(governance.ActivatePool(e.addrs.Registry, poolC.Field()))
	if err := e.send(e.addrs.Registry, registryABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	_, err = e.submitBatch(good())
	wantRevert(t, err, "EnforcedPause")
	e.mustGovern(governance.Unpause(e.addrs.Registry))
	if _, err := e.submitBatch(good()); err != nil {
		t.Fatalf("the good batch after the refusals: %v", err)
	}
}

// The auditor and the investor view read a batched disclosure's proof and
// signatures out of the batch transaction and re-verify it as any other.
func TestBatchedDisclosuresAreAuditedAndVerifiedByTheInvestorView(t *testing.T) {
	e := newEnv(t)
	e.addPools(common.Address{}, poolB, poolC)
	items := []batchItem{e.item(testPool, e.first), e.item(poolB, e.first), e.item(poolC, e.first)}
	r, err := e.submitBatch(items)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := audit.Collect(e.ctx, e.sim.Client(), e.addrs.Registry, audit.CollectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Verify(ev, audit.Options{VK: shape(t).VK, Policies: audit.NewPolicies([]*policy.Policy{e.policy})})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Err(); err != nil || len(rep.Results) != len(items) {
		t.Fatalf("%d results, %v; want %d verified", len(rep.Results), err, len(items))
	}
	for i, res := range rep.Results {
		if res.Function != "submitDisclosures" || res.TxHash != r.TxHash || res.Epoch != e.first {
			t.Errorf("result %d: %s in %s epoch %d", i, res.Function, res.TxHash, res.Epoch)
		}
	}
	view, err := investor.NewReader(e.sim.Client(), investor.Config{Registry: e.addrs.Registry, VK: shape(t).VK, VKInsecure: true,
		Policies: []*policy.Policy{e.policy}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := view.Read(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	verified := 0
	for _, p := range snap.Pools {
		for _, d := range p.Disclosures {
			if d.Local.Status == investor.Verified {
				verified++
			} else {
				t.Errorf("pool %v epoch %d: %+v", p.ID, d.Epoch, d.Local)
			}
		}
	}
	if verified != len(items) {
		t.Fatalf("the investor view verified %d disclosures, want %d", verified, len(items))
	}
}

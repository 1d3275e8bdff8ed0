package audit_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/audit/audittest"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/policies"
)

// A three-chunk epoch disclosed in parts, with an abandoned first run
// ([0, 1), then restarted as [0, 2)): the evidence holds the parts the
// registry's pending state came from, the epoch verifies, and every part
// left out, altered or out of order fails.
func TestADisclosureInPartsVerifiesFromItsPartsAndEachPartIsBound(t *testing.T) {
	ctx := context.Background()
	p, err := policies.Default()
	if err != nil {
		t.Fatal(err)
	}
	epoch := p.EpochOf(time.Now().Add(-72 * time.Hour))
	f, err := audittest.Deploy(ctx, fixture(t).Keys, audittest.Pool, epoch)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Sim.Close()
	d, err := f.Prove(ctx, epoch, 2*audittest.Capacity+3, 6, 11)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Deployment.Sign(d, f.Committees[0][1:]...); err != nil {
		t.Fatal(err)
	}
	for _, run := range [][3]int{{0, 1}, {0, 2}, {2, 1}} {
		from, count := run[0], run[1]
		sigs := d.Signatures
		data, err := registry.PartCalldata(d.Submission, from, count, sigs)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Sim.Chain.Send(ctx, f.Opts(f.Relayer), f.Addrs.Registry, data); err != nil {
			t.Fatalf("part [%d, %d): %v", from, from+count, err)
		}
	}
	e, err := audit.Collect(ctx, f.Sim.Client(), f.Addrs.Registry, audit.CollectOptions{VK: f.Keys.VK, Capacity: f.Keys.Meta.Capacity})
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Disclosures) != 1 || len(e.Disclosures[0].Parts) != 1 {
		t.Fatalf("%d disclosures; want 1 with 1 earlier part (the restarted [0, 2), not the abandoned [0, 1))", len(e.Disclosures))
	}
	rep, err := audit.Verify(roundTrip(t, e), audit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Err(); err != nil || rep.Results[0].Chunks != 3 || rep.Results[0].Function != "submitDisclosurePart" {
		t.Fatalf("the disclosure in parts: %v, %+v", err, rep.Results)
	}
	r := &e.Disclosures[0]
	l := &types.Log{Address: r.Event.Address, Topics: r.Event.Topics, Data: r.Event.Data, BlockNumber: r.Block, TxHash: r.TxHash, Index: r.LogIndex}
	call, err := audit.ReadCall(ctx, f.Sim.Client(), f.Domain().ChainID, l)
	if err != nil || call.Submission.Disclosure.StructHash() != d.Submission.Disclosure.StructHash() || len(call.Submission.Proofs) != 3 {
		t.Fatalf("ReadCall: %+v, %v", call, err)
	}

	for _, c := range []struct {
		name   string
		class  error
		change func(r *audit.Record)
	}{
		{"the earlier part left out", audit.ErrMalformed, func(r *audit.Record) { r.Parts = nil }},
		{"a proof byte of the earlier part flipped", audit.ErrProof, func(r *audit.Record) {
			flip(r.Parts[0].Calldata, len(r.Parts[0].Calldata)-200)
		}},
		{"the earlier part's log of another sender", audit.ErrEventMismatch, func(r *audit.Record) {
			r.Parts[0].Event.Topics[3][31] ^= 1
		}},
		{"the earlier part after the final", audit.ErrMalformed, func(r *audit.Record) { r.Parts[0].Block = r.Block + 1 }},
		{"the final part's transaction as the earlier part", audit.ErrMalformed, func(r *audit.Record) {
			r.Parts[0].Calldata, r.Parts[0].RawTx, r.Parts[0].TxHash = r.Calldata, r.RawTx, r.TxHash
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			x := roundTrip(t, e)
			c.change(&x.Disclosures[0])
			rep, err := audit.Verify(x, audit.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := rep.Err(); got == nil || !errors.Is(got, c.class) {
				t.Fatalf("verdict %v; want %v", got, c.class)
			}
		})
	}
}

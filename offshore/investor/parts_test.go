package investor_test

import (
	"context"
	"strings"
	"testing"

	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/offshore/investor/investortest"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// An epoch disclosed in two parts is re-verified from both transactions:
// its three proofs and the quorum the first part carried.
func TestADisclosureInPartsIsReverifiedFromItsParts(t *testing.T) {
	ctx := context.Background()
	c, err := investortest.New(ctx, investortest.Options{KeyDir: keyDir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	now, err := c.Now(ctx)
	if err != nil {
		t.Fatal(err)
	}
	epoch := now/86400 - 1
	x, err := c.Deployment.Prove(ctx, epoch, 2*investortest.Capacity+3, 6, 5)
	if err != nil {
		t.Fatal(err)
	}
	m := c.Members()
	if err := c.Deployment.Sign(x, m[0], m[2]); err != nil {
		t.Fatal(err)
	}
	for _, part := range [][2]int{{0, 1}, {1, 2}} {
		data, err := registry.PartCalldata(x.Submission, part[0], part[1], x.Signatures)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Sim.Chain.Send(ctx, c.Opts(c.Relayer), c.Addresses.Registry, data); err != nil {
			t.Fatalf("part from %d: %v", part[0], err)
		}
	}
	for _, withVK := range []bool{true, false} {
		s := read(t, c, withVK)
		ds := s.Pools[0].Disclosures
		if len(ds) != 1 || ds[0].Epoch != epoch || ds[0].Local.Status != investor.Verified || len(ds[0].Signers) != 2 {
			t.Fatalf("with key file %t: %+v", withVK, ds)
		}
		if strings.Contains(ds[0].Local.Detail, "could not be read") {
			t.Fatalf("local check %+v", ds[0].Local)
		}
	}
}

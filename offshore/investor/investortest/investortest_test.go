package investortest_test

import (
	"context"
	"testing"

	"github.com/rwabridge/rwabridge/offshore/investor/investortest"
)

func TestTheFixtureHoldsRealDisclosuresAndAPayout(t *testing.T) {
	c, err := investortest.New(context.Background(), investortest.Options{KeyDir: t.TempDir(), Epochs: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if len(c.Disclosures) != 2 || c.Disclosures[1].Epoch != c.Disclosures[0].Epoch+1 {
		t.Fatalf("disclosures %+v", c.Disclosures)
	}
	if c.Deposited == nil || c.Deposited.Sign() <= 0 || c.Claimed == nil || c.Claimed.Sign() <= 0 {
		t.Fatalf("payout deposited %v, claimed %v", c.Deposited, c.Claimed)
	}
}

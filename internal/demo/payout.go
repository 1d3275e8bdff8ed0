package demo

import (
	"context"
	"fmt"
	"math/big"

	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/offshore/token"
)

// payoutUnitsPerCent is the payout token's base units per revenue cent:
// the deployer's default (10^4: a 6-decimals stablecoin, 1 cent = 0.01).
const payoutUnitsPerCent = 10_000

// payout deposits, for every disclosed epoch with revenue, the revenue
// times the policy's payout share in test stablecoin (rounded down to a
// multiple of 10 units so the holders' shares split exactly), then claims
// it for every investor, and checks that what was claimed is what was
// deposited.
func (r *run) payout(ctx context.Context) (string, error) {
	c, info := r.chain, r.rep.Chain
	a := info.Addresses
	chain := &c.sim.Chain
	adminOpts := c.opts(c.admin)
	rd := &registry.Reader{Chain: chain, Address: a.Registry}
	var epochs int
	for _, ep := range r.rep.Disclosed() {
		ev, err := rd.Disclosure(ctx, ep.Seal.Pool.Field(), ep.Seal.Epoch)
		if err != nil {
			return "", fmt.Errorf("epoch %d: %w", ep.Seal.Epoch, err)
		}
		d := registry.OfEvent(ev)
		revenue := d.Metrics[2]
		if revenue == 0 {
			fmt.Fprintf(r.out, "      epoch %d: no revenue, no payout\n", ep.Seal.Epoch)
			continue
		}
		capUnits, err := token.PayoutCap(ctx, chain, a.Token, &d)
		if err != nil {
			return "", err
		}
		want := new(big.Int).SetUint64(revenue)
		want.Mul(want, big.NewInt(int64(r.policy.PayoutShareBP)))
		want.Mul(want, big.NewInt(payoutUnitsPerCent))
		want.Div(want, big.NewInt(10_000))
		if capUnits.Cmp(want) != 0 {
			return "", fmt.Errorf("%w: epoch %d: the token's payout cap is %s units, revenue %d cents × %d bp × %d units/cent is %s",
				ErrMismatch, ep.Seal.Epoch, capUnits, revenue, r.policy.PayoutShareBP, payoutUnitsPerCent, want)
		}
		amount := new(big.Int).Sub(capUnits, new(big.Int).Mod(capUnits, big.NewInt(10)))
		if amount.Sign() == 0 {
			continue
		}
		if err := token.MintTestStablecoin(ctx, chain, adminOpts, a.PayoutToken, info.Admin, amount); err != nil {
			return "", err
		}
		if _, err := token.DepositPayout(ctx, chain, adminOpts, a.Token, a.PayoutToken, &d, amount); err != nil {
			return "", err
		}
		ep.Deposited = amount.Uint64()
		for _, k := range c.investors {
			got, _, err := token.Claim(ctx, chain, c.opts(k), a.Token, d.Epoch)
			if err != nil {
				return "", err
			}
			ep.Claimed += got.Uint64()
		}
		if ep.Claimed != ep.Deposited {
			return "", fmt.Errorf("%w: epoch %d: holders claimed %d units of %d deposited", ErrMismatch, ep.Seal.Epoch, ep.Claimed, ep.Deposited)
		}
		r.rep.Deposited += ep.Deposited
		r.rep.Claimed += ep.Claimed
		epochs++
		fmt.Fprintf(r.out, "      epoch %d: revenue %s × %d%% = %s TESTUSD deposited, claimed by %d holders\n",
			ep.Seal.Epoch, cents(revenue), r.policy.PayoutShareBP/100, usd(ep.Deposited), len(c.investors))
	}
	return fmt.Sprintf("%d payout(s): %s TESTUSD deposited, %s claimed (test-only stablecoin, worthless)",
		epochs, usd(r.rep.Deposited), usd(r.rep.Claimed)), nil
}

// usd renders 6-decimals base units as a decimal amount.
func usd(units uint64) string {
	return fmt.Sprintf("%d.%06d", units/1_000_000, units%1_000_000)
}

// cents renders cents as a decimal amount.
func cents(c uint64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

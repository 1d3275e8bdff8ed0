package demo

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/offshore/bindings"
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
	adminOpts := c.opts(c.admin)
	var epochs int
	for _, ep := range r.rep.Disclosed() {
		d, err := r.acceptedDisclosure(ctx, ep)
		if err != nil {
			return "", err
		}
		if d.Metrics[2] == 0 {
			fmt.Fprintf(r.out, "      epoch %d: no revenue, no payout\n", ep.Seal.Epoch)
			continue
		}
		out, err := c.sim.Chain.Call(ctx, info.Admin, a.Token, tokenABI.PackPayoutCap(d))
		if err != nil {
			return "", fmt.Errorf("epoch %d: payout cap: %w", ep.Seal.Epoch, err)
		}
		capUnits, err := tokenABI.UnpackPayoutCap(out)
		if err != nil {
			return "", fmt.Errorf("epoch %d: payout cap: %w", ep.Seal.Epoch, err)
		}
		want := new(big.Int).SetUint64(d.Metrics[2])
		want.Mul(want, big.NewInt(int64(r.policy.PayoutShareBP)))
		want.Mul(want, big.NewInt(payoutUnitsPerCent))
		want.Div(want, big.NewInt(10_000))
		if capUnits.Cmp(want) != 0 {
			return "", fmt.Errorf("%w: epoch %d: the token's payout cap is %s units, revenue %d cents × %d bp × %d units/cent is %s",
				ErrMismatch, ep.Seal.Epoch, capUnits, d.Metrics[2], r.policy.PayoutShareBP, payoutUnitsPerCent, want)
		}
		amount := new(big.Int).Sub(capUnits, new(big.Int).Mod(capUnits, big.NewInt(10)))
		if amount.Sign() == 0 {
			continue
		}
		steps := []struct {
			what string
			to   common.Address
			data []byte
		}{
			{"mint test stablecoin", a.PayoutToken, stablecoinABI.PackMint(info.Admin, amount)},
			{"approve the token", a.PayoutToken, stablecoinABI.PackApprove(a.Token, amount)},
			{"deposit payout", a.Token, tokenABI.PackDepositPayout(d, amount)},
		}
		for _, s := range steps {
			if _, err := c.sim.Chain.Send(ctx, adminOpts, s.to, s.data); err != nil {
				return "", fmt.Errorf("epoch %d: %s: %w", ep.Seal.Epoch, s.what, err)
			}
		}
		ep.Deposited = amount.Uint64()
		for _, k := range c.investors {
			holder := ethkey.Address(k)
			before, err := r.balance(ctx, a.PayoutToken, holder)
			if err != nil {
				return "", err
			}
			if _, err := c.sim.Chain.Send(ctx, c.opts(k), a.Token, tokenABI.PackClaim(d.Epoch)); err != nil {
				return "", fmt.Errorf("epoch %d: claim by %s: %w", ep.Seal.Epoch, holder, err)
			}
			after, err := r.balance(ctx, a.PayoutToken, holder)
			if err != nil {
				return "", err
			}
			ep.Claimed += new(big.Int).Sub(after, before).Uint64()
		}
		if ep.Claimed != ep.Deposited {
			return "", fmt.Errorf("%w: epoch %d: holders claimed %d units of %d deposited", ErrMismatch, ep.Seal.Epoch, ep.Claimed, ep.Deposited)
		}
		r.rep.Deposited += ep.Deposited
		r.rep.Claimed += ep.Claimed
		epochs++
		fmt.Fprintf(r.out, "      epoch %d: revenue %s × %d%% = %s TESTUSD deposited, claimed by %d holders\n",
			ep.Seal.Epoch, cents(d.Metrics[2]), r.policy.PayoutShareBP/100, usd(ep.Deposited), len(c.investors))
	}
	return fmt.Sprintf("%d payout(s): %s TESTUSD deposited, %s claimed (test-only stablecoin, worthless)",
		epochs, usd(r.rep.Deposited), usd(r.rep.Claimed)), nil
}

func (r *run) balance(ctx context.Context, token, who common.Address) (*big.Int, error) {
	out, err := r.chain.sim.Chain.Call(ctx, who, token, stablecoinABI.PackBalanceOf(who))
	if err != nil {
		return nil, fmt.Errorf("balance of %s: %w", who, err)
	}
	v, err := stablecoinABI.UnpackBalanceOf(out)
	if err != nil {
		return nil, fmt.Errorf("balance of %s: %w", who, err)
	}
	return v, nil
}

// acceptedDisclosure returns the disclosure of ep as the registry accepted
// it, from its DisclosureAccepted event.
func (r *run) acceptedDisclosure(ctx context.Context, ep *Epoch) (bindings.DisclosureRegistryDisclosure, error) {
	ev, err := r.acceptedEvent(ctx, ep)
	if err != nil {
		return bindings.DisclosureRegistryDisclosure{}, err
	}
	return bindings.DisclosureRegistryDisclosure{Pool: ev.Pool, Epoch: ev.Epoch, PolicyHash: ev.PolicyHash, Root: ev.Root,
		Chunks: ev.Chunks, ChunkRootsHash: ev.ChunkRootsHash, Count: ev.Count, Metrics: ev.Metrics}, nil
}

// usd renders 6-decimals base units as a decimal amount.
func usd(units uint64) string {
	return fmt.Sprintf("%d.%06d", units/1_000_000, units%1_000_000)
}

// cents renders cents as a decimal amount.
func cents(c uint64) string { return fmt.Sprintf("%d.%02d", c/100, c%100) }

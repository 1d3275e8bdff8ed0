// Package token is the Go side of a pool's ERC-3643-shaped RWA token
// (offshore/contracts): onboarding holders (a verified identity in the
// identity registry, then tokens minted to them), transfers, and the
// revenue payouts the token pays against proven disclosures — reading an
// epoch's payout cap, depositing a payout (approve, then depositPayout),
// closing it and claiming a holder's share. The demo and the tests act as
// token operator and holders through it. A revert comes back as the
// contract's custom error by name (onchain.RevertError), with what to do
// about it when there is something to do (a pause, a freeze, a lost
// identity, a closed payout).
//
// It does not deploy the contracts (offshore/deploy) or judge disclosures
// (the registry does; offshore/registry reads them).
package token

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

var (
	tokenABI    = bindings.NewRWAToken()
	identityABI = bindings.NewIdentityRegistry()
	erc20ABI    = bindings.NewTestOnlyStablecoin() // approve, balanceOf, mint of the test-only stablecoin
)

// ErrNoClaim: a claim's receipt carries no PayoutClaimed event.
var ErrNoClaim = errors.New("no payout claimed")

// Holder is an investor to onboard: a verified identity (an ISO 3166
// numeric country code, valid until Expiry, a unix time) holding Amount
// base units of the token.
type Holder struct {
	Address common.Address
	Country uint16
	Expiry  uint64
	Amount  *big.Int
}

// Onboard registers each holder's identity and mints their tokens, from the
// token's admin (agent) opts.
func Onboard(ctx context.Context, c *onchain.Chain, admin *bind.TransactOpts, a *deploy.Addresses, holders []Holder) error {
	for _, h := range holders {
		if _, err := c.Send(ctx, admin, a.IdentityRegistry, identityABI.PackRegisterIdentity(h.Address, h.Country, h.Expiry)); err != nil {
			return fmt.Errorf("token: registering the identity of %s: %w", h.Address, err)
		}
		if _, err := c.Send(ctx, admin, a.Token, tokenABI.PackMint(h.Address, h.Amount)); err != nil {
			return fmt.Errorf("token: minting to %s: %w", h.Address, err)
		}
	}
	return nil
}

// Transfer sends amount base units of the token at tokenAddr from opts to
// to; the token's compliance rules apply.
func Transfer(ctx context.Context, c *onchain.Chain, from *bind.TransactOpts, tokenAddr, to common.Address, amount *big.Int) error {
	if _, err := c.Send(ctx, from, tokenAddr, tokenABI.PackTransfer(to, amount)); err != nil {
		return fmt.Errorf("token: transfer of %s to %s: %w", amount, to, err)
	}
	return nil
}

// PayoutCap returns the cap of the payouts of the accepted disclosure d:
// its proven revenue times the payout share its policy had when the
// registry accepted d, in payout-token units (every deposit of the epoch
// together stays within it).
func PayoutCap(ctx context.Context, c *onchain.Chain, tokenAddr common.Address, d *disclosure.Disclosure) (*big.Int, error) {
	out, err := c.Call(ctx, common.Address{}, tokenAddr, tokenABI.PackPayoutCap(registry.Binding(d)))
	if err != nil {
		return nil, fmt.Errorf("token: payout cap of epoch %d: %w", d.Epoch, err)
	}
	v, err := tokenABI.UnpackPayoutCap(out)
	if err != nil {
		return nil, fmt.Errorf("token: payout cap of epoch %d: %w", d.Epoch, err)
	}
	return v, nil
}

// DepositPayout deposits amount payout-token units for the accepted
// disclosure d from the operator's opts: it approves the token to take them
// from payoutToken, then calls depositPayout (which reverts above the cap,
// once the payout is closed and while the token or the registry is paused),
// and returns the deposit's receipt. The deposit that reaches the cap
// closes the payout; otherwise ClosePayout does once the last part is in.
func DepositPayout(ctx context.Context, c *onchain.Chain, operator *bind.TransactOpts, tokenAddr, payoutToken common.Address, d *disclosure.Disclosure, amount *big.Int) (*types.Receipt, error) {
	if _, err := c.Send(ctx, operator, payoutToken, erc20ABI.PackApprove(tokenAddr, amount)); err != nil {
		return nil, fmt.Errorf("token: approving the payout of epoch %d: %w", d.Epoch, err)
	}
	r, err := c.Send(ctx, operator, tokenAddr, tokenABI.PackDepositPayout(registry.Binding(d), amount))
	if err != nil {
		return nil, fmt.Errorf("token: depositing the payout of epoch %d: %w%s", d.Epoch, err, advice(err))
	}
	return r, nil
}

// ClosePayout closes epoch's payout from the operator's opts: no further
// deposit, and each holder's next claim pays it its share of the rounding
// dust as well (RWAToken's notice says how it is split).
func ClosePayout(ctx context.Context, c *onchain.Chain, operator *bind.TransactOpts, tokenAddr common.Address, epoch uint64) (*types.Receipt, error) {
	r, err := c.Send(ctx, operator, tokenAddr, tokenABI.PackClosePayout(epoch))
	if err != nil {
		return nil, fmt.Errorf("token: closing the payout of epoch %d: %w%s", epoch, err, advice(err))
	}
	return r, nil
}

// Claimable returns what holder would be paid by claiming epoch now
// (frozen, unverified or paused or not).
func Claimable(ctx context.Context, c *onchain.Chain, tokenAddr common.Address, epoch uint64, holder common.Address) (*big.Int, error) {
	out, err := c.Call(ctx, holder, tokenAddr, tokenABI.PackClaimable(epoch, holder))
	if err != nil {
		return nil, fmt.Errorf("token: claimable of epoch %d by %s: %w", epoch, holder, err)
	}
	v, err := tokenABI.UnpackClaimable(out)
	if err != nil {
		return nil, fmt.Errorf("token: claimable of epoch %d by %s: %w", epoch, holder, err)
	}
	return v, nil
}

// Claim claims the holder's share of epoch's payout and returns the amount
// paid, from the receipt's PayoutClaimed event (zero when a claim after the
// close only settles a holder who had been paid its due already).
func Claim(ctx context.Context, c *onchain.Chain, holder *bind.TransactOpts, tokenAddr common.Address, epoch uint64) (*big.Int, *types.Receipt, error) {
	r, err := c.Send(ctx, holder, tokenAddr, tokenABI.PackClaim(epoch))
	if err != nil {
		return nil, nil, fmt.Errorf("token: claim of epoch %d by %s: %w%s", epoch, holder.From, err, advice(err))
	}
	for _, l := range r.Logs {
		if l.Address != tokenAddr {
			continue
		}
		if ev, err := tokenABI.UnpackPayoutClaimedEvent(l); err == nil && ev.Epoch == epoch && ev.Holder == holder.From {
			return ev.Amount, r, nil
		}
	}
	return nil, r, fmt.Errorf("%w: epoch %d by %s (tx %s)", ErrNoClaim, epoch, holder.From, r.TxHash)
}

// BalanceOf returns who's balance of the ERC-20 at erc20.
func BalanceOf(ctx context.Context, c *onchain.Chain, erc20, who common.Address) (*big.Int, error) {
	out, err := c.Call(ctx, who, erc20, erc20ABI.PackBalanceOf(who))
	if err != nil {
		return nil, fmt.Errorf("token: balance of %s: %w", who, err)
	}
	v, err := erc20ABI.UnpackBalanceOf(out)
	if err != nil {
		return nil, fmt.Errorf("token: balance of %s: %w", who, err)
	}
	return v, nil
}

// MintTestStablecoin mints amount of the TEST-ONLY stablecoin deploy.Deploy
// makes when given no payout token (worthless, mintable by its admin) to
// to: how the demo and the tests fund payouts.
func MintTestStablecoin(ctx context.Context, c *onchain.Chain, admin *bind.TransactOpts, stablecoin, to common.Address, amount *big.Int) error {
	if _, err := c.Send(ctx, admin, stablecoin, erc20ABI.PackMint(to, amount)); err != nil {
		return fmt.Errorf("token: minting %s test stablecoin to %s: %w", amount, to, err)
	}
	return nil
}

// advices says what to do about the token's reverts that someone can act on.
var advices = map[string]string{
	"EnforcedPause":       "the token is paused: its agent must unpause it",
	"RegistryPaused":      "the disclosure registry is paused: wait for its guardian to unpause it",
	"AccountFrozen":       "the holder is frozen: the token's agent must unfreeze it; its share waits for it",
	"ClaimantNotVerified": "the holder's identity is missing or expired: an identity agent must register it again; its share waits for it",
	"PayoutAlreadyClosed": "the epoch's payout is closed: no further deposit for it",
	"PayoutAboveCap":      "the epoch's deposits may not exceed its cap (PayoutCap)",
	"SnapshotNotFinal":    "the disclosure was accepted in this block: deposit in a later one",
}

// advice returns "; " and what to do about err, or "".
func advice(err error) string {
	if a, ok := advices[onchain.RevertName(err)]; ok {
		return "; " + a
	}
	return ""
}

package offshore_test

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/token"
)

// The Go side of the payouts: a closed payout is paid out in full through
// token.DepositPayout, token.ClosePayout and token.Claim, and every revert
// comes back by name, with what to do about it.
func TestTheTokenHelpersPayOutAndNameEveryRevert(t *testing.T) {
	e := newEnv(t)
	e.holders()
	a := e.others[0]
	holder := func(i int) *bind.TransactOpts { return bind.NewKeyedTransactor(e.others[i], e.dom.ChainID) }
	d := e.mustSubmit(e.first)
	const amount = 1_000_003 // 4000 tokens: three units of dust
	if err := token.MintTestStablecoin(e.ctx, e.chain(), e.opts, e.addrs.PayoutToken, addr(e.admin), big.NewInt(2*amount)); err != nil {
		t.Fatal(err)
	}
	wantHelperRevert := func(t *testing.T, err error, name, advice string) {
		t.Helper()
		if !errors.Is(err, onchain.ErrReverted) || onchain.RevertName(err) != name || !strings.Contains(err.Error(), advice) {
			t.Fatalf("got %v; want the revert %s saying %q", err, name, advice)
		}
	}

	if err := e.send(e.addrs.Token, tokenABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	_, err := token.DepositPayout(e.ctx, e.chain(), e.opts, e.addrs.Token, e.addrs.PayoutToken, &d, big.NewInt(amount))
	wantHelperRevert(t, err, "EnforcedPause", "its agent must unpause it")
	if err := e.send(e.addrs.Token, tokenABI.PackUnpause()); err != nil {
		t.Fatal(err)
	}
	if _, err := token.DepositPayout(e.ctx, e.chain(), e.opts, e.addrs.Token, e.addrs.PayoutToken, &d, big.NewInt(amount)); err != nil {
		t.Fatal(err)
	}
	if _, err := token.ClosePayout(e.ctx, e.chain(), e.opts, e.addrs.Token, d.Epoch); err != nil {
		t.Fatal(err)
	}
	_, err = token.ClosePayout(e.ctx, e.chain(), e.opts, e.addrs.Token, d.Epoch)
	wantHelperRevert(t, err, "PayoutAlreadyClosed", "no further deposit")
	_, err = token.DepositPayout(e.ctx, e.chain(), e.opts, e.addrs.Token, e.addrs.PayoutToken, &d, big.NewInt(1))
	wantHelperRevert(t, err, "PayoutAlreadyClosed", "no further deposit")

	if err := e.send(e.addrs.Token, tokenABI.PackSetFrozen(addr(a), true)); err != nil {
		t.Fatal(err)
	}
	_, _, err = token.Claim(e.ctx, e.chain(), holder(0), e.addrs.Token, d.Epoch)
	wantHelperRevert(t, err, "AccountFrozen", "must unfreeze it; its share waits for it")
	if err := e.send(e.addrs.Token, tokenABI.PackSetFrozen(addr(a), false)); err != nil {
		t.Fatal(err)
	}
	if err := e.send(e.addrs.IdentityRegistry, identityABI.PackDeleteIdentity(addr(a))); err != nil {
		t.Fatal(err)
	}
	_, _, err = token.Claim(e.ctx, e.chain(), holder(0), e.addrs.Token, d.Epoch)
	wantHelperRevert(t, err, "ClaimantNotVerified", "must register it again")
	if err := e.send(e.addrs.IdentityRegistry, identityABI.PackRegisterIdentity(addr(a), 276, e.now()+86400)); err != nil {
		t.Fatal(err)
	}

	// a (1000 of 4000) settles first: floor(1000003/4) = 250000; b the rest.
	due, err := token.Claimable(e.ctx, e.chain(), e.addrs.Token, d.Epoch, addr(a))
	if err != nil {
		t.Fatal(err)
	}
	wantInt(t, "a's claimable", due, 250_000)
	got, _, err := token.Claim(e.ctx, e.chain(), holder(0), e.addrs.Token, d.Epoch)
	if err != nil {
		t.Fatal(err)
	}
	wantInt(t, "a's claim", got, 250_000)
	if got, _, err = token.Claim(e.ctx, e.chain(), holder(1), e.addrs.Token, d.Epoch); err != nil {
		t.Fatal(err)
	}
	wantInt(t, "b's claim", got, amount-250_000)
	_, _, err = token.Claim(e.ctx, e.chain(), holder(1), e.addrs.Token, d.Epoch)
	wantHelperRevert(t, err, "AlreadyClaimed", "")
	if left, err := token.BalanceOf(e.ctx, e.chain(), e.addrs.PayoutToken, e.addrs.Token); err != nil || left.Sign() != 0 {
		t.Fatalf("left in the token: %v (%v)", left, err)
	}
}

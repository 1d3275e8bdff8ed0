package offshore_test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/offshore/registry"
)

// holders registers others[0..2] as verified investors and mints them
// 1000, 3000 and 0 tokens; others[3] stays unverified.
func (e *env) holders() {
	e.t.Helper()
	expiry := e.now() + 365*86400
	for _, k := range e.others[:3] {
		if err := e.send(e.addrs.IdentityRegistry, identityABI.PackRegisterIdentity(addr(k), 276, expiry)); err != nil {
			e.t.Fatal(err)
		}
	}
	for i, amt := range []int64{1000, 3000} {
		if err := e.send(e.addrs.Token, tokenABI.PackMint(addr(e.others[i]), big.NewInt(amt))); err != nil {
			e.t.Fatal(err)
		}
	}
}

func (e *env) transfer(from *ecdsa.PrivateKey, to common.Address, amount int64) error {
	return e.sendFrom(from, e.addrs.Token, tokenABI.PackTransfer(to, big.NewInt(amount)))
}

func (e *env) balance(token, who common.Address) *big.Int {
	e.t.Helper()
	v, err := tokenABI.UnpackBalanceOf(e.call(token, tokenABI.PackBalanceOf(who)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func TestTransfersNeedVerifiedUnfrozenHoldersAndAnUnpausedToken(t *testing.T) {
	e := newEnv(t)
	e.holders()
	a, b, c, stranger := e.others[0], e.others[1], e.others[2], e.others[3]
	if err := e.transfer(a, addr(c), 10); err != nil {
		t.Fatalf("verified to verified: %v", err)
	}
	cases := []struct {
		name  string
		setup []byte
		undo  []byte
		to    common.Address
		amt   int64
		want  string
	}{
		{"to an unverified address", nil, nil, addr(stranger), 1, "RecipientNotVerified"},
		{"more than the balance", nil, nil, addr(b), 5000, "ERC20InsufficientBalance"},
		{"from a frozen holder", tokenABI.PackSetFrozen(addr(a), true), tokenABI.PackSetFrozen(addr(a), false), addr(b), 1, "AccountFrozen"},
		{"to a frozen holder", tokenABI.PackSetFrozen(addr(b), true), tokenABI.PackSetFrozen(addr(b), false), addr(b), 1, "AccountFrozen"},
		{"while paused", tokenABI.PackPause(), tokenABI.PackUnpause(), addr(b), 1, "EnforcedPause"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				if err := e.send(e.addrs.Token, tc.setup); err != nil {
					t.Fatal(err)
				}
				defer func() {
					if err := e.send(e.addrs.Token, tc.undo); err != nil {
						t.Fatal(err)
					}
				}()
			}
			wantRevert(t, e.transfer(a, tc.to, tc.amt), tc.want)
		})
	}
	t.Run("from a holder whose identity was deleted", func(t *testing.T) {
		if err := e.send(e.addrs.IdentityRegistry, identityABI.PackDeleteIdentity(addr(c))); err != nil {
			t.Fatal(err)
		}
		wantRevert(t, e.transfer(c, addr(a), 1), "SenderNotVerified")
	})
	t.Run("an agent forces a transfer out of a frozen account", func(t *testing.T) {
		if err := e.send(e.addrs.Token, tokenABI.PackSetFrozen(addr(a), true)); err != nil {
			t.Fatal(err)
		}
		if err := e.send(e.addrs.Token, tokenABI.PackForcedTransfer(addr(a), addr(b), big.NewInt(5))); err != nil {
			t.Fatalf("forced transfer: %v", err)
		}
		wantRevert(t, e.send(e.addrs.Token, tokenABI.PackForcedTransfer(addr(b), addr(stranger), big.NewInt(1))), "RecipientNotVerified")
		wantRevert(t, e.sendFrom(b, e.addrs.Token, tokenABI.PackForcedTransfer(addr(a), addr(b), big.NewInt(1))), "AccessControlUnauthorizedAccount")
	})
	t.Run("an identity expires", func(t *testing.T) {
		e.advance(400 * 24 * time.Hour)
		wantRevert(t, e.transfer(b, addr(a), 1), "SenderNotVerified")
	})
}

func TestCanTransferAlwaysPredictsTheOutcomeAndSupplyIsTheSumOfBalances(t *testing.T) {
	e := newEnv(t)
	e.holders()
	rng := rand.New(rand.NewPCG(11, 13))
	accounts := e.others
	steps := 120
	if testing.Short() {
		steps = 40
	}
	paused := false
	agree, succeeded := 0, 0
	for i := range steps {
		// Perturb the compliance state now and then.
		switch rng.IntN(6) {
		case 0:
			k := accounts[rng.IntN(len(accounts))]
			if err := e.send(e.addrs.Token, tokenABI.PackSetFrozen(addr(k), rng.IntN(2) == 0)); err != nil {
				t.Fatal(err)
			}
		case 1:
			if paused {
				_ = e.send(e.addrs.Token, tokenABI.PackUnpause())
			} else {
				_ = e.send(e.addrs.Token, tokenABI.PackPause())
			}
			paused = !paused
		case 2:
			k := accounts[rng.IntN(len(accounts))]
			if rng.IntN(2) == 0 {
				_ = e.send(e.addrs.IdentityRegistry, identityABI.PackRegisterIdentity(addr(k), 276, e.now()+86400))
			} else {
				_ = e.send(e.addrs.IdentityRegistry, identityABI.PackDeleteIdentity(addr(k)))
			}
		}
		from, to := accounts[rng.IntN(len(accounts))], accounts[rng.IntN(len(accounts))]
		amt := rng.Int64N(1500)
		can, err := tokenABI.UnpackCanTransfer(e.call(e.addrs.Token, tokenABI.PackCanTransfer(addr(from), addr(to), big.NewInt(amt))))
		if err != nil {
			t.Fatal(err)
		}
		err = e.transfer(from, addr(to), amt)
		if can != (err == nil) {
			t.Fatalf("step %d: canTransfer %v, transfer error %v", i, can, err)
		}
		agree++
		if err == nil {
			succeeded++
		}
		sum := new(big.Int)
		for _, k := range accounts {
			sum.Add(sum, e.balance(e.addrs.Token, addr(k)))
		}
		supply, err := tokenABI.UnpackTotalSupply(e.call(e.addrs.Token, tokenABI.PackTotalSupply()))
		if err != nil || supply.Cmp(sum) != 0 {
			t.Fatalf("step %d: supply %v, sum of balances %v", i, supply, sum)
		}
	}
	if succeeded == 0 || succeeded == agree {
		t.Fatalf("fuzz saw %d successes of %d: widen it", succeeded, agree)
	}
	t.Logf("canTransfer agreed with %d transfers (%d succeeded)", agree, succeeded)
}

func TestPayoutsAreCappedByProvenRevenueAndClaimedOncePerHolder(t *testing.T) {
	e := newEnv(t)
	e.holders()
	a, b, c := e.others[0], e.others[1], e.others[2]
	d := e.mustSubmit(e.first)
	// Moves after the disclosure do not change the shares.
	if err := e.transfer(b, addr(c), 3000); err != nil {
		t.Fatal(err)
	}
	cap, err := e.payoutCap(&d)
	if err != nil {
		t.Fatal(err)
	}
	// revenue_cents × 3000 bp × 10^4 units per cent / 10^4.
	if want := new(big.Int).SetUint64(d.Metrics[2] * 3000); cap.Cmp(want) != 0 {
		t.Fatalf("cap %v, want %v", cap, want)
	}
	funds := new(big.Int).Mul(cap, big.NewInt(2))
	e.fund(funds)
	over := new(big.Int).Add(cap, big.NewInt(1))
	wantRevert(t, e.send(e.addrs.Token, tokenABI.PackDepositPayout(registry.Binding(&d), over)), "PayoutAboveCap")
	undisclosed := e.goodDisclosure(d.Epoch - 1)
	wantRevert(t, e.send(e.addrs.Token, tokenABI.PackDepositPayout(registry.Binding(&undisclosed), big.NewInt(1))), "NotDisclosed")
	wantRevert(t, e.sendFrom(a, e.addrs.Token, tokenABI.PackDepositPayout(registry.Binding(&d), big.NewInt(1))), "AccessControlUnauthorizedAccount")
	half := new(big.Int).Div(cap, big.NewInt(2))
	if err := e.send(e.addrs.Token, tokenABI.PackDepositPayout(registry.Binding(&d), half)); err != nil {
		t.Fatal(err)
	}
	rest := new(big.Int).Sub(cap, half)
	wantRevert(t, e.send(e.addrs.Token, tokenABI.PackDepositPayout(registry.Binding(&d), new(big.Int).Add(rest, big.NewInt(1)))), "PayoutAboveCap")
	if err := e.send(e.addrs.Token, tokenABI.PackDepositPayout(registry.Binding(&d), rest)); err != nil {
		t.Fatal(err)
	}
	claim := func(k *ecdsa.PrivateKey) error { return e.claim(k, d.Epoch) }
	if err := claim(a); err != nil {
		t.Fatal(err)
	}
	if err := claim(b); err != nil {
		t.Fatal(err)
	}
	// a held 1000 and b 3000 of 4000 at the disclosure.
	if got, want := e.balance(e.addrs.PayoutToken, addr(a)), new(big.Int).Div(cap, big.NewInt(4)); got.Cmp(want) != 0 {
		t.Fatalf("a got %v, want %v", got, want)
	}
	if got, want := e.balance(e.addrs.PayoutToken, addr(b)), new(big.Int).Div(new(big.Int).Mul(cap, big.NewInt(3)), big.NewInt(4)); got.Cmp(want) != 0 {
		t.Fatalf("b got %v, want %v", got, want)
	}
	wantRevert(t, claim(a), "AlreadyClaimed")
	wantRevert(t, claim(c), "NothingToClaim")
	wantRevert(t, e.sendFrom(a, e.addrs.Token, tokenABI.PackClaim(d.Epoch-1)), "NoPayout")
}

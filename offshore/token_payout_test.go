package offshore_test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// fund mints amount of the test stablecoin to the admin (the token's
// operator) and approves the token to take it.
func (e *env) fund(amount *big.Int) {
	e.t.Helper()
	if err := e.send(e.addrs.PayoutToken, stableABI.PackMint(addr(e.admin), amount)); err != nil {
		e.t.Fatal(err)
	}
	if err := e.send(e.addrs.PayoutToken, stableABI.PackApprove(e.addrs.Token, amount)); err != nil {
		e.t.Fatal(err)
	}
}

func (e *env) deposit(d *disclosure.Disclosure, amount int64) error {
	return e.send(e.addrs.Token, tokenABI.PackDepositPayout(registry.Binding(d), big.NewInt(amount)))
}

func (e *env) claim(k *ecdsa.PrivateKey, epoch uint64) error {
	return e.sendFrom(k, e.addrs.Token, tokenABI.PackClaim(epoch))
}

func (e *env) mustClaim(k *ecdsa.PrivateKey, epoch uint64) {
	e.t.Helper()
	if err := e.claim(k, epoch); err != nil {
		e.t.Fatalf("claim of epoch %d by %s: %v", epoch, addr(k), err)
	}
}

func (e *env) payoutCap(d *disclosure.Disclosure) (*big.Int, error) {
	out, err := e.chain().Call(e.ctx, addr(e.admin), e.addrs.Token, tokenABI.PackPayoutCap(registry.Binding(d)))
	if err != nil {
		return nil, err
	}
	return tokenABI.UnpackPayoutCap(out)
}

func (e *env) claimable(epoch uint64, who common.Address) *big.Int {
	e.t.Helper()
	v, err := tokenABI.UnpackClaimable(e.call(e.addrs.Token, tokenABI.PackClaimable(epoch, who)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// paid returns what who has received of the payout token so far.
func (e *env) paid(who common.Address) int64 {
	e.t.Helper()
	return e.balance(e.addrs.PayoutToken, who).Int64()
}

func wantInt(t testing.TB, what string, got *big.Int, want int64) {
	t.Helper()
	if got.Cmp(big.NewInt(want)) != 0 {
		t.Fatalf("%s: %v, want %d", what, got, want)
	}
}

// wantRevertFor is wantRevert for an error whose first argument is who.
func wantRevertFor(t testing.TB, err error, name string, who common.Address) {
	t.Helper()
	wantRevert(t, err, name)
	if args := onchain.AsRevert(err).Args; len(args) == 0 || args[0] != who {
		t.Fatalf("%s names %v; want %s", name, args, who)
	}
}

// Issue #12 item 8: a frozen or de-verified holder cannot claim, pauses stop
// payouts, and what the holder is due waits for it — nobody else, the agent
// who froze it included, can take it — until it is unfrozen and verified
// again.
func TestItem8FrozenOrUnverifiedHoldersWaitForTheirShareAndPausesStopPayouts(t *testing.T) {
	e := newEnv(t)
	e.holders()
	a, b, c := e.others[0], e.others[1], e.others[2]
	d := e.mustSubmit(e.first)
	const amount = 4_000_000 // a holds 1000 and b 3000 of 4000
	e.fund(big.NewInt(amount))

	if err := e.send(e.addrs.Token, tokenABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, e.deposit(&d, amount), "EnforcedPause")
	if err := e.send(e.addrs.Token, tokenABI.PackUnpause()); err != nil {
		t.Fatal(err)
	}
	if err := e.send(e.addrs.Registry, registryABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, e.deposit(&d, amount), "RegistryPaused")
	e.mustGovern(governance.Unpause(e.addrs.Registry))
	if err := e.deposit(&d, amount); err != nil {
		t.Fatal(err)
	}
	if err := e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)); err != nil {
		t.Fatal(err)
	}

	if err := e.send(e.addrs.Token, tokenABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, e.claim(b, d.Epoch), "EnforcedPause")
	if err := e.send(e.addrs.Token, tokenABI.PackUnpause()); err != nil {
		t.Fatal(err)
	}

	// The agent freezes a, deletes its identity and forces its tokens to
	// b: a's share of the disclosed epoch stays a's.
	if err := e.send(e.addrs.Token, tokenABI.PackSetFrozen(addr(a), true)); err != nil {
		t.Fatal(err)
	}
	wantRevertFor(t, e.claim(a, d.Epoch), "AccountFrozen", addr(a))
	if err := e.send(e.addrs.Token, tokenABI.PackForcedTransfer(addr(a), addr(b), big.NewInt(1000))); err != nil {
		t.Fatal(err)
	}
	if err := e.send(e.addrs.IdentityRegistry, identityABI.PackDeleteIdentity(addr(a))); err != nil {
		t.Fatal(err)
	}
	e.mustClaim(b, d.Epoch)
	if got := e.paid(addr(b)); got != 3_000_000 {
		t.Fatalf("b was paid %d, want its 3000/4000: 3000000", got)
	}
	wantRevert(t, e.claim(b, d.Epoch), "AlreadyClaimed")
	wantRevert(t, e.claim(c, d.Epoch), "NothingToClaim")
	wantInt(t, "a's claimable while frozen", e.claimable(d.Epoch, addr(a)), 1_000_000)
	wantInt(t, "the token's payout-token balance", e.balance(e.addrs.PayoutToken, e.addrs.Token), 1_000_000)

	if err := e.send(e.addrs.Token, tokenABI.PackSetFrozen(addr(a), false)); err != nil {
		t.Fatal(err)
	}
	wantRevertFor(t, e.claim(a, d.Epoch), "ClaimantNotVerified", addr(a))
	if err := e.send(e.addrs.IdentityRegistry, identityABI.PackRegisterIdentity(addr(a), 276, e.now()+86400)); err != nil {
		t.Fatal(err)
	}
	e.mustClaim(a, d.Epoch)
	if got := e.paid(addr(a)); got != 1_000_000 {
		t.Fatalf("a was paid %d once restored, want 1000000", got)
	}
	wantInt(t, "the token's payout-token balance after every claim", e.balance(e.addrs.PayoutToken, e.addrs.Token), 0)
}

// Issue #12 item 9: the payout share is the one in force when the
// disclosure was accepted. Withdrawing the policy leaves the epoch payable;
// allowing it again at 100 % does not raise the epoch's cap of
// 6,000,000,000 units to 20,000,000,000, while an epoch accepted after that
// gets the new share.
func TestItem9ThePayoutShareIsTheOneInForceAtAcceptance(t *testing.T) {
	e := newEnv(t)
	e.holders()
	d := e.mustSubmit(e.first)
	const accepted = 6_000_000_000 // revenue 2,000,000 cents × 30 % × 10^4 units per cent
	cap, err := e.payoutCap(&d)
	if err != nil {
		t.Fatal(err)
	}
	wantInt(t, "cap at 30 %", cap, accepted)
	e.fund(big.NewInt(3 * accepted))

	e.mustGovern(governance.DisallowPolicy(e.addrs.Registry, testPool.Field(), d.PolicyHash))
	if cap, err = e.payoutCap(&d); err != nil {
		t.Fatalf("payoutCap after the policy was withdrawn: %v", err)
	}
	wantInt(t, "cap after the policy was withdrawn", cap, accepted)
	if err := e.deposit(&d, accepted/2); err != nil {
		t.Fatalf("deposit after the policy was withdrawn: %v", err)
	}

	e.mustGovern(governance.AllowPolicy(e.addrs.Registry, testPool.Field(), d.PolicyHash, 10_000, uint8(e.policy.Disclose)))
	if cap, err = e.payoutCap(&d); err != nil {
		t.Fatal(err)
	}
	wantInt(t, "cap after the policy came back at 100 %", cap, accepted)
	err = e.deposit(&d, accepted)
	wantRevert(t, err, "PayoutAboveCap")
	if args := onchain.AsRevert(err).Args; args[1].(*big.Int).Cmp(big.NewInt(accepted)) != 0 {
		t.Fatalf("PayoutAboveCap%v; want the cap %d", args, int64(accepted))
	}
	if err := e.deposit(&d, accepted/2); err != nil {
		t.Fatalf("the rest of the cap: %v", err)
	}
	// The deposit that reaches the cap closes the payout.
	wantRevert(t, e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)), "PayoutAlreadyClosed")

	n := e.mustSubmit(d.Epoch + 1)
	if cap, err = e.payoutCap(&n); err != nil {
		t.Fatal(err)
	}
	wantInt(t, "cap of an epoch accepted at 100 %", cap, 20_000_000_000)

	other := n
	other.Pool = big.NewInt(2)
	_, err = e.payoutCap(&other)
	wantRevert(t, err, "PoolMismatch")
	wantRevert(t, e.deposit(&other, 1), "PoolMismatch")
	stale := n
	stale.Metrics[2]++
	_, err = e.payoutCap(&stale)
	wantRevert(t, err, "NotDisclosed")
}

// threeHolders registers others[0..2] and mints each exactly one token
// (10^18 base units).
func (e *env) threeHolders() {
	e.t.Helper()
	one := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for _, k := range e.others[:3] {
		if err := e.send(e.addrs.IdentityRegistry, identityABI.PackRegisterIdentity(addr(k), 276, e.now()+365*86400)); err != nil {
			e.t.Fatal(err)
		}
		if err := e.send(e.addrs.Token, tokenABI.PackMint(addr(k), one)); err != nil {
			e.t.Fatal(err)
		}
	}
}

// Issue #12 item 10: three holders of one token each, 100 units deposited:
// nothing stays in the contract once everyone has claimed, each holder gets
// floor(100/3) = 33 or 34, deposited at once or in two parts with claims in
// between. A holder who never claims leaves exactly its own due behind.
func TestItem10RoundingDustGoesToTheHoldersAndNothingIsStranded(t *testing.T) {
	e := newEnv(t)
	e.threeHolders()
	a, b, c := e.others[0], e.others[1], e.others[2]
	first := e.first
	t.Run("100 units at once", func(t *testing.T) {
		d := e.mustSubmit(first)
		e.fund(big.NewInt(101)) // one more than deposited; and a block after the disclosure's
		if err := e.deposit(&d, 100); err != nil {
			t.Fatal(err)
		}
		// Open: each is due floor(100/3).
		wantInt(t, "a's due while open", e.claimable(d.Epoch, addr(a)), 33)
		e.mustClaim(a, d.Epoch)
		wantRevert(t, e.claim(a, d.Epoch), "AlreadyClaimed")
		if err := e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)); err != nil {
			t.Fatal(err)
		}
		wantRevert(t, e.deposit(&d, 1), "PayoutAlreadyClosed")
		wantRevert(t, e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)), "PayoutAlreadyClosed")
		e.mustClaim(a, d.Epoch) // settles a at [0, 1): floor(100/3) − 0 = 33, paid already
		e.mustClaim(b, d.Epoch) // [1, 2): 66 − 33
		wantInt(t, "c's due, last", e.claimable(d.Epoch, addr(c)), 34)
		e.mustClaim(c, d.Epoch) // [2, 3): 100 − 66
		wantRevert(t, e.claim(a, d.Epoch), "AlreadyClaimed")
		for _, w := range []struct {
			k    *ecdsa.PrivateKey
			want int64
		}{{a, 33}, {b, 33}, {c, 34}} {
			if got := e.paid(addr(w.k)); got != w.want {
				t.Fatalf("%s was paid %d, want %d", addr(w.k), got, w.want)
			}
		}
		wantInt(t, "left in the token", e.balance(e.addrs.PayoutToken, e.addrs.Token), 0)
	})
	t.Run("100 units in two parts with claims in between", func(t *testing.T) {
		d := e.mustSubmit(first + 1)
		e.fund(big.NewInt(100))
		before := map[common.Address]int64{addr(a): e.paid(addr(a)), addr(b): e.paid(addr(b)), addr(c): e.paid(addr(c))}
		if err := e.deposit(&d, 40); err != nil {
			t.Fatal(err)
		}
		e.mustClaim(b, d.Epoch) // floor(40/3) = 13
		if err := e.deposit(&d, 60); err != nil {
			t.Fatal(err)
		}
		e.mustClaim(c, d.Epoch) // floor(100/3) = 33
		if err := e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)); err != nil {
			t.Fatal(err)
		}
		for _, k := range []*ecdsa.PrivateKey{a, b, c} {
			e.mustClaim(k, d.Epoch)
		}
		total := int64(0)
		for _, k := range []*ecdsa.PrivateKey{a, b, c} {
			got := e.paid(addr(k)) - before[addr(k)]
			if got != 33 && got != 34 {
				t.Fatalf("%s was paid %d of 100 among three equal holders, want 33 or 34", addr(k), got)
			}
			total += got
		}
		if total != 100 {
			t.Fatalf("holders were paid %d of 100", total)
		}
		wantInt(t, "left in the token", e.balance(e.addrs.PayoutToken, e.addrs.Token), 0)
	})
	t.Run("a holder who never claims leaves its own due and nothing else", func(t *testing.T) {
		d := e.mustSubmit(first + 2)
		e.fund(big.NewInt(100))
		if err := e.send(e.addrs.Token, tokenABI.PackSetFrozen(addr(b), true)); err != nil {
			t.Fatal(err)
		}
		if err := e.deposit(&d, 100); err != nil {
			t.Fatal(err)
		}
		if err := e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)); err != nil {
			t.Fatal(err)
		}
		e.mustClaim(a, d.Epoch)
		e.mustClaim(c, d.Epoch)
		left := e.balance(e.addrs.PayoutToken, e.addrs.Token)
		wantInt(t, "left in the token", left, 34)
		wantInt(t, "b's due", e.claimable(d.Epoch, addr(b)), 34)
	})
}

// Every role check of the token reverts for a caller without the role;
// closing a payout follows the pause and needs a payout; a deposit needs an
// amount; the supply fits the snapshots.
func TestEveryTokenRoleCheckRevertsForOthers(t *testing.T) {
	e := newEnv(t)
	e.holders()
	a, b := e.others[0], e.others[1]
	d := e.mustSubmit(e.first)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"mint", tokenABI.PackMint(addr(a), big.NewInt(1))},
		{"burn", tokenABI.PackBurn(addr(b), big.NewInt(1))},
		{"setFrozen", tokenABI.PackSetFrozen(addr(b), true)},
		{"forcedTransfer", tokenABI.PackForcedTransfer(addr(b), addr(a), big.NewInt(1))},
		{"pause", tokenABI.PackPause()},
		{"unpause", tokenABI.PackUnpause()},
		{"depositPayout", tokenABI.PackDepositPayout(registry.Binding(&d), big.NewInt(1))},
		{"closePayout", tokenABI.PackClosePayout(d.Epoch)},
	} {
		t.Run(tc.name+" by a holder", func(t *testing.T) {
			wantRevertFor(t, e.sendFrom(a, e.addrs.Token, tc.data), "AccessControlUnauthorizedAccount", addr(a))
		})
	}
	wantRevert(t, e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)), "NoPayout")
	// The snapshots hold 208-bit balances: a supply beyond them is refused.
	wantRevert(t, e.send(e.addrs.Token, tokenABI.PackMint(addr(a), new(big.Int).Lsh(big.NewInt(1), 208))), "SafeCastOverflowedUintDowncast")
	e.fund(big.NewInt(10))
	wantRevert(t, e.deposit(&d, 0), "PayoutZero")
	if err := e.deposit(&d, 10); err != nil {
		t.Fatal(err)
	}
	if err := e.send(e.addrs.Token, tokenABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)), "EnforcedPause")
}

// Issue #12 item 10, at random: holders of unequal balances, deposits in up
// to three parts with claims in between, closing, then every holder's
// settling claim in a random order. Each holder of b ends with
// floor(b·A/S) or one more, the holders together with exactly A, and the
// token with nothing of the epoch.
func TestItem10EveryHolderGetsItsFloorAndTheDustAtRandom(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(12, 10))
	holders := e.others
	for _, k := range holders {
		if err := e.send(e.addrs.IdentityRegistry, identityABI.PackRegisterIdentity(addr(k), 276, e.now()+365*86400)); err != nil {
			t.Fatal(err)
		}
	}
	rounds := 5
	e.advance(time.Duration(e.policy.EpochSeconds()) * time.Second) // five ended epochs from the first
	for r := range rounds {
		for _, k := range holders {
			if err := e.send(e.addrs.Token, tokenABI.PackMint(addr(k), big.NewInt(1+rng.Int64N(1000)))); err != nil {
				t.Fatal(err)
			}
		}
		d := e.mustSubmit(e.first + uint64(r))
		supply, err := tokenABI.UnpackTotalSupply(e.call(e.addrs.Token, tokenABI.PackTotalSupply()))
		if err != nil {
			t.Fatal(err)
		}
		before, bal := map[common.Address]int64{}, map[common.Address]int64{}
		for _, k := range holders {
			before[addr(k)], bal[addr(k)] = e.paid(addr(k)), e.balance(e.addrs.Token, addr(k)).Int64()
		}
		var total int64
		for range 1 + rng.IntN(3) {
			part := 1 + rng.Int64N(1000)
			e.fund(big.NewInt(part))
			if err := e.deposit(&d, part); err != nil {
				t.Fatal(err)
			}
			total += part
			for _, k := range holders {
				if rng.IntN(2) == 0 {
					if err := e.claim(k, d.Epoch); err != nil && onchain.RevertName(err) != "AlreadyClaimed" && onchain.RevertName(err) != "NothingToClaim" {
						t.Fatalf("round %d: claim while open: %v", r, err)
					}
				}
			}
		}
		if err := e.send(e.addrs.Token, tokenABI.PackClosePayout(d.Epoch)); err != nil {
			t.Fatal(err)
		}
		var sum int64
		for _, i := range rng.Perm(len(holders)) {
			k := holders[i]
			e.mustClaim(k, d.Epoch)
			got := e.paid(addr(k)) - before[addr(k)]
			floor := bal[addr(k)] * total / supply.Int64()
			if got != floor && got != floor+1 {
				t.Fatalf("round %d: a holder of %d of %d was paid %d of %d; want %d or %d", r, bal[addr(k)], supply, got, total, floor, floor+1)
			}
			sum += got
		}
		if sum != total {
			t.Fatalf("round %d: holders were paid %d of %d", r, sum, total)
		}
		wantInt(t, "left in the token", e.balance(e.addrs.PayoutToken, e.addrs.Token), 0)
	}
}

// The payout's remaining preconditions: a deposit waits for a block after
// the disclosure's and needs holders at it; snapshots answer only for past
// blocks.
func TestADepositNeedsAFinalSnapshotWithHolders(t *testing.T) {
	e := newEnv(t)
	e.fund(big.NewInt(10))
	empty := e.mustSubmit(e.first)
	e.holders() // minted after the snapshot of empty
	wantRevert(t, e.deposit(&empty, 10), "NoHolders")
	d := e.mustSubmit(empty.Epoch + 1)
	// Estimated in the block that accepted d: its snapshot is not final yet.
	wantRevert(t, e.deposit(&d, 10), "SnapshotNotFinal")
	far := new(big.Int).Lsh(big.NewInt(1), 40)
	for _, data := range [][]byte{tokenABI.PackBalanceOfAt(addr(e.others[0]), far), tokenABI.PackTotalSupplyAt(far)} {
		_, err := e.chain().Call(e.ctx, addr(e.admin), e.addrs.Token, data)
		wantRevert(t, err, "FutureLookup")
	}
}

// Item 7 of issue #12: the registry's poolToken is enforced. A second
// token deployed for the same pool can not pay out (nor cap) on the pool's
// disclosures: only the token the registry names for the pool can.
func TestItem7OnlyThePoolsTokenPaysOutOnItsDisclosures(t *testing.T) {
	e := newEnv(t)
	d := e.mustSubmit(e.first)
	e.advance(time.Second)
	rogue, _, err := e.chain().Deploy(e.ctx, e.opts, common.FromHex(bindings.RWATokenMetaData.Bin),
		tokenABI.PackConstructor("Rogue", "RGE", bindings.RWATokenRoles{Admin: addr(e.admin), AdminDelay: big.NewInt(60), Agent: addr(e.admin), Operator: addr(e.admin)},
			e.addrs.IdentityRegistry, e.addrs.Registry, testPool.Field(), e.addrs.PayoutToken, big.NewInt(10_000)))
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.chain().Call(e.ctx, addr(e.admin), rogue, tokenABI.PackPayoutCap(registry.Binding(&d)))
	wantRevert(t, err, "NotThePoolsToken")
	wantRevert(t, e.send(rogue, tokenABI.PackDepositPayout(registry.Binding(&d), big.NewInt(1))), "NotThePoolsToken")
	// The pool's own token caps it.
	if _, err := e.payoutCap(&d); err != nil {
		t.Fatalf("the pool's token: %v", err)
	}
}

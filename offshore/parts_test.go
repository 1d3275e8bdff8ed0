package offshore_test

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// shapeEpoch returns a good disclosure of epoch in n chunks (random roots
// and accumulators) with a Shape proof of every chunk's statement.
func (e *env) shapeEpoch(rng *rand.Rand, epoch uint64, n int) *disclosure.Submission {
	e.t.Helper()
	s := randomChunks(rng, e.goodDisclosure(epoch), n)
	s.Terms = disclosure.TermsOf(e.policy)
	ins, err := s.PublicInputs(disclosure.InitialAcc())
	if err != nil {
		e.t.Fatal(err)
	}
	for i := range ins {
		if s.Proofs[i], err = shape(e.t).ProveShape(ins[i]); err != nil {
			e.t.Fatal(err)
		}
	}
	return s
}

// part sends chunks [from, from+count) of s from k.
func (e *env) part(k *ecdsa.PrivateKey, s *disclosure.Submission, from, count int, sigs []byte) (*types.Receipt, error) {
	e.t.Helper()
	data, err := registry.PartCalldata(s, from, count, sigs)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.chain().Send(e.ctx, bind.NewKeyedTransactor(k, e.dom.ChainID), e.addrs.Registry, data)
}

// rawPart sends submitDisclosurePart with chunk lists c as given.
func (e *env) rawPart(k *ecdsa.PrivateKey, d *disclosure.Disclosure, c bindings.DisclosureRegistryChunks, from int, sigs []byte) error {
	data := registryABI.PackSubmitDisclosurePart(registry.Binding(d), c, big.NewInt(int64(from)), sigs)
	_, err := e.chain().Send(e.ctx, bind.NewKeyedTransactor(k, e.dom.ChainID), e.addrs.Registry, data)
	return err
}

func (e *env) pendingEpoch() registry.Pending {
	e.t.Helper()
	p, err := (&registry.Reader{Chain: e.chain(), Address: e.addrs.Registry}).PendingEpoch(e.ctx, testPool.Field(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// events counts the registry's DisclosureAccepted and DisclosurePartAccepted
// logs in r.
func events(r *types.Receipt) (accepted int, parts []*bindings.DisclosureRegistryDisclosurePartAccepted) {
	for _, l := range r.Logs {
		if _, err := registryABI.UnpackDisclosureAcceptedEvent(l); err == nil {
			accepted++
		}
		if p, err := registryABI.UnpackDisclosurePartAcceptedEvent(l); err == nil {
			parts = append(parts, p)
		}
	}
	return accepted, parts
}

// notDisclosed fails unless the registry shows nothing of d's epoch.
func (e *env) notDisclosed(d *disclosure.Disclosure) {
	e.t.Helper()
	le, err := registryABI.UnpackLatestEpoch(e.call(e.addrs.Registry, registryABI.PackLatestEpoch(testPool.Field())))
	if err != nil || (le.Ok && le.Epoch >= d.Epoch) {
		e.t.Fatalf("latestEpoch %+v, %v: the epoch shows before its final part", le, err)
	}
	rec, err := registryABI.UnpackRecord(e.call(e.addrs.Registry, registryABI.PackRecord(d.Pool, d.Epoch)))
	if err != nil || rec.BlockNumber != 0 || rec.Digest != [24]byte{} {
		e.t.Fatalf("record %+v, %v before the final part", rec, err)
	}
	_, err = e.chain().Call(e.ctx, addr(e.admin), e.addrs.Registry, registryABI.PackAcceptance(registry.Binding(d)))
	wantRevert(e.t, err, "NotDisclosed")
}

func TestAnEpochInThreePartsShowsOnlyWithItsFinalPartAndEveryMisstepReverts(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(15, 2))
	s := e.shapeEpoch(rng, e.first, 5)
	d := &s.Disclosure
	sigs := e.sign(d, 0, 1)
	a, b := e.others[0], e.others[1]
	if p := e.pendingEpoch(); p.StructHash != ([32]byte{}) || p.Next != 0 {
		t.Fatalf("a pending epoch before any part: %+v", p)
	}
	// Later parts before the first: there is nothing to continue.
	_, err := e.part(a, s, 2, 2, nil)
	wantRevert(t, err, "PendingMismatch")

	r1, err := e.part(a, s, 0, 2, sigs)
	if err != nil {
		t.Fatalf("first part: %v", err)
	}
	acc, parts := events(r1)
	if acc != 0 || len(parts) != 1 || parts[0].From.Uint64() != 0 || parts[0].Next.Uint64() != 2 || parts[0].Submitter != addr(a) ||
		parts[0].Epoch != d.Epoch {
		t.Fatalf("first part's events: %d accepted, %+v", acc, parts)
	}
	p := e.pendingEpoch()
	if p.StructHash != d.StructHash() || p.Next != 2 || p.Acc.Cmp(s.Accs[1]) != 0 || p.Submitter != addr(a) || p.Epoch != d.Epoch ||
		p.CommitteeVersion != 1 || p.Since.Uint64() != e.now() {
		t.Fatalf("pending after the first part: %+v", p)
	}
	e.notDisclosed(d)

	// Every misstep of the second part.
	other := e.shapeEpoch(rand.New(rand.NewPCG(9, 9)), e.first, 5)
	other.Disclosure.Metrics[0]++ // another disclosure of the same epoch
	tamper := func(f func(c *bindings.DisclosureRegistryChunks)) bindings.DisclosureRegistryChunks {
		c := bindings.DisclosureRegistryChunks{Roots: append([]*big.Int{}, s.ChunkRoots...), Accs: append([]*big.Int{}, s.Accs[2:4]...),
			Proofs: append([][]byte{}, s.Proofs[2:4]...)}
		f(&c)
		return c
	}
	cases := []struct {
		name string
		want string
		send func() error
	}{
		{"a part that repeats chunk 1", "PartOutOfOrder", func() error { _, err := e.part(a, s, 1, 2, nil); return err }},
		{"a part that skips chunk 2", "PartOutOfOrder", func() error { _, err := e.part(a, s, 3, 2, nil); return err }},
		{"the final chunk now", "PartOutOfOrder", func() error { _, err := e.part(b, s, 4, 1, nil); return err }},
		{"another disclosure of the epoch", "PendingMismatch", func() error { _, err := e.part(a, other, 2, 2, nil); return err }},
		{"a restart by another sender within the hour", "PendingHeld", func() error { _, err := e.part(b, s, 0, 2, sigs); return err }},
		{"signatures on a later part", "SignaturesMalformed", func() error { return e.rawPart(a, d, tamper(func(*bindings.DisclosureRegistryChunks) {}), 2, sigs) }},
		{"an acc_out altered", "ProofInvalid", func() error {
			return e.rawPart(a, d, tamper(func(c *bindings.DisclosureRegistryChunks) { c.Accs[0] = new(big.Int).Add(c.Accs[0], big.NewInt(1)) }), 2, nil)
		}},
		{"the proofs swapped", "ProofInvalid", func() error {
			return e.rawPart(a, d, tamper(func(c *bindings.DisclosureRegistryChunks) { c.Proofs[0], c.Proofs[1] = c.Proofs[1], c.Proofs[0] }), 2, nil)
		}},
		{"one acc too few", "ChunkListsInconsistent", func() error {
			return e.rawPart(a, d, tamper(func(c *bindings.DisclosureRegistryChunks) { c.Accs = c.Accs[:1] }), 2, nil)
		}},
		{"no proof", "PartRangeInvalid", func() error {
			return e.rawPart(a, d, tamper(func(c *bindings.DisclosureRegistryChunks) { c.Proofs, c.Accs = nil, nil }), 2, nil)
		}},
		{"past the last chunk", "PartRangeInvalid", func() error {
			return e.rawPart(a, d, tamper(func(c *bindings.DisclosureRegistryChunks) { c.Proofs = append(c.Proofs, s.Proofs[4], s.Proofs[4]) }), 2, nil)
		}},
		{"from beyond the epoch", "PartRangeInvalid", func() error {
			return e.rawPart(a, d, tamper(func(*bindings.DisclosureRegistryChunks) {}), 1<<40, nil)
		}},
		{"a root altered", "ChunkRootsMismatch", func() error {
			return e.rawPart(a, d, tamper(func(c *bindings.DisclosureRegistryChunks) { c.Roots[4] = new(big.Int).Add(c.Roots[4], big.NewInt(1)) }), 2, nil)
		}},
		{"a root missing", "ChunkCountInvalid", func() error {
			return e.rawPart(a, d, tamper(func(c *bindings.DisclosureRegistryChunks) { c.Roots = c.Roots[:4] }), 2, nil)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantRevert(t, c.send(), c.want) })
	}
	e.notDisclosed(d)

	// Anyone may continue; the second part is b's.
	r2, err := e.part(b, s, 2, 2, nil)
	if err != nil {
		t.Fatalf("second part: %v", err)
	}
	if acc, parts := events(r2); acc != 0 || len(parts) != 1 || parts[0].From.Uint64() != 2 || parts[0].Next.Uint64() != 4 {
		t.Fatalf("second part's events: %d accepted, %+v", acc, parts)
	}
	if p := e.pendingEpoch(); p.Next != 4 || p.Acc.Cmp(s.Accs[3]) != 0 || p.Submitter != addr(b) {
		t.Fatalf("pending after the second part: %+v", p)
	}
	e.notDisclosed(d)
	// The sender of the first part no longer holds it.
	_, err = e.part(a, s, 0, 2, sigs)
	wantRevert(t, err, "PendingHeld")

	r3, err := e.part(a, s, 4, 1, nil)
	if err != nil {
		t.Fatalf("final part: %v", err)
	}
	if acc, parts := events(r3); acc != 1 || len(parts) != 0 {
		t.Fatalf("final part's events: %d accepted, %d progress", acc, len(parts))
	}
	at, err := registryABI.UnpackDisclosedAt(e.call(e.addrs.Registry, registryABI.PackDisclosedAt(registry.Binding(d))))
	if err != nil || at != r3.BlockNumber.Uint64() {
		t.Fatalf("disclosedAt %d, %v; want the final part's block %d", at, err, r3.BlockNumber)
	}
	if p := e.pendingEpoch(); p.StructHash != ([32]byte{}) || p.Next != 0 {
		t.Fatalf("a pending epoch after the final part: %+v", p)
	}
	accepted, err := (&registry.Reader{Chain: e.chain(), Address: e.addrs.Registry}).Accepted(e.ctx, d.Pool, &d.Epoch, nil, nil)
	if err != nil || len(accepted) != 1 {
		t.Fatalf("%d DisclosureAccepted events of the epoch, %v; want exactly 1", len(accepted), err)
	}
	_, err = e.part(b, s, 4, 1, nil)
	wantRevert(t, err, "DuplicateEpoch")
	_, err = e.part(b, s, 0, 5, sigs)
	wantRevert(t, err, "DuplicateEpoch")
	t.Logf("gas: first part (2 chunks) %d, middle part (2 chunks) %d, final part (1 chunk) %d", r1.GasUsed, r2.GasUsed, r3.GasUsed)

	// A single part of the whole epoch records it at once.
	n := e.shapeEpoch(rng, e.first+1, 3)
	r, err := e.part(b, n, 0, 3, e.sign(&n.Disclosure, 1, 2))
	if err != nil {
		t.Fatalf("a whole epoch as one part: %v", err)
	}
	if acc, parts := events(r); acc != 1 || len(parts) != 0 {
		t.Fatalf("one whole part: %d accepted, %d progress", acc, len(parts))
	}
}

func TestGovernanceBetweenPartsIsHonoured(t *testing.T) {
	e := newEnv(t)
	s := e.shapeEpoch(rand.New(rand.NewPCG(15, 3)), e.first, 3)
	d := &s.Disclosure
	a, b := e.others[0], e.others[1]
	if _, err := e.part(a, s, 0, 1, e.sign(d, 0, 1)); err != nil {
		t.Fatal(err)
	}
	reg := e.addrs.Registry
	next := func() error { _, err := e.part(a, s, 1, 1, nil); return err }

	if err := e.send(reg, registryABI.PackPause()); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, next(), "EnforcedPause")
	e.mustGovern(governance.Unpause(reg))

	if err := e.send(reg, registryABI.PackDeactivatePool(testPool.Field())); err != nil {
		t.Fatal(err)
	}
	wantRevert(t, next(), "PoolNotActive")
	e.mustGovern(governance.ActivatePool(reg, testPool.Field()))

	terms := disclosure.TermsOf(e.policy)
	e.mustGovern(governance.DisallowPolicy(reg, testPool.Field(), d.PolicyHash))
	wantRevert(t, next(), "PolicyNotAllowed")
	e.mustGovern(governance.AllowPolicy(reg, testPool.Field(), d.PolicyHash, 5000, uint8(terms.Disclosed)))

	max := [5]uint64{d.Metrics[0] - 1, 1 << 60, 1 << 60, 1 << 40, 1000}
	e.mustGovern(governance.SetSanityBounds(reg, testPool.Field(), max, [5]uint32{}, [5]uint16{}))
	wantRevert(t, next(), "SanityBoundExceeded")
	max[0] = 1 << 40
	e.mustGovern(governance.SetSanityBounds(reg, testPool.Field(), max, [5]uint32{}, [5]uint16{}))

	// Every governance change so far let the epoch continue where it was.
	if err := next(); err != nil {
		t.Fatalf("the second part after the changes were undone: %v", err)
	}
	if p := e.pendingEpoch(); p.Next != 2 {
		t.Fatalf("pending %+v", p)
	}
	// A new committee ends it: the quorum was checked under the old one.
	// Anyone may then start it again, with the new committee's quorum.
	fresh := []common.Address{addr(e.members[0]), addr(e.members[1]), addr(e.others[3])}
	e.mustGovern(governance.SetCommittee(reg, fresh, 2))
	_, err := e.part(a, s, 2, 1, nil)
	wantRevert(t, err, "PendingCommitteeChanged")
	if _, err := e.part(b, s, 0, 2, e.sign(d, 0, 1)); err != nil {
		t.Fatalf("restart by another sender after the committee changed: %v", err)
	}
	if p := e.pendingEpoch(); p.Next != 2 || p.CommitteeVersion != 2 || p.Submitter != addr(b) {
		t.Fatalf("pending after the restart: %+v", p)
	}
	r, err := e.part(a, s, 2, 1, nil)
	if err != nil {
		t.Fatalf("final part: %v", err)
	}
	if acc, _ := events(r); acc != 1 {
		t.Fatalf("final part: %d DisclosureAccepted", acc)
	}
}

func TestAPendingEpochIsRestartedByItsSenderOrAfterAnHourAndEndsWithAWholeDisclosure(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(15, 4))
	s := e.shapeEpoch(rng, e.first, 3)
	d := &s.Disclosure
	sigs := e.sign(d, 0, 1)
	a, b, c := e.others[0], e.others[1], e.others[2]
	if _, err := e.part(a, s, 0, 2, sigs); err != nil {
		t.Fatal(err)
	}
	since := e.pendingEpoch().Since.Uint64()
	_, err := e.part(b, s, 0, 1, sigs)
	wantRevert(t, err, "PendingHeld")
	if args := onchain.AsRevert(err).Args; len(args) != 2 || args[0] != addr(a) || args[1].(*big.Int).Uint64() != since+3600 {
		t.Fatalf("PendingHeld%v; want (%s, %d)", args, addr(a), since+3600)
	}
	// Its own sender restarts it (from chunk 0, any split).
	if _, err := e.part(a, s, 0, 1, sigs); err != nil {
		t.Fatalf("restart by the sender: %v", err)
	}
	if p := e.pendingEpoch(); p.Next != 1 || p.Acc.Cmp(s.Accs[0]) != 0 {
		t.Fatalf("after the restart: %+v", p)
	}
	e.advance(59 * time.Minute)
	_, err = e.part(b, s, 0, 1, sigs)
	wantRevert(t, err, "PendingHeld")
	e.advance(time.Minute)
	if _, err := e.part(b, s, 0, 2, sigs); err != nil {
		t.Fatalf("restart by another sender after an hour without progress: %v", err)
	}
	if p := e.pendingEpoch(); p.Next != 2 || p.Submitter != addr(b) {
		t.Fatalf("after the stale restart: %+v", p)
	}

	// A whole disclosure of the epoch ends the pending one.
	if _, err := e.submitChunks(s, sigs); err != nil {
		t.Fatalf("whole disclosure while a part is pending: %v", err)
	}
	if p := e.pendingEpoch(); p.StructHash != ([32]byte{}) || p.Next != 0 {
		t.Fatalf("pending after the whole disclosure: %+v", p)
	}
	_, err = e.part(b, s, 2, 1, nil)
	wantRevert(t, err, "DuplicateEpoch")
	// The next epoch starts by anyone: the old pending state holds nothing.
	n := e.shapeEpoch(rng, e.first+1, 2)
	if _, err := e.part(c, n, 0, 1, e.sign(&n.Disclosure, 0, 1)); err != nil {
		t.Fatalf("the next epoch's first part: %v", err)
	}
}

package offshore_test

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestAGoodDisclosureIsAcceptedRecordedAndReadable(t *testing.T) {
	e := newEnv(t)
	epoch := e.first
	d := e.goodDisclosure(epoch)
	r, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	le, err := registryABI.UnpackLatestEpoch(e.call(e.addrs.Registry, registryABI.PackLatestEpoch(testPool.Field())))
	if err != nil || !le.Ok || le.Epoch != epoch {
		t.Fatalf("latest epoch %+v, %v; want %d", le, err, epoch)
	}
	at, err := registryABI.UnpackDisclosedAt(e.call(e.addrs.Registry, registryABI.PackDisclosedAt(registry.Binding(&d))))
	if err != nil || at != r.BlockNumber.Uint64() {
		t.Fatalf("disclosedAt = %d, %v; want block %d", at, err, r.BlockNumber)
	}
	// The event carries every figure.
	var ev *bindings.DisclosureRegistryDisclosureAccepted
	for _, l := range r.Logs {
		if x, err := registryABI.UnpackDisclosureAcceptedEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || ev.Epoch != epoch || ev.Root.Cmp(d.Root) != 0 || ev.Metrics != d.Metrics ||
		ev.CommitteeVersion != 1 || ev.Submitter != addr(e.others[0]) || ev.PolicyHash.Cmp(d.PolicyHash) != 0 {
		t.Fatalf("event %+v does not match %+v", ev, d)
	}
	// A changed figure is not the recorded disclosure.
	other := d
	other.Metrics[2]++
	_, err = e.chain().Call(e.ctx, addr(e.admin), e.addrs.Registry, registryABI.PackDisclosedAt(registry.Binding(&other)))
	wantRevert(t, err, "NotDisclosed")
}

func TestGoEncodingMatchesTheRegistry(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		d := e.goodDisclosure(rng.Uint64N(1 << 40))
		var rb [32]byte
		for j := range rb {
			rb[j] = byte(rng.Uint32())
		}
		d.Root = new(big.Int).Mod(new(big.Int).SetBytes(rb[:]), ecc.BN254.ScalarField())
		for i := range d.Metrics {
			d.Metrics[i] = rng.Uint64N(1 << 16)
		}
		d.Suppressed = rng.IntN(2) == 1
		sh, _ := registryABI.UnpackStructHash(e.call(e.addrs.Registry, registryABI.PackStructHash(registry.Binding(&d))))
		if sh != d.StructHash() {
			t.Fatalf("struct hash: contract %x, Go %x", sh, d.StructHash())
		}
		dg, _ := registryABI.UnpackDisclosureDigest(e.call(e.addrs.Registry, registryABI.PackDisclosureDigest(registry.Binding(&d))))
		if dg != d.Digest(e.dom) {
			t.Fatalf("digest: contract %x, Go %x", dg, d.Digest(e.dom))
		}
		d.SetChunkRoots([]*big.Int{d.Root})
		in, _ := registryABI.UnpackPublicInputs(e.call(e.addrs.Registry, registryABI.PackPublicInputs(registry.Binding(&d), registry.Chunks(single(&d, nil)), big.NewInt(0))))
		want := e.inputs(&d)
		for i := range in {
			if in[i].Cmp(want[i]) != 0 {
				t.Fatalf("public input %d: contract %v, Go %v", i, in[i], want[i])
			}
		}
		// Several chunks: struct hash, digest and every chunk's inputs.
		s := randomChunks(rng, d, 1+rng.IntN(5))
		s.Terms = disclosure.TermsOf(e.policy)
		sh, _ = registryABI.UnpackStructHash(e.call(e.addrs.Registry, registryABI.PackStructHash(registry.Binding(&s.Disclosure))))
		if sh != s.Disclosure.StructHash() {
			t.Fatalf("struct hash of %d chunks: contract %x, Go %x", s.Disclosure.Chunks, sh, s.Disclosure.StructHash())
		}
		dg, _ = registryABI.UnpackDisclosureDigest(e.call(e.addrs.Registry, registryABI.PackDisclosureDigest(registry.Binding(&s.Disclosure))))
		if dg != s.Disclosure.Digest(e.dom) {
			t.Fatalf("digest of %d chunks: contract %x, Go %x", s.Disclosure.Chunks, dg, s.Disclosure.Digest(e.dom))
		}
		ins, err := s.PublicInputs(disclosure.InitialAcc())
		if err != nil {
			t.Fatal(err)
		}
		for j := range ins {
			in, err := registryABI.UnpackPublicInputs(e.call(e.addrs.Registry, registryABI.PackPublicInputs(registry.Binding(&s.Disclosure), registry.Chunks(s), big.NewInt(int64(j)))))
			if err != nil {
				t.Fatal(err)
			}
			for i := range in {
				if in[i].Cmp(ins[j][i]) != 0 {
					t.Fatalf("chunk %d of %d, public input %d: contract %v, Go %v", j, len(ins), i, in[i], ins[j][i])
				}
			}
		}
	}
	sep, _ := registryABI.UnpackDomainSeparator(e.call(e.addrs.Registry, registryABI.PackDomainSeparator()))
	if sep != e.dom.Separator() {
		t.Fatalf("domain separator: contract %x, Go %x", sep, e.dom.Separator())
	}
}

// highS returns the other valid signature of the same signer: (r, n−s, v^1).
func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	out := bytes.Clone(sig)
	new(big.Int).Sub(n, s).FillBytes(out[32:64])
	out[64] ^= 1
	return out
}

func TestEveryBadSubmissionRevertsWithItsNamedError(t *testing.T) {
	e := newEnv(t)
	base := e.first
	r := ecc.BN254.ScalarField()
	type tc struct {
		name string
		want string
		// build returns the disclosure, proof and signatures to submit.
		build func() (disclosure.Disclosure, []byte, []byte)
	}
	good := func(epoch uint64) func() (disclosure.Disclosure, []byte, []byte) {
		return func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(epoch)
			return d, e.prove(&d), e.sign(&d, 0, 1)
		}
	}
	with := func(epoch uint64, f func(d *disclosure.Disclosure)) func() (disclosure.Disclosure, []byte, []byte) {
		return func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(epoch)
			f(&d)
			return d, e.prove(&d), e.sign(&d, 0, 1)
		}
	}
	signedBy := func(epoch uint64, sigs func(d *disclosure.Disclosure) []byte) func() (disclosure.Disclosure, []byte, []byte) {
		return func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(epoch)
			return d, e.prove(&d), sigs(&d)
		}
	}
	otherRegistry := disclosure.Domain{ChainID: e.dom.ChainID, Registry: common.HexToAddress("0x1234")}
	otherChain := disclosure.Domain{ChainID: big.NewInt(10), Registry: e.dom.Registry}
	foreign := func(dom disclosure.Domain) func(d *disclosure.Disclosure) []byte {
		return func(d *disclosure.Disclosure) []byte {
			var out []byte
			for _, i := range []int{0, 1} {
				s, err := disclosure.Sign(d, dom, e.members[i])
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, s.Sig...)
			}
			return out
		}
	}
	cases := []tc{
		{"an unknown pool is not active", "PoolNotActive", with(base, func(d *disclosure.Disclosure) { d.Pool = telemetry.PoolID("pool-b").Field() })},
		{"a policy not allowed in the pool", "PolicyNotAllowed", with(base, func(d *disclosure.Disclosure) { d.PolicyHash = big.NewInt(12345) })},
		{"the running epoch has not ended", "EpochNotEnded", good(base + chaintest.FirstEpochBack)},
		{"an epoch after the pool's next", "EpochNotNext", good(base + 1)},
		{"an epoch before the pool's first", "EpochNotNext", good(base - 1)},
		{"a suppressed disclosure with a figure", "SuppressedWithFigures", with(base, func(d *disclosure.Disclosure) { d.Suppressed = true })},
		{"figures proven as a suppressed epoch", "ProofInvalid", func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(base)
			o := d
			o.Suppressed = true
			return d, e.proveTerms(&o, disclosure.TermsOf(e.policy)), e.sign(&d, 0, 1)
		}},
		{"a proof under a weekly policy's epoch length", "ProofInvalid", func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(base)
			return d, e.proveTerms(&d, disclosure.Terms{EpochSeconds: 7 * 86400, Disclosed: e.policy.Disclose}), e.sign(&d, 0, 1)
		}},
		{"a proof under another disclosed set", "ProofInvalid", func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(base)
			return d, e.proveTerms(&d, disclosure.Terms{EpochSeconds: uint32(e.policy.EpochSeconds()), Disclosed: e.policy.Disclose ^ 1<<4}), e.sign(&d, 0, 1)
		}},
		{"a zero root", "ZeroRoot", with(base, func(d *disclosure.Disclosure) { d.Root = new(big.Int) })},
		{"a single-chunk submission signed as two chunks", "ChunkCountInvalid", with(base, func(d *disclosure.Disclosure) { d.Chunks = 2 })},
		{"a single-chunk submission whose chunk roots hash is not its root's", "ChunkRootsMismatch", with(base, func(d *disclosure.Disclosure) { d.ChunkRootsHash[3] ^= 1 })},
		{"swaps above the policy's maximum", "SanityBoundExceeded", with(base, func(d *disclosure.Disclosure) { d.Metrics[0] = 10_000_001 })},
		{"health above its physical maximum", "SanityBoundExceeded", with(base, func(d *disclosure.Disclosure) { d.Metrics[4] = 1001 })},
		{"signatures not a multiple of 65 bytes", "SignaturesMalformed", signedBy(base, func(d *disclosure.Disclosure) []byte { return e.sign(d, 0, 1)[:129] })},
		{"no signatures", "InsufficientSignatures", signedBy(base, func(d *disclosure.Disclosure) []byte { return nil })},
		{"one signature below the threshold of two", "InsufficientSignatures", signedBy(base, func(d *disclosure.Disclosure) []byte { return e.sign(d, 2) })},
		{"two copies of one signature", "SignersNotAscending", signedBy(base, func(d *disclosure.Disclosure) []byte { return e.sign(d, 1, 1) })},
		{"signers in decreasing order", "SignersNotAscending", signedBy(base, func(d *disclosure.Disclosure) []byte { return e.sign(d, 1, 0) })},
		{"a signature and its high-s twin", "SignatureHighS", signedBy(base, func(d *disclosure.Disclosure) []byte {
			s := e.sign(d, 0)
			return append(s, highS(s)...)
		})},
		{"a bad recovery id", "SignatureMalformed", signedBy(base, func(d *disclosure.Disclosure) []byte {
			s := e.sign(d, 0, 1)
			s[64] = 29
			return s
		})},
		{"a non-member's signature", "InvalidSignature", signedBy(base, func(d *disclosure.Disclosure) []byte {
			s, err := disclosure.Sign(d, e.dom, e.others[1])
			if err != nil {
				t.Fatal(err)
			}
			return append(e.sign(d, 0), s.Sig...)
		})},
		{"signatures for another registry", "InvalidSignature", signedBy(base, foreign(otherRegistry))},
		{"signatures for another chain", "InvalidSignature", signedBy(base, foreign(otherChain))},
		{"signatures over other figures", "InvalidSignature", signedBy(base, func(d *disclosure.Disclosure) []byte {
			o := *d
			o.Metrics[2]--
			return e.sign(&o, 0, 1)
		})},
		{"a proof for another epoch", "ProofInvalid", func() (disclosure.Disclosure, []byte, []byte) {
			d, o := e.goodDisclosure(base), e.goodDisclosure(base-1)
			o.Root = d.Root
			return d, e.prove(&o), e.sign(&d, 0, 1)
		}},
		{"a proof for other metrics", "ProofInvalid", func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(base)
			o := d
			o.Metrics[2] = 1
			return d, e.prove(&o), e.sign(&d, 0, 1)
		}},
		{"a proof with one flipped byte", "ProofInvalid", func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(base)
			p := e.prove(&d)
			p[100] ^= 1
			return d, p, e.sign(&d, 0, 1)
		}},
		{"a proof of the wrong length", "ProofLengthInvalid", func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(base)
			return d, e.prove(&d)[:256], e.sign(&d, 0, 1)
		}},
		{"a root at or above the field modulus, with the proof of the same root mod r", "RootNotInField", func() (disclosure.Disclosure, []byte, []byte) {
			d := e.goodDisclosure(base)
			p := e.prove(&d)
			d.Root = new(big.Int).Add(d.Root, r) // the same input mod r
			d.SetChunkRoots([]*big.Int{d.Root})
			return d, p, e.sign(&d, 0, 1)
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, proof, sigs := c.build()
			_, err := e.submit(&d, proof, sigs)
			wantRevert(t, err, c.want)
		})
	}
	// The pool was never touched by any of them.
	le, _ := registryABI.UnpackLatestEpoch(e.call(e.addrs.Registry, registryABI.PackLatestEpoch(testPool.Field())))
	if le.Ok {
		t.Fatalf("a rejected submission recorded epoch %d", le.Epoch)
	}
}

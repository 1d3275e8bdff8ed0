package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/audit/audittest"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/verifier"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

var (
	fxOnce sync.Once
	fx     *audittest.Fixture
	fxErr  error
	keyDir string
)

// fixture returns the chain with real disclosures, built once per test
// binary.
func fixture(t testing.TB) *audittest.Fixture {
	t.Helper()
	fxOnce.Do(func() {
		if keyDir, fxErr = os.MkdirTemp("", "rwabridge-audit-keys-"); fxErr != nil {
			return
		}
		ctx := context.Background()
		set, err := audittest.Keys(ctx, keyDir)
		if err != nil {
			fxErr = err
			return
		}
		fx, fxErr = audittest.New(ctx, set)
	})
	if fxErr != nil {
		t.Fatal(fxErr)
	}
	return fx
}

func TestMain(m *testing.M) {
	code := m.Run()
	if fx != nil {
		fx.Sim.Close()
	}
	if keyDir != "" {
		os.RemoveAll(keyDir)
	}
	os.Exit(code)
}

// evidence collects the fixture's evidence with the key embedded.
func evidence(t testing.TB) *audit.Evidence {
	t.Helper()
	f := fixture(t)
	e, err := audit.Collect(context.Background(), f.Sim.Client(), f.Addrs.Registry,
		audit.CollectOptions{VK: f.Keys.VK, Capacity: f.Keys.Meta.Capacity})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// roundTrip encodes and decodes e: a deep copy, as a bundle reader sees it.
func roundTrip(t testing.TB, e *audit.Evidence) *audit.Evidence {
	t.Helper()
	var buf bytes.Buffer
	if err := e.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	out, err := audit.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestEveryAcceptedDisclosureVerifiesAgainstTheCommitteeOfItsBlock(t *testing.T) {
	f := fixture(t)
	e := evidence(t)
	if len(e.Disclosures) != len(f.Accepted) || len(e.Committees) != 2 {
		t.Fatalf("collected %d disclosures and %d committees; want %d and 2", len(e.Disclosures), len(e.Committees), len(f.Accepted))
	}
	for _, opts := range []struct {
		name string
		opts audit.Options
	}{
		{"with the key the bundle carries", audit.Options{}},
		{"with the key file", audit.Options{VK: f.Keys.VK, Capacity: f.Keys.Meta.Capacity}},
	} {
		t.Run(opts.name, func(t *testing.T) {
			rep, err := audit.Verify(roundTrip(t, e), opts.opts)
			if err != nil {
				t.Fatal(err)
			}
			if err := rep.Err(); err != nil {
				t.Fatalf("a good disclosure failed: %v", err)
			}
			wantVersions := []uint64{1, 2, 2}
			for i, r := range rep.Results {
				if r.CommitteeVersion != wantVersions[i] || r.Epoch != f.Accepted[i].Epoch || !r.EpochRootChecked {
					t.Errorf("result %d: epoch %d committee %d root checked %t; want epoch %d committee %d, checked",
						i, r.Epoch, r.CommitteeVersion, r.EpochRootChecked, f.Accepted[i].Epoch, wantVersions[i])
				}
			}
		})
	}
}

func TestFiltersSelectPoolAndEpochs(t *testing.T) {
	f := fixture(t)
	e := evidence(t)
	rep, err := audit.Verify(e, audit.Options{FromEpoch: f.Accepted[1].Epoch})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != 2 {
		t.Fatalf("%d results from epoch %d; want 2", len(rep.Results), f.Accepted[1].Epoch)
	}
	rep, err = audit.Verify(e, audit.Options{Pools: []*big.Int{audittest.Pool.Field()}})
	if err != nil || len(rep.Results) != len(f.Accepted) {
		t.Fatalf("the fixture's pool: %v, %d results; want %d", err, len(rep.Results), len(f.Accepted))
	}
	// A pool the registry never configured is an error, never "0
	// disclosures verified".
	if _, err := audit.Verify(e, audit.Options{Pools: []*big.Int{audittest.Pool.Field(), big.NewInt(7)}}); !errors.Is(err, audit.ErrNoPool) {
		t.Fatalf("an unknown pool: %v; want ErrNoPool", err)
	}
}

// flip XORs one byte of b at i.
func flip(b []byte, i int) { b[i] ^= 0x01 }

// find returns the offset of sub in b or fails.
func find(t testing.TB, b, sub []byte) int {
	t.Helper()
	i := bytes.Index(b, sub)
	if i < 0 {
		t.Fatal("value not found in the calldata")
	}
	return i
}

func word(x *big.Int) []byte { return common.LeftPadBytes(x.Bytes(), 32) }

func TestOneFlippedByteAnywhereFailsWithItsClass(t *testing.T) {
	f := fixture(t)
	e := evidence(t)
	multi := f.Accepted[0] // three chunks, committee 1
	single := f.Accepted[1]
	cases := []struct {
		name   string
		want   error
		change func(t *testing.T, e *audit.Evidence)
	}{
		{"a byte of a chunk proof", audit.ErrProof, func(t *testing.T, e *audit.Evidence) {
			cd := e.Disclosures[1].Calldata
			flip(cd, find(t, cd, single.Submission.Proofs[0])+100)
		}},
		{"a byte of an accumulator", audit.ErrProof, func(t *testing.T, e *audit.Evidence) {
			cd := e.Disclosures[0].Calldata
			flip(cd, find(t, cd, word(multi.Submission.Accs[0]))+31)
		}},
		{"a byte of a signature", audit.ErrSignatures, func(t *testing.T, e *audit.Evidence) {
			cd := e.Disclosures[1].Calldata
			flip(cd, find(t, cd, single.Signatures)+70)
		}},
		{"a byte of a chunk root", audit.ErrChunks, func(t *testing.T, e *audit.Evidence) {
			cd := e.Disclosures[0].Calldata
			flip(cd, find(t, cd, word(multi.Submission.ChunkRoots[1]))+31)
		}},
		{"a byte of a metric in the calldata", audit.ErrEventMismatch, func(t *testing.T, e *audit.Evidence) {
			cd := e.Disclosures[1].Calldata
			// the third metric (revenue), in the head of the disclosure tuple
			flip(cd, 4+32*(7+2)+31)
		}},
		{"a byte of the count in the log", audit.ErrEventMismatch, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].Event.Data, 32*4+31)
		}},
		{"the submitter", audit.ErrEventMismatch, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].From[:], 0)
		}},
		{"a byte of the policy hash in calldata and log", audit.ErrPolicy, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].Calldata, 4+32*2+31)
			flip(e.Disclosures[1].Event.Data, 31)
		}},
		{"a committee member", audit.ErrSignatures, func(t *testing.T, e *audit.Evidence) {
			flip(e.Committees[1].Members[1][:], 19)
		}},
		{"the committee threshold", audit.ErrSignatures, func(t *testing.T, e *audit.Evidence) {
			e.Committees[0].Threshold = 3
		}},
		{"the committee version in the log", audit.ErrSignatures, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].Event.Data, len(e.Disclosures[1].Event.Data)-33)
		}},
		{"the predecessor the log names", audit.ErrIncomplete, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].Event.Data, len(e.Disclosures[1].Event.Data)-1)
		}},
		{"the chain id", audit.ErrSignatures, func(t *testing.T, e *audit.Evidence) {
			e.ChainID.ToInt().Add(e.ChainID.ToInt(), big.NewInt(1))
		}},
		{"a byte of the verifier's vk hash", audit.ErrVK, func(t *testing.T, e *audit.Evidence) {
			flip(e.Verifiers[0].VKHash[:], 5)
		}},
		{"a byte of the embedded key", audit.ErrVK, func(t *testing.T, e *audit.Evidence) {
			flip(e.Verifiers[0].VK, len(e.Verifiers[0].VK)/2)
		}},
		{"the registry's initial accumulator", audit.ErrVK, func(t *testing.T, e *audit.Evidence) {
			e.InitialAccHash.ToInt().Add(e.InitialAccHash.ToInt(), big.NewInt(1))
		}},
		{"a padding byte of the calldata", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			cd := e.Disclosures[1].Calldata
			flip(cd, len(cd)-1) // the signatures' zero padding: the registry ignores it too
		}},
		{"a byte of the raw transaction", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].RawTx, len(e.Disclosures[1].RawTx)-40)
		}},
		{"the transaction hash", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].TxHash[:], 0)
		}},
		{"the recipient", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].To[:], 0)
		}},
		{"the function selector", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].Calldata, 0)
		}},
		{"a decoded value", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			e.Disclosures[1].Decoded.Chunks++
		}},
		{"the log's emitter", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].Event.Address[:], 3)
		}},
		{"the event signature", audit.ErrMalformed, func(t *testing.T, e *audit.Evidence) {
			flip(e.Disclosures[1].Event.Topics[0][:], 3)
		}},
	}
	for _, c := range cases {
		t.Run(c.name+" fails as "+c.want.Error(), func(t *testing.T) {
			m := roundTrip(t, e)
			c.change(t, m)
			rep, err := audit.Verify(m, audit.Options{})
			if err != nil {
				if !errors.Is(err, c.want) {
					t.Fatalf("Verify: %v; want %v", err, c.want)
				}
				return
			}
			got := rep.Err()
			if got == nil {
				t.Fatal("tampered evidence verified")
			}
			if audit.ClassOf(got) != c.want {
				t.Fatalf("failed with %v; want class %v", got, c.want)
			}
		})
	}
}

func TestEveryFlippedByteOfARecordFails(t *testing.T) {
	e := evidence(t)
	e.Disclosures = e.Disclosures[1:2] // one single-chunk record
	fields := []struct {
		name  string
		bytes func(e *audit.Evidence) []byte
	}{
		{"calldata", func(e *audit.Evidence) []byte { return e.Disclosures[0].Calldata }},
		{"log data", func(e *audit.Evidence) []byte { return e.Disclosures[0].Event.Data }},
		{"log topic 1", func(e *audit.Evidence) []byte { return e.Disclosures[0].Event.Topics[1][:] }},
		{"log topic 2", func(e *audit.Evidence) []byte { return e.Disclosures[0].Event.Topics[2][:] }},
		{"log topic 3", func(e *audit.Evidence) []byte { return e.Disclosures[0].Event.Topics[3][:] }},
		{"raw transaction", func(e *audit.Evidence) []byte { return e.Disclosures[0].RawTx }},
	}
	for _, f := range fields {
		t.Run("every byte of the "+f.name, func(t *testing.T) {
			classes := map[string]int{}
			n := len(f.bytes(e))
			for i := range n {
				m := roundTrip(t, e)
				flip(f.bytes(m), i)
				rep, err := audit.Verify(m, audit.Options{})
				if err != nil {
					t.Fatal(err)
				}
				if rep.Err() == nil {
					t.Fatalf("byte %d flipped: verified", i)
				}
				classes[audit.ClassOf(rep.Err()).Error()]++
			}
			t.Logf("%d flips, classes %v", n, classes)
		})
	}
}

func TestAKeyWhoseHashIsNotTheVerifiersIsRejected(t *testing.T) {
	shape, err := chaintest.NewShape()
	if err != nil {
		t.Fatal(err)
	}
	// Another capacity too: a key file that is not the verifier's lends
	// nothing to the checks (its capacity would remake the epoch root).
	for _, capacity := range []int{0, 2 * audittest.Capacity} {
		rep, err := audit.Verify(evidence(t), audit.Options{VK: shape.VK, Capacity: capacity})
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rep.Results {
			if !errors.Is(r.Err, audit.ErrVK) {
				t.Errorf("capacity %d, disclosure %d: %v; want %v", capacity, i, r.Err, audit.ErrVK)
			}
		}
	}
}

func TestWithNoKeyFileTheVerifiersOwnKeyChecksTheProofs(t *testing.T) {
	f := fixture(t)
	ctx := context.Background()
	e, err := audit.Collect(ctx, f.Sim.Client(), f.Addrs.Registry, audit.CollectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// The contract returns exactly its constructor words.
	want, err := verifier.KeyWords(f.Keys.VK)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Verifiers) != 1 || len(e.Verifiers[0].VK) != 0 || len(e.Verifiers[0].VKWords) != verifier.NumWords {
		t.Fatalf("verifiers %+v: want one, with key words and no key file", e.Verifiers)
	}
	for i, w := range e.Verifiers[0].VKWords {
		if w.ToInt().Cmp(want[i]) != 0 {
			t.Fatalf("verifyingKey() word %d is %v, the constructor took %v", i, w.ToInt(), want[i])
		}
	}
	ck, err := audit.ReadVerifierKey(ctx, f.Sim.Client(), f.Addrs.Verifier, nil)
	if err != nil {
		t.Fatal(err)
	}
	if h, _ := keys.VKHash(f.Keys.VK); ck.VKHash != h {
		t.Fatalf("ReadVerifierKey: vkHash %x, the key file's %x", ck.VKHash, h)
	}

	rep, err := audit.Verify(roundTrip(t, e), audit.Options{})
	if err != nil || rep.Err() != nil {
		t.Fatalf("Verify with the verifier's key: %v, %v", err, rep.Err())
	}
	for i, r := range rep.Results {
		if r.KeySource != audit.KeyFromVerifier {
			t.Errorf("result %d: key from %q", i, r.KeySource)
		}
	}
	if !rep.Results[0].EpochRootChecked {
		t.Error("the three-chunk epoch root was not recomputed: its capacity is the first chunk's count")
	}
	if rep, err = audit.Verify(e, audit.Options{VK: f.Keys.VK}); err != nil || rep.Err() != nil {
		t.Fatalf("Verify with the key file: %v, %v", err, rep.Err())
	}

	t.Run("words that are not the key vkHash() pins", func(t *testing.T) {
		bad := roundTrip(t, e)
		w := bad.Verifiers[0].VKWords
		w[0], w[1] = w[16], w[17] // α := K1: a point of G1, another key
		rep, err := audit.Verify(bad, audit.Options{})
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rep.Results {
			if !errors.Is(r.Err, audit.ErrVK) {
				t.Errorf("disclosure %d: %v; want %v", i, r.Err, audit.ErrVK)
			}
		}
	})
	t.Run("no words and no key file", func(t *testing.T) {
		bare := roundTrip(t, e)
		bare.Verifiers[0].VKWords = nil
		if _, err := audit.Verify(bare, audit.Options{}); !errors.Is(err, audit.ErrNoKey) {
			t.Fatalf("Verify without a key: %v; want %v", err, audit.ErrNoKey)
		}
	})
}

func TestDecodeRejectsMalformedBundles(t *testing.T) {
	var good bytes.Buffer
	if err := evidence(t).Encode(&good); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, data string }{
		{"empty input", ""},
		{"not JSON", "{"},
		{"an unknown field", strings.Replace(good.String(), `"format"`, `"extra": 1, "format"`, 1)},
		{"trailing data", good.String() + "{}"},
		{"another format", strings.Replace(good.String(), audit.Format, "other", 1)},
		{"oversized", `{"format":"` + strings.Repeat("x", audit.MaxEvidenceSize) + `"}`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := audit.Decode(strings.NewReader(c.data)); !errors.Is(err, audit.ErrMalformed) {
				t.Fatalf("Decode: %v; want %v", err, audit.ErrMalformed)
			}
		})
	}
	for _, c := range []struct {
		name   string
		change func(e *audit.Evidence)
	}{
		{"no chain id", func(e *audit.Evidence) { e.ChainID = nil }},
		{"calldata beyond its limit", func(e *audit.Evidence) { e.Disclosures[0].Calldata = make([]byte, audit.MaxCalldata+1) }},
		{"a committee of no one", func(e *audit.Evidence) { e.Committees[0].Members = nil }},
		{"a key beyond its limit", func(e *audit.Evidence) { e.Verifiers[0].VK = make([]byte, audit.MaxVK+1) }},
		{"39 key words", func(e *audit.Evidence) { e.Verifiers[0].VKWords = e.Verifiers[0].VKWords[:39] }},
		{"a missing key word", func(e *audit.Evidence) { e.Verifiers[0].VKWords[7] = nil }},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := roundTrip(t, evidence(t))
			c.change(e)
			data, err := json.Marshal(e)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := audit.Decode(bytes.NewReader(data)); !errors.Is(err, audit.ErrMalformed) {
				t.Fatalf("Decode: %v; want %v", err, audit.ErrMalformed)
			}
		})
	}
}

// TestCLIVerdictEqualsTheRegistrysOnMutatedCalldata is the differential
// test: for mutations of valid, not yet disclosed submissions, the
// auditor's verdict (CheckCalldata) must equal the registry's (eth_call).
func TestCLIVerdictEqualsTheRegistrysOnMutatedCalldata(t *testing.T) {
	f := fixture(t)
	ctx := context.Background()
	e := evidence(t)
	known, err := audit.EmbeddedPolicies()
	if err != nil {
		t.Fatal(err)
	}
	env := &audit.Env{
		Domain: f.Domain(), InitialAcc: e.InitialAccHash.ToInt(), Committee: e.Committees[len(e.Committees)-1],
		VK: f.Keys.VK, VKHash: e.Verifiers[0].VKHash, Capacity: f.Keys.Meta.Capacity, Policies: known,
	}
	// the auditor's class of each registry revert, where one applies
	revertClass := map[string]error{
		"":             audit.ErrMalformed, // no revert data: the ABI decoder rejected the calldata
		"ProofInvalid": audit.ErrProof, "PublicInputNotInField": audit.ErrProof, "ProofLengthInvalid": audit.ErrProof,
		"CommitmentInvalid": audit.ErrProof, "ChunkCountInvalid": audit.ErrChunks, "ChunkListsInconsistent": audit.ErrChunks,
		"ChunkRootsMismatch": audit.ErrChunks, "ChunkRootNotEpochRoot": audit.ErrChunks, "RootNotInField": audit.ErrChunks,
		"PolicyNotAllowed": audit.ErrPolicy, "SignaturesMalformed": audit.ErrSignatures, "SignatureMalformed": audit.ErrSignatures,
		"SignatureHighS": audit.ErrSignatures, "InvalidSignature": audit.ErrSignatures, "SignersNotAscending": audit.ErrSignatures,
		"InsufficientSignatures": audit.ErrSignatures,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	vectors, mismatches, rejected, nonRevert, sameClass := 0, 0, 0, 0, 0
	classes := map[string]int{}
	check := func(name string, cd []byte) {
		vectors++
		_, cliErr := audit.CheckCalldata(cd, env)
		chainErr := f.Call(ctx, cd)
		if chainErr != nil && !errors.Is(onchain.AsRevert(chainErr), onchain.ErrReverted) {
			nonRevert++
		}
		if (cliErr == nil) != (chainErr == nil) {
			mismatches++
			t.Errorf("%s: auditor says %v, registry says %v", name, cliErr, chainErr)
		}
		if cliErr != nil {
			rejected++
			classes[audit.ClassOf(cliErr).Error()]++
			if re := onchain.AsRevert(chainErr); re != nil && revertClass[re.Name] == audit.ClassOf(cliErr) {
				sameClass++
			}
		}
	}
	for _, p := range f.Pending {
		check("the valid submission", slices.Clone(p.Calldata))
		regions := map[string][2]int{"anywhere": {0, len(p.Calldata)}}
		for i, pr := range p.Submission.Proofs {
			at := find(t, p.Calldata, pr)
			regions["proof "+string(rune('0'+i))] = [2]int{at, at + len(pr)}
		}
		at := find(t, p.Calldata, p.Signatures)
		regions["signatures"] = [2]int{at, at + len(p.Signatures)}
		for i, r := range p.Submission.ChunkRoots {
			at := find(t, p.Calldata, word(r))
			regions["chunk root "+string(rune('0'+i))] = [2]int{at, at + 32}
		}
		for i, a := range p.Submission.Accs {
			at := find(t, p.Calldata, word(a))
			regions["accumulator "+string(rune('0'+i))] = [2]int{at, at + 32}
		}
		names := make([]string, 0, len(regions))
		for n := range regions {
			names = append(names, n)
		}
		slices.Sort(names)
		for _, n := range names {
			r := regions[n]
			tries := 40
			if n == "anywhere" {
				tries = 600
			}
			for range tries {
				cd := slices.Clone(p.Calldata)
				i := r[0] + rng.IntN(r[1]-r[0])
				cd[i] ^= byte(1 + rng.IntN(255))
				check(n, cd)
			}
		}
	}
	if vectors-rejected < len(f.Pending) || rejected == 0 {
		t.Errorf("%d vectors, %d rejected: the valid submissions must pass and mutants must fail", vectors, rejected)
	}
	t.Logf("differential: %d vectors, %d verdict mismatches; %d accepted and %d rejected by the auditor (classes %v), "+
		"%d of the rejections in the class of the registry's revert (the two check in different orders); %d registry errors that were not reverts",
		vectors, mismatches, vectors-rejected, rejected, classes, sameClass, nonRevert)
}

// ledger is an onshore ledger of the fixture's records.
type ledger struct {
	events map[uint64][]telemetry.Event
	err    error
}

var _ audit.Records = (*ledger)(nil)

func (l *ledger) Records(_ context.Context, _ telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error {
	if l.err != nil {
		return l.err
	}
	for _, e := range l.events[epoch] {
		if err := visit(telemetry.SignedEvent{Event: e}); err != nil {
			return err
		}
	}
	return nil
}

func TestOnshoreRecordsRecomputeTheDisclosedFigures(t *testing.T) {
	f := fixture(t)
	e := evidence(t)
	known, err := audit.EmbeddedPolicies()
	if err != nil {
		t.Fatal(err)
	}
	records := func() *ledger {
		l := &ledger{events: map[uint64][]telemetry.Event{}}
		for _, d := range f.Accepted {
			l.events[d.Epoch] = slices.Clone(d.Events)
		}
		return l
	}
	cases := []struct {
		name   string
		change func(l *ledger)
		want   error // of the first disclosure (three chunks)
	}{
		{"the ledger's records", func(*ledger) {}, nil},
		{"a record missing", func(l *ledger) {
			ev := l.events[f.Accepted[0].Epoch]
			l.events[f.Accepted[0].Epoch] = ev[1:]
		}, audit.ErrOnshore},
		{"a fee changed", func(l *ledger) { l.events[f.Accepted[0].Epoch][4].FeeCents++ }, audit.ErrOnshore},
		{"no records", func(l *ledger) { delete(l.events, f.Accepted[0].Epoch) }, audit.ErrOnshore},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep, err := audit.Verify(roundTrip(t, e), audit.Options{})
			if err != nil {
				t.Fatal(err)
			}
			l := records()
			c.change(l)
			if err := audit.CheckOnshore(context.Background(), l, rep, known); err != nil {
				t.Fatal(err)
			}
			if got := rep.Results[0].Err; !errors.Is(got, c.want) && (got != nil || c.want != nil) {
				t.Fatalf("first disclosure: %v; want %v", got, c.want)
			}
			for _, r := range rep.Results[1:] {
				if r.Err != nil {
					t.Fatalf("an untouched epoch failed: %v", r.Err)
				}
			}
		})
	}
	t.Run("an unreadable ledger fails as a whole", func(t *testing.T) {
		rep, err := audit.Verify(roundTrip(t, e), audit.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := audit.CheckOnshore(context.Background(), &ledger{err: errors.New("peer down")}, rep, known); !errors.Is(err, audit.ErrLedger) {
			t.Fatalf("CheckOnshore: %v; want %v", err, audit.ErrLedger)
		}
	})
}

// An evidence bundle is complete for the blocks it names: one with a
// disclosure left out — first, middle, last or all — fails ErrIncomplete
// (exit code 18) although every disclosure it holds verifies.
func TestEvidenceThatLeavesOutADisclosureIsIncomplete(t *testing.T) {
	e := evidence(t)
	if n := len(e.Disclosures); n < 3 {
		t.Fatalf("the fixture has %d disclosures; want at least 3", n)
	}
	if len(e.Latest) != 1 || !e.Latest[0].Disclosed || e.ToBlock < e.Disclosures[len(e.Disclosures)-1].Block || e.ToBlockHash == (common.Hash{}) {
		t.Fatalf("latest %+v, blocks %d to %d (%s)", e.Latest, e.FromBlock, e.ToBlock, e.ToBlockHash)
	}
	rep, err := audit.Verify(roundTrip(t, e), audit.Options{})
	if err != nil || rep.Err() != nil || len(rep.Gaps) != 0 {
		t.Fatalf("the complete evidence: %v, %v, gaps %v", err, rep.Err(), rep.Gaps)
	}
	var out bytes.Buffer
	if err := rep.WriteTable(&out); err != nil || !strings.Contains(out.String(), "complete: every disclosure of blocks") {
		t.Fatalf("the table does not say the evidence is complete:\n%s", out.String())
	}
	last := len(e.Disclosures) - 1
	for _, tc := range []struct {
		name string
		drop func([]audit.Record) []audit.Record
		opts audit.Options
		want bool // incomplete
	}{
		{"the first left out", func(r []audit.Record) []audit.Record { return r[1:] }, audit.Options{}, true},
		{"one in the middle left out", func(r []audit.Record) []audit.Record { return slices.Delete(r, 1, 2) }, audit.Options{}, true},
		{"the last left out", func(r []audit.Record) []audit.Record { return r[:last] }, audit.Options{}, true},
		{"all left out", func(r []audit.Record) []audit.Record { return nil }, audit.Options{}, true},
		{"the first left out, checked from a later epoch", func(r []audit.Record) []audit.Record { return r[1:] },
			audit.Options{FromEpoch: epochOf(t, &e.Disclosures[1])}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			x := roundTrip(t, e)
			x.Disclosures = tc.drop(x.Disclosures)
			rep, err := audit.Verify(x, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rep.Results {
				if r.Err != nil {
					t.Fatalf("a disclosure it holds fails: %v", r.Err)
				}
			}
			if !tc.want {
				if rep.Err() != nil {
					t.Fatalf("reported %v", rep.Err())
				}
				return
			}
			if !errors.Is(rep.Err(), audit.ErrIncomplete) || len(rep.Gaps) == 0 {
				t.Fatalf("got %v, gaps %v; want ErrIncomplete", rep.Err(), rep.Gaps)
			}
			if _, code := audit.ClassName(rep.Err()); code != audit.ExitIncomplete {
				t.Fatalf("exit code %d", code)
			}
			var js bytes.Buffer
			if err := rep.WriteJSON(&js); err != nil || !strings.Contains(js.String(), `"exit_code": 18`) || !strings.Contains(js.String(), "leaves out") {
				t.Fatalf("JSON report: %v\n%s", err, js.String())
			}
		})
	}
	// A disclosure outside the range the evidence names is malformed.
	x := roundTrip(t, e)
	x.ToBlock = x.Disclosures[last].Block - 1
	if _, err := audit.Verify(x, audit.Options{}); !errors.Is(err, audit.ErrMalformed) {
		t.Fatalf("a disclosure after the last block read: %v", err)
	}
}

// epochOf returns the epoch of a record's event.
func epochOf(t *testing.T, r *audit.Record) uint64 {
	t.Helper()
	return new(big.Int).SetBytes(r.Event.Topics[2][:]).Uint64()
}

package ceremony

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/fft"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	gnarkio "github.com/consensys/gnark/io"
)

// knownSRS is the Phase 1 result of domain n for the given secrets, built
// directly (a test knows its toxic waste).
func knownSRS(n uint64, tau, alpha, beta fr.Element) *mpcsetup.SrsCommons {
	_, _, g1, g2 := curve.Generators()
	c := new(mpcsetup.SrsCommons)
	c.G1.Tau = make([]curve.G1Affine, 2*n-1)
	c.G2.Tau = make([]curve.G2Affine, n)
	c.G1.AlphaTau = make([]curve.G1Affine, n)
	c.G1.BetaTau = make([]curve.G1Affine, n)
	var pow fr.Element
	pow.SetOne()
	mul1 := func(dst *curve.G1Affine, s ...fr.Element) {
		var e fr.Element
		e.SetOne()
		for i := range s {
			e.Mul(&e, &s[i])
		}
		dst.ScalarMultiplication(&g1, e.BigInt(new(big.Int)))
	}
	for i := range c.G1.Tau {
		mul1(&c.G1.Tau[i], pow)
		if uint64(i) < n {
			c.G2.Tau[i].ScalarMultiplication(&g2, pow.BigInt(new(big.Int)))
			mul1(&c.G1.AlphaTau[i], alpha, pow)
			mul1(&c.G1.BetaTau[i], beta, pow)
		}
		pow.Mul(&pow, &tau)
	}
	c.G2.Beta.ScalarMultiplication(&g2, beta.BigInt(new(big.Int)))
	return c
}

func frU(v uint64) (e fr.Element) { e.SetUint64(v); return e }

func TestCheckSRSRefusesWhatIsNotPowersOfOneTau(t *testing.T) {
	const n = 8
	tau, alpha, beta := frU(11), frU(13), frU(17)
	if err := CheckSRS(knownSRS(n, tau, alpha, beta), n); err != nil {
		t.Fatalf("the honest structure fails: %v", err)
	}
	_, _, g1, g2 := curve.Generators()
	omega := fft.NewDomain(n).Generator // ωⁿ = 1

	cases := []struct {
		name   string
		commit func() *mpcsetup.SrsCommons
		why    string
	}{
		{"one G1 power tampered", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G1.Tau[5].Add(&c.G1.Tau[5], &g1)
			return c
		}, "not geometric"},
		{"the last G1 power tampered", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G1.Tau[2*n-2].Add(&c.G1.Tau[2*n-2], &g1)
			return c
		}, "not geometric"},
		{"one G2 power tampered", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G2.Tau[3].Add(&c.G2.Tau[3], &g2)
			return c
		}, "not geometric"},
		{"G1 and G2 powers of different τ", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G2.Tau = knownSRS(n, frU(12), alpha, beta).G2.Tau
			return c
		}, "not geometric"},
		{"α powers of another τ", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G1.AlphaTau = knownSRS(n, frU(12), alpha, beta).G1.AlphaTau
			return c
		}, "not geometric"},
		{"one α power of another α", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G1.AlphaTau[3] = knownSRS(n, tau, frU(14), beta).G1.AlphaTau[3]
			return c
		}, "not geometric"},
		{"one β power of another β", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G1.BetaTau[n-1] = knownSRS(n, tau, alpha, frU(18)).G1.BetaTau[n-1]
			return c
		}, "not geometric"},
		{"[β]₂ of another β", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G2.Beta = knownSRS(n, tau, alpha, frU(18)).G2.Beta
			return c
		}, "different β"},
		{"[τ⁰]₁ not the generator", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			for i := range c.G1.Tau { // 2·τⁱ: geometric, but not from [1]₁
				c.G1.Tau[i].Double(&c.G1.Tau[i])
			}
			return c
		}, "[τ⁰]₁ is not the generator"},
		{"[τ⁰]₂ not the generator", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G2.Tau[0].Double(&c.G2.Tau[0])
			return c
		}, "[τ⁰]₂ is not the generator"},
		{"τ zero", func() *mpcsetup.SrsCommons { return knownSRS(n, frU(0), alpha, beta) }, "τ is zero"},
		{"α zero", func() *mpcsetup.SrsCommons { return knownSRS(n, tau, frU(0), beta) }, "α is zero"},
		{"β zero", func() *mpcsetup.SrsCommons { return knownSRS(n, tau, alpha, frU(0)) }, "β is zero"},
		{"τ an n-th root of unity", func() *mpcsetup.SrsCommons { return knownSRS(n, omega, alpha, beta) }, "FFT domain"},
		{"too few G1 powers", func() *mpcsetup.SrsCommons {
			c := knownSRS(n, tau, alpha, beta)
			c.G1.Tau = c.G1.Tau[:2*n-2]
			return c
		}, "lengths"},
		{"powers of a larger domain", func() *mpcsetup.SrsCommons { return knownSRS(2*n, tau, alpha, beta) }, "lengths"},
		{"no parameters", func() *mpcsetup.SrsCommons { return nil }, "no parameters"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckSRS(tc.commit(), n)
			if !errors.Is(err, ErrSRS) {
				t.Fatalf("got %v, want ErrSRS", err)
			}
			if !strings.Contains(err.Error(), tc.why) {
				t.Fatalf("got %q, want it caught by %q", err, tc.why)
			}
		})
	}
}

// sealedPhase1 runs a one-contribution gnark Phase 1 of domain n, verifies
// and seals it, as a consortium that ran its own Phase 1 would.
func sealedPhase1(t *testing.T, n uint64) mpcsetup.SrsCommons {
	t.Helper()
	p := mpcsetup.NewPhase1(n)
	p.Contribute()
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	var received mpcsetup.Phase1
	if _, err := received.ReadFrom(&buf); err != nil {
		t.Fatal(err)
	}
	c, err := mpcsetup.VerifyPhase1(n, []byte("beacon"), &received)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestReadSRSReadsAGnarkSealedPhase1AndTruncatesIt(t *testing.T) {
	sealed := sealedPhase1(t, 16)
	var file bytes.Buffer
	if _, err := sealed.WriteTo(&file); err != nil {
		t.Fatal(err)
	}

	c, err := ReadSRS(bytes.NewReader(file.Bytes()), 16)
	if err != nil {
		t.Fatal(err)
	}
	if !sameCommons(c, &sealed) {
		t.Fatal("ReadSRS does not give back what SrsCommons.WriteTo wrote")
	}
	if err := CheckSRS(c, 16); err != nil {
		t.Fatalf("a sealed gnark Phase 1 fails CheckSRS: %v", err)
	}

	small, err := ReadSRS(bytes.NewReader(file.Bytes()), 4)
	if err != nil {
		t.Fatal(err)
	}
	if !sameCommons(small, prefixCommons(&sealed, 4)) {
		t.Fatal("ReadSRS(…, 4) is not the first powers of the domain-16 parameters")
	}
	if err := CheckSRS(small, 4); err != nil {
		t.Fatalf("truncated parameters fail CheckSRS: %v", err)
	}

	if _, err := ReadSRS(bytes.NewReader(file.Bytes()), 32); !errors.Is(err, ErrSRS) {
		t.Fatalf("domain 32 from a domain-16 file: %v, want ErrSRS", err)
	}
}

// uncompressedSRS is c in SrsCommons.WriteTo's layout with every point
// uncompressed (gnark's readers take either encoding, point by point).
func uncompressedSRS(tb testing.TB, c *mpcsetup.SrsCommons) []byte {
	tb.Helper()
	var file bytes.Buffer
	enc := curve.NewEncoder(&file, curve.RawEncoding())
	refs := []any{uint64(len(c.G2.Tau)), &c.G2.Beta}
	for i := range c.G1.Tau[1:] {
		refs = append(refs, &c.G1.Tau[1+i])
	}
	for i := range c.G2.Tau[1:] {
		refs = append(refs, &c.G2.Tau[1+i])
	}
	for _, s := range [][]curve.G1Affine{c.G1.BetaTau, c.G1.AlphaTau} {
		for i := range s {
			refs = append(refs, &s[i])
		}
	}
	for _, v := range refs {
		if err := enc.Encode(v); err != nil {
			tb.Fatal(err)
		}
	}
	return file.Bytes()
}

func TestReadSRSReadsUncompressedPoints(t *testing.T) {
	want := knownSRS(4, frU(5), frU(6), frU(7))
	file := uncompressedSRS(t, want)
	var gnark mpcsetup.SrsCommons // gnark's own reader agrees on the layout
	if _, err := gnark.ReadFrom(bytes.NewReader(file)); err != nil {
		t.Fatal(err)
	}
	c, err := ReadSRS(bytes.NewReader(file), 4)
	if err != nil {
		t.Fatal(err)
	}
	if !sameCommons(c, &gnark) || !sameCommons(c, want) {
		t.Fatal("uncompressed points read back differently")
	}
}

func TestImportingABrokenGnarkPhase1Fails(t *testing.T) {
	sealed := sealedPhase1(t, 8)
	var buf bytes.Buffer
	if _, err := sealed.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	g1, g2 := curve.SizeOfG1AffineCompressed, curve.SizeOfG2AffineCompressed
	// layout: N, [β]₂, 14 [τⁱ]₁, 7 [τⁱ]₂, 8 [βτⁱ]₁, 8 [ατⁱ]₁
	tauG1, tauG2 := 8+g2, 8+g2+14*g1
	betaTau := tauG2 + 7*g2
	alphaTau := betaTau + 8*g1
	flip := func(at int) []byte {
		b := bytes.Clone(good)
		b[at] ^= 0x04
		return b
	}
	withN := func(n uint64) []byte {
		b := bytes.Clone(good)
		binary.BigEndian.PutUint64(b, n)
		return b
	}
	cases := []struct {
		name string
		file []byte
	}{
		{"a byte flipped in [β]₂", flip(8 + 20)},
		{"a byte flipped in [τ³]₁", flip(tauG1 + 2*g1 + 9)},
		{"a byte flipped in [τ¹⁴]₁", flip(tauG1 + 13*g1 + 31)},
		{"a byte flipped in [τ²]₂", flip(tauG2 + g2 + 40)},
		{"a byte flipped in [βτ⁰]₁", flip(betaTau + 3)},
		{"a byte flipped in [ατ⁷]₁", flip(alphaTau + 7*g1 + 30)},
		{"the file cut in [τⁱ]₂", good[:tauG2+100]},
		{"the file cut in its last point", good[:len(good)-1]},
		{"the file cut in the domain size", good[:5]},
		{"an empty file", nil},
		{"a byte after the parameters", append(bytes.Clone(good), 0)},
		{"a domain size that is not a power of two", withN(12)},
		{"a domain size larger than the points", withN(16)},
		{"a domain size smaller than asked", withN(4)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ReadSRS(bytes.NewReader(tc.file), 8)
			if err == nil { // a flipped x that is still on the curve is another point: CheckSRS catches it
				err = CheckSRS(c, 8)
			}
			if !errors.Is(err, ErrSRS) {
				t.Fatalf("got %v, want ErrSRS", err)
			}
		})
	}
}

// squaresCircuit proves knowledge of x with x^(2^rounds) = y and commits to x
// (BSB22), so Phase 2 also randomises a commitment key, as
// for the summary circuit.
type squaresCircuit struct {
	X frontend.Variable
	Y frontend.Variable `gnark:",public"`
}

const toyRounds = 100

func (c *squaresCircuit) Define(api frontend.API) error {
	v := c.X
	for range toyRounds {
		v = api.Mul(v, v)
	}
	cm, err := api.(frontend.Committer).Commit(c.X)
	if err != nil {
		return err
	}
	api.AssertIsDifferent(cm, 0)
	api.AssertIsEqual(v, c.Y)
	return nil
}

func TestPhase2FromTheImportedPtauGivesKeysThatProve(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &squaresCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	n := ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints()))
	if n > 256 {
		t.Fatalf("toy circuit needs domain %d", n)
	}
	commons := readPtauFile(t, n)
	if err := CheckSRS(commons, n); err != nil {
		t.Fatal(err)
	}

	var p mpcsetup.Phase2
	p.Initialize(ccs.(*cs.R1CS), commons)
	p.Contribute()
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	var received mpcsetup.Phase2 // always deserialise what arrives
	if _, err := received.ReadFrom(&buf); err != nil {
		t.Fatal(err)
	}
	pk, vk, err := mpcsetup.VerifyPhase2(ccs.(*cs.R1CS), commons, []byte("announced beacon"), &received)
	if err != nil {
		t.Fatal(err)
	}

	x := frU(3)
	y := x
	for range toyRounds {
		y.Square(&y)
	}
	w, err := frontend.NewWitness(&squaresCircuit{X: x, Y: y}, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	public, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, public); err != nil {
		t.Fatalf("a proof with keys from the imported .ptau does not verify: %v", err)
	}
	wrong, err := frontend.NewWitness(&squaresCircuit{Y: frU(4)}, ecc.BN254.ScalarField(), frontend.PublicOnly())
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, vk, wrong); err == nil {
		t.Fatal("the proof verifies for another public input")
	}
}

// randomSRS is a Phase 1 result of domain n for random secrets, built with
// fixed-base batch multiplications (quick enough for 2^16).
func randomSRS(tb testing.TB, n uint64) *mpcsetup.SrsCommons {
	tb.Helper()
	var tau, alpha, beta fr.Element
	for _, e := range []*fr.Element{&tau, &alpha, &beta} {
		if _, err := e.SetRandom(); err != nil {
			tb.Fatal(err)
		}
	}
	pows := make([]fr.Element, 2*n-1)
	pows[0].SetOne()
	for i := 1; i < len(pows); i++ {
		pows[i].Mul(&pows[i-1], &tau)
	}
	scaled := func(s fr.Element) []fr.Element {
		out := make([]fr.Element, n)
		for i := range out {
			out[i].Mul(&pows[i], &s)
		}
		return out
	}
	_, _, g1, g2 := curve.Generators()
	c := new(mpcsetup.SrsCommons)
	c.G1.Tau = curve.BatchScalarMultiplicationG1(&g1, pows)
	c.G2.Tau = curve.BatchScalarMultiplicationG2(&g2, pows[:n])
	c.G1.AlphaTau = curve.BatchScalarMultiplicationG1(&g1, scaled(alpha))
	c.G1.BetaTau = curve.BatchScalarMultiplicationG1(&g1, scaled(beta))
	c.G2.Beta.ScalarMultiplication(&g2, beta.BigInt(new(big.Int)))
	return c
}

// ptauBytes writes c as a .ptau file of power log2(n) (header, the five
// point sections, an empty contributions section).
func ptauBytes(c *mpcsetup.SrsCommons) []byte {
	var b []byte
	section := func(id uint32, body []byte) {
		b = binary.LittleEndian.AppendUint32(b, id)
		b = binary.LittleEndian.AppendUint64(b, uint64(len(body)))
		b = append(b, body...)
	}
	coords := func(out []byte, es ...*fp.Element) []byte {
		for _, e := range es {
			for _, limb := range e {
				out = binary.LittleEndian.AppendUint64(out, limb)
			}
		}
		return out
	}
	g1s := func(ps []curve.G1Affine) (out []byte) {
		for i := range ps {
			out = coords(out, &ps[i].X, &ps[i].Y)
		}
		return out
	}
	g2s := func(ps []curve.G2Affine) (out []byte) {
		for i := range ps {
			out = coords(out, &ps[i].X.A0, &ps[i].X.A1, &ps[i].Y.A0, &ps[i].Y.A1)
		}
		return out
	}
	b = append([]byte("ptau"), 1, 0, 0, 0, 7, 0, 0, 0)
	header := binary.LittleEndian.AppendUint32(nil, fp.Bytes)
	q := fp.Modulus().FillBytes(make([]byte, fp.Bytes))
	for i := range q {
		header = append(header, q[len(q)-1-i])
	}
	power := uint32(domainLog2(uint64(len(c.G2.Tau))))
	header = binary.LittleEndian.AppendUint32(header, power)
	header = binary.LittleEndian.AppendUint32(header, power)
	section(ptauHeader, header)
	section(ptauTauG1, g1s(c.G1.Tau))
	section(ptauTauG2, g2s(c.G2.Tau))
	section(ptauAlphaTauG1, g1s(c.G1.AlphaTau))
	section(ptauBetaTauG1, g1s(c.G1.BetaTau))
	section(ptauBetaG2, g2s([]curve.G2Affine{c.G2.Beta}))
	section(ptauContributions, []byte{0, 0, 0, 0})
	return b
}

func TestPtauBytesRoundTripsThroughReadPtau(t *testing.T) {
	want := randomSRS(t, 8)
	got, info, err := ReadPtau(bytes.NewReader(ptauBytes(want)), 8)
	if err != nil {
		t.Fatal(err)
	}
	if info.Power != 3 || !sameCommons(got, want) {
		t.Fatalf("round trip differs (power %d)", info.Power)
	}
	if err := CheckSRS(got, 8); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkReadPhase1 compares reading a Phase 1 of domain 2^16 with
// gnark's sequential readers (compressed, as gnark writes it, and
// uncompressed: the difference is point decompression) against ReadSRS and
// ReadPtau, which decode in parallel. All of them check every point.
//
//	go test ./circuits/ceremony -run '^$' -bench ReadPhase1 -benchtime 1x -count 3
func BenchmarkReadPhase1(b *testing.B) {
	const n = 1 << 16
	c := randomSRS(b, n)
	var compressed, phase1 bytes.Buffer
	if _, err := c.WriteTo(&compressed); err != nil {
		b.Fatal(err)
	}
	raw := uncompressedSRS(b, c)
	encode := func(e *curve.Encoder, vs ...any) {
		for _, v := range vs {
			if err := e.Encode(v); err != nil {
				b.Fatal(err)
			}
		}
	}
	// a Phase1 file: three update proofs, the parameters, the challenge
	penc := curve.NewEncoder(&phase1)
	for range 3 {
		encode(penc, &curve.G1Affine{}, &curve.G2Affine{})
	}
	phase1.Write(compressed.Bytes())
	if _, err := gnarkio.WriteBytesShort(nil, &phase1); err != nil {
		b.Fatal(err)
	}
	ptau := ptauBytes(c)

	b.Run("gnark Phase1.ReadFrom", func(b *testing.B) {
		for b.Loop() {
			var p mpcsetup.Phase1
			if _, err := p.ReadFrom(bytes.NewReader(phase1.Bytes())); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("gnark SrsCommons.ReadFrom uncompressed", func(b *testing.B) {
		for b.Loop() {
			var s mpcsetup.SrsCommons
			if _, err := s.ReadFrom(bytes.NewReader(raw)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadSRS", func(b *testing.B) {
		for b.Loop() {
			if _, err := ReadSRS(bytes.NewReader(compressed.Bytes()), n); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadSRS uncompressed", func(b *testing.B) {
		for b.Loop() {
			if _, err := ReadSRS(bytes.NewReader(raw), n); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadPtau", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := ReadPtau(bytes.NewReader(ptau), n); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("CheckSRS", func(b *testing.B) {
		for b.Loop() {
			if err := CheckSRS(c, n); err != nil {
				b.Fatal(err)
			}
		}
	})
}

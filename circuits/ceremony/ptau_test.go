package ceremony

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	curve "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
)

// pot8Path is a real snarkjs transcript of power 8: two contributions and a
// beacon (testdata/ptau/README.txt says how it was made).
var pot8Path = filepath.Join("testdata", "ptau", "pot8_beacon.ptau")

const pot8SHA256 = "3b4d2d2fa554f877eb6ca2e21e253a446df373085e2f6af9da5812e5d4462064"

func readPot8(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(pot8Path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// ptauSection is where one section of a .ptau file lies: its 12-byte
// header at start, its body after it.
type ptauSection struct {
	id          uint32
	start, body int
	size        int
}

// ptauSections lists the sections of a well-formed .ptau file.
func ptauSections(t *testing.T, b []byte) []ptauSection {
	t.Helper()
	var out []ptauSection
	at := 12
	for range binary.LittleEndian.Uint32(b[8:12]) {
		s := ptauSection{id: binary.LittleEndian.Uint32(b[at:]), start: at, body: at + 12, size: int(binary.LittleEndian.Uint64(b[at+4:]))}
		out = append(out, s)
		at = s.body + s.size
	}
	if at != len(b) {
		t.Fatalf("sections end at %d, file at %d", at, len(b))
	}
	return out
}

func ptauSectionByID(t *testing.T, b []byte, id uint32) ptauSection {
	t.Helper()
	for _, s := range ptauSections(t, b) {
		if s.id == id {
			return s
		}
	}
	t.Fatalf("no section %d", id)
	return ptauSection{}
}

func TestReadPtauDecodesTheSnarkjsTranscriptAsSnarkjsDoes(t *testing.T) {
	c, info, err := ReadPtau(bytes.NewReader(readPot8(t)), 256)
	if err != nil {
		t.Fatal(err)
	}
	if info.Power != 8 || info.Contributions != 3 || info.SHA256 != pot8SHA256 {
		t.Fatalf("info %+v, want power 8, 3 contributions (two and the beacon), SHA-256 %s", info, pot8SHA256)
	}

	raw, err := os.ReadFile(filepath.Join("testdata", "ptau", "pot8_beacon.points.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		TauG1_1, TauG1_510, AlphaTauG1_0, BetaTauG1_255 [2]string
		TauG2_1, BetaG2                                 [2][2]string
	}
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	g1 := func(name string, got curve.G1Affine, xy [2]string) {
		t.Helper()
		var w curve.G1Affine
		setFp(t, &w.X, xy[0])
		setFp(t, &w.Y, xy[1])
		if !got.Equal(&w) {
			t.Errorf("%s = %s, snarkjs reads %v", name, got.String(), xy)
		}
	}
	g2 := func(name string, got curve.G2Affine, xy [2][2]string) {
		t.Helper()
		var w curve.G2Affine
		setFp(t, &w.X.A0, xy[0][0])
		setFp(t, &w.X.A1, xy[0][1])
		setFp(t, &w.Y.A0, xy[1][0])
		setFp(t, &w.Y.A1, xy[1][1])
		if !got.Equal(&w) {
			t.Errorf("%s = %s, snarkjs reads %v", name, got.String(), xy)
		}
	}
	g1("tauG1[1]", c.G1.Tau[1], want.TauG1_1)
	g1("tauG1[510]", c.G1.Tau[510], want.TauG1_510)
	g1("alphaTauG1[0]", c.G1.AlphaTau[0], want.AlphaTauG1_0)
	g1("betaTauG1[255]", c.G1.BetaTau[255], want.BetaTauG1_255)
	g2("tauG2[1]", c.G2.Tau[1], want.TauG2_1)
	g2("betaG2", c.G2.Beta, want.BetaG2)

	if err := CheckSRS(c, 256); err != nil {
		t.Fatalf("the snarkjs transcript fails CheckSRS: %v", err)
	}
}

func setFp(t *testing.T, e *fp.Element, decimal string) {
	t.Helper()
	v, ok := new(big.Int).SetString(decimal, 10)
	if !ok {
		t.Fatalf("bad decimal %q", decimal)
	}
	e.SetBigInt(v)
}

func TestReadPtauTruncatesToASmallerDomain(t *testing.T) {
	b := readPot8(t)
	full, _, err := ReadPtau(bytes.NewReader(b), 256)
	if err != nil {
		t.Fatal(err)
	}
	c, info, err := ReadPtau(bytes.NewReader(b), 64)
	if err != nil {
		t.Fatal(err)
	}
	if info.Power != 8 {
		t.Errorf("power %d, want the file's 8", info.Power)
	}
	if len(c.G1.Tau) != 127 || len(c.G2.Tau) != 64 || len(c.G1.AlphaTau) != 64 || len(c.G1.BetaTau) != 64 {
		t.Fatalf("lengths %d %d %d %d, want 127 64 64 64", len(c.G1.Tau), len(c.G2.Tau), len(c.G1.AlphaTau), len(c.G1.BetaTau))
	}
	if !sameCommons(c, prefixCommons(full, 64)) {
		t.Fatal("the truncated parameters are not the first powers of the full ones")
	}
	if err := CheckSRS(c, 64); err != nil {
		t.Fatalf("truncated parameters fail CheckSRS: %v", err)
	}
}

// equalPoints says whether a and b hold the same points.
func equalPoints[P any, PP interface {
	*P
	Equal(*P) bool
}](a, b []P) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !PP(&a[i]).Equal(&b[i]) {
			return false
		}
	}
	return true
}

// sameCommons says whether a and b are the same parameters.
func sameCommons(a, b *mpcsetup.SrsCommons) bool {
	return equalPoints(a.G1.Tau, b.G1.Tau) && equalPoints(a.G2.Tau, b.G2.Tau) && equalPoints(a.G1.AlphaTau, b.G1.AlphaTau) &&
		equalPoints(a.G1.BetaTau, b.G1.BetaTau) && a.G2.Beta.Equal(&b.G2.Beta)
}

// prefixCommons is what Phase 2 of domain n needs of c: its first powers.
func prefixCommons(c *mpcsetup.SrsCommons, n uint64) *mpcsetup.SrsCommons {
	p := new(mpcsetup.SrsCommons)
	p.G1.Tau, p.G2.Tau, p.G1.AlphaTau, p.G1.BetaTau, p.G2.Beta = c.G1.Tau[:2*n-1], c.G2.Tau[:n], c.G1.AlphaTau[:n], c.G1.BetaTau[:n], c.G2.Beta
	return p
}

func TestReadPtauRefusesADomainLargerThanTheFile(t *testing.T) {
	_, _, err := ReadPtau(bytes.NewReader(readPot8(t)), 512)
	if !errors.Is(err, ErrPtau) || !strings.Contains(err.Error(), "2^8, smaller than the 2^9 asked for") {
		t.Fatalf("domain 2^9 from a power-8 file: %v, want ErrPtau saying the file is too small", err)
	}
}

func TestReadPtauRefusesADomainThatIsNotAPowerOfTwo(t *testing.T) {
	for _, n := range []uint64{0, 1, 96, 1 << 29} {
		if _, _, err := ReadPtau(bytes.NewReader(readPot8(t)), n); err == nil {
			t.Errorf("domain %d accepted", n)
		}
	}
}

func TestReadPtauSkipsSectionsItDoesNotUse(t *testing.T) {
	b := readPot8(t)
	// append a section 12 (the Lagrange basis "prepare phase2" adds), of garbage
	extra := binary.LittleEndian.AppendUint32(nil, 12)
	extra = binary.LittleEndian.AppendUint64(extra, 5)
	extra = append(extra, 1, 2, 3, 4, 5)
	b = append(b, extra...)
	binary.LittleEndian.PutUint32(b[8:], binary.LittleEndian.Uint32(b[8:])+1)
	c, info, err := ReadPtau(bytes.NewReader(b), 256)
	if err != nil {
		t.Fatal(err)
	}
	if sum := sha256.Sum256(b); info.SHA256 != hex.EncodeToString(sum[:]) {
		t.Errorf("SHA-256 %s is not the file's", info.SHA256)
	}
	if err := CheckSRS(c, 256); err != nil {
		t.Fatal(err)
	}
}

func TestReadPtauRefusesABrokenFile(t *testing.T) {
	good := readPot8(t)
	edit := func(f func(b []byte) []byte) []byte { return f(bytes.Clone(good)) }
	flip := func(id uint32, offset int) []byte {
		return edit(func(b []byte) []byte {
			b[ptauSectionByID(t, b, id).body+offset] ^= 0x01
			return b
		})
	}
	drop := func(id uint32) []byte {
		return edit(func(b []byte) []byte {
			s := ptauSectionByID(t, b, id)
			b = append(b[:s.start], b[s.body+s.size:]...)
			binary.LittleEndian.PutUint32(b[8:], binary.LittleEndian.Uint32(b[8:])-1)
			return b
		})
	}
	header := ptauSectionByID(t, good, ptauHeader).body

	cases := []struct {
		name string
		file []byte
		why  string // in the error: the check that caught it
	}{
		{"a byte flipped in tauG1[1]", flip(ptauTauG1, ptauG1Size+5), "tauG1): point 1: not on the curve"},
		{"a byte flipped in tauG1's last kept point", flip(ptauTauG1, 510*ptauG1Size+40), "tauG1): point 510: not on the curve"},
		{"a byte flipped in tauG2[3]", flip(ptauTauG2, 3*ptauG2Size+100), "tauG2): point 3: not on the curve"},
		{"a byte flipped in alphaTauG1[7]", flip(ptauAlphaTauG1, 7*ptauG1Size), "alphaTauG1): point 7: not on the curve"},
		{"a byte flipped in betaTauG1[255]", flip(ptauBetaTauG1, 255*ptauG1Size+63), "betaTauG1): point 255: not on the curve"},
		{"a byte flipped in betaG2", flip(ptauBetaG2, 70), "betaG2): point 0: not on the curve"},
		{"a coordinate not below the prime", edit(func(b []byte) []byte {
			s := ptauSectionByID(t, b, ptauTauG1).body + ptauG1Size
			copy(b[s:s+fp.Bytes], bytes.Repeat([]byte{0xff}, fp.Bytes))
			return b
		}), "point 1: coordinate not below the field's prime"},
		{"a point at infinity", edit(func(b []byte) []byte {
			s := ptauSectionByID(t, b, ptauAlphaTauG1).body
			clear(b[s : s+ptauG1Size])
			return b
		}), "alphaTauG1): point 0: point at infinity"},
		{"a G2 point on the curve but outside the subgroup", edit(func(b []byte) []byte {
			s := ptauSectionByID(t, b, ptauTauG2).body + ptauG2Size
			p := g2OutsideSubgroup(t)
			for i, e := range []fp.Element{p.X.A0, p.X.A1, p.Y.A0, p.Y.A1} {
				for j, limb := range e {
					binary.LittleEndian.PutUint64(b[s+i*fp.Bytes+8*j:], limb)
				}
			}
			return b
		}), "tauG2): point 1: not in the prime-order subgroup"},
		{"the file cut in tauG2", good[:ptauSectionByID(t, good, ptauTauG2).body+1000], "tauG2): the file is truncated"},
		{"the file cut in the contributions", good[:len(good)-10], "the file is truncated"},
		{"the file cut in a section header", good[:ptauSectionByID(t, good, ptauTauG2).start+6], "section header: the file is truncated"},
		{"the file cut in its header", good[:7], "file header: the file is truncated"},
		{"an empty file", nil, "file header: the file is truncated"},
		{"bytes after the last section", append(bytes.Clone(good), 0), "bytes follow"},
		{"another magic", edit(func(b []byte) []byte { copy(b, "zkey"); return b }), "not a .ptau file"},
		{"another version", edit(func(b []byte) []byte { b[4] = 2; return b }), "version 2"},
		{"another prime in the header", edit(func(b []byte) []byte { b[header+4] ^= 0x02; return b }), "not BN254's base field"},
		{"BLS12-381's element size in the header", edit(func(b []byte) []byte { b[header] = 48; return b }), "48 bytes: not BN254"},
		{"power 0 in the header", edit(func(b []byte) []byte { clear(b[header+4+fp.Bytes : header+8+fp.Bytes]); return b }), "power 0"},
		{"a power in the header the sections do not have", edit(func(b []byte) []byte { b[header+4+fp.Bytes] = 9; return b }), "needs 1023 points"},
		{"no header section", drop(ptauHeader), "comes before the header"},
		{"no tauG1 section", drop(ptauTauG1), "tauG1) is missing"},
		{"no tauG2 section", drop(ptauTauG2), "tauG2) is missing"},
		{"no alphaTauG1 section", drop(ptauAlphaTauG1), "alphaTauG1) is missing"},
		{"no betaTauG1 section", drop(ptauBetaTauG1), "betaTauG1) is missing"},
		{"no betaG2 section", drop(ptauBetaG2), "betaG2) is missing"},
		{"a section twice", edit(func(b []byte) []byte {
			s := ptauSectionByID(t, b, ptauBetaG2)
			b = append(b, b[s.start:s.body+s.size]...)
			binary.LittleEndian.PutUint32(b[8:], binary.LittleEndian.Uint32(b[8:])+1)
			return b
		}), "appears twice"},
		{"an unknown section with a size past 2^63", edit(func(b []byte) []byte {
			s := ptauSectionByID(t, b, ptauBetaG2)
			binary.LittleEndian.PutUint32(b[s.start:], 99)
			binary.LittleEndian.PutUint64(b[s.start+4:], 1<<63)
			return b
		}), "section 99: a size of"},
		{"a section size that disagrees with the power", edit(func(b []byte) []byte {
			s := ptauSectionByID(t, b, ptauBetaG2)
			binary.LittleEndian.PutUint64(b[s.start+4:], 64)
			return b
		}), "betaG2): 64 bytes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := ReadPtau(bytes.NewReader(tc.file), 256)
			if !errors.Is(err, ErrPtau) {
				t.Fatalf("got %v, want ErrPtau", err)
			}
			if !strings.Contains(err.Error(), tc.why) {
				t.Fatalf("got %q, want it caught by %q", err, tc.why)
			}
		})
	}
}

// g2OutsideSubgroup is a point on BN254's G2 curve that is not in the
// prime-order subgroup (the twist's cofactor is not one).
func g2OutsideSubgroup(t *testing.T) curve.G2Affine {
	t.Helper()
	// the twist's b is y² - x³ at the generator
	_, _, _, g2 := curve.Generators()
	var bTwist, x3 = g2.Y, g2.X
	x3.Square(&g2.X).Mul(&x3, &g2.X)
	bTwist.Square(&g2.Y).Sub(&bTwist, &x3)
	var p curve.G2Affine
	for i := uint64(1); i < 1000; i++ {
		p.X.A0.SetUint64(i)
		p.X.A1.SetUint64(1)
		rhs := p.X
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &bTwist)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p
		}
	}
	t.Fatal("no point outside the subgroup found")
	return p
}

// readPtauFile reads the fixture through ReadPtau for tests in other files.
func readPtauFile(t *testing.T, n uint64) *mpcsetup.SrsCommons {
	t.Helper()
	c, _, err := ReadPtau(bytes.NewReader(readPot8(t)), n)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

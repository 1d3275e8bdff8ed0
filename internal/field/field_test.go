package field

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"gopkg.in/yaml.v3"
)

func TestAnElementPrintsAs64LowercaseDigitsWithItsLeadingZeros(t *testing.T) {
	e := FromUint64(0x0abc)
	want := "0x" + strings.Repeat("0", 60) + "0abc"
	if got := e.String(); got != want {
		t.Fatalf("String %s, want %s", got, want)
	}
	j, err := json.Marshal(struct {
		Root Element `json:"root"`
	}{e})
	if err != nil {
		t.Fatal(err)
	}
	if string(j) != `{"root":"`+want+`"}` {
		t.Fatalf("JSON %s", j)
	}
	y, err := yaml.Marshal(map[string]Element{"root": e})
	if err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(string(y)) != "root: \""+want+"\"" && strings.TrimSpace(string(y)) != "root: "+want {
		t.Fatalf("YAML %q", y)
	}
}

func TestParseTakesEitherCaseAndRoundTrips(t *testing.T) {
	r := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	e, err := FromBig(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{e.String(), strings.ToUpper(e.String()), "0x" + strings.ToUpper(e.String()[2:])} {
		got, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%s): %v", s, err)
		}
		if got != e || got.BigInt().Cmp(r) != 0 {
			t.Fatalf("Parse(%s) = %s, want %s", s, got, e)
		}
	}
	var back Element
	if err := json.Unmarshal([]byte(`"`+e.String()+`"`), &back); err != nil || back != e {
		t.Fatalf("JSON round trip: %v, %s", err, back)
	}
}

func TestParseRefusesWhatIsNotOneCanonicalElement(t *testing.T) {
	modulus := fr.Modulus()
	rHex := "0x" + modulus.Text(16)
	cases := map[string]error{
		"":                              ErrHex,
		"abc":                           ErrHex,
		"0x":                            ErrHex,
		"0x1":                           ErrHex,
		"0x" + strings.Repeat("0", 63):  ErrHex,
		"0x" + strings.Repeat("0", 65):  ErrHex,
		"0x" + strings.Repeat("0", 62):  ErrHex, // 31 bytes: the leading zero is not optional
		"0x" + strings.Repeat("g", 64):  ErrHex,
		" 0x" + strings.Repeat("0", 64): ErrHex,
		rHex:                            ErrNotCanonical,
		"0x" + strings.Repeat("f", 64):  ErrNotCanonical,
	}
	for s, want := range cases {
		if _, err := Parse(s); !errors.Is(err, want) {
			t.Errorf("Parse(%q): err %v, want %v", s, err, want)
		}
	}
	var e Element
	if err := json.Unmarshal([]byte(`"`+rHex+`"`), &e); !errors.Is(err, ErrNotCanonical) {
		t.Fatalf("JSON of r: err %v, want ErrNotCanonical", err)
	}
	if _, err := FromBig(modulus); !errors.Is(err, ErrNotCanonical) {
		t.Fatalf("FromBig(r): err %v", err)
	}
	if _, err := FromBig(big.NewInt(-1)); !errors.Is(err, ErrNotCanonical) {
		t.Fatalf("FromBig(-1): err %v", err)
	}
}

func TestDigestsAreAny32BytesInTheSameForm(t *testing.T) {
	var d Digest
	d[0], d[31] = 0x00, 0xff
	d[1] = 0xAB
	s := d.String()
	if len(s) != 66 || s != strings.ToLower(s) || !strings.HasPrefix(s, "0x00ab") {
		t.Fatalf("String %s", s)
	}
	all := "0x" + strings.Repeat("f", 64) // not a field element, a fine digest
	got, err := ParseDigest(all)
	if err != nil || got.String() != all {
		t.Fatalf("ParseDigest(%s) = %s, %v", all, got, err)
	}
	if _, err := ParseDigest("0x" + strings.Repeat("f", 62)); !errors.Is(err, ErrHex) {
		t.Fatalf("short digest: %v", err)
	}
	var back Digest
	if err := json.Unmarshal([]byte(`"`+strings.ToUpper(all[2:])+`"`), &back); !errors.Is(err, ErrHex) {
		t.Fatalf("digest without 0x: %v", err)
	}
	if d.IsZero() || !(Digest{}).IsZero() {
		t.Fatal("IsZero")
	}
}

func TestAWordAlwaysPrintsAs64HexDigits(t *testing.T) {
	small := new(big.Int).SetUint64(0x85d9)
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	for _, c := range []struct {
		x    *big.Int
		want string
	}{
		{big.NewInt(0), "0x" + strings.Repeat("0", 64)},
		{small, "0x" + strings.Repeat("0", 60) + "85d9"},
		{max, "0x" + strings.Repeat("f", 64)},
	} {
		if got := Word(c.x); got != c.want {
			t.Errorf("Word(%s) = %s, want %s", c.x, got, c.want)
		}
	}
	for _, x := range []*big.Int{nil, big.NewInt(-1), new(big.Int).Lsh(big.NewInt(1), 256)} {
		if got := Word(x); strings.HasPrefix(got, "0x") {
			t.Errorf("Word(%v) = %s: not a word, yet printed as one", x, got)
		}
	}
}

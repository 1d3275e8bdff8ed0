package policy_test

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/policies/policy"
)

var update = flag.Bool("update", false, "rewrite testdata/hashes.golden from the current code")

// problemsOf returns the individual problems of a joined error.
func problemsOf(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	if err == nil {
		return nil
	}
	return []error{err}
}

func TestBadPolicyFilesAreRejected(t *testing.T) {
	tests := []struct {
		file string
		want error
		line int // the line the message must name; 0 when the problem has none
		n    int // number of problems; 0 means 1
	}{
		{"unknown-key", policy.ErrUnknownKey, 6, 0},
		{"unknown-nested-key", policy.ErrUnknownKey, 12, 0},
		{"duplicate-key", policy.ErrDuplicateKey, 8, 0},
		{"epoch-length", policy.ErrBadEpochLength, 5, 0},
		{"epoch-too-long", policy.ErrBadEpochLength, 5, 0},
		{"epoch-text", policy.ErrBadEpochLength, 5, 0},
		{"unknown-metric", policy.ErrUnknownMetric, 6, 0},
		{"duplicate-metric", policy.ErrDuplicateEntry, 6, 0},
		{"zero-threshold", policy.ErrBadThreshold, 7, 0},
		{"threshold-above-sanity", policy.ErrBadThreshold, 7, 0},
		{"payout-share", policy.ErrBadPayoutShare, 17, 0},
		{"payout-without-revenue", policy.ErrBadPayoutShare, 16, 0},
		{"withheld-committed", policy.ErrWithheldCommitted, 18, 0},
		{"withheld-missing-battery", policy.ErrBadWithheld, 18, 0},
		{"bounds-inverted", policy.ErrBadBounds, 9, 0},
		{"bounds-soh", policy.ErrBadBounds, 12, 0},
		{"sanity-missing", policy.ErrMissingField, 13, 0},
		{"sanity-undisclosed", policy.ErrBadSanity, 17, 0},
		{"sanity-zero-max", policy.ErrBadSanity, 14, 0},
		{"missing-id", policy.ErrMissingField, 0, 0},
		{"bad-id", policy.ErrBadID, 2, 0},
		{"version-zero", policy.ErrBadVersion, 3, 0},
		{"version-fraction", policy.ErrWrongType, 3, 0},
		{"unknown-asset", policy.ErrUnknownAsset, 4, 0},
		{"wrong-type", policy.ErrWrongType, 7, 0},
		{"wrong-shape", policy.ErrWrongType, 8, 0},
		{"negative", policy.ErrWrongType, 11, 0},
		{"syntax", policy.ErrSyntax, 10, 0},
		{"two-documents", policy.ErrMultipleDocuments, 19, 0},
		{"empty", policy.ErrEmpty, 0, 0},
		{"null", policy.ErrEmpty, 0, 0},
		{"many-problems", policy.ErrBadVersion, 3, 5},
	}
	files, err := filepath.Glob("testdata/*.bad.yaml")
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[filepath.Join("testdata", tt.file+".bad.yaml")] = true
		t.Run(tt.file+" is rejected with "+tt.want.Error(), func(t *testing.T) {
			path := filepath.Join("testdata", tt.file+".bad.yaml")
			p, err := policy.Load(path)
			if err == nil {
				t.Fatalf("Load(%s) accepted the policy %q", path, p.ID)
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Load(%s) = %v\nwant an error wrapping %q", path, err, tt.want)
			}
			msg := err.Error()
			if tt.line > 0 && !strings.Contains(msg, fmt.Sprintf("line %d:", tt.line)) {
				t.Errorf("the message does not name line %d:\n%s", tt.line, msg)
			}
			want := max(tt.n, 1)
			if got := problemsOf(err); len(got) != want {
				t.Errorf("got %d problems, want %d:\n%s", len(got), want, msg)
			}
			for _, line := range strings.Split(msg, "\n") {
				if !strings.HasPrefix(line, path+": ") {
					t.Errorf("problem %q does not start with the file name", line)
				}
			}
		})
	}
	for _, f := range files {
		if !covered[f] {
			t.Errorf("%s has no entry in the table", f)
		}
	}
	if len(files) < 12 {
		t.Errorf("only %d bad files", len(files))
	}
}

func TestManyProblemsAreAllNamed(t *testing.T) {
	_, err := policy.Load("testdata/many-problems.bad.yaml")
	for _, want := range []error{policy.ErrBadVersion, policy.ErrBadEpochLength, policy.ErrBadThreshold, policy.ErrBadPayoutShare, policy.ErrWithheldCommitted} {
		if !errors.Is(err, want) {
			t.Errorf("the error does not name %q:\n%v", want, err)
		}
	}
	var fe *policy.FieldError
	if !errors.As(err, &fe) || fe.Field != "version" || fe.Line != 3 {
		t.Errorf("first problem = %+v, want the field version at line 3", fe)
	}
}

func TestGoodPolicyFilesLoadAndMatchTheGoldenHashes(t *testing.T) {
	files, err := filepath.Glob("testdata/*.good.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no good files: %v", err)
	}
	got := map[string]string{}
	for _, f := range files {
		p, err := policy.Load(f)
		if err != nil {
			t.Errorf("Load(%s): %v", f, err)
			continue
		}
		if err := p.Validate(); err != nil {
			t.Errorf("%s: the loaded policy fails Validate: %v", f, err)
		}
		if err := p.Bounds().Validate(); err != nil {
			t.Errorf("%s: record bounds fail telemetry's Validate: %v", f, err)
		}
		got[filepath.Base(f)] = p.Hash().String()
	}
	checkGolden(t, "testdata/hashes.golden", got)
}

// checkGolden compares "name hash" lines with the golden file, or rewrites it
// with -update.
func checkGolden(t *testing.T, path string, got map[string]string) {
	t.Helper()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	slices.Sort(names)
	if *update {
		var b strings.Builder
		for _, n := range names {
			fmt.Fprintf(&b, "%s %s\n", n, got[n])
		}
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatalf("%v (run go test with -update to create it)", err)
	}
	defer f.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, hash, _ := strings.Cut(sc.Text(), " ")
		want[name] = hash
	}
	for _, n := range names {
		if want[n] != got[n] {
			t.Errorf("hash of %s changed:\n got %s\nwant %s\nA changed policy hash invalidates every registry entry and proof that pins it; if that is intended, run go test with -update.", n, got[n], want[n])
		}
	}
	if len(want) != len(got) {
		t.Errorf("%s pins %d policies, the test hashed %d", path, len(want), len(got))
	}
}

func mustLoad(t *testing.T, path string) *policy.Policy {
	t.Helper()
	p, err := policy.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestHashDoesNotDependOnHowTheYAMLIsWritten(t *testing.T) {
	block := mustLoad(t, "testdata/six-hourly.good.yaml")
	variants := map[string]string{
		"flow style, schema order, lists reversed, comments": `# a comment
id: six-hourly   # trailing comment
version: 7
asset: "battery-swap-cabinet"
epoch: 21600
disclose: [swaps, active_cabinets]
min_active_cabinets: 3
record_bounds: {min_energy_wh: 0, max_energy_wh: 3000, max_fee_cents: 2000, min_soh_permille: 0}
sanity: {swaps: {max: 300000, max_growth_bp: 30000, max_drop_bp: 9000}, active_cabinets: {max: 10000, max_growth_bp: 10000, max_drop_bp: 9000}}
payout_share_bp: 0
withheld: [battery_in, battery_out]
`,
		"epoch written as a Go duration, numbers with separators": `---
id: six-hourly
version: 7
asset: battery-swap-cabinet
epoch: 6h0m
disclose: [active_cabinets, swaps]
min_active_cabinets: 3
record_bounds: {max_energy_wh: 3_000, min_energy_wh: 0, min_soh_permille: 0, max_fee_cents: 2_000}
sanity: {active_cabinets: {max_drop_bp: 9_000, max_growth_bp: 10_000, max: 10_000}, swaps: {max: 300_000, max_growth_bp: 30_000, max_drop_bp: 9000}}
payout_share_bp: 0
withheld: [battery_out, battery_in]
`,
	}
	for name, src := range variants {
		t.Run(name+" gives the same hash", func(t *testing.T) {
			p, err := policy.Parse([]byte(src))
			if err != nil {
				t.Fatal(err)
			}
			if p.Hash() != block.Hash() {
				t.Errorf("hash %s, want %s", p.Hash().String(), block.Hash().String())
			}
			if string(p.CanonicalEncoding()) != string(block.CanonicalEncoding()) {
				t.Error("canonical encodings differ")
			}
		})
	}
}

func TestHashBindsEveryField(t *testing.T) {
	tests := []struct {
		name   string
		change func(*policy.Policy)
		param  int // the circuit parameter that changes besides the digest; -1 for none
	}{
		{"the id", func(p *policy.Policy) { p.ID = "other" }, -1},
		{"the version", func(p *policy.Policy) { p.Version++ }, -1},
		{"the asset", func(p *policy.Policy) { p.Asset = "other" }, -1},
		{"the epoch length", func(p *policy.Policy) { p.Epoch = policy.Week }, policy.ParamEpochSeconds},
		{"the disclosed metrics", func(p *policy.Policy) { p.Disclose |= policy.NewMetricSet(policy.EnergyWh) }, policy.ParamDisclosed},
		{"the k-anonymity threshold", func(p *policy.Policy) { p.MinActiveCabinets++ }, policy.ParamMinActiveCabinets},
		{"the minimum energy", func(p *policy.Policy) { p.RecordBounds.MinEnergyWh++ }, policy.ParamMinEnergyWh},
		{"the maximum energy", func(p *policy.Policy) { p.RecordBounds.MaxEnergyWh++ }, policy.ParamMaxEnergyWh},
		{"the maximum fee", func(p *policy.Policy) { p.RecordBounds.MaxFeeCents++ }, policy.ParamMaxFeeCents},
		{"the minimum state of health", func(p *policy.Policy) { p.RecordBounds.MinSoHPermille++ }, policy.ParamMinSoHPermille},
		{"a sanity maximum", func(p *policy.Policy) {
			s := p.Sanity[policy.Swaps]
			s.Max++
			p.Sanity[policy.Swaps] = s
		}, -1},
		{"a sanity growth limit", func(p *policy.Policy) {
			s := p.Sanity[policy.ActiveCabinets]
			s.MaxGrowthBP++
			p.Sanity[policy.ActiveCabinets] = s
		}, -1},
		{"the payout share", func(p *policy.Policy) { p.PayoutShareBP++ }, -1},
		{"the withheld fields", func(p *policy.Policy) { p.Withheld = p.Withheld[:1] }, -1},
	}
	for _, tt := range tests {
		t.Run("changing "+tt.name+" changes the hash", func(t *testing.T) {
			base := mustLoad(t, "testdata/minimal.good.yaml")
			p := mustLoad(t, "testdata/minimal.good.yaml")
			tt.change(p)
			if p.Hash() == base.Hash() {
				t.Fatal("the hash did not change")
			}
			before, after := base.CircuitParams(), p.CircuitParams()
			for i := range before {
				changed := before[i] != after[i]
				if want := i == policy.ParamDigest || i == tt.param; changed != want {
					t.Errorf("circuit parameter %d changed: %v, want %v", i, changed, want)
				}
			}
		})
	}
}

func TestCircuitParamsAreTheHashedElements(t *testing.T) {
	p := mustLoad(t, "testdata/minimal.good.yaml")
	params := p.CircuitParams()
	if len(params) != policy.NumParams {
		t.Fatalf("%d params, want %d", len(params), policy.NumParams)
	}
	if h := policy.HashElements(params); field.Element(h) != p.Hash() {
		t.Errorf("HashElements(CircuitParams()) = %s, Hash() = %s", h.String(), p.Hash().String())
	}
	want := map[int]uint64{
		policy.ParamEpochSeconds:      86400,
		policy.ParamMinActiveCabinets: 5,
		policy.ParamMinEnergyWh:       100,
		policy.ParamMaxEnergyWh:       5000,
		policy.ParamMaxFeeCents:       5000,
		policy.ParamMinSoHPermille:    600,
		policy.ParamDisclosed:         1<<policy.Swaps | 1<<policy.RevenueCents | 1<<policy.ActiveCabinets,
	}
	for i, v := range want {
		if !params[i].IsUint64() || params[i].Uint64() != v {
			t.Errorf("param %d = %s, want %d", i, params[i].String(), v)
		}
	}
	if tag := policy.DomainTag(); params[policy.ParamDomain] != tag {
		t.Errorf("param 0 = %s, want the domain tag %s", params[0].String(), tag.String())
	}
	var digest big.Int
	params[policy.ParamDigest].BigInt(&digest)
	if digest.BitLen() > 248 || digest.Sign() == 0 {
		t.Errorf("digest %s is not a nonzero 248-bit integer", digest.String())
	}
	var tag big.Int
	params[policy.ParamDomain].BigInt(&tag)
	if string(tag.Bytes()) != policy.HashDomain {
		t.Errorf("domain tag reads %q, want %q", tag.Bytes(), policy.HashDomain)
	}
}

func TestHashElementsIsOrderSensitive(t *testing.T) {
	var a, b fr.Element
	a.SetUint64(1)
	b.SetUint64(2)
	if policy.HashElements([]fr.Element{a, b}) == policy.HashElements([]fr.Element{b, a}) {
		t.Error("swapping two elements left the hash unchanged")
	}
	if policy.HashElements([]fr.Element{a}) == policy.HashElements([]fr.Element{a, b}) {
		t.Error("appending an element left the hash unchanged")
	}
}

func TestTheHashPrintsAsThirtyTwoBytesOfItself(t *testing.T) {
	p := mustLoad(t, "testdata/minimal.good.yaml")
	s := p.Hash().String()
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		t.Fatalf("Hash() = %q, want 0x and 64 hex digits", s)
	}
	n, ok := new(big.Int).SetString(s[2:], 16)
	if !ok || n.Cmp(p.Hash().BigInt()) != 0 {
		t.Errorf("Hash() = %s does not read back as %s", s, p.Hash().BigInt())
	}
}

func TestEpochs(t *testing.T) {
	daily, weekly, sixHourly := mustLoad(t, "testdata/minimal.good.yaml"), mustLoad(t, "testdata/seconds.good.yaml"), mustLoad(t, "testdata/six-hourly.good.yaml")
	at := time.Date(2026, 11, 21, 13, 45, 10, 0, time.FixedZone("UTC+8", 8*3600)) // 05:45:10 UTC
	tests := []struct {
		name       string
		p          *policy.Policy
		epoch      uint64
		start, end string
	}{
		{"a daily epoch is the UTC day", daily, 20778, "2026-11-21T00:00:00Z", "2026-11-22T00:00:00Z"},
		{"a weekly epoch runs Thursday to Thursday", weekly, 2968, "2026-11-19T00:00:00Z", "2026-11-26T00:00:00Z"},
		{"a 6h epoch starts at a quarter of the UTC day", sixHourly, 20778 * 4, "2026-11-21T00:00:00Z", "2026-11-21T06:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := tt.p.EpochOf(at)
			if e != tt.epoch {
				t.Fatalf("EpochOf(%s) = %d, want %d", at, e, tt.epoch)
			}
			if s := tt.p.EpochStart(e).Format(time.RFC3339); s != tt.start {
				t.Errorf("EpochStart = %s, want %s", s, tt.start)
			}
			if s := tt.p.EpochEnd(e).Format(time.RFC3339); s != tt.end {
				t.Errorf("EpochEnd = %s, want %s", s, tt.end)
			}
			if got := tt.p.EpochOf(tt.p.EpochStart(e)); got != e {
				t.Errorf("the start belongs to epoch %d, want %d", got, e)
			}
			if got := tt.p.EpochOf(tt.p.EpochEnd(e).Add(-time.Nanosecond)); got != e {
				t.Errorf("the last instant belongs to epoch %d, want %d", got, e)
			}
			if got := tt.p.EpochOf(tt.p.EpochEnd(e)); got != e+1 {
				t.Errorf("the end belongs to epoch %d, want %d", got, e+1)
			}
		})
	}
	if wd := weekly.EpochStart(0).Weekday(); wd != time.Thursday {
		t.Errorf("weekly epochs start on %s, want Thursday", wd)
	}
	if e := daily.EpochOf(time.Unix(-1, 0)); e != 0 {
		t.Errorf("a time before 1970 is in epoch %d, want 0", e)
	}
}

func TestParseEpochLength(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"1d", policy.Day},
		{"7d", policy.Week},
		{"1w", policy.Week},
		{"24h", policy.Day},
		{"6h", 6 * time.Hour},
		{"86400", policy.Day},
		{"90m", 90 * time.Minute},
	}
	for _, tt := range tests {
		t.Run(tt.in+" is "+tt.want.String(), func(t *testing.T) {
			got, err := policy.ParseEpochLength(tt.in)
			if err != nil || got != tt.want {
				t.Errorf("ParseEpochLength(%q) = %s, %v; want %s", tt.in, got, err, tt.want)
			}
		})
	}
	for _, in := range []string{"", "daily", "1.5d", "-1d", "d", "1y"} {
		t.Run(fmt.Sprintf("%q is not a duration", in), func(t *testing.T) {
			if _, err := policy.ParseEpochLength(in); !errors.Is(err, policy.ErrBadEpochLength) {
				t.Errorf("ParseEpochLength(%q) error = %v, want ErrBadEpochLength", in, err)
			}
		})
	}
}

func TestValidateEpochLength(t *testing.T) {
	for _, d := range []time.Duration{time.Hour, 2 * time.Hour, 3 * time.Hour, 4 * time.Hour, 6 * time.Hour, 8 * time.Hour, 12 * time.Hour, policy.Day, 2 * policy.Day, policy.Week} {
		t.Run(policy.FormatEpochLength(d)+" is allowed", func(t *testing.T) {
			if err := policy.ValidateEpochLength(d); err != nil {
				t.Error(err)
			}
		})
	}
	for _, d := range []time.Duration{0, 30 * time.Minute, 90 * time.Minute, 5 * time.Hour, 36 * time.Hour, 8 * policy.Day, policy.Day + time.Second} {
		t.Run(policy.FormatEpochLength(d)+" is not allowed", func(t *testing.T) {
			if err := policy.ValidateEpochLength(d); !errors.Is(err, policy.ErrBadEpochLength) {
				t.Errorf("error = %v, want ErrBadEpochLength", err)
			}
		})
	}
}

func TestValidateNamesEveryProblemOfAnEmptyPolicy(t *testing.T) {
	err := (&policy.Policy{}).Validate()
	for _, want := range []error{policy.ErrMissingField, policy.ErrBadVersion, policy.ErrBadEpochLength, policy.ErrBadThreshold, policy.ErrBadBounds} {
		if !errors.Is(err, want) {
			t.Errorf("Validate() does not name %q:\n%v", want, err)
		}
	}
	fields := map[string]bool{}
	for _, e := range problemsOf(err) {
		var fe *policy.FieldError
		if !errors.As(e, &fe) {
			t.Fatalf("%v is not a *FieldError", e)
		}
		fields[fe.Field] = true
	}
	for _, f := range []string{"id", "version", "asset", "epoch", "disclose", "min_active_cabinets", "record_bounds.max_energy_wh", "record_bounds.max_fee_cents", "withheld"} {
		if !fields[f] {
			t.Errorf("no problem names %s", f)
		}
	}
}

func TestMetricsRoundTripByName(t *testing.T) {
	for _, m := range policy.AllMetrics() {
		t.Run(m.String()+" parses back", func(t *testing.T) {
			got, err := policy.ParseMetric(m.String())
			if err != nil || got != m {
				t.Errorf("ParseMetric(%q) = %v, %v", m.String(), got, err)
			}
		})
	}
	if _, err := policy.ParseMetric("co2_g"); !errors.Is(err, policy.ErrUnknownMetric) {
		t.Errorf("ParseMetric(co2_g) error = %v, want ErrUnknownMetric", err)
	}
	s := policy.NewMetricSet(policy.MinSoHPermille, policy.Swaps)
	if s != 0b10001 || s.String() != "swaps,min_soh_permille" || s.Has(policy.EnergyWh) {
		t.Errorf("set = %#b %q", uint8(s), s.String())
	}
}

func TestWithheldIsNormalizedAndNeverCommitted(t *testing.T) {
	p := mustLoad(t, "testdata/six-hourly.good.yaml") // lists battery_out first
	if !slices.Equal(p.Withheld, []string{"battery_in", "battery_out"}) {
		t.Errorf("Withheld = %v, want sorted", p.Withheld)
	}
	for _, f := range policy.RequiredWithheld() {
		if slices.Contains(policy.CommittedFields(), f) {
			t.Errorf("%s is both required withheld and committed", f)
		}
	}
}

package offshore_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/investor"
	"github.com/rwabridge/rwabridge/onshore/sim"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Nothing public carries a withheld figure: for each shipped policy and an
// energy-only one, two epochs that agree on every disclosed metric and on
// their number of chunks (the one residual figure, see policies/policy,
// "What a disclosure reveals") but differ in everything withheld — record
// count (= swaps), fees, cabinets, health, cabinet ids, sequence numbers,
// times and battery ids — are each disclosed on a fresh chain, and every
// public value of the two disclosures is compared: the proof bundle, each
// chunk's public inputs (packed fields unpacked), the signed EIP-712
// message, the calldata, the registry's event, the auditor's evidence
// bundle and the investor view (JSON, CSV and table). Hashes, proofs,
// signatures and addresses (random or key-dependent) are skipped; every
// other value must be the same in both, so no public value is a function
// of withheld data.
func TestNothingPublicCarriesAWithheldFigure(t *testing.T) {
	if testing.Short() {
		t.Skip("proves and discloses eight epochs")
	}
	set, _, err := chaintest.Keys()
	if err != nil {
		t.Fatal(err)
	}
	shipped, err := policies.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(shipped, energyOnly(t, shipped[0])) {
		t.Run(p.ID, func(t *testing.T) {
			ctx := context.Background()
			epoch := uint64(time.Now().Unix())/p.EpochSeconds() - 2
			a, b := twinEpochs(t, p, epoch, set.Meta.Capacity)
			va, vb := publicView(ctx, t, set, p, epoch, a), publicView(ctx, t, set, p, epoch, b)
			leaks, compared := differences(va, vb)
			for _, l := range leaks {
				t.Error(l)
			}
			if compared < 100 {
				t.Fatalf("only %d public values compared: the view is not being read", compared)
			}
			// The comparison sees a withheld figure where one is planted:
			// the record count (the swaps), which differs between the
			// twins under the energy-only policy.
			if !p.Disclose.Has(policy.Swaps) {
				va["planted/records"], vb["planted/records"] = fmt.Sprint(len(a)), fmt.Sprint(len(b))
				if l, _ := differences(va, vb); len(l) != len(leaks)+1 {
					t.Fatalf("a planted record count is not reported: %v", l)
				}
			}
			for k, v := range va {
				for _, e := range a {
					if strings.Contains(v, e.BatteryIn) || strings.Contains(v, e.BatteryOut) {
						t.Errorf("%s holds a battery id", k)
					}
				}
			}
			t.Logf("%s: %d public values compared, %d random ones skipped", p.ID, compared, len(va)-compared-1)
		})
	}
}

// differences compares two public views: every path must be in both, and
// every value that is not random (hashes, proofs, signatures, addresses,
// also inside text) must be the same. It returns what differs and how many
// values it compared.
func differences(va, vb map[string]string) (leaks []string, compared int) {
	var paths []string
	for k := range va {
		paths = append(paths, k)
	}
	for k := range vb {
		if _, ok := va[k]; !ok {
			paths = append(paths, k)
		}
	}
	slices.Sort(paths)
	for _, k := range paths {
		x, okA := va[k]
		y, okB := vb[k]
		switch {
		case !okA || !okB:
			leaks = append(leaks, fmt.Sprintf("%s is public for one epoch only (%q, %q): its presence depends on withheld data", k, x, y))
		case random(x) && random(y):
		case maskHex(x) != maskHex(y):
			leaks = append(leaks, fmt.Sprintf("%s is %q for one epoch and %q for the other: it follows from withheld data", k, x, y))
		default:
			compared++
		}
	}
	return leaks, compared
}

var longHex = regexp.MustCompile(`0x[0-9a-fA-F]{40,}`)

// maskHex replaces addresses and hashes inside a text by "0x…".
func maskHex(s string) string { return longHex.ReplaceAllString(s, "0x…") }

// energyOnly is base disclosing only energy_wh (no payout, no other sanity
// bound).
func energyOnly(t *testing.T, base *policy.Policy) *policy.Policy {
	t.Helper()
	y := fmt.Sprintf(`id: energy-only
version: 1
asset: battery-swap-cabinet
epoch: %ds
disclose: [energy_wh]
min_active_cabinets: %d
record_bounds:
  min_energy_wh: %d
  max_energy_wh: %d
  max_fee_cents: %d
  min_soh_permille: %d
sanity:
  energy_wh: {max: 50000000000, max_growth_bp: 20000, max_drop_bp: 9000}
payout_share_bp: 0
withheld: [battery_in, battery_out]
`, base.EpochSeconds(), base.MinActiveCabinets, base.RecordBounds.MinEnergyWh, base.RecordBounds.MaxEnergyWh,
		base.RecordBounds.MaxFeeCents, base.RecordBounds.MinSoHPermille)
	p, err := policy.Parse([]byte(y))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// twinEpochs returns two epochs' records that agree on every metric p
// discloses and on the number of chunks at capacity, and differ in all
// else that is withheld.
func twinEpochs(t *testing.T, p *policy.Policy, epoch uint64, capacity int) (a, b []telemetry.Event) {
	t.Helper()
	n := capacity + capacity/2 + 1 // two chunks
	a, err := sim.EpochEvents(chaintest.Pool, p, epoch, n, 6, 1)
	if err != nil {
		t.Fatal(err)
	}
	disclosesOnly := func(m policy.Metric) bool { return p.Disclose == policy.NewMetricSet(m) }
	if disclosesOnly(policy.EnergyWh) {
		// Another count (same chunks), cabinets, fees and health; the
		// energy re-spread to the same total.
		if b, err = sim.EpochEvents(chaintest.Pool, p, epoch, 2*capacity-1, 7, 2); err != nil {
			t.Fatal(err)
		}
		var total uint64
		for _, e := range a {
			total += uint64(e.EnergyWh)
		}
		for i := range b {
			share := total / uint64(len(b))
			if i == 0 {
				share += total % uint64(len(b))
			}
			b[i].EnergyWh = uint32(share)
		}
	} else {
		// The same figures from other cabinets, sequence numbers and
		// times.
		b = slices.Clone(a)
		start := p.EpochStart(epoch).Unix()
		for i := range b {
			b[i].Cabinet += 1000
			b[i].Seq += 5000
			b[i].Time = start + (b[i].Time-start+3600)%int64(p.EpochSeconds())
		}
	}
	for i := range b {
		b[i].BatteryIn, b[i].BatteryOut = fmt.Sprintf("bat-in-%d", i), fmt.Sprintf("bat-out-%d", i)
	}
	for i := range a {
		a[i].BatteryIn, a[i].BatteryOut = fmt.Sprintf("cell-a-%d", i), fmt.Sprintf("cell-b-%d", i)
	}
	slices.SortFunc(b, telemetry.Compare)
	sa, sb := summarizeAt(t, p, epoch, capacity, a), summarizeAt(t, p, epoch, capacity, b)
	if sa.Disclosed != sb.Disclosed || len(sa.Chunks) != len(sb.Chunks) || !sa.Disclosable || !sb.Disclosable {
		t.Fatalf("the twins disclose %+v in %d chunks and %+v in %d", sa.Disclosed, len(sa.Chunks), sb.Disclosed, len(sb.Chunks))
	}
	if p.Disclose != policy.NewMetricSet(policy.Swaps, policy.EnergyWh, policy.RevenueCents, policy.ActiveCabinets, policy.MinSoHPermille) {
		for m := range policy.Metric(summary.NumMetrics) {
			if !p.Disclose.Has(m) && sa.Totals.Get(m) == sb.Totals.Get(m) {
				t.Fatalf("withheld %s is %d in both twins: the test would not see it leak", m, sa.Totals.Get(m))
			}
		}
	}
	return a, b
}

func summarizeAt(t *testing.T, p *policy.Policy, epoch uint64, capacity int, evs []telemetry.Event) *summary.Summary {
	t.Helper()
	s, err := summary.Summarize(summary.Input{Pool: chaintest.Pool, Epoch: epoch, Policy: p, Capacity: capacity, Events: evs})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// publicView discloses evs on a fresh chain and returns every public value
// of the disclosure, by path.
func publicView(ctx context.Context, t *testing.T, set *keys.Set, p *policy.Policy, epoch uint64, evs []telemetry.Event) map[string]string {
	t.Helper()
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := chaintest.Deploy(ctx, c, chaintest.DeployOptions{Keys: set, Policy: p, FirstEpoch: &epoch})
	if err != nil {
		t.Fatal(err)
	}
	b, err := chaintest.ProveEpoch(ctx, set, d.Pool, p, epoch, evs)
	if err != nil {
		t.Fatal(err)
	}
	s, err := disclosure.FromBundle(b)
	if err != nil {
		t.Fatal(err)
	}
	x := &chaintest.Disclosure{Epoch: epoch, Events: evs, Bundle: b, Submission: s}
	if err := d.Sign(x, d.Members()[0], d.Members()[1]); err != nil {
		t.Fatal(err)
	}
	if err := d.Submit(ctx, x); err != nil {
		t.Fatal(err)
	}

	v := map[string]string{}
	var buf bytes.Buffer
	if err := b.Encode(&buf); err != nil {
		t.Fatal(err)
	}
	flattenJSON(t, v, "bundle", buf.Bytes())
	for i, c := range b.Chunks {
		for j, in := range c.PublicInputs {
			key := fmt.Sprintf("inputs/%d/%d", i, j)
			x := in.BigInt()
			switch j {
			case 5: // header: final | index<<1 | epoch<<33
				v[key+"/final"] = fmt.Sprint(x.Bit(0))
				v[key+"/index"] = new(big.Int).And(new(big.Int).Rsh(x, summary.OffsetIndex), mask(summary.IndexBits)).String()
				v[key+"/epoch"] = new(big.Int).Rsh(x, summary.OffsetEpoch).String()
			case 6: // metrics
				for m := range summary.NumMetrics {
					v[fmt.Sprintf("%s/%s", key, policy.Metric(m))] = new(big.Int).And(new(big.Int).Rsh(x, uint(summary.MetricOffsets[m])), mask(summary.MetricWidths[m])).String()
				}
			default:
				v[key] = x.String()
			}
		}
	}
	m := &x.Submission.Disclosure
	v["message/pool"], v["message/epoch"], v["message/policy_hash"] = m.Pool.String(), fmt.Sprint(m.Epoch), m.PolicyHash.String()
	v["message/root"], v["message/chunks"] = m.Root.String(), fmt.Sprint(m.Chunks)
	v["message/chunk_roots_hash"] = common.Hash(m.ChunkRootsHash).Hex()
	for i, x := range m.Metrics {
		v[fmt.Sprintf("message/%s", policy.Metric(i))] = fmt.Sprint(x)
	}
	words(v, "calldata", x.Calldata[4:])
	v["calldata/selector"] = common.Bytes2Hex(x.Calldata[:4])
	for i, l := range x.Receipt.Logs {
		if l.Address != d.Addresses.Registry {
			continue
		}
		for j, tp := range l.Topics {
			v[fmt.Sprintf("log/%d/topic/%d", i, j)] = new(big.Int).SetBytes(tp[:]).String()
		}
		words(v, fmt.Sprintf("log/%d/data", i), l.Data)
	}

	e, err := audit.Collect(ctx, c.Sim.Client(), d.Addresses.Registry, audit.CollectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	flattenJSON(t, v, "evidence", data)

	r, err := investor.NewReader(c.Sim.Client(), investor.Config{Registry: d.Addresses.Registry, VK: set.VK, VKInsecure: true,
		VKCapacity: set.Meta.Capacity, Policies: []*policy.Policy{p}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	snap, err := r.Read(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Pools) != 1 || len(snap.Pools[0].Disclosures) != 1 || snap.Pools[0].Disclosures[0].Local.Status != investor.Verified {
		t.Fatalf("the investor view does not hold the verified disclosure: %+v", snap.Pools)
	}
	if data, err = json.Marshal(snap); err != nil {
		t.Fatal(err)
	}
	flattenJSON(t, v, "investor", data)
	buf.Reset()
	if err := investor.WriteCSV(&buf, snap.Pools[0]); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		for j, cell := range row {
			v[fmt.Sprintf("csv/%d/%s", i, rows[0][j])] = cell
		}
	}
	buf.Reset()
	if err := investor.WriteTable(&buf, snap); err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(buf.String(), "\n") {
		for j, f := range strings.Fields(line) {
			v[fmt.Sprintf("table/%d/%d", i, j)] = f
		}
	}
	for k := range v {
		if timeOfRead(k) {
			delete(v, k)
		}
	}
	return v
}

func mask(bits int) *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(1))
}

// words adds data as 32-byte big-endian words.
func words(v map[string]string, prefix string, data []byte) {
	for i := 0; i < len(data); i += 32 {
		v[fmt.Sprintf("%s/%d", prefix, i/32)] = new(big.Int).SetBytes(data[i:min(i+32, len(data))]).String()
	}
}

// flattenJSON adds every leaf of the JSON document data under prefix.
func flattenJSON(t *testing.T, v map[string]string, prefix string, data []byte) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	var walk func(path string, x any)
	walk = func(path string, x any) {
		switch y := x.(type) {
		case map[string]any:
			for k, z := range y {
				walk(path+"/"+k, z)
			}
		case []any:
			for i, z := range y {
				walk(fmt.Sprintf("%s/%d", path, i), z)
			}
		case nil:
			v[path] = "null"
		default:
			v[path] = fmt.Sprint(y)
		}
	}
	walk(prefix, doc)
}

// random reports whether a public value is one a disclosure draws at
// random or from keys rather than from its records: a field element,
// hash, proof, signature or address (hex of 20 bytes or more, or an
// integer of 128 bits or more, which a figure never reaches), or a
// shortened hash in the investor table ("0x1234abcd…").
func random(s string) bool {
	if strings.HasPrefix(s, "0x") && (len(s) >= 42 || strings.HasSuffix(s, "…")) {
		return true
	}
	if x, ok := new(big.Int).SetString(s, 10); ok && x.BitLen() >= 128 {
		return true
	}
	return false
}

// timeOfRead reports whether a path is the wall-clock time a reader read
// the chain at, or a block's timestamp: the two chains run seconds apart.
func timeOfRead(path string) bool {
	for _, k := range []string{"/read_at", "/block_time", "/block_time_utc", "/timestamp", "/time"} {
		if strings.HasSuffix(path, k) {
			return true
		}
	}
	return false
}

package policy

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Limits of the schema.
const (
	MaxIDLen       = 31        // bytes; an id fits one BN254 field element
	MaxBasisPoints = 10_000    // 100 %
	MaxGrowthBP    = 1_000_000 // a sanity growth limit of at most 100× the previous epoch
)

// Asset names the kind of asset a policy discloses. Each kind has its own
// record model; this build knows one.
type Asset string

// AssetBatterySwapCabinet is a battery-swap cabinet for two- and
// three-wheelers reporting telemetry.Event records.
const AssetBatterySwapCabinet Asset = "battery-swap-cabinet"

// Metric is one figure a proof can disclose per pool and epoch. Its value is
// its bit in a MetricSet; the order is fixed forever (it enters the policy
// hash).
type Metric uint8

// The metrics, in bit order.
const (
	Swaps          Metric = iota // number of swaps (records) in the epoch
	EnergyWh                     // sum of energy_wh over the epoch's records
	RevenueCents                 // sum of fee_cents over the epoch's records
	ActiveCabinets               // number of distinct cabinets with at least one record
	MinSoHPermille               // lowest soh_permille of a battery issued in the epoch
	numMetrics
)

var metricNames = [numMetrics]string{"swaps", "energy_wh", "revenue_cents", "active_cabinets", "min_soh_permille"}

// AllMetrics returns every metric, in bit order.
func AllMetrics() []Metric {
	ms := make([]Metric, numMetrics)
	for i := range ms {
		ms[i] = Metric(i)
	}
	return ms
}

// String returns the metric's name as written in a policy.
func (m Metric) String() string {
	if m < numMetrics {
		return metricNames[m]
	}
	return fmt.Sprintf("metric(%d)", uint8(m))
}

// ParseMetric returns the metric named s; an unknown name is ErrUnknownMetric.
func ParseMetric(s string) (Metric, error) {
	for i, n := range metricNames {
		if n == s {
			return Metric(i), nil
		}
	}
	return 0, fmt.Errorf("%w: %q is not one of %s", ErrUnknownMetric, s, strings.Join(metricNames[:], ", "))
}

// MetricSet is a set of metrics as a bitmask: bit i is Metric(i). Its integer
// value is the "disclosed metrics" circuit parameter.
type MetricSet uint8

// NewMetricSet returns the set of ms.
func NewMetricSet(ms ...Metric) MetricSet {
	var s MetricSet
	for _, m := range ms {
		s |= 1 << m
	}
	return s
}

// Has reports whether m is in the set.
func (s MetricSet) Has(m Metric) bool { return m < numMetrics && s&(1<<m) != 0 }

// Metrics returns the members, in bit order.
func (s MetricSet) Metrics() []Metric {
	var ms []Metric
	for _, m := range AllMetrics() {
		if s.Has(m) {
			ms = append(ms, m)
		}
	}
	return ms
}

// String lists the members by name, in bit order, comma-separated.
func (s MetricSet) String() string {
	names := make([]string, 0, numMetrics)
	for _, m := range s.Metrics() {
		names = append(names, m.String())
	}
	return strings.Join(names, ",")
}

// SanityBound is what the L2 registry accepts for one disclosed metric in one
// epoch, on top of the proof: the value must be at most Max, and, once the
// pool has shown a nonzero value r of the metric (its reference: the last
// nonzero value shown, which neither a zero, a suppressed epoch nor a policy
// withholding the metric resets), within [r − r·MaxDropBP/10000,
// r + r·MaxGrowthBP/10000].
type SanityBound struct {
	Max         uint64 // largest value of the metric in one epoch
	MaxGrowthBP uint32 // largest increase over the reference, basis points (10000 = may double)
	MaxDropBP   uint32 // largest decrease below the reference, basis points (≤ 10000; 10000 = may drop to 0)
}

// Record fields of telemetry.Event, by their JSON names. Committed fields
// enter commitments and proofs and so can not be withheld; withholdable ones
// never leave the onshore ledger; every policy must withhold the required
// ones.
var (
	committedFields    = []string{"pool", "cabinet", "seq", "time", "energy_wh", "fee_cents", "soc_in", "soc_out", "soh_permille"}
	withholdableFields = []string{"battery_in", "battery_out"}
	requiredWithheld   = []string{"battery_in", "battery_out"}
)

// CommittedFields returns the record fields that enter commitments and proofs
// (and that a policy therefore can not withhold).
func CommittedFields() []string { return slices.Clone(committedFields) }

// RequiredWithheld returns the record fields every policy must withhold.
func RequiredWithheld() []string { return slices.Clone(requiredWithheld) }

// Policy is a validated disclosure policy. Parse, Load and the policies
// package return only valid, normalized policies (Withheld sorted); a Policy
// built in Go should be checked with Validate before use.
type Policy struct {
	ID                string                 // e.g. "battery-swap-daily"
	Version           uint32                 // ≥ 1, raised with every change
	Asset             Asset                  // kind of asset
	Epoch             time.Duration          // epoch length; see EpochOf
	Disclose          MetricSet              // metrics a proof discloses
	MinActiveCabinets uint32                 // k-anonymity: no disclosure of an epoch with fewer active cabinets
	RecordBounds      telemetry.Bounds       // per-record physical bounds, checked on ingest and in the circuit
	Sanity            map[Metric]SanityBound // registry-side bounds, one per disclosed metric
	PayoutShareBP     uint32                 // share of proven revenue paid to token holders, basis points
	Withheld          []string               // record fields that never leave the onshore ledger
}

// Bounds returns the per-record physical bounds, for telemetry validation.
func (p *Policy) Bounds() telemetry.Bounds { return p.RecordBounds }

// Shows reports whether an epoch with this many active cabinets shows its
// figures under p: at least max(1, min_active_cabinets). Below, it is
// disclosed suppressed, with none (the circuit proves which; the ledger's
// seal and the native twin say the same).
func (p *Policy) Shows(activeCabinets uint64) bool {
	return activeCabinets >= max(1, uint64(p.MinActiveCabinets))
}

// Validate checks every rule of the schema and returns all problems, each a
// *FieldError wrapping one of the sentinels, joined with errors.Join; nil when
// the policy is valid.
func (p *Policy) Validate() error {
	var ps problems
	p.validate(&ps)
	return ps.err()
}

func (p *Policy) validate(ps *problems) {
	switch {
	case p.ID == "":
		ps.add("id", 0, ErrMissingField, "set id to a name such as battery-swap-daily")
	case !validID(p.ID):
		ps.add("id", 0, ErrBadID, "%q must be 1 to %d bytes of lowercase letters, digits and single hyphens, starting with a letter and ending with a letter or digit", p.ID, MaxIDLen)
	}
	if p.Version == 0 {
		ps.add("version", 0, ErrBadVersion, "version must be a positive integer: start at 1 and raise it with every change")
	}
	switch p.Asset {
	case "":
		ps.add("asset", 0, ErrMissingField, "set asset to %s", AssetBatterySwapCabinet)
	case AssetBatterySwapCabinet:
	default:
		ps.add("asset", 0, ErrUnknownAsset, "%q is not a known asset kind; this build knows %s", string(p.Asset), AssetBatterySwapCabinet)
	}
	if ValidateEpochLength(p.Epoch) != nil {
		ps.add("epoch", 0, ErrBadEpochLength, "%s", epochProblem(p.Epoch))
	}
	if p.Disclose == 0 {
		ps.add("disclose", 0, ErrMissingField, "list at least one metric to disclose, from %s", strings.Join(metricNames[:], ", "))
	}
	if extra := p.Disclose &^ NewMetricSet(AllMetrics()...); extra != 0 {
		ps.add("disclose", 0, ErrUnknownMetric, "bits %#x name no metric; the known metrics are %s", uint8(extra), strings.Join(metricNames[:], ", "))
	}
	if p.MinActiveCabinets == 0 {
		ps.add("min_active_cabinets", 0, ErrBadThreshold, "the k-anonymity threshold must be at least 1 (5 or more is usual)")
	}
	p.validateBounds(ps)
	p.validateSanity(ps)
	if p.PayoutShareBP > MaxBasisPoints {
		ps.add("payout_share_bp", 0, ErrBadPayoutShare, "%d basis points is more than the whole revenue; use 0 to %d", p.PayoutShareBP, MaxBasisPoints)
	}
	if p.PayoutShareBP > 0 && !p.Disclose.Has(RevenueCents) {
		ps.add("payout_share_bp", 0, ErrBadPayoutShare, "payouts are bound to proven revenue: add revenue_cents to disclose, or set payout_share_bp to 0")
	}
	p.validateWithheld(ps)
}

func validID(id string) bool {
	if len(id) == 0 || len(id) > MaxIDLen || id[0] < 'a' || id[0] > 'z' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

func (p *Policy) validateBounds(ps *problems) {
	b := p.RecordBounds
	if b.MaxEnergyWh == 0 {
		ps.add("record_bounds.max_energy_wh", 0, ErrBadBounds, "must be positive: the most energy one swap can deliver, in Wh")
	} else if b.MinEnergyWh > b.MaxEnergyWh {
		ps.add("record_bounds.min_energy_wh", 0, ErrBadBounds, "min_energy_wh %d is above max_energy_wh %d: lower min_energy_wh or raise max_energy_wh", b.MinEnergyWh, b.MaxEnergyWh)
	}
	if b.MaxFeeCents == 0 {
		ps.add("record_bounds.max_fee_cents", 0, ErrBadBounds, "must be positive: the highest fee of one swap, in cents")
	}
	if b.MinSoHPermille > telemetry.MaxSoH {
		ps.add("record_bounds.min_soh_permille", 0, ErrBadBounds, "%d is above %d permille (a new battery); use 0 to %d", b.MinSoHPermille, telemetry.MaxSoH, telemetry.MaxSoH)
	}
}

func (p *Policy) validateSanity(ps *problems) {
	for _, m := range p.Disclose.Metrics() {
		if _, ok := p.Sanity[m]; !ok {
			ps.add("sanity."+m.String(), 0, ErrMissingField, "every disclosed metric needs sanity bounds: add %s: {max: …, max_growth_bp: …}", m)
		}
	}
	keys := make([]Metric, 0, len(p.Sanity))
	for m := range p.Sanity {
		keys = append(keys, m)
	}
	slices.Sort(keys)
	for _, m := range keys {
		s, field := p.Sanity[m], "sanity."+m.String()
		if m >= numMetrics {
			ps.add(field, 0, ErrUnknownMetric, "the known metrics are %s", strings.Join(metricNames[:], ", "))
			continue
		}
		if p.Disclose != 0 && !p.Disclose.Has(m) {
			ps.add(field, 0, ErrBadSanity, "%s is not disclosed: remove its sanity bounds or add it to disclose", m)
		}
		if s.Max == 0 {
			ps.add(field+".max", 0, ErrBadSanity, "must be positive: the largest value of %s one epoch can have", m)
		}
		if s.MaxGrowthBP > MaxGrowthBP {
			ps.add(field+".max_growth_bp", 0, ErrBadSanity, "%d basis points is above the limit %d (100× the previous epoch)", s.MaxGrowthBP, MaxGrowthBP)
		}
		if s.MaxDropBP > 10_000 {
			ps.add(field+".max_drop_bp", 0, ErrBadSanity, "%d basis points is a drop of more than 100%%; use at most 10000", s.MaxDropBP)
		}
		switch m {
		case MinSoHPermille:
			if s.Max > telemetry.MaxSoH {
				ps.add(field+".max", 0, ErrBadSanity, "%d is above %d permille; use at most %d", s.Max, telemetry.MaxSoH, telemetry.MaxSoH)
			} else if s.Max < uint64(p.RecordBounds.MinSoHPermille) {
				ps.add(field+".max", 0, ErrBadSanity, "%d is below record_bounds.min_soh_permille %d, so no epoch could pass; raise it", s.Max, p.RecordBounds.MinSoHPermille)
			}
		case ActiveCabinets, Swaps:
			// Every active cabinet has at least one swap, so both counts are
			// at least k in any epoch that may be disclosed.
			if s.Max > 0 && s.Max < uint64(p.MinActiveCabinets) {
				ps.add("min_active_cabinets", 0, ErrBadThreshold, "%d is above %s.max %d, so no epoch could be disclosed: lower the threshold or raise the maximum", p.MinActiveCabinets, field, s.Max)
			}
		}
	}
}

func (p *Policy) validateWithheld(ps *problems) {
	if len(p.Withheld) == 0 {
		ps.add("withheld", 0, ErrMissingField, "list the record fields that never leave the onshore ledger; at least %s", strings.Join(requiredWithheld, " and "))
		return
	}
	seen := map[string]int{}
	for i, f := range p.Withheld {
		field := fmt.Sprintf("withheld[%d]", i)
		switch {
		case slices.Contains(committedFields, f):
			ps.add(field, 0, ErrWithheldCommitted, "%s enters the commitment and the proofs and can not be withheld; remove it (committed fields: %s)", f, strings.Join(committedFields, ", "))
		case !slices.Contains(withholdableFields, f):
			ps.add(field, 0, ErrBadWithheld, "%q is not a record field that can be withheld; those are %s", f, strings.Join(withholdableFields, ", "))
		}
		if j, dup := seen[f]; dup {
			ps.add(field, 0, ErrDuplicateEntry, "%s is already listed as withheld[%d]; remove one", f, j)
		} else {
			seen[f] = i
		}
	}
	for _, f := range requiredWithheld {
		if _, ok := seen[f]; !ok {
			ps.add("withheld", 0, ErrBadWithheld, "%s must be withheld: add it to the list", f)
		}
	}
}

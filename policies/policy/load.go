package policy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"reflect"
	"slices"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Load reads and parses the policy file at path. Every problem in the
// returned error is prefixed with path; see Parse.
func Load(path string) (*Policy, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy %s: %w", path, err)
	}
	p, err := Parse(data)
	if err != nil {
		return nil, prefixProblems(path, err)
	}
	return p, nil
}

// prefixProblems prefixes each joined problem of err with the file name, so
// that printing err names "file: problem" once per line.
func prefixProblems(path string, err error) error {
	joined, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return fmt.Errorf("%s: %w", path, err)
	}
	errs := joined.Unwrap()
	out := make([]error, len(errs))
	for i, e := range errs {
		out[i] = fmt.Errorf("%s: %w", path, e)
	}
	return errors.Join(out...)
}

// Parse decodes and validates one policy document.
//
// Decoding is strict: the input must hold exactly one YAML document, a
// mapping with only the keys of the schema, each at most once and with a
// value of the right type. When it does not, Parse reports every such
// problem with its line number and stops. Otherwise it reports every missing
// key and every rule the values break (see Policy.Validate), with the line of
// the key concerned. The error joins one *FieldError per problem, each
// wrapping one of the sentinels of this package.
func Parse(data []byte) (*Policy, error) {
	root, err := decodeOne(data)
	if err != nil {
		return nil, err
	}
	w := walker{lines: map[string]int{}}
	w.walk(root, reflect.TypeFor[document](), "")
	if len(w.ps) > 0 {
		sortByLine(w.ps)
		return nil, w.ps.err()
	}

	var d document
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil {
		// The walk accepts only what decodes; this is a safety net.
		var ps problems
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, msg := range te.Errors {
				ps.add("", 0, ErrWrongType, "%s", msg)
			}
		} else {
			ps.add("", 0, ErrSyntax, "%v", err)
		}
		return nil, ps.err()
	}

	c := converter{lines: w.lines, reported: map[string]bool{}}
	p := c.policy(&d)
	var vs problems
	p.validate(&vs)
	for _, e := range vs {
		var fe *FieldError
		if errors.As(e, &fe) && c.covers(fe.Field) {
			continue // already reported as absent or unreadable
		}
		if fe != nil {
			fe.Line = c.line(fe.Field)
		}
		c.ps = append(c.ps, e)
	}
	if len(c.ps) > 0 {
		sortByLine(c.ps)
		return nil, c.ps.err()
	}
	slices.Sort(p.Withheld)
	return p, nil
}

// decodeOne returns the content node of the only document in data.
func decodeOne(data []byte) (*yaml.Node, error) {
	var ps problems
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			ps.add("", 0, ErrEmpty, "the file holds no YAML document; write a policy such as policies/battery-swap-daily.yaml")
		} else {
			ps.add("", 0, ErrSyntax, "%v", err)
		}
		return nil, ps.err()
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		ps.add("", next.Line, ErrMultipleDocuments, "a second document starts here; a policy file holds exactly one, so remove the --- and what follows (or split the file)")
		return nil, ps.err()
	case !errors.Is(err, io.EOF):
		ps.add("", 0, ErrSyntax, "after the first document: %v", err)
		return nil, ps.err()
	}
	root := doc.Content[0]
	if isNull(root) {
		ps.add("", root.Line, ErrEmpty, "the document is empty; write a policy such as policies/battery-swap-daily.yaml")
		return nil, ps.err()
	}
	if root.Kind != yaml.MappingNode {
		ps.add("", root.Line, ErrWrongType, "a policy is a mapping of keys (id: …, version: …), not %s", describe(root))
		return nil, ps.err()
	}
	return root, nil
}

// document is the YAML form of a policy. Pointers tell an absent key from a
// zero value.
type document struct {
	ID                string                     `yaml:"id"`
	Version           *uint32                    `yaml:"version"`
	Asset             string                     `yaml:"asset"`
	Epoch             epochText                  `yaml:"epoch"`
	Disclose          []string                   `yaml:"disclose"`
	MinActiveCabinets *uint32                    `yaml:"min_active_cabinets"`
	RecordBounds      *documentBounds            `yaml:"record_bounds"`
	Sanity            map[string]*documentSanity `yaml:"sanity"`
	PayoutShareBP     *uint32                    `yaml:"payout_share_bp"`
	Withheld          []string                   `yaml:"withheld"`
}

type documentBounds struct {
	MinEnergyWh    *uint32 `yaml:"min_energy_wh"`
	MaxEnergyWh    *uint32 `yaml:"max_energy_wh"`
	MaxFeeCents    *uint32 `yaml:"max_fee_cents"`
	MinSoHPermille *uint32 `yaml:"min_soh_permille"`
}

type documentSanity struct {
	Max         *uint64 `yaml:"max"`
	MaxGrowthBP *uint32 `yaml:"max_growth_bp"`
	MaxDropBP   *uint32 `yaml:"max_drop_bp"`
}

// epochText is an epoch length as written: "1d", "6h" or seconds.
type epochText string

// walker checks a YAML tree against the document type: unknown keys,
// duplicate keys and values of the wrong type, all of them, with lines. It
// also records the line of every key and list item by path.
type walker struct {
	lines map[string]int
	ps    problems
}

func (w *walker) walk(n *yaml.Node, t reflect.Type, path string) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if isNull(n) {
		return // an absent value: reported as missing later
	}
	switch t.Kind() {
	case reflect.Struct:
		if !w.expect(n, yaml.MappingNode, path, "a mapping of keys") {
			return
		}
		fields := yamlFields(t)
		w.pairs(n, path, func(key, val *yaml.Node, p string) {
			ft, ok := fields[key.Value]
			if !ok {
				where := "at the top level"
				if path != "" {
					where = "in " + path
				}
				w.ps.add(p, key.Line, ErrUnknownKey, "%q is not a key %s; the keys are %s (check the spelling)", key.Value, where, strings.Join(sortedKeys(fields), ", "))
				return
			}
			w.walk(val, ft, p)
		})
	case reflect.Map:
		if !w.expect(n, yaml.MappingNode, path, "a mapping of keys") {
			return
		}
		w.pairs(n, path, func(_, val *yaml.Node, p string) { w.walk(val, t.Elem(), p) })
	case reflect.Slice:
		if !w.expect(n, yaml.SequenceNode, path, "a list") {
			return
		}
		for i, item := range n.Content {
			p := fmt.Sprintf("%s[%d]", path, i)
			w.lines[p] = item.Line
			w.walk(item, t.Elem(), p)
		}
	case reflect.String:
		if !w.expect(n, yaml.ScalarNode, path, "text") {
			return
		}
		tag := n.ShortTag()
		if tag != "!!str" && !(t == reflect.TypeFor[epochText]() && tag == "!!int") {
			w.ps.add(path, n.Line, ErrWrongType, "want text, got %s", describe(n))
		}
	case reflect.Uint16, reflect.Uint32, reflect.Uint64:
		want := fmt.Sprintf("a whole number from 0 to %d", uint64(1)<<t.Bits()-1)
		if !w.expect(n, yaml.ScalarNode, path, want) {
			return
		}
		if n.ShortTag() != "!!int" || n.Decode(reflect.New(t).Interface()) != nil {
			w.ps.add(path, n.Line, ErrWrongType, "want %s, got %s", want, describe(n))
		}
	default:
		panic(fmt.Sprintf("policy: document field of kind %s", t.Kind()))
	}
}

func (w *walker) expect(n *yaml.Node, kind yaml.Kind, path, want string) bool {
	if n.Kind == kind {
		return true
	}
	w.ps.add(path, n.Line, ErrWrongType, "want %s, got %s", want, describe(n))
	return false
}

// pairs calls f for each key of a mapping, after checking the key is a plain
// scalar seen only once.
func (w *walker) pairs(n *yaml.Node, path string, f func(key, val *yaml.Node, path string)) {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i], n.Content[i+1]
		p := key.Value
		if path != "" {
			p = path + "." + key.Value
		}
		if key.Kind != yaml.ScalarNode {
			w.ps.add(path, key.Line, ErrWrongType, "a key must be a plain name, not %s", describe(key))
			continue
		}
		if first, dup := seen[key.Value]; dup {
			w.ps.add(p, key.Line, ErrDuplicateKey, "%q is already set at line %d; keep one of them", key.Value, first)
			continue
		}
		seen[key.Value] = key.Line
		w.lines[p] = key.Line
		f(key, val, p)
	}
}

// sortByLine orders problems as they appear in the file; problems of absent
// keys (line 0) come first.
func sortByLine(ps problems) {
	line := func(e error) int {
		var fe *FieldError
		if errors.As(e, &fe) {
			return fe.Line
		}
		return 0
	}
	sort.SliceStable(ps, func(i, j int) bool { return line(ps[i]) < line(ps[j]) })
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// describe names a node's kind for an error message.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str":
			return fmt.Sprintf("text %q", n.Value)
		case "!!int":
			return fmt.Sprintf("the number %s", n.Value)
		case "!!float":
			return fmt.Sprintf("the fraction %s", n.Value)
		case "!!bool":
			return fmt.Sprintf("the boolean %s", n.Value)
		}
		return fmt.Sprintf("%s %q", n.ShortTag(), n.Value)
	}
	return "an alias"
}

func yamlFields(t reflect.Type) map[string]reflect.Type {
	fields := map[string]reflect.Type{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		fields[name] = f.Type
	}
	return fields
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// converter turns a decoded document into a Policy, reporting absent keys
// and values that do not fit the Policy's types.
type converter struct {
	lines    map[string]int
	reported map[string]bool // paths already reported: Validate's findings under them are dropped
	ps       problems
}

// line returns the line of path's key, or of the nearest enclosing key that
// is present; 0 when none is.
func (c *converter) line(path string) int {
	for path != "" {
		if l, ok := c.lines[path]; ok {
			return l
		}
		i := strings.LastIndexAny(path, ".[")
		if i < 0 {
			return 0
		}
		path = path[:i]
	}
	return 0
}

// covers reports whether path is, or is under, a path already reported.
func (c *converter) covers(path string) bool {
	for r := range c.reported {
		if path == r || strings.HasPrefix(path, r+".") || strings.HasPrefix(path, r+"[") {
			return true
		}
	}
	return false
}

func (c *converter) add(path string, err error, format string, args ...any) {
	c.reported[path] = true
	c.ps.add(path, c.line(path), err, format, args...)
}

func (c *converter) missing(path, hint string) {
	c.add(path, ErrMissingField, "add %s: %s", path[strings.LastIndex(path, ".")+1:], hint)
}

func (c *converter) policy(d *document) *Policy {
	p := &Policy{ID: d.ID, Asset: Asset(d.Asset), Withheld: slices.Clone(d.Withheld)}
	if d.ID == "" {
		c.missing("id", "the policy's name, e.g. battery-swap-daily")
	}
	if d.Version == nil {
		c.missing("version", "an integer from 1, raised with every change")
	} else {
		p.Version = *d.Version
	}
	if d.Asset == "" {
		c.missing("asset", string(AssetBatterySwapCabinet))
	}
	if d.Epoch == "" {
		c.missing("epoch", "the epoch length, e.g. 1d or 7d")
	} else if e, err := ParseEpochLength(string(d.Epoch)); err != nil {
		c.add("epoch", ErrBadEpochLength, "%q is not a duration; write e.g. 6h, 1d, 7d or 86400 (seconds)", d.Epoch)
	} else {
		p.Epoch = e
	}
	if len(d.Disclose) == 0 {
		c.missing("disclose", "the list of metrics to disclose, e.g. [swaps, energy_wh, revenue_cents]")
	}
	firstAt := map[Metric]int{}
	for i, name := range d.Disclose {
		path := fmt.Sprintf("disclose[%d]", i)
		m, err := ParseMetric(name)
		switch {
		case err != nil:
			c.add(path, ErrUnknownMetric, "%q is not a metric; the metrics are %s", name, strings.Join(metricNames[:], ", "))
			c.reported["disclose"] = true
		case p.Disclose.Has(m):
			c.add(path, ErrDuplicateEntry, "%s is already listed as disclose[%d]; remove one", m, firstAt[m])
		default:
			p.Disclose |= NewMetricSet(m)
			firstAt[m] = i
		}
	}
	if d.MinActiveCabinets == nil {
		c.missing("min_active_cabinets", "the k-anonymity threshold, e.g. 5")
	} else {
		p.MinActiveCabinets = *d.MinActiveCabinets
	}
	c.bounds(p, d.RecordBounds)
	c.sanity(p, d.Sanity)
	if d.PayoutShareBP == nil {
		c.missing("payout_share_bp", fmt.Sprintf("0 to %d basis points", MaxBasisPoints))
	} else {
		p.PayoutShareBP = *d.PayoutShareBP
	}
	if len(d.Withheld) == 0 {
		c.missing("withheld", "["+strings.Join(requiredWithheld, ", ")+"]")
	}
	return p
}

func (c *converter) bounds(p *Policy, b *documentBounds) {
	if b == nil {
		c.missing("record_bounds", "{min_energy_wh, max_energy_wh, max_fee_cents, min_soh_permille}")
		return
	}
	set := func(dst *uint32, v *uint32, key, hint string) {
		if v == nil {
			c.missing("record_bounds."+key, hint)
			return
		}
		*dst = *v
	}
	r := &p.RecordBounds
	set(&r.MinEnergyWh, b.MinEnergyWh, "min_energy_wh", "the least energy a swap delivers, Wh")
	set(&r.MaxEnergyWh, b.MaxEnergyWh, "max_energy_wh", "the most energy a swap delivers, Wh")
	set(&r.MaxFeeCents, b.MaxFeeCents, "max_fee_cents", "the highest fee of a swap, cents")
	var soh uint32
	set(&soh, b.MinSoHPermille, "min_soh_permille", "the lowest state of health of an issued battery, permille")
	if soh > math.MaxUint16 {
		c.add("record_bounds.min_soh_permille", ErrBadBounds, "%d is above 1000 permille (a new battery); use 0 to 1000", soh)
		return
	}
	r.MinSoHPermille = uint16(soh)
}

func (c *converter) sanity(p *Policy, s map[string]*documentSanity) {
	if s == nil {
		c.missing("sanity", "a {max, max_growth_bp, max_drop_bp} entry per disclosed metric")
		return
	}
	p.Sanity = map[Metric]SanityBound{}
	for _, name := range sortedKeys(s) {
		path := "sanity." + name
		m, err := ParseMetric(name)
		if err != nil {
			c.add(path, ErrUnknownMetric, "%q is not a metric; the metrics are %s", name, strings.Join(metricNames[:], ", "))
			continue
		}
		var b SanityBound
		switch v := s[name]; {
		case v == nil:
			c.missing(path+".max", "the largest value of "+name+" in one epoch")
			c.missing(path+".max_growth_bp", "the largest increase over the previous epoch, basis points")
			c.missing(path+".max_drop_bp", "the largest decrease below the previous epoch, basis points")
		default:
			if v.Max == nil {
				c.missing(path+".max", "the largest value of "+name+" in one epoch")
			} else {
				b.Max = *v.Max
			}
			if v.MaxGrowthBP == nil {
				c.missing(path+".max_growth_bp", "the largest increase over the previous epoch, basis points")
			} else {
				b.MaxGrowthBP = *v.MaxGrowthBP
			}
			if v.MaxDropBP == nil {
				c.missing(path+".max_drop_bp", "the largest decrease below the previous epoch, basis points")
			} else {
				b.MaxDropBP = *v.MaxDropBP
			}
		}
		p.Sanity[m] = b
	}
}

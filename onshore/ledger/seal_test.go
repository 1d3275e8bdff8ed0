package ledger

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/circuits/commit"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies"
	"github.com/rwabridge/rwabridge/policies/policy"
)

var ctx = context.Background()

// sealable is day0's end plus testConfig's grace.
var sealable = day0.Add(25 * time.Hour)

// epochFixture is a fleet's events around day0: cabinets 1–4 report 20
// events each on day0 (3 of them outside the daily policy's bounds) and a few
// on the next day; cabinet 5 was revoked before day0; cabinet 6 never
// reports; cabinet 7 is of another pool.
type epochFixture struct {
	f        *fleet
	all      []telemetry.SignedEvent
	revoke   time.Time
	outside  int                     // day0 events outside the policy's bounds
	inEpoch  []telemetry.SignedEvent // day0's committed events, canonical order
	nextDay  int
	otherCnt int
}

func newEpochFixture(t *testing.T) *epochFixture {
	x := &epochFixture{f: newFleet(t, 6, 1), revoke: day0.Add(-time.Hour)}
	x.all = x.f.day([]uint32{1, 2, 3, 4}, 20)
	for i := range []int{0, 1, 2} {
		e := event(uint32(i+1), 1000, day0.Add(time.Duration(5+i)*time.Hour))
		e.EnergyWh = 50 // allowed by the ledger's bounds, not by the policy's
		x.all = append(x.all, x.f.sign(e))
		x.outside++
	}
	for c := uint32(1); c <= 2; c++ {
		x.all = append(x.all, x.f.sign(event(c, 2000, day0.Add(24*time.Hour+10*time.Minute))))
		x.nextDay++
	}
	for s := uint64(1); s <= 5; s++ {
		x.all = append(x.all, x.f.sign(event(7, s, day0.Add(time.Duration(s)*time.Hour))))
		x.otherCnt++
	}
	for _, e := range x.all {
		if e.Pool == testPool && e.Time < day0.Add(24*time.Hour).Unix() && e.EnergyWh >= 100 {
			x.inEpoch = append(x.inEpoch, e)
		}
	}
	slices.SortFunc(x.inEpoch, func(a, b telemetry.SignedEvent) int {
		if telemetry.Less(&a.Event, &b.Event) {
			return -1
		}
		return 1
	})
	return x
}

// ledger registers the fixture's fleet, revokes cabinet 5 and submits every
// event in the given batches.
func (x *epochFixture) ledger(t *testing.T, batches [][]telemetry.SignedEvent) (*memLedger, *Client) {
	l := newMemLedger(t, testConfig(), afterDay0)
	cl := NewClient(l)
	if _, err := cl.RegisterDevices(ctx, x.f.reg); err != nil {
		t.Fatal(err)
	}
	if err := cl.RevokeDevice(ctx, 5, x.revoke); err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		for i, r := range submit(t, cl, b) {
			if r.Status != StatusStored {
				t.Fatalf("event %d: %+v", i, r)
			}
		}
	}
	l.now = sealable
	return l, cl
}

func TestSealEqualsTheCommitmentWhateverTheSubmissionOrder(t *testing.T) {
	x := newEpochFixture(t)
	want, err := commit.EpochCommitment(testPool, testConfig().ChunkCapacity, eventsOf(x.inEpoch))
	if err != nil {
		t.Fatal(err)
	}
	shuffled := slices.Clone(x.all)
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	var small [][]telemetry.SignedEvent
	for lo := 0; lo < len(shuffled); {
		n := 1 + rng.IntN(13)
		small = append(small, shuffled[lo:min(lo+n, len(shuffled))])
		lo += n
	}
	var seals []*Seal
	for _, batches := range [][][]telemetry.SignedEvent{{x.all}, small} {
		l, cl := x.ledger(t, batches)
		s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
		if err != nil {
			t.Fatal(err)
		}
		seals = append(seals, s)
		var emitted bool
		for _, w := range l.log {
			if w.Kind == "event" && w.Key == EventSealCreated {
				var got Seal
				emitted = json.Unmarshal(w.Value, &got) == nil && got.Root == s.Root && got.TxID == s.TxID
			}
		}
		if !emitted {
			t.Errorf("no %s event carrying the seal", EventSealCreated)
		}
	}
	a, b := seals[0], seals[1]
	if a.Root != field.Element(want.Root) || a.Count != want.Count || len(a.Chunks) != len(want.Chunks) {
		t.Fatalf("seal root %s count %d chunks %d, commit gives %s %d %d", a.Root, a.Count, len(a.Chunks), field.Element(want.Root), want.Count, len(want.Chunks))
	}
	for i := range want.Chunks {
		if a.Chunks[i].Root != field.Element(want.Chunks[i].Root) || a.Chunks[i].Count != want.Chunks[i].Count {
			t.Errorf("chunk %d: %+v, commit gives %s/%d", i, a.Chunks[i], field.Element(want.Chunks[i].Root), want.Chunks[i].Count)
		}
	}
	if roots := a.ChunkRoots(); len(roots) != len(want.Chunks) || roots[0] != field.Element(want.Chunks[0].Root) {
		t.Errorf("ChunkRoots() = %v", roots)
	}
	a.TxID, b.TxID = "", ""
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Errorf("seals differ with submission order and batching:\n%s\n%s", ja, jb)
	}

	var energy, revenue uint64
	minSoH := uint64(1000)
	cabs := map[uint32]bool{}
	for _, e := range x.inEpoch {
		energy += uint64(e.EnergyWh)
		revenue += uint64(e.FeeCents)
		minSoH = min(minSoH, uint64(e.SoHPermille))
		cabs[e.Cabinet] = true
	}
	for name, v := range map[string]uint64{"swaps": uint64(len(x.inEpoch)), "energy_wh": energy, "revenue_cents": revenue, "active_cabinets": uint64(len(cabs)), "min_soh_permille": minSoH} {
		if got, ok := a.Metric(name); !ok || got != v {
			t.Errorf("metric %s = %d (disclosed %t), want %d", name, got, ok, v)
		}
	}
	if a.OutOfBounds != uint64(x.outside) || len(a.OutOfBoundsKeys) != x.outside {
		t.Errorf("out of bounds %d %v, want %d", a.OutOfBounds, a.OutOfBoundsKeys, x.outside)
	}
	wantC := Completeness{Expected: 5, Reporting: 4, MissingCount: 1, Missing: []uint32{6}}
	if !slices.Equal(a.Completeness.Missing, wantC.Missing) || a.Completeness.Expected != wantC.Expected || a.Completeness.Reporting != wantC.Reporting || a.Completeness.MissingCount != 1 {
		t.Errorf("completeness %+v, want %+v", a.Completeness, wantC)
	}
	if a.Disclosable {
		t.Errorf("4 active cabinets marked disclosable under min_active_cabinets %d", a.MinActiveCabinets)
	}
	p, _ := policy.Parse(dailyPolicy(t))
	if a.PolicyHash != p.Hash() || a.PolicyID != p.ID || !a.Start.Equal(day0) || !a.End.Equal(day0.Add(24*time.Hour)) || !a.SealedAt.Equal(sealable) {
		t.Errorf("seal header %+v", a)
	}
}

func eventsOf(s []telemetry.SignedEvent) []telemetry.Event {
	out := make([]telemetry.Event, len(s))
	for i := range s {
		out[i] = s[i].Event
	}
	return out
}

func TestSealRules(t *testing.T) {
	weekly, err := fs.ReadFile(policies.FS(), "battery-swap-weekly.yaml")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		run  func(t *testing.T, l *memLedger, cl *Client) error
		want error
	}{
		{"sealing before the epoch's end plus grace is ErrEpochNotEnded", func(t *testing.T, l *memLedger, cl *Client) error {
			l.now = sealable.Add(-time.Second)
			_, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
			return err
		}, ErrEpochNotEnded},
		{"sealing at exactly the epoch's end plus grace works", func(t *testing.T, l *memLedger, cl *Client) error {
			_, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
			return err
		}, nil},
		{"a second seal is ErrAlreadySealed", func(t *testing.T, l *memLedger, cl *Client) error {
			if _, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t)); err != nil {
				t.Fatal(err)
			}
			_, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
			return err
		}, ErrAlreadySealed},
		{"another epoch length for a sealed pool is ErrPolicyMismatch", func(t *testing.T, l *memLedger, cl *Client) error {
			if _, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t)); err != nil {
				t.Fatal(err)
			}
			l.now = day0.AddDate(0, 1, 0)
			_, err := cl.Seal(ctx, testPool, epoch0/7, weekly)
			return err
		}, ErrPolicyMismatch},
		{"an invalid policy is ErrBadPolicy", func(t *testing.T, l *memLedger, cl *Client) error {
			_, err := cl.Seal(ctx, testPool, epoch0, []byte("id: x\n"))
			return err
		}, ErrBadPolicy},
		{"an invalid pool is ErrBadArgs", func(t *testing.T, l *memLedger, cl *Client) error {
			_, err := cl.Seal(ctx, "Pool/A", epoch0, dailyPolicy(t))
			return err
		}, ErrBadArgs},
		{"an epoch beyond the last record time is ErrBadArgs", func(t *testing.T, l *memLedger, cl *Client) error {
			_, err := cl.Seal(ctx, testPool, 1<<40, dailyPolicy(t))
			return err
		}, ErrBadArgs},
		{"a seal nobody made is ErrNotFound", func(t *testing.T, l *memLedger, cl *Client) error {
			_, err := cl.GetSeal(ctx, testPool, epoch0)
			return err
		}, ErrNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l, cl, f := setup(t, 2, 0)
			submit(t, cl, f.day([]uint32{1, 2}, 5))
			l.now = sealable
			err := tc.run(t, l, cl)
			if (tc.want == nil) != (err == nil) || (tc.want != nil && !errors.Is(err, tc.want)) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestEventsOfASealedEpochAreRejectedAndReplaysStayDuplicates(t *testing.T) {
	l, cl, f := setup(t, 2, 0)
	evs := f.day([]uint32{1, 2}, 5)
	submit(t, cl, evs)
	l.now = sealable
	s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	late := f.sign(event(1, 50, day0.Add(23*time.Hour)))
	nextDay := f.sign(event(1, 51, day0.Add(24*time.Hour)))
	res := submit(t, cl, []telemetry.SignedEvent{late, evs[3], nextDay})
	if !errors.Is(res[0].Err(), ErrEpochSealed) || res[0].Class != "epoch_sealed" {
		t.Errorf("late event: %+v, want ErrEpochSealed", res[0])
	}
	if res[1].Status != StatusDuplicate {
		t.Errorf("replay of a sealed record: %+v, want duplicate", res[1])
	}
	if res[2].Status != StatusStored {
		t.Errorf("event of the next epoch: %+v, want stored", res[2])
	}
	n := 0
	if err := cl.Records(ctx, testPool, epoch0, func(telemetry.SignedEvent) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if uint64(n) != s.Count || n != len(evs) {
		t.Errorf("%d records after the late event, seal counts %d", n, s.Count)
	}
}

func TestAnEmptyEpochSealsToTheEmptyChunk(t *testing.T) {
	l, cl, _ := setup(t, 2, 0)
	l.now = sealable
	s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	empty, _ := commit.EmptyChunkRoot(testConfig().ChunkCapacity)
	if s.Count != 0 || s.Root != field.Element(empty) || len(s.Chunks) != 1 || s.ActiveCabinets != 0 {
		t.Errorf("empty epoch: %+v", s)
	}
	if v, _ := s.Metric("min_soh_permille"); v != telemetry.MaxSoH {
		t.Errorf("min_soh_permille over no records = %d, want %d", v, telemetry.MaxSoH)
	}
	if s.Completeness.MissingCount != 2 || !slices.Equal(s.Completeness.Missing, []uint32{1, 2}) {
		t.Errorf("completeness %+v, want both cabinets missing", s.Completeness)
	}
}

func TestRecordsPageThroughHourBucketsInCanonicalOrder(t *testing.T) {
	x := newEpochFixture(t)
	_, cl := x.ledger(t, [][]telemetry.SignedEvent{x.all})

	// Before the seal: the policy gives the epoch and filters by its bounds.
	var pre []telemetry.SignedEvent
	req := RecordsRequest{Pool: testPool, Epoch: epoch0, Policy: dailyPolicy(t), Limit: 7}
	for {
		p, err := cl.RecordsPage(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Events) > 7 {
			t.Fatalf("page of %d, limit 7", len(p.Events))
		}
		pre = append(pre, p.Events...)
		if p.Next == "" {
			break
		}
		req.After = p.Next
	}
	s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	var post []telemetry.SignedEvent
	if err := cl.Records(ctx, testPool, epoch0, func(e telemetry.SignedEvent) error { post = append(post, e); return nil }); err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]telemetry.SignedEvent{"before the seal": pre, "after the seal": post} {
		if uint64(len(got)) != s.Count || len(got) != len(x.inEpoch) {
			t.Errorf("%s: %d records, seal counts %d", name, len(got), s.Count)
			continue
		}
		for i := range got {
			a, _ := got[i].MarshalBinary()
			b, _ := x.inEpoch[i].MarshalBinary()
			if string(a) != string(b) {
				t.Errorf("%s: record %d is cabinet %d seq %d, want cabinet %d seq %d", name, i, got[i].Cabinet, got[i].Seq, x.inEpoch[i].Cabinet, x.inEpoch[i].Seq)
				break
			}
		}
	}
	weekly, _ := fs.ReadFile(policies.FS(), "battery-swap-weekly.yaml")
	if _, err := cl.RecordsPage(ctx, RecordsRequest{Pool: testPool, Epoch: epoch0, Policy: weekly}); !errors.Is(err, ErrPolicyMismatch) {
		t.Errorf("records of a sealed epoch under another policy: %v, want ErrPolicyMismatch", err)
	}
	if _, err := cl.RecordsPage(ctx, RecordsRequest{Pool: testPool, Epoch: epoch0, After: "zz"}); !errors.Is(err, ErrBadArgs) {
		t.Errorf("a malformed page token: %v, want ErrBadArgs", err)
	}
	if _, err := cl.RecordsPage(ctx, RecordsRequest{Pool: otherPool, Epoch: epoch0}); !errors.Is(err, ErrBadArgs) {
		t.Errorf("records of a never-sealed pool without a policy: %v, want ErrBadArgs", err)
	}
}

func TestSealStreamsBucketsLargerThanAPage(t *testing.T) {
	l, cl, f := setup(t, 3, 0)
	var evs []telemetry.SignedEvent
	for c := uint32(1); c <= 3; c++ {
		for s := uint64(1); s <= 150; s++ {
			// Two busy hours: about 225 records per bucket, many pages each.
			evs = append(evs, f.sign(event(c, s, day0.Add(time.Duration(s)*48*time.Second))))
		}
	}
	for lo := 0; lo < len(evs); lo += 100 {
		submit(t, cl, evs[lo:min(lo+100, len(evs))])
	}
	l.now = sealable
	s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	want, err := commit.EpochCommitment(testPool, testConfig().ChunkCapacity, eventsOf(evs)) // already canonical
	if err != nil {
		t.Fatal(err)
	}
	if s.Root != field.Element(want.Root) || s.Count != uint64(len(evs)) {
		t.Errorf("seal root %s count %d, commit gives %s %d", s.Root, s.Count, field.Element(want.Root), len(evs))
	}
	n := 0
	err = cl.Records(ctx, testPool, epoch0, func(e telemetry.SignedEvent) error {
		if e.Cabinet != evs[n].Cabinet || e.Seq != evs[n].Seq {
			t.Fatalf("record %d is cabinet %d seq %d, want cabinet %d seq %d", n, e.Cabinet, e.Seq, evs[n].Cabinet, evs[n].Seq)
		}
		n++
		return nil
	})
	if err != nil || n != len(evs) {
		t.Errorf("records: %d, %v; want %d", n, err, len(evs))
	}
}

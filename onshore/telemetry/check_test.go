package telemetry

import (
	"errors"
	"strings"
	"testing"
	"testing/iotest"
)

func TestCheckCountsEveryLineByClassAndKeepsTheFirstFailures(t *testing.T) {
	line := func(s SignedEvent) string {
		b, err := s.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	stranger := Sign(testRegistry, testKey(9), testEvent(9, 1))
	ev := testEvent(2, 5)
	ev.EnergyWh++
	conflicting := Sign(testRegistry, testKey(2), ev)
	in := strings.Join([]string{
		line(signed(1, 1)),
		"",
		"not json at all",
		line(signed(2, 5)),
		line(signed(1, 1)), // the same event again
		line(stranger),     // a cabinet the registry does not know
		`{"v":1}`,
		line(signed(2, 3)), // late: below a sequence number already taken, still valid
		line(conflicting),  // cabinet 2 seq 5 again, other bytes
	}, "\n") + "\n"
	v := NewValidator(testRegistryWith(t, 1, 2))
	v.MaxSkew = -1
	rep, err := Check(v, strings.NewReader(in), 2)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Lines != 8 || rep.Valid != 3 || rep.Invalid != 5 || rep.OK || rep.Cabinets != 2 || len(rep.Pools) != 1 || rep.Pools[0] != "pool-a" {
		t.Fatalf("report %+v", rep)
	}
	if rep.Errors["malformed"] != 2 || rep.Errors["duplicate"] != 1 || rep.Errors["conflict"] != 1 || rep.Errors["unknown_device"] != 1 {
		t.Fatalf("per class %v: a line that is not JSON is malformed, like a JSON line that is no event; a late event is valid, the same one again a duplicate, other bytes a conflict", rep.Errors)
	}
	if _, ok := rep.Errors["other"]; ok {
		t.Fatalf("an unclassified failure: %v", rep.Errors)
	}
	if len(rep.Failures) != 2 || rep.Failures[0].Line != 3 || rep.Failures[0].Class != "malformed" || rep.Failures[1].Line != 5 {
		t.Fatalf("first failures %+v", rep.Failures)
	}
	if rep.First == nil || rep.Last == nil || !rep.First.Before(*rep.Last) {
		t.Fatalf("span %v .. %v", rep.First, rep.Last)
	}
	broken := errors.New("disk gone")
	if _, err := Check(v, iotest.ErrReader(broken), 2); !errors.Is(err, broken) {
		t.Fatalf("a failing reader: %v", err)
	}
}

func TestADuplicateKeyOrAByteOrderMarkIsItsOwnMalformedError(t *testing.T) {
	b, err := signed(1, 1).MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	good := string(b)
	for _, c := range []struct {
		name, line string
		want       error
	}{
		{"a key given twice", strings.Replace(good, `"seq":`, `"seq":2,"seq":`, 1), ErrDuplicateKey},
		{"a byte-order mark", "\ufeff" + good, ErrByteOrderMark},
	} {
		t.Run(c.name, func(t *testing.T) {
			var s SignedEvent
			err := s.UnmarshalJSON([]byte(c.line))
			if !errors.Is(err, c.want) || !errors.Is(err, ErrMalformed) || Class(err) != "malformed" {
				t.Fatalf("%v; want %v, class malformed", err, c.want)
			}
		})
	}
	var s SignedEvent
	if err := s.UnmarshalJSON(b); err != nil {
		t.Fatalf("the line itself: %v", err)
	}
}

func TestCompareIsLessAsAThreeWayComparison(t *testing.T) {
	evs := []Event{testEvent(2, 1), testEvent(1, 9), testEvent(1, 2), testEvent(0, ^uint64(0))}
	for _, a := range evs {
		for _, b := range evs {
			want := 0
			switch {
			case Less(&a, &b):
				want = -1
			case Less(&b, &a):
				want = 1
			}
			if got := Compare(a, b); got != want {
				t.Errorf("Compare(%d/%d, %d/%d) = %d, Less says %d", a.Cabinet, a.Seq, b.Cabinet, b.Seq, got, want)
			}
		}
	}
}

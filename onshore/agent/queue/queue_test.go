package queue

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"
)

func open(t testing.TB, budget int64) (*Queue, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "q.db")
	q, err := Open(path, budget)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q, path
}

func records(n, size int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		out[i] = bytes.Repeat([]byte{byte(i)}, size)
	}
	return out
}

func TestRecordsComeOutInTheOrderTheyWentInAndSurviveAReopen(t *testing.T) {
	q, path := open(t, 1<<20)
	if err := q.Append(records(3, 10), map[string][]byte{"file/a": []byte("x")}); err != nil {
		t.Fatal(err)
	}
	if err := q.Append(records(2, 20), nil); err != nil {
		t.Fatal(err)
	}
	items, err := q.Peek(10)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 5 || len(items[0].Data) != 10 || len(items[4].Data) != 20 || items[0].ID >= items[4].ID {
		t.Fatalf("peek = %d items, want 5 in append order", len(items))
	}
	if err := q.Remove([]uint64{items[0].ID, items[1].ID}); err != nil {
		t.Fatal(err)
	}
	q.Close()
	q2, err := Open(path, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	defer q2.Close()
	if q2.Len() != 3 || q2.Bytes() != Size(10)+2*Size(20) {
		t.Errorf("reopened: %d records, %d bytes; want 3 and %d", q2.Len(), q2.Bytes(), Size(10)+2*Size(20))
	}
	if m, _ := q2.Mark("file/a"); string(m) != "x" {
		t.Errorf("mark after reopen = %q", m)
	}
	rest, _ := q2.Peek(10)
	if len(rest) != 3 || rest[0].ID != items[2].ID {
		t.Errorf("after removing the head, peek starts at %d, want %d", rest[0].ID, items[2].ID)
	}
}

func TestAppendBeyondTheBudgetWritesNothing(t *testing.T) {
	q, _ := open(t, 1000)
	if err := q.Append(records(5, 100), map[string][]byte{"k": []byte("1")}); err != nil {
		t.Fatal(err)
	}
	err := q.Append(records(5, 100), map[string][]byte{"k": []byte("2")})
	if !errors.Is(err, ErrFull) {
		t.Fatalf("error %v, want ErrFull", err)
	}
	if q.Len() != 5 {
		t.Errorf("%d records after a refused append, want 5", q.Len())
	}
	if m, _ := q.Mark("k"); string(m) != "1" {
		t.Errorf("a refused append moved the mark to %q", m)
	}
	if err := q.Append(nil, map[string][]byte{"k": []byte("3")}); err != nil {
		t.Errorf("marks alone must always fit: %v", err)
	}
	items, _ := q.Peek(2)
	q.Remove([]uint64{items[0].ID, items[1].ID})
	if err := q.Append(records(2, 100), nil); err != nil {
		t.Errorf("after removals the budget has room again: %v", err)
	}
}

func TestMarksAreListedByPrefixAndDeletedWithNil(t *testing.T) {
	q, _ := open(t, 1<<20)
	q.Append(nil, map[string][]byte{"seq/1": {1}, "seq/2": {2}, "file/x": {3}})
	q.Append(nil, map[string][]byte{"seq/2": nil})
	m, err := q.Marks("seq/")
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 1 || m["seq/1"][0] != 1 {
		t.Errorf("marks = %v, want only seq/1", m)
	}
}

func TestAClosedQueueRefusesAppends(t *testing.T) {
	q, _ := open(t, 1<<20)
	q.Close()
	if err := q.Append(records(1, 1), nil); !errors.Is(err, ErrClosed) {
		t.Errorf("error %v, want ErrClosed", err)
	}
}

// BenchmarkQueue measures durable append + drain of 200-byte records (the
// size of an encoded event) in groups, against a baseline of the same
// bytes appended to a plain file with one fsync per group: the floor of
// any durable append on this disk.
func BenchmarkQueue(b *testing.B) {
	for _, group := range []int{1, 64, 512} {
		recs := records(group, 200)
		b.Run(fmt.Sprintf("append+drain/group=%d", group), func(b *testing.B) {
			q, _ := open(b, 1<<30)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if err := q.Append(recs, nil); err != nil {
					b.Fatal(err)
				}
				items, err := q.Peek(group)
				if err != nil {
					b.Fatal(err)
				}
				ids := make([]uint64, len(items))
				for j, it := range items {
					ids[j] = it.ID
				}
				if err := q.Remove(ids); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*group)/b.Elapsed().Seconds(), "events/s")
		})
		b.Run(fmt.Sprintf("baseline-file-fsync/group=%d", group), func(b *testing.B) {
			f, err := os.Create(filepath.Join(b.TempDir(), "log"))
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			buf := bytes.Join(recs, nil)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := f.Write(buf); err != nil {
					b.Fatal(err)
				}
				if err := f.Sync(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*group)/b.Elapsed().Seconds(), "events/s")
		})
	}
}

// PeekAfter takes the records behind those already taken, whatever was
// removed in between (batches in flight are answered in any order).
func TestPeekAfterTakesTheRecordsBehindThoseTaken(t *testing.T) {
	q, _ := open(t, 1<<20)
	if err := q.Append(records(6, 10), nil); err != nil {
		t.Fatal(err)
	}
	ids := func(after uint64, max int) []uint64 {
		t.Helper()
		items, err := q.PeekAfter(after, max)
		if err != nil {
			t.Fatal(err)
		}
		var out []uint64
		for _, it := range items {
			out = append(out, it.ID)
		}
		return out
	}
	check := func(after uint64, max int, want ...uint64) {
		t.Helper()
		if got := ids(after, max); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("PeekAfter(%d, %d) = %v, want %v", after, max, got, want)
		}
	}
	check(0, 2, 1, 2)
	check(2, 2, 3, 4)
	check(4, 10, 5, 6)
	check(6, 10)
	check(math.MaxUint64, 10)
	if err := q.Remove([]uint64{3, 4}); err != nil { // the second batch answered first
		t.Fatal(err)
	}
	check(2, 10, 5, 6)
	check(0, 10, 1, 2, 5, 6)
}

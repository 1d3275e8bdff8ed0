package embedded

import (
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// errTestContract is what the test contract's "fail" function returns.
var errTestContract = errors.New("test contract refuses")

// testContract is a small deterministic contract exercising every part of
// the TxContext:
//
//	put k v      Put(k, v), PutPrivate("records", k, v), SetEvent("put", k); returns v
//	putid k v    as put, but returns TxID()
//	incr         increments the public counter "counter"; returns it
//	fail k       Put(k, "x") then fails with errTestContract
//	panic        panics
//	get k        Get(k)
//	getp k       GetPrivate("records", k)
//	keys s e     Range(s, e), the keys joined by ","
//	time         Time() as RFC 3339
//	txid         TxID()
var testContract = ContractFunc(func(tx ledger.TxContext, fn string, args [][]byte) ([]byte, error) {
	arg := func(i int) string {
		if i < len(args) {
			return string(args[i])
		}
		return ""
	}
	switch fn {
	case "put", "putid":
		if err := tx.Put(arg(0), args[1]); err != nil {
			return nil, err
		}
		if err := tx.PutPrivate("records", arg(0), args[1]); err != nil {
			return nil, err
		}
		if err := tx.SetEvent("put", args[0]); err != nil {
			return nil, err
		}
		if fn == "putid" {
			return []byte(tx.TxID()), nil
		}
		return args[1], nil
	case "incr":
		v, err := tx.Get("counter")
		if err != nil {
			return nil, err
		}
		n := 0
		if v != nil {
			n, _ = strconv.Atoi(string(v))
		}
		n++
		out := []byte(strconv.Itoa(n))
		return out, tx.Put("counter", out)
	case "fail":
		if err := tx.Put(arg(0), []byte("x")); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("fail %s: %w", arg(0), errTestContract)
	case "panic":
		panic("boom")
	case "get":
		return tx.Get(arg(0))
	case "getp":
		return tx.GetPrivate("records", arg(0))
	case "keys":
		var keys []string
		err := tx.Range(arg(0), arg(1), func(k string, _ []byte) error {
			keys = append(keys, k)
			return nil
		})
		return []byte(strings.Join(keys, ",")), err
	case "time":
		return []byte(tx.Time().Format(time.RFC3339Nano)), nil
	case "txid":
		return []byte(tx.TxID()), nil
	}
	return nil, fmt.Errorf("unknown function %q", fn)
})

var (
	operator = ledger.Identity{MSPID: "OperatorMSP", ID: "agent", Admin: true}
	auditor  = ledger.Identity{MSPID: "AuditorMSP", ID: "auditor"}
)

// fakeClock is a settable clock.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func testLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// openTest opens a ledger with the test contract in a new temp dir.
func openTest(t testing.TB, opts ...Option) (*Ledger, string) {
	t.Helper()
	dir := t.TempDir()
	return reopen(t, dir, opts...), dir
}

func reopen(t testing.TB, dir string, opts ...Option) *Ledger {
	t.Helper()
	l, err := Open(dir, Default(), testLogger(), append([]Option{WithContract(testContract)}, opts...)...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

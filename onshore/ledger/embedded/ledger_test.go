package embedded

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

func TestInvokeCommitsABlockAndQueryReadsIt(t *testing.T) {
	ctx := context.Background()
	l, _ := openTest(t)
	before := l.Head()

	res, err := l.Invoke(ctx, operator, "put", []byte("k1"), []byte("v1"))
	if err != nil {
		t.Fatalf("Invoke: %v", err)
	}
	if string(res) != "v1" {
		t.Errorf("result %q, want v1", res)
	}
	head := l.Head()
	if head.Height != before.Height+1 {
		t.Fatalf("head height %d, want %d", head.Height, before.Height+1)
	}
	for _, q := range []struct{ fn, want string }{{"get", "v1"}, {"getp", "v1"}, {"keys", "k1"}} {
		got, err := l.Query(ctx, auditor, q.fn, []byte("k1"))
		if q.fn == "keys" {
			got, err = l.Query(ctx, auditor, q.fn, []byte(""), []byte(""))
		}
		if err != nil || string(got) != q.want {
			t.Errorf("Query %s = %q, %v; want %q", q.fn, got, err, q.want)
		}
	}

	b, err := l.Block(head.Height)
	if err != nil {
		t.Fatal(err)
	}
	if b.Prev != before.Hash || b.Hash() != head.Hash {
		t.Errorf("block %d does not link: prev %s want %s", b.Height, b.Prev, before.Hash)
	}
	if len(b.Txs) != 1 {
		t.Fatalf("block has %d txs, want 1", len(b.Txs))
	}
	tx := b.Txs[0]
	if tx.Fn != "put" || tx.Caller != operator {
		t.Errorf("tx records fn %q caller %+v", tx.Fn, tx.Caller)
	}
	if tx.ArgsHash != hashArgs(encodeArgs([][]byte{[]byte("k1"), []byte("v1")})) {
		t.Error("args hash is not the hash of the arguments")
	}
	if len(tx.Writes) != 1 || tx.Writes[0].Key != "k1" || string(tx.Writes[0].Value) != "v1" {
		t.Errorf("public writes %+v", tx.Writes)
	}
	wantPriv := PrivateWrite{Collection: "records", KeyHash: sha256.Sum256([]byte("k1")), ValueHash: sha256.Sum256([]byte("v1"))}
	if len(tx.PrivateWrites) != 1 || tx.PrivateWrites[0] != wantPriv {
		t.Errorf("private writes %+v, want %+v", tx.PrivateWrites, wantPriv)
	}
	if tx.Event == nil || tx.Event.Name != "put" || string(tx.Event.Payload) != "k1" {
		t.Errorf("event %+v", tx.Event)
	}
	if h, err := l.TxHeight(tx.ID); err != nil || h != head.Height {
		t.Errorf("TxHeight = %d, %v; want %d", h, err, head.Height)
	}
	if len(b.Signatures) != 3 {
		t.Errorf("%d signatures, want one per org (3)", len(b.Signatures))
	}
}

func TestAFailedTransactionLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		fn   string
		want error
	}{
		{"a contract error is returned as it came", "fail", errTestContract},
		{"a contract panic becomes ErrContractPanic", "panic", ErrContractPanic},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, _ := openTest(t)
			before := l.Head()
			_, err := l.Invoke(ctx, operator, tt.fn, []byte("ghost"))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Invoke error %v, want %v", err, tt.want)
			}
			if l.Head() != before {
				t.Errorf("head moved from %d to %d", before.Height, l.Head().Height)
			}
			if v, err := l.Query(ctx, operator, "get", []byte("ghost")); err != nil || v != nil {
				t.Errorf("aborted write visible: %q, %v", v, err)
			}
			if _, err := l.Verify(ctx); err != nil {
				t.Errorf("Verify: %v", err)
			}
		})
	}
}

func TestCallsAreRefused(t *testing.T) {
	ctx := context.Background()
	l, _ := openTest(t, WithClock(time.Now))
	tests := []struct {
		name string
		call func() error
		want error
	}{
		{"a query that writes fails with ErrReadOnly", func() error {
			_, err := l.Query(ctx, operator, "put", []byte("k"), []byte("v"))
			return err
		}, ErrReadOnly},
		{"a caller from outside the consortium is refused", func() error {
			_, err := l.Invoke(ctx, ledger.Identity{MSPID: "MalloryMSP"}, "incr")
			return err
		}, ErrUnknownOrg},
		{"a query from outside the consortium is refused", func() error {
			_, err := l.Query(ctx, ledger.Identity{MSPID: "MalloryMSP"}, "get", []byte("k"))
			return err
		}, ErrUnknownOrg},
		{"an empty value is refused", func() error {
			_, err := l.Invoke(ctx, operator, "put", []byte("k"), []byte{})
			return err
		}, ErrEmptyValue},
		{"an empty key is refused", func() error {
			_, err := l.Invoke(ctx, operator, "put", []byte(""), []byte("v"))
			return err
		}, ErrBadKeyName},
		{"arguments above the block limit are refused", func() error {
			_, err := l.Invoke(ctx, operator, "put", []byte("k"), make([]byte, Default().Block.MaxBytes+1))
			return err
		}, ErrTxTooLarge},
		{"a cancelled context is refused before anything runs", func() error {
			c, cancel := context.WithCancel(ctx)
			cancel()
			_, err := l.Invoke(c, operator, "incr")
			return err
		}, context.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := l.Head()
			if err := tt.call(); !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if l.Head() != before {
				t.Error("a refused call committed a block")
			}
		})
	}
}

func TestTransactionTimeIsTheBlockTime(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	clock := &fakeClock{t: t0}
	l, _ := openTest(t, WithClock(clock.now))

	tests := []struct {
		name  string
		clock time.Time
		want  time.Time
	}{
		{"the clock's time when the block is cut", t0.Add(time.Hour), t0.Add(time.Hour)},
		{"never before the previous block when the clock goes back", t0.Add(-time.Hour), t0.Add(time.Hour)},
		{"forward again", t0.Add(2 * time.Hour), t0.Add(2 * time.Hour)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			clock.set(tt.clock)
			got, err := l.Invoke(ctx, operator, "time")
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want.Format(time.RFC3339Nano) {
				t.Errorf("tx time %s, want %s", got, tt.want.Format(time.RFC3339Nano))
			}
			if b, _ := l.Block(l.Head().Height); !b.Time.Equal(tt.want) {
				t.Errorf("block time %s, want %s", b.Time, tt.want)
			}
		})
	}
	if _, err := l.Verify(ctx); err != nil {
		t.Errorf("Verify: %v", err)
	}
}

func TestConcurrentInvokesAreSerialisedAndGrouped(t *testing.T) {
	ctx := context.Background()
	l, _ := openTest(t)
	const n = 200
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			if _, err := l.Invoke(ctx, operator, "incr"); err != nil {
				errs <- err
			}
		})
	}
	// A failing transaction inside a group must not take the others down.
	for range 10 {
		wg.Go(func() {
			if _, err := l.Invoke(ctx, operator, "fail", []byte("counter")); !errors.Is(err, errTestContract) {
				errs <- err
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("Invoke: %v", err)
	}
	got, err := l.Query(ctx, operator, "get", []byte("counter"))
	if err != nil || string(got) != strconv.Itoa(n) {
		t.Fatalf("counter %q, %v; want %d (lost or doubled increments)", got, err, n)
	}
	rep, err := l.Verify(ctx)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if rep.Txs != n {
		t.Errorf("Verify counted %d txs, want %d", rep.Txs, n)
	}
	t.Logf("%d concurrent transactions in %d blocks", rep.Txs, rep.Blocks-1)
}

func TestRangeMergesTheTransactionsOwnWrites(t *testing.T) {
	base := newMemKV()
	for _, k := range []string{"a", "c", "e", "g"} {
		base.put(table{}, k, []byte("base-"+k))
	}
	tests := []struct {
		name       string
		own        []string
		start, end string
		want       string
	}{
		{"committed keys only", nil, "", "", "a=base-a,c=base-c,e=base-e,g=base-g"},
		{"own keys between committed ones", []string{"b", "f"}, "", "", "a=base-a,b=own,c=base-c,e=base-e,f=own,g=base-g"},
		{"an own write shadows the committed value", []string{"c"}, "", "", "a=base-a,c=own,e=base-e,g=base-g"},
		{"bounds are [start, end)", []string{"b", "d", "h"}, "b", "g", "b=own,c=base-c,d=own,e=base-e"},
		{"own keys after the last committed one", []string{"x", "y"}, "f", "", "g=base-g,x=own,y=own"},
		{"an empty range", []string{"b"}, "c", "c", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ts := newTxState(base, true, "tx", time.Time{}, operator)
			for _, k := range tt.own {
				if err := ts.Put(k, []byte("own")); err != nil {
					t.Fatal(err)
				}
			}
			var got []byte
			err := ts.Range(tt.start, tt.end, func(k string, v []byte) error {
				if len(got) > 0 {
					got = append(got, ',')
				}
				got = append(got, k+"="+string(v)...)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Range(%q, %q) = %s, want %s", tt.start, tt.end, got, tt.want)
			}
		})
	}
}

func TestReopenKeepsTheChainAndChecksTheGenesisBlock(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	l := reopen(t, dir)
	if _, err := l.Invoke(ctx, operator, "put", []byte("k"), []byte("v")); err != nil {
		t.Fatal(err)
	}
	head := l.Head()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	for _, o := range Default().Orgs {
		fi, err := os.Stat(o.keyPath(dir))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o600 {
			t.Errorf("key %s has mode %v, want 0600", fi.Name(), fi.Mode().Perm())
		}
	}

	t.Run("reopening finds the head and the state", func(t *testing.T) {
		l := reopen(t, dir)
		if l.Head() != head {
			t.Errorf("head %+v, want %+v", l.Head(), head)
		}
		if v, _ := l.Query(ctx, operator, "get", []byte("k")); string(v) != "v" {
			t.Errorf("get k = %q", v)
		}
		l.Close()
	})

	tests := []struct {
		name   string
		cfg    func() Config
		before func(t *testing.T)
		want   error
	}{
		{"another org set is a config mismatch", func() Config {
			c := Default()
			c.Orgs = c.Orgs[:2]
			c.Contract.Orgs = c.Contract.Orgs[:2]
			return c
		}, nil, ErrConfigMismatch},
		{"another contract config is a config mismatch", func() Config {
			c := Default()
			c.Contract.Grace = time.Minute
			return c
		}, nil, ErrConfigMismatch},
		{"a replaced key file is a config mismatch", Default, func(t *testing.T) {
			p := Default().Orgs[1].keyPath(dir)
			os.Rename(p, p+".bak")
			t.Cleanup(func() { os.Rename(p+".bak", p) })
			if _, err := generateKey(p); err != nil {
				t.Fatal(err)
			}
		}, ErrConfigMismatch},
		{"a missing key file is not regenerated", Default, func(t *testing.T) {
			p := Default().Orgs[2].keyPath(dir)
			os.Rename(p, p+".bak")
			t.Cleanup(func() { os.Rename(p+".bak", p) })
		}, ErrMissingKey},
		{"a key file that is not a key is refused", Default, func(t *testing.T) {
			p := Default().Orgs[0].keyPath(dir)
			os.Rename(p, p+".bak")
			t.Cleanup(func() { os.Rename(p+".bak", p) })
			os.WriteFile(p, []byte("not a key"), 0o600)
		}, ErrBadKey},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.before != nil {
				tt.before(t)
			}
			l, err := Open(dir, tt.cfg(), testLogger(), WithContract(testContract))
			if err == nil {
				l.Close()
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Open error %v, want %v", err, tt.want)
			}
		})
	}
}

func TestASecondOpenOfTheSameLedgerIsLocked(t *testing.T) {
	dir := t.TempDir()
	reopen(t, dir)
	cfg := Default()
	cfg.LockTimeout = 50 * time.Millisecond
	l2, err := Open(dir, cfg, testLogger(), WithContract(testContract))
	if err == nil {
		l2.Close()
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open error %v, want ErrLocked", err)
	}
	if _, err := VerifyDir(context.Background(), dir, cfg, testLogger(), WithContract(testContract)); !errors.Is(err, ErrLocked) {
		t.Fatalf("VerifyDir while open: %v, want ErrLocked", err)
	}
}

func TestClosedLedgerRefusesCalls(t *testing.T) {
	ctx := context.Background()
	l, _ := openTest(t)
	if _, err := l.Invoke(ctx, operator, "incr"); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Invoke(ctx, operator, "incr"); !errors.Is(err, ErrClosed) {
		t.Errorf("Invoke after Close: %v, want ErrClosed", err)
	}
	if _, err := l.Query(ctx, operator, "get", []byte("counter")); !errors.Is(err, ErrClosed) {
		t.Errorf("Query after Close: %v, want ErrClosed", err)
	}
	if err := l.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestOpenDirWritesItsConfigAndReopens(t *testing.T) {
	ctx := context.Background()
	data := t.TempDir()
	l, err := OpenDir(data, testLogger(), WithContract(testContract))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Invoke(ctx, operator, "put", []byte("k"), []byte("v")); err != nil {
		t.Fatal(err)
	}
	l.Close()
	raw, err := os.ReadFile(filepath.Join(data, SubDir, ConfigFile))
	if err != nil {
		t.Fatalf("config not written: %v", err)
	}
	if !bytes.Contains(raw, []byte("this one")) || !bytes.Contains(raw, []byte("Fabric")) {
		t.Errorf("config file does not say all org keys live in one process:\n%s", raw)
	}
	if _, err := ParseConfig(raw); err != nil {
		t.Fatalf("written config does not parse: %v", err)
	}
	l, err = OpenDir(data, testLogger(), WithContract(testContract))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if v, _ := l.Query(ctx, auditor, "getp", []byte("k")); string(v) != "v" {
		t.Errorf("getp k = %q after reopen", v)
	}
}

package embedded

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenExistingRefusesADirectoryWithoutALedgerAndCreatesNothing(t *testing.T) {
	for _, c := range []struct{ name, dir string }{
		{"a missing directory", filepath.Join(t.TempDir(), "no-such-dir")},
		{"an empty directory", t.TempDir()},
	} {
		t.Run(c.name, func(t *testing.T) {
			before, _ := os.ReadDir(c.dir)
			_, err := OpenExisting(c.dir, nil)
			if !errors.Is(err, ErrNoLedger) || !strings.Contains(err.Error(), c.dir) {
				t.Fatalf("OpenExisting(%s): %v; want ErrNoLedger naming the directory", c.dir, err)
			}
			after, _ := os.ReadDir(c.dir)
			if len(after) != len(before) {
				t.Fatalf("OpenExisting created %d entries in %s", len(after)-len(before), c.dir)
			}
		})
	}
	t.Run("a ledger OpenDir made opens", func(t *testing.T) {
		dir := t.TempDir()
		l, err := OpenDir(dir, nil)
		if err != nil {
			t.Fatal(err)
		}
		l.Close()
		l, err = OpenExisting(dir, nil)
		if err != nil {
			t.Fatalf("OpenExisting of an existing ledger: %v", err)
		}
		l.Close()
	})
}

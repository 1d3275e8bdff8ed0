package demo

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestASecondRunOnALockedDataDirIsRefusedNamingTheRunThatHoldsIt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	first, err := lockDataDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Default()
	cfg.DataDir = dir
	cfg.Capacity = 16
	_, err = Run(context.Background(), cfg, new(strings.Builder), nil)
	if !errors.Is(err, ErrDataDirInUse) {
		t.Fatalf("a run on a held directory: %v; want ErrDataDirInUse", err)
	}
	if want := fmt.Sprintf("process %d", os.Getpid()); !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), dir) {
		t.Errorf("error %q does not name %q and the directory", err, want)
	}
	if _, err := os.Stat(filepath.Join(dir, markerFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused run touched the directory: %s: %v", markerFile, err)
	}

	// Released, the directory can be locked again; the file stays.
	if err := first.Release(); err != nil {
		t.Fatal(err)
	}
	again, err := lockDataDir(dir)
	if err != nil {
		t.Fatalf("after release: %v", err)
	}
	defer again.Release()
}

func TestFreshKeepsTheRunLockAndTheKeys(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	for _, sub := range []string{"keys", "ledger", "l2"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	l, err := lockDataDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if err := clean(dir, filepath.Join(dir, "keys")); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if strings.Join(left, " ") != LockFile+" keys" {
		t.Errorf("--fresh left %v; want the lock and the keys", left)
	}
	// The lock held by this run is still the one a second run meets.
	if _, err := lockDataDir(dir); !errors.Is(err, ErrDataDirInUse) {
		t.Errorf("after --fresh a second run got %v; want ErrDataDirInUse", err)
	}
}

func TestADirectoryTheDemoDidNotMakeIsRefusedBeforeTheLockIsCreated(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &run{cfg: Config{DataDir: dir}}
	if _, err := r.lockDataDir(); !errors.Is(err, ErrNotDemoDir) {
		t.Fatalf("got %v; want ErrNotDemoDir", err)
	}
	if _, err := os.Stat(filepath.Join(dir, LockFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a lock file was created in a directory the demo does not own: %v", err)
	}
}

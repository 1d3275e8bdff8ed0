package demo

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// ErrDataDirInUse: another run holds the data directory's lock.
var ErrDataDirInUse = errors.New("data directory is in use by another demo")

// LockFile is the data directory's run lock: a run holds an exclusive
// lock on it from before it touches the directory until it returns
// (serving included), and writes its process id in it.
const LockFile = "demo.lock"

// dirLock is a held run lock.
type dirLock struct{ f *os.File }

// lockDataDir takes the run lock of dir, which must exist. When another
// process holds it, the error wraps ErrDataDirInUse and names that
// process's id as its lock file records it.
func lockDataDir(dir string) (*dirLock, error) {
	path := filepath.Join(dir, LockFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("demo: run lock: %w", err)
	}
	held, err := tryLock(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("demo: run lock %s: %w", path, err)
	}
	if held {
		data, _ := os.ReadFile(path)
		f.Close()
		who := "another process"
		if pid, err := strconv.Atoi(strings.TrimSpace(string(data))); err == nil && pid > 0 {
			who = fmt.Sprintf("process %d", pid)
		}
		return nil, fmt.Errorf("%w: %s is running a demo on %s (it holds %s): stop it first (Ctrl-C where it runs, or kill it), or give this run another --data",
			ErrDataDirInUse, who, dir, path)
	}
	// Ours: record who holds it, for the next run's message.
	if err := f.Truncate(0); err == nil {
		_, err = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
		if err == nil {
			err = f.Sync()
		}
		if err != nil {
			unlock(f)
			f.Close()
			return nil, fmt.Errorf("demo: run lock %s: %w", path, err)
		}
	}
	return &dirLock{f: f}, nil
}

// Release gives the lock up. The file stays: removing it would let a
// run that opened it a moment before lock a file no one else sees.
func (l *dirLock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	unlock(l.f)
	err := l.f.Close()
	l.f = nil
	return err
}

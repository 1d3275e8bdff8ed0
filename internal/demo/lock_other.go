//go:build !unix

package demo

import (
	"errors"
	"os"
)

// tryLock: the run lock is an flock, which only Unix systems have here.
func tryLock(*os.File) (bool, error) {
	return false, errors.New("the demo's run lock needs flock (a Unix system)")
}

func unlock(*os.File) {}

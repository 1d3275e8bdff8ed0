// Package strictyaml decodes configuration files the one way rwabridge
// accepts them: exactly one YAML document, no unknown keys. Callers wrap its
// errors with their own sentinel (ErrBadConfig, ErrInvalidConfig, …).
//
// Parse and Load give a config type the usual way in: a file read, its
// document decoded over the type's Default() (so that what it leaves out
// keeps its default) and validated, errors naming the file.
//
// It does not report problems one by one with line numbers (policies/policy
// does that for disclosure policies).
package strictyaml

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gopkg.in/yaml.v3"
)

// The two shapes of input yaml.v3 would otherwise accept silently.
var (
	ErrEmpty             = errors.New("empty document")
	ErrMultipleDocuments = errors.New("more than one YAML document")
)

// Decode decodes data into v. Unknown keys are errors (with yaml.v3's line
// numbers), and so are an empty input (ErrEmpty) and a second document
// (ErrMultipleDocuments).
func Decode(data []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.EOF) {
			return ErrEmpty
		}
		return err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return ErrMultipleDocuments
	}
	return nil
}

// Parse decodes data over def (the type's Default()) and validates the
// result. A decoding error wraps invalid, the caller's sentinel; Validate's
// errors are returned as they are.
func Parse[T any, P interface {
	*T
	Validate() error
}](data []byte, def T, invalid error) (T, error) {
	c := def
	if err := Decode(data, &c); err != nil {
		var zero T
		return zero, fmt.Errorf("%w: %w", invalid, err)
	}
	if err := P(&c).Validate(); err != nil {
		var zero T
		return zero, err
	}
	return c, nil
}

// Load reads the file at path and parses it with parse. A read error wraps
// unreadable and the file system's error ("<unreadable>: open …"): the
// caller's sentinel, when an unreadable file is a configuration problem. A
// parse error is prefixed with path.
func Load[T any](path string, unreadable error, parse func([]byte) (T, error)) (T, error) {
	var zero T
	data, err := os.ReadFile(path)
	if err != nil {
		return zero, fmt.Errorf("%w: %w", unreadable, err)
	}
	c, err := parse(data)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// Relative makes each non-empty relative path in paths relative to dir (a
// config file's directory): configs name files relative to themselves.
func Relative(dir string, paths ...*string) {
	for _, p := range paths {
		if *p != "" && !filepath.IsAbs(*p) {
			*p = filepath.Join(dir, *p)
		}
	}
}

// Package strictyaml decodes configuration files the one way rwabridge
// accepts them: exactly one YAML document, no unknown keys. Callers wrap its
// errors with their own sentinel (ErrBadConfig, ErrInvalidConfig, …).
//
// It does not report problems one by one with line numbers (policies/policy
// does that for disclosure policies), and it does not fill defaults: decode
// over a Default() value to keep unset fields.
package strictyaml

import (
	"bytes"
	"errors"
	"io"

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

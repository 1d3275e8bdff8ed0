package policy

import (
	"errors"
	"fmt"
)

// The problems a policy can have. Every error Parse, Load and Validate return
// wraps one of them (several, joined with errors.Join, when a policy has
// several problems); match with errors.Is.
var (
	// Problems with the YAML document itself.
	ErrEmpty             = errors.New("empty policy")
	ErrMultipleDocuments = errors.New("more than one YAML document")
	ErrSyntax            = errors.New("YAML syntax error")
	ErrUnknownKey        = errors.New("unknown key")
	ErrDuplicateKey      = errors.New("duplicate key")
	ErrWrongType         = errors.New("wrong type")
	ErrMissingField      = errors.New("missing field")

	// Problems with a value.
	ErrBadID             = errors.New("bad policy id")
	ErrBadVersion        = errors.New("bad policy version")
	ErrUnknownAsset      = errors.New("unknown asset kind")
	ErrBadEpochLength    = errors.New("bad epoch length")
	ErrUnknownMetric     = errors.New("unknown metric")
	ErrDuplicateEntry    = errors.New("duplicate list entry")
	ErrBadThreshold      = errors.New("bad k-anonymity threshold")
	ErrBadBounds         = errors.New("bad record bounds")
	ErrBadSanity         = errors.New("bad sanity bounds")
	ErrBadPayoutShare    = errors.New("bad payout share")
	ErrBadWithheld       = errors.New("bad withheld fields")
	ErrWithheldCommitted = errors.New("withheld field is committed")
)

// FieldError is one problem of a policy: which key it concerns, where that key
// is in the YAML source, which class of problem it is (a sentinel above) and
// what to do about it.
type FieldError struct {
	Field string // key path such as "record_bounds.max_energy_wh" or "disclose[2]"; "" for the whole document
	Line  int    // 1-based line in the YAML source; 0 when unknown (built in Go, or the key is absent)
	Err   error  // the class of problem: one of the sentinels of this package
	Msg   string // what is wrong and how to fix it
}

func (e *FieldError) Error() string {
	s := ""
	if e.Line > 0 {
		s = fmt.Sprintf("line %d: ", e.Line)
	}
	if e.Field != "" {
		s += e.Field + ": "
	}
	return s + e.Err.Error() + ": " + e.Msg
}

func (e *FieldError) Unwrap() error { return e.Err }

// problems collects FieldErrors in the order they are found.
type problems []error

func (ps *problems) add(field string, line int, err error, format string, args ...any) {
	*ps = append(*ps, &FieldError{Field: field, Line: line, Err: err, Msg: fmt.Sprintf(format, args...)})
}

func (ps problems) err() error { return errors.Join(ps...) }

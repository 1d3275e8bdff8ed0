package telemetry

import (
	"errors"
	"io"
	"slices"
	"time"
)

// CheckReport is what Check found in a JSON Lines stream of signed events
// (`rwabridge telemetry verify`; its --json form).
type CheckReport struct {
	Events     string         `json:"events"`
	Devices    string         `json:"devices"`
	Registry   string         `json:"registry"`
	Lines      int            `json:"lines"`      // event lines read (blank lines are skipped)
	Valid      int            `json:"valid"`      // lines that passed every check
	Heartbeats int            `json:"heartbeats"` // valid lines that are heartbeats (the others are swaps)
	Invalid    int            `json:"invalid"`    // lines that failed one
	Cabinets   int            `json:"cabinets"`
	Pools      []string       `json:"pools"`
	First      *time.Time     `json:"first,omitempty"` // earliest valid event time
	Last       *time.Time     `json:"last,omitempty"`  // latest valid event time
	Errors     map[string]int `json:"errors"`          // per error class (Classes), zeros included
	Failures   []CheckFailure `json:"failures"`        // the first failures, as many as asked
	OK         bool           `json:"ok"`
}

// CheckFailure is one line that failed, with its error class (Class).
type CheckFailure struct {
	Line    int    `json:"line"`
	Class   string `json:"class"`
	Message string `json:"message"`
}

// Check validates every line of in with v (Validator.Accept: each event on
// its own, then by exact (cabinet, seq) comparison with the lines before, so
// a repeated line is a duplicate, other bytes a conflict, and order does not
// matter), counting failures per error class and keeping the first show of them. Its error is in's own
// (a read failure), never a line's.
func Check(v *Validator, in io.Reader, show int) (*CheckReport, error) {
	rep := &CheckReport{Errors: map[string]int{}, Failures: []CheckFailure{}, Pools: []string{}}
	for _, c := range Classes() {
		rep.Errors[c] = 0
	}
	cabinets := map[uint32]bool{}
	var first, last int64
	lr := NewLineReader(in)
	for {
		ev, raw, err := lr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil && raw == nil {
			return nil, err // the input itself failed, not one line
		}
		if err == nil {
			err = v.Accept(&ev)
		}
		rep.Lines++
		if err != nil {
			class := Class(err)
			rep.Invalid++
			rep.Errors[class]++
			if len(rep.Failures) < show {
				rep.Failures = append(rep.Failures, CheckFailure{Line: lr.Line(), Class: class, Message: err.Error()})
			}
			continue
		}
		rep.Valid++
		if ev.IsHeartbeat() {
			rep.Heartbeats++
		}
		if !cabinets[ev.Cabinet] {
			cabinets[ev.Cabinet] = true
			if !slices.Contains(rep.Pools, string(ev.Pool)) {
				rep.Pools = append(rep.Pools, string(ev.Pool))
			}
		}
		if rep.Valid == 1 || ev.Time < first {
			first = ev.Time
		}
		if rep.Valid == 1 || ev.Time > last {
			last = ev.Time
		}
	}
	rep.Cabinets = len(cabinets)
	slices.Sort(rep.Pools)
	if rep.Valid > 0 {
		f, l := time.Unix(first, 0).UTC(), time.Unix(last, 0).UTC()
		rep.First, rep.Last = &f, &l
	}
	rep.OK = rep.Invalid == 0
	return rep, nil
}

package agent

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// MaxRequestBytes bounds the body of one POST /v1/events.
const MaxRequestBytes = 16 << 20

// Classes of refusals in HTTP answers (events not taken; send them again).
const (
	ClassQueueFull   = "queue_full"
	ClassUnavailable = "unavailable"
	// ClassUnauthenticated: sources.http_tls.client_ca_file is set and the
	// request came without a client certificate (401; nothing was read).
	ClassUnauthenticated = "unauthenticated"
)

// EventError names one event of a request that was not accepted as new: a
// duplicate, a rejected or a refused one.
type EventError struct {
	Index   int    `json:"index"` // position in the request (array element or non-blank line), from 0
	Cabinet uint32 `json:"cabinet,omitempty"`
	Seq     uint64 `json:"seq,omitempty"`
	Class   string `json:"class"` // a telemetry class, or queue_full / unavailable
	Message string `json:"message"`
}

// EventsResponse is the body of every answer to POST /v1/events.
type EventsResponse struct {
	Accepted int `json:"accepted"` // events now durable in the queue
	// Duplicates are exact duplicates (class duplicate) of events the
	// agent already holds: taken, not queued again; the sender may forget
	// them as it forgets accepted ones.
	Duplicates []EventError `json:"duplicates,omitempty"`
	// Rejected events will never be accepted as they are (class conflict:
	// the agent holds another event with the same cabinet and seq).
	Rejected []EventError `json:"rejected,omitempty"`
	// Refused events were not taken: send them again later, in order.
	Refused []EventError `json:"refused,omitempty"`
}

// serveEvents is POST /v1/events: a JSON array of signed events, or JSON
// Lines. It answers 202 when every event is durable: newly queued, or an
// exact duplicate of one the agent holds (listed in Duplicates, class
// duplicate); 503 (with Retry-After) when some were refused because the
// queue is full or the agent is stopping; otherwise 422 when some were
// rejected, or 400 when the body is not a JSON array or JSON Lines at all.
// Valid events of a request are accepted whatever happens to the others. With sources.http_tls.client_ca_file it
// answers 401 (class unauthenticated) to a request without a verified
// client certificate, before reading its body.
func (a *Agent) serveEvents(w http.ResponseWriter, r *http.Request) {
	if a.httpTLS != nil && a.httpTLS.ClientCAs != nil && (r.TLS == nil || len(r.TLS.VerifiedChains) == 0) {
		writeEvents(w, http.StatusUnauthorized, EventsResponse{Rejected: []EventError{{Class: ClassUnauthenticated,
			Message: "POST /v1/events needs a client certificate issued by a CA of the agent's sources.http_tls.client_ca_file"}}})
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxRequestBytes))
	if err != nil {
		code := http.StatusBadRequest
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			code = http.StatusRequestEntityTooLarge
		}
		writeEvents(w, code, EventsResponse{Rejected: []EventError{{Class: telemetry.Class(telemetry.ErrMalformed),
			Message: fmt.Sprintf("%v: reading the request: %v", telemetry.ErrMalformed, err)}}})
		return
	}
	items, err := decodeBatch(body)
	if err != nil {
		writeEvents(w, http.StatusBadRequest, EventsResponse{Rejected: []EventError{{Class: telemetry.Class(err), Message: err.Error()}}})
		return
	}
	a.received("http", len(items))
	outs, _ := a.Ingest(r.Context(), "http", items, nil)
	var resp EventsResponse
	for i, o := range outs {
		if o == nil {
			resp.Accepted++
			continue
		}
		e := EventError{Index: i, Cabinet: items[i].Event.Cabinet, Seq: items[i].Event.Seq, Message: o.Error()}
		switch {
		case errors.Is(o, ErrQueueFull):
			e.Class = ClassQueueFull
			resp.Refused = append(resp.Refused, e)
		case Refused(o):
			e.Class = ClassUnavailable
			resp.Refused = append(resp.Refused, e)
		case Duplicate(o):
			e.Class = telemetry.Class(o)
			resp.Duplicates = append(resp.Duplicates, e)
		default:
			e.Class = telemetry.Class(o)
			resp.Rejected = append(resp.Rejected, e)
		}
	}
	code := http.StatusAccepted
	switch {
	case len(resp.Refused) > 0:
		w.Header().Set("Retry-After", strconv.Itoa(1))
		code = http.StatusServiceUnavailable
	case len(resp.Rejected) > 0:
		code = http.StatusUnprocessableEntity
	}
	writeEvents(w, code, resp)
}

// decodeBatch reads a JSON array of events or JSON Lines. An element or line
// that does not decode becomes an item with its error; only a body that is
// neither is an error (ErrMalformed).
func decodeBatch(body []byte) ([]Item, error) {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		var raws []json.RawMessage
		if err := json.Unmarshal(trimmed, &raws); err != nil {
			return nil, fmt.Errorf("%w: body is not a JSON array of events: %w", telemetry.ErrMalformed, err)
		}
		items := make([]Item, len(raws))
		for i, raw := range raws {
			items[i].Raw, items[i].Pos = raw, fmt.Sprintf("element %d", i+1)
			if err := items[i].Event.UnmarshalJSON(raw); err != nil {
				items[i].Err = err
			}
		}
		return items, nil
	}
	var items []Item
	lr := telemetry.NewLineReader(bytes.NewReader(body))
	for {
		ev, raw, err := lr.Next()
		if errors.Is(err, io.EOF) {
			return items, nil
		}
		pos := fmt.Sprintf("line %d", lr.Line())
		if err != nil {
			items = append(items, Item{Err: fmt.Errorf("line %d: %w", lr.Line(), err), Raw: bytes.Clone(raw), Pos: pos})
			continue
		}
		items = append(items, Item{Event: ev, Raw: bytes.Clone(raw), Pos: pos})
	}
}

func writeEvents(w http.ResponseWriter, code int, resp EventsResponse) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(resp)
}

// Package agent owns `rwabridge agent`, the operator's process next to its
// cabinets: it reads signed swap events from its sources, validates each at
// the edge, keeps the valid ones in a durable queue and forwards them to the
// onshore ledger in batches, storing and forwarding while the ledger is
// unreachable.
//
// # Sources
//
//   - JSON Lines files, replayed from where the agent stopped (the byte
//     offset after the last line taken is a queue mark, committed with the
//     events before it), or followed as they grow (Sources.Follow).
//   - HTTP: POST /v1/events with a JSON array or JSON Lines. 202 when every
//     event is durable: newly queued, or an exact duplicate of one the agent
//     holds (listed per event in the answer's duplicates, class
//     "duplicate": the sender may forget it); 422 with one EventError per
//     rejected event (index, cabinet, seq, telemetry class, message) — the
//     valid events of the same request are accepted and durable all the
//     same; 503 with Retry-After when some were refused (queue full,
//     shutting down): send those again, in order; 400 when the body is
//     neither an array nor JSON Lines.
//   - MQTT: a QoS 1 subscription on a persistent session (fixed client id,
//     clean session off) with manual acknowledgement: a message is
//     acknowledged only after its event is durable in the queue, is found
//     an exact duplicate of one the agent holds, or is rejected for good. A
//     crash before the acknowledgement makes the broker redeliver; the
//     agent then sees a duplicate (or the ledger does) and acknowledges it.
//
// # Transport security
//
// Cabinets reach the agent, and the agent its broker, across networks the
// operator does not own:
//
//   - mqtts:// brokers (sources.mqtt: ca_file, the CAs the broker's
//     certificate must chain to; cert_file and key_file, the agent's client
//     certificate; username and password_file, whose first line is the
//     password — never on a command line). Credentials over plain mqtt://
//     are allowed with a warning that they cross the network in clear.
//   - HTTPS for the HTTP source (sources.http_tls: cert_file, key_file and,
//     optionally, client_ca_file: then POST /v1/events requires a client
//     certificate issued by one of those CAs (401 without; one of another
//     CA, or expired, fails the handshake), while /metrics and /healthz
//     stay open to probes without one).
//
// The files are read by New: a missing or unreadable one is an
// ErrInvalidConfig. A broker that refuses the agent is a named error —
// ErrTLSUnknownAuthority (the broker's certificate is not issued by
// ca_file, or the broker does not trust the agent's CA),
// ErrCertificateExpired (either certificate), ErrCertificateRejected (the
// broker requires a certificate or refused it), ErrTLSHandshake (wrong host
// name, no TLS on that port) or ErrBadCredentials (CONNACK bad user name or
// password, or not authorised) — logged as an error once per change of
// reason, counted in source_connect_failures_total{source="mqtt",reason},
// and /healthz fails at once with status "mqtt_<reason>" and the error
// (waiting will not fix it), while source_connected stays 0.
//
// # Validation and the queue
//
// Every event goes through telemetry.Validator on its own (model limits,
// registered and unrevoked device, signature, record bounds, clock skew),
// whatever its order: a late or out-of-order event is taken like any other
// (cabinets flushing a backlog, MQTT redeliveries and several gateways all
// reorder). Its identity is its key (pool, cabinet, seq): the agent compares
// it with the events it holds — every queued event (the index is rebuilt
// from the queue on start) and the last 65,536 it forwarded that the
// ledger holds (in memory) — and refuses other bytes for a held key (class
// "conflict").
//
// An exact duplicate (same key, same bytes; a replay is one) is safe to
// forget, and never a failure. It is recognised before any other check, as
// on the ledger (its bytes were validated when they were taken: a policy
// with stricter bounds since does not turn a resent queued event into a
// rejection, and a redelivery storm costs no signature checks), while other
// bytes for a held key are validated first, so that a forgery is a bad
// signature, not a conflict. The agent does not queue a duplicate again and
// acknowledges it like an accepted event (HTTP lists it under duplicates
// with a 2xx answer, MQTT acknowledges it, a file's mark moves past it). It
// is counted under its own name — Summary.EdgeDuplicates, the summary's
// "duplicates N", rwabridge_agent_events_duplicate_total — never as
// rejected, never written to the quarantine file, and never makes --once
// exit non-zero. A duplicate the edge does not know goes on to the ledger,
// the authority, which answers "already had": Summary.Duplicates,
// events_submitted_total{status="duplicate"}, again no failure.
//
// The index of forwarded events is in memory only, by design: it is lost at
// a restart and forgets the oldest beyond 65,536. That is safe because the
// ledger, not the index, decides: it compares every event with the digest
// of the record it stores under the same (pool, cabinet, seq), before any
// other check and whether or not its hour is sealed, so a duplicate the
// edge forgot is still answered "already had" and stored once, and a
// conflict is still refused — and treated as one refused at the edge
// (below). The index only saves the round trips and queue space of the
// common case (a sender or broker resending what it just sent).
//
// Rejections (every other class: conflict, bad signature, …) are counted
// per telemetry class (metrics, Summary.Rejected), kept in the quarantine
// file, and never stop the agent. So are the ledger's (Summary.
// LedgerRejected, ledger_rejected_total; quarantined with source "ledger"):
// a conflict the edge no longer remembers, an event of a sealed hour.
// (Before, a sequence number not above the cabinet's highest was refused
// as class "replay", and such an event could never be stored; the "seq/"
// marks of that rule left in older queues are not read.)
//
// Sources hand events to one ingester goroutine, which validates them in
// arrival order and commits each group of submissions in one fsynced bbolt
// transaction (group commit): an event is acknowledged to its source only
// once durable. The queue has a disk budget; when it is reached, events are
// refused — counted (rwabridge_agent_queue_overflow_total) and logged,
// never dropped: HTTP answers 503, MQTT stops acknowledging and reconnects
// once there is room so the broker redelivers, a file source pauses. Once
// an event of a submission is refused, the rest of it is refused too, so
// that a source offering them again resumes where it stopped.
//
// # Forwarding
//
// The forwarder takes the queue's events in order, in batches of
// Batch.Size events or after Batch.MaxWait, and keeps up to Batch.InFlight
// batches (default 4; 1 sends one after the other) awaiting the ledger's
// answer through the Ledger interface (*ledger.Client over the embedded
// ledger or Fabric): each batch holds the events behind those already in
// flight, and the answers come in any order, so a cabinet's events may
// reach the ledger out of order, which it accepts. A failed submission
// is retried with exponential backoff and jitter; events leave the queue
// only after the ledger answered stored, duplicate or rejected for each,
// batch by batch: a crash (kill -9) anywhere loses nothing, and a batch
// sent again is answered "duplicate". The file sources' marks are written
// with the events they cover into the queue, not advanced by answers.
// Delivery is at least once; the ledger is idempotent per (pool, cabinet,
// seq), so each event is recorded exactly once. Drain (--once) reads the
// files to their end, waits until the queue is empty and returns a Summary;
// duplicates and rejected events are reported in it, not errors.
//
// Metrics (Prometheus, namespace rwabridge_agent) and /healthz are served
// on Config.Listen. The MQTT source reports its broker connection: a log
// line on every change, the gauge source_connected{source="mqtt"}, and
// /healthz answering 503 "mqtt_unreachable" once the broker has been
// unreachable for longer than sources.mqtt.unhealthy_after (30 s), or
// "mqtt_<reason>" at once when it refuses the agent (see Transport
// security). The package reads no flags or environment variables:
// `rwabridge agent` builds its Config. It does not own the telemetry model
// (onshore/telemetry), the ledger (onshore/ledger) or sealing
// (onshore/sealer).
package agent

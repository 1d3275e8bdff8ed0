// Package soak owns the agent's soak benchmark (`rwabridge bench soak`): a
// run of minutes that drives a real agent's HTTP and MQTT sources with signed
// events from many simulated cabinets and checks what an operator relies on
// under sustained load and a ledger outage.
//
// The events come from the fleet simulator (onshore/sim), streamed as they
// are generated. Odd cabinets POST them to the agent's /v1/events, even ones
// publish them with QoS 1 to an MQTT broker (a Mosquitto the caller names or
// one Run starts from PATH); each cabinet sends in order, over one worker.
//
// A run has four phases:
//
//   - steady: closed loop, at the highest rate the ledger keeps up with: at
//     most Config.Window events are in flight (sent and not yet on the
//     ledger), so the rate is the ledger's;
//   - outage: every ledger submission fails (the agent sees its ledger
//     unreachable) while the cabinets keep sending at half the steady rate:
//     the agent's disk queue grows to its budget, then the sources refuse
//     (HTTP 503, MQTT unacknowledged) and the cabinets and the broker hold
//     the rest;
//   - recovery: the ledger is back, the cabinets still send at half the
//     steady rate while the backlog drains;
//   - drain: sending stops; the run waits until the ledger holds every event
//     a transport accepted.
//
// It then reads every record of the pool back from the ledger and compares
// them with what was sent, by (cabinet, seq): lost, duplicated and
// unexpected records. The report gives events/s, ingest latency (from the
// moment a cabinet first sends an event until the ledger answers it stored)
// at p50 and p99 of the events stored in each phase, the peak RSS of the process (the agent, the
// embedded ledger and the load generator together) and the peak of the
// agent's queue against its budget, sampled from /healthz.
//
// It does not open the ledger (the caller passes a client of the embedded
// ledger or of Fabric) and reads no flags.
package soak

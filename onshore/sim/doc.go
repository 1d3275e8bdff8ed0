// Package sim owns the built-in fleet simulator: a deterministic, realistic
// stream of signed events (battery swaps and heartbeats) from a fleet of
// cabinets, with the
// device registry that verifies them and the device keys that signed them.
//
// A Config (Default, Validate) fixes everything; the same Config gives the
// same bytes, whatever the number of workers. Each cabinet has its own key
// (derived from the seed) and its own random stream (a PCG seeded per
// cabinet), so cabinets are generated and signed in parallel and merged in a
// fixed order.
//
// The model, per cabinet:
//
//   - demand follows a daily curve on the pool's local clock (Config.LocalOffset):
//     quiet nights, a morning and an evening commuter peak, a softer weekend;
//     each cabinet has a base rate of 60–140 swaps a day, varied ±15% per day;
//     a swap takes a minute, so a cabinet serves at most one swap a minute;
//   - a rider returns a battery at 10–40% state of charge and takes the
//     cabinet's longest-charged battery at 90–100%; every cabinet serves one
//     battery model of 1.5–3 kWh and a pool of batteries ("BAT-000123", three
//     per charging slot) circulating between its slots and its riders;
//   - energy is the net energy the rider takes away (issued battery's usable
//     energy minus the returned one's), usable capacity shrinking with health;
//   - state of health (permille) declines with every charge, in proportion to
//     its depth, and never rises;
//   - the fee is the energy times the time-of-day tariff (Tariff), rounded
//     half up to a whole cent;
//   - sequence numbers start at 1 and increase by exactly one per event,
//     swap or heartbeat (the telemetry model's contiguity rule);
//   - heartbeats (Config.Heartbeat, an hour by default, 0 for none): a
//     cabinet signs a heartbeat, a signed event with no swap, whenever a
//     period has passed since its latest event (or since the span's start)
//     within the simulated span; a busy cabinet sends few, an idle one one
//     per period. Result counts swaps and heartbeats apart; every swap
//     figure (swaps, energy, revenue, active cabinets, health) is of swaps
//     only.
//
// Outages, drawn per cabinet and day: a link outage (5% of cabinet-days, 1–8
// hours) does not stop swaps; the cabinet stores its events and forwards them
// when the link returns, with their original timestamps (store and forward).
// A power outage (2%, 1–6 hours) stops the cabinet: those hours have no swaps
// and no events, not even heartbeats (a heartbeat that fell due is signed as
// soon as the power is back), and sequence numbers carry on without a gap. Outages end by
// the end of the simulated span, so every generated event is written.
//
// Key rotations (Config.Rotations): from each rotation's time on, its cabinet
// signs with a new key derived from the seed and the rotation's generation;
// the registry (devices.yaml) holds the key history and the key file each
// cabinet's latest key. Events forwarded late after a rotation keep the key
// of their own time.
//
// The events file is a feed as a receiver sees it: ordered by arrival time,
// then cabinet, then sequence number. Arrival is the event's own time, or
// the end of the link outage it fell in, so events forwarded after an outage
// appear later than their timestamps and the file is not sorted by event
// time; per cabinet, sequence numbers still strictly increase down the file.
//
// It does not validate events (see onshore/telemetry), deliver them to a
// ledger (see onshore/agent), nor read flags or environment variables (the
// `rwabridge sim` command does).
package sim

// Package policy owns rwabridge's disclosure policies: their YAML schema,
// strict loading and validation with named errors, epoch arithmetic, and the
// canonical policy hash that proofs and the L2 registry bind.
//
// # Schema
//
// A policy is one YAML document, a mapping with exactly these keys (all
// required; no others):
//
//	id                   name: lowercase letters, digits, single hyphens; ≤ 31 bytes; starts with a letter
//	version              integer ≥ 1, raised with every change
//	asset                kind of asset; battery-swap-cabinet
//	epoch                epoch length: 1h 2h 3h 4h 6h 8h 12h, or 1d … 7d
//	                     (also "24h", "1w", or seconds such as 86400)
//	disclose             list of metrics each proof discloses, each once, any order:
//	                     swaps, energy_wh, revenue_cents, active_cabinets, min_soh_permille
//	min_active_cabinets  k-anonymity threshold ≥ 1: epochs with fewer active cabinets are disclosed suppressed, without figures
//	record_bounds        per-record physical bounds (inclusive), as telemetry.Bounds:
//	  min_energy_wh        least energy of a swap, Wh
//	  max_energy_wh        most energy of a swap, Wh (> 0, ≥ min_energy_wh)
//	  max_fee_cents        highest fee of a swap, cents (> 0)
//	  min_soh_permille     lowest state of health of an issued battery, 0 … 1000
//	sanity               registry-side bounds, one entry per disclosed metric and no other:
//	  <metric>:
//	    max                largest value in one epoch (> 0)
//	    max_growth_bp      largest increase over the reference (the last nonzero value shown), basis points (≤ 1 000 000)
//	    max_drop_bp        largest decrease below the reference, basis points (≤ 10 000)
//	payout_share_bp      share of proven revenue paid to token holders, 0 … 10000 basis
//	                     points; above 0 requires revenue_cents in disclose
//	withheld             record fields that never leave the onshore ledger; must include
//	                     battery_in and battery_out and can not name a committed field
//	                     (pool, cabinet, seq, time, energy_wh, fee_cents, soc_in, soc_out,
//	                     soh_permille)
//
// Cross-field rules: sanity.active_cabinets.max and sanity.swaps.max are at
// least min_active_cabinets, and sanity.min_soh_permille.max lies between
// record_bounds.min_soh_permille and 1000, so that some epoch can pass.
//
// # What a disclosure reveals
//
// A disclosure made under a policy makes public, for one pool and epoch:
// the disclosed metrics (a withheld one is 0 everywhere and no figure), the
// policy hash, the epoch root and its chunk roots (hashes), and the number
// of chunks n. It never makes public a record, a withheld field, or the
// record count — which is the swaps, so withholding swaps withholds it (the
// circuit keeps every chunk's count private and proves every chunk but the
// last full). The one residual figure is n: the records fill chunks of the
// circuit's capacity C in order, so n places the swaps in ((n−1)·C, n·C]
// (at C = 1024 and a pool's daily swaps below 1024, n = 1 says only "at
// most 1024"). With min_active_cabinets, the k-anonymity rule: an epoch
// with fewer active cabinets (or none) is disclosed suppressed — in its
// place in the pool's sequence of epochs, with no figure at all, its proof
// saying only that it was below k — so every ended epoch is accounted for
// and a missing one means only that the relay is behind.
//
// Parse and Load reject unknown and duplicate keys, values of the wrong type
// (a fraction or quoted number where a whole number belongs), empty files and
// files with more than one document, naming the line. They then report every
// missing key and every broken rule at once. Each problem is a *FieldError
// wrapping one sentinel (ErrUnknownKey, ErrBadEpochLength, ErrBadThreshold, …);
// match with errors.Is.
//
// # Epochs
//
// Epoch e covers the unix seconds [e·L, (e+1)·L) for the epoch length L:
// epochs are aligned to the unix epoch with no offset. Daily epochs are UTC
// days; weekly epochs run from Thursday 00:00 UTC (1970-01-01 was a
// Thursday). Sub-day lengths divide the day, so they tile UTC days too. See
// Policy.EpochOf, EpochStart and EpochEnd.
//
// # Hash
//
// Policy.Hash is a BN254 scalar-field element: Poseidon2 in gnark-crypto's
// Merkle–Damgård mode (HashElements) over the NumParams elements of
// Policy.CircuitParams, in this order:
//
//  0. DomainTag: "rwabridge.policy.v1" as a big-endian integer
//  1. epoch length in seconds
//  2. min_active_cabinets
//  3. record_bounds.min_energy_wh
//  4. record_bounds.max_energy_wh
//  5. record_bounds.max_fee_cents
//  6. record_bounds.min_soh_permille
//  7. disclosed metrics as a bitmask (bit i = Metric(i): swaps 0, energy_wh 1,
//     revenue_cents 2, active_cabinets 3, min_soh_permille 4)
//  8. Digest: SHA-256 of CanonicalEncoding (every field, normalized),
//     truncated to its first 248 bits
//
// A circuit recomputes the hash from the parameters it enforces plus the
// digest (gnark std/hash/poseidon2, nine compressions), so its thresholds
// need no public inputs of their own. The hash does not depend on YAML
// formatting, key order, comments, or the order of the disclose and withheld
// lists; every value change changes it.
//
// The package does not own which policies exist (package policies embeds the
// real ones), where a policy is allowed (the L2 registry pins hashes), the
// circuit that enforces it (circuits/), or applying sanity bounds (the
// registry contract does). It reads no flags or environment variables and
// does no I/O beyond Load's one file.
package policy

// Package status owns `rwabridge status`: one screen that says where a
// deployment stands, read from every part an operator runs, and the
// document (Report) its --json prints.
//
// Gather reads, each into its own section, and each section on its own:
//
//   - Onshore: the ledger (embedded or Fabric, through a ledger.Client):
//     devices registered per pool, records ingested (sealed plus awaiting a
//     seal) and those awaiting a seal with the epochs they are in, the last
//     seal (epoch, its span, when it was sealed), seals disclosable and
//     suppressed (below k: disclosed without figures), exports logged, and the disclosable seals not yet exported
//     ("awaiting disclosure") of which the relayer has no proof yet
//     ("proofs pending").
//   - Agent: the agent's durable queue (events waiting for the ledger); a
//     running agent holds it, which is said, not an error.
//   - Relayer: the relayer's outbox, every (pool, epoch) counted by state
//     (bridge/outbox.States), the failed ones named with why.
//   - L2: per pool of the registry, read with offshore/investor's Reader
//     (the one reader of the registry the investor view uses): the latest
//     disclosed epoch, whether the registry says the pool is stale and
//     which epoch is missing, and the kind of keys the pool's verifier
//     pins (investor.Keys: dev-insecure, mpc-ceremony or unknown, with how
//     that is known).
//
// A section that can not be read says why (State and Detail) and the
// others are still read: Report.OK is false when the ledger or the L2
// could not be read, or a queue or outbox could not be read for a reason
// other than a running process holding it.
//
// # JSON document (Report, schema "rwabridge.status/v1")
//
// Fields are only ever added within a schema version. Times are RFC 3339
// UTC; digests and field elements are 0x and 64 hex digits; every list is
// [] rather than null; a section that was not asked for has state
// "not_configured".
//
//	{
//	  "schema": "rwabridge.status/v1",
//	  "read_at": time,
//	  "ok": bool,
//	  "onshore": {"state", "detail", "backend": "embedded"|"fabric", "source",
//	              "registry", "devices",
//	              "pools": [{"pool", "devices", "revoked_devices", "epoch_seconds",
//	                         "ingested", "sealed_records", "unsealed_records",
//	                         "unsealed_epochs": [uint], "seals", "disclosable",
//	                         "suppressed", "exported",
//	                         "last_seal": null | {"epoch", "start", "end", "sealed_at",
//	                                              "records", "active_cabinets", "disclosable"},
//	                         "awaiting_disclosure": [uint], "proofs_pending": null | int}]},
//	  "agent":   {"state", "detail", "path", "queued", "queued_bytes"},
//	  "relayer": {"state", "detail", "path", "entries",
//	              "states": {"sealed": n, "proved": n, …, "failed": n},
//	              "failed": [{"pool", "epoch", "note"}]},
//	  "l2":      {"state", "detail", "rpc", "registry", "chain_id", "block", "block_time",
//	              "pools": [{"pool", "active", "epoch_seconds", "latest_epoch": null | uint,
//	                         "disclosures", "stale", "missing_epoch": null | uint,
//	                         "missing_epoch_end": null | time, "verifier", "vk_hash",
//	                         "keys": {"kind", "source", "insecure"}}]}
//	}
//
// The section states are StateOK, StateNotConfigured, StateAbsent,
// StateInUse, StateUnreachable and StateError.
//
// The package reads no flags; it opens no ledger (the caller hands it a
// client, or the error opening one gave) and creates nothing: a queue or
// outbox that does not exist is reported absent, not made.
package status

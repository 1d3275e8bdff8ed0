// Package governance changes what rwabridge's contracts accept, the only
// way it can be changed after deployment: through the timelock
// (RWATimelock) that is the default admin of the DisclosureRegistry, the
// IdentityRegistry and the RWAToken. A proposer schedules a Change, which
// emits CallScheduled and becomes executable once the timelock's delay has
// passed (days in production); anyone watching the timelock sees it
// coming, and a canceller (the guardian among them) can cancel it before.
//
// It owns the Changes (set the committee, allow or withdraw a policy, set
// sanity bounds, upgrade a pool's verifier, grant or revoke a role — the
// contracts' or the timelock's own —, unpause, reactivate a pool, change
// the timelock's delay, begin a default admin transfer), scheduling,
// listing operations decoded into words, executing a ready one and
// cancelling a pending one. It does not own the contracts or their
// deployment (offshore/deploy), nor the instant powers of the guardian
// and the operator (pause, deactivate a pool), which need no timelock.
//
// Times are shown in one form: RFC 3339 in UTC, to the second
// (2026-12-09T10:00:00Z), by FormatTime.
package governance

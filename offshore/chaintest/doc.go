// Package chaintest is rwabridge's one test world, for every test package
// that needs keys, a chain, contracts or proofs:
//
//   - Keys: INSECURE development keys of the summary circuit at Capacity
//     (circuits/keys), set up once per test binary or in a given directory;
//     ProveEpoch proves a generated epoch (onshore/sim.EpochEvents) with
//     them, as the real prover does (circuits/prover);
//   - NewShape: a tiny circuit with the verifier contract's public-input
//     shape, so contract tests can prove statements the registry must
//     reject for reasons other than the proof;
//   - NewChain: a funded in-process Osaka chain (onchain.NewSimulated),
//     optionally served over HTTP JSON-RPC for other processes, mined on
//     demand or by a goroutine, forkable for reorgs;
//   - Deploy: the contracts (offshore/deploy) for one pool with a committee,
//     administered by a timelock whose proposer and executor is the chain's
//     Admin, and a Deployment that proves, signs (a quorum of any members),
//     submits, governs (Govern: schedule on the timelock, move the clock on
//     by the delay, execute — the only way admin calls are made), rotates
//     the committee that way and onboards token holders.
//
// The auditor's, the investor view's and the bridge's fixtures
// (offshore/audit/audittest, offshore/investor/investortest,
// bridge/internal/bridgetest) are scenarios built from these parts.
//
// It is test support, as net/http/httptest is: no production package
// imports it, so none of it is linked into the rwabridge binary
// (internal/layering checks both).
package chaintest

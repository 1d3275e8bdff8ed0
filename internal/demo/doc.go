// Package demo owns `rwabridge demo`: the whole system, once, in one
// process, on its embedded defaults. Run drives eleven stages and prints each
// with its elapsed time:
//
//  1. simulate a fleet of cabinets (onshore/sim), or take a fleet directory
//     written by `rwabridge sim`;
//  2. ingest its events with the agent (onshore/agent, drained like --once)
//     into the embedded onshore ledger of the data directory;
//  3. seal every ended epoch that has records under the embedded default
//     policy (policies.Default); an epoch of more chunks than one L2
//     transaction carries is relayed in parts (stage 7);
//  4. hold the key ceremony of the consortium's three orgs (Committee) for
//     the ledger's chunk capacity (ceremony.go: circuits/ceremony, the
//     production code path): each org contributes to both phases with
//     its attestor key and records each contribution on the onshore
//     ledger as itself; each phase is closed with the beacon its plan
//     announces, the hash of the ledger block that records the phase's
//     last contribution; then the ceremony is verified as an auditor
//     would (ceremony.Verify with the beacons looked up on the ledger,
//     CheckLog against the ledger's log) before its keys are used. With
//     Config.DevKeys: development keys instead (circuits/keys), cached in
//     the data directory — INSECURE, and said so;
//  5. prove every sealed epoch, suppressed (no figures) below k
//     (circuits/prover);
//  6. deploy the L2 contracts (offshore/deploy) on go-ethereum's in-process
//     simulated chain under Osaka rules: the timelock first (a 30-second
//     delay, GovernanceDelay, where production waits days), then the
//     registry born with a 2-of-3 committee of the consortium orgs' keys,
//     the pool and its policy, each contract administered by the timelock;
//     and make investors: verified identities and RWA tokens minted to them;
//  7. attest every seal with each org's attestor and post the disclosures
//     with the relayer (bridge/attest, bridge/relay): the same code paths a
//     production deployment runs, nothing posted around them;
//  8. change the committee as governance must (offshore/governance):
//     schedule it on the timelock (CallScheduled, with its ready time), see
//     an early execution refused, move the simulated clock past the delay
//     and execute it (CallExecuted, CommitteeSet with the new version);
//     the same orgs' keys under a new version, between disclosed epochs;
//  9. deposit a test-stablecoin payout for each disclosed epoch with revenue
//     (revenue × the policy's payout share, in payout-token units) and claim
//     it for every holder;
//  10. verify every disclosure offline (circuits/bundle.Verify against the
//     verifying key) and against the chain (the registry's record and the
//     DisclosureAccepted event carry the bundle's figures);
//  11. print the investor summary and "all N disclosures verified".
//
// A data directory can be reused: the fleet, the keys (a verified
// ceremony while its keys are those its verification derived, or
// development keys) and the proof bundles are kept, and so is the ledger (which takes each event and seal
// once) until a run has exported disclosures from it. The simulated chain
// lives in memory and is built anew by every run; the ledger's export log
// is append-only and would point at the transactions of a chain that is
// gone, so the next run starts the ledger (and the agent's queue) afresh —
// the same records give the same seals, so the bundles still fit, and
// each org records its ceremony contributions on the new ledger again. A
// directory made with other parameters is refused with ErrDataDirMismatch;
// Config.Fresh starts clean, with a new ceremony (keeping development
// keys). A run holds an exclusive
// lock on DataDir/demo.lock from before it touches the directory until it
// returns: a second run on the same directory (which would reset the
// ledger the first is using) is refused with ErrDataDirInUse, naming the
// process that holds it.
//
// With Config.Serve, Run keeps the chain running after the summary,
// serving its JSON-RPC (eth, net, web3) on Config.RPCAddr and mining a
// block whenever transactions are pending, until its context ends. It
// closes the onshore ledger first, so other commands (rwabridge status,
// ledger show, prove) can read it meanwhile, and records the deployment
// in DataDir/l2/deployment.json, where rwabridge status --data finds the
// registry.
//
// RunScale (`rwabridge bench scale`) runs the same stages for one pool and
// one epoch of N records, timing each (wall and CPU): a fleet simulated for
// one day of which the first N events are sent, ingested by the agent into
// an embedded ledger in a temporary directory, sealed, development keys
// cached in a directory of the caller's, the contracts deployed, every
// chunk proven with local workers, attested by the three orgs, relayed by
// the relayer (its transactions and gas counted) and verified: the
// registry's record against the seal, then as verify above. It lives here
// to run the demo's stages rather than twins of them.
//
// The package reads no flags or environment variables: `rwabridge demo`
// fills a Config, `rwabridge bench scale` a ScaleConfig. It owns no part of
// the system it runs.
package demo

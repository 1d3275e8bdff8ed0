// Package layering holds only a test: it keeps the imports between rwabridge's
// parts pointing upstream along the data flow (telemetry → onshore ledger →
// circuits → bridge → offshore), as ../shared/STYLE.md asks. The rules
// (layering_test.go):
//
//   - the shared leaves (internal/field, atomicfile, backoff, liveness,
//     strictyaml) import only each other; the telemetry model imports
//     nothing; the commitment only the telemetry model; the policies only
//     those and the shared leaves;
//   - nothing onshore imports the bridge, offshore or circuits beyond the
//     commitment; circuits import neither the bridge nor offshore; offshore
//     does not import the bridge;
//   - the bridge imports neither the investor view, the auditor, the
//     deployer, the token operator nor the demo; the attestor reaches no
//     contract binding and no L2 client;
//   - only offshore/onchain, registry, deploy, token, audit, investor,
//     gasbench and the test world import offshore/bindings directly;
//   - only cmd/ imports the demo; no production package imports a test-only
//     one (offshore/chaintest and the scenario fixtures), and the rwabridge
//     binary links none.
package layering

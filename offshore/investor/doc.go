// Package investor is the investor view of rwabridge: it reads a
// DisclosureRegistry on the L2 (never anything onshore) and shows each
// pool's verified figures per epoch and why they can be trusted.
//
// Reader reads a Snapshot at one block: the pools the registry configured
// (PoolConfigured events; poolInfo, isStale, latestEpoch, the verifier's
// vkHash), every DisclosureAccepted event with its figures, and for each
// disclosure the evidence:
//
//   - verified on-chain: the registry's record(pool, epoch) holds this
//     disclosure's struct hash, accepted in the event's block;
//   - the committee signers, recovered from the signatures in the
//     submitting transaction's calldata (submitDisclosure,
//     submitSingleChunkDisclosure or its item of a submitDisclosures
//     batch) over the EIP-712 digest, checked against
//     the committee version the registry accepted it under (CommitteeSet
//     events), and that version's threshold;
//   - re-verified locally: every chunk proof is checked offline with gnark
//     against public inputs recomputed in Go (offshore/disclosure), with
//     the verifying key the disclosure's verifier contract returns
//     (verifyingKey(), rebuilt and its hash checked against vkHash() by
//     offshore/audit.ReadVerifierKey; the evidence says so), or with a key
//     file (Config.VK) whose hash is the pool verifier's. With another key
//     file, or when the key or the calldata can not be read, the verdict
//     is "not checked"; a verifier whose key words do not hash to its
//     vkHash() is "failed"; it never claims more than it checked;
//   - the policy hash, named when it is one of the embedded policies, and
//     its payout share (policyTerms);
//   - the kind of keys the verifier pins (Pool.Keys), from the key set
//     given (Config.VK and its metadata) when its hash is the verifier's:
//     a ceremony's set names the orgs that contributed (Config.VKCeremony,
//     "Keys from a ceremony of 3 orgs: …", on the metadata's word: the
//     transcript is checked by rwabridge ceremony verify and audit verify
//     --ceremony); development keys, or keys no given set names, carry a
//     warning.
//
// Config also says how things are shown: SignerNames names committee
// members by the org they sign for ("OperatorMSP (0x…)", LoadSignerNames
// reads a YAML mapping of addresses to names), Currency the ISO 4217 code
// of the revenue ("" shows "currency units"), Explorer a block explorer's
// URL template the page links transactions, addresses and blocks with.
// Each disclosure counts the signatures of committee members against the
// threshold ("3 signatures, 2 required") and flags any other signer. A
// stale pool names its first missing epoch (Pool.Missing).
//
// The pool's token adds supply, holders (balances replayed from Transfer
// events) and payouts per epoch (PayoutDeposited, PayoutClaimed).
//
// Watcher re-reads when the chain has a new block (a failed read is a
// *ReadError saying since when reads fail: the page then shows "L2
// unreachable since …" with the figures of the last block read); Server
// serves the web view from it: an index of pools, a page per pool whose figures are drawn
// as inline SVG charts by the embedded script (every asset is embedded:
// the page needs no internet), a table per epoch, the evidence, token
// facts, and CSV (RFC 4180) and JSON downloads, which carry the same
// integer figures under the same names (energy_wh, revenue_cents,
// min_soh_permille) and the currency. The page re-fetches its
// JSON every few seconds.
//
// Routes:
//
//	GET /                              pools
//	GET /pools.json                    the whole Snapshot
//	GET /pool/{id}                     a pool's page
//	GET /pool/{id}/disclosures.json    the pool (PoolView)
//	GET /pool/{id}/disclosures.csv     one row per epoch (CSVHeader)
//	GET /static/…                      embedded CSS, script, icon
//	GET /healthz                       200 once the registry was read
//
// investortest builds a simulated chain with real disclosures for tests.
//
// It does not own the contracts or their bindings (offshore/bindings), the
// disclosure encoding (offshore/disclosure) nor flags: cmd/rwabridge's
// `investor serve` and `investor list` wire it.
package investor

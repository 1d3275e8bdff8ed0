// Package fabric is the Hyperledger Fabric back end of the onshore ledger:
// the contract (package ledger) as chaincode served as a service, and a
// Fabric Gateway client that implements ledger.Invoker, so
// ledger.NewClient(gateway) gives the agent, the sealer, the prover,
// attestors and relayers the same API as the embedded ledger.
//
// # Chaincode
//
// Chaincode is a shim.Chaincode (fabric-chaincode-go/v2, served by
// shim.ChaincodeServer from `rwabridge chaincode`) whose Invoke maps the
// proposal's function and arguments onto Contract.Dispatch through a
// ledger.TxContext adapter (NewTxContext): Get/Put/Range on the world state,
// the Private* methods on the records private data collection, Time from
// GetTxTimestamp, Caller from the creator's MSP id and certificate (admin:
// the NodeOU "admin", or the Fabric CA attribute rwabridge.admin=true),
// SetEvent as the chaincode event. The raw shim is used rather than
// fabric-contract-api-go: the contract already has one entry point with
// byte arguments and its own error wire form, which the contract API's
// reflection, JSON schema and metadata would only wrap.
//
// Raw records never reach a block. SubmitBatch's argument travels in the
// proposal's transient map (TransientArg), which endorsers see and
// orderers and blocks do not; the chaincode refuses it in the proposal
// arguments. The contract writes records to the private data collection of
// the operator and auditor orgs (deploy/fabric/collections_config.json);
// the channel holds only their hashes (Fabric's private write set hashes and
// the contract's dedupe keys). Seals, the device registry, attestations and
// the export log are channel state; Seal emits the chaincode event
// ledger.EventSealCreated with the seal (no records). A client of an org
// outside the collection that reads or writes records is refused by the
// peer (memberOnlyRead, memberOnlyWrite); the adapter turns that refusal
// into ledger.ErrNotAuthorized, naming the org and the identity to use,
// where any other stub failure is ErrStub (code "internal").
//
// Fabric refuses writes in a transaction after a range query on private
// data, and Seal reads an epoch's records by range before writing the seal.
// So PutPrivate also writes an index entry of the key on the channel
// (PrivateIndexPrefix), and transactions read private ranges through it: a
// public range query, re-checked for phantoms at commit, then one
// GetPrivateData per record. Queries read private ranges directly. See
// PrivateIndexPrefix for why the index reveals nothing new.
//
// The adapter adds no nondeterminism to the contract: it reads only what
// the signed proposal fixes (timestamp, creator, arguments, transient data)
// and the state, ranges come back in key order, and every peer runs it with
// the same contract configuration.
//
// Endorsement. The chaincode is committed with the channel's default
// endorsement policy, MAJORITY of the three orgs. A transaction endorsed by
// one org alone is invalid (ENDORSEMENT_POLICY_FAILURE). Sealing and
// reading records need peers that hold the collection (operator and
// auditor, a majority of three); for SubmitBatch's transient data the
// Gateway picks only collection members on its own. Device registration,
// key rotation (RotateDeviceKey) and revocation are transactions like any
// other: the same policy governs them, and the contract accepts them only
// from an admin of the operator org. A key change reads the cabinet's
// records through the private index (to refuse one back-dated before
// them), so, like a seal, it is endorsed by collection members and
// invalidated (PHANTOM_READ_CONFLICT) by a record of the cabinet committed
// between its endorsement and its commit.
//
// # Gateway client
//
// Gateway uses fabric-gateway (pkg/client) — the maintained Fabric client
// since Fabric 2.4; fabric-sdk-go is deprecated and archived. Invoke submits
// (endorse, submit, wait for the commit status) with SubmitBatch's argument
// as transient data; Query evaluates. Failures come back as *TxError
// wrapping the gateway's *client.EndorseError, *client.SubmitError,
// *client.CommitStatusError or *client.CommitError (CommitCode reads the
// validation code), and a contract error inside them is read back with
// ledger.FromWire, so errors.Is(err, ledger.ErrAlreadySealed) holds as
// over the embedded ledger. Endorsement failures of a starting network and
// MVCC_READ_CONFLICT / PHANTOM_READ_CONFLICT are retried with backoff,
// endorsing again (the contract is idempotent); contract errors never are.
// Endorsers restricts the endorsing orgs. ListenSeals delivers
// EventSealCreated events from a file checkpoint
// (client.NewFileCheckpointer), resuming where it stopped; the attestor and
// the relayer wait on it through onshore/ledger/backend (Conn.Seals) and
// pass as soon as a seal is committed instead of only polling.
//
// Configuration is a Config loaded strictly from YAML (LoadConfig,
// ParseConfig); `rwabridge --ledger-config` files carry it under "fabric:".
//
// The package does not own the contract (package ledger), the network
// (deploy/fabric: crypto material, channel, lifecycle, processes) or any
// flags and environment variables (cmd/rwabridge).
package fabric

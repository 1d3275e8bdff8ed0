// Package embedded is rwabridge's embedded ledger: the single-machine
// default back end of the onshore ledger. It runs the same contract code as
// the Fabric back end (package ledger's Contract, through Dispatch) over a
// durable embedded store, and keeps a hash-chained, signed block log that
// anyone holding the directory can re-verify.
//
// # One process holds every org's key
//
// The consortium orgs (Config.Orgs, each an MSP id with an ECDSA P-256 key,
// as Fabric MSP identities are) sign every block, and a block is valid when a
// majority of them signed it. In the embedded ledger all org keys live in the
// same directory and are used by the same process. That makes the chain
// tamper-evident and keeps the commit policy checkable, but it does not
// separate the orgs: whoever runs the process can sign for all of them. It is
// the default for trying rwabridge on one machine and for tests. A real
// consortium runs the Fabric back end, where each org keeps its key on its
// own peer.
//
// # Transactions
//
// Invoke runs one contract call as one transaction: Dispatch executes in a
// bbolt write transaction, through a TxContext that reads committed state and
// buffers its writes (so the contract reads its own writes, and an error
// leaves no trace). Its time is the block's timestamp, read once from the
// clock when the block is cut (and never before the previous block's). Then
// the ledger writes the buffered state, stores the arguments, appends the
// signed block and commits with fsync; Invoke returns only after that commit.
// An acknowledged transaction is durable: it survives kill -9 and power loss
// (to the extent the disk honours fsync). One committer serialises writers;
// concurrent Invokes waiting for it are grouped into one block (group
// commit, up to Config.Block) and one fsync. Query runs in a bbolt read
// transaction, concurrently with other queries and the committer; its writes
// fail with ErrReadOnly.
//
// # Blocks
//
// Block 0 (genesis) records the orgs' public keys and the contract
// configuration; they are fixed for the ledger's life. Block h > 0 holds
// height, the previous block's hash, its time, its transactions and the state
// hash, and the org signatures over its hash. A transaction records its id
// (SHA-256 of a nonce and the caller, as Fabric builds tx ids), the caller
// identity, the function name, the hash of its arguments, its write set and
// event, and the write-set hash. Public writes appear with their values;
// private collection writes appear only as hashes of key and value (as on a
// Fabric channel), their values are in the private state. The arguments are
// not in the block either: SubmitBatch's carry raw records. They are kept in
// the argument store (bucket "args", by tx id), private like the collections,
// so that Verify can replay them. The state hash chains the write sets:
// S₀ = 0, Sᵢ = SHA-256(tag, Sᵢ₋₁, write-set hashᵢ) over every transaction in
// order. See Block for the encoding.
//
// # Verification
//
// Verify walks every block from genesis, checks links, hashes and
// signatures, replays every transaction through Dispatch on a fresh in-memory
// state, and compares write sets, the state hash and finally the whole stored
// state; the first break is a *BlockError naming the block.
//
// The package does not own the contract logic (package ledger), the Fabric
// back end, or any flags and environment variables: configuration is a
// Config, loaded from YAML by LoadConfig or OpenDir.
package embedded

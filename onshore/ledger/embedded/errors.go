package embedded

import (
	"errors"
	"fmt"
)

// Errors of the engine. Match them with errors.Is; a broken chain is a
// *BlockError that wraps one of the Err…Broken sentinels below.
var (
	// ErrBadConfig wraps every Config problem (see Config.Validate).
	ErrBadConfig = errors.New("bad embedded ledger config")
	// ErrConfigMismatch: the configured orgs or their keys differ from the
	// ones the genesis block recorded. The org set is fixed at genesis.
	ErrConfigMismatch = errors.New("config does not match the genesis block")
	// ErrMissingKey: an org's key file is gone although the ledger already
	// has a genesis block (a new key would not match it).
	ErrMissingKey = errors.New("org key file missing")
	// ErrBadKey: an org's key file is not a PEM ECDSA P-256 private key.
	ErrBadKey = errors.New("bad org key file")
	// ErrNoLedger: a data directory holds no embedded ledger (OpenExisting).
	ErrNoLedger = errors.New("no embedded ledger")
	// ErrLocked: another process (an agent, another CLI) has the ledger open.
	ErrLocked = errors.New("ledger is open in another process")
	// ErrClosed: the Ledger was closed.
	ErrClosed = errors.New("ledger closed")
	// ErrUnknownOrg: the caller's MSP id is not one of the consortium orgs.
	ErrUnknownOrg = errors.New("caller's org is not in the consortium")
	// ErrTxTooLarge: a transaction's arguments exceed the block byte limit.
	ErrTxTooLarge = errors.New("transaction larger than the block limit")
	// ErrReadOnly: a query tried to write (Put, PutPrivate, SetEvent).
	ErrReadOnly = errors.New("write in a read-only query")
	// ErrBadKeyName: a state key or collection name is empty or not UTF-8.
	ErrBadKeyName = errors.New("bad state key")
	// ErrEmptyValue: Put of an empty value (Fabric reads it as a delete, so
	// contracts may not rely on it).
	ErrEmptyValue = errors.New("empty state value")
	// ErrContractPanic: the contract panicked; the transaction is aborted.
	ErrContractPanic = errors.New("contract panicked")
	// ErrTxNotFound: no committed transaction has the id.
	ErrTxNotFound = errors.New("transaction not found")
	// ErrNoBlock: no block has the height.
	ErrNoBlock = errors.New("no such block")
)

// What broke in a block, as found by Verify. Each is wrapped in a *BlockError.
var (
	// ErrBlockMalformed: the stored block does not decode, or its height is
	// not its key's.
	ErrBlockMalformed = errors.New("block malformed")
	// ErrLinkBroken: the block's previous-block hash is not the hash of the
	// block before it, its height does not follow, or its time goes back.
	ErrLinkBroken = errors.New("link to the previous block broken")
	// ErrSignatureBroken: a signature does not verify, an org signed twice or
	// is unknown, or fewer than a majority of the orgs signed.
	ErrSignatureBroken = errors.New("block signatures invalid")
	// ErrArgsBroken: a transaction's stored arguments are missing or do not
	// hash to the block's args hash.
	ErrArgsBroken = errors.New("transaction arguments do not match the block")
	// ErrWriteSetBroken: replaying a transaction through the contract fails
	// or yields another write set or event than the block recorded.
	ErrWriteSetBroken = errors.New("replayed write set differs from the block")
	// ErrStateBroken: the chained state hash differs from the replayed one,
	// or the stored world state differs from the replayed state.
	ErrStateBroken = errors.New("state differs from the replayed state")
)

// BlockError names the first broken block Verify found: its height, the
// transaction (when one is to blame), and what broke (one of the
// Err…Broken sentinels, possibly wrapping a cause).
type BlockError struct {
	Height uint64
	TxID   string // empty when the block as a whole is broken
	Key    string // the state key, for ErrStateBroken found in the final comparison
	Err    error
}

func (e *BlockError) Error() string {
	s := fmt.Sprintf("block %d", e.Height)
	if e.TxID != "" {
		s += fmt.Sprintf(" tx %s", e.TxID)
	}
	if e.Key != "" {
		s += fmt.Sprintf(" key %q", e.Key)
	}
	return s + ": " + e.Err.Error()
}

func (e *BlockError) Unwrap() error { return e.Err }

func broken(height uint64, txID string, what error, format string, args ...any) *BlockError {
	return &BlockError{Height: height, TxID: txID, Err: fmt.Errorf("%w: "+format, append([]any{what}, args...)...)}
}

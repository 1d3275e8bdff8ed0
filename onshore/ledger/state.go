package ledger

import (
	"context"
	"time"
)

// State is the world state one transaction reads and writes. It is what both
// back ends provide to the contract: the embedded ledger (bbolt) and Fabric
// (the chaincode stub). Keys are printable UTF-8 strings; Range visits keys
// in [start, end) in byte order.
//
// Private collections hold raw records: on Fabric they are a private data
// collection of the operator and auditor orgs, with only hashes on the
// channel; the embedded ledger keeps them in their own bucket and puts their
// hashes in blocks.
type State interface {
	// Get returns nil, nil when the key is absent.
	Get(key string) ([]byte, error)
	Put(key string, value []byte) error
	Range(start, end string, visit func(key string, value []byte) error) error

	GetPrivate(collection, key string) ([]byte, error)
	PutPrivate(collection, key string, value []byte) error
	RangePrivate(collection, start, end string, visit func(key string, value []byte) error) error
}

// Identity is who submitted a transaction: an org (Fabric MSP id) and the
// submitter's role within it.
type Identity struct {
	MSPID string `json:"msp_id"`
	// ID names the submitter (a certificate subject on Fabric).
	ID string `json:"id"`
	// Admin is true for an org administrator (device registry changes need
	// the operator org's admin).
	Admin bool `json:"admin"`
}

// TxContext is one transaction as the contract sees it. Time is the
// transaction's timestamp (Fabric: GetTxTimestamp), never the local clock:
// contract code must be deterministic.
type TxContext interface {
	State
	TxID() string
	Time() time.Time
	Caller() Identity
	// SetEvent emits an event with the transaction (Fabric chaincode event).
	SetEvent(name string, payload []byte) error
}

// Invoker submits contract calls to a ledger back end: the embedded ledger
// in-process or a Fabric network through the Gateway. Invoke commits a
// transaction (and returns after it is durable); Query evaluates without
// committing. Args and results are the contract's encodings.
type Invoker interface {
	Invoke(ctx context.Context, fn string, args ...[]byte) ([]byte, error)
	Query(ctx context.Context, fn string, args ...[]byte) ([]byte, error)
}

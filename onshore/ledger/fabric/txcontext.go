package fabric

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/hyperledger/fabric-chaincode-go/v2/pkg/cid"
	"github.com/hyperledger/fabric-chaincode-go/v2/shim"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// Stub is the part of the chaincode stub the TxContext adapter uses.
// shim.ChaincodeStubInterface satisfies it; tests use a fake.
type Stub interface {
	GetTxID() string
	GetTxTimestamp() (*timestamppb.Timestamp, error)
	GetCreator() ([]byte, error)

	GetState(key string) ([]byte, error)
	PutState(key string, value []byte) error
	GetStateByRange(startKey, endKey string) (shim.StateQueryIteratorInterface, error)

	GetPrivateData(collection, key string) ([]byte, error)
	PutPrivateData(collection, key string, value []byte) error
	GetPrivateDataByRange(collection, startKey, endKey string) (shim.StateQueryIteratorInterface, error)

	SetEvent(name string, payload []byte) error
}

var _ Stub = (shim.ChaincodeStubInterface)(nil)

// Who counts as an admin of its org (ledger.Identity.Admin): the submitter's
// certificate carries the organisational unit AdminOU (Fabric NodeOUs, as
// cryptogen and Fabric CA issue for admin identities), or the Fabric CA
// attribute AdminAttribute with the value "true".
const (
	AdminOU        = "admin"
	AdminAttribute = "rwabridge.admin"
)

// txContext is one chaincode transaction as ledger.TxContext: world state
// and the private data collection through the stub, time from the proposal's
// timestamp, the caller from the creator's MSP id and certificate.
type txContext struct {
	stub   Stub
	id     string
	time   time.Time
	caller ledger.Identity
	query  bool
}

// Private range reads in a transaction that writes.
//
// Fabric refuses every write after a range query on private data in the
// same transaction ("Transaction has already performed queries on pvt data.
// Writes are not allowed"), because the committing peers can not re-check
// such a range for phantoms. Seal reads an epoch's records by range and then
// writes the seal. So PutPrivate also writes an index entry for the key on
// the channel, PrivateIndexPrefix + collection + "/" + key (value "1"), and
// in transactions RangePrivate reads the range of the index (a public range
// query, which is checked for phantoms at commit: a record stored between a
// seal's endorsement and its commit invalidates the seal,
// PHANTOM_READ_CONFLICT, and the client endorses it again) and then each
// record with GetPrivateData. The index names only keys: a record key
// r/<pool>/<hour>/<cabinet>/<seq> says no more than the dedupe key
// k/<pool>/<cabinet>/<seq> and its hour already on the channel, and Fabric
// puts the hash of every private key and value in the block anyway. Queries
// (which never write) read private ranges directly.
const PrivateIndexPrefix = "~pi/"

var indexMark = []byte("1")

func indexKey(collection, key string) string { return PrivateIndexPrefix + collection + "/" + key }

var _ ledger.TxContext = (*txContext)(nil)

// NewTxContext adapts a chaincode stub to ledger.TxContext. It reads the
// transaction's timestamp and its creator (MSP id, certificate subject, admin
// role: see AdminOU) once; everything it reads is fixed by the signed
// proposal, so every endorsing peer sees the same context. query is true for
// a call that never writes (ledger.IsQuery): its private ranges are read
// directly rather than through the index (PrivateIndexPrefix).
func NewTxContext(stub Stub, query bool) (ledger.TxContext, error) {
	ts, err := stub.GetTxTimestamp()
	if err != nil {
		return nil, fmt.Errorf("%w: transaction timestamp: %w", ErrStub, err)
	}
	if ts == nil || ts.CheckValid() != nil {
		return nil, fmt.Errorf("%w: transaction timestamp %v is not valid", ErrStub, ts)
	}
	caller, err := callerOf(stub)
	if err != nil {
		return nil, err
	}
	return &txContext{stub: stub, id: stub.GetTxID(), time: ts.AsTime().UTC(), caller: caller, query: query}, nil
}

// callerOf reads the submitting identity from the creator bytes.
func callerOf(stub Stub) (ledger.Identity, error) {
	c, err := cid.New(stub)
	if err != nil {
		return ledger.Identity{}, fmt.Errorf("%w: creator: %w", ErrStub, err)
	}
	msp, _ := c.GetMSPID()
	cert, err := c.GetX509Certificate()
	if err != nil || cert == nil {
		return ledger.Identity{}, fmt.Errorf("%w: creator of MSP %q has no X.509 certificate (idemix identities are not supported)", ErrStub, msp)
	}
	admin, err := c.HasOUValue(AdminOU)
	if err != nil {
		return ledger.Identity{}, fmt.Errorf("%w: creator OUs: %w", ErrStub, err)
	}
	if !admin {
		v, found, err := c.GetAttributeValue(AdminAttribute)
		if err != nil {
			return ledger.Identity{}, fmt.Errorf("%w: creator attribute %s: %w", ErrStub, AdminAttribute, err)
		}
		admin = found && v == "true"
	}
	return ledger.Identity{MSPID: msp, ID: cert.Subject.String(), Admin: admin}, nil
}

func (t *txContext) TxID() string            { return t.id }
func (t *txContext) Time() time.Time         { return t.time }
func (t *txContext) Caller() ledger.Identity { return t.caller }

func (t *txContext) Get(key string) ([]byte, error) {
	v, err := t.stub.GetState(key)
	if err != nil {
		return nil, fmt.Errorf("%w: get %s: %w", ErrStub, key, err)
	}
	if len(v) == 0 {
		return nil, nil // Fabric does not tell an absent key from an empty value; the contract never writes empty values
	}
	return v, nil
}

func (t *txContext) Put(key string, value []byte) error {
	if err := t.stub.PutState(key, value); err != nil {
		return fmt.Errorf("%w: put %s: %w", ErrStub, key, err)
	}
	return nil
}

func (t *txContext) Range(start, end string, visit func(key string, value []byte) error) error {
	it, err := t.stub.GetStateByRange(start, end)
	if err != nil {
		return fmt.Errorf("%w: range [%s, %s): %w", ErrStub, start, end, err)
	}
	return iterate(it, visit)
}

func (t *txContext) GetPrivate(collection, key string) ([]byte, error) {
	v, err := t.stub.GetPrivateData(collection, key)
	if err != nil {
		return nil, t.privateErr(err, "get "+key, collection)
	}
	if len(v) == 0 {
		return nil, nil
	}
	return v, nil
}

func (t *txContext) PutPrivate(collection, key string, value []byte) error {
	if err := t.stub.PutPrivateData(collection, key, value); err != nil {
		return t.privateErr(err, "put "+key, collection)
	}
	if err := t.stub.PutState(indexKey(collection, key), indexMark); err != nil {
		return fmt.Errorf("%w: put the index of %s in collection %s: %w", ErrStub, key, collection, err)
	}
	return nil
}

func (t *txContext) RangePrivate(collection, start, end string, visit func(key string, value []byte) error) error {
	if t.query {
		it, err := t.stub.GetPrivateDataByRange(collection, start, end)
		if err != nil {
			return t.privateErr(err, fmt.Sprintf("range [%s, %s)", start, end), collection)
		}
		return iterate(it, visit)
	}
	iend := indexKey(collection, end)
	if end == "" {
		iend = PrivateIndexPrefix + collection + "0" // every key of the collection: '/' + 1
	}
	it, err := t.stub.GetStateByRange(indexKey(collection, start), iend)
	if err != nil {
		return fmt.Errorf("%w: index range [%s, %s) of collection %s: %w", ErrStub, start, end, collection, err)
	}
	prefix := len(indexKey(collection, ""))
	return iterate(it, func(ik string, _ []byte) error {
		key := ik[prefix:]
		v, err := t.stub.GetPrivateData(collection, key)
		if err != nil {
			return t.privateErr(err, "get "+key, collection)
		}
		if len(v) == 0 {
			return fmt.Errorf("%w: %s in collection %s is indexed but absent: this peer lacks the collection's data (is it a member of %s?)", ErrStub, key, collection, collection)
		}
		return visit(key, v)
	})
}

// The peer's refusals of a private data access by a client whose org is
// not a member of the collection (memberOnlyRead, memberOnlyWrite in
// collections_config.json). Fabric says so only in the message
// (core/chaincode/handler.go, 2.x): "tx creator does not have read access
// permission on privatedata in chaincodeName:… collectionName: …".
var collectionRefusals = []struct{ message, verb string }{
	{"tx creator does not have read access permission on privatedata", "read"},
	{"tx creator does not have write access permission on privatedata", "write"},
}

// privateErr is the error of a failed access (op, e.g. "get KEY") to
// collection: ledger.ErrNotAuthorized, saying which identity to use
// instead, when the peer refused the caller's org; else ErrStub.
func (t *txContext) privateErr(err error, op, collection string) error {
	for _, r := range collectionRefusals {
		if strings.Contains(err.Error(), r.message) {
			return fmt.Errorf("%w: %s may not %s the private data collection %s, which holds the raw records: only its member orgs may "+
				"(deploy/fabric/collections_config.json: OperatorMSP and AuditorMSP); use the --ledger-config of a member org's identity, "+
				"e.g. the operator's or the auditor's (the peer said: %v)", ledger.ErrNotAuthorized, t.caller.MSPID, r.verb, collection, err)
		}
	}
	return fmt.Errorf("%w: %s in collection %s: %w", ErrStub, op, collection, err)
}

func (t *txContext) SetEvent(name string, payload []byte) error {
	if err := t.stub.SetEvent(name, payload); err != nil {
		return fmt.Errorf("%w: event %s: %w", ErrStub, name, err)
	}
	return nil
}

// iterate visits every result of it in order, stops at visit's first error
// and returns it, and always closes it.
func iterate(it shim.StateQueryIteratorInterface, visit func(key string, value []byte) error) (err error) {
	defer func() {
		if cerr := it.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("%w: closing a range: %w", ErrStub, cerr)
		}
	}()
	for it.HasNext() {
		kv, err := it.Next()
		if err != nil {
			return fmt.Errorf("%w: range: %w", ErrStub, err)
		}
		if err := visit(kv.GetKey(), kv.GetValue()); err != nil {
			return err
		}
	}
	return nil
}

// ErrStub wraps a failure of the chaincode stub (the peer connection or the
// proposal): an engine failure, code "internal" on the wire.
var ErrStub = errors.New("fabric chaincode stub")

package fabric

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/hyperledger/fabric-chaincode-go/v2/shim"
	"github.com/hyperledger/fabric-protos-go-apiv2/ledger/queryresult"
	"github.com/hyperledger/fabric-protos-go-apiv2/msp"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// fakeWorld is a peer's committed state: the world state and private
// collections.
type fakeWorld struct {
	public  map[string][]byte
	private map[string]map[string][]byte
}

func newFakeWorld() *fakeWorld {
	return &fakeWorld{public: map[string][]byte{}, private: map[string]map[string][]byte{}}
}

// write is one write of a transaction's simulation.
type write struct {
	coll, key string
	value     []byte
}

type event struct {
	name    string
	payload []byte
}

// fakeStub is one proposal on one peer, with Fabric's semantics: reads see
// committed state only, writes are buffered into the write set, which
// commit applies, and no write follows a range query on private data. Methods the chaincode must not use panic (nil embedded
// interface).
type fakeStub struct {
	shim.ChaincodeStubInterface

	world     *fakeWorld
	txID      string
	ts        *timestamppb.Timestamp
	creator   []byte
	args      [][]byte
	transient map[string][]byte

	writes []write
	events []event
	// failRange makes range reads fail (a broken peer connection).
	failRange bool
	// closed counts closed iterators.
	opened, closed int
	// privateRange is set once the transaction ran a range query on
	// private data: Fabric refuses its writes from then on.
	privateRange bool
	// refuse makes the peer refuse the creator's private data reads
	// ("read") or writes ("write") as Fabric does for an org outside the
	// collection (memberOnlyRead, memberOnlyWrite).
	refuse string
}

func (s *fakeStub) GetTxID() string                                 { return s.txID }
func (s *fakeStub) GetTxTimestamp() (*timestamppb.Timestamp, error) { return s.ts, nil }
func (s *fakeStub) GetCreator() ([]byte, error)                     { return s.creator, nil }
func (s *fakeStub) GetArgs() [][]byte                               { return s.args }
func (s *fakeStub) GetTransient() (map[string][]byte, error)        { return s.transient, nil }
func (s *fakeStub) StartWriteBatch()                                {}
func (s *fakeStub) FinishWriteBatch() error                         { return nil }
func (s *fakeStub) GetChannelID() string                            { return "rwabridge" }
func (s *fakeStub) GetState(key string) ([]byte, error)             { return s.world.public[key], nil }
func (s *fakeStub) PutState(key string, value []byte) error         { return s.put("", key, value) }
func (s *fakeStub) GetPrivateData(c, key string) ([]byte, error) {
	if err := s.refused("read", c); err != nil {
		return nil, err
	}
	return s.world.private[c][key], nil
}

// refused is Fabric's refusal (core/chaincode/handler.go) of an access of
// kind ("read" or "write") to collection c when refuse says so.
func (s *fakeStub) refused(kind, c string) error {
	if s.refuse != kind {
		return nil
	}
	return fmt.Errorf("tx creator does not have %s access permission on privatedata in chaincodeName:rwabridge collectionName: %s", kind, c)
}
func (s *fakeStub) PutPrivateData(c, key string, value []byte) error { return s.put(c, key, value) }

func (s *fakeStub) GetFunctionAndParameters() (string, []string) {
	if len(s.args) == 0 {
		return "", nil
	}
	var params []string
	for _, a := range s.args[1:] {
		params = append(params, string(a))
	}
	return string(s.args[0]), params
}

func (s *fakeStub) put(coll, key string, value []byte) error {
	if key == "" {
		return errors.New("empty key")
	}
	if coll != "" {
		if err := s.refused("write", coll); err != nil {
			return err
		}
	}
	if s.privateRange {
		return errors.New("unsuppored transaction. Transaction has already performed queries on pvt data. Writes are not allowed")
	}
	s.writes = append(s.writes, write{coll, key, slices.Clone(value)})
	return nil
}

func (s *fakeStub) SetEvent(name string, payload []byte) error {
	s.events = append(s.events, event{name, slices.Clone(payload)})
	return nil
}

func (s *fakeStub) GetStateByRange(start, end string) (shim.StateQueryIteratorInterface, error) {
	return s.rangeOf(s.world.public, start, end)
}

func (s *fakeStub) GetPrivateDataByRange(c, start, end string) (shim.StateQueryIteratorInterface, error) {
	if err := s.refused("read", c); err != nil {
		return nil, err
	}
	s.privateRange = true
	return s.rangeOf(s.world.private[c], start, end)
}

func (s *fakeStub) rangeOf(m map[string][]byte, start, end string) (shim.StateQueryIteratorInterface, error) {
	if s.failRange {
		return nil, errors.New("peer connection lost")
	}
	var keys []string
	for k := range m {
		if k >= start && (end == "" || k < end) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	it := &fakeIter{stub: s}
	for _, k := range keys {
		it.kvs = append(it.kvs, &queryresult.KV{Key: k, Value: m[k]})
	}
	s.opened++
	return it, nil
}

// commit applies the write set to the world.
func (s *fakeStub) commit() {
	for _, w := range s.writes {
		if w.coll == "" {
			s.world.public[w.key] = w.value
			continue
		}
		if s.world.private[w.coll] == nil {
			s.world.private[w.coll] = map[string][]byte{}
		}
		s.world.private[w.coll][w.key] = w.value
	}
}

type fakeIter struct {
	stub *fakeStub
	kvs  []*queryresult.KV
	pos  int
}

func (it *fakeIter) HasNext() bool { return it.pos < len(it.kvs) }
func (it *fakeIter) Next() (*queryresult.KV, error) {
	if it.pos >= len(it.kvs) {
		return nil, errors.New("no more results")
	}
	it.pos++
	return it.kvs[it.pos-1], nil
}
func (it *fakeIter) Close() error { it.stub.closed++; return nil }

// testCreator returns the serialized identity of a member of mspID with a
// certificate whose subject has the given OUs and, when attrs is not empty,
// the Fabric CA attribute extension (attrs is its JSON).
func testCreator(t testing.TB, mspID, cn string, ous []string, attrs string) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: cn, OrganizationalUnit: ous, Organization: []string{strings.ToLower(mspID)}},
		NotBefore:    time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
	}
	if attrs != "" {
		tmpl.ExtraExtensions = []pkix.Extension{{Id: asn1.ObjectIdentifier{1, 2, 3, 4, 5, 6, 7, 8, 1}, Value: []byte(attrs)}}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	b, err := proto.Marshal(&msp.SerializedIdentity{Mspid: mspID, IdBytes: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

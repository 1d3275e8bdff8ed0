package embedded

import (
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// Hash is a SHA-256 digest.
type Hash [32]byte

func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// MarshalText renders the hash as hex (for JSON reports).
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// blockVersion starts every stored block; a new layout gets a new version.
const blockVersion byte = 1

// Domain tags keep the hashes of different things apart.
const (
	blockDomain    = "rwabridge.embedded.block.v1"
	writeSetDomain = "rwabridge.embedded.writeset.v1"
	stateDomain    = "rwabridge.embedded.state.v1"
	argsDomain     = "rwabridge.embedded.args.v1"
)

// Block is one block of the embedded ledger. Height 0 is the genesis block:
// it holds no transactions and records the consortium orgs and their public
// keys. Every later block holds one or more committed transactions.
//
// The block hash is SHA-256 over a domain tag and the block's canonical
// binary encoding without its signatures; each signature is ECDSA P-256
// (ASN.1 DER) over that hash.
type Block struct {
	Height uint64
	Prev   Hash      // hash of block Height-1; zero for genesis
	Time   time.Time // the block's timestamp: every transaction's TxContext.Time
	// Orgs and ContractConfig are set in the genesis block only: the
	// consortium's keys and the contract configuration (JSON) every replay
	// runs with.
	Orgs           []OrgKey
	ContractConfig []byte
	Txs            []Tx
	// StateHash chains the write sets: starting from the zero hash, each
	// transaction in order sets it to SHA-256(tag, previous, write-set hash).
	StateHash  Hash
	Signatures []Signature
}

// OrgKey is an org's MSP id and its public key (PKIX DER).
type OrgKey struct {
	MSPID     string
	PublicKey []byte
}

// Tx is one committed transaction as its block records it. The arguments
// themselves are not in the block (they carry raw records): the block holds
// their hash and the ledger keeps them in its private argument store, from
// which Verify replays them.
type Tx struct {
	ID       string
	Caller   ledger.Identity
	Fn       string
	ArgsHash Hash
	// Writes are the public state writes, sorted by key.
	Writes []Write
	// PrivateWrites are the private collection writes, sorted by collection
	// and key: only hashes of the key and value, as on a Fabric channel.
	PrivateWrites []PrivateWrite
	// Event is the event the transaction set, if any (public, as on Fabric).
	Event *Event
	// WriteSetHash is the hash of Writes and PrivateWrites.
	WriteSetHash Hash
}

// Write is one public state write.
type Write struct {
	Key   string
	Value []byte
}

// PrivateWrite is one private collection write, hashed.
type PrivateWrite struct {
	Collection string
	KeyHash    Hash
	ValueHash  Hash
}

// Event is a contract event (Fabric chaincode event).
type Event struct {
	Name    string
	Payload []byte
}

// Signature is one org's signature over a block hash.
type Signature struct {
	MSPID string
	Sig   []byte
}

// Hash returns the block hash (signatures excluded).
func (b *Block) Hash() Hash { return hashBody(b.appendBody(nil)) }

func hashBody(body []byte) Hash { return domainHash(blockDomain, body) }

// domainHash is SHA-256 over the domain tag followed by the parts.
func domainHash(domain string, parts ...[]byte) Hash {
	h := sha256.New()
	h.Write([]byte(domain))
	for _, p := range parts {
		h.Write(p)
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

// nextState chains a write set into the state hash.
func nextState(prev, writeSet Hash) Hash { return domainHash(stateDomain, prev[:], writeSet[:]) }

// writeSetHash hashes public writes (keys and values) and private writes
// (hashes only).
func writeSetHash(ws []Write, pws []PrivateWrite) Hash {
	var e enc
	e.str(writeSetDomain)
	e.writes(ws, pws)
	return sha256.Sum256(e.b)
}

// encodeArgs is the canonical encoding of a transaction's arguments, as kept
// in the argument store; hashArgs hashes it for the block.
func encodeArgs(args [][]byte) []byte {
	var e enc
	e.uvarint(uint64(len(args)))
	for _, a := range args {
		e.bytes(a)
	}
	return e.b
}

func decodeArgs(data []byte) ([][]byte, error) {
	d := dec{b: data}
	n := d.count()
	args := make([][]byte, 0, min(n, 1024))
	for i := 0; i < n && d.err == nil; i++ {
		args = append(args, d.bytes())
	}
	return args, d.end()
}

func hashArgs(encoded []byte) Hash { return domainHash(argsDomain, encoded) }

type ecdsaKey = ecdsa.PublicKey

// sign adds every signer's signature over the block hash.
func (b *Block) sign(signers []signer) error {
	h := b.Hash()
	b.Signatures = b.Signatures[:0]
	for _, s := range signers {
		sig, err := ecdsa.SignASN1(rand.Reader, s.key, h[:])
		if err != nil {
			return fmt.Errorf("org %s signs block %d: %w", s.mspID, b.Height, err)
		}
		b.Signatures = append(b.Signatures, Signature{MSPID: s.mspID, Sig: sig})
	}
	return nil
}

// verifySignatures checks the commit policy against orgs: every signature
// verifies, comes from a distinct known org, and a majority of orgs signed.
func (b *Block) verifySignatures(orgs map[string]*ecdsaKey) error {
	h := b.Hash()
	seen := map[string]bool{}
	for _, s := range b.Signatures {
		pub, ok := orgs[s.MSPID]
		if !ok {
			return fmt.Errorf("signed by %q, not a consortium org", s.MSPID)
		}
		if seen[s.MSPID] {
			return fmt.Errorf("org %s signed twice", s.MSPID)
		}
		seen[s.MSPID] = true
		if !ecdsa.VerifyASN1(pub, h[:], s.Sig) {
			return fmt.Errorf("signature of org %s does not verify", s.MSPID)
		}
	}
	if need := len(orgs)/2 + 1; len(seen) < need {
		return fmt.Errorf("signed by %d of %d orgs, the majority policy needs %d", len(seen), len(orgs), need)
	}
	return nil
}

// orgKeys parses the genesis block's org keys.
func (b *Block) orgKeys() (map[string]*ecdsaKey, error) {
	if len(b.Orgs) == 0 {
		return nil, errors.New("genesis block lists no orgs")
	}
	out := make(map[string]*ecdsaKey, len(b.Orgs))
	for _, o := range b.Orgs {
		k, err := x509.ParsePKIXPublicKey(o.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("org %s public key: %w", o.MSPID, err)
		}
		ek, ok := k.(*ecdsa.PublicKey)
		if !ok {
			return nil, fmt.Errorf("org %s public key is not ECDSA", o.MSPID)
		}
		if _, dup := out[o.MSPID]; dup {
			return nil, fmt.Errorf("org %s listed twice", o.MSPID)
		}
		out[o.MSPID] = ek
	}
	return out, nil
}

// Stored form: version byte, the body (length-prefixed), the signatures.
// The block hash covers the body bytes exactly as stored.

// marshal encodes the block for storage.
func (b *Block) marshal() []byte {
	body := b.appendBody(nil)
	var e enc
	e.b = append(e.b, blockVersion)
	e.bytes(body)
	e.uvarint(uint64(len(b.Signatures)))
	for _, s := range b.Signatures {
		e.str(s.MSPID)
		e.bytes(s.Sig)
	}
	return e.b
}

// unmarshalBlock decodes a stored block; trailing bytes are an error.
func unmarshalBlock(data []byte) (*Block, error) {
	if len(data) == 0 || data[0] != blockVersion {
		return nil, errors.New("unknown block version")
	}
	d := dec{b: data[1:]}
	body := d.bytes()
	n := d.count()
	var sigs []Signature
	for i := 0; i < n && d.err == nil; i++ {
		sigs = append(sigs, Signature{MSPID: d.str(), Sig: d.bytes()})
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	b, err := decodeBody(body)
	if err != nil {
		return nil, err
	}
	b.Signatures = sigs
	return b, nil
}

func (b *Block) appendBody(dst []byte) []byte {
	e := enc{b: dst}
	e.u64(b.Height)
	e.b = append(e.b, b.Prev[:]...)
	e.u64(uint64(b.Time.UnixNano()))
	e.uvarint(uint64(len(b.Orgs)))
	for _, o := range b.Orgs {
		e.str(o.MSPID)
		e.bytes(o.PublicKey)
	}
	e.bytes(b.ContractConfig)
	e.uvarint(uint64(len(b.Txs)))
	for i := range b.Txs {
		t := &b.Txs[i]
		e.str(t.ID)
		e.str(t.Caller.MSPID)
		e.str(t.Caller.ID)
		e.bool(t.Caller.Admin)
		e.str(t.Fn)
		e.b = append(e.b, t.ArgsHash[:]...)
		e.writes(t.Writes, t.PrivateWrites)
		e.bool(t.Event != nil)
		if t.Event != nil {
			e.str(t.Event.Name)
			e.bytes(t.Event.Payload)
		}
		e.b = append(e.b, t.WriteSetHash[:]...)
	}
	e.b = append(e.b, b.StateHash[:]...)
	return e.b
}

func decodeBody(body []byte) (*Block, error) {
	d := dec{b: body}
	b := &Block{}
	b.Height = d.u64()
	b.Prev = d.hash()
	ns := d.u64()
	if ns > math.MaxInt64 {
		d.fail("time out of range")
	}
	b.Time = time.Unix(0, int64(ns)).UTC()
	n := d.count()
	for i := 0; i < n && d.err == nil; i++ {
		b.Orgs = append(b.Orgs, OrgKey{MSPID: d.str(), PublicKey: d.bytes()})
	}
	b.ContractConfig = d.bytes()
	n = d.count()
	for i := 0; i < n && d.err == nil; i++ {
		var t Tx
		t.ID = d.str()
		t.Caller.MSPID = d.str()
		t.Caller.ID = d.str()
		t.Caller.Admin = d.bool()
		t.Fn = d.str()
		t.ArgsHash = d.hash()
		t.Writes, t.PrivateWrites = d.writes()
		if d.bool() {
			t.Event = &Event{Name: d.str(), Payload: d.bytes()}
		}
		t.WriteSetHash = d.hash()
		b.Txs = append(b.Txs, t)
	}
	b.StateHash = d.hash()
	if err := d.end(); err != nil {
		return nil, err
	}
	return b, nil
}

// enc appends the canonical encoding: fixed-width big-endian integers,
// uvarint-length-prefixed strings and byte slices.
type enc struct{ b []byte }

func (e *enc) u64(v uint64)     { e.b = binary.BigEndian.AppendUint64(e.b, v) }
func (e *enc) uvarint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) bytes(p []byte)   { e.uvarint(uint64(len(p))); e.b = append(e.b, p...) }
func (e *enc) str(s string)     { e.uvarint(uint64(len(s))); e.b = append(e.b, s...) }
func (e *enc) bool(v bool) {
	if v {
		e.b = append(e.b, 1)
	} else {
		e.b = append(e.b, 0)
	}
}

func (e *enc) writes(ws []Write, pws []PrivateWrite) {
	e.uvarint(uint64(len(ws)))
	for _, w := range ws {
		e.str(w.Key)
		e.bytes(w.Value)
	}
	e.uvarint(uint64(len(pws)))
	for _, w := range pws {
		e.str(w.Collection)
		e.b = append(e.b, w.KeyHash[:]...)
		e.b = append(e.b, w.ValueHash[:]...)
	}
}

// dec reads what enc wrote; the first problem sticks in err and later reads
// return zero values.
type dec struct {
	b   []byte
	err error
}

func (d *dec) fail(msg string) {
	if d.err == nil {
		d.err = errors.New(msg)
	}
	d.b = nil
}

func (d *dec) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.fail("truncated")
		return nil
	}
	p := d.b[:n:n]
	d.b = d.b[n:]
	return p
}

func (d *dec) u64() uint64 {
	p := d.take(8)
	if p == nil {
		return 0
	}
	return binary.BigEndian.Uint64(p)
}

func (d *dec) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("bad length")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length that must not exceed the bytes left (every counted
// item takes at least one byte).
func (d *dec) count() int {
	v := d.uvarint()
	if v > uint64(len(d.b)) {
		d.fail("count exceeds data")
		return 0
	}
	return int(v)
}

func (d *dec) bytes() []byte {
	n := d.count()
	p := d.take(n)
	if p == nil {
		return nil
	}
	return append([]byte{}, p...) // empty, not nil: replay sees what Invoke passed
}

func (d *dec) str() string { return string(d.take(d.count())) }

func (d *dec) bool() bool {
	p := d.take(1)
	if p == nil {
		return false
	}
	if p[0] > 1 {
		d.fail("bad bool")
	}
	return p[0] == 1
}

func (d *dec) hash() Hash {
	var h Hash
	copy(h[:], d.take(32))
	return h
}

func (d *dec) writes() ([]Write, []PrivateWrite) {
	var ws []Write
	n := d.count()
	for i := 0; i < n && d.err == nil; i++ {
		ws = append(ws, Write{Key: d.str(), Value: d.bytes()})
	}
	var pws []PrivateWrite
	n = d.count()
	for i := 0; i < n && d.err == nil; i++ {
		pws = append(pws, PrivateWrite{Collection: d.str(), KeyHash: d.hash(), ValueHash: d.hash()})
	}
	return ws, pws
}

func (d *dec) end() error {
	if d.err != nil {
		return d.err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("%d trailing bytes", len(d.b))
	}
	return nil
}

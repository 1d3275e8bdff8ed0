package audit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/internal/atomicfile"
)

// Format and Version identify the evidence bundle encoding.
const (
	Format  = "rwabridge.audit-evidence"
	Version = 2
)

// Limits of Decode and Verify: evidence is untrusted input.
const (
	MaxEvidenceSize = 64 << 20 // bytes of JSON
	MaxDisclosures  = 100_000
	MaxCommittees   = 10_000
	MaxPoolConfigs  = 10_000
	MaxVerifiers    = 1_000
	MaxCalldata     = 1 << 20 // bytes of one transaction's calldata
	MaxLogData      = 4 << 10 // bytes of one log's data
	MaxVK           = 64 << 10
	MaxChunks       = 4096 // chunk proofs in one disclosure
	MaxCommitteeLen = 32   // the registry's MAX_COMMITTEE

	maxTxOverhead = 4 << 10 // a transaction's bytes beyond its calldata
)

// Evidence is everything Verify needs about one registry, as read from the
// chain: the bundle `rwabridge audit export` writes.
type Evidence struct {
	Format         string         `json:"format"`
	Version        int            `json:"version"`
	ChainID        *hexutil.Big   `json:"chain_id"`
	Registry       common.Address `json:"registry"`
	InitialAccHash *hexutil.Big   `json:"initial_acc_hash"` // the registry's initialAccHash()
	Verifiers      []Verifier     `json:"verifiers"`
	Committees     []Committee    `json:"committees"`   // CommitteeSet logs, in order
	PoolConfigs    []PoolConfig   `json:"pool_configs"` // PoolConfigured and VerifierUpgraded logs, in order
	Disclosures    []Record       `json:"disclosures"`  // DisclosureAccepted logs, in order

	// The range the logs were read from: blocks FromBlock to ToBlock, the
	// latter with hash ToBlockHash. Verify checks the bundle is complete
	// for it; that the range is the chain's, an auditor checks by comparing
	// ToBlockHash with a node they trust (audit verify --rpc reads the
	// chain itself).
	FromBlock   uint64      `json:"from_block"`
	ToBlock     uint64      `json:"to_block"`
	ToBlockHash common.Hash `json:"to_block_hash"`
	// Latest is each configured pool's latest disclosed epoch at ToBlock
	// (the registry's latestEpoch), in PoolConfigs order of first
	// configuration.
	Latest []PoolLatest `json:"latest"`
}

// PoolLatest is a pool's latest disclosed epoch at the evidence's last
// block.
type PoolLatest struct {
	Pool      *hexutil.Big `json:"pool"`
	Disclosed bool         `json:"disclosed"` // false: nothing disclosed yet
	Epoch     uint64       `json:"epoch"`
}

// Verifier is one Groth16Verifier contract a pool used.
type Verifier struct {
	Address common.Address `json:"address"`
	// VKHash is the contract's vkHash().
	VKHash common.Hash `json:"vk_hash"`
	// VKWords is the contract's verifyingKey(): the key as its 40
	// constructor words (offshore/verifier.Words). Verify rebuilds the key
	// from them and checks its hash against VKHash, so the bundle verifies
	// with no key file. Absent for a verifier that does not return its key.
	VKWords []*hexutil.Big `json:"vk_words,omitempty"`
	// VK is the verifying key in gnark's raw encoding, when the exporter
	// had the key file; Verify checks it against VKHash.
	VK hexutil.Bytes `json:"vk,omitempty"`
	// Capacity is the key's chunk capacity (key metadata), needed to
	// recompute an epoch root whose chunk count is not a power of two.
	Capacity int `json:"capacity,omitempty"`
}

// Committee is one CommitteeSet log.
type Committee struct {
	Version   uint64           `json:"version"`
	Block     uint64           `json:"block"`
	LogIndex  uint             `json:"log_index"`
	Members   []common.Address `json:"members"`
	Threshold uint8            `json:"threshold"`
}

// PoolConfig is one PoolConfigured or VerifierUpgraded log: from it on, the pool's proofs go
// to Verifier, which pinned VKHash.
type PoolConfig struct {
	Block    uint64         `json:"block"`
	LogIndex uint           `json:"log_index"`
	Pool     *hexutil.Big   `json:"pool"`
	Verifier common.Address `json:"verifier"`
	VKHash   common.Hash    `json:"vk_hash"`
}

// Log is a log as the chain returned it.
type Log struct {
	Address common.Address `json:"address"`
	Topics  []common.Hash  `json:"topics"`
	Data    hexutil.Bytes  `json:"data"`
}

// Record is the evidence of one accepted disclosure.
type Record struct {
	TxHash   common.Hash    `json:"tx_hash"`
	Block    uint64         `json:"block"`
	LogIndex uint           `json:"log_index"`
	From     common.Address `json:"from"`     // the transaction's sender
	To       common.Address `json:"to"`       // the transaction's recipient
	Calldata hexutil.Bytes  `json:"calldata"` // the transaction's input
	// RawTx is the signed transaction (its canonical encoding), whose hash
	// is TxHash: it binds the calldata, sender and recipient byte for byte.
	RawTx hexutil.Bytes `json:"raw_tx"`
	Event Log           `json:"event"` // the DisclosureAccepted log
	// Decoded are the calldata's values for people reading the bundle;
	// Verify checks them against the calldata and never relies on them.
	Decoded *Decoded `json:"decoded"`
	// Parts are, for a disclosure taken in parts (submitDisclosurePart),
	// the records of its earlier parts in chunk order, each with its
	// DisclosurePartAccepted log as Event (and no Decoded); this record is
	// the final part's.
	Parts []Record `json:"parts,omitempty"`
}

// Decoded is a disclosure's calldata, decoded.
type Decoded struct {
	Function       string         `json:"function"`
	Pool           string         `json:"pool"`
	Epoch          uint64         `json:"epoch"`
	PolicyHash     *hexutil.Big   `json:"policy_hash"`
	Root           *hexutil.Big   `json:"root"`
	Chunks         uint32         `json:"chunks"`
	ChunkRootsHash common.Hash    `json:"chunk_roots_hash"`
	Suppressed     bool           `json:"suppressed"`
	Metrics        [5]uint64      `json:"metrics"`
	ChunkRoots     []*hexutil.Big `json:"chunk_roots"`
	Signatures     int            `json:"signatures"`
}

func (l *Log) types(r *Record) *types.Log {
	return &types.Log{Address: l.Address, Topics: l.Topics, Data: l.Data, BlockNumber: r.Block, TxHash: r.TxHash, Index: r.LogIndex}
}

// Encode writes e as indented JSON.
func (e *Evidence) Encode(w io.Writer) error {
	data, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return fmt.Errorf("audit: encode evidence: %w", err)
	}
	if _, err := w.Write(append(data, '\n')); err != nil {
		return fmt.Errorf("audit: write evidence: %w", err)
	}
	return nil
}

// WriteFile writes e to path (mode 0644) atomically and durably.
func (e *Evidence) WriteFile(path string) error {
	if err := atomicfile.Write(path, 0o644, e.Encode); err != nil {
		return fmt.Errorf("audit: %w", err)
	}
	return nil
}

// ReadFile reads and decodes the evidence bundle at path (Decode); a file
// that can not be read is not ErrMalformed.
func ReadFile(path string) (*Evidence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("audit: %w", err)
	}
	defer f.Close()
	return Decode(f)
}

// CarriesKey reports whether some verifier's key file travels with the
// evidence.
func (e *Evidence) CarriesKey() bool {
	for _, v := range e.Verifiers {
		if len(v.VK) > 0 {
			return true
		}
	}
	return false
}

// Decode reads an evidence bundle: at most MaxEvidenceSize bytes of JSON,
// unknown fields rejected, every list and byte string bounded. Errors are
// ErrMalformed (or the reader's).
func Decode(r io.Reader) (*Evidence, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxEvidenceSize+1))
	if err != nil {
		return nil, fmt.Errorf("audit: read evidence: %w", err)
	}
	if len(data) > MaxEvidenceSize {
		return nil, fmt.Errorf("%w: evidence larger than %d bytes", ErrMalformed, MaxEvidenceSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var e Evidence
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the evidence", ErrMalformed)
	}
	if err := e.CheckShape(); err != nil {
		return nil, err
	}
	return &e, nil
}

// CheckShape checks what needs no cryptography: format, version, required
// fields and the size limits.
func (e *Evidence) CheckShape() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrMalformed, fmt.Sprintf(format, args...))
	}
	switch {
	case e.Format != Format || e.Version != Version:
		return bad("format %q version %d, want %q version %d", e.Format, e.Version, Format, Version)
	case e.ChainID == nil || e.ChainID.ToInt().Sign() <= 0:
		return bad("no chain id")
	case e.InitialAccHash == nil:
		return bad("no initial accumulator hash")
	case len(e.Verifiers) > MaxVerifiers:
		return bad("%d verifiers, at most %d", len(e.Verifiers), MaxVerifiers)
	case len(e.Committees) > MaxCommittees:
		return bad("%d committees, at most %d", len(e.Committees), MaxCommittees)
	case len(e.PoolConfigs) > MaxPoolConfigs:
		return bad("%d pool configurations, at most %d", len(e.PoolConfigs), MaxPoolConfigs)
	case len(e.Disclosures) > MaxDisclosures:
		return bad("%d disclosures, at most %d", len(e.Disclosures), MaxDisclosures)
	case len(e.Latest) > MaxPoolConfigs:
		return bad("%d latest epochs, at most %d", len(e.Latest), MaxPoolConfigs)
	case e.ToBlock < e.FromBlock:
		return bad("blocks %d to %d", e.FromBlock, e.ToBlock)
	}
	for i, l := range e.Latest {
		if l.Pool == nil {
			return bad("latest epoch %d: no pool", i)
		}
	}
	for i, v := range e.Verifiers {
		if len(v.VK) > MaxVK {
			return bad("verifier %d: key of %d bytes, at most %d", i, len(v.VK), MaxVK)
		}
		if len(v.VKWords) > 0 {
			if _, err := wordsOf(v.VKWords); err != nil {
				return fmt.Errorf("verifier %d: %w", i, err)
			}
		}
	}
	for i, c := range e.Committees {
		if len(c.Members) == 0 || len(c.Members) > MaxCommitteeLen {
			return bad("committee %d: %d members", i, len(c.Members))
		}
	}
	for i, p := range e.PoolConfigs {
		if p.Pool == nil {
			return bad("pool configuration %d: no pool", i)
		}
	}
	for i := 1; i < len(e.Disclosures); i++ {
		a, b := &e.Disclosures[i-1], &e.Disclosures[i]
		if !before(a.Block, a.LogIndex, b) {
			return bad("disclosure %d is not after disclosure %d", i, i-1)
		}
	}
	for i := 1; i < len(e.Committees); i++ {
		a, b := e.Committees[i-1], e.Committees[i]
		if !before(a.Block, a.LogIndex, &Record{Block: b.Block, LogIndex: b.LogIndex}) || b.Version <= a.Version {
			return bad("committee %d is not after committee %d", i, i-1)
		}
	}
	for i, r := range e.Disclosures {
		switch {
		case len(r.Calldata) > MaxCalldata || len(r.RawTx) > MaxCalldata+maxTxOverhead:
			return bad("disclosure %d: calldata of %d bytes and transaction of %d, at most %d", i, len(r.Calldata), len(r.RawTx), MaxCalldata)
		case len(r.Event.Data) > MaxLogData || len(r.Event.Topics) > 4:
			return bad("disclosure %d: log of %d bytes and %d topics", i, len(r.Event.Data), len(r.Event.Topics))
		case r.Block < e.FromBlock || r.Block > e.ToBlock:
			return bad("disclosure %d: block %d is outside the range read, %d to %d", i, r.Block, e.FromBlock, e.ToBlock)
		case len(r.Parts) >= MaxChunks:
			return bad("disclosure %d: %d parts, at most %d", i, len(r.Parts), MaxChunks-1)
		}
		for j, p := range r.Parts {
			if len(p.Calldata) > MaxCalldata || len(p.RawTx) > MaxCalldata+maxTxOverhead || len(p.Event.Data) > MaxLogData ||
				len(p.Event.Topics) > 4 || len(p.Parts) > 0 {
				return bad("disclosure %d, part %d: calldata of %d bytes, transaction of %d, log of %d bytes, %d parts", i, j,
					len(p.Calldata), len(p.RawTx), len(p.Event.Data), len(p.Parts))
			}
		}
	}
	return nil
}

func bigOf(x *hexutil.Big) *big.Int {
	if x == nil {
		return nil
	}
	return x.ToInt()
}

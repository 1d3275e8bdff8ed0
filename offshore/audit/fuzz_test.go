package audit_test

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// seedSubmission is a syntactically valid three-chunk submission.
func seedSubmission() *disclosure.Submission {
	d := disclosure.Disclosure{Pool: big.NewInt(0x706f6f6c), Epoch: 7, PolicyHash: big.NewInt(3), Root: big.NewInt(4)}
	s := &disclosure.Submission{Disclosure: d, ChunkRoots: []*big.Int{big.NewInt(5), big.NewInt(6), big.NewInt(7)},
		Accs: []*big.Int{big.NewInt(8), big.NewInt(9)}, Proofs: [][]byte{{1}, {2}, {3}}}
	s.Disclosure.SetChunkRoots(s.ChunkRoots)
	return s
}

// FuzzDecodeCalldata: untrusted calldata never panics the decoder, and
// whatever decodes is within the limits.
func FuzzDecodeCalldata(f *testing.F) {
	s := seedSubmission()
	f.Add(registry.ChunkedCalldata(s, make([]byte, 130)))
	single := &disclosure.Submission{Disclosure: s.Disclosure, ChunkRoots: []*big.Int{s.Disclosure.Root}, Proofs: [][]byte{{1}}}
	single.Disclosure.SetChunkRoots(single.ChunkRoots)
	f.Add(registry.Calldata(single, make([]byte, 65)))
	f.Add([]byte{0xde, 0xad})
	f.Fuzz(func(t *testing.T, data []byte) {
		call, err := audit.DecodeCalldata(data)
		if err != nil {
			if !errors.Is(err, audit.ErrMalformed) {
				t.Fatalf("error outside ErrMalformed: %v", err)
			}
			return
		}
		if n := len(call.Submission.ChunkRoots); n == 0 || n > audit.MaxChunks {
			t.Fatalf("decoded %d chunk roots", n)
		}
	})
}

// FuzzDecodeEvidence: an untrusted bundle never panics Decode or Verify.
func FuzzDecodeEvidence(f *testing.F) {
	f.Add([]byte(`{"format":"rwabridge.audit-evidence","version":1,"chain_id":"0x1","registry":"0x0000000000000000000000000000000000000001","initial_acc_hash":"0x1","verifiers":[],"committees":[],"pool_configs":[],"disclosures":[{"tx_hash":"0x0000000000000000000000000000000000000000000000000000000000000001","block":1,"log_index":0,"from":"0x0000000000000000000000000000000000000002","to":"0x0000000000000000000000000000000000000001","calldata":"0x00","raw_tx":"0x","event":{"address":"0x0000000000000000000000000000000000000001","topics":[],"data":"0x"},"decoded":null}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := audit.Decode(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, audit.ErrMalformed) {
				t.Fatalf("error outside ErrMalformed: %v", err)
			}
			return
		}
		rep, err := audit.Verify(e, audit.Options{Policies: audit.Policies{}})
		if err != nil {
			return
		}
		for _, r := range rep.Results {
			if r.Err == nil {
				t.Fatalf("a fuzzed disclosure verified: %+v", r)
			}
		}
	})
}

package registry

import (
	"errors"
	"fmt"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
)

// ErrBatch reports a batch the registry's submitDisclosures would refuse
// by its shape alone: empty, ragged, or an item that is not a single-chunk
// epoch.
var ErrBatch = errors.New("not a batch of single-chunk disclosures")

// BatchCalldata returns the registry call that submits subs together,
// subs[i] with signatures[i] (disclosure.Quorum's output):
// submitDisclosures(ds, proofs, signatures), one pairing check for all.
// Every submission must be Single (ErrBatch names the first that is not),
// and every pool must use the same verifier on chain (the registry checks
// that: BatchVerifierMismatch).
func BatchCalldata(subs []*disclosure.Submission, signatures [][]byte) ([]byte, error) {
	if len(subs) == 0 {
		return nil, fmt.Errorf("registry: %w: no submission", ErrBatch)
	}
	if len(signatures) != len(subs) {
		return nil, fmt.Errorf("registry: %w: %d submissions, %d signature lists", ErrBatch, len(subs), len(signatures))
	}
	ds := make([]bindings.DisclosureRegistryDisclosure, len(subs))
	proofs := make([][]byte, len(subs))
	for i, s := range subs {
		if !s.Single() {
			return nil, fmt.Errorf("registry: %w: item %d (pool %s epoch %d) has %d chunks", ErrBatch, i,
				field.Word(s.Disclosure.Pool), s.Disclosure.Epoch, s.Disclosure.Chunks)
		}
		ds[i] = Binding(&s.Disclosure)
		proofs[i] = s.Proofs[0]
	}
	return ABI.PackSubmitDisclosures(ds, proofs, signatures), nil
}

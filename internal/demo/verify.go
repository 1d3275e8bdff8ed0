package demo

import (
	"context"
	"fmt"

	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// verify checks every disclosure as an auditor would: each proof bundle
// offline against the verifying key (`rwabridge audit verify-proof`), then
// everything the registry accepted (`rwabridge audit verify --vk KEYS
// --data DIR`: the evidence read from the chain, every proof re-checked
// against public inputs recomputed from the calldata, the key's hash
// against the verifier's, the quorum of the committee at that block, the
// policy, the event against the calldata, the chunk roots, and each epoch
// recomputed from the onshore ledger's raw records). Each accepted
// disclosure must be one the relayer posted, in its transaction.
func (r *run) verify(ctx context.Context) (string, error) {
	disclosed := r.rep.Disclosed()
	if len(disclosed) == 0 {
		return "", ErrNothingDisclosed
	}
	for _, ep := range disclosed {
		if ep.Bundle == nil {
			return "", fmt.Errorf("epoch %d: no proof bundle", ep.Seal.Epoch)
		}
		if err := bundle.Verify(ep.Bundle, r.keySet.VK); err != nil {
			return "", fmt.Errorf("epoch %d: offline verification of the bundle: %w", ep.Seal.Epoch, err)
		}
	}
	e, err := audit.Collect(ctx, r.chain.sim.Client(), r.rep.Chain.Addresses.Registry, audit.CollectOptions{})
	if err != nil {
		return "", err
	}
	known := audit.NewPolicies([]*policy.Policy{r.policy})
	rep, err := audit.Verify(e, audit.Options{VK: r.keySet.VK, Capacity: r.keySet.Meta.Capacity, Policies: known})
	if err != nil {
		return "", err
	}
	_, client, err := r.openLedger()
	if err != nil {
		return "", err
	}
	if err := audit.CheckOnshore(ctx, client, rep, known); err != nil {
		return "", err
	}
	r.rep.OnChain = len(rep.Results)
	if err := rep.Err(); err != nil {
		return "", fmt.Errorf("%d of %d disclosures failed the audit; first: %w", rep.Failed(), len(rep.Results), err)
	}
	if len(rep.Results) != len(disclosed) {
		return "", fmt.Errorf("%w: the registry accepted %d disclosures, the relayer posted %d", ErrMismatch, len(rep.Results), len(disclosed))
	}
	for _, ep := range disclosed {
		res := resultOf(rep, ep)
		if res == nil {
			return "", fmt.Errorf("%w: epoch %d: the registry holds no disclosure of it", ErrMismatch, ep.Seal.Epoch)
		}
		if res.TxHash.Hex() != ep.TxHash {
			return "", fmt.Errorf("%w: epoch %d: accepted in tx %s, the relayer reported %s", ErrMismatch, ep.Seal.Epoch, res.TxHash.Hex(), ep.TxHash)
		}
		ep.Block, ep.Verified = res.Block, true
		r.rep.Verified++
	}
	return fmt.Sprintf("%d bundle(s) verified offline against vk %s; the audit of the registry passed for all %d disclosure(s): proofs, key, quorum, policy, event, chunk roots, and each epoch recomputed from the onshore records",
		len(disclosed), r.keySet.Meta.VKHash, len(rep.Results)), nil
}

func resultOf(rep *audit.Report, ep *Epoch) *audit.Result {
	for i := range rep.Results {
		if x := &rep.Results[i]; x.Epoch == ep.Seal.Epoch && x.Pool == string(ep.Seal.Pool) {
			return x
		}
	}
	return nil
}

package investor

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
)

// ErrCalldata: the transaction is not a direct registry submission of the
// accepted disclosure (e.g. it went through another contract), so its
// signatures and proofs can not be read from it.
var ErrCalldata = errors.New("transaction input is not a registry submission of this disclosure")

// submissionOf decodes a submitting transaction's input with the
// auditor's decoder and checks that it submits d.
func submissionOf(input []byte, d *disclosure.Disclosure) (*audit.Call, error) {
	call, err := audit.DecodeCalldataFor(input, d.Pool, d.Epoch)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrCalldata, err)
	}
	if call.Submission.Disclosure.StructHash() != d.StructHash() {
		return nil, fmt.Errorf("%w: it submits another disclosure", ErrCalldata)
	}
	return call, nil
}

// partsOf reads a disclosure made in parts (the final part logged by l)
// with the auditor's reader, each part's transaction and log checked, and
// checks that it submits d. A failed read is ErrChain.
func partsOf(ctx context.Context, b Backend, chainID *big.Int, l *types.Log, d *disclosure.Disclosure) (*audit.Call, error) {
	call, err := audit.ReadCall(ctx, b, chainID, l)
	switch {
	case errors.Is(err, audit.ErrChain):
		return nil, fmt.Errorf("%w: %w", ErrChain, err)
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrCalldata, err)
	case call.Submission.Disclosure.StructHash() != d.StructHash():
		return nil, fmt.Errorf("%w: its parts submit another disclosure", ErrCalldata)
	}
	return call, nil
}

// recoverSigners splits the 65-byte signatures and recovers who signed d's
// EIP-712 digest in dom (for display; the quorum itself is judged by
// audit.CheckQuorum within the local check).
func recoverSigners(d *disclosure.Disclosure, dom disclosure.Domain, sigs []byte) ([]common.Address, error) {
	if len(sigs)%65 != 0 {
		return nil, fmt.Errorf("%w: %d signature bytes, not a multiple of 65", ErrCalldata, len(sigs))
	}
	digest := d.Digest(dom)
	out := make([]common.Address, 0, len(sigs)/65)
	for i := 0; i < len(sigs); i += 65 {
		a, err := disclosure.Recover(digest, sigs[i:i+65])
		if err != nil {
			return nil, fmt.Errorf("%w: signature %d: %w", ErrCalldata, i/65, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// localCheck re-checks a submission offline with the auditor's checks
// (offshore/audit.CheckSubmission: chunk lists and epoch root, policy,
// the committee quorum, the key against the verifier's hash, and every
// Groth16 proof against public inputs recomputed in Go), with env.VK, which
// key names for the evidence. It is the one place this package judges
// proofs.
func localCheck(call *audit.Call, env *audit.Env, key string) Check {
	ck, err := audit.CheckSubmission(call.Submission, call.Signatures, env)
	if err != nil {
		return Check{Failed, fmt.Sprintf("re-verification failed: %v", err)}
	}
	root := ""
	if ck.EpochRoot {
		root = ", the epoch root over its chunk roots"
	}
	return Check{Verified, fmt.Sprintf("%d Groth16 proof(s) re-verified offline with %s against public inputs recomputed from the disclosed figures; also checked: the committee quorum, the policy%s",
		len(call.Submission.Proofs), key, root)}
}

func hashBytes(h string) [32]byte {
	var out [32]byte
	b := common.FromHex(h)
	copy(out[32-min(32, len(b)):], b)
	return out
}

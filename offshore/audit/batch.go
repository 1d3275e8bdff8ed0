package audit

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// DecodeCalldataFor decodes the submission of (pool, epoch) in a registry
// transaction's input: DecodeCalldata's, or, for a submitDisclosures batch
// of single-chunk disclosures, the one item of that pool and epoch with its
// proof and signatures (Function "submitDisclosures"). Errors are
// ErrMalformed, also for a batch carrying no such item or several.
func DecodeCalldataFor(data []byte, pool *big.Int, epoch uint64) (call *Call, err error) {
	if len(data) < 4 || len(data) > MaxCalldata {
		return DecodeCalldata(data)
	}
	m, err := registryABI.MethodById(data[:4])
	if err != nil || m.Name != "submitDisclosures" {
		return DecodeCalldata(data)
	}
	vals, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("%w: %s arguments: %w", ErrMalformed, m.Name, err)
	}
	defer func() {
		if r := recover(); r != nil {
			call, err = nil, fmt.Errorf("%w: %s arguments: %v", ErrMalformed, m.Name, r)
		}
	}()
	ds := *abi.ConvertType(vals[0], new([]bindings.DisclosureRegistryDisclosure)).(*[]bindings.DisclosureRegistryDisclosure)
	proofs, sigs := vals[1].([][]byte), vals[2].([][]byte)
	if len(proofs) != len(ds) || len(sigs) != len(ds) {
		return nil, fmt.Errorf("%w: a batch of %d disclosures, %d proofs and %d signature lists", ErrMalformed, len(ds), len(proofs), len(sigs))
	}
	for i, d := range ds {
		if d.Pool.Cmp(pool) != 0 || d.Epoch != epoch {
			continue
		}
		if call != nil {
			return nil, fmt.Errorf("%w: the batch carries pool %s epoch %d twice", ErrMalformed, field.Word(pool), epoch)
		}
		s := &disclosure.Submission{Disclosure: registry.FromBinding(d), ChunkRoots: []*big.Int{d.Root}, Proofs: [][]byte{proofs[i]}}
		call = &Call{Function: m.Name, Submission: s, Signatures: sigs[i]}
	}
	if call == nil {
		return nil, fmt.Errorf("%w: the batch carries no disclosure of pool %s epoch %d", ErrMalformed, field.Word(pool), epoch)
	}
	return call, nil
}

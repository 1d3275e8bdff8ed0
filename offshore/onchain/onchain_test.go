package onchain_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/offshore/onchain"
)

func TestRevertDataDecodesToTheCustomErrorName(t *testing.T) {
	dup := crypto.Keccak256([]byte("DuplicateEpoch(uint256,uint64)"))[:4]
	args, _ := abi.Arguments{{Type: mustType(t, "uint256")}, {Type: mustType(t, "uint64")}}.Pack(bigOne, uint64(7))
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"a registry error with arguments", append(append([]byte{}, dup...), args...), "DuplicateEpoch"},
		{"an error without arguments", crypto.Keccak256([]byte("ProofInvalid()"))[:4], "ProofInvalid"},
		{"an OpenZeppelin error", crypto.Keccak256([]byte("EnforcedPause()"))[:4], "EnforcedPause"},
		{"unknown data", []byte{1, 2, 3, 4}, ""},
		{"no data", nil, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			re := onchain.DecodeRevert(c.data)
			if re.Name != c.want || !errors.Is(re, onchain.ErrReverted) {
				t.Fatalf("decoded %q; want %q", re.Name, c.want)
			}
		})
	}
}

func TestTheSimulatedChainRunsOsakaAndNoLaterFork(t *testing.T) {
	c := onchain.OsakaConfig()
	if c.OsakaTime == nil || *c.OsakaTime != 0 {
		t.Fatal("Osaka is not active from genesis")
	}
	if c.BogotaTime != nil || c.AmsterdamTime != nil || c.BPO1Time != nil {
		t.Fatalf("a later fork is scheduled: %v", c)
	}
}

var bigOne = new(big.Int).SetInt64(1)

func mustType(t *testing.T, s string) abi.Type {
	t.Helper()
	ty, err := abi.NewType(s, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	return ty
}

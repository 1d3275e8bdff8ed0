package ceremony

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/internal/field"
)

// statementDomain separates a contribution statement's digest from every
// other message an org's key signs (EIP-712 attestations hash a 0x1901
// prefix; this one starts with its own name).
const statementDomain = "rwabridge ceremony contribution v1\x00"

// Statement is a contribution's signed statement (the .json file next to
// it): org Org, holding the key of Signer, made contribution Index of Phase
// of ceremony Ceremony, a file of SHA-256 Contribution built on the file of
// SHA-256 Previous. Both hashes are of gnark's encoding of the objects, so
// Previous is also the challenge gnark's proof of update is bound to.
type Statement struct {
	Ceremony     field.Digest  `json:"ceremony"`
	Phase        int           `json:"phase"`
	Index        int           `json:"index"`
	Org          string        `json:"org"`
	Signer       string        `json:"signer"`
	Previous     field.Digest  `json:"previous"`
	Contribution field.Digest  `json:"contribution"`
	Signature    hexutil.Bytes `json:"signature"`
}

// Digest is what the org's key signs: Keccak-256 of the domain, the
// ceremony id, the phase (1 byte), the index (4 bytes, big-endian), the
// org's length (1 byte) and the org, then Previous and Contribution.
func (s *Statement) Digest() [32]byte {
	b := make([]byte, 0, len(statementDomain)+32+1+4+1+len(s.Org)+64)
	b = append(b, statementDomain...)
	b = append(b, s.Ceremony[:]...)
	b = append(b, byte(s.Phase))
	b = binary.BigEndian.AppendUint32(b, uint32(s.Index))
	b = append(b, byte(len(s.Org)))
	b = append(b, s.Org...)
	b = append(b, s.Previous[:]...)
	b = append(b, s.Contribution[:]...)
	return crypto.Keccak256Hash(b)
}

// Sign signs s with key and sets Signer and Signature.
func (s *Statement) Sign(key *ecdsa.PrivateKey) error {
	s.Signer = crypto.PubkeyToAddress(key.PublicKey).Hex()
	d := s.Digest()
	sig, err := crypto.Sign(d[:], key)
	if err != nil {
		return fmt.Errorf("ceremony: sign: %w", err)
	}
	s.Signature = sig
	return nil
}

// checkSignature checks that s is signed by the key of the address want
// (the plan's for s.Org): ErrSignature otherwise. Only low-s signatures
// are accepted, so a signature has one form.
func (s *Statement) checkSignature(want string) error {
	if len(s.Signature) == 0 {
		return fmt.Errorf("%w: %s's contribution %d of phase %d is not signed", ErrSignature, s.Org, s.Index, s.Phase)
	}
	if len(s.Signature) != crypto.SignatureLength {
		return fmt.Errorf("%w: %s's signature is %d bytes, want %d", ErrSignature, s.Org, len(s.Signature), crypto.SignatureLength)
	}
	r, sv, v := s.Signature[:32], s.Signature[32:64], s.Signature[64]
	if !crypto.ValidateSignatureValues(v, new(big.Int).SetBytes(r), new(big.Int).SetBytes(sv), true) {
		return fmt.Errorf("%w: %s's signature has out-of-range values", ErrSignature, s.Org)
	}
	d := s.Digest()
	pub, err := crypto.SigToPub(d[:], s.Signature)
	if err != nil {
		return fmt.Errorf("%w: %s's signature does not recover: %w", ErrSignature, s.Org, err)
	}
	got := crypto.PubkeyToAddress(*pub)
	if !strings.EqualFold(got.Hex(), want) {
		return fmt.Errorf("%w: %s's contribution %d of phase %d is signed by %s, the plan lists %s for %s", ErrSignature, s.Org, s.Index, s.Phase, got.Hex(), common.HexToAddress(want).Hex(), s.Org)
	}
	if !strings.EqualFold(s.Signer, want) {
		return fmt.Errorf("%w: %s's statement names signer %s, the plan lists %s", ErrSignature, s.Org, s.Signer, want)
	}
	return nil
}

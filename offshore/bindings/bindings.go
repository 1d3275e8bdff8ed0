// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// DisclosureRegistryChunks is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryChunks struct {
	Roots  []*big.Int
	Accs   []*big.Int
	Proofs [][]byte
}

// DisclosureRegistryDisclosure is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryDisclosure struct {
	Pool           *big.Int
	Epoch          uint64
	PolicyHash     *big.Int
	Root           *big.Int
	Chunks         uint32
	ChunkRootsHash [32]byte
	Metrics        [5]uint64
}

// DisclosureRegistryPoolConfig is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryPoolConfig struct {
	Verifier    common.Address
	Token       common.Address
	EpochLength uint32
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
}

// IdentityRegistryIdentity is an auto generated low-level Go binding around an user-defined struct.
type IdentityRegistryIdentity struct {
	Country uint16
	Expiry  uint64
	ChainId uint64
}

// RWATokenPayout is an auto generated low-level Go binding around an user-defined struct.
type RWATokenPayout struct {
	SnapshotBlock *big.Int
	Closed        bool
	SettledWeight *big.Int
	Supply        *big.Int
	Amount        *big.Int
	Cap           *big.Int
}

// DisclosureRegistryMetaData contains all meta data concerning the DisclosureRegistry contract.
var DisclosureRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialAccHash_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AdminZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"roots\",\"type\":\"uint256\"}],\"name\":\"ChunkCountInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"}],\"name\":\"ChunkListsInconsistent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"ChunkRootNotEpochRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ChunkRootsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeEmpty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CommitteeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"DuplicateEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"}],\"name\":\"EpochLengthInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"EpochOutOfOrder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"GrowthBoundExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InitialAccHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NotDisclosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payoutShareBp\",\"type\":\"uint256\"}],\"name\":\"PayoutShareInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolIdInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotConfigured\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProofLengthInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"RootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundTooWide\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"SignaturesMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdAboveSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdNotMajority\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committeeVersion\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"prevPlusOne\",\"type\":\"uint64\"}],\"name\":\"DisclosureAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"name\":\"PolicyAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyDisallowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"PoolActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"name\":\"PoolConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISCLOSURE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NUM_METRICS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVENUE_METRIC\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"acceptance\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"name\":\"allowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"internalType\":\"structDisclosureRegistry.PoolConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"configurePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"disallowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosureDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialAccHash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"isStale\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"latestEpoch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"policyTerms\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[7]\",\"name\":\"\",\"type\":\"uint256[7]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"bytes24\",\"name\":\"digest\",\"type\":\"bytes24\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setPoolActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"structHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitSingleChunkDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "dfecd1bcc31b4bbb1e7ea47b93da669ed8",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161395d38038061395d83398101604081905261002f916102a9565b6040518060400160405280601c81526020017f72776162726964676520446973636c6f73757265526567697374727900000000815250604051806040016040528060018152602001603160f81b81525061008e826101ba60201b60201c565b6101205261009b816101ba565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0382166101575760405163b325f76760e01b815260040160405180910390fd5b80158061018457507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110155b156101a2576040516355f4ac5b60e11b815260040160405180910390fd5b6101608190526101b25f83610200565b50505061033b565b5f5f829050601f815111156101ed578260405163305a27a960e01b81526004016101e491906102e0565b60405180910390fd5b80516101f882610315565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102a0575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102583390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102a3565b505f5b92915050565b5f5f604083850312156102ba575f5ffd5b82516001600160a01b03811681146102d0575f5ffd5b6020939093015192949293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610335575f198160200360031b1b821691505b50919050565b60805160a05160c05160e051610100516101205161014051610160516135b96103a45f395f81816103d40152818161178b0152611dbf01525f611b2401525f611af901525f6126e501525f6126bd01525f61261801525f61264201525f61266c01526135b95ff3fe608060405234801561000f575f5ffd5b5060043610610234575f3560e01c806384b0196e11610135578063bb36e169116100b4578063e8b2ed1e11610079578063e8b2ed1e146105fa578063ea17fa931461060d578063f58985aa14610620578063f5b541a614610633578063f698da251461065a575f5ffd5b8063bb36e169146105ab578063d25a2044146105b5578063d547741f146105c8578063d864e740146105db578063e54bc7d1146105f2575f5ffd5b806393789c67116100fa57806393789c6714610537578063943125521461054a578063a217fddf14610571578063a624a1df14610578578063b96e6dc31461058b575f5ffd5b806384b0196e146104915780638af4715c146104ac5780638b9060d9146105145780638dd5c0d61461051c57806391d1485414610524575f5ffd5b80635c975abb116101c15780636c05ab08116101865780636c05ab08146103f65780636e7d40191461042357806373e67c0a146104635780637c135308146104765780638456cb5914610489575f5ffd5b80635c975abb146103515780635cdf65031461035c5780635e5b12861461039157806365f3aa5c146103bc578063672e75c2146103cf575f5ffd5b8063248a9ca311610207578063248a9ca3146102d857806324ea54f4146102fa5780632f2ff15d1461032157806336568abe146103365780633f4ba83a14610349575f5ffd5b806301ffc9a7146102385780631526fe27146102605780631ee036f1146102855780632040828d146102a6575b5f5ffd5b61024b610246366004612ad8565b610662565b60405190151581526020015b60405180910390f35b61027361026e366004612b06565b610698565b60405161025796959493929190612b45565b610298610293366004612bd4565b6107ec565b604051908152602001610257565b6102b96102b4366004612b06565b6107fe565b6040805192151583526001600160401b03909116602083015201610257565b6102986102e6366004612b06565b5f9081526020819052604090206001015490565b6102987f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b61033461032f366004612c03565b610846565b005b610334610344366004612c03565b610870565b6103346108a8565b60015460ff1661024b565b61036f61036a366004612bd4565b6108dd565b604080516001600160401b03909316835261ffff909116602083015201610257565b6103a461039f366004612bd4565b61099f565b6040516001600160401b039091168152602001610257565b6103346103ca366004612c31565b6109b0565b6102987f000000000000000000000000000000000000000000000000000000000000000081565b610409610404366004612cb6565b610bfb565b60408051921515835261ffff909116602083015201610257565b61044b610431366004612b06565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610257565b610334610471366004612cd6565b610c40565b610334610484366004612d0d565b610fe8565b610334611133565b610499611165565b6040516102579796959493929190612d6c565b6104eb6104ba366004612e1d565b5f918252600a602090815260408084206001600160401b039390931684529190529020549065ffffffffffff821690565b6040805167ffffffffffffffff1990931683526001600160401b03909116602083015201610257565b610298600281565b610298602081565b61024b610532366004612c03565b6111a7565b610334610545366004612cb6565b6111cf565b6102987ff800b82218d48b2c2ce2e326c1ce153ce39ffb95534929aa73152da721e547e681565b6102985f81565b61024b610586366004612b06565b6112a4565b61059e610599366004612e57565b61137d565b6040516102579190612ed0565b6102986210000081565b6102986105c3366004612bd4565b6113fa565b6103346105d6366004612c03565b611404565b6105e3611428565b60405161025793929190612ede565b610298600581565b610334610608366004612f83565b6114ac565b61033461061b366004612ffc565b6115bf565b61033461062e366004613023565b611676565b6102987f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b610298611862565b5f6001600160e01b03198216637965db0b60e01b148061069257506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f5f5f5f6106a4612a9c565b6106ac612a9c565b5f878152600460209081526040808320815160808101835290546001600160a01b0381168252600160a01b810462ffffff1682850152600160b81b810460ff16151582840152600160c01b90046001600160401b031660608201528a8452600683528184205460079093529083205490925b60058110156107ac57600161073282611870565b6001901b61074091906130b9565b6107498261188e565b84901c1686826005811061075f5761075f6130cc565b6001600160401b039092166020928302919091015261077f9082906130e0565b82901c858260058110610794576107946130cc565b63ffffffff909216602092909202015260010161071e565b505081515f998a526005602090815260409a8b902054908401519a90930151909a6001600160a01b039093169962ffffff16985096509294509092509050565b5f6106926107f9836118ac565b611937565b5f818152600460205260408120548190600160c01b90046001600160401b031680820361083057505f93849350915050565b600161083c81836130f7565b9250925050915091565b5f8281526020819052604090206001015461086081611963565b61086a838361196d565b50505050565b6001600160a01b03811633146108995760405163334bd91960e11b815260040160405180910390fd5b6108a382826119fc565b505050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50416108d281611963565b6108da611a65565b50565b80355f908152600a60209081526040808320839283928391610903918801908801613116565b6001600160401b0316815260208101919091526040015f20549050801580610941575061092f846118ac565b67ffffffffffffffff19828116911614155b156109885783356109586040860160208701613116565b604051634a34b50960e11b815260048101929092526001600160401b031660248201526044015b60405180910390fd5b65ffffffffffff81169460309190911c9350915050565b5f6109a9826108dd565b5092915050565b5f6109ba81611963565b825f8190036109dc57604051633cabb6dd60e11b815260040160405180910390fd5b6020811115610a08576040516349e0177360e11b8152600481018290526020602482015260440161097f565b80610a1760ff851660026130e0565b11610a4157604051636651fa8760e01b815260ff841660048201526024810182905260440161097f565b808360ff161115610a7157604051637f52a08f60e01b815260ff841660048201526024810182905260440161097f565b600c545f90610a8f9061010090046001600160401b0316600161312f565b90505f5b82811015610b75575f878783818110610aae57610aae6130cc565b9050602002016020810190610ac3919061314e565b90506001600160a01b038116610aef5760405163de1954f360e01b81526004810183905260240161097f565b6001600160a01b0381165f908152600d60205260409020546001600160401b03808516911603610b3d57604051637010e27960e11b81526001600160a01b038216600482015260240161097f565b6001600160a01b03165f908152600d60205260409020805467ffffffffffffffff19166001600160401b038416179055600101610a93565b50600c805468ffffffffffffffffff19166101006001600160401b0384160260ff19161760ff8616179055600b610bad868883613189565b50806001600160401b03167fa62f8b9dcacd3d767d1b28369a5e9d0c17bc3f02e39982b0015c92d244adfd64878787604051610beb93929190613225565b60405180910390a2505050505050565b5f82815260096020908152604080832084845282529182902082518084019093525460ff8116151580845261010090910461ffff1692909101829052905b9250929050565b5f610c4a81611963565b821580610c5a575060f883901c15155b15610c7b57604051630101f5eb60e61b81526004810184905260240161097f565b5f610c89602084018461314e565b6001600160a01b031603610cb05760405163089d0d2360e31b815260040160405180910390fd5b610cc06060830160408401613291565b63ffffffff161580610ce9575062100000610ce16060840160408501613291565b63ffffffff16115b15610d2057610cfe6060830160408401613291565b60405163f276071560e01b815263ffffffff909116600482015260240161097f565b5f80805b6005811015610e0b575f856060018260058110610d4357610d436130cc565b602002016020810190610d569190613116565b9050610d6182611870565b816001600160401b0316901c6001600160401b03165f14610da75760405163c20638c960e01b8152600481018390526001600160401b038216602482015260440161097f565b610db08261188e565b6001600160401b038216901b9390931792610dcc8260206130e0565b86610100018360058110610de257610de26130cc565b602002016020810190610df59190613291565b63ffffffff16901b929092179150600101610d24565b505f85815260046020908152604090912090610e299086018661314e565b81546001600160a01b0319166001600160a01b0391909116178155610e546060860160408701613291565b815460ff60b81b1962ffffff92909216600160a01b029190911663ffffffff60a01b1990911617600160b81b178155610e93604086016020870161314e565b5f87815260056020908152604080832080546001600160a01b0319166001600160a01b039590951694909417909355600681528282208690556007815291902083905586907f4e92cc515ff5753d844a64be8c02d95ed4283e8800fbdc98a7eda53c0cc3d84390610f069088018861314e565b610f13602089018961314e565b6001600160a01b0316634fe840f56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610f4e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f7291906132aa565b610f8260408a0160208b0161314e565b610f9260608b0160408c01613291565b8a6060018b61010001604051610fad969594939291906132f4565b60405180910390a26040516001815286907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b690602001610beb565b5f610ff281611963565b5f848152600460205260409020546001600160a01b031661102957604051635f371c7b60e01b81526004810185905260240161097f565b82158061105657507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018310155b1561107757604051636c1881d360e01b81526004810184905260240161097f565b6127108261ffff1611156110a4576040516323a578db60e01b815261ffff8316600482015260240161097f565b6040805180820182526001815261ffff84811660208084018281525f8a8152600983528681208a8252835286902094518554915162ffffff1990921690151562ffff001916176101009190941602929092179092559151908152849186917fe929aa9cadb0df9ac0d2531371315327a61962c7fc13ac108262e48bcf4981a8910160405180910390a350505050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504161115d81611963565b6108da611ab7565b5f6060805f5f5f6060611176611af2565b61117e611b1d565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f6111d981611963565b5f838152600460205260409020546001600160a01b031661121057604051635f371c7b60e01b81526004810184905260240161097f565b5f83815260096020908152604080832085845290915290205460ff16611253576040516303cafffb60e31b8152600481018490526024810183905260440161097f565b5f838152600960209081526040808320858452909152808220805462ffffff1916905551839185917fdbca4854e02cebfc766e10f7a07a22ad85c504b62a465219ca8443a564b215389190a3505050565b5f818152600460209081526040808320815160808101835290546001600160a01b038116808352600160a01b820462ffffff1694830194909452600160b81b810460ff16151592820192909252600160c01b9091046001600160401b031660608201529061132857604051635f371c7b60e01b81526004810184905260240161097f565b80606001516001600160401b03165f036113455750600192915050565b806020015162ffffff1681606001516001600160401b031660016113699190613370565b61137391906130e0565b4210159392505050565b611385612aba565b61138f8484611b48565b5f805b60058110156113e4576113a48161188e565b8660c00182600581106113b9576113b96130cc565b6020020160208101906113cc9190613116565b6001600160401b0316901b9190911790600101611392565b506113f185858584611d35565b95945050505050565b5f610692826118ac565b5f8281526020819052604090206001015461141e81611963565b61086a83836119fc565b600c54600b8054604080516020808402820181019092528281526060945f948594909360ff8316936101009093046001600160401b03169291859183018282801561149a57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161147c575b50505050509250925092509250909192565b6114b4611e88565b5f5f5f6114c087611eae565b9250925092506114d08787611b48565b5f6114da886118ac565b90506114ef6114e882611937565b8787612200565b5f6114fa8880613383565b91505f90505b818110156115a7576001600160a01b03861663598da1d161152460408c018c613383565b84818110611534576115346130cc565b905060200281019061154691906133c8565b6115528e8e878c611d35565b6040518463ffffffff1660e01b81526004016115709392919061340a565b5f6040518083038186803b158015611586575f5ffd5b505afa158015611598573d5f5f3e3d5ffd5b50505050806001019050611500565b506115b489838686612497565b505050505050505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9296115e981611963565b5f83815260046020526040902080546001600160a01b031661162157604051635f371c7b60e01b81526004810185905260240161097f565b805460ff60b81b1916600160b81b84151590810291909117825560405190815284907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b69060200160405180910390a250505050565b61167e611e88565b5f5f5f61168a88611eae565b919450925090506116a160a0890160808a01613291565b63ffffffff166001146116e7576116be60a0890160808a01613291565b60405163b5e801ed60e01b815263ffffffff90911660048201526001602482015260440161097f565b6040805160608a013560208201525f91016040516020818303038152906040528051906020012090508860a0013581146117415760405163ceee09eb60e01b815260a08a013560048201526024810182905260440161097f565b5f61174b8a6118ac565b905061176061175982611937565b8888612200565b611768612aba565b8a3581526040808c0180356020808501919091526060808f0135938501939093527f0000000000000000000000000000000000000000000000000000000000000000928401929092526021916117c091908e01613116565b6001600160401b0316901b600117816005600781106117e1576117e16130cc565b602002015260c0810185905260405163598da1d160e01b81526001600160a01b0387169063598da1d19061181d908d908d90869060040161340a565b5f6040518083038186803b158015611833575f5ffd5b505afa158015611845573d5f5f3e3d5ffd5b505050506118558b838787612497565b5050505050505050505050565b5f61186b61260c565b905090565b5f61187c8260086130e0565b641030404030901c60ff169050919050565b5f61189a8260086130e0565b64e0b0703000901c60ff169050919050565b5f7ff800b82218d48b2c2ce2e326c1ce153ce39ffb95534929aa73152da721e547e682356118e06040850160208601613116565b604085013560608601356118fa60a0880160808901613291565b8760a001358860c00160405160200161191a98979695949392919061344d565b604051602081830303815290604052805190602001209050919050565b5f61069261194361260c565b8360405161190160f01b8152600281019290925260228201526042902090565b6108da8133612735565b5f61197883836111a7565b6119f5575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556119ad3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610692565b505f610692565b5f611a0783836111a7565b156119f5575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610692565b611a6d612772565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b611abf611e88565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a25833611a9a565b606061186b7f0000000000000000000000000000000000000000000000000000000000000000612795565b606061186b7f0000000000000000000000000000000000000000000000000000000000000000612795565b5f611b538280613383565b9150611b67905060a0840160808501613291565b63ffffffff161580611b8e5750611b8460a0840160808501613291565b63ffffffff168114155b15611bcc57611ba360a0840160808501613291565b60405163b5e801ed60e01b815263ffffffff90911660048201526024810182905260440161097f565b611bd76001826130b9565b611be46020840184613383565b9050141580611c01575080611bfc6040840184613383565b905014155b15611c4e5780611c146020840184613383565b9050611c236040850185613383565b604051632681a74160e21b81526004810194909452602484019290925250604482015260640161097f565b5f611c598380613383565b604051602001611c6a9291906134a5565b6040516020818303038152906040528051906020012090508360a001358114611cb35760405163ceee09eb60e01b815260a085013560048201526024810182905260440161097f565b816001148015611ce757506060840135611ccd8480613383565b5f818110611cdd57611cdd6130cc565b9050602002013514155b1561086a57611cf68380613383565b5f818110611d0657611d066130cc565b60405163220abd9160e11b8152602090910292909201356004830152506060850135602482015260440161097f565b611d3d612aba565b8435815260408501356020820152611d558480613383565b84818110611d6557611d656130cc565b9050602002013581600260078110611d7f57611d7f6130cc565b60200201528215611dbd57611d976020850185613383565b611da26001866130b9565b818110611db157611db16130cc565b90506020020135611ddf565b7f00000000000000000000000000000000000000000000000000000000000000005b60608201525f6021611df76040880160208901613116565b6001600160401b0316901b600185901b179050611e148580613383565b9050611e21856001613370565b03611e3b576001811760a083015260c08201839052611e7f565b611e486020860186613383565b85818110611e5857611e586130cc565b9050602002013582600460078110611e7257611e726130cc565b602002015260a082018190525b50949350505050565b60015460ff1615611eac5760405163d93c066560e01b815260040160405180910390fd5b565b80355f908152600460209081526040808320815160808101835290546001600160a01b0381168252600160a01b810462ffffff1693820193909352600160b81b830460ff161515918101829052600160c01b9092046001600160401b0316606083015282918291611f34576040516268d63360e21b81528535600482015260240161097f565b84355f90815260096020908152604080832081890135845282529182902082518084019093525460ff8116151580845261010090910461ffff1691830191909152611f9f57604080516303cafffb60e31b81528735600482015290870135602482015260440161097f565b5f826020015162ffffff16876020016020810190611fbd9190613116565b611fd1906001600160401b03166001613370565b611fdb91906130e0565b90508042101561202157611ff56040880160208901613116565b604051631131cf2b60e11b81526001600160401b0390911660048201526024810182905260440161097f565b86355f908152600a602090815260408083209291612043918b01908b01613116565b6001600160401b0316815260208101919091526040015f20541561209e5786356120736040890160208a01613116565b60405163a4290f1b60e01b815260048101929092526001600160401b0316602482015260440161097f565b60608301516001600160401b0316158015906120de575060608301516001600160401b03166120d36040890160208a01613116565b6001600160401b0316105b15612130576120f36040880160208901613116565b6001846060015161210491906130f7565b604051632abeb08d60e21b81526001600160401b0392831660048201529116602482015260440161097f565b86606001355f036121545760405163b263ae7360e01b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187606001351061219e576040516307ced7b360e51b81526060880135600482015260240161097f565b6121e88784606001516001600160401b03165f141580156121e357506121ca60408a0160208b01613116565b6001600160401b031685606001516001600160401b0316145b6127d2565b92516020909201519195509193509150509193909250565b600c5461010090046001600160401b03165f03612230576040516332c7778960e11b815260040160405180910390fd5b61223b6041826134e0565b1561225f5760405160016265861160e01b031981526004810182905260240161097f565b5f61226b6041836134f3565b600c5490915060ff168082101561229f576040516378f4355360e11b8152600481018390526024810182905260440161097f565b600c5461010090046001600160401b03165f805b8481101561248d575f87876122c98460416130e0565b906122d58560416130e0565b6122e0906020613370565b926122ed93929190613506565b6122f69161352d565b90505f88886123068560416130e0565b612311906020613370565b9061231d8660416130e0565b612328906040613370565b9261233593929190613506565b61233e9161352d565b90505f898961234e8660416130e0565b612359906040613370565b818110612368576123686130cc565b919091013560f81c91505f9050806123828d8487876129ad565b509092509050600381600381111561239c5761239c61354a565b036123bd5760405163021bd57160e21b81526004810187905260240161097f565b5f8160038111156123d0576123d061354a565b146123f15760405163c7e1c19760e01b81526004810187905260240161097f565b6001600160a01b0382165f908152600d60205260409020546001600160401b03898116911614612446576040516335f8d42960e01b8152600481018790526001600160a01b038316602482015260440161097f565b866001600160a01b0316826001600160a01b03161161247b5760405163590a84f760e01b81526004810187905260240161097f565b50945050600190920191506122b39050565b5050505050505050565b83355f908152600a6020908152604080832067ffffffffffffffff19871667ffff000000000000603087901b1617431793909290916124db91908901908901613116565b6001600160401b03908116825260208083019390935260409182015f9081209490945587358452600483529281902054600160c01b90049092169161252591908701908701613116565b61253090600161312f565b85355f90815260046020908152604080832080546001600160401b0395909516600160c01b026001600160c01b03909516949094179093556008815290829020859055339161258491908801908801613116565b6001600160401b031686357fb5fce1b0ba886775959215177e397410d2fc70a482b4c2e7d71ea07da7018e13604089013560608a01356125ca60a08c0160808d01613291565b8b60a001358c60c001600c60019054906101000a90046001600160401b03168a6040516125fd979695949392919061355e565b60405180910390a45050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561266457507f000000000000000000000000000000000000000000000000000000000000000046145b1561268e57507f000000000000000000000000000000000000000000000000000000000000000090565b61186b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b61273f82826111a7565b61276e5760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161097f565b5050565b60015460ff16611eac57604051638dfc202b60e01b815260040160405180910390fd5b60605f6127a183612a75565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b81355f908152600660205260408120548180841561280957505083355f908152600760209081526040808320546008909252909120545b5f5b60058110156129a3575f8760c001826005811061282a5761282a6130cc565b60200201602081019061283d9190613116565b90505f6128498361188e565b90505f600161285785611870565b6001901b61286591906130b9565b8288901c169050806001600160401b0316836001600160401b031611156128b9576040516351f1193b60e01b8152600481018590526001600160401b0380851660248301528216604482015260640161097f565b8815612988575f60016128cb86611870565b6001901b6128d991906130b9565b86841c1690506001600160401b03811615612986575f6127106128fd8760206130e0565b89901c63ffffffff16836001600160401b031661291a91906130e0565b61292491906134f3565b612937906001600160401b038416613370565b905080856001600160401b031611156129845760405163b2504aed60e01b8152600481018790526001600160401b038087166024830152831660448201526064810182905260840161097f565b505b505b506001600160401b03909116901b949094179360010161280b565b5050505092915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156129e657505f91506003905082612a6b565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612a37573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612a6257505f925060019150829050612a6b565b92505f91508190505b9450945094915050565b5f60ff8216601f81111561069257604051632cd44ac360e21b815260040160405180910390fd5b6040518060a001604052806005906020820280368337509192915050565b6040518060e001604052806007906020820280368337509192915050565b5f60208284031215612ae8575f5ffd5b81356001600160e01b031981168114612aff575f5ffd5b9392505050565b5f60208284031215612b16575f5ffd5b5035919050565b805f5b600581101561086a57815163ffffffff16845260209384019390910190600101612b20565b6001600160a01b0387811682528616602082015263ffffffff8516604082015283151560608201526101c0810160808201845f5b6005811015612ba15781516001600160401b0316835260209283019290910190600101612b79565b505050612bb2610120830184612b1d565b979650505050505050565b5f6101608284031215612bce575f5ffd5b50919050565b5f6101608284031215612be5575f5ffd5b612aff8383612bbd565b6001600160a01b03811681146108da575f5ffd5b5f5f60408385031215612c14575f5ffd5b823591506020830135612c2681612bef565b809150509250929050565b5f5f5f60408486031215612c43575f5ffd5b83356001600160401b03811115612c58575f5ffd5b8401601f81018613612c68575f5ffd5b80356001600160401b03811115612c7d575f5ffd5b8660208260051b8401011115612c91575f5ffd5b60209182019450925084013560ff81168114612cab575f5ffd5b809150509250925092565b5f5f60408385031215612cc7575f5ffd5b50508035926020909101359150565b5f5f8284036101c0811215612ce9575f5ffd5b833592506101a0601f1982011215612cff575f5ffd5b506020830190509250929050565b5f5f5f60608486031215612d1f575f5ffd5b8335925060208401359150604084013561ffff81168114612cab575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f612d8a60e0830189612d3e565b8281036040840152612d9c8189612d3e565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015612df1578351835260209384019390920191600101612dd3565b50909b9a5050505050505050505050565b80356001600160401b0381168114612e18575f5ffd5b919050565b5f5f60408385031215612e2e575f5ffd5b82359150612e3e60208401612e02565b90509250929050565b5f60608284031215612bce575f5ffd5b5f5f5f6101a08486031215612e6a575f5ffd5b612e748585612bbd565b92506101608401356001600160401b03811115612e8f575f5ffd5b612e9b86828701612e47565b9396939550505050610180919091013590565b805f5b600781101561086a578151845260209384019390910190600101612eb1565b60e081016106928284612eae565b606080825284519082018190525f9060208601906080840190835b81811015612f205783516001600160a01b0316835260209384019390920191600101612ef9565b505060ff95909516602084015250506001600160401b0391909116604090910152919050565b5f5f83601f840112612f56575f5ffd5b5081356001600160401b03811115612f6c575f5ffd5b602083019150836020828501011115610c39575f5ffd5b5f5f5f5f6101a08587031215612f97575f5ffd5b612fa18686612bbd565b93506101608501356001600160401b03811115612fbc575f5ffd5b612fc887828801612e47565b9350506101808501356001600160401b03811115612fe4575f5ffd5b612ff087828801612f46565b95989497509550505050565b5f5f6040838503121561300d575f5ffd5b8235915060208301358015158114612c26575f5ffd5b5f5f5f5f5f6101a08688031215613038575f5ffd5b6130428787612bbd565b94506101608601356001600160401b0381111561305d575f5ffd5b61306988828901612f46565b9095509350506101808601356001600160401b03811115613088575f5ffd5b61309488828901612f46565b969995985093965092949392505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610692576106926130a5565b634e487b7160e01b5f52603260045260245ffd5b8082028115828204841417610692576106926130a5565b6001600160401b038281168282160390811115610692576106926130a5565b5f60208284031215613126575f5ffd5b612aff82612e02565b6001600160401b038181168382160190811115610692576106926130a5565b5f6020828403121561315e575f5ffd5b8135612aff81612bef565b634e487b7160e01b5f52604160045260245ffd5b5f813561069281612bef565b6001600160401b038311156131a0576131a0613169565b680100000000000000008311156131b9576131b9613169565b8054838255808410156131ed57815f528360205f20018482035f5b818110156131e9575f838201556001016131d4565b5050505b505f8181526020812083915b8581101561321d5761320a8361317d565b82820155602092909201916001016131f9565b505050505050565b604080825281018390525f8460608301825b8681101561326757823561324a81612bef565b6001600160a01b0316825260209283019290910190600101613237565b50809250505060ff83166020830152949350505050565b803563ffffffff81168114612e18575f5ffd5b5f602082840312156132a1575f5ffd5b612aff8261327e565b5f602082840312156132ba575f5ffd5b5051919050565b805f5b600581101561086a576001600160401b036132de83612e02565b16845260209384019391909101906001016132c4565b6001600160a01b038781168252602082018790528516604082015263ffffffff841660608201526101c0810161332d60808301856132c1565b6101208201835f5b60058110156133625763ffffffff61334c8361327e565b1683526020928301929190910190600101613335565b505050979650505050505050565b80820180821115610692576106926130a5565b5f5f8335601e19843603018112613398575f5ffd5b8301803591506001600160401b038211156133b1575f5ffd5b6020019150600581901b3603821315610c39575f5ffd5b5f5f8335601e198436030181126133dd575f5ffd5b8301803591506001600160401b038211156133f6575f5ffd5b602001915036819003821315610c39575f5ffd5b61010081528261010082015282846101208301375f61012084830101525f610120601f19601f86011683010190506134456020830184612eae565b949350505050565b5f610180820190508982528860208301526001600160401b038816604083015286606083015285608083015263ffffffff851660a08301528360c083015261349860e08301846132c1565b9998505050505050505050565b5f6001600160fb1b038311156134b9575f5ffd5b8260051b80858437919091019392505050565b634e487b7160e01b5f52601260045260245ffd5b5f826134ee576134ee6134cc565b500690565b5f82613501576135016134cc565b500490565b5f5f85851115613514575f5ffd5b83861115613520575f5ffd5b5050820193919092039150565b80356020831015610692575f19602084900360031b1b1692915050565b634e487b7160e01b5f52602160045260245ffd5b8781526020810187905263ffffffff8616604082015260608101859052610160810161358d60808301866132c1565b6001600160401b0384166101208301526001600160401b0383166101408301529897505050505050505056",
}

// DisclosureRegistry is an auto generated Go binding around an Ethereum contract.
type DisclosureRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DisclosureRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewDisclosureRegistry creates a new instance of DisclosureRegistry.
func NewDisclosureRegistry() *DisclosureRegistry {
	parsed, err := DisclosureRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DisclosureRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DisclosureRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin, uint256 initialAccHash_) returns()
func (disclosureRegistry *DisclosureRegistry) PackConstructor(admin common.Address, initialAccHash_ *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("", admin, initialAccHash_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := disclosureRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return disclosureRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDISCLOSURETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94312552.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DISCLOSURE_TYPEHASH() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackDISCLOSURETYPEHASH() []byte {
	enc, err := disclosureRegistry.abi.Pack("DISCLOSURE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDISCLOSURETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94312552.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DISCLOSURE_TYPEHASH() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackDISCLOSURETYPEHASH() ([]byte, error) {
	return disclosureRegistry.abi.Pack("DISCLOSURE_TYPEHASH")
}

// UnpackDISCLOSURETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94312552.
//
// Solidity: function DISCLOSURE_TYPEHASH() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackDISCLOSURETYPEHASH(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("DISCLOSURE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackGUARDIANROLE() []byte {
	enc, err := disclosureRegistry.abi.Pack("GUARDIAN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24ea54f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackGUARDIANROLE() ([]byte, error) {
	return disclosureRegistry.abi.Pack("GUARDIAN_ROLE")
}

// UnpackGUARDIANROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24ea54f4.
//
// Solidity: function GUARDIAN_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackGUARDIANROLE(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("GUARDIAN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) PackMAXCOMMITTEE() []byte {
	enc, err := disclosureRegistry.abi.Pack("MAX_COMMITTEE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXCOMMITTEE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dd5c0d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) TryPackMAXCOMMITTEE() ([]byte, error) {
	return disclosureRegistry.abi.Pack("MAX_COMMITTEE")
}

// UnpackMAXCOMMITTEE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dd5c0d6.
//
// Solidity: function MAX_COMMITTEE() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) UnpackMAXCOMMITTEE(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("MAX_COMMITTEE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXEPOCHLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb36e169.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_EPOCH_LENGTH() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) PackMAXEPOCHLENGTH() []byte {
	enc, err := disclosureRegistry.abi.Pack("MAX_EPOCH_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXEPOCHLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb36e169.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_EPOCH_LENGTH() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) TryPackMAXEPOCHLENGTH() ([]byte, error) {
	return disclosureRegistry.abi.Pack("MAX_EPOCH_LENGTH")
}

// UnpackMAXEPOCHLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb36e169.
//
// Solidity: function MAX_EPOCH_LENGTH() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) UnpackMAXEPOCHLENGTH(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("MAX_EPOCH_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNUMMETRICS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe54bc7d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NUM_METRICS() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) PackNUMMETRICS() []byte {
	enc, err := disclosureRegistry.abi.Pack("NUM_METRICS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNUMMETRICS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe54bc7d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NUM_METRICS() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) TryPackNUMMETRICS() ([]byte, error) {
	return disclosureRegistry.abi.Pack("NUM_METRICS")
}

// UnpackNUMMETRICS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe54bc7d1.
//
// Solidity: function NUM_METRICS() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) UnpackNUMMETRICS(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("NUM_METRICS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackOPERATORROLE() []byte {
	enc, err := disclosureRegistry.abi.Pack("OPERATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackOPERATORROLE() ([]byte, error) {
	return disclosureRegistry.abi.Pack("OPERATOR_ROLE")
}

// UnpackOPERATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackOPERATORROLE(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("OPERATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREVENUEMETRIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b9060d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REVENUE_METRIC() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) PackREVENUEMETRIC() []byte {
	enc, err := disclosureRegistry.abi.Pack("REVENUE_METRIC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREVENUEMETRIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b9060d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REVENUE_METRIC() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) TryPackREVENUEMETRIC() ([]byte, error) {
	return disclosureRegistry.abi.Pack("REVENUE_METRIC")
}

// UnpackREVENUEMETRIC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b9060d9.
//
// Solidity: function REVENUE_METRIC() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) UnpackREVENUEMETRIC(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("REVENUE_METRIC", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAcceptance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cdf6503.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptance((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint64 blockNumber, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) PackAcceptance(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("acceptance", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5cdf6503.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptance((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint64 blockNumber, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) TryPackAcceptance(d DisclosureRegistryDisclosure) ([]byte, error) {
	return disclosureRegistry.abi.Pack("acceptance", d)
}

// AcceptanceOutput serves as a container for the return parameters of contract
// method Acceptance.
type AcceptanceOutput struct {
	BlockNumber   uint64
	PayoutShareBp uint16
}

// UnpackAcceptance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5cdf6503.
//
// Solidity: function acceptance((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint64 blockNumber, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) UnpackAcceptance(data []byte) (AcceptanceOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("acceptance", data)
	outstruct := new(AcceptanceOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BlockNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.PayoutShareBp = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackAllowPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c135308.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowPolicy(uint256 pool, uint256 policyHash, uint16 payoutShareBp) returns()
func (disclosureRegistry *DisclosureRegistry) PackAllowPolicy(pool *big.Int, policyHash *big.Int, payoutShareBp uint16) []byte {
	enc, err := disclosureRegistry.abi.Pack("allowPolicy", pool, policyHash, payoutShareBp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c135308.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowPolicy(uint256 pool, uint256 policyHash, uint16 payoutShareBp) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackAllowPolicy(pool *big.Int, policyHash *big.Int, payoutShareBp uint16) ([]byte, error) {
	return disclosureRegistry.abi.Pack("allowPolicy", pool, policyHash, payoutShareBp)
}

// PackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committee() view returns(address[] members, uint8 threshold, uint64 version)
func (disclosureRegistry *DisclosureRegistry) PackCommittee() []byte {
	enc, err := disclosureRegistry.abi.Pack("committee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function committee() view returns(address[] members, uint8 threshold, uint64 version)
func (disclosureRegistry *DisclosureRegistry) TryPackCommittee() ([]byte, error) {
	return disclosureRegistry.abi.Pack("committee")
}

// CommitteeOutput serves as a container for the return parameters of contract
// method Committee.
type CommitteeOutput struct {
	Members   []common.Address
	Threshold uint8
	Version   uint64
}

// UnpackCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd864e740.
//
// Solidity: function committee() view returns(address[] members, uint8 threshold, uint64 version)
func (disclosureRegistry *DisclosureRegistry) UnpackCommittee(data []byte) (CommitteeOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("committee", data)
	outstruct := new(CommitteeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Members = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Threshold = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Version = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackConfigurePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73e67c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configurePool(uint256 pool, (address,address,uint32,uint64[5],uint32[5]) cfg) returns()
func (disclosureRegistry *DisclosureRegistry) PackConfigurePool(pool *big.Int, cfg DisclosureRegistryPoolConfig) []byte {
	enc, err := disclosureRegistry.abi.Pack("configurePool", pool, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigurePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x73e67c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configurePool(uint256 pool, (address,address,uint32,uint64[5],uint32[5]) cfg) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackConfigurePool(pool *big.Int, cfg DisclosureRegistryPoolConfig) ([]byte, error) {
	return disclosureRegistry.abi.Pack("configurePool", pool, cfg)
}

// PackDisallowPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93789c67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disallowPolicy(uint256 pool, uint256 policyHash) returns()
func (disclosureRegistry *DisclosureRegistry) PackDisallowPolicy(pool *big.Int, policyHash *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("disallowPolicy", pool, policyHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisallowPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93789c67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disallowPolicy(uint256 pool, uint256 policyHash) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackDisallowPolicy(pool *big.Int, policyHash *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("disallowPolicy", pool, policyHash)
}

// PackDisclosedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5b1286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disclosedAt((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) PackDisclosedAt(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("disclosedAt", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisclosedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e5b1286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disclosedAt((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) TryPackDisclosedAt(d DisclosureRegistryDisclosure) ([]byte, error) {
	return disclosureRegistry.abi.Pack("disclosedAt", d)
}

// UnpackDisclosedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e5b1286.
//
// Solidity: function disclosedAt((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) UnpackDisclosedAt(data []byte) (uint64, error) {
	out, err := disclosureRegistry.abi.Unpack("disclosedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDisclosureDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ee036f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disclosureDigest((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackDisclosureDigest(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("disclosureDigest", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisclosureDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1ee036f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disclosureDigest((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackDisclosureDigest(d DisclosureRegistryDisclosure) ([]byte, error) {
	return disclosureRegistry.abi.Pack("disclosureDigest", d)
}

// UnpackDisclosureDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1ee036f1.
//
// Solidity: function disclosureDigest((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackDisclosureDigest(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("disclosureDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackDomainSeparator() []byte {
	enc, err := disclosureRegistry.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackDomainSeparator() ([]byte, error) {
	return disclosureRegistry.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (disclosureRegistry *DisclosureRegistry) PackEip712Domain() []byte {
	enc, err := disclosureRegistry.abi.Pack("eip712Domain")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEip712Domain is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84b0196e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (disclosureRegistry *DisclosureRegistry) TryPackEip712Domain() ([]byte, error) {
	return disclosureRegistry.abi.Pack("eip712Domain")
}

// Eip712DomainOutput serves as a container for the return parameters of contract
// method Eip712Domain.
type Eip712DomainOutput struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}

// UnpackEip712Domain is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (disclosureRegistry *DisclosureRegistry) UnpackEip712Domain(data []byte) (Eip712DomainOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("eip712Domain", data)
	outstruct := new(Eip712DomainOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)
	return *outstruct, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (disclosureRegistry *DisclosureRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := disclosureRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return disclosureRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := disclosureRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return disclosureRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := disclosureRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackInitialAccHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x672e75c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialAccHash() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) PackInitialAccHash() []byte {
	enc, err := disclosureRegistry.abi.Pack("initialAccHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialAccHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x672e75c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialAccHash() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) TryPackInitialAccHash() ([]byte, error) {
	return disclosureRegistry.abi.Pack("initialAccHash")
}

// UnpackInitialAccHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x672e75c2.
//
// Solidity: function initialAccHash() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) UnpackInitialAccHash(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("initialAccHash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsStale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa624a1df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isStale(uint256 pool) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) PackIsStale(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("isStale", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsStale is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa624a1df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isStale(uint256 pool) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) TryPackIsStale(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("isStale", pool)
}

// UnpackIsStale is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa624a1df.
//
// Solidity: function isStale(uint256 pool) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) UnpackIsStale(data []byte) (bool, error) {
	out, err := disclosureRegistry.abi.Unpack("isStale", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2040828d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestEpoch(uint256 pool) view returns(bool ok, uint64 epoch)
func (disclosureRegistry *DisclosureRegistry) PackLatestEpoch(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("latestEpoch", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2040828d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestEpoch(uint256 pool) view returns(bool ok, uint64 epoch)
func (disclosureRegistry *DisclosureRegistry) TryPackLatestEpoch(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("latestEpoch", pool)
}

// LatestEpochOutput serves as a container for the return parameters of contract
// method LatestEpoch.
type LatestEpochOutput struct {
	Ok    bool
	Epoch uint64
}

// UnpackLatestEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2040828d.
//
// Solidity: function latestEpoch(uint256 pool) view returns(bool ok, uint64 epoch)
func (disclosureRegistry *DisclosureRegistry) UnpackLatestEpoch(data []byte) (LatestEpochOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("latestEpoch", data)
	outstruct := new(LatestEpochOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ok = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Epoch = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (disclosureRegistry *DisclosureRegistry) PackPause() []byte {
	enc, err := disclosureRegistry.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (disclosureRegistry *DisclosureRegistry) TryPackPause() ([]byte, error) {
	return disclosureRegistry.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (disclosureRegistry *DisclosureRegistry) PackPaused() []byte {
	enc, err := disclosureRegistry.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (disclosureRegistry *DisclosureRegistry) TryPackPaused() ([]byte, error) {
	return disclosureRegistry.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (disclosureRegistry *DisclosureRegistry) UnpackPaused(data []byte) (bool, error) {
	out, err := disclosureRegistry.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPolicyTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c05ab08.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function policyTerms(uint256 pool, uint256 policyHash) view returns(bool allowed, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) PackPolicyTerms(pool *big.Int, policyHash *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("policyTerms", pool, policyHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPolicyTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c05ab08.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function policyTerms(uint256 pool, uint256 policyHash) view returns(bool allowed, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) TryPackPolicyTerms(pool *big.Int, policyHash *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("policyTerms", pool, policyHash)
}

// PolicyTermsOutput serves as a container for the return parameters of contract
// method PolicyTerms.
type PolicyTermsOutput struct {
	Allowed       bool
	PayoutShareBp uint16
}

// UnpackPolicyTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c05ab08.
//
// Solidity: function policyTerms(uint256 pool, uint256 policyHash) view returns(bool allowed, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) UnpackPolicyTerms(data []byte) (PolicyTermsOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("policyTerms", data)
	outstruct := new(PolicyTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Allowed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.PayoutShareBp = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackPoolInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1526fe27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolInfo(uint256 pool) view returns(address verifier, address token, uint32 epochLength, bool active, uint64[5] maxValue, uint32[5] maxGrowthBp)
func (disclosureRegistry *DisclosureRegistry) PackPoolInfo(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("poolInfo", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1526fe27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolInfo(uint256 pool) view returns(address verifier, address token, uint32 epochLength, bool active, uint64[5] maxValue, uint32[5] maxGrowthBp)
func (disclosureRegistry *DisclosureRegistry) TryPackPoolInfo(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("poolInfo", pool)
}

// PoolInfoOutput serves as a container for the return parameters of contract
// method PoolInfo.
type PoolInfoOutput struct {
	Verifier    common.Address
	Token       common.Address
	EpochLength uint32
	Active      bool
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
}

// UnpackPoolInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1526fe27.
//
// Solidity: function poolInfo(uint256 pool) view returns(address verifier, address token, uint32 epochLength, bool active, uint64[5] maxValue, uint32[5] maxGrowthBp)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolInfo(data []byte) (PoolInfoOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("poolInfo", data)
	outstruct := new(PoolInfoOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Token = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.EpochLength = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Active = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.MaxValue = *abi.ConvertType(out[4], new([5]uint64)).(*[5]uint64)
	outstruct.MaxGrowthBp = *abi.ConvertType(out[5], new([5]uint32)).(*[5]uint32)
	return *outstruct, nil
}

// PackPoolToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e7d4019.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolToken(uint256 pool) view returns(address)
func (disclosureRegistry *DisclosureRegistry) PackPoolToken(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("poolToken", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPoolToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e7d4019.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function poolToken(uint256 pool) view returns(address)
func (disclosureRegistry *DisclosureRegistry) TryPackPoolToken(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("poolToken", pool)
}

// UnpackPoolToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e7d4019.
//
// Solidity: function poolToken(uint256 pool) view returns(address)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolToken(data []byte) (common.Address, error) {
	out, err := disclosureRegistry.abi.Unpack("poolToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb96e6dc3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputs((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 index) view returns(uint256[7])
func (disclosureRegistry *DisclosureRegistry) PackPublicInputs(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, index *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("publicInputs", d, c, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb96e6dc3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputs((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 index) view returns(uint256[7])
func (disclosureRegistry *DisclosureRegistry) TryPackPublicInputs(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, index *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("publicInputs", d, c, index)
}

// UnpackPublicInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb96e6dc3.
//
// Solidity: function publicInputs((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 index) view returns(uint256[7])
func (disclosureRegistry *DisclosureRegistry) UnpackPublicInputs(data []byte) ([7]*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("publicInputs", data)
	if err != nil {
		return *new([7]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([7]*big.Int)).(*[7]*big.Int)
	return out0, nil
}

// PackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8af4715c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function record(uint256 pool, uint64 epoch) view returns(bytes24 digest, uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) PackRecord(pool *big.Int, epoch uint64) []byte {
	enc, err := disclosureRegistry.abi.Pack("record", pool, epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8af4715c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function record(uint256 pool, uint64 epoch) view returns(bytes24 digest, uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) TryPackRecord(pool *big.Int, epoch uint64) ([]byte, error) {
	return disclosureRegistry.abi.Pack("record", pool, epoch)
}

// RecordOutput serves as a container for the return parameters of contract
// method Record.
type RecordOutput struct {
	Digest      [24]byte
	BlockNumber uint64
}

// UnpackRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8af4715c.
//
// Solidity: function record(uint256 pool, uint64 epoch) view returns(bytes24 digest, uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) UnpackRecord(data []byte) (RecordOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("record", data)
	outstruct := new(RecordOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Digest = *abi.ConvertType(out[0], new([24]byte)).(*[24]byte)
	outstruct.BlockNumber = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (disclosureRegistry *DisclosureRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := disclosureRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return disclosureRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (disclosureRegistry *DisclosureRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := disclosureRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return disclosureRegistry.abi.Pack("revokeRole", role, account)
}

// PackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f3aa5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setCommittee(address[] members, uint8 threshold) returns()
func (disclosureRegistry *DisclosureRegistry) PackSetCommittee(members []common.Address, threshold uint8) []byte {
	enc, err := disclosureRegistry.abi.Pack("setCommittee", members, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f3aa5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setCommittee(address[] members, uint8 threshold) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSetCommittee(members []common.Address, threshold uint8) ([]byte, error) {
	return disclosureRegistry.abi.Pack("setCommittee", members, threshold)
}

// PackSetPoolActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea17fa93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPoolActive(uint256 pool, bool active) returns()
func (disclosureRegistry *DisclosureRegistry) PackSetPoolActive(pool *big.Int, active bool) []byte {
	enc, err := disclosureRegistry.abi.Pack("setPoolActive", pool, active)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPoolActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea17fa93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPoolActive(uint256 pool, bool active) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSetPoolActive(pool *big.Int, active bool) ([]byte, error) {
	return disclosureRegistry.abi.Pack("setPoolActive", pool, active)
}

// PackStructHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd25a2044.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function structHash((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) pure returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackStructHash(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("structHash", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStructHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd25a2044.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function structHash((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) pure returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackStructHash(d DisclosureRegistryDisclosure) ([]byte, error) {
	return disclosureRegistry.abi.Pack("structHash", d)
}

// UnpackStructHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd25a2044.
//
// Solidity: function structHash((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) pure returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackStructHash(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("structHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSubmitDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8b2ed1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, (uint256[],uint256[],bytes[]) c, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) PackSubmitDisclosure(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, signatures []byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("submitDisclosure", d, c, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8b2ed1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, (uint256[],uint256[],bytes[]) c, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSubmitDisclosure(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, signatures []byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("submitDisclosure", d, c, signatures)
}

// PackSubmitSingleChunkDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf58985aa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitSingleChunkDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, bytes proof, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) PackSubmitSingleChunkDisclosure(d DisclosureRegistryDisclosure, proof []byte, signatures []byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("submitSingleChunkDisclosure", d, proof, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitSingleChunkDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf58985aa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitSingleChunkDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, bytes proof, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSubmitSingleChunkDisclosure(d DisclosureRegistryDisclosure, proof []byte, signatures []byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("submitSingleChunkDisclosure", d, proof, signatures)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := disclosureRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (disclosureRegistry *DisclosureRegistry) PackUnpause() []byte {
	enc, err := disclosureRegistry.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (disclosureRegistry *DisclosureRegistry) TryPackUnpause() ([]byte, error) {
	return disclosureRegistry.abi.Pack("unpause")
}

// DisclosureRegistryCommitteeSet represents a CommitteeSet event raised by the DisclosureRegistry contract.
type DisclosureRegistryCommitteeSet struct {
	Version   uint64
	Members   []common.Address
	Threshold uint8
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryCommitteeSetEventName = "CommitteeSet"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryCommitteeSet) ContractEventName() string {
	return DisclosureRegistryCommitteeSetEventName
}

// UnpackCommitteeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CommitteeSet(uint64 indexed version, address[] members, uint8 threshold)
func (disclosureRegistry *DisclosureRegistry) UnpackCommitteeSetEvent(log *types.Log) (*DisclosureRegistryCommitteeSet, error) {
	event := "CommitteeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryCommitteeSet)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryDisclosureAccepted represents a DisclosureAccepted event raised by the DisclosureRegistry contract.
type DisclosureRegistryDisclosureAccepted struct {
	Pool             *big.Int
	Epoch            uint64
	Submitter        common.Address
	PolicyHash       *big.Int
	Root             *big.Int
	Chunks           uint32
	ChunkRootsHash   [32]byte
	Metrics          [5]uint64
	CommitteeVersion uint64
	PrevPlusOne      uint64
	Raw              *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryDisclosureAcceptedEventName = "DisclosureAccepted"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryDisclosureAccepted) ContractEventName() string {
	return DisclosureRegistryDisclosureAcceptedEventName
}

// UnpackDisclosureAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisclosureAccepted(uint256 indexed pool, uint64 indexed epoch, address indexed submitter, uint256 policyHash, uint256 root, uint32 chunks, bytes32 chunkRootsHash, uint64[5] metrics, uint64 committeeVersion, uint64 prevPlusOne)
func (disclosureRegistry *DisclosureRegistry) UnpackDisclosureAcceptedEvent(log *types.Log) (*DisclosureRegistryDisclosureAccepted, error) {
	event := "DisclosureAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryDisclosureAccepted)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the DisclosureRegistry contract.
type DisclosureRegistryEIP712DomainChanged struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryEIP712DomainChangedEventName = "EIP712DomainChanged"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryEIP712DomainChanged) ContractEventName() string {
	return DisclosureRegistryEIP712DomainChangedEventName
}

// UnpackEIP712DomainChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EIP712DomainChanged()
func (disclosureRegistry *DisclosureRegistry) UnpackEIP712DomainChangedEvent(log *types.Log) (*DisclosureRegistryEIP712DomainChanged, error) {
	event := "EIP712DomainChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryEIP712DomainChanged)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryPaused represents a Paused event raised by the DisclosureRegistry contract.
type DisclosureRegistryPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryPaused) ContractEventName() string {
	return DisclosureRegistryPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (disclosureRegistry *DisclosureRegistry) UnpackPausedEvent(log *types.Log) (*DisclosureRegistryPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryPaused)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryPolicyAllowed represents a PolicyAllowed event raised by the DisclosureRegistry contract.
type DisclosureRegistryPolicyAllowed struct {
	Pool          *big.Int
	PolicyHash    *big.Int
	PayoutShareBp uint16
	Raw           *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryPolicyAllowedEventName = "PolicyAllowed"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryPolicyAllowed) ContractEventName() string {
	return DisclosureRegistryPolicyAllowedEventName
}

// UnpackPolicyAllowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicyAllowed(uint256 indexed pool, uint256 indexed policyHash, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) UnpackPolicyAllowedEvent(log *types.Log) (*DisclosureRegistryPolicyAllowed, error) {
	event := "PolicyAllowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryPolicyAllowed)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryPolicyDisallowed represents a PolicyDisallowed event raised by the DisclosureRegistry contract.
type DisclosureRegistryPolicyDisallowed struct {
	Pool       *big.Int
	PolicyHash *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryPolicyDisallowedEventName = "PolicyDisallowed"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryPolicyDisallowed) ContractEventName() string {
	return DisclosureRegistryPolicyDisallowedEventName
}

// UnpackPolicyDisallowedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PolicyDisallowed(uint256 indexed pool, uint256 indexed policyHash)
func (disclosureRegistry *DisclosureRegistry) UnpackPolicyDisallowedEvent(log *types.Log) (*DisclosureRegistryPolicyDisallowed, error) {
	event := "PolicyDisallowed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryPolicyDisallowed)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryPoolActivated represents a PoolActivated event raised by the DisclosureRegistry contract.
type DisclosureRegistryPoolActivated struct {
	Pool   *big.Int
	Active bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryPoolActivatedEventName = "PoolActivated"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryPoolActivated) ContractEventName() string {
	return DisclosureRegistryPoolActivatedEventName
}

// UnpackPoolActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolActivated(uint256 indexed pool, bool active)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolActivatedEvent(log *types.Log) (*DisclosureRegistryPoolActivated, error) {
	event := "PoolActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryPoolActivated)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryPoolConfigured represents a PoolConfigured event raised by the DisclosureRegistry contract.
type DisclosureRegistryPoolConfigured struct {
	Pool        *big.Int
	Verifier    common.Address
	VkHash      [32]byte
	Token       common.Address
	EpochLength uint32
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryPoolConfiguredEventName = "PoolConfigured"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryPoolConfigured) ContractEventName() string {
	return DisclosureRegistryPoolConfiguredEventName
}

// UnpackPoolConfiguredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PoolConfigured(uint256 indexed pool, address verifier, bytes32 vkHash, address token, uint32 epochLength, uint64[5] maxValue, uint32[5] maxGrowthBp)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolConfiguredEvent(log *types.Log) (*DisclosureRegistryPoolConfigured, error) {
	event := "PoolConfigured"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryPoolConfigured)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the DisclosureRegistry contract.
type DisclosureRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryRoleAdminChanged) ContractEventName() string {
	return DisclosureRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (disclosureRegistry *DisclosureRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*DisclosureRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryRoleGranted represents a RoleGranted event raised by the DisclosureRegistry contract.
type DisclosureRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryRoleGranted) ContractEventName() string {
	return DisclosureRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (disclosureRegistry *DisclosureRegistry) UnpackRoleGrantedEvent(log *types.Log) (*DisclosureRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryRoleRevoked represents a RoleRevoked event raised by the DisclosureRegistry contract.
type DisclosureRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryRoleRevoked) ContractEventName() string {
	return DisclosureRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (disclosureRegistry *DisclosureRegistry) UnpackRoleRevokedEvent(log *types.Log) (*DisclosureRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// DisclosureRegistryUnpaused represents a Unpaused event raised by the DisclosureRegistry contract.
type DisclosureRegistryUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryUnpaused) ContractEventName() string {
	return DisclosureRegistryUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (disclosureRegistry *DisclosureRegistry) UnpackUnpausedEvent(log *types.Log) (*DisclosureRegistryUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryUnpaused)
	if len(log.Data) > 0 {
		if err := disclosureRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range disclosureRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (disclosureRegistry *DisclosureRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["AdminZero"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackAdminZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ChunkCountInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackChunkCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ChunkListsInconsistent"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackChunkListsInconsistentError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ChunkRootNotEpochRoot"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackChunkRootNotEpochRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ChunkRootsMismatch"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackChunkRootsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["CommitmentInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackCommitmentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["CommitteeEmpty"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackCommitteeEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["CommitteeNotSet"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackCommitteeNotSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["CommitteeTooLarge"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackCommitteeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["DuplicateEpoch"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackDuplicateEpochError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["DuplicateSigner"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackDuplicateSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["EpochLengthInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackEpochLengthInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["EpochNotEnded"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackEpochNotEndedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["EpochOutOfOrder"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackEpochOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["GrowthBoundExceeded"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackGrowthBoundExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["InitialAccHashInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackInitialAccHashInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["InsufficientSignatures"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackInsufficientSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["InvalidShortString"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackInvalidShortStringError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["NotDisclosed"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackNotDisclosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PayoutShareInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPayoutShareInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PolicyHashInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPolicyHashInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PolicyNotAllowed"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPolicyNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PoolIdInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPoolIdInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PoolNotActive"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPoolNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PoolNotConfigured"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPoolNotConfiguredError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ProofLengthInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackProofLengthInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPublicInputNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["RootNotInField"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackRootNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SanityBoundExceeded"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSanityBoundExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SanityBoundTooWide"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSanityBoundTooWideError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SignatureHighS"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSignatureHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SignatureMalformed"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSignatureMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SignaturesMalformed"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSignaturesMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SignersNotAscending"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSignersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["StringTooLong"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackStringTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ThresholdAboveSize"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackThresholdAboveSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ThresholdNotMajority"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackThresholdNotMajorityError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["VerifierZero"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackVerifierZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ZeroRoot"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackZeroRootError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["ZeroSigner"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackZeroSignerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DisclosureRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the DisclosureRegistry contract.
type DisclosureRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func DisclosureRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (disclosureRegistry *DisclosureRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*DisclosureRegistryAccessControlBadConfirmation, error) {
	out := new(DisclosureRegistryAccessControlBadConfirmation)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the DisclosureRegistry contract.
type DisclosureRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func DisclosureRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (disclosureRegistry *DisclosureRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*DisclosureRegistryAccessControlUnauthorizedAccount, error) {
	out := new(DisclosureRegistryAccessControlUnauthorizedAccount)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryAdminZero represents a AdminZero error raised by the DisclosureRegistry contract.
type DisclosureRegistryAdminZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AdminZero()
func DisclosureRegistryAdminZeroErrorID() common.Hash {
	return common.HexToHash("0xb325f767ce9b5dbaeb6e3fb8627480300621a2a758633feccc6fca1201c71407")
}

// UnpackAdminZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AdminZero()
func (disclosureRegistry *DisclosureRegistry) UnpackAdminZeroError(raw []byte) (*DisclosureRegistryAdminZero, error) {
	out := new(DisclosureRegistryAdminZero)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "AdminZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryChunkCountInvalid represents a ChunkCountInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryChunkCountInvalid struct {
	Chunks uint32
	Roots  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkCountInvalid(uint32 chunks, uint256 roots)
func DisclosureRegistryChunkCountInvalidErrorID() common.Hash {
	return common.HexToHash("0xb5e801edb53544485ff59ac1509c769a9d020bbf9a74550635d4eee8e4319880")
}

// UnpackChunkCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkCountInvalid(uint32 chunks, uint256 roots)
func (disclosureRegistry *DisclosureRegistry) UnpackChunkCountInvalidError(raw []byte) (*DisclosureRegistryChunkCountInvalid, error) {
	out := new(DisclosureRegistryChunkCountInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ChunkCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryChunkListsInconsistent represents a ChunkListsInconsistent error raised by the DisclosureRegistry contract.
type DisclosureRegistryChunkListsInconsistent struct {
	Chunks *big.Int
	Accs   *big.Int
	Proofs *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkListsInconsistent(uint256 chunks, uint256 accs, uint256 proofs)
func DisclosureRegistryChunkListsInconsistentErrorID() common.Hash {
	return common.HexToHash("0x9a069d04e53967f615e4232f250610187cbe10feca9c7dd7a8f4bffb90c3f8d6")
}

// UnpackChunkListsInconsistentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkListsInconsistent(uint256 chunks, uint256 accs, uint256 proofs)
func (disclosureRegistry *DisclosureRegistry) UnpackChunkListsInconsistentError(raw []byte) (*DisclosureRegistryChunkListsInconsistent, error) {
	out := new(DisclosureRegistryChunkListsInconsistent)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ChunkListsInconsistent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryChunkRootNotEpochRoot represents a ChunkRootNotEpochRoot error raised by the DisclosureRegistry contract.
type DisclosureRegistryChunkRootNotEpochRoot struct {
	ChunkRoot *big.Int
	Root      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkRootNotEpochRoot(uint256 chunkRoot, uint256 root)
func DisclosureRegistryChunkRootNotEpochRootErrorID() common.Hash {
	return common.HexToHash("0x44157b228ee2dddcd94b15dc50102aaecca2d95901fcc2cf336b6c596bc962f1")
}

// UnpackChunkRootNotEpochRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkRootNotEpochRoot(uint256 chunkRoot, uint256 root)
func (disclosureRegistry *DisclosureRegistry) UnpackChunkRootNotEpochRootError(raw []byte) (*DisclosureRegistryChunkRootNotEpochRoot, error) {
	out := new(DisclosureRegistryChunkRootNotEpochRoot)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ChunkRootNotEpochRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryChunkRootsMismatch represents a ChunkRootsMismatch error raised by the DisclosureRegistry contract.
type DisclosureRegistryChunkRootsMismatch struct {
	Signed [32]byte
	Given  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChunkRootsMismatch(bytes32 signed, bytes32 given)
func DisclosureRegistryChunkRootsMismatchErrorID() common.Hash {
	return common.HexToHash("0xceee09ebab92dd47170bc4463299a0e6a4b9f331ce70f5570feff9561ec70cd3")
}

// UnpackChunkRootsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChunkRootsMismatch(bytes32 signed, bytes32 given)
func (disclosureRegistry *DisclosureRegistry) UnpackChunkRootsMismatchError(raw []byte) (*DisclosureRegistryChunkRootsMismatch, error) {
	out := new(DisclosureRegistryChunkRootsMismatch)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ChunkRootsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryCommitmentInvalid represents a CommitmentInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryCommitmentInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentInvalid()
func DisclosureRegistryCommitmentInvalidErrorID() common.Hash {
	return common.HexToHash("0xa3a93fee56dfcbe3c39f5ec63c6730967db3a2793a813cf79d599fdf35d8f518")
}

// UnpackCommitmentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentInvalid()
func (disclosureRegistry *DisclosureRegistry) UnpackCommitmentInvalidError(raw []byte) (*DisclosureRegistryCommitmentInvalid, error) {
	out := new(DisclosureRegistryCommitmentInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "CommitmentInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryCommitteeEmpty represents a CommitteeEmpty error raised by the DisclosureRegistry contract.
type DisclosureRegistryCommitteeEmpty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeEmpty()
func DisclosureRegistryCommitteeEmptyErrorID() common.Hash {
	return common.HexToHash("0x79576dbadb0c2a8b58f75fc64ac94d94d6bf54455ad996d1a8a9201d68e94ff8")
}

// UnpackCommitteeEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeEmpty()
func (disclosureRegistry *DisclosureRegistry) UnpackCommitteeEmptyError(raw []byte) (*DisclosureRegistryCommitteeEmpty, error) {
	out := new(DisclosureRegistryCommitteeEmpty)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "CommitteeEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryCommitteeNotSet represents a CommitteeNotSet error raised by the DisclosureRegistry contract.
type DisclosureRegistryCommitteeNotSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeNotSet()
func DisclosureRegistryCommitteeNotSetErrorID() common.Hash {
	return common.HexToHash("0x658eef123671d52defcfad5c1952d8f3478a6649652e895dfec28a78d672742a")
}

// UnpackCommitteeNotSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeNotSet()
func (disclosureRegistry *DisclosureRegistry) UnpackCommitteeNotSetError(raw []byte) (*DisclosureRegistryCommitteeNotSet, error) {
	out := new(DisclosureRegistryCommitteeNotSet)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "CommitteeNotSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryCommitteeTooLarge represents a CommitteeTooLarge error raised by the DisclosureRegistry contract.
type DisclosureRegistryCommitteeTooLarge struct {
	Size *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitteeTooLarge(uint256 size, uint256 max)
func DisclosureRegistryCommitteeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x93c02ee6bc4172d604662bc69dd5182bc15dda018dcdf018fc24c9cca6e76697")
}

// UnpackCommitteeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitteeTooLarge(uint256 size, uint256 max)
func (disclosureRegistry *DisclosureRegistry) UnpackCommitteeTooLargeError(raw []byte) (*DisclosureRegistryCommitteeTooLarge, error) {
	out := new(DisclosureRegistryCommitteeTooLarge)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "CommitteeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryDuplicateEpoch represents a DuplicateEpoch error raised by the DisclosureRegistry contract.
type DisclosureRegistryDuplicateEpoch struct {
	Pool  *big.Int
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateEpoch(uint256 pool, uint64 epoch)
func DisclosureRegistryDuplicateEpochErrorID() common.Hash {
	return common.HexToHash("0xa4290f1be2a7974c55102af2cd00a24c485d0bb25852cbba23893d8f257715b8")
}

// UnpackDuplicateEpochError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateEpoch(uint256 pool, uint64 epoch)
func (disclosureRegistry *DisclosureRegistry) UnpackDuplicateEpochError(raw []byte) (*DisclosureRegistryDuplicateEpoch, error) {
	out := new(DisclosureRegistryDuplicateEpoch)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "DuplicateEpoch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryDuplicateSigner represents a DuplicateSigner error raised by the DisclosureRegistry contract.
type DisclosureRegistryDuplicateSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateSigner(address signer)
func DisclosureRegistryDuplicateSignerErrorID() common.Hash {
	return common.HexToHash("0xe021c4f2415a9d8c855bf74014e55359de4df1d596d9a3336e25c64ca04465d6")
}

// UnpackDuplicateSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateSigner(address signer)
func (disclosureRegistry *DisclosureRegistry) UnpackDuplicateSignerError(raw []byte) (*DisclosureRegistryDuplicateSigner, error) {
	out := new(DisclosureRegistryDuplicateSigner)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "DuplicateSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryEnforcedPause represents a EnforcedPause error raised by the DisclosureRegistry contract.
type DisclosureRegistryEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func DisclosureRegistryEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (disclosureRegistry *DisclosureRegistry) UnpackEnforcedPauseError(raw []byte) (*DisclosureRegistryEnforcedPause, error) {
	out := new(DisclosureRegistryEnforcedPause)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryEpochLengthInvalid represents a EpochLengthInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryEpochLengthInvalid struct {
	EpochLength *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochLengthInvalid(uint256 epochLength)
func DisclosureRegistryEpochLengthInvalidErrorID() common.Hash {
	return common.HexToHash("0xf2760715c2f6197246abab3f78691f54919d49a17ecce22b6f35514c9e6e5873")
}

// UnpackEpochLengthInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochLengthInvalid(uint256 epochLength)
func (disclosureRegistry *DisclosureRegistry) UnpackEpochLengthInvalidError(raw []byte) (*DisclosureRegistryEpochLengthInvalid, error) {
	out := new(DisclosureRegistryEpochLengthInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "EpochLengthInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryEpochNotEnded represents a EpochNotEnded error raised by the DisclosureRegistry contract.
type DisclosureRegistryEpochNotEnded struct {
	Epoch  uint64
	EndsAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotEnded(uint64 epoch, uint256 endsAt)
func DisclosureRegistryEpochNotEndedErrorID() common.Hash {
	return common.HexToHash("0x22639e5685d76c0052a35e60f8908125f643af18a8a575d3828116a19bf2678f")
}

// UnpackEpochNotEndedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotEnded(uint64 epoch, uint256 endsAt)
func (disclosureRegistry *DisclosureRegistry) UnpackEpochNotEndedError(raw []byte) (*DisclosureRegistryEpochNotEnded, error) {
	out := new(DisclosureRegistryEpochNotEnded)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "EpochNotEnded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryEpochOutOfOrder represents a EpochOutOfOrder error raised by the DisclosureRegistry contract.
type DisclosureRegistryEpochOutOfOrder struct {
	Epoch  uint64
	Latest uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochOutOfOrder(uint64 epoch, uint64 latest)
func DisclosureRegistryEpochOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0xaafac234781fe28ed2d4f94a073c37ac514846bc5412616578ec644fcd9a2f7f")
}

// UnpackEpochOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochOutOfOrder(uint64 epoch, uint64 latest)
func (disclosureRegistry *DisclosureRegistry) UnpackEpochOutOfOrderError(raw []byte) (*DisclosureRegistryEpochOutOfOrder, error) {
	out := new(DisclosureRegistryEpochOutOfOrder)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "EpochOutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryExpectedPause represents a ExpectedPause error raised by the DisclosureRegistry contract.
type DisclosureRegistryExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func DisclosureRegistryExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (disclosureRegistry *DisclosureRegistry) UnpackExpectedPauseError(raw []byte) (*DisclosureRegistryExpectedPause, error) {
	out := new(DisclosureRegistryExpectedPause)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryGrowthBoundExceeded represents a GrowthBoundExceeded error raised by the DisclosureRegistry contract.
type DisclosureRegistryGrowthBoundExceeded struct {
	Metric   *big.Int
	Value    uint64
	Previous uint64
	Limit    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GrowthBoundExceeded(uint256 metric, uint64 value, uint64 previous, uint256 limit)
func DisclosureRegistryGrowthBoundExceededErrorID() common.Hash {
	return common.HexToHash("0xb2504aedbca5b8ef10dbebfc651752b62d6f609c0dedd766fe0df5e454261342")
}

// UnpackGrowthBoundExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GrowthBoundExceeded(uint256 metric, uint64 value, uint64 previous, uint256 limit)
func (disclosureRegistry *DisclosureRegistry) UnpackGrowthBoundExceededError(raw []byte) (*DisclosureRegistryGrowthBoundExceeded, error) {
	out := new(DisclosureRegistryGrowthBoundExceeded)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "GrowthBoundExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryInitialAccHashInvalid represents a InitialAccHashInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryInitialAccHashInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InitialAccHashInvalid()
func DisclosureRegistryInitialAccHashInvalidErrorID() common.Hash {
	return common.HexToHash("0xabe958b611a0ac4d311e22eb8080b33ec252dd69c98b3f7943ad2ca51e0c5c14")
}

// UnpackInitialAccHashInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InitialAccHashInvalid()
func (disclosureRegistry *DisclosureRegistry) UnpackInitialAccHashInvalidError(raw []byte) (*DisclosureRegistryInitialAccHashInvalid, error) {
	out := new(DisclosureRegistryInitialAccHashInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "InitialAccHashInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryInsufficientSignatures represents a InsufficientSignatures error raised by the DisclosureRegistry contract.
type DisclosureRegistryInsufficientSignatures struct {
	Count     *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientSignatures(uint256 count, uint256 threshold)
func DisclosureRegistryInsufficientSignaturesErrorID() common.Hash {
	return common.HexToHash("0xf1e86aa6cac73d45dee5427a067dce79762a9dae5254b9e2f0dc87c9b6876443")
}

// UnpackInsufficientSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientSignatures(uint256 count, uint256 threshold)
func (disclosureRegistry *DisclosureRegistry) UnpackInsufficientSignaturesError(raw []byte) (*DisclosureRegistryInsufficientSignatures, error) {
	out := new(DisclosureRegistryInsufficientSignatures)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "InsufficientSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryInvalidShortString represents a InvalidShortString error raised by the DisclosureRegistry contract.
type DisclosureRegistryInvalidShortString struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidShortString()
func DisclosureRegistryInvalidShortStringErrorID() common.Hash {
	return common.HexToHash("0xb3512b0c6163e5f0bafab72bb631b9d58cd7a731b082f910338aa21c83d5c274")
}

// UnpackInvalidShortStringError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidShortString()
func (disclosureRegistry *DisclosureRegistry) UnpackInvalidShortStringError(raw []byte) (*DisclosureRegistryInvalidShortString, error) {
	out := new(DisclosureRegistryInvalidShortString)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "InvalidShortString", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryInvalidSignature represents a InvalidSignature error raised by the DisclosureRegistry contract.
type DisclosureRegistryInvalidSignature struct {
	Index     *big.Int
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index, address recovered)
func DisclosureRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x35f8d4297cedff70ac1e00ca57f340dc39eb0234be11eeeb57a0ff94015b7346")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index, address recovered)
func (disclosureRegistry *DisclosureRegistry) UnpackInvalidSignatureError(raw []byte) (*DisclosureRegistryInvalidSignature, error) {
	out := new(DisclosureRegistryInvalidSignature)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryNotDisclosed represents a NotDisclosed error raised by the DisclosureRegistry contract.
type DisclosureRegistryNotDisclosed struct {
	Pool  *big.Int
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDisclosed(uint256 pool, uint64 epoch)
func DisclosureRegistryNotDisclosedErrorID() common.Hash {
	return common.HexToHash("0x94696a12fe8b263a5c0f858982e87461784776ccd3b2be61b63c037344cfa9ba")
}

// UnpackNotDisclosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDisclosed(uint256 pool, uint64 epoch)
func (disclosureRegistry *DisclosureRegistry) UnpackNotDisclosedError(raw []byte) (*DisclosureRegistryNotDisclosed, error) {
	out := new(DisclosureRegistryNotDisclosed)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "NotDisclosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPayoutShareInvalid represents a PayoutShareInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryPayoutShareInvalid struct {
	PayoutShareBp *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutShareInvalid(uint256 payoutShareBp)
func DisclosureRegistryPayoutShareInvalidErrorID() common.Hash {
	return common.HexToHash("0x23a578db323d85989e1ed85ce63140000d4480552b40fa0e6374ca0de79ca70e")
}

// UnpackPayoutShareInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutShareInvalid(uint256 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) UnpackPayoutShareInvalidError(raw []byte) (*DisclosureRegistryPayoutShareInvalid, error) {
	out := new(DisclosureRegistryPayoutShareInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PayoutShareInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPolicyHashInvalid represents a PolicyHashInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryPolicyHashInvalid struct {
	PolicyHash *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PolicyHashInvalid(uint256 policyHash)
func DisclosureRegistryPolicyHashInvalidErrorID() common.Hash {
	return common.HexToHash("0x6c1881d35da53663c0004bc87aad29f5066f59ef12fe61e06abce7f0f0732d1c")
}

// UnpackPolicyHashInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PolicyHashInvalid(uint256 policyHash)
func (disclosureRegistry *DisclosureRegistry) UnpackPolicyHashInvalidError(raw []byte) (*DisclosureRegistryPolicyHashInvalid, error) {
	out := new(DisclosureRegistryPolicyHashInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PolicyHashInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPolicyNotAllowed represents a PolicyNotAllowed error raised by the DisclosureRegistry contract.
type DisclosureRegistryPolicyNotAllowed struct {
	Pool       *big.Int
	PolicyHash *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PolicyNotAllowed(uint256 pool, uint256 policyHash)
func DisclosureRegistryPolicyNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x1e57ffd83ab732b0eab22a5f24b460ea4f93b06d3bac0668fdf18749e5483d40")
}

// UnpackPolicyNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PolicyNotAllowed(uint256 pool, uint256 policyHash)
func (disclosureRegistry *DisclosureRegistry) UnpackPolicyNotAllowedError(raw []byte) (*DisclosureRegistryPolicyNotAllowed, error) {
	out := new(DisclosureRegistryPolicyNotAllowed)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PolicyNotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPoolIdInvalid represents a PoolIdInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryPoolIdInvalid struct {
	Pool *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolIdInvalid(uint256 pool)
func DisclosureRegistryPoolIdInvalidErrorID() common.Hash {
	return common.HexToHash("0x407d7ac0cd313e8d9ff54d9e036011505c88ba21d7b8e2b9ea56294af2c9cb20")
}

// UnpackPoolIdInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolIdInvalid(uint256 pool)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolIdInvalidError(raw []byte) (*DisclosureRegistryPoolIdInvalid, error) {
	out := new(DisclosureRegistryPoolIdInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PoolIdInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPoolNotActive represents a PoolNotActive error raised by the DisclosureRegistry contract.
type DisclosureRegistryPoolNotActive struct {
	Pool *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolNotActive(uint256 pool)
func DisclosureRegistryPoolNotActiveErrorID() common.Hash {
	return common.HexToHash("0x01a358cce2dc8882f7d453ef8c99c3585725e59c87ad67cafc9591b9dba3dd7e")
}

// UnpackPoolNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolNotActive(uint256 pool)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolNotActiveError(raw []byte) (*DisclosureRegistryPoolNotActive, error) {
	out := new(DisclosureRegistryPoolNotActive)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PoolNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPoolNotConfigured represents a PoolNotConfigured error raised by the DisclosureRegistry contract.
type DisclosureRegistryPoolNotConfigured struct {
	Pool *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolNotConfigured(uint256 pool)
func DisclosureRegistryPoolNotConfiguredErrorID() common.Hash {
	return common.HexToHash("0x5f371c7b029b881be54f89993972e37ecd1ab0b120fd84acaa30646ecb40e0d1")
}

// UnpackPoolNotConfiguredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolNotConfigured(uint256 pool)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolNotConfiguredError(raw []byte) (*DisclosureRegistryPoolNotConfigured, error) {
	out := new(DisclosureRegistryPoolNotConfigured)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PoolNotConfigured", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryProofInvalid represents a ProofInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func DisclosureRegistryProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (disclosureRegistry *DisclosureRegistry) UnpackProofInvalidError(raw []byte) (*DisclosureRegistryProofInvalid, error) {
	out := new(DisclosureRegistryProofInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryProofLengthInvalid represents a ProofLengthInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryProofLengthInvalid struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthInvalid(uint256 length)
func DisclosureRegistryProofLengthInvalidErrorID() common.Hash {
	return common.HexToHash("0x2c4bf2ece4cbf336f5d05ef789cc5112d216ca24a83d3559674e69c1f3b67bbd")
}

// UnpackProofLengthInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthInvalid(uint256 length)
func (disclosureRegistry *DisclosureRegistry) UnpackProofLengthInvalidError(raw []byte) (*DisclosureRegistryProofLengthInvalid, error) {
	out := new(DisclosureRegistryProofLengthInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ProofLengthInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPublicInputNotInField represents a PublicInputNotInField error raised by the DisclosureRegistry contract.
type DisclosureRegistryPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func DisclosureRegistryPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (disclosureRegistry *DisclosureRegistry) UnpackPublicInputNotInFieldError(raw []byte) (*DisclosureRegistryPublicInputNotInField, error) {
	out := new(DisclosureRegistryPublicInputNotInField)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryRootNotInField represents a RootNotInField error raised by the DisclosureRegistry contract.
type DisclosureRegistryRootNotInField struct {
	Root *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootNotInField(uint256 root)
func DisclosureRegistryRootNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xf9daf6601516021eacf5e4f6bc96089e355fecbec737ba391a6d53e79d8c2d28")
}

// UnpackRootNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootNotInField(uint256 root)
func (disclosureRegistry *DisclosureRegistry) UnpackRootNotInFieldError(raw []byte) (*DisclosureRegistryRootNotInField, error) {
	out := new(DisclosureRegistryRootNotInField)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "RootNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistrySanityBoundExceeded represents a SanityBoundExceeded error raised by the DisclosureRegistry contract.
type DisclosureRegistrySanityBoundExceeded struct {
	Metric *big.Int
	Value  uint64
	Max    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SanityBoundExceeded(uint256 metric, uint64 value, uint64 max)
func DisclosureRegistrySanityBoundExceededErrorID() common.Hash {
	return common.HexToHash("0x51f1193b61f2742950212bcae720fef2eb81fccfcf9e1c762d079ecdd0bba5b1")
}

// UnpackSanityBoundExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SanityBoundExceeded(uint256 metric, uint64 value, uint64 max)
func (disclosureRegistry *DisclosureRegistry) UnpackSanityBoundExceededError(raw []byte) (*DisclosureRegistrySanityBoundExceeded, error) {
	out := new(DisclosureRegistrySanityBoundExceeded)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SanityBoundExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistrySanityBoundTooWide represents a SanityBoundTooWide error raised by the DisclosureRegistry contract.
type DisclosureRegistrySanityBoundTooWide struct {
	Metric *big.Int
	Max    uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SanityBoundTooWide(uint256 metric, uint64 max)
func DisclosureRegistrySanityBoundTooWideErrorID() common.Hash {
	return common.HexToHash("0xc20638c9e1e05ec48f6c3b2128ffacb0c403301b37362964ec1bef473e7f6ce6")
}

// UnpackSanityBoundTooWideError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SanityBoundTooWide(uint256 metric, uint64 max)
func (disclosureRegistry *DisclosureRegistry) UnpackSanityBoundTooWideError(raw []byte) (*DisclosureRegistrySanityBoundTooWide, error) {
	out := new(DisclosureRegistrySanityBoundTooWide)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SanityBoundTooWide", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistrySignatureHighS represents a SignatureHighS error raised by the DisclosureRegistry contract.
type DisclosureRegistrySignatureHighS struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureHighS(uint256 index)
func DisclosureRegistrySignatureHighSErrorID() common.Hash {
	return common.HexToHash("0x086f55c475b0f46afbcc315555875d09817ddee4550db2c0afbe0584e3005f56")
}

// UnpackSignatureHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureHighS(uint256 index)
func (disclosureRegistry *DisclosureRegistry) UnpackSignatureHighSError(raw []byte) (*DisclosureRegistrySignatureHighS, error) {
	out := new(DisclosureRegistrySignatureHighS)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SignatureHighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistrySignatureMalformed represents a SignatureMalformed error raised by the DisclosureRegistry contract.
type DisclosureRegistrySignatureMalformed struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignatureMalformed(uint256 index)
func DisclosureRegistrySignatureMalformedErrorID() common.Hash {
	return common.HexToHash("0xc7e1c1978fd103004ce5ce9b2b946ac0ad6960898a178ae909fff6aee7e1816c")
}

// UnpackSignatureMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignatureMalformed(uint256 index)
func (disclosureRegistry *DisclosureRegistry) UnpackSignatureMalformedError(raw []byte) (*DisclosureRegistrySignatureMalformed, error) {
	out := new(DisclosureRegistrySignatureMalformed)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SignatureMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistrySignaturesMalformed represents a SignaturesMalformed error raised by the DisclosureRegistry contract.
type DisclosureRegistrySignaturesMalformed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignaturesMalformed(uint256 length)
func DisclosureRegistrySignaturesMalformedErrorID() common.Hash {
	return common.HexToHash("0xff9a79efbf7f4ad80885b1abff6bec0ffad1aee9352c98d99c4dd7c54ae2fbaa")
}

// UnpackSignaturesMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignaturesMalformed(uint256 length)
func (disclosureRegistry *DisclosureRegistry) UnpackSignaturesMalformedError(raw []byte) (*DisclosureRegistrySignaturesMalformed, error) {
	out := new(DisclosureRegistrySignaturesMalformed)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SignaturesMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistrySignersNotAscending represents a SignersNotAscending error raised by the DisclosureRegistry contract.
type DisclosureRegistrySignersNotAscending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotAscending(uint256 index)
func DisclosureRegistrySignersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0x590a84f76cadfc6716aaea24107af9134f0cd4c66edbe9af3ffe914656b566fa")
}

// UnpackSignersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotAscending(uint256 index)
func (disclosureRegistry *DisclosureRegistry) UnpackSignersNotAscendingError(raw []byte) (*DisclosureRegistrySignersNotAscending, error) {
	out := new(DisclosureRegistrySignersNotAscending)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SignersNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryStringTooLong represents a StringTooLong error raised by the DisclosureRegistry contract.
type DisclosureRegistryStringTooLong struct {
	Str string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StringTooLong(string str)
func DisclosureRegistryStringTooLongErrorID() common.Hash {
	return common.HexToHash("0x305a27a93f8e33b7392df0a0f91d6fc63847395853c45991eec52dbf24d72381")
}

// UnpackStringTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StringTooLong(string str)
func (disclosureRegistry *DisclosureRegistry) UnpackStringTooLongError(raw []byte) (*DisclosureRegistryStringTooLong, error) {
	out := new(DisclosureRegistryStringTooLong)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "StringTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryThresholdAboveSize represents a ThresholdAboveSize error raised by the DisclosureRegistry contract.
type DisclosureRegistryThresholdAboveSize struct {
	Threshold *big.Int
	Size      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdAboveSize(uint256 threshold, uint256 size)
func DisclosureRegistryThresholdAboveSizeErrorID() common.Hash {
	return common.HexToHash("0x7f52a08f5686d8e50972c5a33287ec8156c60376c417550df32e7ca8b5ddc5ac")
}

// UnpackThresholdAboveSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdAboveSize(uint256 threshold, uint256 size)
func (disclosureRegistry *DisclosureRegistry) UnpackThresholdAboveSizeError(raw []byte) (*DisclosureRegistryThresholdAboveSize, error) {
	out := new(DisclosureRegistryThresholdAboveSize)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ThresholdAboveSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryThresholdNotMajority represents a ThresholdNotMajority error raised by the DisclosureRegistry contract.
type DisclosureRegistryThresholdNotMajority struct {
	Threshold *big.Int
	Size      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ThresholdNotMajority(uint256 threshold, uint256 size)
func DisclosureRegistryThresholdNotMajorityErrorID() common.Hash {
	return common.HexToHash("0x6651fa872e491f1b6106df25e66d4ca45d253bf062492245bd7e03714beb9b2d")
}

// UnpackThresholdNotMajorityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ThresholdNotMajority(uint256 threshold, uint256 size)
func (disclosureRegistry *DisclosureRegistry) UnpackThresholdNotMajorityError(raw []byte) (*DisclosureRegistryThresholdNotMajority, error) {
	out := new(DisclosureRegistryThresholdNotMajority)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ThresholdNotMajority", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryVerifierZero represents a VerifierZero error raised by the DisclosureRegistry contract.
type DisclosureRegistryVerifierZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierZero()
func DisclosureRegistryVerifierZeroErrorID() common.Hash {
	return common.HexToHash("0x44e8691898c38834a07e7b8c39c60f827c1bb96380b2909f238be2a925db6c5a")
}

// UnpackVerifierZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierZero()
func (disclosureRegistry *DisclosureRegistry) UnpackVerifierZeroError(raw []byte) (*DisclosureRegistryVerifierZero, error) {
	out := new(DisclosureRegistryVerifierZero)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "VerifierZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryZeroRoot represents a ZeroRoot error raised by the DisclosureRegistry contract.
type DisclosureRegistryZeroRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRoot()
func DisclosureRegistryZeroRootErrorID() common.Hash {
	return common.HexToHash("0xb263ae738e814ca9af6ee56bb85daa47624e790421913c947dcba2aac07cfdbd")
}

// UnpackZeroRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRoot()
func (disclosureRegistry *DisclosureRegistry) UnpackZeroRootError(raw []byte) (*DisclosureRegistryZeroRoot, error) {
	out := new(DisclosureRegistryZeroRoot)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ZeroRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryZeroSigner represents a ZeroSigner error raised by the DisclosureRegistry contract.
type DisclosureRegistryZeroSigner struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSigner(uint256 index)
func DisclosureRegistryZeroSignerErrorID() common.Hash {
	return common.HexToHash("0xde1954f30e17a5ae019ea7542a7e190925d13667d01d53603fdb7196bcecd2ce")
}

// UnpackZeroSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSigner(uint256 index)
func (disclosureRegistry *DisclosureRegistry) UnpackZeroSignerError(raw []byte) (*DisclosureRegistryZeroSigner, error) {
	out := new(DisclosureRegistryZeroSigner)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "ZeroSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierMetaData contains all meta data concerning the Groth16Verifier contract.
var Groth16VerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256[40]\",\"name\":\"vk\",\"type\":\"uint256[40]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProofLengthInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"VerifyingKeyInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NUM_PUBLIC\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROOF_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VK_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[7]\",\"name\":\"input\",\"type\":\"uint256[7]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"uint256[40]\",\"name\":\"vk\",\"type\":\"uint256[40]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "9b44ec77fdac5f6a49e7114bcccd9ef5dd",
	Bin: "0x6105a0604052348015610010575f5ffd5b50604051611bbc380380611bbc83398101604081905261002f91610511565b5f5b602881101561008c575f516020611b9c5f395f51905f5282826028811061005a5761005a61058d565b6020020151106100845760405163053ee74f60e21b81526004810182905260240160405180910390fd5b600101610031565b5061009681610221565b6080908152815160a0908152602083015160c0908152604084015160e0908152606085015161010090815293850151610120908152928501516101409081529185015161016090815290850151610180908152938501516101a0908152928501516101c0908152918501516101e09081529085015161020090815293850151610220908152928501516102409081529185015161026090815290850151610280908152938501516102a0908152928501516102c0908152918501516102e09081529085015161030090815293850151610320908152928501516103409081529185015161036090815290850151610380908152938501516103a0908152928501516103c0908152918501516103e09081529085015161040090815293850151610420908152928501516104409081529185015161046090815290850151610480908152938501516104a0908152928501516104c0908152918501516104e090815290850151610500529284015161052052908301516105405282015161056052015161058052610678565b5f61022a6104de565b82518152602080840151908201525f5b60038110156103b7575f61024f8260046105b5565b61025a9060026105d2565b905084816028811061026e5761026e61058d565b60200201518382602a81106102855761028561058d565b6020020152846102968260016105d2565b602881106102a6576102a661058d565b6020020151836102b78360016105d2565b602a81106102c7576102c761058d565b60200201525f516020611b9c5f395f51905f52856102e68360026105d2565b602881106102f6576102f661058d565b6020020151610312905f516020611b9c5f395f51905f526105e5565b61031c91906105f8565b836103288360026105d2565b602a81106103385761033861058d565b60200201525f516020611b9c5f395f51905f52856103578360036105d2565b602881106103675761036761058d565b6020020151610383905f516020611b9c5f395f51905f526105e5565b61038d91906105f8565b836103998360036105d2565b602a81106103a9576103a961058d565b60200201525060010161023a565b506103c4600760026105d2565b6101c0820152600e5b6020811015610416578381602881106103e8576103e861058d565b6020020151826103f98360016105d2565b602a81106104095761040961058d565b60200201526001016103cd565b50600161042082015260205b602881101561046b5783816028811061043d5761043d61058d565b60200201518261044e8360026105d2565b602a811061045e5761045e61058d565b6020020152600101610422565b5060028160405160200161047f9190610617565b60408051601f19818403018152908290526104999161064b565b602060405180830381855afa1580156104b4573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906104d79190610661565b9392505050565b604051806105400160405280602a906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b5f6105008284031215610522575f5ffd5b82601f830112610530575f5ffd5b60405161050081016001600160401b0381118282101715610553576105536104fd565b60405280610500840185811115610568575f5ffd5b845b8181101561058257805183526020928301920161056a565b509195945050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176105cc576105cc6105a1565b92915050565b808201808211156105cc576105cc6105a1565b818103818111156105cc576105cc6105a1565b5f8261061257634e487b7160e01b5f52601260045260245ffd5b500690565b5f8183825b602a81101561063b57815183526020928301929091019060010161061c565b5050506105408201905092915050565b5f82518060208501845e5f920191825250919050565b5f60208284031215610671575f5ffd5b5051919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516103405161036051610380516103a0516103c0516103e05161040051610420516104405161046051610480516104a0516104c0516104e051610500516105205161054051610560516105805161126161093b5f395f81816108b30152610f4b01525f818161088c0152610f2601525f81816108650152610efc01525f818161083e0152610ed901525f81816108170152610fec01525f81816107f00152610fc701525f81816107c90152610f9f01525f81816107a20152610f7c01525f818161077b0152610b3301525f818161075401526109f601525f818161072d0152610b0d01525f818161070601526109d001525f81816106df0152610ae701525f81816106b801526109aa01525f81816106910152610ac101525f818161066a015261098401525f81816106430152610a9b01525f818161061c015261095e01525f81816105f50152610a7501525f81816105ce015261093801525f81816105a70152610a4f01525f8181610580015261091201525f81816105590152610a2901525f818161053201526108ec01525f818161050b0152610b7e01525f81816104e40152610b5a01525f81816104bd0152610d1101525f81816104960152610cea01525f818161046f0152610cc301525f81816104480152610c9c01525f81816104210152610ea701525f81816103fa0152610e8001525f81816103d40152610e5901525f81816103ae0152610e3201525f81816103880152610dfb01525f81816103620152610dd401525f818161033c0152610dad01525f81816103160152610d8601525f81816102f00152610d5f01525f81816102cd0152610d3801525f81816084015261022b01526112615ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806302ec96d2146100645780634fe840f51461007f578063598da1d1146100a65780637950c5f8146100bb578063e911439c146100d0578063fb291b82146100d9575b5f5ffd5b61006c600781565b6040519081526020015b60405180910390f35b61006c7f000000000000000000000000000000000000000000000000000000000000000081565b6100b96100b43660046110d4565b6100e1565b005b6100c36102c3565b604051610076919061115c565b61006c61018081565b61006c602881565b610180821461010a57604051630b12fcbb60e21b81526004810183905260240160405180910390fd5b5f5b6007811015610173577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018282600781106101485761014861118d565b60200201351061016b5760405163a54f8e2760e01b815260040160405180910390fd5b60010161010c565b505f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016101a661014061010086886111a1565b6040516101b49291906111c8565b6040519081900390206101c791906111d7565b90505f5f6101d7868686866108db565b90925090505f61020860017f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000161120a565b7f913f1a459f5f0cb9ec07c895789c91e35f4cbaeae2c3ef653032a4ace4e1a4327f0000000000000000000000000000000000000000000000000000000000000000898989604051602001610261959493929190611223565b604051602081830303815290604052805190602001205f1c61028391906111d7565b61028e90600161124e565b905061029d8787858585610c8b565b6102ba57604051631ff3747d60e21b815260040160405180910390fd5b50505050505050565b6102cb611096565b7f000000000000000000000000000000000000000000000000000000000000000081527f000000000000000000000000000000000000000000000000000000000000000060208201527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201527f000000000000000000000000000000000000000000000000000000000000000060808201527f000000000000000000000000000000000000000000000000000000000000000060a08201527f000000000000000000000000000000000000000000000000000000000000000060c08201527f000000000000000000000000000000000000000000000000000000000000000060e08201527f00000000000000000000000000000000000000000000000000000000000000006101008201527f00000000000000000000000000000000000000000000000000000000000000006101208201527f00000000000000000000000000000000000000000000000000000000000000006101408201527f00000000000000000000000000000000000000000000000000000000000000006101608201527f00000000000000000000000000000000000000000000000000000000000000006101808201527f00000000000000000000000000000000000000000000000000000000000000006101a08201527f00000000000000000000000000000000000000000000000000000000000000006101c08201527f00000000000000000000000000000000000000000000000000000000000000006101e08201527f00000000000000000000000000000000000000000000000000000000000000006102008201527f00000000000000000000000000000000000000000000000000000000000000006102208201527f00000000000000000000000000000000000000000000000000000000000000006102408201527f00000000000000000000000000000000000000000000000000000000000000006102608201527f00000000000000000000000000000000000000000000000000000000000000006102808201527f00000000000000000000000000000000000000000000000000000000000000006102a08201527f00000000000000000000000000000000000000000000000000000000000000006102c08201527f00000000000000000000000000000000000000000000000000000000000000006102e08201527f00000000000000000000000000000000000000000000000000000000000000006103008201527f00000000000000000000000000000000000000000000000000000000000000006103208201527f00000000000000000000000000000000000000000000000000000000000000006103408201527f00000000000000000000000000000000000000000000000000000000000000006103608201527f00000000000000000000000000000000000000000000000000000000000000006103808201527f00000000000000000000000000000000000000000000000000000000000000006103a08201527f00000000000000000000000000000000000000000000000000000000000000006103c08201527f00000000000000000000000000000000000000000000000000000000000000006103e08201527f00000000000000000000000000000000000000000000000000000000000000006104008201527f00000000000000000000000000000000000000000000000000000000000000006104208201527f00000000000000000000000000000000000000000000000000000000000000006104408201527f00000000000000000000000000000000000000000000000000000000000000006104608201527f00000000000000000000000000000000000000000000000000000000000000006104808201527f00000000000000000000000000000000000000000000000000000000000000006104a08201527f00000000000000000000000000000000000000000000000000000000000000006104c08201527f00000000000000000000000000000000000000000000000000000000000000006104e082015290565b5f5f5f6040518061010001604052807f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081525090505f6040518061010001604052807f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081525090505f7f000000000000000000000000000000000000000000000000000000000000000090505f7f000000000000000000000000000000000000000000000000000000000000000090505f6040516040810184825283602083015260406101008e0182375060408160808360065afa91505080610be5576040516351d49ff760e11b815260040160405180910390fd5b604051604081015f5b6008811015610c51578a6007821015610c0a5750602081028c01355b8015610c485760208202890151835260208202880151602084015280604084015260408360608560075afa8516945060408460808660065afa851694505b50600101610bee565b505080519750602081015196505080610c7d57604051631ff3747d60e21b815260040160405180910390fd5b505050505094509492505050565b5f610c946110b5565b6101008782377f00000000000000000000000000000000000000000000000000000000000000006101008201527f00000000000000000000000000000000000000000000000000000000000000006101208201527f00000000000000000000000000000000000000000000000000000000000000006101408201527f00000000000000000000000000000000000000000000000000000000000000006101608201527f00000000000000000000000000000000000000000000000000000000000000006101808201527f00000000000000000000000000000000000000000000000000000000000000006101a08201527f00000000000000000000000000000000000000000000000000000000000000006101c08201527f00000000000000000000000000000000000000000000000000000000000000006101e08201527f00000000000000000000000000000000000000000000000000000000000000006102008201527f0000000000000000000000000000000000000000000000000000000000000000610220820152610240810185905261026081018490527f00000000000000000000000000000000000000000000000000000000000000006102808201527f00000000000000000000000000000000000000000000000000000000000000006102a08201527f00000000000000000000000000000000000000000000000000000000000000006102c08201527f00000000000000000000000000000000000000000000000000000000000000006102e082015260408051608080820183527f000000000000000000000000000000000000000000000000000000000000000082527f00000000000000000000000000000000000000000000000000000000000000006020838101919091527f0000000000000000000000000000000000000000000000000000000000000000838501527f0000000000000000000000000000000000000000000000000000000000000000606080850191909152845192830185527f000000000000000000000000000000000000000000000000000000000000000083527f0000000000000000000000000000000000000000000000000000000000000000918301919091527f0000000000000000000000000000000000000000000000000000000000000000828501527f000000000000000000000000000000000000000000000000000000000000000090820152915190919061030084825e60406101008b0161030083013761034081018690526040610300820160608160075afa945060808361034083015e60406101408b016103c0830137610400810186905260406103c0820160608160075afa8516945060808261040083015e6020816104808360085afa9051941690931698975050505050505050565b6040518061050001604052806028906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b5f5f5f61010084860312156110e7575f5ffd5b833567ffffffffffffffff8111156110fd575f5ffd5b8401601f8101861361110d575f5ffd5b803567ffffffffffffffff811115611123575f5ffd5b866020828401011115611134575f5ffd5b6020820194508093505050846101008501111561114f575f5ffd5b6020840190509250925092565b610500810181835f5b6028811015611184578151835260209283019290910190600101611165565b50505092915050565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156111af575f5ffd5b838611156111bb575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b5f826111f157634e487b7160e01b5f52601260045260245ffd5b500690565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561121d5761121d6111f6565b92915050565b858152846020820152828460408301375f83820160e084604083013761012001979650505050505050565b8082018082111561121d5761121d6111f65630644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// Groth16Verifier is an auto generated Go binding around an Ethereum contract.
type Groth16Verifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Groth16Verifier) GetABI() abi.ABI {
	return c.abi
}

// NewGroth16Verifier creates a new instance of Groth16Verifier.
func NewGroth16Verifier() *Groth16Verifier {
	parsed, err := Groth16VerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Groth16Verifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Groth16Verifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256[40] vk) returns()
func (groth16Verifier *Groth16Verifier) PackConstructor(vk [40]*big.Int) []byte {
	enc, err := groth16Verifier.abi.Pack("", vk)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackNUMPUBLIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02ec96d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function NUM_PUBLIC() view returns(uint256)
func (groth16Verifier *Groth16Verifier) PackNUMPUBLIC() []byte {
	enc, err := groth16Verifier.abi.Pack("NUM_PUBLIC")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNUMPUBLIC is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02ec96d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function NUM_PUBLIC() view returns(uint256)
func (groth16Verifier *Groth16Verifier) TryPackNUMPUBLIC() ([]byte, error) {
	return groth16Verifier.abi.Pack("NUM_PUBLIC")
}

// UnpackNUMPUBLIC is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02ec96d2.
//
// Solidity: function NUM_PUBLIC() view returns(uint256)
func (groth16Verifier *Groth16Verifier) UnpackNUMPUBLIC(data []byte) (*big.Int, error) {
	out, err := groth16Verifier.abi.Unpack("NUM_PUBLIC", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPROOFLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe911439c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROOF_LENGTH() view returns(uint256)
func (groth16Verifier *Groth16Verifier) PackPROOFLENGTH() []byte {
	enc, err := groth16Verifier.abi.Pack("PROOF_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROOFLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe911439c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROOF_LENGTH() view returns(uint256)
func (groth16Verifier *Groth16Verifier) TryPackPROOFLENGTH() ([]byte, error) {
	return groth16Verifier.abi.Pack("PROOF_LENGTH")
}

// UnpackPROOFLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe911439c.
//
// Solidity: function PROOF_LENGTH() view returns(uint256)
func (groth16Verifier *Groth16Verifier) UnpackPROOFLENGTH(data []byte) (*big.Int, error) {
	out, err := groth16Verifier.abi.Unpack("PROOF_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVKWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb291b82.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function VK_WORDS() view returns(uint256)
func (groth16Verifier *Groth16Verifier) PackVKWORDS() []byte {
	enc, err := groth16Verifier.abi.Pack("VK_WORDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVKWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb291b82.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function VK_WORDS() view returns(uint256)
func (groth16Verifier *Groth16Verifier) TryPackVKWORDS() ([]byte, error) {
	return groth16Verifier.abi.Pack("VK_WORDS")
}

// UnpackVKWORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb291b82.
//
// Solidity: function VK_WORDS() view returns(uint256)
func (groth16Verifier *Groth16Verifier) UnpackVKWORDS(data []byte) (*big.Int, error) {
	out, err := groth16Verifier.abi.Unpack("VK_WORDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x598da1d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[7] input) view returns()
func (groth16Verifier *Groth16Verifier) PackVerifyProof(proof []byte, input [7]*big.Int) []byte {
	enc, err := groth16Verifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x598da1d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[7] input) view returns()
func (groth16Verifier *Groth16Verifier) TryPackVerifyProof(proof []byte, input [7]*big.Int) ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyProof", proof, input)
}

// PackVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7950c5f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyingKey() view returns(uint256[40] vk)
func (groth16Verifier *Groth16Verifier) PackVerifyingKey() []byte {
	enc, err := groth16Verifier.abi.Pack("verifyingKey")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyingKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7950c5f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyingKey() view returns(uint256[40] vk)
func (groth16Verifier *Groth16Verifier) TryPackVerifyingKey() ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyingKey")
}

// UnpackVerifyingKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7950c5f8.
//
// Solidity: function verifyingKey() view returns(uint256[40] vk)
func (groth16Verifier *Groth16Verifier) UnpackVerifyingKey(data []byte) ([40]*big.Int, error) {
	out, err := groth16Verifier.abi.Unpack("verifyingKey", data)
	if err != nil {
		return *new([40]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([40]*big.Int)).(*[40]*big.Int)
	return out0, nil
}

// PackVkHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe840f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function vkHash() view returns(bytes32)
func (groth16Verifier *Groth16Verifier) PackVkHash() []byte {
	enc, err := groth16Verifier.abi.Pack("vkHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVkHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fe840f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function vkHash() view returns(bytes32)
func (groth16Verifier *Groth16Verifier) TryPackVkHash() ([]byte, error) {
	return groth16Verifier.abi.Pack("vkHash")
}

// UnpackVkHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fe840f5.
//
// Solidity: function vkHash() view returns(bytes32)
func (groth16Verifier *Groth16Verifier) UnpackVkHash(data []byte) ([32]byte, error) {
	out, err := groth16Verifier.abi.Unpack("vkHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (groth16Verifier *Groth16Verifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["CommitmentInvalid"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackCommitmentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["ProofLengthInvalid"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackProofLengthInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["VerifyingKeyInvalid"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackVerifyingKeyInvalidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Groth16VerifierCommitmentInvalid represents a CommitmentInvalid error raised by the Groth16Verifier contract.
type Groth16VerifierCommitmentInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentInvalid()
func Groth16VerifierCommitmentInvalidErrorID() common.Hash {
	return common.HexToHash("0xa3a93fee56dfcbe3c39f5ec63c6730967db3a2793a813cf79d599fdf35d8f518")
}

// UnpackCommitmentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentInvalid()
func (groth16Verifier *Groth16Verifier) UnpackCommitmentInvalidError(raw []byte) (*Groth16VerifierCommitmentInvalid, error) {
	out := new(Groth16VerifierCommitmentInvalid)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "CommitmentInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierProofInvalid represents a ProofInvalid error raised by the Groth16Verifier contract.
type Groth16VerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func Groth16VerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (groth16Verifier *Groth16Verifier) UnpackProofInvalidError(raw []byte) (*Groth16VerifierProofInvalid, error) {
	out := new(Groth16VerifierProofInvalid)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierProofLengthInvalid represents a ProofLengthInvalid error raised by the Groth16Verifier contract.
type Groth16VerifierProofLengthInvalid struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofLengthInvalid(uint256 length)
func Groth16VerifierProofLengthInvalidErrorID() common.Hash {
	return common.HexToHash("0x2c4bf2ece4cbf336f5d05ef789cc5112d216ca24a83d3559674e69c1f3b67bbd")
}

// UnpackProofLengthInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofLengthInvalid(uint256 length)
func (groth16Verifier *Groth16Verifier) UnpackProofLengthInvalidError(raw []byte) (*Groth16VerifierProofLengthInvalid, error) {
	out := new(Groth16VerifierProofLengthInvalid)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "ProofLengthInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierPublicInputNotInField represents a PublicInputNotInField error raised by the Groth16Verifier contract.
type Groth16VerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func Groth16VerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (groth16Verifier *Groth16Verifier) UnpackPublicInputNotInFieldError(raw []byte) (*Groth16VerifierPublicInputNotInField, error) {
	out := new(Groth16VerifierPublicInputNotInField)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Groth16VerifierVerifyingKeyInvalid represents a VerifyingKeyInvalid error raised by the Groth16Verifier contract.
type Groth16VerifierVerifyingKeyInvalid struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifyingKeyInvalid(uint256 index)
func Groth16VerifierVerifyingKeyInvalidErrorID() common.Hash {
	return common.HexToHash("0x14fb9d3ca994f16ea18673714b0de448e8fdfaa039fd362fd715e4daf34a0d6a")
}

// UnpackVerifyingKeyInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifyingKeyInvalid(uint256 index)
func (groth16Verifier *Groth16Verifier) UnpackVerifyingKeyInvalidError(raw []byte) (*Groth16VerifierVerifyingKeyInvalid, error) {
	out := new(Groth16VerifierVerifyingKeyInvalid)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "VerifyingKeyInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryMetaData contains all meta data concerning the IdentityRegistry contract.
var IdentityRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"IdentityCountryInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"IdentityExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdentityZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "0bbf9fa4b9a6bbc2debbf4fd72410a809b",
	Bin: "0x608060405234801561000f575f5ffd5b506040516109b93803806109b983398101604081905261002e9161010f565b6001600160a01b0381166100555760405163d751eecf60e01b815260040160405180910390fd5b61005f5f82610066565b505061013c565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610106575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100be3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610109565b505f5b92915050565b5f6020828403121561011f575f5ffd5b81516001600160a01b0381168114610135575f5ffd5b9392505050565b610870806101495f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063a217fddf1161006e578063a217fddf1461016f578063a8d29d1d14610176578063b9209e3314610189578063d547741f1461019c578063f0eb5e54146101af578063fdab94331461025e575f5ffd5b806301ffc9a7146100b557806322459e18146100dd578063248a9ca3146101125780632f2ff15d1461013457806336568abe1461014957806391d148541461015c575b5f5ffd5b6100c86100c336600461077c565b610271565b60405190151581526020015b60405180910390f35b6101047fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770981565b6040519081526020016100d4565b6101046101203660046107a3565b5f9081526020819052604090206001015490565b6101476101423660046107d5565b6102a7565b005b6101476101573660046107d5565b6102d1565b6100c861016a3660046107d5565b610309565b6101045f81565b6101476101843660046107ff565b610331565b6100c86101973660046107ff565b61040c565b6101476101aa3660046107d5565b610481565b6102266101bd3660046107ff565b60408051606080820183525f80835260208084018290529284018190526001600160a01b039490941684526001825292829020825193840183525461ffff8116845267ffffffffffffffff620100008204811692850192909252600160501b9004169082015290565b60408051825161ffff16815260208084015167ffffffffffffffff9081169183019190915292820151909216908201526060016100d4565b61014761026c366004610818565b6104a5565b5f6001600160e01b03198216637965db0b60e01b14806102a157506301ffc9a760e01b6001600160e01b03198316145b92915050565b5f828152602081905260409020600101546102c18161063a565b6102cb8383610647565b50505050565b6001600160a01b03811633146102fa5760405163334bd91960e11b815260040160405180910390fd5b61030482826106d6565b505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770961035b8161063a565b6001600160a01b0382165f9081526001602052604081205462010000900467ffffffffffffffff1690036103b25760405163fa9b64eb60e01b81526001600160a01b03831660048201526024015b60405180910390fd5b6001600160a01b0382165f81815260016020526040808220805471ffffffffffffffffffffffffffffffffffff19169055517f374ace31388bb8ee152e1f7ad5e216944c28a32dfedb6c9353ba26bf0cdbb15a9190a25050565b6001600160a01b0381165f9081526001602090815260408083208151606081018352905461ffff8116825267ffffffffffffffff6201000082048116948301859052600160501b9091041691810191909152904210801561047a575046816040015167ffffffffffffffff16145b9392505050565b5f8281526020819052604090206001015461049b8161063a565b6102cb83836106d6565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb42769509677096104cf8161063a565b6001600160a01b0384166104f65760405163d751eecf60e01b815260040160405180910390fd5b61ffff8316158061050c57506103e78361ffff16115b1561053057604051636708d57b60e01b815261ffff841660048201526024016103a9565b428267ffffffffffffffff161161056657604051633f174a6760e01b815267ffffffffffffffff831660048201526024016103a9565b604080516060808201835261ffff86811680845267ffffffffffffffff8781166020808701828152468416888a018181526001600160a01b038f165f818152600186528c90209a518b5494519251991669ffffffffffffffffffff199094169390931762010000918716919091021767ffffffffffffffff60501b1916600160501b9790951696909602939093179096558651928352948201949094529384015290917f72b2a875031c38094df534613fcb872131ca5365662b629cc21aa9903e9e283c910160405180910390a250505050565b610644813361073f565b50565b5f6106528383610309565b6106cf575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556106873390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102a1565b505f6102a1565b5f6106e18383610309565b156106cf575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016102a1565b6107498282610309565b6107785760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016103a9565b5050565b5f6020828403121561078c575f5ffd5b81356001600160e01b03198116811461047a575f5ffd5b5f602082840312156107b3575f5ffd5b5035919050565b80356001600160a01b03811681146107d0575f5ffd5b919050565b5f5f604083850312156107e6575f5ffd5b823591506107f6602084016107ba565b90509250929050565b5f6020828403121561080f575f5ffd5b61047a826107ba565b5f5f5f6060848603121561082a575f5ffd5b610833846107ba565b9250602084013561ffff81168114610849575f5ffd5b9150604084013567ffffffffffffffff81168114610865575f5ffd5b80915050925092509256",
}

// IdentityRegistry is an auto generated Go binding around an Ethereum contract.
type IdentityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IdentityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewIdentityRegistry creates a new instance of IdentityRegistry.
func NewIdentityRegistry() *IdentityRegistry {
	parsed, err := IdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IdentityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IdentityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address admin) returns()
func (identityRegistry *IdentityRegistry) PackConstructor(admin common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("", admin)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackAGENTROLE() []byte {
	enc, err := identityRegistry.abi.Pack("AGENT_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackAGENTROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("AGENT_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackDEFAULTADMINROLE() []byte {
	enc, err := identityRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return identityRegistry.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deleteIdentity(address investor) returns()
func (identityRegistry *IdentityRegistry) PackDeleteIdentity(investor common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("deleteIdentity", investor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeleteIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8d29d1d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deleteIdentity(address investor) returns()
func (identityRegistry *IdentityRegistry) TryPackDeleteIdentity(investor common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("deleteIdentity", investor)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (identityRegistry *IdentityRegistry) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := identityRegistry.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (identityRegistry *IdentityRegistry) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (identityRegistry *IdentityRegistry) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := identityRegistry.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (identityRegistry *IdentityRegistry) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (identityRegistry *IdentityRegistry) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistry *IdentityRegistry) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackHasRole(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identity(address investor) view returns((uint16,uint64,uint64))
func (identityRegistry *IdentityRegistry) PackIdentity(investor common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("identity", investor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0eb5e54.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identity(address investor) view returns((uint16,uint64,uint64))
func (identityRegistry *IdentityRegistry) TryPackIdentity(investor common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("identity", investor)
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0eb5e54.
//
// Solidity: function identity(address investor) view returns((uint16,uint64,uint64))
func (identityRegistry *IdentityRegistry) UnpackIdentity(data []byte) (IdentityRegistryIdentity, error) {
	out, err := identityRegistry.abi.Unpack("identity", data)
	if err != nil {
		return *new(IdentityRegistryIdentity), err
	}
	out0 := *abi.ConvertType(out[0], new(IdentityRegistryIdentity)).(*IdentityRegistryIdentity)
	return out0, nil
}

// PackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isVerified(address investor) view returns(bool)
func (identityRegistry *IdentityRegistry) PackIsVerified(investor common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("isVerified", investor)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsVerified is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9209e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isVerified(address investor) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackIsVerified(investor common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("isVerified", investor)
}

// UnpackIsVerified is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb9209e33.
//
// Solidity: function isVerified(address investor) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackIsVerified(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("isVerified", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdab9433.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerIdentity(address investor, uint16 country, uint64 expiry) returns()
func (identityRegistry *IdentityRegistry) PackRegisterIdentity(investor common.Address, country uint16, expiry uint64) []byte {
	enc, err := identityRegistry.abi.Pack("registerIdentity", investor, country, expiry)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdab9433.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerIdentity(address investor, uint16 country, uint64 expiry) returns()
func (identityRegistry *IdentityRegistry) TryPackRegisterIdentity(investor common.Address, country uint16, expiry uint64) ([]byte, error) {
	return identityRegistry.abi.Pack("registerIdentity", investor, country, expiry)
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (identityRegistry *IdentityRegistry) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (identityRegistry *IdentityRegistry) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (identityRegistry *IdentityRegistry) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (identityRegistry *IdentityRegistry) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("revokeRole", role, account)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (identityRegistry *IdentityRegistry) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := identityRegistry.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (identityRegistry *IdentityRegistry) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return identityRegistry.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (identityRegistry *IdentityRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := identityRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IdentityRegistryIdentityRegistered represents a IdentityRegistered event raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRegistered struct {
	Investor common.Address
	Country  uint16
	Expiry   uint64
	ChainId  uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryIdentityRegisteredEventName = "IdentityRegistered"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryIdentityRegistered) ContractEventName() string {
	return IdentityRegistryIdentityRegisteredEventName
}

// UnpackIdentityRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRegistered(address indexed investor, uint16 country, uint64 expiry, uint64 chainId)
func (identityRegistry *IdentityRegistry) UnpackIdentityRegisteredEvent(log *types.Log) (*IdentityRegistryIdentityRegistered, error) {
	event := "IdentityRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryIdentityRegistered)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryIdentityRemoved represents a IdentityRemoved event raised by the IdentityRegistry contract.
type IdentityRegistryIdentityRemoved struct {
	Investor common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryIdentityRemovedEventName = "IdentityRemoved"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryIdentityRemoved) ContractEventName() string {
	return IdentityRegistryIdentityRemovedEventName
}

// UnpackIdentityRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IdentityRemoved(address indexed investor)
func (identityRegistry *IdentityRegistry) UnpackIdentityRemovedEvent(log *types.Log) (*IdentityRegistryIdentityRemoved, error) {
	event := "IdentityRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryIdentityRemoved)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryRoleAdminChanged represents a RoleAdminChanged event raised by the IdentityRegistry contract.
type IdentityRegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryRoleAdminChanged) ContractEventName() string {
	return IdentityRegistryRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (identityRegistry *IdentityRegistry) UnpackRoleAdminChangedEvent(log *types.Log) (*IdentityRegistryRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryRoleGranted represents a RoleGranted event raised by the IdentityRegistry contract.
type IdentityRegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryRoleGranted) ContractEventName() string {
	return IdentityRegistryRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (identityRegistry *IdentityRegistry) UnpackRoleGrantedEvent(log *types.Log) (*IdentityRegistryRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryRoleGranted)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// IdentityRegistryRoleRevoked represents a RoleRevoked event raised by the IdentityRegistry contract.
type IdentityRegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryRoleRevoked) ContractEventName() string {
	return IdentityRegistryRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (identityRegistry *IdentityRegistry) UnpackRoleRevokedEvent(log *types.Log) (*IdentityRegistryRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryRoleRevoked)
	if len(log.Data) > 0 {
		if err := identityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range identityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (identityRegistry *IdentityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityCountryInvalid"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityCountryInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityExpiryInPast"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityExpiryInPastError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityNotRegistered"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["IdentityZeroAddress"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackIdentityZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// IdentityRegistryAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the IdentityRegistry contract.
type IdentityRegistryAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func IdentityRegistryAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (identityRegistry *IdentityRegistry) UnpackAccessControlBadConfirmationError(raw []byte) (*IdentityRegistryAccessControlBadConfirmation, error) {
	out := new(IdentityRegistryAccessControlBadConfirmation)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the IdentityRegistry contract.
type IdentityRegistryAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func IdentityRegistryAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (identityRegistry *IdentityRegistry) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*IdentityRegistryAccessControlUnauthorizedAccount, error) {
	out := new(IdentityRegistryAccessControlUnauthorizedAccount)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityCountryInvalid represents a IdentityCountryInvalid error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityCountryInvalid struct {
	Country uint16
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityCountryInvalid(uint16 country)
func IdentityRegistryIdentityCountryInvalidErrorID() common.Hash {
	return common.HexToHash("0x6708d57b41d47d42d06d4b7592ad9823cfd2c37c734c78d1164e5ca824dcc94e")
}

// UnpackIdentityCountryInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityCountryInvalid(uint16 country)
func (identityRegistry *IdentityRegistry) UnpackIdentityCountryInvalidError(raw []byte) (*IdentityRegistryIdentityCountryInvalid, error) {
	out := new(IdentityRegistryIdentityCountryInvalid)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityCountryInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityExpiryInPast represents a IdentityExpiryInPast error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityExpiryInPast struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityExpiryInPast(uint64 expiry)
func IdentityRegistryIdentityExpiryInPastErrorID() common.Hash {
	return common.HexToHash("0x3f174a67000136a742f82edf84d0cee0427dab65345c6da93ca15291f59dd43a")
}

// UnpackIdentityExpiryInPastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityExpiryInPast(uint64 expiry)
func (identityRegistry *IdentityRegistry) UnpackIdentityExpiryInPastError(raw []byte) (*IdentityRegistryIdentityExpiryInPast, error) {
	out := new(IdentityRegistryIdentityExpiryInPast)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityExpiryInPast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityNotRegistered represents a IdentityNotRegistered error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityNotRegistered struct {
	Investor common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityNotRegistered(address investor)
func IdentityRegistryIdentityNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xfa9b64eb64fc68a272709bb8e865cb0a60e3ab75b8fef7cec7b7e8e634dbe063")
}

// UnpackIdentityNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityNotRegistered(address investor)
func (identityRegistry *IdentityRegistry) UnpackIdentityNotRegisteredError(raw []byte) (*IdentityRegistryIdentityNotRegistered, error) {
	out := new(IdentityRegistryIdentityNotRegistered)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryIdentityZeroAddress represents a IdentityZeroAddress error raised by the IdentityRegistry contract.
type IdentityRegistryIdentityZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdentityZeroAddress()
func IdentityRegistryIdentityZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd751eecf2a8e22017b571e19452db662c1b359164e3a02e58356cd34492d6030")
}

// UnpackIdentityZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdentityZeroAddress()
func (identityRegistry *IdentityRegistry) UnpackIdentityZeroAddressError(raw []byte) (*IdentityRegistryIdentityZeroAddress, error) {
	out := new(IdentityRegistryIdentityZeroAddress)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "IdentityZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenMetaData contains all meta data concerning the RWAToken contract.
var RWATokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"identityRegistry_\",\"type\":\"address\"},{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"disclosureRegistry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pool_\",\"type\":\"uint256\"},{\"internalType\":\"contractIERC20\",\"name\":\"payoutToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"unitsPerCent_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"ClaimantNotVerified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ConstructorArgumentZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoHolders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoPayout\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PayoutAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"PayoutAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"PoolMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"RecipientNotVerified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"SenderNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"disclosureBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotNotFinal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"PayoutDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"balanceOfAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"closePayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disclosureRegistry\",\"outputs\":[{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"payout\",\"outputs\":[{\"components\":[{\"internalType\":\"uint40\",\"name\":\"snapshotBlock\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint208\",\"name\":\"settledWeight\",\"type\":\"uint208\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"internalType\":\"structRWAToken.Payout\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"payoutCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payoutToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"totalSupplyAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unitsPerCent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c9fcb2450802ab353ac4154b8540a19978",
	Bin: "0x610120604052348015610010575f5ffd5b506040516130ce3803806130ce83398101604081905261002f9161025b565b8787600361003d83826103af565b50600461004a82826103af565b5050506001600160a01b038616158061006a57506001600160a01b038516155b8061007c57506001600160a01b038416155b80610085575082155b8061009757506001600160a01b038216155b806100a0575080155b156100be5760405163bf8b5c5d60e01b815260040160405180910390fd5b6001600160a01b0380861660805284811660a05260c0849052821660e0526101008190526100ec5f876100fa565b50505050505050505061046d565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff1661019e575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101563390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101a1565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126101ca575f5ffd5b81516001600160401b038111156101e3576101e36101a7565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610211576102116101a7565b604052818152838201602001851015610228575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b0381168114610258575f5ffd5b50565b5f5f5f5f5f5f5f5f610100898b031215610273575f5ffd5b88516001600160401b03811115610288575f5ffd5b6102948b828c016101bb565b60208b015190995090506001600160401b038111156102b1575f5ffd5b6102bd8b828c016101bb565b97505060408901516102ce81610244565b60608a01519096506102df81610244565b60808a01519095506102f081610244565b60a08a015160c08b0151919550935061030881610244565b60e09990990151979a96995094979396929591945050565b600181811c9082168061033457607f821691505b60208210810361035257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103aa57828211156103aa57805f5260205f20601f840160051c602085101561038357505f5b90810190601f840160051c035f5b818110156103a6575f83820155600101610391565b5050505b505050565b81516001600160401b038111156103c8576103c86101a7565b6103dc816103d68454610320565b84610358565b6020601f82116001811461040e575f83156103f75750848201515b5f19600385901b1c1916600184901b178455610466565b5f84815260208120601f198516915b8281101561043d578785015182556020948501946001909201910161041d565b508482101561045a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e05161010051612bd06104fe5f395f81816102ed0152611ca101525f8181610513015281816110a101526114b801525f818161032201528181611b7b0152611bb501525f8181610580015281816111890152611bfa01525f81816102ae01528181610d83015281816115ac0152818161163b01528181611ea70152611faa0152612bd05ff3fe608060405234801561000f575f5ffd5b5060043610610255575f3560e01c80637ebaabb711610140578063a60628e2116100bf578063bbad410511610084578063bbad4105146106f7578063d547741f1461070a578063dd62ed3e1461071d578063e46638e614610755578063e583983614610768578063f5b541a61461078a575f5ffd5b8063a60628e214610662578063a9059cbb146106ab578063aab8ab0c146106be578063ac869cd8146106d1578063af1b45a9146106e4575f5ffd5b8063981b24d011610105578063981b24d0146105d85780639dc29fac146105eb5780639fc1d0e7146105fe578063a217fddf14610611578063a34527f614610618575f5ffd5b80637ebaabb71461057b5780638456cb59146105a257806388d8b2a7146105aa57806391d14854146105bd57806395d89b41146105d0575f5ffd5b8063248a9ca3116101d757806340c10f191161019c57806340c10f19146104e85780634ee2cd7e146104fb5780634efa82b61461050e5780635a1e6a81146105355780635c975abb1461054857806370a0823114610553575f5ffd5b8063248a9ca3146104875780632f2ff15d146104a9578063313ce567146104be57806336568abe146104cd5780633f4ba83a146104e0575f5ffd5b806316f0115b1161021d57806316f0115b1461031d578063178e57f01461034457806318160ddd1461045857806322459e181461046057806323b872dd14610474575f5ffd5b806301ffc9a71461025957806306fdde0314610281578063095ea7b314610296578063134e18f4146102a957806314c1cca8146102e8575b5f5ffd5b61026c61026736600461279f565b6107b1565b60405190151581526020015b60405180910390f35b6102896107e7565b60405161027891906127c6565b61026c6102a4366004612816565b610877565b6102d07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610278565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610278565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b6103ff610352366004612852565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160401b03165f90815260086020908152604091829020825160c081018452815464ffffffffff81168252600160281b810460ff16151593820193909352600160301b9092046001600160d01b031692820192909252600182015460608201526002820154608082015260039091015460a082015290565b6040516102789190815164ffffffffff1681526020808301511515908201526040808301516001600160d01b031690820152606080830151908201526080808301519082015260a0918201519181019190915260c00190565b60025461030f565b61030f5f516020612bb05f395f51905f5281565b61026c61048236600461286d565b61088e565b61030f6104953660046128a7565b5f9081526005602052604090206001015490565b6104bc6104b73660046128be565b6108b3565b005b60405160128152602001610278565b6104bc6104db3660046128be565b6108dd565b6104bc610915565b6104bc6104f6366004612816565b610937565b61030f610509366004612816565b610958565b6102d07f000000000000000000000000000000000000000000000000000000000000000081565b6104bc610543366004612852565b6109b2565b60065460ff1661026c565b61030f6105613660046128e8565b6001600160a01b03165f9081526020819052604090205490565b6102d07f000000000000000000000000000000000000000000000000000000000000000081565b6104bc610ac1565b61030f6105b8366004612901565b610ae0565b61026c6105cb3660046128be565b610bf7565b610289610c21565b61030f6105e63660046128a7565b610c30565b6104bc6105f9366004612816565b610c6e565b6104bc61060c36600461286d565b610c8f565b61030f5f81565b61026c610626366004612901565b6001600160401b03919091165f9081526009602090815260408083206001600160a01b039490941683529290522054600160f81b900460ff1690565b61030f610670366004612901565b6001600160401b0382165f9081526009602090815260408083206001600160a01b03851684529091529020546001600160f81b031692915050565b61026c6106b9366004612816565b610d26565b61030f6106cc366004612852565b610d33565b6104bc6106df366004612938565b6110d1565b61030f6106f2366004612984565b61114b565b6104bc61070536600461299f565b611155565b6104bc6107183660046128be565b6114e9565b61030f61072b3660046129ca565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61026c61076336600461286d565b61150d565b61026c6107763660046128e8565b60076020525f908152604090205460ff1681565b61030f7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b5f6001600160e01b03198216637965db0b60e01b14806107e157506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546107f6906129e4565b80601f0160208091040260200160405190810160405280929190818152602001828054610822906129e4565b801561086d5780601f106108445761010080835404028352916020019161086d565b820191905f5260205f20905b81548152906001019060200180831161085057829003601f168201915b5050505050905090565b5f336108848185856116db565b5060019392505050565b5f3361089b8582856116e8565b6108a685858561175e565b60019150505b9392505050565b5f828152600560205260409020600101546108cd816117bb565b6108d783836117c5565b50505050565b6001600160a01b03811633146109065760405163334bd91960e11b815260040160405180910390fd5b6109108282611856565b505050565b5f516020612bb05f395f51905f5261092c816117bb565b6109346118c1565b50565b5f516020612bb05f395f51905f5261094e816117bb565b6109108383611913565b5f438210610981576040516309dcd3a160e21b8152600481018390526024015b60405180910390fd5b6001600160a01b0383165f908152600a602052604090206109a2908361194b565b6001600160d01b03169392505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9296109dc816117bb565b6109e46119fb565b6001600160401b0382165f9081526008602052604081206002810154909103610a2b57604051631456792360e11b81526001600160401b0384166004820152602401610978565b8054600160281b900460ff1615610a605760405163033669d760e31b81526001600160401b0384166004820152602401610978565b805465ff00000000001916600160281b17815560028101546040516001600160401b038516917f3032230a1c4e28b767e6d6c6a0ac019d61ef6a5c459492e6e72b0f8a375d4fab91610ab491815260200190565b60405180910390a2505050565b5f516020612bb05f395f51905f52610ad8816117bb565b610934611a21565b6001600160401b0382165f818152600860209081526040808320815160c081018352815464ffffffffff81168252600160281b810460ff908116151583870152600160301b9091046001600160d01b0316828501526001830154606083015260028301546080830190815260039093015460a0830152958552600984528285206001600160a01b038816865284528285208351808501909452546001600160f81b0381168452600160f81b900490951615159282019290925290519192911580610bab575080602001515b15610bba575f925050506107e1565b805f01516001600160f81b0316610be483610bdf87865f015164ffffffffff16610958565b611a5e565b610bee9190612a2a565b95945050505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546107f6906129e4565b5f438210610c54576040516309dcd3a160e21b815260048101839052602401610978565b610c5f600b8361194b565b6001600160d01b031692915050565b5f516020612bb05f395f51905f52610c85816117bb565b6109108383611ad5565b5f516020612bb05f395f51905f52610ca6816117bb565b60015f805c60ff19168217905d50610cbf84848461175e565b5f60ff19815c16815d50336001600160a01b0316836001600160a01b0316856001600160a01b03167f31a05a6a55253f32ca1a2eae200ad7ddf38d17e9f6e0535e9a85ab4a218aeaa385604051610d1891815260200190565b60405180910390a450505050565b5f3361088481858561175e565b5f610d3c6119fb565b335f9081526007602052604090205460ff1615610d6e576040516327951b3f60e11b8152336004820152602401610978565b60405163b9209e3360e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b9209e3390602401602060405180830381865afa158015610dd0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610df49190612a3d565b610e135760405163400a6e0760e11b8152336004820152602401610978565b6001600160401b0382165f9081526008602052604081206002810154909103610e5a57604051631456792360e11b81526001600160401b0384166004820152602401610978565b80545f90610e7090339064ffffffffff16610958565b9050805f03610e96578333604051631178aeab60e31b8152600401610978929190612a58565b6001600160401b0384165f90815260096020908152604080832033845290915290208054600160f81b900460ff1615610ee657843360405163b5ffb3b560e01b8152600401610978929190612a58565b6040805160c081018252845464ffffffffff81168252600160281b810460ff1615156020830152600160301b90046001600160d01b0316918101919091526001840154606082015260028401546080820152600384015460a08201525f90610f4e9084611a5e565b8454909150600160281b900460ff1615610fc157835483908590600690610f86908490600160301b90046001600160d01b0316612a7a565b82546001600160d01b039182166101009390930a92830291909202199091161790555081546001600160f81b0316600160f81b178255611013565b81546001600160f81b0316810361101357805f03610ff6578533604051631178aeab60e31b8152600401610978929190612a58565b853360405163b5ffb3b560e01b8152600401610978929190612a58565b8154611028906001600160f81b031682612a2a565b945061103381611b09565b82546001600160f81b0319166001600160f81b039190911617825560405185815233906001600160401b038816907f6d5db2de6eccf6170a6d9963443e643c2b98c4738f30610dc199bd6d2913113f9060200160405180910390a384156110c8576110c86001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163387611b40565b50505050919050565b5f516020612bb05f395f51905f526110e8816117bb565b6001600160a01b0383165f81815260076020908152604091829020805460ff191686151590811790915591519182523392917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f43691015b60405180910390a3505050565b5f6108ac82611b75565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961117f816117bb565b6111876119fb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635c975abb6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156111e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112079190612a3d565b15611225576040516309148bcd60e21b815260040160405180910390fd5b815f0361124557604051636d2594d560e11b815260040160405180910390fd5b5f5f61125085611b75565b9150915043826001600160401b031610611288576040516343ee866360e01b81526001600160401b0383166004820152602401610978565b5f60088161129c6040890160208a01612852565b6001600160401b0316815260208101919091526040015f208054909150600160281b900460ff16156112fd576112d86040870160208801612852565b60405163033669d760e31b81526001600160401b039091166004820152602401610978565b5f85826002015461130e9190612a99565b90508281111561133b5760405163080ae85f60e01b81526004810182905260248101849052604401610978565b815464ffffffffff165f036113d1575f61135d856001600160401b0316610c30565b9050805f0361139b576113766040890160208a01612852565b60405163b83c6af960e01b81526001600160401b039091166004820152602401610978565b6113ad856001600160401b0316611cd0565b835464ffffffffff191664ffffffffff919091161783556001830155600382018390555b600282018190556113e86040880160208901612852565b60408051888152602081018490529081018590526001600160401b03868116606083015291909116907f5ca88f03079ecb92ae9ede18756aaf1a7ae94c0385699c9d29ccb1169de607c19060800160405180910390a28281036114ab57815465ff00000000001916600160281b1782556114686040880160208901612852565b6001600160401b03167f3032230a1c4e28b767e6d6c6a0ac019d61ef6a5c459492e6e72b0f8a375d4fab826040516114a291815260200190565b60405180910390a25b6114e06001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089611d01565b50505050505050565b5f82815260056020526040902060010154611503816117bb565b6108d78383611856565b5f6001600160a01b038416158061152b57506001600160a01b038316155b80611538575060065460ff165b1561154457505f6108ac565b6001600160a01b0384165f9081526007602052604090205460ff168061158157506001600160a01b0383165f9081526007602052604090205460ff165b1561158d57505f6108ac565b60405163b9209e3360e01b81526001600160a01b0385811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa1580156115f1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116159190612a3d565b15806116a6575060405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015611680573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116a49190612a3d565b155b156116b257505f6108ac565b816116d1856001600160a01b03165f9081526020819052604090205490565b1015949350505050565b6109108383836001611d37565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156108d7578181101561175057604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610978565b6108d784848484035f611d37565b6001600160a01b03831661178757604051634b637e8f60e11b81525f6004820152602401610978565b6001600160a01b0382166117b05760405163ec442f0560e01b81525f6004820152602401610978565b610910838383611e09565b6109348133612133565b5f6117d08383610bf7565b61184f575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556118073390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107e1565b505f6107e1565b5f6118618383610bf7565b1561184f575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016107e1565b6118c961216c565b6006805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b03821661193c5760405163ec442f0560e01b81525f6004820152602401610978565b6119475f8383611e09565b5050565b81545f90818160058111156119a7575f6119648461218f565b61196e9085612a2a565b5f8881526020902090915081015465ffffffffffff9081169087161015611997578091506119a5565b6119a2816001612a99565b92505b505b5f6119b4878785856122e7565b905080156119ee576119d8876119cb600184612a2a565b5f91825260209091200190565b54600160301b90046001600160d01b03166119f0565b5f5b979650505050505050565b60065460ff1615611a1f5760405163d93c066560e01b815260040160405180910390fd5b565b611a296119fb565b6006805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586118f63390565b5f8260200151611a8257611a7b828460800151856060015161233d565b90506107e1565b5f83604001516001600160d01b03169050611aa6846080015182866060015161233d565b6080850151611ac390611ab98685612a99565b876060015161233d565b611acd9190612a2a565b949350505050565b6001600160a01b038216611afe57604051634b637e8f60e11b81525f6004820152602401610978565b611947825f83611e09565b5f6001600160f81b03821115611b3c576040516306dfcc6560e41b815260f8600482015260248101839052604401610978565b5090565b611b4d83838360016123ed565b61091057604051635274afe760e01b81526001600160a01b0384166004820152602401610978565b5f8082357f000000000000000000000000000000000000000000000000000000000000000014611be15760405163108fe88f60e31b8152833560048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610978565b604051635cdf650360e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635cdf650390611c2f908790600401612ae1565b6040805180830381865afa158015611c49573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c6d9190612b51565b9093509050611cc861ffff8216611c8c61012087016101008801612852565b6001600160401b0316611c9f9190612b84565b7f000000000000000000000000000000000000000000000000000000000000000061271061233d565b915050915091565b5f64ffffffffff821115611b3c576040516306dfcc6560e41b81526028600482015260248101839052604401610978565b611d0f84848484600161244f565b6108d757604051635274afe760e01b81526001600160a01b0385166004820152602401610978565b6001600160a01b038416611d605760405163e602df0560e01b81525f6004820152602401610978565b6001600160a01b038316611d8957604051634a1406b160e11b81525f6004820152602401610978565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156108d757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051611dfb91815260200190565b60405180910390a350505050565b6001600160a01b03831615801590611e2957506001600160a01b03821615155b8015611e37575060ff5f5c16155b15611f3857611e446119fb565b6001600160a01b0383165f9081526007602052604090205460ff1615611e88576040516327951b3f60e11b81526001600160a01b0384166004820152602401610978565b60405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015611eec573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f109190612a3d565b611f38576040516306bfa33560e01b81526001600160a01b0384166004820152602401610978565b6001600160a01b0382161561203b576001600160a01b0382165f9081526007602052604090205460ff1615611f8b576040516327951b3f60e11b81526001600160a01b0383166004820152602401610978565b60405163b9209e3360e01b81526001600160a01b0383811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015611fef573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120139190612a3d565b61203b576040516351f4ec8f60e11b81526001600160a01b0383166004820152602401610978565b6120468383836124bc565b436001600160a01b038416156120995761209681612078866001600160a01b03165f9081526020819052604090205490565b6001600160a01b0387165f908152600a6020526040902091906125d5565b50505b6001600160a01b038316156120eb576120e8816120ca856001600160a01b03165f9081526020819052604090205490565b6001600160a01b0386165f908152600a6020526040902091906125d5565b50505b6001600160a01b038416158061210857506001600160a01b038316155b156108d75761212b8161212261211d60025490565b6125ef565b600b91906125d5565b505050505050565b61213d8282610bf7565b6119475760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610978565b60065460ff16611a1f57604051638dfc202b60e01b815260040160405180910390fd5b5f6001821161219c575090565b816001600160801b82106121b55760809190911c9060401b5b6801000000000000000082106121d05760409190911c9060201b5b64010000000082106121e75760209190911c9060101b5b6201000082106121fc5760109190911c9060081b5b61010082106122105760089190911c9060041b5b601082106122235760049190911c9060021b5b6004821061222f5760011b5b600302600190811c9081858161224757612247612b9b565b048201901c9050600181858161225f5761225f612b9b565b048201901c9050600181858161227757612277612b9b565b048201901c9050600181858161228f5761228f612b9b565b048201901c905060018185816122a7576122a7612b9b565b048201901c905060018185816122bf576122bf612b9b565b048201901c90506122de8185816122d8576122d8612b9b565b04821190565b90039392505050565b5f5b81831015612335575f85815260209020838316600285851804019081015465ffffffffffff868116911611156123215780925061232f565b61232c816001612a99565b93505b506122e9565b509392505050565b5f5f5f61234a8686612622565b91509150815f0361236e5783818161236457612364612b9b565b04925050506108ac565b81841161238557612385600385150260111861263e565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612443578383151615612437573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166124ab57838315161561249f573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6001600160a01b0383166124e6578060025f8282546124db9190612a99565b909155506125569050565b6001600160a01b0383165f90815260208190526040902054818110156125385760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610978565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661257257600280548290039055612590565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161113e91815260200190565b5f806125e285858561264f565b915091505b935093915050565b5f6001600160d01b03821115611b3c576040516306dfcc6560e41b815260d0600482015260248101839052604401610978565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b82545f9081908015612745575f61266b876119cb600185612a2a565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156126ae57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036126e757825465ffffffffffff16600160301b6001600160d01b03891602178355612737565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506125e792505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816125e7565b5f602082840312156127af575f5ffd5b81356001600160e01b0319811681146108ac575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114612811575f5ffd5b919050565b5f5f60408385031215612827575f5ffd5b612830836127fb565b946020939093013593505050565b6001600160401b0381168114610934575f5ffd5b5f60208284031215612862575f5ffd5b81356108ac8161283e565b5f5f5f6060848603121561287f575f5ffd5b612888846127fb565b9250612896602085016127fb565b929592945050506040919091013590565b5f602082840312156128b7575f5ffd5b5035919050565b5f5f604083850312156128cf575f5ffd5b823591506128df602084016127fb565b90509250929050565b5f602082840312156128f8575f5ffd5b6108ac826127fb565b5f5f60408385031215612912575f5ffd5b823561291d8161283e565b91506128df602084016127fb565b8015158114610934575f5ffd5b5f5f60408385031215612949575f5ffd5b612952836127fb565b915060208301356129628161292b565b809150509250929050565b5f610160828403121561297e575f5ffd5b50919050565b5f6101608284031215612995575f5ffd5b6108ac838361296d565b5f5f61018083850312156129b1575f5ffd5b6129bb848461296d565b94610160939093013593505050565b5f5f604083850312156129db575f5ffd5b61291d836127fb565b600181811c908216806129f857607f821691505b60208210810361297e57634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b818103818111156107e1576107e1612a16565b5f60208284031215612a4d575f5ffd5b81516108ac8161292b565b6001600160401b039290921682526001600160a01b0316602082015260400190565b6001600160d01b0381811683821601908111156107e1576107e1612a16565b808201808211156107e1576107e1612a16565b805f5b60058110156108d7578135612ac38161283e565b6001600160401b031684526020938401939190910190600101612aaf565b8135815261016081016020830135612af88161283e565b6001600160401b031660208301526040838101359083015260608084013590830152608083013563ffffffff8116808214612b31575f5ffd5b60808401525060a083810135908301526107e160c0808401908501612aac565b5f5f60408385031215612b62575f5ffd5b8251612b6d8161283e565b602084015190925061ffff81168114612962575f5ffd5b80820281158282048414176107e1576107e1612a16565b634e487b7160e01b5f52601260045260245ffdfecab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709",
}

// RWAToken is an auto generated Go binding around an Ethereum contract.
type RWAToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RWAToken) GetABI() abi.ABI {
	return c.abi
}

// NewRWAToken creates a new instance of RWAToken.
func NewRWAToken() *RWAToken {
	parsed, err := RWATokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RWAToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RWAToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, address admin, address identityRegistry_, address disclosureRegistry_, uint256 pool_, address payoutToken_, uint256 unitsPerCent_) returns()
func (rWAToken *RWAToken) PackConstructor(name_ string, symbol_ string, admin common.Address, identityRegistry_ common.Address, disclosureRegistry_ common.Address, pool_ *big.Int, payoutToken_ common.Address, unitsPerCent_ *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("", name_, symbol_, admin, identityRegistry_, disclosureRegistry_, pool_, payoutToken_, unitsPerCent_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) PackAGENTROLE() []byte {
	enc, err := rWAToken.abi.Pack("AGENT_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGENTROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22459e18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) TryPackAGENTROLE() ([]byte, error) {
	return rWAToken.abi.Pack("AGENT_ROLE")
}

// UnpackAGENTROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22459e18.
//
// Solidity: function AGENT_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) UnpackAGENTROLE(data []byte) ([32]byte, error) {
	out, err := rWAToken.abi.Unpack("AGENT_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) PackDEFAULTADMINROLE() []byte {
	enc, err := rWAToken.abi.Pack("DEFAULT_ADMIN_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEFAULTADMINROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa217fddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return rWAToken.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := rWAToken.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) PackOPERATORROLE() []byte {
	enc, err := rWAToken.abi.Pack("OPERATOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOPERATORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5b541a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) TryPackOPERATORROLE() ([]byte, error) {
	return rWAToken.abi.Pack("OPERATOR_ROLE")
}

// UnpackOPERATORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf5b541a6.
//
// Solidity: function OPERATOR_ROLE() view returns(bytes32)
func (rWAToken *RWAToken) UnpackOPERATORROLE(data []byte) ([32]byte, error) {
	out, err := rWAToken.abi.Unpack("OPERATOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (rWAToken *RWAToken) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := rWAToken.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (rWAToken *RWAToken) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (rWAToken *RWAToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (rWAToken *RWAToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (rWAToken *RWAToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (rWAToken *RWAToken) UnpackApprove(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rWAToken *RWAToken) PackBalanceOf(account common.Address) []byte {
	enc, err := rWAToken.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rWAToken *RWAToken) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (rWAToken *RWAToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBalanceOfAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee2cd7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOfAt(address account, uint256 blockNumber) view returns(uint256)
func (rWAToken *RWAToken) PackBalanceOfAt(account common.Address, blockNumber *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("balanceOfAt", account, blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOfAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ee2cd7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOfAt(address account, uint256 blockNumber) view returns(uint256)
func (rWAToken *RWAToken) TryPackBalanceOfAt(account common.Address, blockNumber *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("balanceOfAt", account, blockNumber)
}

// UnpackBalanceOfAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ee2cd7e.
//
// Solidity: function balanceOfAt(address account, uint256 blockNumber) view returns(uint256)
func (rWAToken *RWAToken) UnpackBalanceOfAt(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("balanceOfAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (rWAToken *RWAToken) PackBurn(from common.Address, amount *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("burn", from, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9dc29fac.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(address from, uint256 amount) returns()
func (rWAToken *RWAToken) TryPackBurn(from common.Address, amount *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("burn", from, amount)
}

// PackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (rWAToken *RWAToken) PackCanTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("canTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe46638e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (rWAToken *RWAToken) TryPackCanTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("canTransfer", from, to, amount)
}

// UnpackCanTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe46638e6.
//
// Solidity: function canTransfer(address from, address to, uint256 amount) view returns(bool)
func (rWAToken *RWAToken) UnpackCanTransfer(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("canTransfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab8ab0c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint64 epoch) returns(uint256 amount)
func (rWAToken *RWAToken) PackClaim(epoch uint64) []byte {
	enc, err := rWAToken.abi.Pack("claim", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab8ab0c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint64 epoch) returns(uint256 amount)
func (rWAToken *RWAToken) TryPackClaim(epoch uint64) ([]byte, error) {
	return rWAToken.abi.Pack("claim", epoch)
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaab8ab0c.
//
// Solidity: function claim(uint64 epoch) returns(uint256 amount)
func (rWAToken *RWAToken) UnpackClaim(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("claim", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d8b2a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimable(uint64 epoch, address holder) view returns(uint256)
func (rWAToken *RWAToken) PackClaimable(epoch uint64, holder common.Address) []byte {
	enc, err := rWAToken.abi.Pack("claimable", epoch, holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88d8b2a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimable(uint64 epoch, address holder) view returns(uint256)
func (rWAToken *RWAToken) TryPackClaimable(epoch uint64, holder common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("claimable", epoch, holder)
}

// UnpackClaimable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x88d8b2a7.
//
// Solidity: function claimable(uint64 epoch, address holder) view returns(uint256)
func (rWAToken *RWAToken) UnpackClaimable(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("claimable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa60628e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimed(uint64 epoch, address holder) view returns(uint256)
func (rWAToken *RWAToken) PackClaimed(epoch uint64, holder common.Address) []byte {
	enc, err := rWAToken.abi.Pack("claimed", epoch, holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa60628e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimed(uint64 epoch, address holder) view returns(uint256)
func (rWAToken *RWAToken) TryPackClaimed(epoch uint64, holder common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("claimed", epoch, holder)
}

// UnpackClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa60628e2.
//
// Solidity: function claimed(uint64 epoch, address holder) view returns(uint256)
func (rWAToken *RWAToken) UnpackClaimed(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("claimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClosePayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a1e6a81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closePayout(uint64 epoch) returns()
func (rWAToken *RWAToken) PackClosePayout(epoch uint64) []byte {
	enc, err := rWAToken.abi.Pack("closePayout", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClosePayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a1e6a81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closePayout(uint64 epoch) returns()
func (rWAToken *RWAToken) TryPackClosePayout(epoch uint64) ([]byte, error) {
	return rWAToken.abi.Pack("closePayout", epoch)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (rWAToken *RWAToken) PackDecimals() []byte {
	enc, err := rWAToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (rWAToken *RWAToken) TryPackDecimals() ([]byte, error) {
	return rWAToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (rWAToken *RWAToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := rWAToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDepositPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbad4105.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositPayout((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, uint256 amount) returns()
func (rWAToken *RWAToken) PackDepositPayout(d DisclosureRegistryDisclosure, amount *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("depositPayout", d, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbad4105.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositPayout((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d, uint256 amount) returns()
func (rWAToken *RWAToken) TryPackDepositPayout(d DisclosureRegistryDisclosure, amount *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("depositPayout", d, amount)
}

// PackDisclosureRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ebaabb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disclosureRegistry() view returns(address)
func (rWAToken *RWAToken) PackDisclosureRegistry() []byte {
	enc, err := rWAToken.abi.Pack("disclosureRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisclosureRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ebaabb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disclosureRegistry() view returns(address)
func (rWAToken *RWAToken) TryPackDisclosureRegistry() ([]byte, error) {
	return rWAToken.abi.Pack("disclosureRegistry")
}

// UnpackDisclosureRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ebaabb7.
//
// Solidity: function disclosureRegistry() view returns(address)
func (rWAToken *RWAToken) UnpackDisclosureRegistry(data []byte) (common.Address, error) {
	out, err := rWAToken.abi.Unpack("disclosureRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns()
func (rWAToken *RWAToken) PackForcedTransfer(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("forcedTransfer", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fc1d0e7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTransfer(address from, address to, uint256 amount) returns()
func (rWAToken *RWAToken) TryPackForcedTransfer(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("forcedTransfer", from, to, amount)
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rWAToken *RWAToken) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := rWAToken.abi.Pack("getRoleAdmin", role)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rWAToken *RWAToken) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return rWAToken.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rWAToken *RWAToken) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := rWAToken.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (rWAToken *RWAToken) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := rWAToken.abi.Pack("grantRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (rWAToken *RWAToken) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rWAToken *RWAToken) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := rWAToken.abi.Pack("hasRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rWAToken *RWAToken) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rWAToken *RWAToken) UnpackHasRole(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identityRegistry() view returns(address)
func (rWAToken *RWAToken) PackIdentityRegistry() []byte {
	enc, err := rWAToken.abi.Pack("identityRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134e18f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identityRegistry() view returns(address)
func (rWAToken *RWAToken) TryPackIdentityRegistry() ([]byte, error) {
	return rWAToken.abi.Pack("identityRegistry")
}

// UnpackIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x134e18f4.
//
// Solidity: function identityRegistry() view returns(address)
func (rWAToken *RWAToken) UnpackIdentityRegistry(data []byte) (common.Address, error) {
	out, err := rWAToken.abi.Unpack("identityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (rWAToken *RWAToken) PackIsFrozen(account common.Address) []byte {
	enc, err := rWAToken.abi.Pack("isFrozen", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5839836.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (rWAToken *RWAToken) TryPackIsFrozen(account common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("isFrozen", account)
}

// UnpackIsFrozen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5839836.
//
// Solidity: function isFrozen(address account) view returns(bool)
func (rWAToken *RWAToken) UnpackIsFrozen(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("isFrozen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (rWAToken *RWAToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (rWAToken *RWAToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (rWAToken *RWAToken) PackName() []byte {
	enc, err := rWAToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (rWAToken *RWAToken) TryPackName() ([]byte, error) {
	return rWAToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (rWAToken *RWAToken) UnpackName(data []byte) (string, error) {
	out, err := rWAToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (rWAToken *RWAToken) PackPause() []byte {
	enc, err := rWAToken.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (rWAToken *RWAToken) TryPackPause() ([]byte, error) {
	return rWAToken.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (rWAToken *RWAToken) PackPaused() []byte {
	enc, err := rWAToken.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (rWAToken *RWAToken) TryPackPaused() ([]byte, error) {
	return rWAToken.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (rWAToken *RWAToken) UnpackPaused(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x178e57f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payout(uint64 epoch) view returns((uint40,bool,uint208,uint256,uint256,uint256))
func (rWAToken *RWAToken) PackPayout(epoch uint64) []byte {
	enc, err := rWAToken.abi.Pack("payout", epoch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x178e57f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payout(uint64 epoch) view returns((uint40,bool,uint208,uint256,uint256,uint256))
func (rWAToken *RWAToken) TryPackPayout(epoch uint64) ([]byte, error) {
	return rWAToken.abi.Pack("payout", epoch)
}

// UnpackPayout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x178e57f0.
//
// Solidity: function payout(uint64 epoch) view returns((uint40,bool,uint208,uint256,uint256,uint256))
func (rWAToken *RWAToken) UnpackPayout(data []byte) (RWATokenPayout, error) {
	out, err := rWAToken.abi.Unpack("payout", data)
	if err != nil {
		return *new(RWATokenPayout), err
	}
	out0 := *abi.ConvertType(out[0], new(RWATokenPayout)).(*RWATokenPayout)
	return out0, nil
}

// PackPayoutCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf1b45a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint256 cap)
func (rWAToken *RWAToken) PackPayoutCap(d DisclosureRegistryDisclosure) []byte {
	enc, err := rWAToken.abi.Pack("payoutCap", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf1b45a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint256 cap)
func (rWAToken *RWAToken) TryPackPayoutCap(d DisclosureRegistryDisclosure) ([]byte, error) {
	return rWAToken.abi.Pack("payoutCap", d)
}

// UnpackPayoutCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf1b45a9.
//
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint256 cap)
func (rWAToken *RWAToken) UnpackPayoutCap(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("payoutCap", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPayoutToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4efa82b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutToken() view returns(address)
func (rWAToken *RWAToken) PackPayoutToken() []byte {
	enc, err := rWAToken.abi.Pack("payoutToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4efa82b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutToken() view returns(address)
func (rWAToken *RWAToken) TryPackPayoutToken() ([]byte, error) {
	return rWAToken.abi.Pack("payoutToken")
}

// UnpackPayoutToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4efa82b6.
//
// Solidity: function payoutToken() view returns(address)
func (rWAToken *RWAToken) UnpackPayoutToken(data []byte) (common.Address, error) {
	out, err := rWAToken.abi.Unpack("payoutToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(uint256)
func (rWAToken *RWAToken) PackPool() []byte {
	enc, err := rWAToken.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(uint256)
func (rWAToken *RWAToken) TryPackPool() ([]byte, error) {
	return rWAToken.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(uint256)
func (rWAToken *RWAToken) UnpackPool(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("pool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (rWAToken *RWAToken) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := rWAToken.abi.Pack("renounceRole", role, callerConfirmation)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (rWAToken *RWAToken) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rWAToken *RWAToken) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := rWAToken.abi.Pack("revokeRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rWAToken *RWAToken) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("revokeRole", role, account)
}

// PackSetFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac869cd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFrozen(address account, bool frozen) returns()
func (rWAToken *RWAToken) PackSetFrozen(account common.Address, frozen bool) []byte {
	enc, err := rWAToken.abi.Pack("setFrozen", account, frozen)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFrozen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac869cd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFrozen(address account, bool frozen) returns()
func (rWAToken *RWAToken) TryPackSetFrozen(account common.Address, frozen bool) ([]byte, error) {
	return rWAToken.abi.Pack("setFrozen", account, frozen)
}

// PackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa34527f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settled(uint64 epoch, address holder) view returns(bool)
func (rWAToken *RWAToken) PackSettled(epoch uint64, holder common.Address) []byte {
	enc, err := rWAToken.abi.Pack("settled", epoch, holder)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa34527f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settled(uint64 epoch, address holder) view returns(bool)
func (rWAToken *RWAToken) TryPackSettled(epoch uint64, holder common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("settled", epoch, holder)
}

// UnpackSettled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa34527f6.
//
// Solidity: function settled(uint64 epoch, address holder) view returns(bool)
func (rWAToken *RWAToken) UnpackSettled(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("settled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rWAToken *RWAToken) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := rWAToken.abi.Pack("supportsInterface", interfaceId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rWAToken *RWAToken) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return rWAToken.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rWAToken *RWAToken) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (rWAToken *RWAToken) PackSymbol() []byte {
	enc, err := rWAToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (rWAToken *RWAToken) TryPackSymbol() ([]byte, error) {
	return rWAToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (rWAToken *RWAToken) UnpackSymbol(data []byte) (string, error) {
	out, err := rWAToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (rWAToken *RWAToken) PackTotalSupply() []byte {
	enc, err := rWAToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (rWAToken *RWAToken) TryPackTotalSupply() ([]byte, error) {
	return rWAToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (rWAToken *RWAToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupplyAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x981b24d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupplyAt(uint256 blockNumber) view returns(uint256)
func (rWAToken *RWAToken) PackTotalSupplyAt(blockNumber *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("totalSupplyAt", blockNumber)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupplyAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x981b24d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupplyAt(uint256 blockNumber) view returns(uint256)
func (rWAToken *RWAToken) TryPackTotalSupplyAt(blockNumber *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("totalSupplyAt", blockNumber)
}

// UnpackTotalSupplyAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x981b24d0.
//
// Solidity: function totalSupplyAt(uint256 blockNumber) view returns(uint256)
func (rWAToken *RWAToken) UnpackTotalSupplyAt(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("totalSupplyAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (rWAToken *RWAToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (rWAToken *RWAToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (rWAToken *RWAToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (rWAToken *RWAToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (rWAToken *RWAToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (rWAToken *RWAToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := rWAToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnitsPerCent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14c1cca8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unitsPerCent() view returns(uint256)
func (rWAToken *RWAToken) PackUnitsPerCent() []byte {
	enc, err := rWAToken.abi.Pack("unitsPerCent")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnitsPerCent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14c1cca8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unitsPerCent() view returns(uint256)
func (rWAToken *RWAToken) TryPackUnitsPerCent() ([]byte, error) {
	return rWAToken.abi.Pack("unitsPerCent")
}

// UnpackUnitsPerCent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14c1cca8.
//
// Solidity: function unitsPerCent() view returns(uint256)
func (rWAToken *RWAToken) UnpackUnitsPerCent(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("unitsPerCent", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (rWAToken *RWAToken) PackUnpause() []byte {
	enc, err := rWAToken.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (rWAToken *RWAToken) TryPackUnpause() ([]byte, error) {
	return rWAToken.abi.Pack("unpause")
}

// RWATokenAddressFrozen represents a AddressFrozen event raised by the RWAToken contract.
type RWATokenAddressFrozen struct {
	Account common.Address
	Frozen  bool
	Agent   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATokenAddressFrozenEventName = "AddressFrozen"

// ContractEventName returns the user-defined event name.
func (RWATokenAddressFrozen) ContractEventName() string {
	return RWATokenAddressFrozenEventName
}

// UnpackAddressFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AddressFrozen(address indexed account, bool frozen, address indexed agent)
func (rWAToken *RWAToken) UnpackAddressFrozenEvent(log *types.Log) (*RWATokenAddressFrozen, error) {
	event := "AddressFrozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenAddressFrozen)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenApproval represents a Approval event raised by the RWAToken contract.
type RWATokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (RWATokenApproval) ContractEventName() string {
	return RWATokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (rWAToken *RWAToken) UnpackApprovalEvent(log *types.Log) (*RWATokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenApproval)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenForcedTransfer represents a ForcedTransfer event raised by the RWAToken contract.
type RWATokenForcedTransfer struct {
	From   common.Address
	To     common.Address
	Amount *big.Int
	Agent  common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const RWATokenForcedTransferEventName = "ForcedTransfer"

// ContractEventName returns the user-defined event name.
func (RWATokenForcedTransfer) ContractEventName() string {
	return RWATokenForcedTransferEventName
}

// UnpackForcedTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTransfer(address indexed from, address indexed to, uint256 amount, address indexed agent)
func (rWAToken *RWAToken) UnpackForcedTransferEvent(log *types.Log) (*RWATokenForcedTransfer, error) {
	event := "ForcedTransfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenForcedTransfer)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenPaused represents a Paused event raised by the RWAToken contract.
type RWATokenPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATokenPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (RWATokenPaused) ContractEventName() string {
	return RWATokenPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (rWAToken *RWAToken) UnpackPausedEvent(log *types.Log) (*RWATokenPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenPaused)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenPayoutClaimed represents a PayoutClaimed event raised by the RWAToken contract.
type RWATokenPayoutClaimed struct {
	Epoch  uint64
	Holder common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RWATokenPayoutClaimedEventName = "PayoutClaimed"

// ContractEventName returns the user-defined event name.
func (RWATokenPayoutClaimed) ContractEventName() string {
	return RWATokenPayoutClaimedEventName
}

// UnpackPayoutClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutClaimed(uint64 indexed epoch, address indexed holder, uint256 amount)
func (rWAToken *RWAToken) UnpackPayoutClaimedEvent(log *types.Log) (*RWATokenPayoutClaimed, error) {
	event := "PayoutClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenPayoutClaimed)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenPayoutClosed represents a PayoutClosed event raised by the RWAToken contract.
type RWATokenPayoutClosed struct {
	Epoch  uint64
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RWATokenPayoutClosedEventName = "PayoutClosed"

// ContractEventName returns the user-defined event name.
func (RWATokenPayoutClosed) ContractEventName() string {
	return RWATokenPayoutClosedEventName
}

// UnpackPayoutClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutClosed(uint64 indexed epoch, uint256 amount)
func (rWAToken *RWAToken) UnpackPayoutClosedEvent(log *types.Log) (*RWATokenPayoutClosed, error) {
	event := "PayoutClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenPayoutClosed)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenPayoutDeposited represents a PayoutDeposited event raised by the RWAToken contract.
type RWATokenPayoutDeposited struct {
	Epoch         uint64
	Amount        *big.Int
	Total         *big.Int
	Cap           *big.Int
	SnapshotBlock uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const RWATokenPayoutDepositedEventName = "PayoutDeposited"

// ContractEventName returns the user-defined event name.
func (RWATokenPayoutDeposited) ContractEventName() string {
	return RWATokenPayoutDepositedEventName
}

// UnpackPayoutDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PayoutDeposited(uint64 indexed epoch, uint256 amount, uint256 total, uint256 cap, uint64 snapshotBlock)
func (rWAToken *RWAToken) UnpackPayoutDepositedEvent(log *types.Log) (*RWATokenPayoutDeposited, error) {
	event := "PayoutDeposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenPayoutDeposited)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenRoleAdminChanged represents a RoleAdminChanged event raised by the RWAToken contract.
type RWATokenRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RWATokenRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RWATokenRoleAdminChanged) ContractEventName() string {
	return RWATokenRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (rWAToken *RWAToken) UnpackRoleAdminChangedEvent(log *types.Log) (*RWATokenRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenRoleGranted represents a RoleGranted event raised by the RWAToken contract.
type RWATokenRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATokenRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RWATokenRoleGranted) ContractEventName() string {
	return RWATokenRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (rWAToken *RWAToken) UnpackRoleGrantedEvent(log *types.Log) (*RWATokenRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenRoleGranted)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenRoleRevoked represents a RoleRevoked event raised by the RWAToken contract.
type RWATokenRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATokenRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RWATokenRoleRevoked) ContractEventName() string {
	return RWATokenRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (rWAToken *RWAToken) UnpackRoleRevokedEvent(log *types.Log) (*RWATokenRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenRoleRevoked)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenTransfer represents a Transfer event raised by the RWAToken contract.
type RWATokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RWATokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (RWATokenTransfer) ContractEventName() string {
	return RWATokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (rWAToken *RWAToken) UnpackTransferEvent(log *types.Log) (*RWATokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenTransfer)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RWATokenUnpaused represents a Unpaused event raised by the RWAToken contract.
type RWATokenUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATokenUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (RWATokenUnpaused) ContractEventName() string {
	return RWATokenUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (rWAToken *RWAToken) UnpackUnpausedEvent(log *types.Log) (*RWATokenUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenUnpaused)
	if len(log.Data) > 0 {
		if err := rWAToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWAToken.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rWAToken *RWAToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return rWAToken.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rWAToken.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["AccountFrozen"].ID.Bytes()[:4]) {
		return rWAToken.UnpackAccountFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return rWAToken.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["CheckpointUnorderedInsertion"].ID.Bytes()[:4]) {
		return rWAToken.UnpackCheckpointUnorderedInsertionError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ClaimantNotVerified"].ID.Bytes()[:4]) {
		return rWAToken.UnpackClaimantNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ConstructorArgumentZero"].ID.Bytes()[:4]) {
		return rWAToken.UnpackConstructorArgumentZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return rWAToken.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return rWAToken.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return rWAToken.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return rWAToken.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return rWAToken.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return rWAToken.UnpackERC20InvalidSpenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return rWAToken.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return rWAToken.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["FutureLookup"].ID.Bytes()[:4]) {
		return rWAToken.UnpackFutureLookupError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["NoHolders"].ID.Bytes()[:4]) {
		return rWAToken.UnpackNoHoldersError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["NoPayout"].ID.Bytes()[:4]) {
		return rWAToken.UnpackNoPayoutError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rWAToken.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["PayoutAboveCap"].ID.Bytes()[:4]) {
		return rWAToken.UnpackPayoutAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["PayoutAlreadyClosed"].ID.Bytes()[:4]) {
		return rWAToken.UnpackPayoutAlreadyClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["PayoutZero"].ID.Bytes()[:4]) {
		return rWAToken.UnpackPayoutZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["PoolMismatch"].ID.Bytes()[:4]) {
		return rWAToken.UnpackPoolMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["RecipientNotVerified"].ID.Bytes()[:4]) {
		return rWAToken.UnpackRecipientNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["RegistryPaused"].ID.Bytes()[:4]) {
		return rWAToken.UnpackRegistryPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return rWAToken.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return rWAToken.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["SenderNotVerified"].ID.Bytes()[:4]) {
		return rWAToken.UnpackSenderNotVerifiedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["SnapshotNotFinal"].ID.Bytes()[:4]) {
		return rWAToken.UnpackSnapshotNotFinalError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RWATokenAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the RWAToken contract.
type RWATokenAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RWATokenAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (rWAToken *RWAToken) UnpackAccessControlBadConfirmationError(raw []byte) (*RWATokenAccessControlBadConfirmation, error) {
	out := new(RWATokenAccessControlBadConfirmation)
	if err := rWAToken.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the RWAToken contract.
type RWATokenAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RWATokenAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (rWAToken *RWAToken) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RWATokenAccessControlUnauthorizedAccount, error) {
	out := new(RWATokenAccessControlUnauthorizedAccount)
	if err := rWAToken.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenAccountFrozen represents a AccountFrozen error raised by the RWAToken contract.
type RWATokenAccountFrozen struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountFrozen(address account)
func RWATokenAccountFrozenErrorID() common.Hash {
	return common.HexToHash("0x4f2a367e694e71282f29ab5eaa04c4c0be45ac5bf2ca74fb67068b98bdc2887d")
}

// UnpackAccountFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountFrozen(address account)
func (rWAToken *RWAToken) UnpackAccountFrozenError(raw []byte) (*RWATokenAccountFrozen, error) {
	out := new(RWATokenAccountFrozen)
	if err := rWAToken.abi.UnpackIntoInterface(out, "AccountFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenAlreadyClaimed represents a AlreadyClaimed error raised by the RWAToken contract.
type RWATokenAlreadyClaimed struct {
	Epoch  uint64
	Holder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint64 epoch, address holder)
func RWATokenAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0xb5ffb3b5aa06c7a5f01311052ad81e2a00310de7ba5fc691222d5563f82779d7")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint64 epoch, address holder)
func (rWAToken *RWAToken) UnpackAlreadyClaimedError(raw []byte) (*RWATokenAlreadyClaimed, error) {
	out := new(RWATokenAlreadyClaimed)
	if err := rWAToken.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenCheckpointUnorderedInsertion represents a CheckpointUnorderedInsertion error raised by the RWAToken contract.
type RWATokenCheckpointUnorderedInsertion struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CheckpointUnorderedInsertion()
func RWATokenCheckpointUnorderedInsertionErrorID() common.Hash {
	return common.HexToHash("0x2520601d9d60b717c34a36ad270857824c5a1ebbfd08ff39aba6930089495cfa")
}

// UnpackCheckpointUnorderedInsertionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CheckpointUnorderedInsertion()
func (rWAToken *RWAToken) UnpackCheckpointUnorderedInsertionError(raw []byte) (*RWATokenCheckpointUnorderedInsertion, error) {
	out := new(RWATokenCheckpointUnorderedInsertion)
	if err := rWAToken.abi.UnpackIntoInterface(out, "CheckpointUnorderedInsertion", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenClaimantNotVerified represents a ClaimantNotVerified error raised by the RWAToken contract.
type RWATokenClaimantNotVerified struct {
	Holder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClaimantNotVerified(address holder)
func RWATokenClaimantNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0x8014dc0e616a010a1ed1b8826e1cc82107407e599b9a27e7f072cc6d3e52e116")
}

// UnpackClaimantNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClaimantNotVerified(address holder)
func (rWAToken *RWAToken) UnpackClaimantNotVerifiedError(raw []byte) (*RWATokenClaimantNotVerified, error) {
	out := new(RWATokenClaimantNotVerified)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ClaimantNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenConstructorArgumentZero represents a ConstructorArgumentZero error raised by the RWAToken contract.
type RWATokenConstructorArgumentZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConstructorArgumentZero()
func RWATokenConstructorArgumentZeroErrorID() common.Hash {
	return common.HexToHash("0xbf8b5c5d7ed74bb6dff5fed87e45e4d8ceb8821e9c14a8d51120e98f320af14e")
}

// UnpackConstructorArgumentZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConstructorArgumentZero()
func (rWAToken *RWAToken) UnpackConstructorArgumentZeroError(raw []byte) (*RWATokenConstructorArgumentZero, error) {
	out := new(RWATokenConstructorArgumentZero)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ConstructorArgumentZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the RWAToken contract.
type RWATokenERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func RWATokenERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (rWAToken *RWAToken) UnpackERC20InsufficientAllowanceError(raw []byte) (*RWATokenERC20InsufficientAllowance, error) {
	out := new(RWATokenERC20InsufficientAllowance)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the RWAToken contract.
type RWATokenERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func RWATokenERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (rWAToken *RWAToken) UnpackERC20InsufficientBalanceError(raw []byte) (*RWATokenERC20InsufficientBalance, error) {
	out := new(RWATokenERC20InsufficientBalance)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenERC20InvalidApprover represents a ERC20InvalidApprover error raised by the RWAToken contract.
type RWATokenERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func RWATokenERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (rWAToken *RWAToken) UnpackERC20InvalidApproverError(raw []byte) (*RWATokenERC20InvalidApprover, error) {
	out := new(RWATokenERC20InvalidApprover)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the RWAToken contract.
type RWATokenERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func RWATokenERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (rWAToken *RWAToken) UnpackERC20InvalidReceiverError(raw []byte) (*RWATokenERC20InvalidReceiver, error) {
	out := new(RWATokenERC20InvalidReceiver)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenERC20InvalidSender represents a ERC20InvalidSender error raised by the RWAToken contract.
type RWATokenERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func RWATokenERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (rWAToken *RWAToken) UnpackERC20InvalidSenderError(raw []byte) (*RWATokenERC20InvalidSender, error) {
	out := new(RWATokenERC20InvalidSender)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenERC20InvalidSpender represents a ERC20InvalidSpender error raised by the RWAToken contract.
type RWATokenERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func RWATokenERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (rWAToken *RWAToken) UnpackERC20InvalidSpenderError(raw []byte) (*RWATokenERC20InvalidSpender, error) {
	out := new(RWATokenERC20InvalidSpender)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenEnforcedPause represents a EnforcedPause error raised by the RWAToken contract.
type RWATokenEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func RWATokenEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (rWAToken *RWAToken) UnpackEnforcedPauseError(raw []byte) (*RWATokenEnforcedPause, error) {
	out := new(RWATokenEnforcedPause)
	if err := rWAToken.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenExpectedPause represents a ExpectedPause error raised by the RWAToken contract.
type RWATokenExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func RWATokenExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (rWAToken *RWAToken) UnpackExpectedPauseError(raw []byte) (*RWATokenExpectedPause, error) {
	out := new(RWATokenExpectedPause)
	if err := rWAToken.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenFutureLookup represents a FutureLookup error raised by the RWAToken contract.
type RWATokenFutureLookup struct {
	BlockNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FutureLookup(uint256 blockNumber)
func RWATokenFutureLookupErrorID() common.Hash {
	return common.HexToHash("0x27734e84f4197f07999343b7846d5749521c901d25e11f4933ec4584897eb447")
}

// UnpackFutureLookupError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FutureLookup(uint256 blockNumber)
func (rWAToken *RWAToken) UnpackFutureLookupError(raw []byte) (*RWATokenFutureLookup, error) {
	out := new(RWATokenFutureLookup)
	if err := rWAToken.abi.UnpackIntoInterface(out, "FutureLookup", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenNoHolders represents a NoHolders error raised by the RWAToken contract.
type RWATokenNoHolders struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoHolders(uint64 epoch)
func RWATokenNoHoldersErrorID() common.Hash {
	return common.HexToHash("0xb83c6af92c3b2052353f3b12ff9084b9b485e49642f14b76f219fb0b5cff3117")
}

// UnpackNoHoldersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoHolders(uint64 epoch)
func (rWAToken *RWAToken) UnpackNoHoldersError(raw []byte) (*RWATokenNoHolders, error) {
	out := new(RWATokenNoHolders)
	if err := rWAToken.abi.UnpackIntoInterface(out, "NoHolders", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenNoPayout represents a NoPayout error raised by the RWAToken contract.
type RWATokenNoPayout struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoPayout(uint64 epoch)
func RWATokenNoPayoutErrorID() common.Hash {
	return common.HexToHash("0x28acf246f225d01714423cfe76d70b58c2d732d68a3b582877b158d544e6bbc9")
}

// UnpackNoPayoutError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoPayout(uint64 epoch)
func (rWAToken *RWAToken) UnpackNoPayoutError(raw []byte) (*RWATokenNoPayout, error) {
	out := new(RWATokenNoPayout)
	if err := rWAToken.abi.UnpackIntoInterface(out, "NoPayout", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenNothingToClaim represents a NothingToClaim error raised by the RWAToken contract.
type RWATokenNothingToClaim struct {
	Epoch  uint64
	Holder common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim(uint64 epoch, address holder)
func RWATokenNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x8bc57558671da7ee989c8c376918c6ef03f7cd53c114c9974380542a6a3f39ab")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim(uint64 epoch, address holder)
func (rWAToken *RWAToken) UnpackNothingToClaimError(raw []byte) (*RWATokenNothingToClaim, error) {
	out := new(RWATokenNothingToClaim)
	if err := rWAToken.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenPayoutAboveCap represents a PayoutAboveCap error raised by the RWAToken contract.
type RWATokenPayoutAboveCap struct {
	Total *big.Int
	Cap   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutAboveCap(uint256 total, uint256 cap)
func RWATokenPayoutAboveCapErrorID() common.Hash {
	return common.HexToHash("0x080ae85feb7dbbf3e7349ffcc5f07c2c1b5cb85a1290a24231704e9a3512a3b1")
}

// UnpackPayoutAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutAboveCap(uint256 total, uint256 cap)
func (rWAToken *RWAToken) UnpackPayoutAboveCapError(raw []byte) (*RWATokenPayoutAboveCap, error) {
	out := new(RWATokenPayoutAboveCap)
	if err := rWAToken.abi.UnpackIntoInterface(out, "PayoutAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenPayoutAlreadyClosed represents a PayoutAlreadyClosed error raised by the RWAToken contract.
type RWATokenPayoutAlreadyClosed struct {
	Epoch uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutAlreadyClosed(uint64 epoch)
func RWATokenPayoutAlreadyClosedErrorID() common.Hash {
	return common.HexToHash("0x19b34eb84f0c881d85f1e8c7bc484178148bc317405121268b976e6e3e1b20bd")
}

// UnpackPayoutAlreadyClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutAlreadyClosed(uint64 epoch)
func (rWAToken *RWAToken) UnpackPayoutAlreadyClosedError(raw []byte) (*RWATokenPayoutAlreadyClosed, error) {
	out := new(RWATokenPayoutAlreadyClosed)
	if err := rWAToken.abi.UnpackIntoInterface(out, "PayoutAlreadyClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenPayoutZero represents a PayoutZero error raised by the RWAToken contract.
type RWATokenPayoutZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutZero()
func RWATokenPayoutZeroErrorID() common.Hash {
	return common.HexToHash("0xda4b29aa334294f612cb5aa6308509575e38136d01b1bcdb18672067cf0f8e83")
}

// UnpackPayoutZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutZero()
func (rWAToken *RWAToken) UnpackPayoutZeroError(raw []byte) (*RWATokenPayoutZero, error) {
	out := new(RWATokenPayoutZero)
	if err := rWAToken.abi.UnpackIntoInterface(out, "PayoutZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenPoolMismatch represents a PoolMismatch error raised by the RWAToken contract.
type RWATokenPoolMismatch struct {
	Pool     *big.Int
	Expected *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolMismatch(uint256 pool, uint256 expected)
func RWATokenPoolMismatchErrorID() common.Hash {
	return common.HexToHash("0x847f4478966728ae858aa279b5280c809ba9221733dfd85e1a3d8531bc54e53c")
}

// UnpackPoolMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolMismatch(uint256 pool, uint256 expected)
func (rWAToken *RWAToken) UnpackPoolMismatchError(raw []byte) (*RWATokenPoolMismatch, error) {
	out := new(RWATokenPoolMismatch)
	if err := rWAToken.abi.UnpackIntoInterface(out, "PoolMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenRecipientNotVerified represents a RecipientNotVerified error raised by the RWAToken contract.
type RWATokenRecipientNotVerified struct {
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RecipientNotVerified(address recipient)
func RWATokenRecipientNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0xa3e9d91e5021fd3839c552cde6b49f6dfffc94926159d34a11f7d570b3ac3839")
}

// UnpackRecipientNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RecipientNotVerified(address recipient)
func (rWAToken *RWAToken) UnpackRecipientNotVerifiedError(raw []byte) (*RWATokenRecipientNotVerified, error) {
	out := new(RWATokenRecipientNotVerified)
	if err := rWAToken.abi.UnpackIntoInterface(out, "RecipientNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenRegistryPaused represents a RegistryPaused error raised by the RWAToken contract.
type RWATokenRegistryPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RegistryPaused()
func RWATokenRegistryPausedErrorID() common.Hash {
	return common.HexToHash("0x24522f34b13b548fed0737e1873d20df9f4feee861f14eaf1a9ce643000cb8ae")
}

// UnpackRegistryPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RegistryPaused()
func (rWAToken *RWAToken) UnpackRegistryPausedError(raw []byte) (*RWATokenRegistryPaused, error) {
	out := new(RWATokenRegistryPaused)
	if err := rWAToken.abi.UnpackIntoInterface(out, "RegistryPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenSafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the RWAToken contract.
type RWATokenSafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func RWATokenSafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (rWAToken *RWAToken) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*RWATokenSafeCastOverflowedUintDowncast, error) {
	out := new(RWATokenSafeCastOverflowedUintDowncast)
	if err := rWAToken.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the RWAToken contract.
type RWATokenSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func RWATokenSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (rWAToken *RWAToken) UnpackSafeERC20FailedOperationError(raw []byte) (*RWATokenSafeERC20FailedOperation, error) {
	out := new(RWATokenSafeERC20FailedOperation)
	if err := rWAToken.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenSenderNotVerified represents a SenderNotVerified error raised by the RWAToken contract.
type RWATokenSenderNotVerified struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SenderNotVerified(address sender)
func RWATokenSenderNotVerifiedErrorID() common.Hash {
	return common.HexToHash("0x06bfa3358e5649d267c99bda64ccb70f1a0d81f8c635a491262a2810d20c3023")
}

// UnpackSenderNotVerifiedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SenderNotVerified(address sender)
func (rWAToken *RWAToken) UnpackSenderNotVerifiedError(raw []byte) (*RWATokenSenderNotVerified, error) {
	out := new(RWATokenSenderNotVerified)
	if err := rWAToken.abi.UnpackIntoInterface(out, "SenderNotVerified", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenSnapshotNotFinal represents a SnapshotNotFinal error raised by the RWAToken contract.
type RWATokenSnapshotNotFinal struct {
	DisclosureBlock uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SnapshotNotFinal(uint64 disclosureBlock)
func RWATokenSnapshotNotFinalErrorID() common.Hash {
	return common.HexToHash("0x43ee866300e4bd6426868d7b6a8b5a8db1b1b8412b2e75b00976a734ceae0807")
}

// UnpackSnapshotNotFinalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SnapshotNotFinal(uint64 disclosureBlock)
func (rWAToken *RWAToken) UnpackSnapshotNotFinalError(raw []byte) (*RWATokenSnapshotNotFinal, error) {
	out := new(RWATokenSnapshotNotFinal)
	if err := rWAToken.abi.UnpackIntoInterface(out, "SnapshotNotFinal", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestOnlyStablecoinMetaData contains all meta data concerning the TestOnlyStablecoin contract.
var TestOnlyStablecoinMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "5460a830f842d6e0ed1810ee91217ac029",
	Bin: "0x608060405234801561000f575f5ffd5b506040518060400160405280601981526020017f546573742d6f6e6c79205553442028776f7274686c657373290000000000000081525060405180604001604052806007815260200166151154d51554d160ca1b8152508160039081610075919061012d565b506004610082828261012d565b5050506101eb565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806100b257607f821691505b6020821081036100d057634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610128578282111561012857805f5260205f20601f840160051c602085101561010157505f5b90810190601f840160051c035f5b81811015610124575f8382015560010161010f565b5050505b505050565b81516001600160401b038111156101465761014661008a565b61015a81610154845461009e565b846100d6565b6020601f82116001811461018c575f83156101755750848201515b5f19600385901b1c1916600184901b1784556101e4565b5f84815260208120601f198516915b828110156101bb578785015182556020948501946001909201910161019b565b50848210156101d857868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b610710806101f85f395ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461011457806370a082311461012957806395d89b4114610151578063a9059cbb14610159578063dd62ed3e1461016c575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f2578063313ce56714610105575b5f5ffd5b6100a76101a4565b6040516100b491906105b6565b60405180910390f35b6100d06100cb366004610606565b610234565b60405190151581526020016100b4565b6002545b6040519081526020016100b4565b6100d061010036600461062e565b61024d565b604051600681526020016100b4565b610127610122366004610606565b610270565b005b6100e4610137366004610668565b6001600160a01b03165f9081526020819052604090205490565b6100a761027e565b6100d0610167366004610606565b61028d565b6100e461017a366004610688565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101b3906106b9565b80601f01602080910402602001604051908101604052809291908181526020018280546101df906106b9565b801561022a5780601f106102015761010080835404028352916020019161022a565b820191905f5260205f20905b81548152906001019060200180831161020d57829003601f168201915b5050505050905090565b5f3361024181858561029a565b60019150505b92915050565b5f3361025a8582856102ac565b61026585858561032d565b506001949350505050565b61027a828261038a565b5050565b6060600480546101b3906106b9565b5f3361024181858561032d565b6102a783838360016103be565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610327578181101561031957604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61032784848484035f6103be565b50505050565b6001600160a01b03831661035657604051634b637e8f60e11b81525f6004820152602401610310565b6001600160a01b03821661037f5760405163ec442f0560e01b81525f6004820152602401610310565b6102a7838383610490565b6001600160a01b0382166103b35760405163ec442f0560e01b81525f6004820152602401610310565b61027a5f8383610490565b6001600160a01b0384166103e75760405163e602df0560e01b81525f6004820152602401610310565b6001600160a01b03831661041057604051634a1406b160e11b81525f6004820152602401610310565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561032757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9258460405161048291815260200190565b60405180910390a350505050565b6001600160a01b0383166104ba578060025f8282546104af91906106f1565b9091555061052a9050565b6001600160a01b0383165f908152602081905260409020548181101561050c5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610310565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661054657600280548290039055610564565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105a991815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610601575f5ffd5b919050565b5f5f60408385031215610617575f5ffd5b610620836105eb565b946020939093013593505050565b5f5f5f60608486031215610640575f5ffd5b610649846105eb565b9250610657602085016105eb565b929592945050506040919091013590565b5f60208284031215610678575f5ffd5b610681826105eb565b9392505050565b5f5f60408385031215610699575f5ffd5b6106a2836105eb565b91506106b0602084016105eb565b90509250929050565b600181811c908216806106cd57607f821691505b6020821081036106eb57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561024757634e487b7160e01b5f52601160045260245ffd",
}

// TestOnlyStablecoin is an auto generated Go binding around an Ethereum contract.
type TestOnlyStablecoin struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestOnlyStablecoin) GetABI() abi.ABI {
	return c.abi
}

// NewTestOnlyStablecoin creates a new instance of TestOnlyStablecoin.
func NewTestOnlyStablecoin() *TestOnlyStablecoin {
	parsed, err := TestOnlyStablecoinMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestOnlyStablecoin{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestOnlyStablecoin) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := testOnlyStablecoin.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := testOnlyStablecoin.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := testOnlyStablecoin.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackApprove(data []byte) (bool, error) {
	out, err := testOnlyStablecoin.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) PackBalanceOf(account common.Address) []byte {
	enc, err := testOnlyStablecoin.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := testOnlyStablecoin.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() pure returns(uint8)
func (testOnlyStablecoin *TestOnlyStablecoin) PackDecimals() []byte {
	enc, err := testOnlyStablecoin.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() pure returns(uint8)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackDecimals() ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() pure returns(uint8)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackDecimals(data []byte) (uint8, error) {
	out, err := testOnlyStablecoin.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testOnlyStablecoin *TestOnlyStablecoin) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := testOnlyStablecoin.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (testOnlyStablecoin *TestOnlyStablecoin) PackName() []byte {
	enc, err := testOnlyStablecoin.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackName() ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackName(data []byte) (string, error) {
	out, err := testOnlyStablecoin.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (testOnlyStablecoin *TestOnlyStablecoin) PackSymbol() []byte {
	enc, err := testOnlyStablecoin.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackSymbol() ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackSymbol(data []byte) (string, error) {
	out, err := testOnlyStablecoin.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) PackTotalSupply() []byte {
	enc, err := testOnlyStablecoin.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackTotalSupply() ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := testOnlyStablecoin.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := testOnlyStablecoin.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackTransfer(data []byte) (bool, error) {
	out, err := testOnlyStablecoin.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := testOnlyStablecoin.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return testOnlyStablecoin.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := testOnlyStablecoin.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// TestOnlyStablecoinApproval represents a Approval event raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const TestOnlyStablecoinApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (TestOnlyStablecoinApproval) ContractEventName() string {
	return TestOnlyStablecoinApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackApprovalEvent(log *types.Log) (*TestOnlyStablecoinApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testOnlyStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestOnlyStablecoinApproval)
	if len(log.Data) > 0 {
		if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testOnlyStablecoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// TestOnlyStablecoinTransfer represents a Transfer event raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const TestOnlyStablecoinTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (TestOnlyStablecoinTransfer) ContractEventName() string {
	return TestOnlyStablecoinTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackTransferEvent(log *types.Log) (*TestOnlyStablecoinTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != testOnlyStablecoin.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(TestOnlyStablecoinTransfer)
	if len(log.Data) > 0 {
		if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range testOnlyStablecoin.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testOnlyStablecoin.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return testOnlyStablecoin.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testOnlyStablecoin.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return testOnlyStablecoin.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], testOnlyStablecoin.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return testOnlyStablecoin.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testOnlyStablecoin.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return testOnlyStablecoin.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], testOnlyStablecoin.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return testOnlyStablecoin.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], testOnlyStablecoin.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return testOnlyStablecoin.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestOnlyStablecoinERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func TestOnlyStablecoinERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackERC20InsufficientAllowanceError(raw []byte) (*TestOnlyStablecoinERC20InsufficientAllowance, error) {
	out := new(TestOnlyStablecoinERC20InsufficientAllowance)
	if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestOnlyStablecoinERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func TestOnlyStablecoinERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackERC20InsufficientBalanceError(raw []byte) (*TestOnlyStablecoinERC20InsufficientBalance, error) {
	out := new(TestOnlyStablecoinERC20InsufficientBalance)
	if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestOnlyStablecoinERC20InvalidApprover represents a ERC20InvalidApprover error raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func TestOnlyStablecoinERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackERC20InvalidApproverError(raw []byte) (*TestOnlyStablecoinERC20InvalidApprover, error) {
	out := new(TestOnlyStablecoinERC20InvalidApprover)
	if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestOnlyStablecoinERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func TestOnlyStablecoinERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackERC20InvalidReceiverError(raw []byte) (*TestOnlyStablecoinERC20InvalidReceiver, error) {
	out := new(TestOnlyStablecoinERC20InvalidReceiver)
	if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestOnlyStablecoinERC20InvalidSender represents a ERC20InvalidSender error raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func TestOnlyStablecoinERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackERC20InvalidSenderError(raw []byte) (*TestOnlyStablecoinERC20InvalidSender, error) {
	out := new(TestOnlyStablecoinERC20InvalidSender)
	if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestOnlyStablecoinERC20InvalidSpender represents a ERC20InvalidSpender error raised by the TestOnlyStablecoin contract.
type TestOnlyStablecoinERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func TestOnlyStablecoinERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (testOnlyStablecoin *TestOnlyStablecoin) UnpackERC20InvalidSpenderError(raw []byte) (*TestOnlyStablecoinERC20InvalidSpender, error) {
	out := new(TestOnlyStablecoinERC20InvalidSpender)
	if err := testOnlyStablecoin.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

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
	Suppressed     bool
	Metrics        [5]uint64
}

// DisclosureRegistryPoolConfig is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryPoolConfig struct {
	Verifier    common.Address
	Token       common.Address
	EpochLength uint32
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
	MaxDropBp   [5]uint16
	FirstEpoch  uint64
}

// DisclosureRegistryPoolView is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryPoolView struct {
	Verifier    common.Address
	Token       common.Address
	EpochLength uint32
	Active      bool
	FirstEpoch  uint64
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
	MaxDropBp   [5]uint16
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"initialAccHash_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AdminZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"roots\",\"type\":\"uint256\"}],\"name\":\"ChunkCountInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"}],\"name\":\"ChunkListsInconsistent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"ChunkRootNotEpochRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ChunkRootsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeEmpty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeNotSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CommitteeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"disclosed\",\"type\":\"uint256\"}],\"name\":\"DisclosedSetInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"DropBoundExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDropBp\",\"type\":\"uint256\"}],\"name\":\"DropBoundInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"DuplicateEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"}],\"name\":\"EpochLengthInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"}],\"name\":\"EpochNotNext\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"GrowthBoundExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InitialAccHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NotDisclosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payoutShareBp\",\"type\":\"uint256\"}],\"name\":\"PayoutShareInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolIdInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotConfigured\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProofLengthInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"RootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundTooWide\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"SignaturesMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"}],\"name\":\"SuppressedWithFigures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdAboveSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdNotMajority\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committeeVersion\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"prevPlusOne\",\"type\":\"uint64\"}],\"name\":\"DisclosureAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"disclosed\",\"type\":\"uint8\"}],\"name\":\"PolicyAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyDisallowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"PoolActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"indexed\":false,\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"}],\"name\":\"PoolConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISCLOSURE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NUM_METRICS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVENUE_METRIC\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"acceptance\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"disclosed\",\"type\":\"uint8\"}],\"name\":\"allowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"},{\"internalType\":\"uint64\",\"name\":\"firstEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structDisclosureRegistry.PoolConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"configurePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"disallowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosureDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialAccHash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"isStale\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"latestEpoch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"nextEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"policyTerms\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"disclosed\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"firstEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"}],\"internalType\":\"structDisclosureRegistry.PoolView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[7]\",\"name\":\"\",\"type\":\"uint256[7]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"bytes24\",\"name\":\"digest\",\"type\":\"bytes24\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"setPoolActive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"structHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitSingleChunkDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "dfecd1bcc31b4bbb1e7ea47b93da669ed8",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161403e38038061403e83398101604081905261002f916102a9565b6040518060400160405280601c81526020017f72776162726964676520446973636c6f73757265526567697374727900000000815250604051806040016040528060018152602001603160f81b81525061008e826101ba60201b60201c565b6101205261009b816101ba565b61014052815160208084019190912060e052815190820120610100524660a05261012760e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b0382166101575760405163b325f76760e01b815260040160405180910390fd5b80158061018457507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110155b156101a2576040516355f4ac5b60e11b815260040160405180910390fd5b6101608190526101b25f83610200565b50505061033b565b5f5f829050601f815111156101ed578260405163305a27a960e01b81526004016101e491906102e0565b60405180910390fd5b80516101f882610315565b179392505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166102a0575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102583390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016102a3565b505f5b92915050565b5f5f604083850312156102ba575f5ffd5b82516001600160a01b03811681146102d0575f5ffd5b6020939093015192949293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610335575f198160200360031b1b821691505b50919050565b60805160a05160c05160e05161010051610120516101405161016051613c9a6103a45f395f81816103de015281816109990152612a0b01525f61277001525f61274501525f612b9601525f612b6e01525f612ac901525f612af301525f612b1d0152613c9a5ff3fe608060405234801561000f575f5ffd5b506004361061023f575f3560e01c80638456cb5911610135578063a624a1df116100b4578063e4354df611610079578063e4354df614610647578063e54bc7d11461065a578063ea17fa9314610662578063f5b541a614610675578063f698da251461069c575f5ffd5b8063a624a1df146105e0578063bb36e169146105f3578063bb5a0185146105fd578063d547741f1461061d578063d864e74014610630575f5ffd5b80638dd5c0d6116100fa5780638dd5c0d61461058457806391d148541461058c57806393789c671461059f57806394312552146105b2578063a217fddf146105d9575f5ffd5b80638456cb591461050a57806384b0196e1461051257806388a6bf5b1461052d5780638af4715c146105405780638b9060d91461057c575f5ffd5b80633f4ba83a116101c1578063672e75c211610186578063672e75c2146103d95780636c05ab08146104005780636e7d40191461048257806377de3ed1146104c257806378525833146104d5575f5ffd5b80633f4ba83a1461038d5780634a5f1f30146103955780635c975abb146103a85780635d17d596146103b357806365f3aa5c146103c6575f5ffd5b806324ea54f41161020757806324ea54f4146103025780632f2ff15d14610329578063342a7b011461033c57806336568abe146103675780633890abd81461037a575f5ffd5b806301ffc9a7146102435780631526fe271461026b57806315ab9be01461028b5780632040828d146102a0578063248a9ca3146102d2575b5f5ffd5b610256610251366004613086565b6106a4565b60405190151581526020015b60405180910390f35b61027e6102793660046130ad565b6106da565b604051610262919061313d565b61029e61029936600461322c565b610886565b005b6102b36102ae3660046130ad565b610a3f565b6040805192151583526001600160401b03909116602083015201610262565b6102f46102e03660046130ad565b5f9081526020819052604090206001015490565b604051908152602001610262565b6102f47f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b61029e6103373660046132c2565b610a87565b61034f61034a3660046130ad565b610ab1565b6040516001600160401b039091168152602001610262565b61029e6103753660046132c2565b610b72565b61034f6103883660046132f0565b610baa565b61029e610bbb565b6102f46103a33660046132f0565b610bf0565b60015460ff16610256565b61029e6103c1366004613331565b610c02565b61029e6103d4366004613374565b610dae565b6102f47f000000000000000000000000000000000000000000000000000000000000000081565b61045f61040e3660046133f1565b5f918252600a60209081526040808420928452918152918190208151606081018352905460ff8082161515808452610100830461ffff16958401869052630100000090920416919092018190529092565b60408051931515845261ffff909216602084015260ff1690820152606001610262565b6104aa6104903660046130ad565b60056020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610262565b6102f46104d03660046132f0565b610ff9565b6104e86104e33660046132f0565b611003565b604080516001600160401b03909316835261ffff909116602083015201610262565b61029e6110c0565b61051a6110f2565b604051610262979695949392919061343f565b61029e61053b3660046134d5565b611134565b61055361054e366004613522565b611607565b6040805167ffffffffffffffff1990931683526001600160401b03909116602083015201610262565b6102f4600281565b6102f4602081565b61025661059a3660046132c2565b61163a565b61029e6105ad3660046133f1565b611662565b6102f47fe9f787c978a9c6f2a0f7512540ae143fc1a489872d8bf743d7fe287b93c3851681565b6102f45f81565b6102566105ee3660046130ad565b611738565b6102f46210000081565b61061061060b36600461355c565b61182a565b60405161026291906135d5565b61029e61062b3660046132c2565b611938565b61063861195c565b604051610262939291906135e3565b61029e61065536600461364b565b6119e0565b6102f4600581565b61029e6106703660046136d3565b611af6565b6102f47f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b6102f4611bad565b5f6001600160e01b03198216637965db0b60e01b14806106d457506301ffc9a760e01b6001600160e01b03198316145b92915050565b6106e2612ff4565b5f828152600460209081526040808320815160808101835290546001600160a01b0381168252600160a01b810462ffffff1682850152600160b81b810460ff16151582840152600160c01b90046001600160401b03166060820152858452600683528184205460079093529083205490925b600581101561082757600161076882611bbb565b6001901b6107769190613708565b61077f82611bd9565b84901c168560a0015182600581106107995761079961371b565b6001600160401b03909216602092830291909101526107b990829061372f565b82901c8560c0015182600581106107d2576107d261371b565b63ffffffff90921660209290920201526107ed81601061372f565b6107f89060a0613746565b82901c8560e0015182600581106108115761081161371b565b61ffff9092166020929092020152600101610754565b505081516001600160a01b0390811684525f85815260056020908152604080832054909316818701528085015162ffffff16838701529382015115156060860152948552600990925250909120546001600160401b0316608082015290565b61088e611bf7565b5f5f61089987611c1d565b90925090506108ae60a088016080890161376c565b63ffffffff166001146108f9576108cb60a088016080890161376c565b60405163b5e801ed60e01b815263ffffffff9091166004820152600160248201526044015b60405180910390fd5b60408051606089013560208201525f91016040516020818303038152906040528051906020012090508760a0013581146109535760405163ceee09eb60e01b815260a08901356004820152602481018290526044016108f0565b5f61095d89612091565b905061097261096b8261212d565b8787612159565b61097a61304a565b893581526040808b01356020808401919091526060808d0135838501527f00000000000000000000000000000000000000000000000000000000000000009084015285015160011760a0830152845160c08301525163598da1d160e01b81526001600160a01b0386169063598da1d1906109fc908c908c908690600401613785565b5f6040518083038186803b158015610a12575f5ffd5b505afa158015610a24573d5f5f3e3d5ffd5b50505050610a338a83866123e6565b50505050505050505050565b5f818152600460205260408120548190600160c01b90046001600160401b0316808203610a7157505f93849350915050565b6001610a7d81836137c8565b9250925050915091565b5f82815260208190526040902060010154610aa1816125af565b610aab83836125b9565b50505050565b5f818152600460209081526040808320815160808101835290546001600160a01b038116808352600160a01b820462ffffff1694830194909452600160b81b810460ff16151592820192909252600160c01b9091046001600160401b0316606082015290610b3557604051635f371c7b60e01b8152600481018490526024016108f0565b80606001516001600160401b03165f03610b65575f838152600960205260409020546001600160401b0316610b6b565b80606001515b9392505050565b6001600160a01b0381163314610b9b5760405163334bd91960e11b815260040160405180910390fd5b610ba58282612648565b505050565b5f610bb482611003565b5092915050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041610be5816125af565b610bed6126b1565b50565b5f6106d4610bfd83612091565b61212d565b5f610c0c816125af565b5f858152600460205260409020546001600160a01b0316610c4357604051635f371c7b60e01b8152600481018690526024016108f0565b831580610c7057507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018410155b15610c9157604051636c1881d360e01b8152600481018590526024016108f0565b6127108361ffff161115610cbe576040516323a578db60e01b815261ffff841660048201526024016108f0565b60ff82161580610cd457506007600583901c1615155b15610cf757604051630739fffd60e31b815260ff831660048201526024016108f0565b604080516060810182526001815261ffff858116602080840182815260ff8881168688018181525f8e8152600a86528981208e82528652899020975188549451915162ffffff1990951690151562ffff0019161761010091909716029590951763ff00000019166301000000929091169190910217909355835190815291820152859187917fc48979f09545d57be8e3845cd6f19669436a665b70a45dd7c8d4553a041170ae910160405180910390a35050505050565b5f610db8816125af565b825f819003610dda57604051633cabb6dd60e11b815260040160405180910390fd5b6020811115610e06576040516349e0177360e11b815260048101829052602060248201526044016108f0565b80610e1560ff8516600261372f565b11610e3f57604051636651fa8760e01b815260ff84166004820152602481018290526044016108f0565b808360ff161115610e6f57604051637f52a08f60e01b815260ff84166004820152602481018290526044016108f0565b600d545f90610e8d9061010090046001600160401b031660016137e7565b90505f5b82811015610f73575f878783818110610eac57610eac61371b565b9050602002016020810190610ec19190613806565b90506001600160a01b038116610eed5760405163de1954f360e01b8152600481018390526024016108f0565b6001600160a01b0381165f908152600e60205260409020546001600160401b03808516911603610f3b57604051637010e27960e11b81526001600160a01b03821660048201526024016108f0565b6001600160a01b03165f908152600e60205260409020805467ffffffffffffffff19166001600160401b038416179055600101610e91565b50600d805468ffffffffffffffffff19166101006001600160401b0384160260ff19161760ff8616179055600c610fab868883613841565b50806001600160401b03167fa62f8b9dcacd3d767d1b28369a5e9d0c17bc3f02e39982b0015c92d244adfd64878787604051610fe9939291906138dd565b60405180910390a2505050505050565b5f6106d482612091565b80355f908152600b60209081526040808320839283928391611029918801908801613936565b6001600160401b0316815260208101919091526040015f20549050801580611067575061105584612091565b67ffffffffffffffff19828116911614155b156110a957833561107e6040860160208701613936565b604051634a34b50960e11b815260048101929092526001600160401b031660248201526044016108f0565b65ffffffffffff81169460309190911c9350915050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50416110ea816125af565b610bed612703565b5f6060805f5f5f606061110361273e565b61110b612769565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61113e816125af565b82158061114e575060f883901c15155b1561116f57604051630101f5eb60e61b8152600481018490526024016108f0565b5f61117d6020840184613806565b6001600160a01b0316036111a45760405163089d0d2360e31b815260040160405180910390fd5b6111b4606083016040840161376c565b63ffffffff1615806111dd5750621000006111d5606084016040850161376c565b63ffffffff16115b15611214576111f2606083016040840161376c565b60405163f276071560e01b815263ffffffff90911660048201526024016108f0565b5f80805b60058110156113cf575f8560600182600581106112375761123761371b565b60200201602081019061124a9190613936565b905061125582611bbb565b816001600160401b0316901c6001600160401b03165f1461129b5760405163c20638c960e01b8152600481018390526001600160401b03821660248201526044016108f0565b612710866101a00183600581106112b4576112b461371b565b6020020160208101906112c7919061394f565b61ffff1611156113215781866101a00183600581106112e8576112e861371b565b6020020160208101906112fb919061394f565b604051634457cc7560e11b8152600481019290925261ffff1660248201526044016108f0565b61132a82611bd9565b6001600160401b038216901b939093179261134682602061372f565b8661010001836005811061135c5761135c61371b565b60200201602081019061136f919061376c565b63ffffffff16901b929092179161138782601061372f565b6113929060a0613746565b866101a00183600581106113a8576113a861371b565b6020020160208101906113bb919061394f565b61ffff16901b929092179150600101611218565b505f858152600460209081526040909120906113ed90860186613806565b81546001600160a01b0319166001600160a01b0391909116178155611418606086016040870161376c565b815460ff60b81b1962ffffff92909216600160a01b029190911663ffffffff60a01b1990911617600160b81b17815561145961026086016102408701613936565b5f87815260096020908152604091829020805467ffffffffffffffff19166001600160401b03949094169390931790925561149991908701908701613806565b5f87815260056020908152604080832080546001600160a01b0319166001600160a01b039590951694909417909355600681528282208690556007815291902083905586907fda8ed0fa8ccae9a7c64a397086f1a7dd9515c6143ec75199f4b0ec641dde574f9061150c90880188613806565b6115196020890189613806565b6001600160a01b0316634fe840f56040518163ffffffff1660e01b8152600401602060405180830381865afa158015611554573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115789190613968565b61158860408a0160208b01613806565b61159860608b0160408c0161376c565b6115aa6102608c016102408d01613936565b8b6060018c610100018d6101a0016040516115cc9897969594939291906139e0565b60405180910390a26040516001815286907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b690602001610fe9565b5f828152600b602090815260408083206001600160401b038516845290915290205465ffffffffffff81165b9250929050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f61166c816125af565b5f838152600460205260409020546001600160a01b03166116a357604051635f371c7b60e01b8152600481018490526024016108f0565b5f838152600a6020908152604080832085845290915290205460ff166116e6576040516303cafffb60e31b815260048101849052602481018390526044016108f0565b5f838152600a60209081526040808320858452909152808220805463ffffffff1916905551839185917fdbca4854e02cebfc766e10f7a07a22ad85c504b62a465219ca8443a564b215389190a3505050565b5f818152600460209081526040808320815160808101835290546001600160a01b038116808352600160a01b820462ffffff1694830194909452600160b81b810460ff16151592820192909252600160c01b9091046001600160401b03166060820152906117bc57604051635f371c7b60e01b8152600481018490526024016108f0565b5f81606001516001600160401b03165f036117ed575f848152600960205260409020546001600160401b03166117f3565b81606001515b6001600160401b03169050816020015162ffffff168160016118159190613746565b61181f919061372f565b421015949350505050565b61183261304a565b61183c8484612794565b5f805b60058110156118915761185181611bd9565b8660e00182600581106118665761186661371b565b6020020160208101906118799190613936565b6001600160401b0316901b919091179060010161183f565b5084355f818152600a60209081526040808320818a018035855290835281842054948452600483529083205492936301000000900460771b60ff60771b1692600160a01b900460621b62ffffff60621b16916022916118f1918b01613936565b6001600160401b0316901b61190c60e08a0160c08b01613a7b565b611916575f611919565b60025b60ff16171717905061192e8686868486612981565b9695505050505050565b5f82815260208190526040902060010154611952816125af565b610aab8383612648565b600d54600c8054604080516020808402820181019092528281526060945f948594909360ff8316936101009093046001600160401b0316929185918301828280156119ce57602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116119b0575b50505050509250925092509250909192565b6119e8611bf7565b5f5f6119f386611c1d565b91509150611a018686612794565b5f611a0b87612091565b9050611a20611a198261212d565b8686612159565b5f611a2b8780613a94565b91505f90505b81811015611ae0576001600160a01b03851663598da1d1611a5560408b018b613a94565b84818110611a6557611a6561371b565b9050602002810190611a779190613ad9565b611a8b8d8d878b602001518c5f0151612981565b6040518463ffffffff1660e01b8152600401611aa993929190613785565b5f6040518083038186803b158015611abf575f5ffd5b505afa158015611ad1573d5f5f3e3d5ffd5b50505050806001019050611a31565b50611aec8883856123e6565b5050505050505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929611b20816125af565b5f83815260046020526040902080546001600160a01b0316611b5857604051635f371c7b60e01b8152600481018590526024016108f0565b805460ff60b81b1916600160b81b84151590810291909117825560405190815284907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b69060200160405180910390a250505050565b5f611bb6612abd565b905090565b5f611bc782600861372f565b641030404030901c60ff169050919050565b5f611be582600861372f565b64e0b0703000901c60ff169050919050565b60015460ff1615611c1b5760405163d93c066560e01b815260040160405180910390fd5b565b60408051608080820183525f80835260208084018290528385018290526060808501839052863583526004825285832086519485018752546001600160a01b0381168552600160a01b810462ffffff1692850192909252600160b81b820460ff161515958401869052600160c01b9091046001600160401b03169083015292611cbb576040516268d63360e21b8152843560048201526024016108f0565b83355f908152600a602090815260408083208188013584528252918290208251606081018452905460ff808216151580845261ffff6101008404169484019490945263010000009091041692810192909252611d3757604080516303cafffb60e31b8152863560048201529086013560248201526044016108f0565b5f826020015162ffffff16866020016020810190611d559190613936565b611d69906001600160401b03166001613746565b611d73919061372f565b905080421015611db957611d8d6040870160208801613936565b604051631131cf2b60e11b81526001600160401b039091166004820152602481018290526044016108f0565b5f83606001516001600160401b03165f03611dec5786355f908152600960205260409020546001600160401b0316611df2565b83606001515b90506001600160401b038116611e0e6040890160208a01613936565b6001600160401b031614611ed65786355f908152600b602090815260408083209291611e3e918b01908b01613936565b6001600160401b0316815260208101919091526040015f205415611e99578635611e6e6040890160208a01613936565b60405163a4290f1b60e01b815260048101929092526001600160401b031660248201526044016108f0565b611ea96040880160208901613936565b604051633080f52360e01b81526001600160401b03918216600482015290821660248201526044016108f0565b86606001355f03611efa5760405163b263ae7360e01b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001876060013510611f44576040516307ced7b360e51b8152606088013560048201526024016108f0565b611f5460e0880160c08901613a7b565b15611ffc575f5b6005811015611ff6578760e0018160058110611f7957611f7961371b565b602002016020810190611f8c9190613936565b6001600160401b031615611fee57808860e0018260058110611fb057611fb061371b565b602002016020810190611fc39190613936565b6040516301b0311b60e01b815260048101929092526001600160401b031660248201526044016108f0565b600101611f5b565b50612012565b61200a878460400151612be6565b604087015285525b6077836040015160ff16901b6062856020015162ffffff16901b60228960200160208101906120419190613936565b6001600160401b0316901b61205c60e08b0160c08c01613a7b565b612066575f612069565b60025b60ff16171717602080870191909152929092015161ffff166060850152505051939092509050565b5f7fe9f787c978a9c6f2a0f7512540ae143fc1a489872d8bf743d7fe287b93c3851682356120c56040850160208601613936565b604085013560608601356120df60a088016080890161376c565b60a08801356120f460e08a0160c08b01613a7b565b8960e00160405160200161211099989796959493929190613b1b565b604051602081830303815290604052805190602001209050919050565b5f6106d4612139612abd565b8360405161190160f01b8152600281019290925260228201526042902090565b600d5461010090046001600160401b03165f03612189576040516332c7778960e11b815260040160405180910390fd5b612194604182613b91565b156121b85760405160016265861160e01b03198152600481018290526024016108f0565b5f6121c4604183613ba4565b600d5490915060ff16808210156121f8576040516378f4355360e11b815260048101839052602481018290526044016108f0565b600d5461010090046001600160401b03165f805b84811015611aec575f878761222284604161372f565b9061222e85604161372f565b612239906020613746565b9261224693929190613bb7565b61224f91613bde565b90505f888861225f85604161372f565b61226a906020613746565b9061227686604161372f565b612281906040613746565b9261228e93929190613bb7565b61229791613bde565b90505f89896122a786604161372f565b6122b2906040613746565b8181106122c1576122c161371b565b919091013560f81c91505f9050806122db8d848787612e68565b50909250905060038160038111156122f5576122f5613bfb565b036123165760405163021bd57160e21b8152600481018790526024016108f0565b5f81600381111561232957612329613bfb565b1461234a5760405163c7e1c19760e01b8152600481018790526024016108f0565b6001600160a01b0382165f908152600e60205260409020546001600160401b0389811691161461239f576040516335f8d42960e01b8152600481018790526001600160a01b03831660248201526044016108f0565b866001600160a01b0316826001600160a01b0316116123d45760405163590a84f760e01b8152600481018790526024016108f0565b509450506001909201915061220c9050565b606081015183355f908152600b602090815260408083204360309590951b67ffff0000000000001667ffffffffffffffff1988161794909417939291612430918801908801613936565b6001600160401b03908116825260208083019390935260409182015f9081209490945586358452600483529281902054600160c01b90049092169161247a91908601908601613936565b6124859060016137e7565b84355f90815260046020526040902080546001600160401b0392909216600160c01b026001600160c01b039092169190911790556124c960e0850160c08601613a7b565b1580156124ea575060408083015185355f9081526008602052919091205414155b156125065760408083015185355f908152600860205291909120555b336125176040860160208701613936565b6001600160401b031685357f2485304261557c3bbe8e6fb8dbf97fe10458877744ec1a5b36c796759c9b12956040880135606089013561255d60a08b0160808c0161376c565b60a08b013561257260e08d0160c08e01613a7b565b8c60e001600d60019054906101000a90046001600160401b03168b6040516125a1989796959493929190613c0f565b60405180910390a450505050565b610bed8133612f30565b5f6125c4838361163a565b612641575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556125f93390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016106d4565b505f6106d4565b5f612653838361163a565b15612641575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016106d4565b6126b9612f6d565b6001805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b61270b611bf7565b6001805460ff1916811790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258336126e6565b6060611bb67f0000000000000000000000000000000000000000000000000000000000000000612f90565b6060611bb67f0000000000000000000000000000000000000000000000000000000000000000612f90565b5f61279f8280613a94565b91506127b3905060a084016080850161376c565b63ffffffff1615806127da57506127d060a084016080850161376c565b63ffffffff168114155b15612818576127ef60a084016080850161376c565b60405163b5e801ed60e01b815263ffffffff9091166004820152602481018290526044016108f0565b612823600182613708565b6128306020840184613a94565b905014158061284d5750806128486040840184613a94565b905014155b1561289a57806128606020840184613a94565b905061286f6040850185613a94565b604051632681a74160e21b8152600481019490945260248401929092525060448201526064016108f0565b5f6128a58380613a94565b6040516020016128b6929190613c73565b6040516020818303038152906040528051906020012090508360a0013581146128ff5760405163ceee09eb60e01b815260a08501356004820152602481018290526044016108f0565b816001148015612933575060608401356129198480613a94565b5f8181106129295761292961371b565b9050602002013514155b15610aab576129428380613a94565b5f8181106129525761295261371b565b60405163220abd9160e11b815260209091029290920135600483015250606085013560248201526044016108f0565b61298961304a565b85358152604086013560208201526129a18580613a94565b858181106129b1576129b161371b565b90506020020135816002600781106129cb576129cb61371b565b60200201528315612a09576129e36020860186613a94565b6129ee600187613708565b8181106129fd576129fd61371b565b90506020020135612a2b565b7f00000000000000000000000000000000000000000000000000000000000000005b6060820152612a3a8580613a94565b9050612a47856001613746565b03612a6757600284901b831760011760a082015260c08101829052612ab4565b612a746020860186613a94565b85818110612a8457612a8461371b565b9050602002013581600460078110612a9e57612a9e61371b565b6020020152600284901b60021984161760a08201525b95945050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612b1557507f000000000000000000000000000000000000000000000000000000000000000046145b15612b3f57507f000000000000000000000000000000000000000000000000000000000000000090565b611bb6604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b81355f90815260066020908152604080832054600783528184205460089093529083205491835b6005811015612e5e575f8760e0018260058110612c2c57612c2c61371b565b602002016020810190612c3f9190613936565b90505f612c4b83611bd9565b90505f6001612c5985611bbb565b6001901b612c679190613708565b905085821c81166001600160401b038082169085161115612cb5576040516351f1193b60e01b8152600481018690526001600160401b038086166024830152821660448201526064016108f0565b6001600160401b038416831b9890981797600160ff8b16861c165f03612cde5750505050612e56565b87831c82166001600160401b03811615612e2a575f612710612d0188602061372f565b89901c63ffffffff16836001600160401b0316612d1e919061372f565b612d289190613ba4565b612d3b906001600160401b038416613746565b905080866001600160401b03161115612d885760405163b2504aed60e01b8152600481018890526001600160401b03808816602483015283166044820152606481018290526084016108f0565b5f612710612d9789601061372f565b612da29060a0613746565b8a901c61ffff16846001600160401b0316612dbd919061372f565b612dc79190613ba4565b612dda906001600160401b038516613708565b905080876001600160401b03161015612e275760405163051a59ff60e01b8152600481018990526001600160401b03808916602483015284166044820152606481018290526084016108f0565b50505b6001600160401b03851615612e505782841b19989098166001600160401b038516841b17975b50505050505b600101612c0d565b5050509250929050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115612ea157505f91506003905082612f26565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612ef2573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116612f1d57505f925060019150829050612f26565b92505f91508190505b9450945094915050565b612f3a828261163a565b612f695760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016108f0565b5050565b60015460ff16611c1b57604051638dfc202b60e01b815260040160405180910390fd5b60605f612f9c83612fcd565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f8111156106d457604051632cd44ac360e21b815260040160405180910390fd5b60408051610100810182525f8082526020820181905291810182905260608101829052608081019190915260a0810161302b613068565b8152602001613038613068565b8152602001613045613068565b905290565b6040518060e001604052806007906020820280368337509192915050565b6040518060a001604052806005906020820280368337509192915050565b5f60208284031215613096575f5ffd5b81356001600160e01b031981168114610b6b575f5ffd5b5f602082840312156130bd575f5ffd5b5035919050565b805f5b6005811015610aab5781516001600160401b03168452602093840193909101906001016130c7565b805f5b6005811015610aab57815163ffffffff168452602093840193909101906001016130f2565b805f5b6005811015610aab57815161ffff1684526020938401939091019060010161311a565b81516001600160a01b0390811682526020808401519091169082015260408083015163ffffffff16908201526060808301516102808301916131829084018215159052565b50608083015161319d60808401826001600160401b03169052565b5060a08301516131b060a08401826130c4565b5060c08301516131c46101408401826130ef565b5060e0830151610bb46101e0840182613117565b5f61018082840312156131e9575f5ffd5b50919050565b5f5f83601f8401126131ff575f5ffd5b5081356001600160401b03811115613215575f5ffd5b602083019150836020828501011115611633575f5ffd5b5f5f5f5f5f6101c08688031215613241575f5ffd5b61324b87876131d8565b94506101808601356001600160401b03811115613266575f5ffd5b613272888289016131ef565b9095509350506101a08601356001600160401b03811115613291575f5ffd5b61329d888289016131ef565b969995985093965092949392505050565b6001600160a01b0381168114610bed575f5ffd5b5f5f604083850312156132d3575f5ffd5b8235915060208301356132e5816132ae565b809150509250929050565b5f6101808284031215613301575f5ffd5b610b6b83836131d8565b803561ffff8116811461331c575f5ffd5b919050565b803560ff8116811461331c575f5ffd5b5f5f5f5f60808587031215613344575f5ffd5b843593506020850135925061335b6040860161330b565b915061336960608601613321565b905092959194509250565b5f5f5f60408486031215613386575f5ffd5b83356001600160401b0381111561339b575f5ffd5b8401601f810186136133ab575f5ffd5b80356001600160401b038111156133c0575f5ffd5b8660208260051b84010111156133d4575f5ffd5b6020918201945092506133e8908501613321565b90509250925092565b5f5f60408385031215613402575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61345d60e0830189613411565b828103604084015261346f8189613411565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156134c45783518352602093840193909201916001016134a6565b50909b9a5050505050505050505050565b5f5f8284036102808112156134e8575f5ffd5b83359250610260601f19820112156134fe575f5ffd5b506020830190509250929050565b80356001600160401b038116811461331c575f5ffd5b5f5f60408385031215613533575f5ffd5b823591506135436020840161350c565b90509250929050565b5f606082840312156131e9575f5ffd5b5f5f5f6101c0848603121561356f575f5ffd5b61357985856131d8565b92506101808401356001600160401b03811115613594575f5ffd5b6135a08682870161354c565b93969395505050506101a0919091013590565b805f5b6007811015610aab5781518452602093840193909101906001016135b6565b60e081016106d482846135b3565b606080825284519082018190525f9060208601906080840190835b818110156136255783516001600160a01b03168352602093840193909201916001016135fe565b505060ff95909516602084015250506001600160401b0391909116604090910152919050565b5f5f5f5f6101c0858703121561365f575f5ffd5b61366986866131d8565b93506101808501356001600160401b03811115613684575f5ffd5b6136908782880161354c565b9350506101a08501356001600160401b038111156136ac575f5ffd5b6136b8878288016131ef565b95989497509550505050565b8035801515811461331c575f5ffd5b5f5f604083850312156136e4575f5ffd5b82359150613543602084016136c4565b634e487b7160e01b5f52601160045260245ffd5b818103818111156106d4576106d46136f4565b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176106d4576106d46136f4565b808201808211156106d4576106d46136f4565b803563ffffffff8116811461331c575f5ffd5b5f6020828403121561377c575f5ffd5b610b6b82613759565b61010081528261010082015282846101208301375f61012084830101525f610120601f19601f86011683010190506137c060208301846135b3565b949350505050565b6001600160401b0382811682821603908111156106d4576106d46136f4565b6001600160401b0381811683821601908111156106d4576106d46136f4565b5f60208284031215613816575f5ffd5b8135610b6b816132ae565b634e487b7160e01b5f52604160045260245ffd5b5f81356106d4816132ae565b6001600160401b0383111561385857613858613821565b6801000000000000000083111561387157613871613821565b8054838255808410156138a557815f528360205f20018482035f5b818110156138a1575f8382015560010161388c565b5050505b505f8181526020812083915b858110156138d5576138c283613835565b82820155602092909201916001016138b1565b505050505050565b604080825281018390525f8460608301825b8681101561391f578235613902816132ae565b6001600160a01b03168252602092830192909101906001016138ef565b50809250505060ff83166020830152949350505050565b5f60208284031215613946575f5ffd5b610b6b8261350c565b5f6020828403121561395f575f5ffd5b610b6b8261330b565b5f60208284031215613978575f5ffd5b5051919050565b805f5b6005811015610aab576001600160401b0361399c8361350c565b1684526020938401939190910190600101613982565b805f5b6005811015610aab5761ffff6139ca8361330b565b16845260209384019391909101906001016139b5565b6001600160a01b038981168252602082018990528716604082015263ffffffff861660608201526001600160401b03851660808201526102808101613a2860a083018661397f565b6101408201845f5b6005811015613a5d5763ffffffff613a4783613759565b1683526020928301929190910190600101613a30565b505050613a6e6101e08301846139b2565b9998505050505050505050565b5f60208284031215613a8b575f5ffd5b610b6b826136c4565b5f5f8335601e19843603018112613aa9575f5ffd5b8301803591506001600160401b03821115613ac2575f5ffd5b6020019150600581901b3603821315611633575f5ffd5b5f5f8335601e19843603018112613aee575f5ffd5b8301803591506001600160401b03821115613b07575f5ffd5b602001915036819003821315611633575f5ffd5b5f6101a0820190508a82528960208301526001600160401b038916604083015287606083015286608083015263ffffffff861660a08301528460c083015283151560e0830152613b6f61010083018461397f565b9a9950505050505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82613b9f57613b9f613b7d565b500690565b5f82613bb257613bb2613b7d565b500490565b5f5f85851115613bc5575f5ffd5b83861115613bd1575f5ffd5b5050820193919092039150565b803560208310156106d4575f19602084900360031b1b1692915050565b634e487b7160e01b5f52602160045260245ffd5b8881526020810188905263ffffffff871660408201526060810186905284151560808201526101808101613c4660a083018661397f565b6001600160401b0384166101408301526001600160401b0383166101608301529998505050505050505050565b5f6001600160fb1b03831115613c87575f5ffd5b8260051b8085843791909101939250505056",
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
// the contract method with ID 0x78525833.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptance((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint64 blockNumber, uint16 payoutShareBp)
func (disclosureRegistry *DisclosureRegistry) PackAcceptance(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("acceptance", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78525833.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptance((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint64 blockNumber, uint16 payoutShareBp)
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
// from invoking the contract method with ID 0x78525833.
//
// Solidity: function acceptance((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint64 blockNumber, uint16 payoutShareBp)
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
// the contract method with ID 0x5d17d596.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowPolicy(uint256 pool, uint256 policyHash, uint16 payoutShareBp, uint8 disclosed) returns()
func (disclosureRegistry *DisclosureRegistry) PackAllowPolicy(pool *big.Int, policyHash *big.Int, payoutShareBp uint16, disclosed uint8) []byte {
	enc, err := disclosureRegistry.abi.Pack("allowPolicy", pool, policyHash, payoutShareBp, disclosed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowPolicy is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d17d596.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowPolicy(uint256 pool, uint256 policyHash, uint16 payoutShareBp, uint8 disclosed) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackAllowPolicy(pool *big.Int, policyHash *big.Int, payoutShareBp uint16, disclosed uint8) ([]byte, error) {
	return disclosureRegistry.abi.Pack("allowPolicy", pool, policyHash, payoutShareBp, disclosed)
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
// the contract method with ID 0x88a6bf5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configurePool(uint256 pool, (address,address,uint32,uint64[5],uint32[5],uint16[5],uint64) cfg) returns()
func (disclosureRegistry *DisclosureRegistry) PackConfigurePool(pool *big.Int, cfg DisclosureRegistryPoolConfig) []byte {
	enc, err := disclosureRegistry.abi.Pack("configurePool", pool, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigurePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88a6bf5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configurePool(uint256 pool, (address,address,uint32,uint64[5],uint32[5],uint16[5],uint64) cfg) returns()
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
// the contract method with ID 0x3890abd8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disclosedAt((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) PackDisclosedAt(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("disclosedAt", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisclosedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3890abd8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disclosedAt((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) TryPackDisclosedAt(d DisclosureRegistryDisclosure) ([]byte, error) {
	return disclosureRegistry.abi.Pack("disclosedAt", d)
}

// UnpackDisclosedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3890abd8.
//
// Solidity: function disclosedAt((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint64 blockNumber)
func (disclosureRegistry *DisclosureRegistry) UnpackDisclosedAt(data []byte) (uint64, error) {
	out, err := disclosureRegistry.abi.Unpack("disclosedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDisclosureDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a5f1f30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function disclosureDigest((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackDisclosureDigest(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("disclosureDigest", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDisclosureDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4a5f1f30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function disclosureDigest((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackDisclosureDigest(d DisclosureRegistryDisclosure) ([]byte, error) {
	return disclosureRegistry.abi.Pack("disclosureDigest", d)
}

// UnpackDisclosureDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4a5f1f30.
//
// Solidity: function disclosureDigest((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(bytes32)
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

// PackNextEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x342a7b01.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextEpoch(uint256 pool) view returns(uint64)
func (disclosureRegistry *DisclosureRegistry) PackNextEpoch(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("nextEpoch", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x342a7b01.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextEpoch(uint256 pool) view returns(uint64)
func (disclosureRegistry *DisclosureRegistry) TryPackNextEpoch(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("nextEpoch", pool)
}

// UnpackNextEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x342a7b01.
//
// Solidity: function nextEpoch(uint256 pool) view returns(uint64)
func (disclosureRegistry *DisclosureRegistry) UnpackNextEpoch(data []byte) (uint64, error) {
	out, err := disclosureRegistry.abi.Unpack("nextEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
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
// Solidity: function policyTerms(uint256 pool, uint256 policyHash) view returns(bool allowed, uint16 payoutShareBp, uint8 disclosed)
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
// Solidity: function policyTerms(uint256 pool, uint256 policyHash) view returns(bool allowed, uint16 payoutShareBp, uint8 disclosed)
func (disclosureRegistry *DisclosureRegistry) TryPackPolicyTerms(pool *big.Int, policyHash *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("policyTerms", pool, policyHash)
}

// PolicyTermsOutput serves as a container for the return parameters of contract
// method PolicyTerms.
type PolicyTermsOutput struct {
	Allowed       bool
	PayoutShareBp uint16
	Disclosed     uint8
}

// UnpackPolicyTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c05ab08.
//
// Solidity: function policyTerms(uint256 pool, uint256 policyHash) view returns(bool allowed, uint16 payoutShareBp, uint8 disclosed)
func (disclosureRegistry *DisclosureRegistry) UnpackPolicyTerms(data []byte) (PolicyTermsOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("policyTerms", data)
	outstruct := new(PolicyTermsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Allowed = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.PayoutShareBp = *abi.ConvertType(out[1], new(uint16)).(*uint16)
	outstruct.Disclosed = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackPoolInfo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1526fe27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function poolInfo(uint256 pool) view returns((address,address,uint32,bool,uint64,uint64[5],uint32[5],uint16[5]) v)
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
// Solidity: function poolInfo(uint256 pool) view returns((address,address,uint32,bool,uint64,uint64[5],uint32[5],uint16[5]) v)
func (disclosureRegistry *DisclosureRegistry) TryPackPoolInfo(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("poolInfo", pool)
}

// UnpackPoolInfo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1526fe27.
//
// Solidity: function poolInfo(uint256 pool) view returns((address,address,uint32,bool,uint64,uint64[5],uint32[5],uint16[5]) v)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolInfo(data []byte) (DisclosureRegistryPoolView, error) {
	out, err := disclosureRegistry.abi.Unpack("poolInfo", data)
	if err != nil {
		return *new(DisclosureRegistryPoolView), err
	}
	out0 := *abi.ConvertType(out[0], new(DisclosureRegistryPoolView)).(*DisclosureRegistryPoolView)
	return out0, nil
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
// the contract method with ID 0xbb5a0185.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInputs((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 index) view returns(uint256[7])
func (disclosureRegistry *DisclosureRegistry) PackPublicInputs(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, index *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("publicInputs", d, c, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInputs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb5a0185.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInputs((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 index) view returns(uint256[7])
func (disclosureRegistry *DisclosureRegistry) TryPackPublicInputs(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, index *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("publicInputs", d, c, index)
}

// UnpackPublicInputs is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb5a0185.
//
// Solidity: function publicInputs((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 index) view returns(uint256[7])
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
// the contract method with ID 0x77de3ed1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function structHash((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) pure returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) PackStructHash(d DisclosureRegistryDisclosure) []byte {
	enc, err := disclosureRegistry.abi.Pack("structHash", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStructHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x77de3ed1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function structHash((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) pure returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) TryPackStructHash(d DisclosureRegistryDisclosure) ([]byte, error) {
	return disclosureRegistry.abi.Pack("structHash", d)
}

// UnpackStructHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x77de3ed1.
//
// Solidity: function structHash((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) pure returns(bytes32)
func (disclosureRegistry *DisclosureRegistry) UnpackStructHash(data []byte) ([32]byte, error) {
	out, err := disclosureRegistry.abi.Unpack("structHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSubmitDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4354df6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, (uint256[],uint256[],bytes[]) c, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) PackSubmitDisclosure(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, signatures []byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("submitDisclosure", d, c, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4354df6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, (uint256[],uint256[],bytes[]) c, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSubmitDisclosure(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, signatures []byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("submitDisclosure", d, c, signatures)
}

// PackSubmitSingleChunkDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15ab9be0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitSingleChunkDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, bytes proof, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) PackSubmitSingleChunkDisclosure(d DisclosureRegistryDisclosure, proof []byte, signatures []byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("submitSingleChunkDisclosure", d, proof, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitSingleChunkDisclosure is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x15ab9be0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitSingleChunkDisclosure((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, bytes proof, bytes signatures) returns()
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
	Suppressed       bool
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
// Solidity: event DisclosureAccepted(uint256 indexed pool, uint64 indexed epoch, address indexed submitter, uint256 policyHash, uint256 root, uint32 chunks, bytes32 chunkRootsHash, bool suppressed, uint64[5] metrics, uint64 committeeVersion, uint64 prevPlusOne)
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
	Disclosed     uint8
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
// Solidity: event PolicyAllowed(uint256 indexed pool, uint256 indexed policyHash, uint16 payoutShareBp, uint8 disclosed)
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
	FirstEpoch  uint64
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
	MaxDropBp   [5]uint16
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
// Solidity: event PoolConfigured(uint256 indexed pool, address verifier, bytes32 vkHash, address token, uint32 epochLength, uint64 firstEpoch, uint64[5] maxValue, uint32[5] maxGrowthBp, uint16[5] maxDropBp)
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
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["DisclosedSetInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackDisclosedSetInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["DropBoundExceeded"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackDropBoundExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["DropBoundInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackDropBoundInvalidError(raw[4:])
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
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["EpochNotNext"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackEpochNotNextError(raw[4:])
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
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SuppressedWithFigures"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSuppressedWithFiguresError(raw[4:])
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

// DisclosureRegistryDisclosedSetInvalid represents a DisclosedSetInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryDisclosedSetInvalid struct {
	Disclosed *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DisclosedSetInvalid(uint256 disclosed)
func DisclosureRegistryDisclosedSetInvalidErrorID() common.Hash {
	return common.HexToHash("0x39cfffe88d017653cb417f925490a0c2a13d6b81f913a554f540d5b4151c57a9")
}

// UnpackDisclosedSetInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DisclosedSetInvalid(uint256 disclosed)
func (disclosureRegistry *DisclosureRegistry) UnpackDisclosedSetInvalidError(raw []byte) (*DisclosureRegistryDisclosedSetInvalid, error) {
	out := new(DisclosureRegistryDisclosedSetInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "DisclosedSetInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryDropBoundExceeded represents a DropBoundExceeded error raised by the DisclosureRegistry contract.
type DisclosureRegistryDropBoundExceeded struct {
	Metric   *big.Int
	Value    uint64
	Previous uint64
	Limit    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DropBoundExceeded(uint256 metric, uint64 value, uint64 previous, uint256 limit)
func DisclosureRegistryDropBoundExceededErrorID() common.Hash {
	return common.HexToHash("0x051a59ff74cb683d8f4a830770200c04f478726956c4734fa22c5c4cfb79b6e2")
}

// UnpackDropBoundExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DropBoundExceeded(uint256 metric, uint64 value, uint64 previous, uint256 limit)
func (disclosureRegistry *DisclosureRegistry) UnpackDropBoundExceededError(raw []byte) (*DisclosureRegistryDropBoundExceeded, error) {
	out := new(DisclosureRegistryDropBoundExceeded)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "DropBoundExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryDropBoundInvalid represents a DropBoundInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryDropBoundInvalid struct {
	Metric    *big.Int
	MaxDropBp *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DropBoundInvalid(uint256 metric, uint256 maxDropBp)
func DisclosureRegistryDropBoundInvalidErrorID() common.Hash {
	return common.HexToHash("0x88af98eac4c9c253b4fd16503f6d93308675facd585359906ceaba54a1ffab15")
}

// UnpackDropBoundInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DropBoundInvalid(uint256 metric, uint256 maxDropBp)
func (disclosureRegistry *DisclosureRegistry) UnpackDropBoundInvalidError(raw []byte) (*DisclosureRegistryDropBoundInvalid, error) {
	out := new(DisclosureRegistryDropBoundInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "DropBoundInvalid", raw); err != nil {
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

// DisclosureRegistryEpochNotNext represents a EpochNotNext error raised by the DisclosureRegistry contract.
type DisclosureRegistryEpochNotNext struct {
	Epoch uint64
	Next  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EpochNotNext(uint64 epoch, uint64 next)
func DisclosureRegistryEpochNotNextErrorID() common.Hash {
	return common.HexToHash("0x3080f523095b102b14afef5f699f4331d9edf9d02e5167ae918f3ad2ab2c5449")
}

// UnpackEpochNotNextError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EpochNotNext(uint64 epoch, uint64 next)
func (disclosureRegistry *DisclosureRegistry) UnpackEpochNotNextError(raw []byte) (*DisclosureRegistryEpochNotNext, error) {
	out := new(DisclosureRegistryEpochNotNext)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "EpochNotNext", raw); err != nil {
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

// DisclosureRegistrySuppressedWithFigures represents a SuppressedWithFigures error raised by the DisclosureRegistry contract.
type DisclosureRegistrySuppressedWithFigures struct {
	Metric *big.Int
	Value  uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SuppressedWithFigures(uint256 metric, uint64 value)
func DisclosureRegistrySuppressedWithFiguresErrorID() common.Hash {
	return common.HexToHash("0x01b0311b2fc3f3e7b144e44d2a4642310a7b47281a32408b5b5e15b7f8a6b79f")
}

// UnpackSuppressedWithFiguresError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SuppressedWithFigures(uint256 metric, uint64 value)
func (disclosureRegistry *DisclosureRegistry) UnpackSuppressedWithFiguresError(raw []byte) (*DisclosureRegistrySuppressedWithFigures, error) {
	out := new(DisclosureRegistrySuppressedWithFigures)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SuppressedWithFigures", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"identityRegistry_\",\"type\":\"address\"},{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"disclosureRegistry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pool_\",\"type\":\"uint256\"},{\"internalType\":\"contractIERC20\",\"name\":\"payoutToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"unitsPerCent_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"ClaimantNotVerified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ConstructorArgumentZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoHolders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoPayout\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"poolToken\",\"type\":\"address\"}],\"name\":\"NotThePoolsToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PayoutAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"PayoutAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"PoolMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"RecipientNotVerified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"SenderNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"disclosureBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotNotFinal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"PayoutDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"balanceOfAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"closePayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disclosureRegistry\",\"outputs\":[{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"payout\",\"outputs\":[{\"components\":[{\"internalType\":\"uint40\",\"name\":\"snapshotBlock\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint208\",\"name\":\"settledWeight\",\"type\":\"uint208\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"internalType\":\"structRWAToken.Payout\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"payoutCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payoutToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"totalSupplyAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unitsPerCent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c9fcb2450802ab353ac4154b8540a19978",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161322a38038061322a83398101604081905261002f9161025b565b8787600361003d83826103af565b50600461004a82826103af565b5050506001600160a01b038616158061006a57506001600160a01b038516155b8061007c57506001600160a01b038416155b80610085575082155b8061009757506001600160a01b038216155b806100a0575080155b156100be5760405163bf8b5c5d60e01b815260040160405180910390fd5b6001600160a01b0380861660805284811660a05260c0849052821660e0526101008190526100ec5f876100fa565b50505050505050505061046d565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff1661019e575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556101563390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101a1565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f8301126101ca575f5ffd5b81516001600160401b038111156101e3576101e36101a7565b604051601f8201601f19908116603f011681016001600160401b0381118282101715610211576102116101a7565b604052818152838201602001851015610228575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b0381168114610258575f5ffd5b50565b5f5f5f5f5f5f5f5f610100898b031215610273575f5ffd5b88516001600160401b03811115610288575f5ffd5b6102948b828c016101bb565b60208b015190995090506001600160401b038111156102b1575f5ffd5b6102bd8b828c016101bb565b97505060408901516102ce81610244565b60608a01519096506102df81610244565b60808a01519095506102f081610244565b60a08a015160c08b0151919550935061030881610244565b60e09990990151979a96995094979396929591945050565b600181811c9082168061033457607f821691505b60208210810361035257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103aa57828211156103aa57805f5260205f20601f840160051c602085101561038357505f5b90810190601f840160051c035f5b818110156103a6575f83820155600101610391565b5050505b505050565b81516001600160401b038111156103c8576103c86101a7565b6103dc816103d68454610320565b84610358565b6020601f82116001811461040e575f83156103f75750848201515b5f19600385901b1c1916600184901b178455610466565b5f84815260208120601f198516915b8281101561043d578785015182556020948501946001909201910161041d565b508482101561045a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e05161010051612d176105135f395f81816102ed0152611c5101525f818161051301528181610e24015261143f01525f818161032201528181611a2701528181611a6101528181611a9c0152611b5601525f81816105a601528181610af501528181611ac40152611baa01525f81816102ae01528181611121015281816115ac0152818161163b01528181611fac01526120af0152612d175ff3fe608060405234801561000f575f5ffd5b5060043610610255575f3560e01c806362a6598211610140578063a217fddf116100bf578063ac869cd811610084578063ac869cd8146106f7578063d547741f1461070a578063dd62ed3e1461071d578063e46638e614610755578063e583983614610768578063f5b541a61461078a575f5ffd5b8063a217fddf14610637578063a34527f61461063e578063a60628e214610688578063a9059cbb146106d1578063aab8ab0c146106e4575f5ffd5b806391d148541161010557806391d14854146105e357806395d89b41146105f6578063981b24d0146105fe5780639dc29fac146106115780639fc1d0e714610624575f5ffd5b806362a659821461056657806370a08231146105795780637ebaabb7146105a15780638456cb59146105c857806388d8b2a7146105d0575f5ffd5b8063248a9ca3116101d757806340c10f191161019c57806340c10f19146104e85780634ee2cd7e146104fb5780634efa82b61461050e5780635a1e6a81146105355780635c975abb146105485780636122013414610553575f5ffd5b8063248a9ca3146104875780632f2ff15d146104a9578063313ce567146104be57806336568abe146104cd5780633f4ba83a146104e0575f5ffd5b806316f0115b1161021d57806316f0115b1461031d578063178e57f01461034457806318160ddd1461045857806322459e181461046057806323b872dd14610474575f5ffd5b806301ffc9a71461025957806306fdde0314610281578063095ea7b314610296578063134e18f4146102a957806314c1cca8146102e8575b5f5ffd5b61026c6102673660046128a4565b6107b1565b60405190151581526020015b60405180910390f35b6102896107e7565b60405161027891906128cb565b61026c6102a4366004612914565b610877565b6102d07f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610278565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610278565b61030f7f000000000000000000000000000000000000000000000000000000000000000081565b6103ff610352366004612952565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160401b03165f90815260086020908152604091829020825160c081018452815464ffffffffff81168252600160281b810460ff16151593820193909352600160301b9092046001600160d01b031692820192909252600182015460608201526002820154608082015260039091015460a082015290565b6040516102789190815164ffffffffff1681526020808301511515908201526040808301516001600160d01b031690820152606080830151908201526080808301519082015260a0918201519181019190915260c00190565b60025461030f565b61030f5f516020612cf75f395f51905f5281565b61026c61048236600461296d565b61088e565b61030f6104953660046129ab565b5f9081526005602052604090206001015490565b6104bc6104b73660046129c2565b6108b3565b005b60405160128152602001610278565b6104bc6104db3660046129c2565b6108dd565b6104bc610915565b6104bc6104f6366004612914565b610937565b61030f610509366004612914565b610958565b6102d07f000000000000000000000000000000000000000000000000000000000000000081565b6104bc610543366004612952565b6109b2565b60065460ff1661026c565b6104bc610561366004612a07565b610ac1565b61030f610574366004612a32565b610e55565b61030f610587366004612a4d565b6001600160a01b03165f9081526020819052604090205490565b6102d07f000000000000000000000000000000000000000000000000000000000000000081565b6104bc610e5f565b61030f6105de366004612a68565b610e7e565b61026c6105f13660046129c2565b610f95565b610289610fbf565b61030f61060c3660046129ab565b610fce565b6104bc61061f366004612914565b61100c565b6104bc61063236600461296d565b61102d565b61030f5f81565b61026c61064c366004612a68565b6001600160401b03919091165f9081526009602090815260408083206001600160a01b039490941683529290522054600160f81b900460ff1690565b61030f610696366004612a68565b6001600160401b0382165f9081526009602090815260408083206001600160a01b03851684529091529020546001600160f81b031692915050565b61026c6106df366004612914565b6110c4565b61030f6106f2366004612952565b6110d1565b6104bc610705366004612ab1565b61146f565b6104bc6107183660046129c2565b6114e9565b61030f61072b366004612add565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b61026c61076336600461296d565b61150d565b61026c610776366004612a4d565b60076020525f908152604090205460ff1681565b61030f7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b5f6001600160e01b03198216637965db0b60e01b14806107e157506301ffc9a760e01b6001600160e01b03198316145b92915050565b6060600380546107f690612af9565b80601f016020809104026020016040519081016040528092919081815260200182805461082290612af9565b801561086d5780601f106108445761010080835404028352916020019161086d565b820191905f5260205f20905b81548152906001019060200180831161085057829003601f168201915b5050505050905090565b5f336108848185856116db565b5060019392505050565b5f3361089b8582856116e8565b6108a685858561175e565b60019150505b9392505050565b5f828152600560205260409020600101546108cd816117bb565b6108d783836117c5565b50505050565b6001600160a01b03811633146109065760405163334bd91960e11b815260040160405180910390fd5b6109108282611856565b505050565b5f516020612cf75f395f51905f5261092c816117bb565b6109346118c1565b50565b5f516020612cf75f395f51905f5261094e816117bb565b6109108383611913565b5f438210610981576040516309dcd3a160e21b8152600481018390526024015b60405180910390fd5b6001600160a01b0383165f908152600a602052604090206109a2908361194b565b6001600160d01b03169392505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9296109dc816117bb565b6109e46119fb565b6001600160401b0382165f9081526008602052604081206002810154909103610a2b57604051631456792360e11b81526001600160401b0384166004820152602401610978565b8054600160281b900460ff1615610a605760405163033669d760e31b81526001600160401b0384166004820152602401610978565b805465ff00000000001916600160281b17815560028101546040516001600160401b038516917f3032230a1c4e28b767e6d6c6a0ac019d61ef6a5c459492e6e72b0f8a375d4fab91610ab491815260200190565b60405180910390a2505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929610aeb816117bb565b610af36119fb565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635c975abb6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b4f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b739190612b2b565b15610b91576040516309148bcd60e21b815260040160405180910390fd5b815f03610bb157604051636d2594d560e11b815260040160405180910390fd5b5f5f610bbc85611a21565b9150915043826001600160401b031610610bf4576040516343ee866360e01b81526001600160401b0383166004820152602401610978565b5f600881610c086040890160208a01612952565b6001600160401b0316815260208101919091526040015f208054909150600160281b900460ff1615610c6957610c446040870160208801612952565b60405163033669d760e31b81526001600160401b039091166004820152602401610978565b5f858260020154610c7a9190612b5a565b905082811115610ca75760405163080ae85f60e01b81526004810182905260248101849052604401610978565b815464ffffffffff165f03610d3d575f610cc9856001600160401b0316610fce565b9050805f03610d0757610ce26040890160208a01612952565b60405163b83c6af960e01b81526001600160401b039091166004820152602401610978565b610d19856001600160401b0316611c81565b835464ffffffffff191664ffffffffff919091161783556001830155600382018390555b60028201819055610d546040880160208901612952565b60408051888152602081018490529081018590526001600160401b03868116606083015291909116907f5ca88f03079ecb92ae9ede18756aaf1a7ae94c0385699c9d29ccb1169de607c19060800160405180910390a2828103610e1757815465ff00000000001916600160281b178255610dd46040880160208901612952565b6001600160401b03167f3032230a1c4e28b767e6d6c6a0ac019d61ef6a5c459492e6e72b0f8a375d4fab82604051610e0e91815260200190565b60405180910390a25b610e4c6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089611cb6565b50505050505050565b5f6108ac82611a21565b5f516020612cf75f395f51905f52610e76816117bb565b610934611cec565b6001600160401b0382165f818152600860209081526040808320815160c081018352815464ffffffffff81168252600160281b810460ff908116151583870152600160301b9091046001600160d01b0316828501526001830154606083015260028301546080830190815260039093015460a0830152958552600984528285206001600160a01b038816865284528285208351808501909452546001600160f81b0381168452600160f81b900490951615159282019290925290519192911580610f49575080602001515b15610f58575f925050506107e1565b805f01516001600160f81b0316610f8283610f7d87865f015164ffffffffff16610958565b611d29565b610f8c9190612b6d565b95945050505050565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b6060600480546107f690612af9565b5f438210610ff2576040516309dcd3a160e21b815260048101839052602401610978565b610ffd600b8361194b565b6001600160d01b031692915050565b5f516020612cf75f395f51905f52611023816117bb565b6109108383611da0565b5f516020612cf75f395f51905f52611044816117bb565b60015f805c60ff19168217905d5061105d84848461175e565b5f60ff19815c16815d50336001600160a01b0316836001600160a01b0316856001600160a01b03167f31a05a6a55253f32ca1a2eae200ad7ddf38d17e9f6e0535e9a85ab4a218aeaa3856040516110b691815260200190565b60405180910390a450505050565b5f3361088481858561175e565b5f6110da6119fb565b335f9081526007602052604090205460ff161561110c576040516327951b3f60e11b8152336004820152602401610978565b60405163b9209e3360e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b9209e3390602401602060405180830381865afa15801561116e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111929190612b2b565b6111b15760405163400a6e0760e11b8152336004820152602401610978565b6001600160401b0382165f90815260086020526040812060028101549091036111f857604051631456792360e11b81526001600160401b0384166004820152602401610978565b80545f9061120e90339064ffffffffff16610958565b9050805f03611234578333604051631178aeab60e31b8152600401610978929190612b80565b6001600160401b0384165f90815260096020908152604080832033845290915290208054600160f81b900460ff161561128457843360405163b5ffb3b560e01b8152600401610978929190612b80565b6040805160c081018252845464ffffffffff81168252600160281b810460ff1615156020830152600160301b90046001600160d01b0316918101919091526001840154606082015260028401546080820152600384015460a08201525f906112ec9084611d29565b8454909150600160281b900460ff161561135f57835483908590600690611324908490600160301b90046001600160d01b0316612ba2565b82546001600160d01b039182166101009390930a92830291909202199091161790555081546001600160f81b0316600160f81b1782556113b1565b81546001600160f81b031681036113b157805f03611394578533604051631178aeab60e31b8152600401610978929190612b80565b853360405163b5ffb3b560e01b8152600401610978929190612b80565b81546113c6906001600160f81b031682612b6d565b94506113d181611dd4565b82546001600160f81b0319166001600160f81b039190911617825560405185815233906001600160401b038816907f6d5db2de6eccf6170a6d9963443e643c2b98c4738f30610dc199bd6d2913113f9060200160405180910390a38415611466576114666001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163387611e07565b50505050919050565b5f516020612cf75f395f51905f52611486816117bb565b6001600160a01b0383165f81815260076020908152604091829020805460ff191686151590811790915591519182523392917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f43691015b60405180910390a3505050565b5f82815260056020526040902060010154611503816117bb565b6108d78383611856565b5f6001600160a01b038416158061152b57506001600160a01b038316155b80611538575060065460ff165b1561154457505f6108ac565b6001600160a01b0384165f9081526007602052604090205460ff168061158157506001600160a01b0383165f9081526007602052604090205460ff165b1561158d57505f6108ac565b60405163b9209e3360e01b81526001600160a01b0385811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa1580156115f1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116159190612b2b565b15806116a6575060405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015611680573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116a49190612b2b565b155b156116b257505f6108ac565b816116d1856001600160a01b03165f9081526020819052604090205490565b1015949350505050565b6109108383836001611e3c565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156108d7578181101561175057604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610978565b6108d784848484035f611e3c565b6001600160a01b03831661178757604051634b637e8f60e11b81525f6004820152602401610978565b6001600160a01b0382166117b05760405163ec442f0560e01b81525f6004820152602401610978565b610910838383611f0e565b6109348133612238565b5f6117d08383610f95565b61184f575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556118073390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107e1565b505f6107e1565b5f6118618383610f95565b1561184f575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016107e1565b6118c9612271565b6006805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b03821661193c5760405163ec442f0560e01b81525f6004820152602401610978565b6119475f8383611f0e565b5050565b81545f90818160058111156119a7575f61196484612294565b61196e9085612b6d565b5f8881526020902090915081015465ffffffffffff9081169087161015611997578091506119a5565b6119a2816001612b5a565b92505b505b5f6119b4878785856123ec565b905080156119ee576119d8876119cb600184612b6d565b5f91825260209091200190565b54600160301b90046001600160d01b03166119f0565b5f5b979650505050505050565b60065460ff1615611a1f5760405163d93c066560e01b815260040160405180910390fd5b565b5f8082357f000000000000000000000000000000000000000000000000000000000000000014611a8d5760405163108fe88f60e31b8152833560048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610978565b604051636e7d401960e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636e7d401990602401602060405180830381865afa158015611b11573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611b359190612bc1565b90506001600160a01b0381163014611b9157604051636a5a4e2f60e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b0382166024820152604401610978565b604051637852583360e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637852583390611bdf908890600401612c11565b6040805180830381865afa158015611bf9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c1d9190612c98565b9094509050611c7861ffff8216611c3c61014088016101208901612952565b6001600160401b0316611c4f9190612ccb565b7f0000000000000000000000000000000000000000000000000000000000000000612710612442565b92505050915091565b5f64ffffffffff821115611cb2576040516306dfcc6560e41b81526028600482015260248101839052604401610978565b5090565b611cc48484848460016124f2565b6108d757604051635274afe760e01b81526001600160a01b0385166004820152602401610978565b611cf46119fb565b6006805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586118f63390565b5f8260200151611d4d57611d468284608001518560600151612442565b90506107e1565b5f83604001516001600160d01b03169050611d718460800151828660600151612442565b6080850151611d8e90611d848685612b5a565b8760600151612442565b611d989190612b6d565b949350505050565b6001600160a01b038216611dc957604051634b637e8f60e11b81525f6004820152602401610978565b611947825f83611f0e565b5f6001600160f81b03821115611cb2576040516306dfcc6560e41b815260f8600482015260248101839052604401610978565b611e14838383600161255f565b61091057604051635274afe760e01b81526001600160a01b0384166004820152602401610978565b6001600160a01b038416611e655760405163e602df0560e01b81525f6004820152602401610978565b6001600160a01b038316611e8e57604051634a1406b160e11b81525f6004820152602401610978565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156108d757826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051611f0091815260200190565b60405180910390a350505050565b6001600160a01b03831615801590611f2e57506001600160a01b03821615155b8015611f3c575060ff5f5c16155b1561203d57611f496119fb565b6001600160a01b0383165f9081526007602052604090205460ff1615611f8d576040516327951b3f60e11b81526001600160a01b0384166004820152602401610978565b60405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015611ff1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120159190612b2b565b61203d576040516306bfa33560e01b81526001600160a01b0384166004820152602401610978565b6001600160a01b03821615612140576001600160a01b0382165f9081526007602052604090205460ff1615612090576040516327951b3f60e11b81526001600160a01b0383166004820152602401610978565b60405163b9209e3360e01b81526001600160a01b0383811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa1580156120f4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121189190612b2b565b612140576040516351f4ec8f60e11b81526001600160a01b0383166004820152602401610978565b61214b8383836125c1565b436001600160a01b0384161561219e5761219b8161217d866001600160a01b03165f9081526020819052604090205490565b6001600160a01b0387165f908152600a6020526040902091906126da565b50505b6001600160a01b038316156121f0576121ed816121cf856001600160a01b03165f9081526020819052604090205490565b6001600160a01b0386165f908152600a6020526040902091906126da565b50505b6001600160a01b038416158061220d57506001600160a01b038316155b156108d7576122308161222761222260025490565b6126f4565b600b91906126da565b505050505050565b6122428282610f95565b6119475760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610978565b60065460ff16611a1f57604051638dfc202b60e01b815260040160405180910390fd5b5f600182116122a1575090565b816001600160801b82106122ba5760809190911c9060401b5b6801000000000000000082106122d55760409190911c9060201b5b64010000000082106122ec5760209190911c9060101b5b6201000082106123015760109190911c9060081b5b61010082106123155760089190911c9060041b5b601082106123285760049190911c9060021b5b600482106123345760011b5b600302600190811c9081858161234c5761234c612ce2565b048201901c9050600181858161236457612364612ce2565b048201901c9050600181858161237c5761237c612ce2565b048201901c9050600181858161239457612394612ce2565b048201901c905060018185816123ac576123ac612ce2565b048201901c905060018185816123c4576123c4612ce2565b048201901c90506123e38185816123dd576123dd612ce2565b04821190565b90039392505050565b5f5b8183101561243a575f85815260209020838316600285851804019081015465ffffffffffff8681169116111561242657809250612434565b612431816001612b5a565b93505b506123ee565b509392505050565b5f5f5f61244f8686612727565b91509150815f036124735783818161246957612469612ce2565b04925050506108ac565b81841161248a5761248a6003851502601118612743565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661254e578383151615612542573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166125b55783831516156125a9573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b0383166125eb578060025f8282546125e09190612b5a565b9091555061265b9050565b6001600160a01b0383165f908152602081905260409020548181101561263d5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610978565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661267757600280548290039055612695565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516114dc91815260200190565b5f806126e7858585612754565b915091505b935093915050565b5f6001600160d01b03821115611cb2576040516306dfcc6560e41b815260d0600482015260248101839052604401610978565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b82545f908190801561284a575f612770876119cb600185612b6d565b805490915065ffffffffffff80821691600160301b90046001600160d01b03169088168211156127b357604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036127ec57825465ffffffffffff16600160301b6001600160d01b0389160217835561283c565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506126ec92505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816126ec565b5f602082840312156128b4575f5ffd5b81356001600160e01b0319811681146108ac575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610934575f5ffd5b5f5f60408385031215612925575f5ffd5b823561293081612900565b946020939093013593505050565b6001600160401b0381168114610934575f5ffd5b5f60208284031215612962575f5ffd5b81356108ac8161293e565b5f5f5f6060848603121561297f575f5ffd5b833561298a81612900565b9250602084013561299a81612900565b929592945050506040919091013590565b5f602082840312156129bb575f5ffd5b5035919050565b5f5f604083850312156129d3575f5ffd5b8235915060208301356129e581612900565b809150509250929050565b5f6101808284031215612a01575f5ffd5b50919050565b5f5f6101a08385031215612a19575f5ffd5b612a2384846129f0565b94610180939093013593505050565b5f6101808284031215612a43575f5ffd5b6108ac83836129f0565b5f60208284031215612a5d575f5ffd5b81356108ac81612900565b5f5f60408385031215612a79575f5ffd5b8235612a848161293e565b915060208301356129e581612900565b8015158114610934575f5ffd5b8035612aac81612a94565b919050565b5f5f60408385031215612ac2575f5ffd5b8235612acd81612900565b915060208301356129e581612a94565b5f5f60408385031215612aee575f5ffd5b8235612a8481612900565b600181811c90821680612b0d57607f821691505b602082108103612a0157634e487b7160e01b5f52602260045260245ffd5b5f60208284031215612b3b575f5ffd5b81516108ac81612a94565b634e487b7160e01b5f52601160045260245ffd5b808201808211156107e1576107e1612b46565b818103818111156107e1576107e1612b46565b6001600160401b039290921682526001600160a01b0316602082015260400190565b6001600160d01b0381811683821601908111156107e1576107e1612b46565b5f60208284031215612bd1575f5ffd5b81516108ac81612900565b805f5b60058110156108d7578135612bf38161293e565b6001600160401b031684526020938401939190910190600101612bdf565b8135815261018081016020830135612c288161293e565b6001600160401b031660208301526040838101359083015260608084013590830152608083013563ffffffff81168114612c60575f5ffd5b63ffffffff16608083015260a08381013590830152612c8160c08401612aa1565b151560c08301526107e160e0808401908501612bdc565b5f5f60408385031215612ca9575f5ffd5b8251612cb48161293e565b602084015190925061ffff811681146129e5575f5ffd5b80820281158282048414176107e1576107e1612b46565b634e487b7160e01b5f52601260045260245ffdfecab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709",
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
// the contract method with ID 0x61220134.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositPayout((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, uint256 amount) returns()
func (rWAToken *RWAToken) PackDepositPayout(d DisclosureRegistryDisclosure, amount *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("depositPayout", d, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositPayout is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61220134.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositPayout((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, uint256 amount) returns()
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
// the contract method with ID 0x62a65982.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint256 cap)
func (rWAToken *RWAToken) PackPayoutCap(d DisclosureRegistryDisclosure) []byte {
	enc, err := rWAToken.abi.Pack("payoutCap", d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62a65982.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint256 cap)
func (rWAToken *RWAToken) TryPackPayoutCap(d DisclosureRegistryDisclosure) ([]byte, error) {
	return rWAToken.abi.Pack("payoutCap", d)
}

// UnpackPayoutCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62a65982.
//
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d) view returns(uint256 cap)
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
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["NotThePoolsToken"].ID.Bytes()[:4]) {
		return rWAToken.UnpackNotThePoolsTokenError(raw[4:])
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

// RWATokenNotThePoolsToken represents a NotThePoolsToken error raised by the RWAToken contract.
type RWATokenNotThePoolsToken struct {
	Pool      *big.Int
	PoolToken common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotThePoolsToken(uint256 pool, address poolToken)
func RWATokenNotThePoolsTokenErrorID() common.Hash {
	return common.HexToHash("0x6a5a4e2fbab2f1bbd0a829f0d5480788a3ab8193102d7737c086abfa99b87ad4")
}

// UnpackNotThePoolsTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotThePoolsToken(uint256 pool, address poolToken)
func (rWAToken *RWAToken) UnpackNotThePoolsTokenError(raw []byte) (*RWATokenNotThePoolsToken, error) {
	out := new(RWATokenNotThePoolsToken)
	if err := rWAToken.abi.UnpackIntoInterface(out, "NotThePoolsToken", raw); err != nil {
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

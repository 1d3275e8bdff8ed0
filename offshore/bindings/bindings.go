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

// DisclosureRegistryGenesis is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryGenesis struct {
	Guardian  common.Address
	Operator  common.Address
	Committee []common.Address
	Threshold uint8
	Pools     []DisclosureRegistryGenesisPool
}

// DisclosureRegistryGenesisPolicy is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryGenesisPolicy struct {
	PolicyHash    *big.Int
	PayoutShareBp uint16
	Disclosed     uint8
}

// DisclosureRegistryGenesisPool is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryGenesisPool struct {
	Pool     *big.Int
	Config   DisclosureRegistryPoolConfig
	Policies []DisclosureRegistryGenesisPolicy
}

// DisclosureRegistryPending is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryPending struct {
	StructHash       [32]byte
	Acc              *big.Int
	Submitter        common.Address
	Next             uint32
	Since            *big.Int
	Epoch            uint64
	CommitteeVersion uint64
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

// RWATokenRoles is an auto generated low-level Go binding around an user-defined struct.
type RWATokenRoles struct {
	Admin      common.Address
	AdminDelay *big.Int
	Agent      common.Address
	Operator   common.Address
}

// DisclosureRegistryMetaData contains all meta data concerning the DisclosureRegistry contract.
var DisclosureRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint256\",\"name\":\"initialAccHash_\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"committee\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"},{\"internalType\":\"uint64\",\"name\":\"firstEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structDisclosureRegistry.PoolConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"disclosed\",\"type\":\"uint8\"}],\"internalType\":\"structDisclosureRegistry.GenesisPolicy[]\",\"name\":\"policies\",\"type\":\"tuple[]\"}],\"internalType\":\"structDisclosureRegistry.GenesisPool[]\",\"name\":\"pools\",\"type\":\"tuple[]\"}],\"internalType\":\"structDisclosureRegistry.Genesis\",\"name\":\"g\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"}],\"name\":\"BatchChunkCountInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"BatchChunkRootsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BatchEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"disclosures\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"signatures\",\"type\":\"uint256\"}],\"name\":\"BatchLengthsMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"}],\"name\":\"BatchVerifierMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"roots\",\"type\":\"uint256\"}],\"name\":\"ChunkCountInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"}],\"name\":\"ChunkListsInconsistent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"ChunkRootNotEpochRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ChunkRootsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CommitteeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"disclosed\",\"type\":\"uint256\"}],\"name\":\"DisclosedSetInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"DropBoundExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxDropBp\",\"type\":\"uint256\"}],\"name\":\"DropBoundInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"DuplicateEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"}],\"name\":\"EpochLengthInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"}],\"name\":\"EpochNotNext\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"GrowthBoundExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InitialAccHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NotDisclosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"PartOutOfOrder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chunks\",\"type\":\"uint256\"}],\"name\":\"PartRangeInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payoutShareBp\",\"type\":\"uint256\"}],\"name\":\"PayoutShareInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"current\",\"type\":\"uint64\"}],\"name\":\"PendingCommitteeChanged\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"until\",\"type\":\"uint256\"}],\"name\":\"PendingHeld\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pending\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"PendingMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolAlreadyConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolIdInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotConfigured\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProofLengthInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"RoleHolderZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"RootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundTooWide\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"SignaturesMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"}],\"name\":\"SuppressedWithFigures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdAboveSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdNotMajority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"actual\",\"type\":\"bytes32\"}],\"name\":\"VerifierKeyMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committeeVersion\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"prevPlusOne\",\"type\":\"uint64\"}],\"name\":\"DisclosureAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"DisclosurePartAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"disclosed\",\"type\":\"uint8\"}],\"name\":\"PolicyAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyDisallowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"PoolActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstEpoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"indexed\":false,\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"}],\"name\":\"PoolConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"indexed\":false,\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"}],\"name\":\"SanityBoundsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldVerifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newVerifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"}],\"name\":\"VerifierUpgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISCLOSURE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NUM_METRICS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PENDING_TIMEOUT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVENUE_METRIC\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"acceptance\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"activatePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"disclosed\",\"type\":\"uint8\"}],\"name\":\"allowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"membersHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"},{\"internalType\":\"uint64\",\"name\":\"firstEpoch\",\"type\":\"uint64\"}],\"internalType\":\"structDisclosureRegistry.PoolConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"configurePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"deactivatePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"disallowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosureDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialAccHash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"isMember\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"isStale\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"latestEpoch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"nextEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"pendingEpoch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"structHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"acc\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"next\",\"type\":\"uint32\"},{\"internalType\":\"uint48\",\"name\":\"since\",\"type\":\"uint48\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"committeeVersion\",\"type\":\"uint64\"}],\"internalType\":\"structDisclosureRegistry.Pending\",\"name\":\"p\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"policyTerms\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"},{\"internalType\":\"uint8\",\"name\":\"disclosed\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolInfo\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"firstEpoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"}],\"internalType\":\"structDisclosureRegistry.PoolView\",\"name\":\"v\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[7]\",\"name\":\"\",\"type\":\"uint256[7]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"bytes24\",\"name\":\"digest\",\"type\":\"bytes24\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"},{\"internalType\":\"uint16[5]\",\"name\":\"maxDropBp\",\"type\":\"uint16[5]\"}],\"name\":\"setSanityBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"structHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitDisclosurePart\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure[]\",\"name\":\"ds\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures\",\"type\":\"bytes[]\"}],\"name\":\"submitDisclosures\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitSingleChunkDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"newVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"expectedVkHash\",\"type\":\"bytes32\"}],\"name\":\"upgradeVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "dfecd1bcc31b4bbb1e7ea47b93da669ed8",
	Bin: "0x610180604052348015610010575f5ffd5b5060405161703338038061703383398101604081905261002f9161119d565b604080518082018252601c81527f72776162726964676520446973636c6f73757265526567697374727900000000602080830191909152825180840190935260018352603160f81b908301529084866001600160a01b0381166100ac57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100d55f82610341565b5050506100e7826103b060201b60201c565b610120526100f4816103b0565b61014052815160208084019190912060e052815190820120610100524660a05261018060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0528115806101a357505f516020616fd35f395f51905f528210155b156101c1576040516355f4ac5b60e11b815260040160405180910390fd5b80516001600160a01b03166101f85760405163082702fd60e31b81525f5160206170135f395f51905f5260048201526024016100a3565b60208101516001600160a01b03166102325760405163082702fd60e31b81525f516020616ff35f395f51905f5260048201526024016100a3565b6101608290528051610252905f5160206170135f395f51905f5290610341565b506102745f516020616ff35f395f51905f52826020015161034160201b60201c565b5061028d816040015182606001516103ed60201b60201c565b5f5b816080015151811015610337575f826080015182815181106102b3576102b36112a2565b602002602001015190506102d4815f0151826020015161064560201b60201c565b5f5b81604001515181101561032d575f826040015182815181106102fa576102fa6112a2565b60200260200101519050610324835f0151825f0151836020015184604001516108d160201b60201c565b506001016102d6565b505060010161028f565b505050505061153e565b5f8261039d575f61035a6002546001600160a01b031690565b6001600160a01b03161461038157604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6103a78383610a5f565b90505b92915050565b5f5f829050601f815111156103da578260405163305a27a960e01b81526004016100a391906112b6565b80516103e5826112eb565b179392505050565b81515f81900361041057604051633cabb6dd60e11b815260040160405180910390fd5b602081111561043c576040516349e0177360e11b815260048101829052602060248201526044016100a3565b8061044b60ff84166002611325565b1161047557604051636651fa8760e01b815260ff83166004820152602481018290526044016100a3565b808260ff1611156104a557604051637f52a08f60e01b815260ff83166004820152602481018290526044016100a3565b600f545f906104c39061010090046001600160401b0316600161133c565b90505f5b828110156105a6575f8582815181106104e2576104e26112a2565b602002602001015190505f6001600160a01b0316816001600160a01b0316036105215760405163de1954f360e01b8152600481018390526024016100a3565b6001600160a01b0381165f908152601060205260409020546001600160401b0380851691160361056f57604051637010e27960e11b81526001600160a01b03821660048201526024016100a3565b6001600160a01b03165f90815260106020526040902080546001600160401b0319166001600160401b0384161790556001016104c7565b50600f80546001600160481b0319166101006001600160401b0384160260ff19161760ff85161790556040516105e090859060200161135b565b60405160208183030381529060405280519060200120600e81905550806001600160401b03167fa62f8b9dcacd3d767d1b28369a5e9d0c17bc3f02e39982b0015c92d244adfd648585604051610637929190611399565b60405180910390a250505050565b811580610655575060f882901c15155b1561067657604051630101f5eb60e61b8152600481018390526024016100a3565b5f82815260066020526040902080546001600160a01b0316156106af5760405163e39fe01b60e01b8152600481018490526024016100a3565b81516001600160a01b03166106d75760405163089d0d2360e31b815260040160405180910390fd5b604082015163ffffffff1615806106fa575062100000826040015163ffffffff16115b1561072657604080830151905163f276071560e01b815263ffffffff90911660048201526024016100a3565b81518154604080850151600160b81b6001600160a01b039485166001600160b81b031990941693909317600160a01b62ffffff909216919091021760ff60b81b191691909117835560c08401515f868152600b602090815283822080546001600160401b0319166001600160401b039094169390931790925581860151600783529083902080546001600160a01b03191691851691909117905584518251634fe840f560e01b8152925187947fda8ed0fa8ccae9a7c64a397086f1a7dd9515c6143ec75199f4b0ec641dde574f94929390841692634fe840f592600480830193928290030181865afa15801561081e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061084291906113f2565b602086015160408088015160c089015160608a015160808b015160a08c015194516108709897969590611488565b60405180910390a261089683836060015184608001518560a00151610b0660201b60201c565b6040516001815283907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b69060200160405180910390a2505050565b5f848152600660205260409020546001600160a01b031661090857604051635f371c7b60e01b8152600481018590526024016100a3565b82158061092257505f516020616fd35f395f51905f528310155b1561094357604051636c1881d360e01b8152600481018490526024016100a3565b6127108261ffff161115610970576040516323a578db60e01b815261ffff831660048201526024016100a3565b60ff8116158061098657506007600582901c1615155b156109a957604051630739fffd60e31b815260ff821660048201526024016100a3565b604080516060810182526001815261ffff848116602080840182815260ff8781168688018181525f8d8152600c86528981208d82528652899020975188549451915162ffffff1990951690151562ffff0019161761010091909716029590951763ff00000019166301000000929091169190910217909355835190815291820152849186917fc48979f09545d57be8e3845cd6f19669436a665b70a45dd7c8d4553a041170ae910160405180910390a350505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610aff575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ab73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103aa565b505f6103aa565b5f80805b6005811015610c68575f868260058110610b2657610b266112a2565b60200201519050610b3682610ccc565b816001600160401b0316901c6001600160401b03165f14610b7c5760405163c20638c960e01b8152600481018390526001600160401b03821660248201526044016100a3565b612710858360058110610b9157610b916112a2565b602002015161ffff161115610bde5781858360058110610bb357610bb36112a2565b6020020151604051634457cc7560e11b8152600481019290925261ffff1660248201526044016100a3565b610be782610cea565b6001600160401b038216901b9390931792610c03826020611325565b868360058110610c1557610c156112a2565b602002015163ffffffff16901b9290921791610c32826010611325565b610c3d9060a06114f9565b858360058110610c4f57610c4f6112a2565b602002015161ffff16901b929092179150600101610b0a565b505f8681526008602090815260408083208590556009909152908190208290555186907f225adc9eb12b6a32b32b87550a2964d3e1162ec8ab0c5df4ec4dd234688f046390610cbc9088908890889061150c565b60405180910390a2505050505050565b5f610cd8826008611325565b641030404030901c60ff169050919050565b5f610cf6826008611325565b64e0b0703000901c60ff169050919050565b6001600160a01b0381168114610d1c575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715610d5557610d55610d1f565b60405290565b60405160e081016001600160401b0381118282101715610d5557610d55610d1f565b60405160a081016001600160401b0381118282101715610d5557610d55610d1f565b604051601f8201601f191681016001600160401b0381118282101715610dc757610dc7610d1f565b604052919050565b5f6001600160401b03821115610de757610de7610d1f565b5060051b60200190565b5f82601f830112610e00575f5ffd5b8151610e13610e0e82610dcf565b610d9f565b8082825260208201915060208360051b860101925085831115610e34575f5ffd5b602085015b83811015610e5a578051610e4c81610d08565b835260209283019201610e39565b5095945050505050565b805160ff81168114610e74575f5ffd5b919050565b805163ffffffff81168114610e74575f5ffd5b80516001600160401b0381168114610e74575f5ffd5b5f82601f830112610eb1575f5ffd5b610ebb60a0610d9f565b8060a0840185811115610ecc575f5ffd5b845b81811015610eed57610edf81610e8c565b845260209384019301610ece565b509095945050505050565b5f82601f830112610f07575f5ffd5b610f1160a0610d9f565b8060a0840185811115610f22575f5ffd5b845b81811015610eed57610f3581610e79565b845260209384019301610f24565b805161ffff81168114610e74575f5ffd5b5f82601f830112610f63575f5ffd5b610f6d60a0610d9f565b8060a0840185811115610f7e575f5ffd5b845b81811015610eed57610f9181610f43565b845260209384019301610f80565b5f82601f830112610fae575f5ffd5b8151610fbc610e0e82610dcf565b80828252602082019150602060608402860101925085831115610fdd575f5ffd5b602085015b83811015610e5a5760608188031215610ff9575f5ffd5b611001610d33565b8151815261101160208301610f43565b602082015261102260408301610e64565b60408201528352602090920191606001610fe2565b5f82601f830112611046575f5ffd5b8151611054610e0e82610dcf565b8082825260208201915060208360051b860101925085831115611075575f5ffd5b602085015b83811015610e5a5780516001600160401b03811115611097575f5ffd5b8601808803601f19016102a08112156110ae575f5ffd5b6110b6610d33565b60208301518152610260601f19830112156110cf575f5ffd5b6110d7610d5b565b915060408301516110e781610d08565b825260608301516110f781610d08565b602083015261110860808401610e79565b604083015261111a8a60a08501610ea2565b606083015261112d8a6101408501610ef8565b60808301526111408a6101e08501610f54565b60a08301526111526102808401610e8c565b60c083015260208101919091526102a0820151906001600160401b03821115611179575f5ffd5b6111888a602084860101610f9f565b6040820152855250506020928301920161107a565b5f5f5f5f608085870312156111b0575f5ffd5b84516111bb81610d08565b602086015190945065ffffffffffff811681146111d6575f5ffd5b6040860151606087015191945092506001600160401b038111156111f8575f5ffd5b850160a08188031215611209575f5ffd5b611211610d7d565b815161121c81610d08565b8152602082015161122c81610d08565b602082015260408201516001600160401b03811115611249575f5ffd5b61125589828501610df1565b60408301525061126760608301610e64565b606082015260808201516001600160401b03811115611284575f5ffd5b61129089828501611037565b60808301525094979396509194505050565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561130b575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176103aa576103aa611311565b6001600160401b0381811683821601908111156103aa576103aa611311565b81515f90829060208501835b8281101561138e5781516001600160a01b0316845260209384019390910190600101611367565b509195945050505050565b604080825283519082018190525f9060208501906060840190835b818110156113db5783516001600160a01b03168352602093840193909201916001016113b4565b5050809250505060ff831660208301529392505050565b5f60208284031215611402575f5ffd5b5051919050565b805f5b60058110156114345781516001600160401b031684526020938401939091019060010161140c565b50505050565b805f5b600581101561143457815163ffffffff1684526020938401939091019060010161143d565b805f5b600581101561143457815161ffff16845260209384019390910190600101611465565b6001600160a01b038981168252602082018990528716604082015263ffffffff861660608201526001600160401b038516608082015261028081016114d060a0830186611409565b6114de61014083018561143a565b6114ec6101e0830184611462565b9998505050505050505050565b808201808211156103aa576103aa611311565b6101e0810161151b8286611409565b61152860a083018561143a565b611536610140830184611462565b949350505050565b60805160a05160c05160e05161010051610120516101405161016051615a1e6115b55f395f818161064301528181610d2601528181611aad01528181613b200152613fa501525f61351901525f6134ee01525f6141f601525f6141ce01525f61412901525f61415301525f61417d0152615a1e5ff3fe608060405234801561000f575f5ffd5b5060043610610388575f3560e01c80638456cb59116101df578063a217fddf11610109578063cf6eefb7116100a9578063e4354df611610079578063e4354df6146109c5578063e54bc7d1146109d8578063f5b541a6146109e0578063f698da2514610a07575f5ffd5b8063cf6eefb71461094b578063d547741f14610979578063d602b9fd1461098c578063d864e74014610994575f5ffd5b8063bb36e169116100e4578063bb36e16914610911578063bb5a01851461091b578063cc8463c81461093b578063cefc142914610943575f5ffd5b8063a217fddf146108b7578063a230c524146108be578063a624a1df146108fe575f5ffd5b80638dd5c0d61161017f578063943125521161014f5780639431255214610843578063982169ff1461086a5780639abd9b051461087d578063a1eda53c14610890575f5ffd5b80638dd5c0d61461080257806391d148541461080a578063920d9a751461081d57806393789c6714610830575f5ffd5b806388a6bf5b116101ba57806388a6bf5b146107a35780638af4715c146107b65780638b9060d9146107f25780638da5cb5b146107fa575f5ffd5b80638456cb591461076f57806384b0196e1461077757806384ef8ffc14610792575f5ffd5b80633f4ba83a116102c0578063634e93da116102605780636c05ab08116102305780636c05ab08146106655780636e7d4019146106e757806377de3ed114610727578063785258331461073a575f5ffd5b8063634e93da14610605578063649a5ec71461061857806365f3aa5c1461062b578063672e75c21461063e575f5ffd5b80635a7cbf021161029b5780635a7cbf02146105cb5780635c975abb146105de5780635d17d596146105e95780635e03c1a7146105fc575f5ffd5b80633f4ba83a146105205780634a5f1f301461052857806353158fb61461053b575f5ffd5b80632379d9b61161032b5780632f2ff15d116103065780632f2ff15d146104bc578063342a7b01146104cf57806336568abe146104fa5780633890abd81461050d575f5ffd5b80632379d9b614610452578063248a9ca31461046557806324ea54f414610495575f5ffd5b80630aa6220b116103665780630aa6220b146103e55780631526fe27146103ed57806315ab9be01461040d5780632040828d14610420575f5ffd5b806301ffc9a71461038c578063022d63fb146103b457806308f747dd146103d0575b5f5ffd5b61039f61039a366004614a44565b610a0f565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff90911681526020016103ab565b6103e36103de366004614a6b565b610a39565b005b6103e3610a52565b6104006103fb366004614a6b565b610a67565b6040516103ab9190614afb565b6103e361041b366004614be4565b610c13565b61043361042e366004614a6b565b610dcc565b6040805192151583526001600160401b039091166020830152016103ab565b6103e3610460366004614c7a565b610e14565b610487610473366004614a6b565b5f9081526020819052604090206001015490565b6040519081526020016103ab565b6104877f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b6103e36104ca366004614caf565b610f76565b6104e26104dd366004614a6b565b610f9e565b6040516001600160401b0390911681526020016103ab565b6103e3610508366004614caf565b61105f565b6104e261051b366004614cdd565b611105565b6103e3611116565b610487610536366004614cdd565b611128565b61054e610549366004614a6b565b61113a565b6040516103ab91905f60e082019050825182526020830151602083015260018060a01b03604084015116604083015263ffffffff606084015116606083015265ffffffffffff60808401511660808301526001600160401b0360a08401511660a08301526001600160401b0360c08401511660c083015292915050565b6103e36105d9366004614d08565b611290565b60035460ff1661039f565b6103e36105f7366004614d7d565b611352565b610487610e1081565b6103e3610613366004614db5565b611368565b6103e3610626366004614dd0565b61137b565b6103e3610639366004614e35565b61138e565b6104877f000000000000000000000000000000000000000000000000000000000000000081565b6106c4610673366004614e84565b5f918252600c60209081526040808420928452918152918190208151606081018352905460ff8082161515808452610100830461ffff16958401869052630100000090920416919092018190529092565b60408051931515845261ffff909216602084015260ff16908201526060016103ab565b61070f6106f5366004614a6b565b60076020525f90815260409020546001600160a01b031681565b6040516001600160a01b0390911681526020016103ab565b610487610735366004614cdd565b6113db565b61074d610748366004614cdd565b6113e5565b604080516001600160401b03909316835261ffff9091166020830152016103ab565b6103e36114a2565b61077f6114d4565b6040516103ab9796959493929190614ed2565b6002546001600160a01b031661070f565b6103e36107b1366004614f68565b611516565b6107c96107c4366004614fb5565b61153d565b6040805167ffffffffffffffff1990931683526001600160401b039091166020830152016103ab565b610487600281565b61070f611570565b610487602081565b61039f610818366004614caf565b611588565b6103e361082b366004614fef565b6115b0565b6103e361083e366004614e84565b611918565b6104877fe9f787c978a9c6f2a0f7512540ae143fc1a489872d8bf743d7fe287b93c3851681565b6103e3610878366004615059565b6119ee565b6103e361088b366004614a6b565b611d2e565b610898611ddc565b6040805165ffffffffffff9384168152929091166020830152016103ab565b6104875f81565b61039f6108cc366004614db5565b600f546001600160a01b039091165f908152601060205260409020546001600160401b03908116610100909204161490565b61039f61090c366004614a6b565b611e2e565b6104876210000081565b61092e610929366004615124565b611f20565b6040516103ab919061519d565b6103b9611fea565b6103e3612048565b610953612087565b604080516001600160a01b03909316835265ffffffffffff9091166020830152016103ab565b6103e3610987366004614caf565b6120a8565b6103e36120d0565b600e54600f546040805192835260ff821660208401526101009091046001600160401b0316908201526060016103ab565b6103e36109d33660046151ab565b6120e2565b610487600581565b6104877f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b6104876122f7565b5f6001600160e01b031982166318a4c3c360e11b1480610a335750610a3382612300565b92915050565b5f610a4381612334565b610a4e82600161233e565b5050565b5f610a5c81612334565b610a646123cb565b50565b610a6f6149b2565b5f828152600660209081526040808320815160808101835290546001600160a01b0381168252600160a01b810462ffffff1682850152600160b81b810460ff16151582840152600160c01b90046001600160401b03166060820152858452600883528184205460099093529083205490925b6005811015610bb4576001610af5826123d7565b6001901b610b039190615238565b610b0c826123f5565b84901c168560a001518260058110610b2657610b2661524b565b6001600160401b0390921660209283029190910152610b4690829061525f565b82901c8560c001518260058110610b5f57610b5f61524b565b63ffffffff9092166020929092020152610b7a81601061525f565b610b859060a0615276565b82901c8560e001518260058110610b9e57610b9e61524b565b61ffff9092166020929092020152600101610ae1565b505081516001600160a01b0390811684525f85815260076020908152604080832054909316818701528085015162ffffff16838701529382015115156060860152948552600b90925250909120546001600160401b0316608082015290565b610c1b612413565b5f5f610c2687612437565b9092509050610c3b60a088016080890161529c565b63ffffffff16600114610c8657610c5860a088016080890161529c565b60405163b5e801ed60e01b815263ffffffff9091166004820152600160248201526044015b60405180910390fd5b60408051606089013560208201525f91016040516020818303038152906040528051906020012090508760a001358114610ce05760405163ceee09eb60e01b815260a0890135600482015260248101829052604401610c7d565b5f610cea89612866565b9050610cff610cf882612902565b878761292e565b610d07614a08565b893581526040808b01356020808401919091526060808d0135838501527f00000000000000000000000000000000000000000000000000000000000000009084015285015160011760a0830152845160c08301525163598da1d160e01b81526001600160a01b0386169063598da1d190610d89908c908c9086906004016152dd565b5f6040518083038186803b158015610d9f575f5ffd5b505afa158015610db1573d5f5f3e3d5ffd5b50505050610dc08a8386612b95565b50505050505050505050565b5f818152600660205260408120548190600160c01b90046001600160401b0316808203610dfe57505f93849350915050565b6001610e0a8183615309565b9250925050915091565b5f610e1e81612334565b5f84815260066020526040902080546001600160a01b031680610e5757604051635f371c7b60e01b815260048101879052602401610c7d565b6001600160a01b038516610e7e5760405163089d0d2360e31b815260040160405180910390fd5b5f856001600160a01b0316634fe840f56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610ebb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610edf9190615328565b9050848114610f0b5760405163f431d92b60e01b81526004810186905260248101829052604401610c7d565b82546001600160a01b0319166001600160a01b038781169182178555604080519185168252602082019290925290810182905287907fbec357a9b4316a493cf91b266e1a29060a477d4a4740c977a02010b2b1c0be419060600160405180910390a250505050505050565b81610f9457604051631fe1e13d60e11b815260040160405180910390fd5b610a4e8282612d5e565b5f818152600660209081526040808320815160808101835290546001600160a01b038116808352600160a01b820462ffffff1694830194909452600160b81b810460ff16151592820192909252600160c01b9091046001600160401b031660608201529061102257604051635f371c7b60e01b815260048101849052602401610c7d565b80606001516001600160401b03165f03611052575f838152600b60205260409020546001600160401b0316611058565b80606001515b9392505050565b8115801561107a57506002546001600160a01b038281169116145b156110fb575f5f611089612087565b90925090506001600160a01b0382161515806110ab575065ffffffffffff8116155b806110be57504265ffffffffffff821610155b156110e6576040516319ca5ebb60e01b815265ffffffffffff82166004820152602401610c7d565b50506001805465ffffffffffff60a01b191690555b610a4e8282612d82565b5f61110f826113e5565b5092915050565b5f61112081612334565b610a64612db5565b5f610a3361113583612866565b612902565b6040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152505f818152601160209081526040808320815160e0810183528154815260018201548185015260028201546001600160a01b0381168285015263ffffffff600160a01b820416606083015265ffffffffffff600160c01b918290041660808301526003909201546001600160401b0380821660a0840152600160401b909104811660c0830152868652600690945291842054919391049091169081900361122f575f838152600b60205260409020546001600160401b0316611231565b805b6001600160401b03168260a001516001600160401b03161461128a576040805160e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810191909152611058565b50919050565b5f61129a81612334565b5f858152600660205260409020546001600160a01b03166112d157604051635f371c7b60e01b815260048101869052602401610c7d565b61134b858560058060200260405190810160405280929190826005602002808284375f92019190915250506040805160a08181019092529150879060059083908390808284375f92019190915250506040805160a08181019092529150879060059083908390808284375f92019190915250612e07915050565b5050505050565b5f61135c81612334565b61134b85858585612fcd565b5f61137281612334565b610a4e8261316e565b5f61138581612334565b610a4e826131e0565b5f61139881612334565b6113d58484808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525086925061324f915050565b50505050565b5f610a3382612866565b80355f908152600d6020908152604080832083928392839161140b91880190880161533f565b6001600160401b0316815260208101919091526040015f20549050801580611449575061143784612866565b67ffffffffffffffff19828116911614155b1561148b578335611460604086016020870161533f565b604051634a34b50960e11b815260048101929092526001600160401b03166024820152604401610c7d565b65ffffffffffff81169460309190911c9350915050565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a50416114cc81612334565b610a646134aa565b5f6060805f5f5f60606114e56134e7565b6114ed613512565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f61152081612334565b61153883611533368590038501856154b0565b61353d565b505050565b5f828152600d602090815260408083206001600160401b038516845290915290205465ffffffffffff81165b9250929050565b5f6115836002546001600160a01b031690565b905090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6115b8612413565b5f5f6115c387612437565b915091505f6115d38888886137bc565b90505f6115df89612866565b90505f6115fb8a8a8a6115f58e878e8e8e6139fd565b88613c5d565b9050826001036116ac576001600160a01b03851663598da1d161162160408c018c61554d565b5f8181106116315761163161524b565b90506020028101906116439190615592565b845f815181106116555761165561524b565b60200260200101516040518463ffffffff1660e01b815260040161167b939291906152dd565b5f6040518083038186803b158015611691575f5ffd5b505afa1580156116a3573d5f5f3e3d5ffd5b50505050611714565b6001600160a01b038516636b9325976116c860408c018c61554d565b846040518463ffffffff1660e01b81526004016116e793929190615619565b5f6040518083038186803b1580156116fd575f5ffd5b505afa15801561170f573d5f5f3e3d5ffd5b505050505b5f61171f848a615276565b905061173160a08c0160808d0161529c565b63ffffffff168103611753576117488b8487612b95565b50505050505061134b565b6040518060e001604052808481526020018b8060200190611774919061554d565b61177f600189615238565b81811061178e5761178e61524b565b905060200201358152602001336001600160a01b031681526020018263ffffffff1681526020014265ffffffffffff1681526020018c60200160208101906117d6919061533f565b6001600160401b039081168252600f54610100900481166020928301528d355f9081526011835260409081902084518155848401516001820155848201516002820180546060880151608089015165ffffffffffff16600160c01b0265ffffffffffff60c01b1963ffffffff909216600160a01b026001600160c01b03199093166001600160a01b0390951694909417919091171691909117905560a08501516003909101805460c0909601518416600160401b026fffffffffffffffffffffffffffffffff19909616919093161793909317905533916118bc91908e01908e0161533f565b6001600160401b03168c5f01357fcd03d79956e88791010432801a1e897f71c0a1f7d6bac0712cea67d9980f79ff8c85604051611903929190918252602082015260400190565b60405180910390a45050505050505050505050565b5f61192281612334565b5f838152600660205260409020546001600160a01b031661195957604051635f371c7b60e01b815260048101849052602401610c7d565b5f838152600c6020908152604080832085845290915290205460ff1661199c576040516303cafffb60e31b81526004810184905260248101839052604401610c7d565b5f838152600c60209081526040808320858452909152808220805463ffffffff1916905551839185917fdbca4854e02cebfc766e10f7a07a22ad85c504b62a465219ca8443a564b215389190a3505050565b6119f6612413565b845f819003611a185760405163143a603360e21b815260040160405180910390fd5b8381141580611a275750818114155b15611a5657604051634e3fa3f760e11b8152600481018290526024810185905260448101839052606401610c7d565b5f816001600160401b03811115611a6f57611a6f615358565b604051908082528060200260200182016040528015611aa857816020015b611a95614a08565b815260200190600190039081611a8d5790505b5090507f00000000000000000000000000000000000000000000000000000000000000005f805b84811015611cc557368b8b83818110611aea57611aea61524b565b9050610180020190505f5f611afe83612437565b91509150835f03611b1157819450611b5d565b846001600160a01b0316826001600160a01b031614611b5d57604051631c73e8c160e21b8152600481018590526001600160a01b03808416602483015286166044820152606401610c7d565b611b6d60a084016080850161529c565b63ffffffff16600114611bb35783611b8b60a085016080860161529c565b604051636f9e4d8760e01b8152600481019290925263ffffffff166024820152604401610c7d565b60408051606085013560208201525f91016040516020818303038152906040528051906020012090508360a001358114611c1457604051637e2d6f6b60e11b81526004810186905260a0850135602482015260448101829052606401610c7d565b5f611c1e85612866565b9050611c55611c2c82612902565b8d8d89818110611c3e57611c3e61524b565b9050602002810190611c509190615592565b61292e565b5f898781518110611c6857611c6861524b565b60209081029190910181015187358152604080890135828401526060808a01359183019190915281018b90529085015160011760a0820152845160c08201529050611cb4868386612b95565b505050505050806001019050611acf565b50604051636b93259760e01b81526001600160a01b03821690636b93259790611cf6908b908b908890600401615619565b5f6040518083038186803b158015611d0c575f5ffd5b505afa158015611d1e573d5f5f3e3d5ffd5b5050505050505050505050505050565b611d587f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92933611588565b158015611d8c5750611d8a7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504133611588565b155b15611dd25760405163e2517d3f60e01b81523360048201527f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9296024820152604401610c7d565b610a64815f61233e565b6002545f90600160d01b900465ffffffffffff168015158015611e0757504265ffffffffffff821610155b611e12575f5f611e26565b600254600160a01b900465ffffffffffff16815b915091509091565b5f818152600660209081526040808320815160808101835290546001600160a01b038116808352600160a01b820462ffffff1694830194909452600160b81b810460ff16151592820192909252600160c01b9091046001600160401b0316606082015290611eb257604051635f371c7b60e01b815260048101849052602401610c7d565b5f81606001516001600160401b03165f03611ee3575f848152600b60205260409020546001600160401b0316611ee9565b81606001515b6001600160401b03169050816020015162ffffff16816001611f0b9190615276565b611f15919061525f565b421015949350505050565b611f28614a08565b611f328484613e44565b5f805b6005811015611f8757611f47816123f5565b8660e0018260058110611f5c57611f5c61524b565b602002016020810190611f6f919061533f565b6001600160401b0316901b9190911790600101611f35565b5084355f90815260066020908152604080832054600c8352818420828a01358552909252822054611fd1918891600160a01b90910462ffffff16906301000000900460ff16613ec2565b9050611fe08686868486613f1b565b9695505050505050565b6002545f90600160d01b900465ffffffffffff16801515801561201457504265ffffffffffff8216105b61202f57600154600160d01b900465ffffffffffff16612042565b600254600160a01b900465ffffffffffff165b91505090565b5f612051612087565b509050336001600160a01b0382161461207f57604051636116401160e11b8152336004820152602401610c7d565b610a64614059565b6001546001600160a01b03811691600160a01b90910465ffffffffffff1690565b816120c657604051631fe1e13d60e11b815260040160405180910390fd5b610a4e82826140ef565b5f6120da81612334565b610a64614113565b6120ea612413565b5f5f6120f586612437565b915091506121038686613e44565b5f61210d87612866565b905061212261211b82612902565b868661292e565b5f61212d878061554d565b905090505f816001600160401b0381111561214a5761214a615358565b60405190808252806020026020018201604052801561218357816020015b612170614a08565b8152602001906001900390816121685790505b5090505f5b828110156121c9576121a48a8a838860200151895f0151613f1b565b8282815181106121b6576121b661524b565b6020908102919091010152600101612188565b5081600103612279576001600160a01b03851663598da1d16121ee60408b018b61554d565b5f8181106121fe576121fe61524b565b90506020028101906122109190615592565b845f815181106122225761222261524b565b60200260200101516040518463ffffffff1660e01b8152600401612248939291906152dd565b5f6040518083038186803b15801561225e575f5ffd5b505afa158015612270573d5f5f3e3d5ffd5b505050506122e1565b6001600160a01b038516636b93259761229560408b018b61554d565b846040518463ffffffff1660e01b81526004016122b493929190615619565b5f6040518083038186803b1580156122ca575f5ffd5b505afa1580156122dc573d5f5f3e3d5ffd5b505050505b6122ec898486612b95565b505050505050505050565b5f61158361411d565b5f6001600160e01b03198216637965db0b60e01b1480610a3357506301ffc9a760e01b6001600160e01b0319831614610a33565b610a648133614246565b5f82815260066020526040902080546001600160a01b031661237657604051635f371c7b60e01b815260048101849052602401610c7d565b805460ff60b81b1916600160b81b83151590810291909117825560405190815283907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b6906020015b60405180910390a2505050565b6123d55f5f61427f565b565b5f6123e382600861525f565b641030404030901c60ff169050919050565b5f61240182600861525f565b64e0b0703000901c60ff169050919050565b60035460ff16156123d55760405163d93c066560e01b815260040160405180910390fd5b60408051608080820183525f80835260208084018290528385018290526060808501839052863583526006825285832086519485018752546001600160a01b0381168552600160a01b810462ffffff1692850192909252600160b81b820460ff161515958401869052600160c01b9091046001600160401b031690830152926124d5576040516268d63360e21b815284356004820152602401610c7d565b83355f908152600c602090815260408083208188013584528252918290208251606081018452905460ff808216151580845261ffff610100840416948401949094526301000000909104169281019290925261255157604080516303cafffb60e31b815286356004820152908601356024820152604401610c7d565b5f826020015162ffffff1686602001602081019061256f919061533f565b612583906001600160401b03166001615276565b61258d919061525f565b9050804210156125d3576125a7604087016020880161533f565b604051631131cf2b60e11b81526001600160401b03909116600482015260248101829052604401610c7d565b5f83606001516001600160401b03165f036126065786355f908152600b60205260409020546001600160401b031661260c565b83606001515b90506001600160401b0381166126286040890160208a0161533f565b6001600160401b0316146126f05786355f908152600d602090815260408083209291612658918b01908b0161533f565b6001600160401b0316815260208101919091526040015f2054156126b35786356126886040890160208a0161533f565b60405163a4290f1b60e01b815260048101929092526001600160401b03166024820152604401610c7d565b6126c3604088016020890161533f565b604051633080f52360e01b81526001600160401b0391821660048201529082166024820152604401610c7d565b86606001355f036127145760405163b263ae7360e01b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187606001351061275e576040516307ced7b360e51b815260608801356004820152602401610c7d565b61276e60e0880160c089016156c0565b15612816575f5b6005811015612810578760e00181600581106127935761279361524b565b6020020160208101906127a6919061533f565b6001600160401b03161561280857808860e00182600581106127ca576127ca61524b565b6020020160208101906127dd919061533f565b6040516301b0311b60e01b815260048101929092526001600160401b03166024820152604401610c7d565b600101612775565b5061282c565b61282487846040015161433e565b604087015285525b61284487856020015162ffffff168560400151613ec2565b602080870191909152929092015161ffff166060850152505051939092509050565b5f7fe9f787c978a9c6f2a0f7512540ae143fc1a489872d8bf743d7fe287b93c38516823561289a604085016020860161533f565b604085013560608601356128b460a088016080890161529c565b60a08801356128c960e08a0160c08b016156c0565b8960e0016040516020016128e599989796959493929190615712565b604051602081830303815290604052805190602001209050919050565b5f610a3361290e61411d565b8360405161190160f01b8152600281019290925260228201526042902090565b612939604182615788565b1561295d5760405160016265861160e01b0319815260048101829052602401610c7d565b5f61296960418361579b565b600f5490915060ff168082101561299d576040516378f4355360e11b81526004810183905260248101829052604401610c7d565b600f5461010090046001600160401b03165f805b84811015612b8b575f87876129c784604161525f565b906129d385604161525f565b6129de906020615276565b926129eb939291906157ae565b6129f4916157d5565b90505f8888612a0485604161525f565b612a0f906020615276565b90612a1b86604161525f565b612a26906040615276565b92612a33939291906157ae565b612a3c916157d5565b90505f8989612a4c86604161525f565b612a57906040615276565b818110612a6657612a6661524b565b919091013560f81c91505f905080612a808d8487876145c0565b5090925090506003816003811115612a9a57612a9a6157f2565b03612abb5760405163021bd57160e21b815260048101879052602401610c7d565b5f816003811115612ace57612ace6157f2565b14612aef5760405163c7e1c19760e01b815260048101879052602401610c7d565b6001600160a01b0382165f908152601060205260409020546001600160401b03898116911614612b44576040516335f8d42960e01b8152600481018790526001600160a01b0383166024820152604401610c7d565b866001600160a01b0316826001600160a01b031611612b795760405163590a84f760e01b815260048101879052602401610c7d565b50945050600190920191506129b19050565b5050505050505050565b606081015183355f908152600d602090815260408083204360309590951b67ffff0000000000001667ffffffffffffffff1988161794909417939291612bdf91880190880161533f565b6001600160401b03908116825260208083019390935260409182015f9081209490945586358452600683529281902054600160c01b900490921691612c299190860190860161533f565b612c34906001615806565b84355f90815260066020526040902080546001600160401b0392909216600160c01b026001600160c01b03909216919091179055612c7860e0850160c086016156c0565b158015612c99575060408083015185355f908152600a602052919091205414155b15612cb55760408083015185355f908152600a60205291909120555b33612cc6604086016020870161533f565b6001600160401b031685357f2485304261557c3bbe8e6fb8dbf97fe10458877744ec1a5b36c796759c9b129560408801356060890135612d0c60a08b0160808c0161529c565b60a08b0135612d2160e08d0160c08e016156c0565b8c60e001600f60019054906101000a90046001600160401b03168b604051612d50989796959493929190615825565b60405180910390a450505050565b5f82815260208190526040902060010154612d7881612334565b6113d58383614688565b6001600160a01b0381163314612dab5760405163334bd91960e11b815260040160405180910390fd5b61153882826146ee565b612dbd61472a565b6003805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f80805b6005811015612f69575f868260058110612e2757612e2761524b565b60200201519050612e37826123d7565b816001600160401b0316901c6001600160401b03165f14612e7d5760405163c20638c960e01b8152600481018390526001600160401b0382166024820152604401610c7d565b612710858360058110612e9257612e9261524b565b602002015161ffff161115612edf5781858360058110612eb457612eb461524b565b6020020151604051634457cc7560e11b8152600481019290925261ffff166024820152604401610c7d565b612ee8826123f5565b6001600160401b038216901b9390931792612f0482602061525f565b868360058110612f1657612f1661524b565b602002015163ffffffff16901b9290921791612f3382601061525f565b612f3e9060a0615276565b858360058110612f5057612f5061524b565b602002015161ffff16901b929092179150600101612e0b565b505f8681526008602090815260408083208590556009909152908190208290555186907f225adc9eb12b6a32b32b87550a2964d3e1162ec8ab0c5df4ec4dd234688f046390612fbd90889088908890615889565b60405180910390a2505050505050565b5f848152600660205260409020546001600160a01b031661300457604051635f371c7b60e01b815260048101859052602401610c7d565b82158061303157507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018310155b1561305257604051636c1881d360e01b815260048101849052602401610c7d565b6127108261ffff16111561307f576040516323a578db60e01b815261ffff83166004820152602401610c7d565b60ff8116158061309557506007600582901c1615155b156130b857604051630739fffd60e31b815260ff82166004820152602401610c7d565b604080516060810182526001815261ffff848116602080840182815260ff8781168688018181525f8d8152600c86528981208d82528652899020975188549451915162ffffff1990951690151562ffff0019161761010091909716029590951763ff00000019166301000000929091169190910217909355835190815291820152849186917fc48979f09545d57be8e3845cd6f19669436a665b70a45dd7c8d4553a041170ae910160405180910390a350505050565b5f613177611fea565b6131804261474d565b61318a91906158b3565b90506131968282614783565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f6131ea82614800565b6131f34261474d565b6131fd91906158b3565b9050613209828261427f565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b81515f81900361327257604051633cabb6dd60e11b815260040160405180910390fd5b602081111561329e576040516349e0177360e11b81526004810182905260206024820152604401610c7d565b806132ad60ff8416600261525f565b116132d757604051636651fa8760e01b815260ff8316600482015260248101829052604401610c7d565b808260ff16111561330757604051637f52a08f60e01b815260ff8316600482015260248101829052604401610c7d565b600f545f906133259061010090046001600160401b03166001615806565b90505f5b82811015613409575f8582815181106133445761334461524b565b602002602001015190505f6001600160a01b0316816001600160a01b0316036133835760405163de1954f360e01b815260048101839052602401610c7d565b6001600160a01b0381165f908152601060205260409020546001600160401b038085169116036133d157604051637010e27960e11b81526001600160a01b0382166004820152602401610c7d565b6001600160a01b03165f908152601060205260409020805467ffffffffffffffff19166001600160401b038416179055600101613329565b50600f805468ffffffffffffffffff19166101006001600160401b0384160260ff19161760ff85161790556040516134459085906020016158d1565b60405160208183030381529060405280519060200120600e81905550806001600160401b03167fa62f8b9dcacd3d767d1b28369a5e9d0c17bc3f02e39982b0015c92d244adfd64858560405161349c92919061590f565b60405180910390a250505050565b6134b2612413565b6003805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258612dea3390565b60606115837f0000000000000000000000000000000000000000000000000000000000000000614847565b60606115837f0000000000000000000000000000000000000000000000000000000000000000614847565b81158061354d575060f882901c15155b1561356e57604051630101f5eb60e61b815260048101839052602401610c7d565b5f82815260066020526040902080546001600160a01b0316156135a75760405163e39fe01b60e01b815260048101849052602401610c7d565b81516001600160a01b03166135cf5760405163089d0d2360e31b815260040160405180910390fd5b604082015163ffffffff1615806135f2575062100000826040015163ffffffff16115b1561361e57604080830151905163f276071560e01b815263ffffffff9091166004820152602401610c7d565b81518154604080850151600160b81b6001600160a01b039485166001600160b81b031990941693909317600160a01b62ffffff909216919091021760ff60b81b191691909117835560c08401515f868152600b6020908152838220805467ffffffffffffffff19166001600160401b039094169390931790925581860151600783529083902080546001600160a01b03191691851691909117905584518251634fe840f560e01b8152925187947fda8ed0fa8ccae9a7c64a397086f1a7dd9515c6143ec75199f4b0ec641dde574f94929390841692634fe840f592600480830193928290030181865afa158015613717573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061373b9190615328565b602086015160408088015160c089015160608a015160808b015160a08c015194516137699897969590615968565b60405180910390a261378983836060015184608001518560a00151612e07565b6040516001815283907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b6906020016123be565b5f806137c8848061554d565b91506137dc905060a086016080870161529c565b63ffffffff16158061380357506137f960a086016080870161529c565b63ffffffff168114155b156138415761381860a086016080870161529c565b60405163b5e801ed60e01b815263ffffffff909116600482015260248101829052604401610c7d565b61384e604085018561554d565b92505081158061385e5750808310155b80613871575061386e8382615238565b82115b156138a05760405163529f162960e11b8152600481018490526024810183905260448101829052606401610c7d565b806138ab8385615276565b146138b657816138c1565b6138c1600183615238565b6138ce602086018661554d565b90501461390d57806138e3602086018661554d565b604051632681a74160e21b8152600481019390935260248301525060448101839052606401610c7d565b5f613918858061554d565b6040516020016139299291906159d9565b6040516020818303038152906040528051906020012090508560a0013581146139725760405163ceee09eb60e01b815260a0870135600482015260248101829052604401610c7d565b8160011480156139a65750606086013561398c868061554d565b5f81811061399c5761399c61524b565b9050602002013514155b156139f4576139b5858061554d565b5f8181106139c5576139c561524b565b60405163220abd9160e11b81526020909102929092013560048301525060608701356024820152604401610c7d565b50509392505050565b84355f908152601160205260408120848203613b4757805415801590613a425750613a2e604088016020890161533f565b60038201546001600160401b039081169116145b8015613a6c5750600f546003820154600160401b90046001600160401b0390811661010090920416145b8015613a85575060028101546001600160a01b03163314155b8015613ab057506002810154613aad90610e1090600160c01b900465ffffffffffff16615276565b42105b15613b0b5760028101546001600160a01b03811690613ae190610e1090600160c01b900465ffffffffffff16615276565b60405163168600a960e11b81526001600160a01b0390921660048301526024820152604401610c7d565b613b1e613b1787612902565b858561292e565b7f0000000000000000000000000000000000000000000000000000000000000000915050613c54565b80548614613b75578054604051635e7ca0ad60e01b8152600481019190915260248101879052604401610c7d565b6002810154600160a01b900463ffffffff168514613bc157600281015460405163fe747dd960e01b815260048101879052600160a01b90910463ffffffff166024820152604401610c7d565b600f546003820154600160401b90046001600160401b039081166101009092041614613c28576003810154600f5460405163364fcf5160e21b8152600160401b9092046001600160401b039081166004840152610100909104166024820152604401610c7d565b8215613c4d5760405160016265861160e01b0319815260048101849052602401610c7d565b6001015490505b95945050505050565b60605f613c6a868061554d565b9150613c7b9050604087018761554d565b90506001600160401b03811115613c9457613c94615358565b604051908082528060200260200182016040528015613ccd57816020015b613cba614a08565b815260200190600190039081613cb25790505b5091505f5b8251811015613e39575f613ce68288615276565b90505f848381518110613cfb57613cfb61524b565b6020908102919091018101518b35815260408c0135918101919091529050613d23898061554d565b83818110613d3357613d3361524b565b9050602002013581600260078110613d4d57613d4d61524b565b60200201528215613d8b57613d6560208a018a61554d565b613d70600186615238565b818110613d7f57613d7f61524b565b90506020020135613d8d565b865b606082015283613d9e836001615276565b03613dd557600282901b86602001511760011781600560078110613dc457613dc461524b565b6020020152855160c0820152613e2f565b613de260208a018a61554d565b84818110613df257613df261524b565b9050602002013581600460078110613e0c57613e0c61524b565b6020908102919091019190915286015160021916600283901b1781600560200201525b5050600101613cd2565b505095945050505050565b613e4e818061554d565b9050613e5d604083018361554d565b905014613eb757613e6e818061554d565b9050613e7d602083018361554d565b9050613e8c604084018461554d565b604051632681a74160e21b815260048101949094526024840192909252506044820152606401610c7d565b61153882825f6137bc565b5f60ff60771b607783901b16606284901b6022613ee5604088016020890161533f565b6001600160401b0316901b613f0060e0880160c089016156c0565b613f0a575f613f0d565b60025b60ff16171717949350505050565b613f23614a08565b8535815260408601356020820152613f3b858061554d565b85818110613f4b57613f4b61524b565b9050602002013581600260078110613f6557613f6561524b565b60200201528315613fa357613f7d602086018661554d565b613f88600187615238565b818110613f9757613f9761524b565b90506020020135613fc5565b7f00000000000000000000000000000000000000000000000000000000000000005b6060820152613fd4858061554d565b9050613fe1856001615276565b0361400157600284901b831760011760a082015260c08101829052613c54565b61400e602086018661554d565b8581811061401e5761401e61524b565b90506020020135816004600781106140385761403861524b565b60200201526002198316600285901b17816005602002015295945050505050565b5f5f614063612087565b915091506140788165ffffffffffff16151590565b158061408c57504265ffffffffffff821610155b156140b4576040516319ca5ebb60e01b815265ffffffffffff82166004820152602401610c7d565b6140cf5f6140ca6002546001600160a01b031690565b6146ee565b506140da5f83614688565b5050600180546001600160d01b031916905550565b5f8281526020819052604090206001015461410981612334565b6113d583836146ee565b6123d55f5f614783565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561417557507f000000000000000000000000000000000000000000000000000000000000000046145b1561419f57507f000000000000000000000000000000000000000000000000000000000000000090565b611583604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b6142508282611588565b610a4e5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610c7d565b600254600160d01b900465ffffffffffff168015614301574265ffffffffffff821610156142d857600254600180546001600160d01b0316600160a01b90920465ffffffffffff16600160d01b02919091179055614301565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff948516026001600160d01b031617600160d01b9290931691909102919091179055565b81355f908152600860209081526040808320546009835281842054600a9093529083205491835b60058110156145b6575f8760e00182600581106143845761438461524b565b602002016020810190614397919061533f565b90505f6143a3836123f5565b90505f60016143b1856123d7565b6001901b6143bf9190615238565b905085821c81166001600160401b03808216908516111561440d576040516351f1193b60e01b8152600481018690526001600160401b03808616602483015282166044820152606401610c7d565b6001600160401b038416831b9890981797600160ff8b16861c165f0361443657505050506145ae565b87831c82166001600160401b03811615614582575f61271061445988602061525f565b89901c63ffffffff16836001600160401b0316614476919061525f565b614480919061579b565b614493906001600160401b038416615276565b905080866001600160401b031611156144e05760405163b2504aed60e01b8152600481018890526001600160401b0380881660248301528316604482015260648101829052608401610c7d565b5f6127106144ef89601061525f565b6144fa9060a0615276565b8a901c61ffff16846001600160401b0316614515919061525f565b61451f919061579b565b614532906001600160401b038516615238565b905080876001600160401b0316101561457f5760405163051a59ff60e01b8152600481018990526001600160401b0380891660248301528416604482015260648101829052608401610c7d565b50505b6001600160401b038516156145a85782841b19989098166001600160401b038516841b17975b50505050505b600101614365565b5050509250929050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156145f957505f9150600390508261467e565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561464a573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661467557505f92506001915082905061467e565b92505f91508190505b9450945094915050565b5f826146e4575f6146a16002546001600160a01b031690565b6001600160a01b0316146146c857604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6110588383614884565b5f8215801561470a57506002546001600160a01b038381169116145b1561472057600280546001600160a01b03191690555b6110588383614913565b60035460ff166123d557604051638dfc202b60e01b815260040160405180910390fd5b5f65ffffffffffff82111561477f576040516306dfcc6560e41b81526030600482015260248101839052604401610c7d565b5090565b5f61478c612087565b6001805465ffffffffffff8616600160a01b026001600160d01b03199091166001600160a01b0388161717905591506147ce90508165ffffffffffff16151590565b15611538576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61480a611fea565b90508065ffffffffffff168365ffffffffffff16116148325761482d8382615a00565b611058565b61105865ffffffffffff84166206978061497c565b60605f6148538361498b565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f61488f8383611588565b61490c575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556148c43390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610a33565b505f610a33565b5f61491e8383611588565b1561490c575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610a33565b5f828218828410028218611058565b5f60ff8216601f811115610a3357604051632cd44ac360e21b815260040160405180910390fd5b60408051610100810182525f8082526020820181905291810182905260608101829052608081019190915260a081016149e9614a26565b81526020016149f6614a26565b8152602001614a03614a26565b905290565b6040518060e001604052806007906020820280368337509192915050565b6040518060a001604052806005906020820280368337509192915050565b5f60208284031215614a54575f5ffd5b81356001600160e01b031981168114611058575f5ffd5b5f60208284031215614a7b575f5ffd5b5035919050565b805f5b60058110156113d55781516001600160401b0316845260209384019390910190600101614a85565b805f5b60058110156113d557815163ffffffff16845260209384019390910190600101614ab0565b805f5b60058110156113d557815161ffff16845260209384019390910190600101614ad8565b81516001600160a01b0390811682526020808401519091169082015260408083015163ffffffff1690820152606080830151610280830191614b409084018215159052565b506080830151614b5b60808401826001600160401b03169052565b5060a0830151614b6e60a0840182614a82565b5060c0830151614b82610140840182614aad565b5060e083015161110f6101e0840182614ad5565b5f610180828403121561128a575f5ffd5b5f5f83601f840112614bb7575f5ffd5b5081356001600160401b03811115614bcd575f5ffd5b602083019150836020828501011115611569575f5ffd5b5f5f5f5f5f6101c08688031215614bf9575f5ffd5b614c038787614b96565b94506101808601356001600160401b03811115614c1e575f5ffd5b614c2a88828901614ba7565b9095509350506101a08601356001600160401b03811115614c49575f5ffd5b614c5588828901614ba7565b969995985093965092949392505050565b6001600160a01b0381168114610a64575f5ffd5b5f5f5f60608486031215614c8c575f5ffd5b833592506020840135614c9e81614c66565b929592945050506040919091013590565b5f5f60408385031215614cc0575f5ffd5b823591506020830135614cd281614c66565b809150509250929050565b5f6101808284031215614cee575f5ffd5b6110588383614b96565b8060a08101831015610a33575f5ffd5b5f5f5f5f6102008587031215614d1c575f5ffd5b84359350614d2d8660208701614cf8565b9250614d3c8660c08701614cf8565b9150614d4c866101608701614cf8565b905092959194509250565b803561ffff81168114614d68575f5ffd5b919050565b803560ff81168114614d68575f5ffd5b5f5f5f5f60808587031215614d90575f5ffd5b8435935060208501359250614da760408601614d57565b9150614d4c60608601614d6d565b5f60208284031215614dc5575f5ffd5b813561105881614c66565b5f60208284031215614de0575f5ffd5b813565ffffffffffff81168114611058575f5ffd5b5f5f83601f840112614e05575f5ffd5b5081356001600160401b03811115614e1b575f5ffd5b6020830191508360208260051b8501011115611569575f5ffd5b5f5f5f60408486031215614e47575f5ffd5b83356001600160401b03811115614e5c575f5ffd5b614e6886828701614df5565b9094509250614e7b905060208501614d6d565b90509250925092565b5f5f60408385031215614e95575f5ffd5b50508035926020909101359150565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f614ef060e0830189614ea4565b8281036040840152614f028189614ea4565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b81811015614f57578351835260209384019390920191600101614f39565b50909b9a5050505050505050505050565b5f5f828403610280811215614f7b575f5ffd5b83359250610260601f1982011215614f91575f5ffd5b506020830190509250929050565b80356001600160401b0381168114614d68575f5ffd5b5f5f60408385031215614fc6575f5ffd5b82359150614fd660208401614f9f565b90509250929050565b5f6060828403121561128a575f5ffd5b5f5f5f5f5f6101e08688031215615004575f5ffd5b61500e8787614b96565b94506101808601356001600160401b03811115615029575f5ffd5b61503588828901614fdf565b9450506101a086013592506101c08601356001600160401b03811115614c49575f5ffd5b5f5f5f5f5f5f6060878903121561506e575f5ffd5b86356001600160401b03811115615083575f5ffd5b8701601f81018913615093575f5ffd5b80356001600160401b038111156150a8575f5ffd5b896020610180830284010111156150bd575f5ffd5b6020918201975095508701356001600160401b038111156150dc575f5ffd5b6150e889828a01614df5565b90955093505060408701356001600160401b03811115615106575f5ffd5b61511289828a01614df5565b979a9699509497509295939492505050565b5f5f5f6101c08486031215615137575f5ffd5b6151418585614b96565b92506101808401356001600160401b0381111561515c575f5ffd5b61516886828701614fdf565b93969395505050506101a0919091013590565b805f5b60078110156113d557815184526020938401939091019060010161517e565b60e08101610a33828461517b565b5f5f5f5f6101c085870312156151bf575f5ffd5b6151c98686614b96565b93506101808501356001600160401b038111156151e4575f5ffd5b6151f087828801614fdf565b9350506101a08501356001600160401b0381111561520c575f5ffd5b61521887828801614ba7565b95989497509550505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610a3357610a33615224565b634e487b7160e01b5f52603260045260245ffd5b8082028115828204841417610a3357610a33615224565b80820180821115610a3357610a33615224565b803563ffffffff81168114614d68575f5ffd5b5f602082840312156152ac575f5ffd5b61105882615289565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b61010081525f6152f2610100830185876152b5565b9050615301602083018461517b565b949350505050565b6001600160401b038281168282160390811115610a3357610a33615224565b5f60208284031215615338575f5ffd5b5051919050565b5f6020828403121561534f575f5ffd5b61105882614f9f565b634e487b7160e01b5f52604160045260245ffd5b60405160e081016001600160401b038111828210171561538e5761538e615358565b60405290565b604051601f8201601f191681016001600160401b03811182821017156153bc576153bc615358565b604052919050565b5f82601f8301126153d3575f5ffd5b6153dd60a0615394565b8060a08401858111156153ee575f5ffd5b845b8181101561540f5761540181614f9f565b8452602093840193016153f0565b509095945050505050565b5f82601f830112615429575f5ffd5b61543360a0615394565b8060a0840185811115615444575f5ffd5b845b8181101561540f5761545781615289565b845260209384019301615446565b5f82601f830112615474575f5ffd5b61547e60a0615394565b8060a084018581111561548f575f5ffd5b845b8181101561540f576154a281614d57565b845260209384019301615491565b5f6102608284031280156154c2575f5ffd5b506154cb61536c565b82356154d681614c66565b815260208301356154e681614c66565b60208201526154f760408401615289565b604082015261550984606085016153c4565b606082015261551c84610100850161541a565b608082015261552f846101a08501615465565b60a08201526155416102408401614f9f565b60c08201529392505050565b5f5f8335601e19843603018112615562575f5ffd5b8301803591506001600160401b0382111561557b575f5ffd5b6020019150600581901b3603821315611569575f5ffd5b5f5f8335601e198436030181126155a7575f5ffd5b8301803591506001600160401b038211156155c0575f5ffd5b602001915036819003821315611569575f5ffd5b5f8151808452602084019350602083015f5b8281101561560f576155f986835161517b565b60e09590950194602091909101906001016155e6565b5093949350505050565b604080825281018390525f6060600585901b830181019083018683601e1936839003015b888210156156aa57868503605f19018452823581811261565b575f5ffd5b8a016020810190356001600160401b03811115615676575f5ffd5b803603821315615684575f5ffd5b61568f8782846152b5565b9650505060208301925060208401935060018201915061563d565b505050508281036020840152611fe081856155d4565b5f602082840312156156d0575f5ffd5b81358015158114611058575f5ffd5b805f5b60058110156113d5576001600160401b036156fc83614f9f565b16845260209384019391909101906001016156e2565b5f6101a0820190508a82528960208301526001600160401b038916604083015287606083015286608083015263ffffffff861660a08301528460c083015283151560e08301526157666101008301846156df565b9a9950505050505050505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261579657615796615774565b500690565b5f826157a9576157a9615774565b500490565b5f5f858511156157bc575f5ffd5b838611156157c8575f5ffd5b5050820193919092039150565b80356020831015610a33575f19602084900360031b1b1692915050565b634e487b7160e01b5f52602160045260245ffd5b6001600160401b038181168382160190811115610a3357610a33615224565b8881526020810188905263ffffffff87166040820152606081018690528415156080820152610180810161585c60a08301866156df565b6001600160401b0384166101408301526001600160401b0383166101608301529998505050505050505050565b6101e081016158988286614a82565b6158a560a0830185614aad565b615301610140830184614ad5565b65ffffffffffff8181168382160190811115610a3357610a33615224565b81515f90829060208501835b828110156159045781516001600160a01b03168452602093840193909101906001016158dd565b509195945050505050565b604080825283519082018190525f9060208501906060840190835b818110156159515783516001600160a01b031683526020938401939092019160010161592a565b5050809250505060ff831660208301529392505050565b6001600160a01b038981168252602082018990528716604082015263ffffffff861660608201526001600160401b038516608082015261028081016159b060a0830186614a82565b6159be610140830185614aad565b6159cc6101e0830184614ad5565b9998505050505050505050565b5f6001600160fb1b038311156159ed575f5ffd5b8260051b80858437919091019392505050565b65ffffffffffff8281168282160390811115610a3357610a336152245630644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000197667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92955435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041",
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
// Solidity: constructor(address admin, uint48 adminDelay, uint256 initialAccHash_, (address,address,address[],uint8,(uint256,(address,address,uint32,uint64[5],uint32[5],uint16[5],uint64),(uint256,uint16,uint8)[])[]) g) returns()
func (disclosureRegistry *DisclosureRegistry) PackConstructor(admin common.Address, adminDelay *big.Int, initialAccHash_ *big.Int, g DisclosureRegistryGenesis) []byte {
	enc, err := disclosureRegistry.abi.Pack("", admin, adminDelay, initialAccHash_, g)
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

// PackPENDINGTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e03c1a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PENDING_TIMEOUT() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) PackPENDINGTIMEOUT() []byte {
	enc, err := disclosureRegistry.abi.Pack("PENDING_TIMEOUT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPENDINGTIMEOUT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e03c1a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PENDING_TIMEOUT() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) TryPackPENDINGTIMEOUT() ([]byte, error) {
	return disclosureRegistry.abi.Pack("PENDING_TIMEOUT")
}

// UnpackPENDINGTIMEOUT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e03c1a7.
//
// Solidity: function PENDING_TIMEOUT() view returns(uint256)
func (disclosureRegistry *DisclosureRegistry) UnpackPENDINGTIMEOUT(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("PENDING_TIMEOUT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (disclosureRegistry *DisclosureRegistry) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := disclosureRegistry.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (disclosureRegistry *DisclosureRegistry) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return disclosureRegistry.abi.Pack("acceptDefaultAdminTransfer")
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

// PackActivatePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08f747dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activatePool(uint256 pool) returns()
func (disclosureRegistry *DisclosureRegistry) PackActivatePool(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("activatePool", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivatePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08f747dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activatePool(uint256 pool) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackActivatePool(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("activatePool", pool)
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

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (disclosureRegistry *DisclosureRegistry) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := disclosureRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return disclosureRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (disclosureRegistry *DisclosureRegistry) PackCancelDefaultAdminTransfer() []byte {
	enc, err := disclosureRegistry.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (disclosureRegistry *DisclosureRegistry) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return disclosureRegistry.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (disclosureRegistry *DisclosureRegistry) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackCommittee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd864e740.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function committee() view returns(bytes32 membersHash, uint8 threshold, uint64 version)
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
// Solidity: function committee() view returns(bytes32 membersHash, uint8 threshold, uint64 version)
func (disclosureRegistry *DisclosureRegistry) TryPackCommittee() ([]byte, error) {
	return disclosureRegistry.abi.Pack("committee")
}

// CommitteeOutput serves as a container for the return parameters of contract
// method Committee.
type CommitteeOutput struct {
	MembersHash [32]byte
	Threshold   uint8
	Version     uint64
}

// UnpackCommittee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd864e740.
//
// Solidity: function committee() view returns(bytes32 membersHash, uint8 threshold, uint64 version)
func (disclosureRegistry *DisclosureRegistry) UnpackCommittee(data []byte) (CommitteeOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("committee", data)
	outstruct := new(CommitteeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.MembersHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackDeactivatePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9abd9b05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deactivatePool(uint256 pool) returns()
func (disclosureRegistry *DisclosureRegistry) PackDeactivatePool(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("deactivatePool", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeactivatePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9abd9b05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deactivatePool(uint256 pool) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackDeactivatePool(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("deactivatePool", pool)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (disclosureRegistry *DisclosureRegistry) PackDefaultAdmin() []byte {
	enc, err := disclosureRegistry.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (disclosureRegistry *DisclosureRegistry) TryPackDefaultAdmin() ([]byte, error) {
	return disclosureRegistry.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (disclosureRegistry *DisclosureRegistry) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := disclosureRegistry.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (disclosureRegistry *DisclosureRegistry) PackDefaultAdminDelay() []byte {
	enc, err := disclosureRegistry.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (disclosureRegistry *DisclosureRegistry) TryPackDefaultAdminDelay() ([]byte, error) {
	return disclosureRegistry.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (disclosureRegistry *DisclosureRegistry) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (disclosureRegistry *DisclosureRegistry) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := disclosureRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (disclosureRegistry *DisclosureRegistry) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return disclosureRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (disclosureRegistry *DisclosureRegistry) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := disclosureRegistry.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isMember(address signer) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) PackIsMember(signer common.Address) []byte {
	enc, err := disclosureRegistry.abi.Pack("isMember", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsMember is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa230c524.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isMember(address signer) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) TryPackIsMember(signer common.Address) ([]byte, error) {
	return disclosureRegistry.abi.Pack("isMember", signer)
}

// UnpackIsMember is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa230c524.
//
// Solidity: function isMember(address signer) view returns(bool)
func (disclosureRegistry *DisclosureRegistry) UnpackIsMember(data []byte) (bool, error) {
	out, err := disclosureRegistry.abi.Unpack("isMember", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (disclosureRegistry *DisclosureRegistry) PackOwner() []byte {
	enc, err := disclosureRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (disclosureRegistry *DisclosureRegistry) TryPackOwner() ([]byte, error) {
	return disclosureRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (disclosureRegistry *DisclosureRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := disclosureRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (disclosureRegistry *DisclosureRegistry) PackPendingDefaultAdmin() []byte {
	enc, err := disclosureRegistry.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (disclosureRegistry *DisclosureRegistry) TryPackPendingDefaultAdmin() ([]byte, error) {
	return disclosureRegistry.abi.Pack("pendingDefaultAdmin")
}

// PendingDefaultAdminOutput serves as a container for the return parameters of contract
// method PendingDefaultAdmin.
type PendingDefaultAdminOutput struct {
	NewAdmin common.Address
	Schedule *big.Int
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (disclosureRegistry *DisclosureRegistry) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (disclosureRegistry *DisclosureRegistry) PackPendingDefaultAdminDelay() []byte {
	enc, err := disclosureRegistry.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (disclosureRegistry *DisclosureRegistry) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return disclosureRegistry.abi.Pack("pendingDefaultAdminDelay")
}

// PendingDefaultAdminDelayOutput serves as a container for the return parameters of contract
// method PendingDefaultAdminDelay.
type PendingDefaultAdminDelayOutput struct {
	NewDelay *big.Int
	Schedule *big.Int
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (disclosureRegistry *DisclosureRegistry) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := disclosureRegistry.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53158fb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingEpoch(uint256 pool) view returns((bytes32,uint256,address,uint32,uint48,uint64,uint64) p)
func (disclosureRegistry *DisclosureRegistry) PackPendingEpoch(pool *big.Int) []byte {
	enc, err := disclosureRegistry.abi.Pack("pendingEpoch", pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53158fb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingEpoch(uint256 pool) view returns((bytes32,uint256,address,uint32,uint48,uint64,uint64) p)
func (disclosureRegistry *DisclosureRegistry) TryPackPendingEpoch(pool *big.Int) ([]byte, error) {
	return disclosureRegistry.abi.Pack("pendingEpoch", pool)
}

// UnpackPendingEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53158fb6.
//
// Solidity: function pendingEpoch(uint256 pool) view returns((bytes32,uint256,address,uint32,uint48,uint64,uint64) p)
func (disclosureRegistry *DisclosureRegistry) UnpackPendingEpoch(data []byte) (DisclosureRegistryPending, error) {
	out, err := disclosureRegistry.abi.Unpack("pendingEpoch", data)
	if err != nil {
		return *new(DisclosureRegistryPending), err
	}
	out0 := *abi.ConvertType(out[0], new(DisclosureRegistryPending)).(*DisclosureRegistryPending)
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
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (disclosureRegistry *DisclosureRegistry) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := disclosureRegistry.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return disclosureRegistry.abi.Pack("renounceRole", role, account)
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

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (disclosureRegistry *DisclosureRegistry) PackRollbackDefaultAdminDelay() []byte {
	enc, err := disclosureRegistry.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (disclosureRegistry *DisclosureRegistry) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return disclosureRegistry.abi.Pack("rollbackDefaultAdminDelay")
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

// PackSetSanityBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a7cbf02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSanityBounds(uint256 pool, uint64[5] maxValue, uint32[5] maxGrowthBp, uint16[5] maxDropBp) returns()
func (disclosureRegistry *DisclosureRegistry) PackSetSanityBounds(pool *big.Int, maxValue [5]uint64, maxGrowthBp [5]uint32, maxDropBp [5]uint16) []byte {
	enc, err := disclosureRegistry.abi.Pack("setSanityBounds", pool, maxValue, maxGrowthBp, maxDropBp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSanityBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a7cbf02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSanityBounds(uint256 pool, uint64[5] maxValue, uint32[5] maxGrowthBp, uint16[5] maxDropBp) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSetSanityBounds(pool *big.Int, maxValue [5]uint64, maxGrowthBp [5]uint32, maxDropBp [5]uint16) ([]byte, error) {
	return disclosureRegistry.abi.Pack("setSanityBounds", pool, maxValue, maxGrowthBp, maxDropBp)
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

// PackSubmitDisclosurePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920d9a75.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitDisclosurePart((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 from, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) PackSubmitDisclosurePart(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, from *big.Int, signatures []byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("submitDisclosurePart", d, c, from, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitDisclosurePart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x920d9a75.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitDisclosurePart((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5]) d, (uint256[],uint256[],bytes[]) c, uint256 from, bytes signatures) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSubmitDisclosurePart(d DisclosureRegistryDisclosure, c DisclosureRegistryChunks, from *big.Int, signatures []byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("submitDisclosurePart", d, c, from, signatures)
}

// PackSubmitDisclosures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982169ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitDisclosures((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5])[] ds, bytes[] proofs, bytes[] signatures) returns()
func (disclosureRegistry *DisclosureRegistry) PackSubmitDisclosures(ds []DisclosureRegistryDisclosure, proofs [][]byte, signatures [][]byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("submitDisclosures", ds, proofs, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitDisclosures is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x982169ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitDisclosures((uint256,uint64,uint256,uint256,uint32,bytes32,bool,uint64[5])[] ds, bytes[] proofs, bytes[] signatures) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSubmitDisclosures(ds []DisclosureRegistryDisclosure, proofs [][]byte, signatures [][]byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("submitDisclosures", ds, proofs, signatures)
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

// PackUpgradeVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2379d9b6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeVerifier(uint256 pool, address newVerifier, bytes32 expectedVkHash) returns()
func (disclosureRegistry *DisclosureRegistry) PackUpgradeVerifier(pool *big.Int, newVerifier common.Address, expectedVkHash [32]byte) []byte {
	enc, err := disclosureRegistry.abi.Pack("upgradeVerifier", pool, newVerifier, expectedVkHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2379d9b6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeVerifier(uint256 pool, address newVerifier, bytes32 expectedVkHash) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackUpgradeVerifier(pool *big.Int, newVerifier common.Address, expectedVkHash [32]byte) ([]byte, error) {
	return disclosureRegistry.abi.Pack("upgradeVerifier", pool, newVerifier, expectedVkHash)
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

// DisclosureRegistryDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the DisclosureRegistry contract.
type DisclosureRegistryDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return DisclosureRegistryDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (disclosureRegistry *DisclosureRegistry) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*DisclosureRegistryDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryDefaultAdminDelayChangeCanceled)
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

// DisclosureRegistryDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the DisclosureRegistry contract.
type DisclosureRegistryDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return DisclosureRegistryDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (disclosureRegistry *DisclosureRegistry) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*DisclosureRegistryDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryDefaultAdminDelayChangeScheduled)
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

// DisclosureRegistryDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the DisclosureRegistry contract.
type DisclosureRegistryDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryDefaultAdminTransferCanceled) ContractEventName() string {
	return DisclosureRegistryDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (disclosureRegistry *DisclosureRegistry) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*DisclosureRegistryDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryDefaultAdminTransferCanceled)
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

// DisclosureRegistryDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the DisclosureRegistry contract.
type DisclosureRegistryDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryDefaultAdminTransferScheduled) ContractEventName() string {
	return DisclosureRegistryDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (disclosureRegistry *DisclosureRegistry) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*DisclosureRegistryDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryDefaultAdminTransferScheduled)
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

// DisclosureRegistryDisclosurePartAccepted represents a DisclosurePartAccepted event raised by the DisclosureRegistry contract.
type DisclosureRegistryDisclosurePartAccepted struct {
	Pool      *big.Int
	Epoch     uint64
	Submitter common.Address
	From      *big.Int
	Next      *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryDisclosurePartAcceptedEventName = "DisclosurePartAccepted"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryDisclosurePartAccepted) ContractEventName() string {
	return DisclosureRegistryDisclosurePartAcceptedEventName
}

// UnpackDisclosurePartAcceptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DisclosurePartAccepted(uint256 indexed pool, uint64 indexed epoch, address indexed submitter, uint256 from, uint256 next)
func (disclosureRegistry *DisclosureRegistry) UnpackDisclosurePartAcceptedEvent(log *types.Log) (*DisclosureRegistryDisclosurePartAccepted, error) {
	event := "DisclosurePartAccepted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryDisclosurePartAccepted)
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

// DisclosureRegistrySanityBoundsSet represents a SanityBoundsSet event raised by the DisclosureRegistry contract.
type DisclosureRegistrySanityBoundsSet struct {
	Pool        *big.Int
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
	MaxDropBp   [5]uint16
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistrySanityBoundsSetEventName = "SanityBoundsSet"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistrySanityBoundsSet) ContractEventName() string {
	return DisclosureRegistrySanityBoundsSetEventName
}

// UnpackSanityBoundsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SanityBoundsSet(uint256 indexed pool, uint64[5] maxValue, uint32[5] maxGrowthBp, uint16[5] maxDropBp)
func (disclosureRegistry *DisclosureRegistry) UnpackSanityBoundsSetEvent(log *types.Log) (*DisclosureRegistrySanityBoundsSet, error) {
	event := "SanityBoundsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistrySanityBoundsSet)
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

// DisclosureRegistryVerifierUpgraded represents a VerifierUpgraded event raised by the DisclosureRegistry contract.
type DisclosureRegistryVerifierUpgraded struct {
	Pool        *big.Int
	OldVerifier common.Address
	NewVerifier common.Address
	VkHash      [32]byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const DisclosureRegistryVerifierUpgradedEventName = "VerifierUpgraded"

// ContractEventName returns the user-defined event name.
func (DisclosureRegistryVerifierUpgraded) ContractEventName() string {
	return DisclosureRegistryVerifierUpgradedEventName
}

// UnpackVerifierUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event VerifierUpgraded(uint256 indexed pool, address oldVerifier, address newVerifier, bytes32 vkHash)
func (disclosureRegistry *DisclosureRegistry) UnpackVerifierUpgradedEvent(log *types.Log) (*DisclosureRegistryVerifierUpgraded, error) {
	event := "VerifierUpgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != disclosureRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DisclosureRegistryVerifierUpgraded)
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
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["BatchChunkCountInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackBatchChunkCountInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["BatchChunkRootsMismatch"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackBatchChunkRootsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["BatchEmpty"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackBatchEmptyError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["BatchLengthsMismatch"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackBatchLengthsMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["BatchVerifierMismatch"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackBatchVerifierMismatchError(raw[4:])
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
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PartOutOfOrder"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPartOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PartRangeInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPartRangeInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PayoutShareInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPayoutShareInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PendingCommitteeChanged"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPendingCommitteeChangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PendingHeld"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPendingHeldError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PendingMismatch"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPendingMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PolicyHashInvalid"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPolicyHashInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PolicyNotAllowed"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPolicyNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["PoolAlreadyConfigured"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackPoolAlreadyConfiguredError(raw[4:])
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
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["RoleHolderZero"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackRoleHolderZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["RootNotInField"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackRootNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
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
	if bytes.Equal(raw[:4], disclosureRegistry.abi.Errors["VerifierKeyMismatch"].ID.Bytes()[:4]) {
		return disclosureRegistry.UnpackVerifierKeyMismatchError(raw[4:])
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

// DisclosureRegistryAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the DisclosureRegistry contract.
type DisclosureRegistryAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func DisclosureRegistryAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (disclosureRegistry *DisclosureRegistry) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*DisclosureRegistryAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(DisclosureRegistryAccessControlEnforcedDefaultAdminDelay)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the DisclosureRegistry contract.
type DisclosureRegistryAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func DisclosureRegistryAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (disclosureRegistry *DisclosureRegistry) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*DisclosureRegistryAccessControlEnforcedDefaultAdminRules, error) {
	out := new(DisclosureRegistryAccessControlEnforcedDefaultAdminRules)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the DisclosureRegistry contract.
type DisclosureRegistryAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func DisclosureRegistryAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (disclosureRegistry *DisclosureRegistry) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*DisclosureRegistryAccessControlInvalidDefaultAdmin, error) {
	out := new(DisclosureRegistryAccessControlInvalidDefaultAdmin)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
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

// DisclosureRegistryBatchChunkCountInvalid represents a BatchChunkCountInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryBatchChunkCountInvalid struct {
	Index  *big.Int
	Chunks uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchChunkCountInvalid(uint256 index, uint32 chunks)
func DisclosureRegistryBatchChunkCountInvalidErrorID() common.Hash {
	return common.HexToHash("0x6f9e4d870eb1d1cb4582fce9a950a44b57e27ac6b3217140a4c9b0c668500085")
}

// UnpackBatchChunkCountInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchChunkCountInvalid(uint256 index, uint32 chunks)
func (disclosureRegistry *DisclosureRegistry) UnpackBatchChunkCountInvalidError(raw []byte) (*DisclosureRegistryBatchChunkCountInvalid, error) {
	out := new(DisclosureRegistryBatchChunkCountInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "BatchChunkCountInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryBatchChunkRootsMismatch represents a BatchChunkRootsMismatch error raised by the DisclosureRegistry contract.
type DisclosureRegistryBatchChunkRootsMismatch struct {
	Index  *big.Int
	Signed [32]byte
	Given  [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchChunkRootsMismatch(uint256 index, bytes32 signed, bytes32 given)
func DisclosureRegistryBatchChunkRootsMismatchErrorID() common.Hash {
	return common.HexToHash("0xfc5aded6959475090f75b14f910f8ce5fc62de54f953f77139cf483be67bae93")
}

// UnpackBatchChunkRootsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchChunkRootsMismatch(uint256 index, bytes32 signed, bytes32 given)
func (disclosureRegistry *DisclosureRegistry) UnpackBatchChunkRootsMismatchError(raw []byte) (*DisclosureRegistryBatchChunkRootsMismatch, error) {
	out := new(DisclosureRegistryBatchChunkRootsMismatch)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "BatchChunkRootsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryBatchEmpty represents a BatchEmpty error raised by the DisclosureRegistry contract.
type DisclosureRegistryBatchEmpty struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchEmpty()
func DisclosureRegistryBatchEmptyErrorID() common.Hash {
	return common.HexToHash("0x50e980cc61cbc139cce5db720abf20938663aa742c8f1e42423e92f394698c2e")
}

// UnpackBatchEmptyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchEmpty()
func (disclosureRegistry *DisclosureRegistry) UnpackBatchEmptyError(raw []byte) (*DisclosureRegistryBatchEmpty, error) {
	out := new(DisclosureRegistryBatchEmpty)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "BatchEmpty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryBatchLengthsMismatch represents a BatchLengthsMismatch error raised by the DisclosureRegistry contract.
type DisclosureRegistryBatchLengthsMismatch struct {
	Disclosures *big.Int
	Proofs      *big.Int
	Signatures  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthsMismatch(uint256 disclosures, uint256 proofs, uint256 signatures)
func DisclosureRegistryBatchLengthsMismatchErrorID() common.Hash {
	return common.HexToHash("0x9c7f47ee16f80cbdfb2936383700f5f56703ac5067a11a32d6e8c5d169e37416")
}

// UnpackBatchLengthsMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthsMismatch(uint256 disclosures, uint256 proofs, uint256 signatures)
func (disclosureRegistry *DisclosureRegistry) UnpackBatchLengthsMismatchError(raw []byte) (*DisclosureRegistryBatchLengthsMismatch, error) {
	out := new(DisclosureRegistryBatchLengthsMismatch)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "BatchLengthsMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryBatchVerifierMismatch represents a BatchVerifierMismatch error raised by the DisclosureRegistry contract.
type DisclosureRegistryBatchVerifierMismatch struct {
	Index    *big.Int
	Verifier common.Address
	Expected common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchVerifierMismatch(uint256 index, address verifier, address expected)
func DisclosureRegistryBatchVerifierMismatchErrorID() common.Hash {
	return common.HexToHash("0x71cfa3044e43767e6edf86df8d21e09b1ae5668edf90b36d4aae8a21934de1f8")
}

// UnpackBatchVerifierMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchVerifierMismatch(uint256 index, address verifier, address expected)
func (disclosureRegistry *DisclosureRegistry) UnpackBatchVerifierMismatchError(raw []byte) (*DisclosureRegistryBatchVerifierMismatch, error) {
	out := new(DisclosureRegistryBatchVerifierMismatch)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "BatchVerifierMismatch", raw); err != nil {
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

// DisclosureRegistryPartOutOfOrder represents a PartOutOfOrder error raised by the DisclosureRegistry contract.
type DisclosureRegistryPartOutOfOrder struct {
	From *big.Int
	Next *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartOutOfOrder(uint256 from, uint256 next)
func DisclosureRegistryPartOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0xfe747dd957fc5793af40b4606e6e5fb1a9f243a3ffd6b5ca572aadf76e2fe09a")
}

// UnpackPartOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartOutOfOrder(uint256 from, uint256 next)
func (disclosureRegistry *DisclosureRegistry) UnpackPartOutOfOrderError(raw []byte) (*DisclosureRegistryPartOutOfOrder, error) {
	out := new(DisclosureRegistryPartOutOfOrder)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PartOutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPartRangeInvalid represents a PartRangeInvalid error raised by the DisclosureRegistry contract.
type DisclosureRegistryPartRangeInvalid struct {
	From   *big.Int
	Count  *big.Int
	Chunks *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartRangeInvalid(uint256 from, uint256 count, uint256 chunks)
func DisclosureRegistryPartRangeInvalidErrorID() common.Hash {
	return common.HexToHash("0xa53e2c52828428b5a4032853f795867eed48d973c133b6974582dbd9ff6e4176")
}

// UnpackPartRangeInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartRangeInvalid(uint256 from, uint256 count, uint256 chunks)
func (disclosureRegistry *DisclosureRegistry) UnpackPartRangeInvalidError(raw []byte) (*DisclosureRegistryPartRangeInvalid, error) {
	out := new(DisclosureRegistryPartRangeInvalid)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PartRangeInvalid", raw); err != nil {
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

// DisclosureRegistryPendingCommitteeChanged represents a PendingCommitteeChanged error raised by the DisclosureRegistry contract.
type DisclosureRegistryPendingCommitteeChanged struct {
	Version uint64
	Current uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PendingCommitteeChanged(uint64 version, uint64 current)
func DisclosureRegistryPendingCommitteeChangedErrorID() common.Hash {
	return common.HexToHash("0xd93f3d44b92954380d82e98ca985c546236669cc898441afb062f01ff5bc9348")
}

// UnpackPendingCommitteeChangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PendingCommitteeChanged(uint64 version, uint64 current)
func (disclosureRegistry *DisclosureRegistry) UnpackPendingCommitteeChangedError(raw []byte) (*DisclosureRegistryPendingCommitteeChanged, error) {
	out := new(DisclosureRegistryPendingCommitteeChanged)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PendingCommitteeChanged", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPendingHeld represents a PendingHeld error raised by the DisclosureRegistry contract.
type DisclosureRegistryPendingHeld struct {
	Submitter common.Address
	Until     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PendingHeld(address submitter, uint256 until)
func DisclosureRegistryPendingHeldErrorID() common.Hash {
	return common.HexToHash("0x2d0c01523a9015ea89fc7c6d2f5a5d0f7cbd527e1909a2ac1ff17238f093df19")
}

// UnpackPendingHeldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PendingHeld(address submitter, uint256 until)
func (disclosureRegistry *DisclosureRegistry) UnpackPendingHeldError(raw []byte) (*DisclosureRegistryPendingHeld, error) {
	out := new(DisclosureRegistryPendingHeld)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PendingHeld", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DisclosureRegistryPendingMismatch represents a PendingMismatch error raised by the DisclosureRegistry contract.
type DisclosureRegistryPendingMismatch struct {
	Pending [32]byte
	Given   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PendingMismatch(bytes32 pending, bytes32 given)
func DisclosureRegistryPendingMismatchErrorID() common.Hash {
	return common.HexToHash("0x5e7ca0ad03cec0f2bda7ebed1a5e9fdfc02fd484b5259858c274aa39a787762e")
}

// UnpackPendingMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PendingMismatch(bytes32 pending, bytes32 given)
func (disclosureRegistry *DisclosureRegistry) UnpackPendingMismatchError(raw []byte) (*DisclosureRegistryPendingMismatch, error) {
	out := new(DisclosureRegistryPendingMismatch)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PendingMismatch", raw); err != nil {
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

// DisclosureRegistryPoolAlreadyConfigured represents a PoolAlreadyConfigured error raised by the DisclosureRegistry contract.
type DisclosureRegistryPoolAlreadyConfigured struct {
	Pool *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolAlreadyConfigured(uint256 pool)
func DisclosureRegistryPoolAlreadyConfiguredErrorID() common.Hash {
	return common.HexToHash("0xe39fe01b590a3660abb4981824246bb0954ee90a70515632411fca33115594e7")
}

// UnpackPoolAlreadyConfiguredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolAlreadyConfigured(uint256 pool)
func (disclosureRegistry *DisclosureRegistry) UnpackPoolAlreadyConfiguredError(raw []byte) (*DisclosureRegistryPoolAlreadyConfigured, error) {
	out := new(DisclosureRegistryPoolAlreadyConfigured)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "PoolAlreadyConfigured", raw); err != nil {
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

// DisclosureRegistryRoleHolderZero represents a RoleHolderZero error raised by the DisclosureRegistry contract.
type DisclosureRegistryRoleHolderZero struct {
	Role [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoleHolderZero(bytes32 role)
func DisclosureRegistryRoleHolderZeroErrorID() common.Hash {
	return common.HexToHash("0x413817e8249f1d16352c04345d917f4be5a6c63aaec2104f9187469e807e827c")
}

// UnpackRoleHolderZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoleHolderZero(bytes32 role)
func (disclosureRegistry *DisclosureRegistry) UnpackRoleHolderZeroError(raw []byte) (*DisclosureRegistryRoleHolderZero, error) {
	out := new(DisclosureRegistryRoleHolderZero)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "RoleHolderZero", raw); err != nil {
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

// DisclosureRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the DisclosureRegistry contract.
type DisclosureRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func DisclosureRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (disclosureRegistry *DisclosureRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*DisclosureRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(DisclosureRegistrySafeCastOverflowedUintDowncast)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
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

// DisclosureRegistryVerifierKeyMismatch represents a VerifierKeyMismatch error raised by the DisclosureRegistry contract.
type DisclosureRegistryVerifierKeyMismatch struct {
	Expected [32]byte
	Actual   [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierKeyMismatch(bytes32 expected, bytes32 actual)
func DisclosureRegistryVerifierKeyMismatchErrorID() common.Hash {
	return common.HexToHash("0xf431d92b9a1f61c8cec3e3b70fbb4b5f986bd6ae7864e143ffd50482f89304ad")
}

// UnpackVerifierKeyMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierKeyMismatch(bytes32 expected, bytes32 actual)
func (disclosureRegistry *DisclosureRegistry) UnpackVerifierKeyMismatchError(raw []byte) (*DisclosureRegistryVerifierKeyMismatch, error) {
	out := new(DisclosureRegistryVerifierKeyMismatch)
	if err := disclosureRegistry.abi.UnpackIntoInterface(out, "VerifierKeyMismatch", raw); err != nil {
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
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256[40]\",\"name\":\"vk\",\"type\":\"uint256[40]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"inputs\",\"type\":\"uint256\"}],\"name\":\"BatchLengthInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProofLengthInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"VerifyingKeyInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NUM_PUBLIC\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROOF_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"VK_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[7]\",\"name\":\"input\",\"type\":\"uint256[7]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"},{\"internalType\":\"uint256[7][]\",\"name\":\"inputs\",\"type\":\"uint256[7][]\"}],\"name\":\"verifyProofs\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifyingKey\",\"outputs\":[{\"internalType\":\"uint256[40]\",\"name\":\"vk\",\"type\":\"uint256[40]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"vkHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "9b44ec77fdac5f6a49e7114bcccd9ef5dd",
	Bin: "0x6105a0604052348015610010575f5ffd5b5060405161223438038061223483398101604081905261002f91610511565b5f5b602881101561008c575f5160206122145f395f51905f5282826028811061005a5761005a61058d565b6020020151106100845760405163053ee74f60e21b81526004810182905260240160405180910390fd5b600101610031565b5061009681610221565b6080908152815160a0908152602083015160c0908152604084015160e0908152606085015161010090815293850151610120908152928501516101409081529185015161016090815290850151610180908152938501516101a0908152928501516101c0908152918501516101e09081529085015161020090815293850151610220908152928501516102409081529185015161026090815290850151610280908152938501516102a0908152928501516102c0908152918501516102e09081529085015161030090815293850151610320908152928501516103409081529185015161036090815290850151610380908152938501516103a0908152928501516103c0908152918501516103e09081529085015161040090815293850151610420908152928501516104409081529185015161046090815290850151610480908152938501516104a0908152928501516104c0908152918501516104e090815290850151610500529284015161052052908301516105405282015161056052015161058052610678565b5f61022a6104de565b82518152602080840151908201525f5b60038110156103b7575f61024f8260046105b5565b61025a9060026105d2565b905084816028811061026e5761026e61058d565b60200201518382602a81106102855761028561058d565b6020020152846102968260016105d2565b602881106102a6576102a661058d565b6020020151836102b78360016105d2565b602a81106102c7576102c761058d565b60200201525f5160206122145f395f51905f52856102e68360026105d2565b602881106102f6576102f661058d565b6020020151610312905f5160206122145f395f51905f526105e5565b61031c91906105f8565b836103288360026105d2565b602a81106103385761033861058d565b60200201525f5160206122145f395f51905f52856103578360036105d2565b602881106103675761036761058d565b6020020151610383905f5160206122145f395f51905f526105e5565b61038d91906105f8565b836103998360036105d2565b602a81106103a9576103a961058d565b60200201525060010161023a565b506103c4600760026105d2565b6101c0820152600e5b6020811015610416578381602881106103e8576103e861058d565b6020020151826103f98360016105d2565b602a81106104095761040961058d565b60200201526001016103cd565b50600161042082015260205b602881101561046b5783816028811061043d5761043d61058d565b60200201518261044e8360026105d2565b602a811061045e5761045e61058d565b6020020152600101610422565b5060028160405160200161047f9190610617565b60408051601f19818403018152908290526104999161064b565b602060405180830381855afa1580156104b4573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906104d79190610661565b9392505050565b604051806105400160405280602a906020820280368337509192915050565b634e487b7160e01b5f52604160045260245ffd5b5f6105008284031215610522575f5ffd5b82601f830112610530575f5ffd5b60405161050081016001600160401b0381118282101715610553576105536104fd565b60405280610500840185811115610568575f5ffd5b845b8181101561058257805183526020928301920161056a565b509195945050505050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176105cc576105cc6105a1565b92915050565b808201808211156105cc576105cc6105a1565b818103818111156105cc576105cc6105a1565b5f8261061257634e487b7160e01b5f52601260045260245ffd5b500690565b5f8183825b602a81101561063b57815183526020928301929091019060010161061c565b5050506105408201905092915050565b5f82518060208501845e5f920191825250919050565b5f60208284031215610671575f5ffd5b5051919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516103405161036051610380516103a0516103c0516103e05161040051610420516104405161046051610480516104a0516104c0516104e05161050051610520516105405161056051610580516118d26109425f395f818161095c01526112ec01525f818161093501526112c601525f818161090e01526112a001525f81816108e7015261127a01525f81816108c0015261138401525f8181610899015261135e01525f8181610872015261133801525f818161084b015261131201525f8181610824015261103301525f81816107fd015261100d01525f81816107d60152610fe701525f81816107af0152610fc101525f81816107880152610f9b01525f81816107610152610f7501525f818161073a0152610f4f01525f81816107130152610f2901525f81816106ec0152610f0301525f81816106c50152610edd01525f818161069e0152610eb701525f81816106770152610e9101525f81816106500152610e6b01525f81816106290152610e4501525f81816106020152610e1f01525f81816105db0152610df901525f81816105b40152610dd301525f818161058d0152610dad01525f8181610566015261112401525f818161053f01526110fe01525f818161051801526110d801525f81816104f101526110b201525f81816104ca015261125401525f81816104a3015261122e01525f818161047d015261120801525f818161045701526111e201525f818161043101526111bc01525f818161040b015261119601525f81816103e5015261117001525f81816103bf015261114a01525f8181610399015261107f01525f8181610376015261105901525f8181609e015281816101320152610cc001526118d25ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80636b932597116100585780636b932597146100d55780637950c5f8146100e8578063e911439c146100fd578063fb291b8214610106575f5ffd5b806302ec96d21461007e5780634fe840f514610099578063598da1d1146100c0575b5f5ffd5b610086600781565b6040519081526020015b60405180910390f35b6100867f000000000000000000000000000000000000000000000000000000000000000081565b6100d36100ce366004611609565b61010e565b005b6100d36100e33660046116d9565b6101cf565b6100f061036c565b6040516100909190611774565b61008661018081565b610086602881565b5f7f12c8f9b3eb708913940316c1297a24604eda5ed044c49d8259d0557d2b5e3e197f00000000000000000000000000000000000000000000000000000000000000008585856040516020016101689594939291906117a5565b60408051601f19818403018152828252805160209182012060248085526104a0850190935293505f9291908201610480803683370190505090506101aa611588565b6101ba81835f8989896001610984565b6101c78260068386610ba6565b505050505050565b828015806101dd5750818114155b1561020a576040516308ecba8f60e31b815260048101829052602481018390526044015b60405180910390fd5b5f61021786868686610c23565b90505f6102258360056117f8565b610230906006611811565b67ffffffffffffffff811115610248576102486117d0565b604051908082528060200260200182016040528015610271578160200160208202803683370190505b50905061027c611588565b5f5b8481101561034b575f81156102eb576102a560015f5160206118b25f395f51905f52611828565b6040805160208101889052908101849052606001604051602081830303815290604052805190602001205f1c6102db919061183b565b6102e69060016117f8565b6102ee565b60015b90506103428385610300856006611811565b8d8d878181106103125761031261185a565b9050602002810190610324919061186e565b8d8d898181106103365761033661185a565b905060e0020187610984565b5060010161027e565b506103628261035b866006611811565b8386610ba6565b5050505050505050565b6103746115ad565b7f000000000000000000000000000000000000000000000000000000000000000081527f000000000000000000000000000000000000000000000000000000000000000060208201527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201527f000000000000000000000000000000000000000000000000000000000000000060808201527f000000000000000000000000000000000000000000000000000000000000000060a08201527f000000000000000000000000000000000000000000000000000000000000000060c08201527f000000000000000000000000000000000000000000000000000000000000000060e08201527f00000000000000000000000000000000000000000000000000000000000000006101008201527f00000000000000000000000000000000000000000000000000000000000000006101208201527f00000000000000000000000000000000000000000000000000000000000000006101408201527f00000000000000000000000000000000000000000000000000000000000000006101608201527f00000000000000000000000000000000000000000000000000000000000000006101808201527f00000000000000000000000000000000000000000000000000000000000000006101a08201527f00000000000000000000000000000000000000000000000000000000000000006101c08201527f00000000000000000000000000000000000000000000000000000000000000006101e08201527f00000000000000000000000000000000000000000000000000000000000000006102008201527f00000000000000000000000000000000000000000000000000000000000000006102208201527f00000000000000000000000000000000000000000000000000000000000000006102408201527f00000000000000000000000000000000000000000000000000000000000000006102608201527f00000000000000000000000000000000000000000000000000000000000000006102808201527f00000000000000000000000000000000000000000000000000000000000000006102a08201527f00000000000000000000000000000000000000000000000000000000000000006102c08201527f00000000000000000000000000000000000000000000000000000000000000006102e08201527f00000000000000000000000000000000000000000000000000000000000000006103008201527f00000000000000000000000000000000000000000000000000000000000000006103208201527f00000000000000000000000000000000000000000000000000000000000000006103408201527f00000000000000000000000000000000000000000000000000000000000000006103608201527f00000000000000000000000000000000000000000000000000000000000000006103808201527f00000000000000000000000000000000000000000000000000000000000000006103a08201527f00000000000000000000000000000000000000000000000000000000000000006103c08201527f00000000000000000000000000000000000000000000000000000000000000006103e08201527f00000000000000000000000000000000000000000000000000000000000000006104008201527f00000000000000000000000000000000000000000000000000000000000000006104208201527f00000000000000000000000000000000000000000000000000000000000000006104408201527f00000000000000000000000000000000000000000000000000000000000000006104608201527f00000000000000000000000000000000000000000000000000000000000000006104808201527f00000000000000000000000000000000000000000000000000000000000000006104a08201527f00000000000000000000000000000000000000000000000000000000000000006104c08201527f00000000000000000000000000000000000000000000000000000000000000006104e082015290565b61018083146109a957604051630b12fcbb60e21b815260048101849052602401610201565b8651602088015181516001905f5160206118b25f395f51905f529085900883525f5b6007811015610a1857602081028601355f5160206118b25f395f51905f528110831692506020600183010285015f5160206118b25f395f51905f52808389098251089052506001016109cb565b5080610a375760405163a54f8e2760e01b815260040160405180910390fd5b6001610a83565b60408282376001838114610a5f5783604083015260408260608460075afa90505b845160408301526020850151606083015260408560808460065afa16949350505050565b60405160406101008a018237602060016007010285015f5160206118b25f395f51905f52805f5160206118b25f395f51905f52604085200689098251089052898015610b1657610adc60408601886101008d0185610a3e565b92508215610b1157610af3858860c08d0185610a3e565b93508315610b1157610b0e60808601886101408d0185610a3e565b93505b610b1e565b60c0808b0186375b50506020890260208b0101604089823782821615610b515760018614610b515785604082015260408160608360075afa92505b608060408a0160408301375080610b7b576040516351d49ff760e11b815260040160405180910390fd5b81610b9957604051631ff3747d60e21b815260040160405180910390fd5b5050505050505050505050565b610be88484845f0151856020015160015f5160206118b25f395f51905f52610bce9190611828565b610bd8908761183b565b610be39060016117f8565b610d9e565b5f60205f60208751026020880160085afa5f5116905080610c1c57604051631ff3747d60e21b815260040160405180910390fd5b5050505050565b5f8381610c3260076020611811565b610c3e906101806117f8565b610c489083611811565b610c539060406117f8565b67ffffffffffffffff811115610c6b57610c6b6117d0565b6040519080825280601f01601f191660200182016040528015610c95576020820181803683370190505b507f12c8f9b3eb708913940316c1297a24604eda5ed044c49d8259d0557d2b5e3e19602082018190527f000000000000000000000000000000000000000000000000000000000000000060408301819052919250905f5b84811015610d8757365f8b8b84818110610d0857610d0861185a565b9050602002810190610d1a919061186e565b90925090506101808114610d4457604051630b12fcbb60e21b815260048101829052602401610201565b368a8a85818110610d5757610d5761185a565b905060e0020190506102608402606088010161018084823760e08261018083013750505050806001019050610cec565b508280519060200120945050505050949350505050565b5f6040518061028001604052807f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081525090505f6040518061028001604052807f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081525090505f600190505f6113ce565b5f81156113c45786868686865afa90505b9695505050505050565b6020880260208a0101604051604088835e60c0820160406102408801825e8951600181146114105780604083015261140d60408360608560078b6113b3565b95505b6040808b01845e604088604085015e600181146114445760808301819052611441604080850160608160078b6113b3565b95505b50506114576040826080846006896113b3565b93841693925060015b60098110156114c357602081028a015180156114ba576040830160408084028a01825e600182146114a5578160408201526114a260408260608460078c6113b3565b96505b506114b760408460808660068b6113b3565b95505b50600101611460565b5060408161018084015e5061024081016040808901825e8660408201526114f16040826060846007896113b3565b9350506103008101604060808901825e8660408201526115186040826060846007896113b3565b9350505f5b600581101561153f5760808082028601604060c084020184015e60010161151d565b50508061155f576040516351d49ff760e11b815260040160405180910390fd5b8161157d57604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050565b604051806040016040528061159b6115cc565b81526020016115a86115eb565b905290565b6040518061050001604052806028906020820280368337509192915050565b6040518061012001604052806009906020820280368337509192915050565b6040518060c001604052806006906020820280368337509192915050565b5f5f5f610100848603121561161c575f5ffd5b833567ffffffffffffffff811115611632575f5ffd5b8401601f81018613611642575f5ffd5b803567ffffffffffffffff811115611658575f5ffd5b866020828401011115611669575f5ffd5b60208201945080935050508461010085011115611684575f5ffd5b6020840190509250925092565b5f5f83601f8401126116a1575f5ffd5b50813567ffffffffffffffff8111156116b8575f5ffd5b60208301915083602060e0830285010111156116d2575f5ffd5b9250929050565b5f5f5f5f604085870312156116ec575f5ffd5b843567ffffffffffffffff811115611702575f5ffd5b8501601f81018713611712575f5ffd5b803567ffffffffffffffff811115611728575f5ffd5b8760208260051b840101111561173c575f5ffd5b60209182019550935085013567ffffffffffffffff81111561175c575f5ffd5b61176887828801611691565b95989497509550505050565b610500810181835f5b602881101561179c57815183526020928301929091019060010161177d565b50505092915050565b858152846020820152828460408301375f83820160e084604083013761012001979650505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082018082111561180b5761180b6117e4565b92915050565b808202811582820484141761180b5761180b6117e4565b8181038181111561180b5761180b6117e4565b5f8261185557634e487b7160e01b5f52601260045260245ffd5b500690565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112611883575f5ffd5b83018035915067ffffffffffffffff82111561189d575f5ffd5b6020019150368190038213156116d2575f5ffdfe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000130644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
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

// PackVerifyProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b932597.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProofs(bytes[] proofs, uint256[7][] inputs) view returns()
func (groth16Verifier *Groth16Verifier) PackVerifyProofs(proofs [][]byte, inputs [][7]*big.Int) []byte {
	enc, err := groth16Verifier.abi.Pack("verifyProofs", proofs, inputs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProofs is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b932597.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProofs(bytes[] proofs, uint256[7][] inputs) view returns()
func (groth16Verifier *Groth16Verifier) TryPackVerifyProofs(proofs [][]byte, inputs [][7]*big.Int) ([]byte, error) {
	return groth16Verifier.abi.Pack("verifyProofs", proofs, inputs)
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
	if bytes.Equal(raw[:4], groth16Verifier.abi.Errors["BatchLengthInvalid"].ID.Bytes()[:4]) {
		return groth16Verifier.UnpackBatchLengthInvalidError(raw[4:])
	}
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

// Groth16VerifierBatchLengthInvalid represents a BatchLengthInvalid error raised by the Groth16Verifier contract.
type Groth16VerifierBatchLengthInvalid struct {
	Proofs *big.Int
	Inputs *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchLengthInvalid(uint256 proofs, uint256 inputs)
func Groth16VerifierBatchLengthInvalidErrorID() common.Hash {
	return common.HexToHash("0x4765d47888b7ab7f347ea7ef477be3c31c64c7cd2a7fc4aba7faa49ec76a0205")
}

// UnpackBatchLengthInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchLengthInvalid(uint256 proofs, uint256 inputs)
func (groth16Verifier *Groth16Verifier) UnpackBatchLengthInvalidError(raw []byte) (*Groth16VerifierBatchLengthInvalid, error) {
	out := new(Groth16VerifierBatchLengthInvalid)
	if err := groth16Verifier.abi.UnpackIntoInterface(out, "BatchLengthInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"}],\"name\":\"IdentityCountryInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"IdentityExpiryInPast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"IdentityNotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdentityZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"RoleHolderZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"name\":\"IdentityRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"IdentityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"deleteIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"identity\",\"outputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"}],\"internalType\":\"structIdentityRegistry.Identity\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"}],\"name\":\"isVerified\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"investor\",\"type\":\"address\"},{\"internalType\":\"uint16\",\"name\":\"country\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"registerIdentity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "0bbf9fa4b9a6bbc2debbf4fd72410a809b",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161136c38038061136c83398101604081905261002e91610211565b81836001600160a01b03811661005e57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100875f826100e0565b5050506001600160a01b0381166100c05760405163082702fd60e31b81525f51602061134c5f395f51905f526004820152602401610055565b6100d75f51602061134c5f395f51905f52826100e0565b5050505061025d565b5f8261013c575f6100f96002546001600160a01b031690565b6001600160a01b03161461012057604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b610146838361014f565b90505b92915050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166101ef575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556101a73390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610149565b505f610149565b80516001600160a01b038116811461020c575f5ffd5b919050565b5f5f5f60608486031215610223575f5ffd5b61022c846101f6565b9250602084015165ffffffffffff81168114610246575f5ffd5b9150610254604085016101f6565b90509250925092565b6110e28061026a5f395ff3fe608060405234801561000f575f5ffd5b5060043610610148575f3560e01c806391d14854116100bf578063cefc142911610079578063cefc1429146102d9578063cf6eefb7146102e1578063d547741f1461030f578063d602b9fd14610322578063f0eb5e541461032a578063fdab9433146103d9575f5ffd5b806391d148541461026a578063a1eda53c1461027d578063a217fddf146102a4578063a8d29d1d146102ab578063b9209e33146102be578063cc8463c8146102d1575f5ffd5b80632f2ff15d116101105780632f2ff15d146101f157806336568abe14610204578063634e93da14610217578063649a5ec71461022a57806384ef8ffc1461023d5780638da5cb5b14610262575f5ffd5b806301ffc9a71461014c578063022d63fb146101745780630aa6220b1461019057806322459e181461019a578063248a9ca3146101cf575b5f5ffd5b61015f61015a366004610f79565b6103ec565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161016b565b610198610416565b005b6101c17fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770981565b60405190815260200161016b565b6101c16101dd366004610fa0565b5f9081526020819052604090206001015490565b6101986101ff366004610fd2565b61042b565b610198610212366004610fd2565b610457565b610198610225366004610ffc565b610502565b610198610238366004611015565b610515565b6002546001600160a01b03165b6040516001600160a01b03909116815260200161016b565b61024a610528565b61015f610278366004610fd2565b610540565b610285610568565b6040805165ffffffffffff93841681529290911660208301520161016b565b6101c15f81565b6101986102b9366004610ffc565b6105ba565b61015f6102cc366004610ffc565b610690565b610179610705565b610198610763565b6102e96107a2565b604080516001600160a01b03909316835265ffffffffffff90911660208301520161016b565b61019861031d366004610fd2565b6107c3565b6101986107eb565b6103a1610338366004610ffc565b60408051606080820183525f80835260208084018290529284018190526001600160a01b039490941684526003825292829020825193840183525461ffff8116845267ffffffffffffffff620100008204811692850192909252600160501b9004169082015290565b60408051825161ffff16815260208084015167ffffffffffffffff90811691830191909152928201519092169082015260600161016b565b6101986103e736600461103a565b6107fd565b5f6001600160e01b031982166318a4c3c360e11b1480610410575061041082610992565b92915050565b5f610420816109c6565b6104286109d0565b50565b8161044957604051631fe1e13d60e11b815260040160405180910390fd5b61045382826109dc565b5050565b8115801561047257506002546001600160a01b038281169116145b156104f8575f5f6104816107a2565b90925090506001600160a01b0382161515806104a3575065ffffffffffff8116155b806104b657504265ffffffffffff821610155b156104e3576040516319ca5ebb60e01b815265ffffffffffff821660048201526024015b60405180910390fd5b50506001805465ffffffffffff60a01b191690555b6104538282610a06565b5f61050c816109c6565b61045382610a3e565b5f61051f816109c6565b61045382610ab0565b5f61053b6002546001600160a01b031690565b905090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6002545f90600160d01b900465ffffffffffff16801515801561059357504265ffffffffffff821610155b61059e575f5f6105b2565b600254600160a01b900465ffffffffffff16815b915091509091565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb42769509677096105e4816109c6565b6001600160a01b0382165f9081526003602052604081205462010000900467ffffffffffffffff1690036106365760405163fa9b64eb60e01b81526001600160a01b03831660048201526024016104da565b6001600160a01b0382165f81815260036020526040808220805471ffffffffffffffffffffffffffffffffffff19169055517f374ace31388bb8ee152e1f7ad5e216944c28a32dfedb6c9353ba26bf0cdbb15a9190a25050565b6001600160a01b0381165f9081526003602090815260408083208151606081018352905461ffff8116825267ffffffffffffffff6201000082048116948301859052600160501b909104169181019190915290421080156106fe575046816040015167ffffffffffffffff16145b9392505050565b6002545f90600160d01b900465ffffffffffff16801515801561072f57504265ffffffffffff8216105b61074a57600154600160d01b900465ffffffffffff1661075d565b600254600160a01b900465ffffffffffff165b91505090565b5f61076c6107a2565b509050336001600160a01b0382161461079a57604051636116401160e11b81523360048201526024016104da565b610428610b1f565b6001546001600160a01b03811691600160a01b90910465ffffffffffff1690565b816107e157604051631fe1e13d60e11b815260040160405180910390fd5b6104538282610bb5565b5f6107f5816109c6565b610428610bd9565b7fcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709610827816109c6565b6001600160a01b03841661084e5760405163d751eecf60e01b815260040160405180910390fd5b61ffff8316158061086457506103e78361ffff16115b1561088857604051636708d57b60e01b815261ffff841660048201526024016104da565b428267ffffffffffffffff16116108be57604051633f174a6760e01b815267ffffffffffffffff831660048201526024016104da565b604080516060808201835261ffff86811680845267ffffffffffffffff8781166020808701828152468416888a018181526001600160a01b038f165f818152600386528c90209a518b5494519251991669ffffffffffffffffffff199094169390931762010000918716919091021767ffffffffffffffff60501b1916600160501b9790951696909602939093179096558651928352948201949094529384015290917f72b2a875031c38094df534613fcb872131ca5365662b629cc21aa9903e9e283c910160405180910390a250505050565b5f6001600160e01b03198216637965db0b60e01b148061041057506301ffc9a760e01b6001600160e01b0319831614610410565b6104288133610be3565b6109da5f5f610c1c565b565b5f828152602081905260409020600101546109f6816109c6565b610a008383610cdb565b50505050565b6001600160a01b0381163314610a2f5760405163334bd91960e11b815260040160405180910390fd5b610a398282610d41565b505050565b5f610a47610705565b610a5042610d7d565b610a5a91906110a6565b9050610a668282610db3565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f610aba82610e30565b610ac342610d7d565b610acd91906110a6565b9050610ad98282610c1c565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b5f5f610b296107a2565b91509150610b3e8165ffffffffffff16151590565b1580610b5257504265ffffffffffff821610155b15610b7a576040516319ca5ebb60e01b815265ffffffffffff821660048201526024016104da565b610b955f610b906002546001600160a01b031690565b610d41565b50610ba05f83610cdb565b5050600180546001600160d01b031916905550565b5f82815260208190526040902060010154610bcf816109c6565b610a008383610d41565b6109da5f5f610db3565b610bed8282610540565b6104535760405163e2517d3f60e01b81526001600160a01b0382166004820152602481018390526044016104da565b600254600160d01b900465ffffffffffff168015610c9e574265ffffffffffff82161015610c7557600254600180546001600160d01b0316600160a01b90920465ffffffffffff16600160d01b02919091179055610c9e565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff948516026001600160d01b031617600160d01b9290931691909102919091179055565b5f82610d37575f610cf46002546001600160a01b031690565b6001600160a01b031614610d1b57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6106fe8383610e81565b5f82158015610d5d57506002546001600160a01b038381169116145b15610d7357600280546001600160a01b03191690555b6106fe8383610f10565b5f65ffffffffffff821115610daf576040516306dfcc6560e41b815260306004820152602481018390526044016104da565b5090565b5f610dbc6107a2565b6001805465ffffffffffff8616600160a01b026001600160d01b03199091166001600160a01b038816171790559150610dfe90508165ffffffffffff16151590565b15610a39576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f610e3a610705565b90508065ffffffffffff168365ffffffffffff1611610e6257610e5d83826110c4565b6106fe565b6106fe65ffffffffffff8416620697805f8282188284100282186106fe565b5f610e8c8383610540565b610f09575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ec13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610410565b505f610410565b5f610f1b8383610540565b15610f09575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610410565b5f60208284031215610f89575f5ffd5b81356001600160e01b0319811681146106fe575f5ffd5b5f60208284031215610fb0575f5ffd5b5035919050565b80356001600160a01b0381168114610fcd575f5ffd5b919050565b5f5f60408385031215610fe3575f5ffd5b82359150610ff360208401610fb7565b90509250929050565b5f6020828403121561100c575f5ffd5b6106fe82610fb7565b5f60208284031215611025575f5ffd5b813565ffffffffffff811681146106fe575f5ffd5b5f5f5f6060848603121561104c575f5ffd5b61105584610fb7565b9250602084013561ffff8116811461106b575f5ffd5b9150604084013567ffffffffffffffff81168114611087575f5ffd5b809150509250925092565b634e487b7160e01b5f52601160045260245ffd5b65ffffffffffff818116838216019081111561041057610410611092565b65ffffffffffff82811682821603908111156104105761041061109256cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709",
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
// Solidity: constructor(address admin, uint48 adminDelay, address agent) returns()
func (identityRegistry *IdentityRegistry) PackConstructor(admin common.Address, adminDelay *big.Int, agent common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("", admin, adminDelay, agent)
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

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (identityRegistry *IdentityRegistry) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := identityRegistry.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (identityRegistry *IdentityRegistry) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return identityRegistry.abi.Pack("acceptDefaultAdminTransfer")
}

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (identityRegistry *IdentityRegistry) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (identityRegistry *IdentityRegistry) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("beginDefaultAdminTransfer", newAdmin)
}

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (identityRegistry *IdentityRegistry) PackCancelDefaultAdminTransfer() []byte {
	enc, err := identityRegistry.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (identityRegistry *IdentityRegistry) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return identityRegistry.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (identityRegistry *IdentityRegistry) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := identityRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (identityRegistry *IdentityRegistry) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return identityRegistry.abi.Pack("changeDefaultAdminDelay", newDelay)
}

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (identityRegistry *IdentityRegistry) PackDefaultAdmin() []byte {
	enc, err := identityRegistry.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (identityRegistry *IdentityRegistry) TryPackDefaultAdmin() ([]byte, error) {
	return identityRegistry.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (identityRegistry *IdentityRegistry) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (identityRegistry *IdentityRegistry) PackDefaultAdminDelay() []byte {
	enc, err := identityRegistry.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (identityRegistry *IdentityRegistry) TryPackDefaultAdminDelay() ([]byte, error) {
	return identityRegistry.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (identityRegistry *IdentityRegistry) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := identityRegistry.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (identityRegistry *IdentityRegistry) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := identityRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (identityRegistry *IdentityRegistry) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return identityRegistry.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (identityRegistry *IdentityRegistry) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := identityRegistry.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (identityRegistry *IdentityRegistry) PackOwner() []byte {
	enc, err := identityRegistry.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (identityRegistry *IdentityRegistry) TryPackOwner() ([]byte, error) {
	return identityRegistry.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (identityRegistry *IdentityRegistry) UnpackOwner(data []byte) (common.Address, error) {
	out, err := identityRegistry.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (identityRegistry *IdentityRegistry) PackPendingDefaultAdmin() []byte {
	enc, err := identityRegistry.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (identityRegistry *IdentityRegistry) TryPackPendingDefaultAdmin() ([]byte, error) {
	return identityRegistry.abi.Pack("pendingDefaultAdmin")
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (identityRegistry *IdentityRegistry) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := identityRegistry.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (identityRegistry *IdentityRegistry) PackPendingDefaultAdminDelay() []byte {
	enc, err := identityRegistry.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (identityRegistry *IdentityRegistry) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return identityRegistry.abi.Pack("pendingDefaultAdminDelay")
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (identityRegistry *IdentityRegistry) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := identityRegistry.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (identityRegistry *IdentityRegistry) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := identityRegistry.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (identityRegistry *IdentityRegistry) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return identityRegistry.abi.Pack("renounceRole", role, account)
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

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (identityRegistry *IdentityRegistry) PackRollbackDefaultAdminDelay() []byte {
	enc, err := identityRegistry.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (identityRegistry *IdentityRegistry) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return identityRegistry.abi.Pack("rollbackDefaultAdminDelay")
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

// IdentityRegistryDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the IdentityRegistry contract.
type IdentityRegistryDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return IdentityRegistryDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (identityRegistry *IdentityRegistry) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*IdentityRegistryDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryDefaultAdminDelayChangeCanceled)
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

// IdentityRegistryDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the IdentityRegistry contract.
type IdentityRegistryDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return IdentityRegistryDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (identityRegistry *IdentityRegistry) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*IdentityRegistryDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryDefaultAdminDelayChangeScheduled)
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

// IdentityRegistryDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the IdentityRegistry contract.
type IdentityRegistryDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryDefaultAdminTransferCanceled) ContractEventName() string {
	return IdentityRegistryDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (identityRegistry *IdentityRegistry) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*IdentityRegistryDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryDefaultAdminTransferCanceled)
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

// IdentityRegistryDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the IdentityRegistry contract.
type IdentityRegistryDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const IdentityRegistryDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (IdentityRegistryDefaultAdminTransferScheduled) ContractEventName() string {
	return IdentityRegistryDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (identityRegistry *IdentityRegistry) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*IdentityRegistryDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != identityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IdentityRegistryDefaultAdminTransferScheduled)
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
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
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
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["RoleHolderZero"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackRoleHolderZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], identityRegistry.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return identityRegistry.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
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

// IdentityRegistryAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the IdentityRegistry contract.
type IdentityRegistryAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func IdentityRegistryAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (identityRegistry *IdentityRegistry) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*IdentityRegistryAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(IdentityRegistryAccessControlEnforcedDefaultAdminDelay)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the IdentityRegistry contract.
type IdentityRegistryAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func IdentityRegistryAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (identityRegistry *IdentityRegistry) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*IdentityRegistryAccessControlEnforcedDefaultAdminRules, error) {
	out := new(IdentityRegistryAccessControlEnforcedDefaultAdminRules)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistryAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the IdentityRegistry contract.
type IdentityRegistryAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func IdentityRegistryAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (identityRegistry *IdentityRegistry) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*IdentityRegistryAccessControlInvalidDefaultAdmin, error) {
	out := new(IdentityRegistryAccessControlInvalidDefaultAdmin)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
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

// IdentityRegistryRoleHolderZero represents a RoleHolderZero error raised by the IdentityRegistry contract.
type IdentityRegistryRoleHolderZero struct {
	Role [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoleHolderZero(bytes32 role)
func IdentityRegistryRoleHolderZeroErrorID() common.Hash {
	return common.HexToHash("0x413817e8249f1d16352c04345d917f4be5a6c63aaec2104f9187469e807e827c")
}

// UnpackRoleHolderZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoleHolderZero(bytes32 role)
func (identityRegistry *IdentityRegistry) UnpackRoleHolderZeroError(raw []byte) (*IdentityRegistryRoleHolderZero, error) {
	out := new(IdentityRegistryRoleHolderZero)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "RoleHolderZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IdentityRegistrySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the IdentityRegistry contract.
type IdentityRegistrySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func IdentityRegistrySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (identityRegistry *IdentityRegistry) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*IdentityRegistrySafeCastOverflowedUintDowncast, error) {
	out := new(IdentityRegistrySafeCastOverflowedUintDowncast)
	if err := identityRegistry.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockMetaData contains all meta data concerning the RWATimelock contract.
var RWATimelockMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"proposers\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"executors\",\"type\":\"address[]\"},{\"internalType\":\"address[]\",\"name\":\"cancellers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FailedCall\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimelockDelayZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minDelay\",\"type\":\"uint256\"}],\"name\":\"TimelockInsufficientDelay\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"targets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payloads\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"values\",\"type\":\"uint256\"}],\"name\":\"TimelockInvalidOperationLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"TimelockMemberZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimelockNoExecutor\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TimelockNoProposer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"TimelockUnauthorizedCaller\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"predecessorId\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexecutedPredecessor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"operationId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"expectedStates\",\"type\":\"bytes32\"}],\"name\":\"TimelockUnexpectedOperationState\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"CallExecuted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"CallSalt\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"CallScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"oldDuration\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newDuration\",\"type\":\"uint256\"}],\"name\":\"MinDelayChange\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCELLER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXECUTOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROPOSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"execute\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"executeBatch\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinDelay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getOperationState\",\"outputs\":[{\"internalType\":\"enumTimelockController.OperationState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperation\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"}],\"name\":\"hashOperationBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperation\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationDone\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationPending\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"isOperationReady\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155BatchReceived\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC1155Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"onERC721Received\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"schedule\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"targets\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"values\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"payloads\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes32\",\"name\":\"predecessor\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"delay\",\"type\":\"uint256\"}],\"name\":\"scheduleBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newDelay\",\"type\":\"uint256\"}],\"name\":\"updateDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "b07a43dfd04b7a1c17db4cae63289a1062",
	Bin: "0x608060405234801561000f575f5ffd5b50604051611f2e380380611f2e83398101604081905261002e916104af565b8383835f61003c8130610334565b506001600160a01b03811615610058576100565f82610334565b505b5f5b83518110156100c6576100995f516020611ece5f395f51905f5285838151811061008657610086610549565b602002602001015161033460201b60201c565b506100bd5f516020611f0e5f395f51905f5285838151811061008657610086610549565b5060010161005a565b505f5b82518110156100fe576100f55f516020611eee5f395f51905f5284838151811061008657610086610549565b506001016100c9565b506002849055604080515f8152602081018690527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150505050835f036101615760405163e812c18d60e01b815260040160405180910390fd5b82515f0361018257604051634def56af60e01b815260040160405180910390fd5b81515f036101a3576040516325087d3b60e11b815260040160405180910390fd5b5f5b835181101561021c575f6001600160a01b03168482815181106101ca576101ca610549565b60200260200101516001600160a01b03160361021457604051637ecd018360e01b81525f516020611ece5f395f51905f526004820152602481018290526044015b60405180910390fd5b6001016101a5565b505f5b8251811015610291575f6001600160a01b031683828151811061024457610244610549565b60200260200101516001600160a01b03160361028957604051637ecd018360e01b81525f516020611eee5f395f51905f5260048201526024810182905260440161020b565b60010161021f565b505f5b815181101561032a575f6001600160a01b03168282815181106102b9576102b9610549565b60200260200101516001600160a01b0316036102fe57604051637ecd018360e01b81525f516020611f0e5f395f51905f5260048201526024810182905260440161020b565b6103215f516020611f0e5f395f51905f5283838151811061008657610086610549565b50600101610294565b505050505061055d565b5f828152602081815260408083206001600160a01b038516845290915281205460ff166103d4575f838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561038c3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103d7565b505f5b92915050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b0381168114610407575f5ffd5b919050565b5f82601f83011261041b575f5ffd5b81516001600160401b03811115610434576104346103dd565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610462576104626103dd565b60405291825260208185018101929081018684111561047f575f5ffd5b6020860192505b838310156104a557610497836103f1565b815260209283019201610486565b5095945050505050565b5f5f5f5f608085870312156104c2575f5ffd5b845160208601519094506001600160401b038111156104df575f5ffd5b6104eb8782880161040c565b604087015190945090506001600160401b03811115610508575f5ffd5b6105148782880161040c565b606087015190935090506001600160401b03811115610531575f5ffd5b61053d8782880161040c565b91505092959194509250565b634e487b7160e01b5f52603260045260245ffd5b6119648061056a5f395ff3fe6080604052600436106101b2575f3560e01c80638065657f116100e7578063bc197c8111610087578063d547741f11610062578063d547741f14610546578063e38335e514610565578063f23a6e6114610578578063f27a0c92146105a3575f5ffd5b8063bc197c81146104d1578063c4d252f5146104fc578063d45c44351461051b575f5ffd5b806391d14854116100c257806391d148541461044d578063a217fddf1461046c578063b08e51c01461047f578063b1c5f427146104b2575f5ffd5b80638065657f146103dc5780638f2a0bb0146103fb5780638f61f4f51461041a575f5ffd5b80632ab0f5291161015257806336568abe1161012d57806336568abe14610353578063584b153e1461037257806364d62353146103915780637958004c146103b0575f5ffd5b80632ab0f529146102f65780632f2ff15d1461031557806331d5075014610334575f5ffd5b8063134008d31161018d578063134008d31461025357806313bc9f2014610266578063150b7a0214610285578063248a9ca3146102c8575f5ffd5b806301d5062a146101bd57806301ffc9a7146101de57806307bd026514610212575f5ffd5b366101b957005b5f5ffd5b3480156101c8575f5ffd5b506101dc6101d7366004611163565b6105b7565b005b3480156101e9575f5ffd5b506101fd6101f83660046111d1565b61068b565b60405190151581526020015b60405180910390f35b34801561021d575f5ffd5b506102457fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e6381565b604051908152602001610209565b6101dc6102613660046111f8565b61069b565b348015610271575f5ffd5b506101fd61028036600461125e565b61074d565b348015610290575f5ffd5b506102af61029f366004611324565b630a85bd0160e11b949350505050565b6040516001600160e01b03199091168152602001610209565b3480156102d3575f5ffd5b506102456102e236600461125e565b5f9081526020819052604090206001015490565b348015610301575f5ffd5b506101fd61031036600461125e565b610772565b348015610320575f5ffd5b506101dc61032f366004611387565b61077a565b34801561033f575f5ffd5b506101fd61034e36600461125e565b6107a4565b34801561035e575f5ffd5b506101dc61036d366004611387565b6107c8565b34801561037d575f5ffd5b506101fd61038c36600461125e565b610800565b34801561039c575f5ffd5b506101dc6103ab36600461125e565b610845565b3480156103bb575f5ffd5b506103cf6103ca36600461125e565b6108b8565b60405161020991906113c5565b3480156103e7575f5ffd5b506102456103f63660046111f8565b610900565b348015610406575f5ffd5b506101dc61041536600461142b565b61093e565b348015610425575f5ffd5b506102457fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc181565b348015610458575f5ffd5b506101fd610467366004611387565b610aca565b348015610477575f5ffd5b506102455f81565b34801561048a575f5ffd5b506102457ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f78381565b3480156104bd575f5ffd5b506102456104cc3660046114dd565b610af2565b3480156104dc575f5ffd5b506102af6104eb366004611606565b63bc197c8160e01b95945050505050565b348015610507575f5ffd5b506101dc61051636600461125e565b610b36565b348015610526575f5ffd5b5061024561053536600461125e565b5f9081526001602052604090205490565b348015610551575f5ffd5b506101dc610560366004611387565b610be0565b6101dc6105733660046114dd565b610c04565b348015610583575f5ffd5b506102af6105923660046116b2565b63f23a6e6160e01b95945050505050565b3480156105ae575f5ffd5b50600254610245565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc16105e181610d85565b5f6105f0898989898989610900565b90506105fc8184610d92565b5f817f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8b8b8b8b8b8a6040516106379695949392919061172d565b60405180910390a3831561068057807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d03878560405161067791815260200190565b60405180910390a25b505050505050505050565b5f61069582610e23565b92915050565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e636106c6815f610aca565b6106d4576106d48133610e47565b5f6106e3888888888888610900565b90506106ef8185610e84565b6106fb88888888610ed2565b5f817fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b588a8a8a8a6040516107329493929190611769565b60405180910390a361074381610f46565b5050505050505050565b5f60025b61075a836108b8565b600381111561076b5761076b6113b1565b1492915050565b5f6003610751565b5f8281526020819052604090206001015461079481610d85565b61079e8383610f71565b50505050565b5f806107af836108b8565b60038111156107c0576107c06113b1565b141592915050565b6001600160a01b03811633146107f15760405163334bd91960e11b815260040160405180910390fd5b6107fb8282611000565b505050565b5f5f61080b836108b8565b90506001816003811115610821576108216113b1565b148061083e5750600281600381111561083c5761083c6113b1565b145b9392505050565b333081146108765760405163e2850c5960e01b81526001600160a01b03821660048201526024015b60405180910390fd5b60025460408051918252602082018490527f11c24f4ead16507c69ac467fbd5e4eed5fb5c699626d2cc6d66421df253886d5910160405180910390a150600255565b5f81815260016020526040812054805f036108d557505f92915050565b600181036108e65750600392915050565b428111156108f75750600192915050565b50600292915050565b5f86868686868660405160200161091c9695949392919061172d565b6040516020818303038152906040528051906020012090509695505050505050565b7fb09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc161096881610d85565b88871415806109775750888514155b156109a9576040516001624fcdef60e01b03198152600481018a9052602481018690526044810188905260640161086d565b5f6109ba8b8b8b8b8b8b8b8b610af2565b90506109c68184610d92565b5f5b8a811015610a7b5780827f4cf4410cc57040e44862ef0f45f3dd5a5e02db8eb8add648d4b0e236f1d07dca8e8e85818110610a0557610a05611790565b9050602002016020810190610a1a91906117a4565b8d8d86818110610a2c57610a2c611790565b905060200201358c8c87818110610a4557610a45611790565b9050602002810190610a5791906117bd565b8c8b604051610a6b9695949392919061172d565b60405180910390a36001016109c8565b508315610abd57807f20fda5fd27a1ea7bf5b9567f143ac5470bb059374a27e8f67cb44f946f6d038785604051610ab491815260200190565b60405180910390a25b5050505050505050505050565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f8888888888888888604051602001610b12989796959493929190611897565b60405160208183030381529060405280519060200120905098975050505050505050565b7ffd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783610b6081610d85565b610b6982610800565b610ba55781610b786002611069565b610b826001611069565b604051635ead8eb560e01b8152600481019390935217602482015260440161086d565b5f828152600160205260408082208290555183917fbaa1eb22f2a492ba1a5fea61b8df4d27c6c8b5f3971e63bb58fa14ff72eedb7091a25050565b5f82815260208190526040902060010154610bfa81610d85565b61079e8383611000565b7fd8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63610c2f815f610aca565b610c3d57610c3d8133610e47565b8786141580610c4c5750878414155b15610c7e576040516001624fcdef60e01b0319815260048101899052602481018590526044810187905260640161086d565b5f610c8f8a8a8a8a8a8a8a8a610af2565b9050610c9b8185610e84565b5f5b89811015610d6f575f8b8b83818110610cb857610cb8611790565b9050602002016020810190610ccd91906117a4565b90505f8a8a84818110610ce257610ce2611790565b905060200201359050365f8a8a86818110610cff57610cff611790565b9050602002810190610d1191906117bd565b91509150610d2184848484610ed2565b84867fc2617efa69bab66782fa219543714338489c4e9e178271560a91b82c3f612b5886868686604051610d589493929190611769565b60405180910390a350505050806001019050610c9d565b50610d7981610f46565b50505050505050505050565b610d8f8133610e47565b50565b610d9b826107a4565b15610dcc5781610daa5f611069565b604051635ead8eb560e01b81526004810192909252602482015260440161086d565b5f610dd660025490565b905080821015610e0357604051635433660960e01b8152600481018390526024810182905260440161086d565b610e0d8242611936565b5f93845260016020526040909320929092555050565b5f6001600160e01b03198216630271189760e51b148061069557506106958261108b565b610e518282610aca565b610e805760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161086d565b5050565b610e8d8261074d565b610e9c5781610daa6002611069565b8015801590610eb15750610eaf81610772565b155b15610e805760405163121534c360e31b81526004810182905260240161086d565b5f5f856001600160a01b0316858585604051610eef929190611955565b5f6040518083038185875af1925050503d805f8114610f29576040519150601f19603f3d011682016040523d82523d5f602084013e610f2e565b606091505b5091509150610f3d82826110bf565b50505050505050565b610f4f8161074d565b610f5e5780610daa6002611069565b5f90815260016020819052604090912055565b5f610f7c8383610aca565b610ff9575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610fb13390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610695565b505f610695565b5f61100b8383610aca565b15610ff9575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610695565b5f81600381111561107c5761107c6113b1565b600160ff919091161b92915050565b5f6001600160e01b03198216637965db0b60e01b148061069557506301ffc9a760e01b6001600160e01b0319831614610695565b606082156110ce575080610695565b8151156110e3576110de826110fc565b610695565b60405163d6bda27560e01b815260040160405180910390fd5b805160208201fd5b80356001600160a01b038116811461111a575f5ffd5b919050565b5f5f83601f84011261112f575f5ffd5b5081356001600160401b03811115611145575f5ffd5b60208301915083602082850101111561115c575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611179575f5ffd5b61118288611104565b96506020880135955060408801356001600160401b038111156111a3575f5ffd5b6111af8a828b0161111f565b989b979a50986060810135976080820135975060a09091013595509350505050565b5f602082840312156111e1575f5ffd5b81356001600160e01b03198116811461083e575f5ffd5b5f5f5f5f5f5f60a0878903121561120d575f5ffd5b61121687611104565b95506020870135945060408701356001600160401b03811115611237575f5ffd5b61124389828a0161111f565b979a9699509760608101359660809091013595509350505050565b5f6020828403121561126e575f5ffd5b5035919050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156112b1576112b1611275565b604052919050565b5f82601f8301126112c8575f5ffd5b81356001600160401b038111156112e1576112e1611275565b6112f4601f8201601f1916602001611289565b818152846020838601011115611308575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f60808587031215611337575f5ffd5b61134085611104565b935061134e60208601611104565b92506040850135915060608501356001600160401b0381111561136f575f5ffd5b61137b878288016112b9565b91505092959194509250565b5f5f60408385031215611398575f5ffd5b823591506113a860208401611104565b90509250929050565b634e487b7160e01b5f52602160045260245ffd5b60208101600483106113e557634e487b7160e01b5f52602160045260245ffd5b91905290565b5f5f83601f8401126113fb575f5ffd5b5081356001600160401b03811115611411575f5ffd5b6020830191508360208260051b850101111561115c575f5ffd5b5f5f5f5f5f5f5f5f5f60c08a8c031215611443575f5ffd5b89356001600160401b03811115611458575f5ffd5b6114648c828d016113eb565b909a5098505060208a01356001600160401b03811115611482575f5ffd5b61148e8c828d016113eb565b90985096505060408a01356001600160401b038111156114ac575f5ffd5b6114b88c828d016113eb565b9a9d999c50979a969997986060880135976080810135975060a0013595509350505050565b5f5f5f5f5f5f5f5f60a0898b0312156114f4575f5ffd5b88356001600160401b03811115611509575f5ffd5b6115158b828c016113eb565b90995097505060208901356001600160401b03811115611533575f5ffd5b61153f8b828c016113eb565b90975095505060408901356001600160401b0381111561155d575f5ffd5b6115698b828c016113eb565b999c989b509699959896976060870135966080013595509350505050565b5f82601f830112611596575f5ffd5b81356001600160401b038111156115af576115af611275565b8060051b6115bf60208201611289565b918252602081850181019290810190868411156115da575f5ffd5b6020860192505b838310156115fc5782358252602092830192909101906115e1565b9695505050505050565b5f5f5f5f5f60a0868803121561161a575f5ffd5b61162386611104565b945061163160208701611104565b935060408601356001600160401b0381111561164b575f5ffd5b61165788828901611587565b93505060608601356001600160401b03811115611672575f5ffd5b61167e88828901611587565b92505060808601356001600160401b03811115611699575f5ffd5b6116a5888289016112b9565b9150509295509295909350565b5f5f5f5f5f60a086880312156116c6575f5ffd5b6116cf86611104565b94506116dd60208701611104565b9350604086013592506060860135915060808601356001600160401b03811115611699575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b038716815285602082015260a060408201525f61175460a083018688611705565b60608301949094525060800152949350505050565b60018060a01b0385168152836020820152606060408201525f6115fc606083018486611705565b634e487b7160e01b5f52603260045260245ffd5b5f602082840312156117b4575f5ffd5b61083e82611104565b5f5f8335601e198436030181126117d2575f5ffd5b8301803591506001600160401b038211156117eb575f5ffd5b60200191503681900382131561115c575f5ffd5b5f8383855260208501945060208460051b820101835f601e19863603015b8782101561188a57848403601f19018952823581811261183b575f5ffd5b87016020810190356001600160401b03811115611856575f5ffd5b803603821315611864575f5ffd5b61186f868284611705565b9550505060208301925060208901985060018201915061181d565b5091979650505050505050565b60a080825281018890525f8960c08301825b8b8110156118d7576001600160a01b036118c284611104565b168252602092830192909101906001016118a9565b5083810360208501528881526001600160fb1b038911156118f6575f5ffd5b8860051b9150818a6020830137018281036020908101604085015261191e90820187896117ff565b60608401959095525050608001529695505050505050565b8082018082111561069557634e487b7160e01b5f52601160045260245ffd5b818382375f910190815291905056b09aa5aeb3702cfd50b6b62bc4532604938f21248a27a1d5ca736082b6819cc1d8aa0f3194971a2a116679f7c2090f6939c8d4e01a2a8d7e41d55e5351469e63fd643c72710c63c0180259aba6b2d05451e3591a24e58b62239378085726f783",
}

// RWATimelock is an auto generated Go binding around an Ethereum contract.
type RWATimelock struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RWATimelock) GetABI() abi.ABI {
	return c.abi
}

// NewRWATimelock creates a new instance of RWATimelock.
func NewRWATimelock() *RWATimelock {
	parsed, err := RWATimelockMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RWATimelock{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RWATimelock) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 minDelay, address[] proposers, address[] executors, address[] cancellers) returns()
func (rWATimelock *RWATimelock) PackConstructor(minDelay *big.Int, proposers []common.Address, executors []common.Address, cancellers []common.Address) []byte {
	enc, err := rWATimelock.abi.Pack("", minDelay, proposers, executors, cancellers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) PackCANCELLERROLE() []byte {
	enc, err := rWATimelock.abi.Pack("CANCELLER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELLERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb08e51c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) TryPackCANCELLERROLE() ([]byte, error) {
	return rWATimelock.abi.Pack("CANCELLER_ROLE")
}

// UnpackCANCELLERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb08e51c0.
//
// Solidity: function CANCELLER_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) UnpackCANCELLERROLE(data []byte) ([32]byte, error) {
	out, err := rWATimelock.abi.Unpack("CANCELLER_ROLE", data)
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
func (rWATimelock *RWATimelock) PackDEFAULTADMINROLE() []byte {
	enc, err := rWATimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
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
func (rWATimelock *RWATimelock) TryPackDEFAULTADMINROLE() ([]byte, error) {
	return rWATimelock.abi.Pack("DEFAULT_ADMIN_ROLE")
}

// UnpackDEFAULTADMINROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) UnpackDEFAULTADMINROLE(data []byte) ([32]byte, error) {
	out, err := rWATimelock.abi.Unpack("DEFAULT_ADMIN_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) PackEXECUTORROLE() []byte {
	enc, err := rWATimelock.abi.Pack("EXECUTOR_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXECUTORROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07bd0265.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) TryPackEXECUTORROLE() ([]byte, error) {
	return rWATimelock.abi.Pack("EXECUTOR_ROLE")
}

// UnpackEXECUTORROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07bd0265.
//
// Solidity: function EXECUTOR_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) UnpackEXECUTORROLE(data []byte) ([32]byte, error) {
	out, err := rWATimelock.abi.Unpack("EXECUTOR_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) PackPROPOSERROLE() []byte {
	enc, err := rWATimelock.abi.Pack("PROPOSER_ROLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROPOSERROLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f61f4f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) TryPackPROPOSERROLE() ([]byte, error) {
	return rWATimelock.abi.Pack("PROPOSER_ROLE")
}

// UnpackPROPOSERROLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f61f4f5.
//
// Solidity: function PROPOSER_ROLE() view returns(bytes32)
func (rWATimelock *RWATimelock) UnpackPROPOSERROLE(data []byte) ([32]byte, error) {
	out, err := rWATimelock.abi.Unpack("PROPOSER_ROLE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(bytes32 id) returns()
func (rWATimelock *RWATimelock) PackCancel(id [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("cancel", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc4d252f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(bytes32 id) returns()
func (rWATimelock *RWATimelock) TryPackCancel(id [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("cancel", id)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (rWATimelock *RWATimelock) PackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x134008d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(address target, uint256 value, bytes payload, bytes32 predecessor, bytes32 salt) payable returns()
func (rWATimelock *RWATimelock) TryPackExecute(target common.Address, value *big.Int, payload []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("execute", target, value, payload, predecessor, salt)
}

// PackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (rWATimelock *RWATimelock) PackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecuteBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe38335e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function executeBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) payable returns()
func (rWATimelock *RWATimelock) TryPackExecuteBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("executeBatch", targets, values, payloads, predecessor, salt)
}

// PackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinDelay() view returns(uint256)
func (rWATimelock *RWATimelock) PackGetMinDelay() []byte {
	enc, err := rWATimelock.abi.Pack("getMinDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf27a0c92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinDelay() view returns(uint256)
func (rWATimelock *RWATimelock) TryPackGetMinDelay() ([]byte, error) {
	return rWATimelock.abi.Pack("getMinDelay")
}

// UnpackGetMinDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf27a0c92.
//
// Solidity: function getMinDelay() view returns(uint256)
func (rWATimelock *RWATimelock) UnpackGetMinDelay(data []byte) (*big.Int, error) {
	out, err := rWATimelock.abi.Unpack("getMinDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (rWATimelock *RWATimelock) PackGetOperationState(id [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("getOperationState", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetOperationState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7958004c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (rWATimelock *RWATimelock) TryPackGetOperationState(id [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("getOperationState", id)
}

// UnpackGetOperationState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7958004c.
//
// Solidity: function getOperationState(bytes32 id) view returns(uint8)
func (rWATimelock *RWATimelock) UnpackGetOperationState(data []byte) (uint8, error) {
	out, err := rWATimelock.abi.Unpack("getOperationState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackGetRoleAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x248a9ca3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rWATimelock *RWATimelock) PackGetRoleAdmin(role [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("getRoleAdmin", role)
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
func (rWATimelock *RWATimelock) TryPackGetRoleAdmin(role [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("getRoleAdmin", role)
}

// UnpackGetRoleAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (rWATimelock *RWATimelock) UnpackGetRoleAdmin(data []byte) ([32]byte, error) {
	out, err := rWATimelock.abi.Unpack("getRoleAdmin", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (rWATimelock *RWATimelock) PackGetTimestamp(id [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("getTimestamp", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd45c4435.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (rWATimelock *RWATimelock) TryPackGetTimestamp(id [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("getTimestamp", id)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd45c4435.
//
// Solidity: function getTimestamp(bytes32 id) view returns(uint256)
func (rWATimelock *RWATimelock) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := rWATimelock.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGrantRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f2ff15d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (rWATimelock *RWATimelock) PackGrantRole(role [32]byte, account common.Address) []byte {
	enc, err := rWATimelock.abi.Pack("grantRole", role, account)
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
func (rWATimelock *RWATimelock) TryPackGrantRole(role [32]byte, account common.Address) ([]byte, error) {
	return rWATimelock.abi.Pack("grantRole", role, account)
}

// PackHasRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91d14854.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rWATimelock *RWATimelock) PackHasRole(role [32]byte, account common.Address) []byte {
	enc, err := rWATimelock.abi.Pack("hasRole", role, account)
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
func (rWATimelock *RWATimelock) TryPackHasRole(role [32]byte, account common.Address) ([]byte, error) {
	return rWATimelock.abi.Pack("hasRole", role, account)
}

// UnpackHasRole is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (rWATimelock *RWATimelock) UnpackHasRole(data []byte) (bool, error) {
	out, err := rWATimelock.abi.Unpack("hasRole", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (rWATimelock *RWATimelock) PackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8065657f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (rWATimelock *RWATimelock) TryPackHashOperation(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("hashOperation", target, value, data, predecessor, salt)
}

// UnpackHashOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8065657f.
//
// Solidity: function hashOperation(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (rWATimelock *RWATimelock) UnpackHashOperation(data []byte) ([32]byte, error) {
	out, err := rWATimelock.abi.Unpack("hashOperation", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (rWATimelock *RWATimelock) PackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashOperationBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1c5f427.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (rWATimelock *RWATimelock) TryPackHashOperationBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("hashOperationBatch", targets, values, payloads, predecessor, salt)
}

// UnpackHashOperationBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1c5f427.
//
// Solidity: function hashOperationBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt) pure returns(bytes32)
func (rWATimelock *RWATimelock) UnpackHashOperationBatch(data []byte) ([32]byte, error) {
	out, err := rWATimelock.abi.Unpack("hashOperationBatch", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) PackIsOperation(id [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("isOperation", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x31d50750.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) TryPackIsOperation(id [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("isOperation", id)
}

// UnpackIsOperation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x31d50750.
//
// Solidity: function isOperation(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) UnpackIsOperation(data []byte) (bool, error) {
	out, err := rWATimelock.abi.Unpack("isOperation", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) PackIsOperationDone(id [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("isOperationDone", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationDone is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ab0f529.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) TryPackIsOperationDone(id [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("isOperationDone", id)
}

// UnpackIsOperationDone is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ab0f529.
//
// Solidity: function isOperationDone(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) UnpackIsOperationDone(data []byte) (bool, error) {
	out, err := rWATimelock.abi.Unpack("isOperationDone", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) PackIsOperationPending(id [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("isOperationPending", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationPending is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x584b153e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) TryPackIsOperationPending(id [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("isOperationPending", id)
}

// UnpackIsOperationPending is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x584b153e.
//
// Solidity: function isOperationPending(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) UnpackIsOperationPending(data []byte) (bool, error) {
	out, err := rWATimelock.abi.Unpack("isOperationPending", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) PackIsOperationReady(id [32]byte) []byte {
	enc, err := rWATimelock.abi.Pack("isOperationReady", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOperationReady is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13bc9f20.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) TryPackIsOperationReady(id [32]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("isOperationReady", id)
}

// UnpackIsOperationReady is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13bc9f20.
//
// Solidity: function isOperationReady(bytes32 id) view returns(bool)
func (rWATimelock *RWATimelock) UnpackIsOperationReady(data []byte) (bool, error) {
	out, err := rWATimelock.abi.Unpack("isOperationReady", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) PackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) []byte {
	enc, err := rWATimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155BatchReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc197c81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) TryPackOnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) ([]byte, error) {
	return rWATimelock.abi.Pack("onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155BatchReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) UnpackOnERC1155BatchReceived(data []byte) ([4]byte, error) {
	out, err := rWATimelock.abi.Unpack("onERC1155BatchReceived", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) PackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) []byte {
	enc, err := rWATimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC1155Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf23a6e61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) TryPackOnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) ([]byte, error) {
	return rWATimelock.abi.Pack("onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// UnpackOnERC1155Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) UnpackOnERC1155Received(data []byte) ([4]byte, error) {
	out, err := rWATimelock.abi.Unpack("onERC1155Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) PackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) []byte {
	enc, err := rWATimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnERC721Received is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x150b7a02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) TryPackOnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) ([]byte, error) {
	return rWATimelock.abi.Pack("onERC721Received", arg0, arg1, arg2, arg3)
}

// UnpackOnERC721Received is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (rWATimelock *RWATimelock) UnpackOnERC721Received(data []byte) ([4]byte, error) {
	out, err := rWATimelock.abi.Unpack("onERC721Received", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (rWATimelock *RWATimelock) PackRenounceRole(role [32]byte, callerConfirmation common.Address) []byte {
	enc, err := rWATimelock.abi.Pack("renounceRole", role, callerConfirmation)
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
func (rWATimelock *RWATimelock) TryPackRenounceRole(role [32]byte, callerConfirmation common.Address) ([]byte, error) {
	return rWATimelock.abi.Pack("renounceRole", role, callerConfirmation)
}

// PackRevokeRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd547741f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (rWATimelock *RWATimelock) PackRevokeRole(role [32]byte, account common.Address) []byte {
	enc, err := rWATimelock.abi.Pack("revokeRole", role, account)
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
func (rWATimelock *RWATimelock) TryPackRevokeRole(role [32]byte, account common.Address) ([]byte, error) {
	return rWATimelock.abi.Pack("revokeRole", role, account)
}

// PackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (rWATimelock *RWATimelock) PackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := rWATimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01d5062a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function schedule(address target, uint256 value, bytes data, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (rWATimelock *RWATimelock) TryPackSchedule(target common.Address, value *big.Int, data []byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return rWATimelock.abi.Pack("schedule", target, value, data, predecessor, salt, delay)
}

// PackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (rWATimelock *RWATimelock) PackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) []byte {
	enc, err := rWATimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackScheduleBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f2a0bb0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function scheduleBatch(address[] targets, uint256[] values, bytes[] payloads, bytes32 predecessor, bytes32 salt, uint256 delay) returns()
func (rWATimelock *RWATimelock) TryPackScheduleBatch(targets []common.Address, values []*big.Int, payloads [][]byte, predecessor [32]byte, salt [32]byte, delay *big.Int) ([]byte, error) {
	return rWATimelock.abi.Pack("scheduleBatch", targets, values, payloads, predecessor, salt, delay)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rWATimelock *RWATimelock) PackSupportsInterface(interfaceId [4]byte) []byte {
	enc, err := rWATimelock.abi.Pack("supportsInterface", interfaceId)
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
func (rWATimelock *RWATimelock) TryPackSupportsInterface(interfaceId [4]byte) ([]byte, error) {
	return rWATimelock.abi.Pack("supportsInterface", interfaceId)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (rWATimelock *RWATimelock) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := rWATimelock.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (rWATimelock *RWATimelock) PackUpdateDelay(newDelay *big.Int) []byte {
	enc, err := rWATimelock.abi.Pack("updateDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpdateDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64d62353.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function updateDelay(uint256 newDelay) returns()
func (rWATimelock *RWATimelock) TryPackUpdateDelay(newDelay *big.Int) ([]byte, error) {
	return rWATimelock.abi.Pack("updateDelay", newDelay)
}

// RWATimelockCallExecuted represents a CallExecuted event raised by the RWATimelock contract.
type RWATimelockCallExecuted struct {
	Id     [32]byte
	Index  *big.Int
	Target common.Address
	Value  *big.Int
	Data   []byte
	Raw    *types.Log // Blockchain specific contextual infos
}

const RWATimelockCallExecutedEventName = "CallExecuted"

// ContractEventName returns the user-defined event name.
func (RWATimelockCallExecuted) ContractEventName() string {
	return RWATimelockCallExecutedEventName
}

// UnpackCallExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallExecuted(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data)
func (rWATimelock *RWATimelock) UnpackCallExecutedEvent(log *types.Log) (*RWATimelockCallExecuted, error) {
	event := "CallExecuted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockCallExecuted)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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

// RWATimelockCallSalt represents a CallSalt event raised by the RWATimelock contract.
type RWATimelockCallSalt struct {
	Id   [32]byte
	Salt [32]byte
	Raw  *types.Log // Blockchain specific contextual infos
}

const RWATimelockCallSaltEventName = "CallSalt"

// ContractEventName returns the user-defined event name.
func (RWATimelockCallSalt) ContractEventName() string {
	return RWATimelockCallSaltEventName
}

// UnpackCallSaltEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallSalt(bytes32 indexed id, bytes32 salt)
func (rWATimelock *RWATimelock) UnpackCallSaltEvent(log *types.Log) (*RWATimelockCallSalt, error) {
	event := "CallSalt"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockCallSalt)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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

// RWATimelockCallScheduled represents a CallScheduled event raised by the RWATimelock contract.
type RWATimelockCallScheduled struct {
	Id          [32]byte
	Index       *big.Int
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor [32]byte
	Delay       *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RWATimelockCallScheduledEventName = "CallScheduled"

// ContractEventName returns the user-defined event name.
func (RWATimelockCallScheduled) ContractEventName() string {
	return RWATimelockCallScheduledEventName
}

// UnpackCallScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallScheduled(bytes32 indexed id, uint256 indexed index, address target, uint256 value, bytes data, bytes32 predecessor, uint256 delay)
func (rWATimelock *RWATimelock) UnpackCallScheduledEvent(log *types.Log) (*RWATimelockCallScheduled, error) {
	event := "CallScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockCallScheduled)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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

// RWATimelockCancelled represents a Cancelled event raised by the RWATimelock contract.
type RWATimelockCancelled struct {
	Id  [32]byte
	Raw *types.Log // Blockchain specific contextual infos
}

const RWATimelockCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (RWATimelockCancelled) ContractEventName() string {
	return RWATimelockCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed id)
func (rWATimelock *RWATimelock) UnpackCancelledEvent(log *types.Log) (*RWATimelockCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockCancelled)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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

// RWATimelockMinDelayChange represents a MinDelayChange event raised by the RWATimelock contract.
type RWATimelockMinDelayChange struct {
	OldDuration *big.Int
	NewDuration *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RWATimelockMinDelayChangeEventName = "MinDelayChange"

// ContractEventName returns the user-defined event name.
func (RWATimelockMinDelayChange) ContractEventName() string {
	return RWATimelockMinDelayChangeEventName
}

// UnpackMinDelayChangeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinDelayChange(uint256 oldDuration, uint256 newDuration)
func (rWATimelock *RWATimelock) UnpackMinDelayChangeEvent(log *types.Log) (*RWATimelockMinDelayChange, error) {
	event := "MinDelayChange"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockMinDelayChange)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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

// RWATimelockRoleAdminChanged represents a RoleAdminChanged event raised by the RWATimelock contract.
type RWATimelockRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const RWATimelockRoleAdminChangedEventName = "RoleAdminChanged"

// ContractEventName returns the user-defined event name.
func (RWATimelockRoleAdminChanged) ContractEventName() string {
	return RWATimelockRoleAdminChangedEventName
}

// UnpackRoleAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (rWATimelock *RWATimelock) UnpackRoleAdminChangedEvent(log *types.Log) (*RWATimelockRoleAdminChanged, error) {
	event := "RoleAdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockRoleAdminChanged)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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

// RWATimelockRoleGranted represents a RoleGranted event raised by the RWATimelock contract.
type RWATimelockRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATimelockRoleGrantedEventName = "RoleGranted"

// ContractEventName returns the user-defined event name.
func (RWATimelockRoleGranted) ContractEventName() string {
	return RWATimelockRoleGrantedEventName
}

// UnpackRoleGrantedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (rWATimelock *RWATimelock) UnpackRoleGrantedEvent(log *types.Log) (*RWATimelockRoleGranted, error) {
	event := "RoleGranted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockRoleGranted)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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

// RWATimelockRoleRevoked represents a RoleRevoked event raised by the RWATimelock contract.
type RWATimelockRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const RWATimelockRoleRevokedEventName = "RoleRevoked"

// ContractEventName returns the user-defined event name.
func (RWATimelockRoleRevoked) ContractEventName() string {
	return RWATimelockRoleRevokedEventName
}

// UnpackRoleRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (rWATimelock *RWATimelock) UnpackRoleRevokedEvent(log *types.Log) (*RWATimelockRoleRevoked, error) {
	event := "RoleRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWATimelock.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATimelockRoleRevoked)
	if len(log.Data) > 0 {
		if err := rWATimelock.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rWATimelock.abi.Events[event].Inputs {
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
func (rWATimelock *RWATimelock) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["AccessControlBadConfirmation"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackAccessControlBadConfirmationError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["AccessControlUnauthorizedAccount"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackAccessControlUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["FailedCall"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackFailedCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockDelayZero"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockDelayZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockInsufficientDelay"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockInsufficientDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockInvalidOperationLength"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockInvalidOperationLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockMemberZero"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockMemberZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockNoExecutor"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockNoExecutorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockNoProposer"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockNoProposerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockUnauthorizedCaller"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockUnauthorizedCallerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockUnexecutedPredecessor"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockUnexecutedPredecessorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWATimelock.abi.Errors["TimelockUnexpectedOperationState"].ID.Bytes()[:4]) {
		return rWATimelock.UnpackTimelockUnexpectedOperationStateError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RWATimelockAccessControlBadConfirmation represents a AccessControlBadConfirmation error raised by the RWATimelock contract.
type RWATimelockAccessControlBadConfirmation struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlBadConfirmation()
func RWATimelockAccessControlBadConfirmationErrorID() common.Hash {
	return common.HexToHash("0x6697b23232a647058342c0724fe7c415cab25915b54e5dbc03f233173d37b41c")
}

// UnpackAccessControlBadConfirmationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlBadConfirmation()
func (rWATimelock *RWATimelock) UnpackAccessControlBadConfirmationError(raw []byte) (*RWATimelockAccessControlBadConfirmation, error) {
	out := new(RWATimelockAccessControlBadConfirmation)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "AccessControlBadConfirmation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockAccessControlUnauthorizedAccount represents a AccessControlUnauthorizedAccount error raised by the RWATimelock contract.
type RWATimelockAccessControlUnauthorizedAccount struct {
	Account    common.Address
	NeededRole [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func RWATimelockAccessControlUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0xe2517d3fbfae6f8515ef5ff1ccedc3933ab0cbbda0b492c06eb54ad10ef03b3e")
}

// UnpackAccessControlUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlUnauthorizedAccount(address account, bytes32 neededRole)
func (rWATimelock *RWATimelock) UnpackAccessControlUnauthorizedAccountError(raw []byte) (*RWATimelockAccessControlUnauthorizedAccount, error) {
	out := new(RWATimelockAccessControlUnauthorizedAccount)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "AccessControlUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockFailedCall represents a FailedCall error raised by the RWATimelock contract.
type RWATimelockFailedCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FailedCall()
func RWATimelockFailedCallErrorID() common.Hash {
	return common.HexToHash("0xd6bda27508c0fb6d8a39b4b122878dab26f731a7d4e4abe711dd3731899052a4")
}

// UnpackFailedCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FailedCall()
func (rWATimelock *RWATimelock) UnpackFailedCallError(raw []byte) (*RWATimelockFailedCall, error) {
	out := new(RWATimelockFailedCall)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "FailedCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockDelayZero represents a TimelockDelayZero error raised by the RWATimelock contract.
type RWATimelockTimelockDelayZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockDelayZero()
func RWATimelockTimelockDelayZeroErrorID() common.Hash {
	return common.HexToHash("0xe812c18d77accd8592a4eaa3355243dd54e5f38e4e976dd812ecc3ec34c14ccd")
}

// UnpackTimelockDelayZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockDelayZero()
func (rWATimelock *RWATimelock) UnpackTimelockDelayZeroError(raw []byte) (*RWATimelockTimelockDelayZero, error) {
	out := new(RWATimelockTimelockDelayZero)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockDelayZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockInsufficientDelay represents a TimelockInsufficientDelay error raised by the RWATimelock contract.
type RWATimelockTimelockInsufficientDelay struct {
	Delay    *big.Int
	MinDelay *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func RWATimelockTimelockInsufficientDelayErrorID() common.Hash {
	return common.HexToHash("0x543366097fc46a718a4890a59e5216cbbc872f61973a9e2a6666ecccaa1a07ca")
}

// UnpackTimelockInsufficientDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInsufficientDelay(uint256 delay, uint256 minDelay)
func (rWATimelock *RWATimelock) UnpackTimelockInsufficientDelayError(raw []byte) (*RWATimelockTimelockInsufficientDelay, error) {
	out := new(RWATimelockTimelockInsufficientDelay)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockInsufficientDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockInvalidOperationLength represents a TimelockInvalidOperationLength error raised by the RWATimelock contract.
type RWATimelockTimelockInvalidOperationLength struct {
	Targets  *big.Int
	Payloads *big.Int
	Values   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func RWATimelockTimelockInvalidOperationLengthErrorID() common.Hash {
	return common.HexToHash("0xffb0321166292613ddbe36e2eb9b9b1e8877aa314505f6d35f0f4ae660e8ada3")
}

// UnpackTimelockInvalidOperationLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockInvalidOperationLength(uint256 targets, uint256 payloads, uint256 values)
func (rWATimelock *RWATimelock) UnpackTimelockInvalidOperationLengthError(raw []byte) (*RWATimelockTimelockInvalidOperationLength, error) {
	out := new(RWATimelockTimelockInvalidOperationLength)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockInvalidOperationLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockMemberZero represents a TimelockMemberZero error raised by the RWATimelock contract.
type RWATimelockTimelockMemberZero struct {
	Role  [32]byte
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockMemberZero(bytes32 role, uint256 index)
func RWATimelockTimelockMemberZeroErrorID() common.Hash {
	return common.HexToHash("0x7ecd0183452059709838e606cb07c1222a0a5753e7e686175ef90ba0576ba6fa")
}

// UnpackTimelockMemberZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockMemberZero(bytes32 role, uint256 index)
func (rWATimelock *RWATimelock) UnpackTimelockMemberZeroError(raw []byte) (*RWATimelockTimelockMemberZero, error) {
	out := new(RWATimelockTimelockMemberZero)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockMemberZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockNoExecutor represents a TimelockNoExecutor error raised by the RWATimelock contract.
type RWATimelockTimelockNoExecutor struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockNoExecutor()
func RWATimelockTimelockNoExecutorErrorID() common.Hash {
	return common.HexToHash("0x4a10fa76902c35fe97a1639e3bee95de21ce5d1b9d89927305c5073c48002730")
}

// UnpackTimelockNoExecutorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockNoExecutor()
func (rWATimelock *RWATimelock) UnpackTimelockNoExecutorError(raw []byte) (*RWATimelockTimelockNoExecutor, error) {
	out := new(RWATimelockTimelockNoExecutor)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockNoExecutor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockNoProposer represents a TimelockNoProposer error raised by the RWATimelock contract.
type RWATimelockTimelockNoProposer struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockNoProposer()
func RWATimelockTimelockNoProposerErrorID() common.Hash {
	return common.HexToHash("0x4def56af43648f3c32db85cabcbc85ac56b01c39abb3104765a0c1333efcbcd5")
}

// UnpackTimelockNoProposerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockNoProposer()
func (rWATimelock *RWATimelock) UnpackTimelockNoProposerError(raw []byte) (*RWATimelockTimelockNoProposer, error) {
	out := new(RWATimelockTimelockNoProposer)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockNoProposer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockUnauthorizedCaller represents a TimelockUnauthorizedCaller error raised by the RWATimelock contract.
type RWATimelockTimelockUnauthorizedCaller struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func RWATimelockTimelockUnauthorizedCallerErrorID() common.Hash {
	return common.HexToHash("0xe2850c5900ceb2d1b367e63ffd96510279f191862fece2dde12a1b1bce580ebd")
}

// UnpackTimelockUnauthorizedCallerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnauthorizedCaller(address caller)
func (rWATimelock *RWATimelock) UnpackTimelockUnauthorizedCallerError(raw []byte) (*RWATimelockTimelockUnauthorizedCaller, error) {
	out := new(RWATimelockTimelockUnauthorizedCaller)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockUnauthorizedCaller", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockUnexecutedPredecessor represents a TimelockUnexecutedPredecessor error raised by the RWATimelock contract.
type RWATimelockTimelockUnexecutedPredecessor struct {
	PredecessorId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func RWATimelockTimelockUnexecutedPredecessorErrorID() common.Hash {
	return common.HexToHash("0x90a9a618cfd84aabd2505bb50bbc6c95924a5d4f10d2bf500768fcbf91f51cab")
}

// UnpackTimelockUnexecutedPredecessorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexecutedPredecessor(bytes32 predecessorId)
func (rWATimelock *RWATimelock) UnpackTimelockUnexecutedPredecessorError(raw []byte) (*RWATimelockTimelockUnexecutedPredecessor, error) {
	out := new(RWATimelockTimelockUnexecutedPredecessor)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockUnexecutedPredecessor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATimelockTimelockUnexpectedOperationState represents a TimelockUnexpectedOperationState error raised by the RWATimelock contract.
type RWATimelockTimelockUnexpectedOperationState struct {
	OperationId    [32]byte
	ExpectedStates [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func RWATimelockTimelockUnexpectedOperationStateErrorID() common.Hash {
	return common.HexToHash("0x5ead8eb51d1c1b7ef2eb1ef3ec2f009cfba25e924d04ccc853f25803ea40b489")
}

// UnpackTimelockUnexpectedOperationStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimelockUnexpectedOperationState(bytes32 operationId, bytes32 expectedStates)
func (rWATimelock *RWATimelock) UnpackTimelockUnexpectedOperationStateError(raw []byte) (*RWATimelockTimelockUnexpectedOperationState, error) {
	out := new(RWATimelockTimelockUnexpectedOperationState)
	if err := rWATimelock.abi.UnpackIntoInterface(out, "TimelockUnexpectedOperationState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenMetaData contains all meta data concerning the RWAToken contract.
var RWATokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"internalType\":\"structRWAToken.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"identityRegistry_\",\"type\":\"address\"},{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"disclosureRegistry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pool_\",\"type\":\"uint256\"},{\"internalType\":\"contractIERC20\",\"name\":\"payoutToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"unitsPerCent_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"ClaimantNotVerified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ConstructorArgumentZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoHolders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoPayout\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"poolToken\",\"type\":\"address\"}],\"name\":\"NotThePoolsToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PayoutAboveCap\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"PayoutAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"PoolMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"RecipientNotVerified\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"RoleHolderZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"SenderNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"disclosureBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotNotFinal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"PayoutDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"balanceOfAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"closePayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disclosureRegistry\",\"outputs\":[{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"payout\",\"outputs\":[{\"components\":[{\"internalType\":\"uint40\",\"name\":\"snapshotBlock\",\"type\":\"uint40\"},{\"internalType\":\"bool\",\"name\":\"closed\",\"type\":\"bool\"},{\"internalType\":\"uint208\",\"name\":\"settledWeight\",\"type\":\"uint208\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"internalType\":\"structRWAToken.Payout\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"suppressed\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"payoutCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payoutToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"settled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"totalSupplyAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unitsPerCent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c9fcb2450802ab353ac4154b8540a19978",
	Bin: "0x610120604052348015610010575f5ffd5b50604051613cd8380380613cd883398101604081905261002f916103f8565b602086015186518989600361004483826105a7565b50600461005182826105a7565b5050506001600160a01b03811661008257604051636116401160e11b81525f60048201526024015b60405180910390fd5b600680546001600160d01b0316600160d01b65ffffffffffff8516021790556100ab5f826101f2565b5050506001600160a01b03851615806100cb57506001600160a01b038416155b806100d4575082155b806100e657506001600160a01b038216155b806100ef575080155b1561010d5760405163bf8b5c5d60e01b815260040160405180910390fd5b60408601516001600160a01b03166101475760405163082702fd60e31b81525f516020613c985f395f51905f526004820152602401610079565b60608601516001600160a01b03166101815760405163082702fd60e31b81525f516020613cb85f395f51905f526004820152602401610079565b6001600160a01b0380861660805284811660a05260c0849052821660e05261010081905260408601516101c2905f516020613c985f395f51905f52906101f2565b506101e45f516020613cb85f395f51905f5287606001516101f260201b60201c565b505050505050505050610665565b5f8261024e575f61020b6007546001600160a01b031690565b6001600160a01b03161461023257604051631fe1e13d60e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0384161790555b6102588383610261565b90505b92915050565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff16610305575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102bd3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161025b565b505f61025b565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103425761034261030c565b60405290565b5f82601f830112610357575f5ffd5b81516001600160401b038111156103705761037061030c565b604051601f8201601f19908116603f011681016001600160401b038111828210171561039e5761039e61030c565b6040528181528382016020018510156103b5575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146103e5575f5ffd5b50565b80516103f3816103d1565b919050565b5f5f5f5f5f5f5f5f888a03610160811215610411575f5ffd5b89516001600160401b03811115610426575f5ffd5b6104328c828d01610348565b60208c0151909a5090506001600160401b0381111561044f575f5ffd5b61045b8c828d01610348565b9850506080603f198201121561046f575f5ffd5b50610478610320565b60408a0151610486816103d1565b815260608a015165ffffffffffff811681146104a0575f5ffd5b602082015260808a01516104b3816103d1565b604082015260a08a01516104c6816103d1565b606082015295506104d960c08a016103e8565b94506104e760e08a016103e8565b6101008a015190945092506104ff6101208a016103e8565b6101409990990151979a96995094979396929591945050565b600181811c9082168061052c57607f821691505b60208210810361054a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105a257828211156105a257805f5260205f20601f840160051c602085101561057b57505f5b90810190601f840160051c035f5b8181101561059e575f83820155600101610589565b5050505b505050565b81516001600160401b038111156105c0576105c061030c565b6105d4816105ce8454610518565b84610550565b6020601f821160018114610606575f83156105ef5750848201515b5f19600385901b1c1916600184901b17845561065e565b5f84815260208120601f198516915b828110156106355787850151825560209485019460019092019101610615565b508482101561065257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e0516101005161358d61070b5f395f81816103d70152611f5f01525f81816105fb0152818161103301526116de01525f818161040c01528181611d3501528181611d6f01528181611daa0152611e6401525f81816106b401528181610d0401528181611dd20152611eb801525f8181610398015281816113c00152818161191f015281816119ae01528181612557015261265a015261358d5ff3fe608060405234801561000f575f5ffd5b5060043610610319575f3560e01c806370a08231116101af578063a34527f6116100fe578063cf6eefb71161009e578063dd62ed3e11610079578063dd62ed3e146108b1578063e46638e6146108e9578063e5839836146108fc578063f5b541a61461091e575f5ffd5b8063cf6eefb714610868578063d547741f14610896578063d602b9fd146108a9575f5ffd5b8063aab8ab0c116100d9578063aab8ab0c14610832578063ac869cd814610845578063cc8463c814610858578063cefc142914610860575f5ffd5b8063a34527f61461078c578063a60628e2146107d6578063a9059cbb1461081f575f5ffd5b806391d14854116101695780639dc29fac116101445780639dc29fac146107385780639fc1d0e71461074b578063a1eda53c1461075e578063a217fddf14610785575f5ffd5b806391d148541461070a57806395d89b411461071d578063981b24d014610725575f5ffd5b806370a08231146106875780637ebaabb7146106af5780638456cb59146106d657806384ef8ffc146106de57806388d8b2a7146106ef5780638da5cb5b14610702575f5ffd5b80632f2ff15d1161026b5780634efa82b6116102255780636122013411610200578063612201341461063b57806362a659821461064e578063634e93da14610661578063649a5ec714610674575f5ffd5b80634efa82b6146105f65780635a1e6a811461061d5780635c975abb14610630575f5ffd5b80632f2ff15d14610593578063313ce567146105a657806336568abe146105b55780633f4ba83a146105c857806340c10f19146105d05780634ee2cd7e146105e3575f5ffd5b806314c1cca8116102d657806318160ddd116102b157806318160ddd1461054257806322459e181461054a57806323b872dd1461055e578063248a9ca314610571575f5ffd5b806314c1cca8146103d257806316f0115b14610407578063178e57f01461042e575f5ffd5b806301ffc9a71461031d578063022d63fb1461034557806306fdde0314610361578063095ea7b3146103765780630aa6220b14610389578063134e18f414610393575b5f5ffd5b61033061032b3660046130b9565b610945565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161033c565b61036961096f565b60405161033c91906130e0565b610330610384366004613129565b6109ff565b610391610a16565b005b6103ba7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161033c565b6103f97f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200161033c565b6103f97f000000000000000000000000000000000000000000000000000000000000000081565b6104e961043c366004613167565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152506001600160401b03165f908152600a6020908152604091829020825160c081018452815464ffffffffff81168252600160281b810460ff16151593820193909352600160301b9092046001600160d01b031692820192909252600182015460608201526002820154608082015260039091015460a082015290565b60405161033c9190815164ffffffffff1681526020808301511515908201526040808301516001600160d01b031690820152606080830151908201526080808301519082015260a0918201519181019190915260c00190565b6002546103f9565b6103f95f51602061356d5f395f51905f5281565b61033061056c366004613182565b610a2b565b6103f961057f3660046131c0565b5f9081526005602052604090206001015490565b6103916105a13660046131d7565b610a50565b6040516012815260200161033c565b6103916105c33660046131d7565b610a7c565b610391610b27565b6103916105de366004613129565b610b46565b6103f96105f1366004613129565b610b6c565b6103ba7f000000000000000000000000000000000000000000000000000000000000000081565b61039161062b366004613167565b610bc1565b60085460ff16610330565b61039161064936600461321c565b610cd0565b6103f961065c366004613247565b611064565b61039161066f366004613262565b61106e565b61039161068236600461327d565b611081565b6103f9610695366004613262565b6001600160a01b03165f9081526020819052604090205490565b6103ba7f000000000000000000000000000000000000000000000000000000000000000081565b610391611094565b6007546001600160a01b03166103ba565b6103f96106fd3660046132a2565b6110b3565b6103ba6111ca565b6103306107183660046131d7565b6111e2565b61036961120c565b6103f96107333660046131c0565b61121b565b610391610746366004613129565b611259565b610391610759366004613182565b61127a565b610766611311565b6040805165ffffffffffff93841681529290911660208301520161033c565b6103f95f81565b61033061079a3660046132a2565b6001600160401b03919091165f908152600b602090815260408083206001600160a01b039490941683529290522054600160f81b900460ff1690565b6103f96107e43660046132a2565b6001600160401b0382165f908152600b602090815260408083206001600160a01b03851684529091529020546001600160f81b031692915050565b61033061082d366004613129565b611363565b6103f9610840366004613167565b611370565b6103916108533660046132eb565b61170e565b61034a611788565b6103916117e6565b610870611825565b604080516001600160a01b03909316835265ffffffffffff90911660208301520161033c565b6103916108a43660046131d7565b611846565b61039161186e565b6103f96108bf366004613317565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6103306108f7366004613182565b611880565b61033061090a366004613262565b60096020525f908152604090205460ff1681565b6103f97f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b5f6001600160e01b031982166318a4c3c360e11b1480610969575061096982611a4e565b92915050565b60606003805461097e90613333565b80601f01602080910402602001604051908101604052809291908181526020018280546109aa90613333565b80156109f55780601f106109cc576101008083540402835291602001916109f5565b820191905f5260205f20905b8154815290600101906020018083116109d857829003601f168201915b5050505050905090565b5f33610a0c818585611a82565b5060019392505050565b5f610a2081611a8f565b610a28611a99565b50565b5f33610a38858285611aa5565b610a43858585611b21565b60019150505b9392505050565b81610a6e57604051631fe1e13d60e11b815260040160405180910390fd5b610a788282611b7e565b5050565b81158015610a9757506007546001600160a01b038281169116145b15610b1d575f5f610aa6611825565b90925090506001600160a01b038216151580610ac8575065ffffffffffff8116155b80610adb57504265ffffffffffff821610155b15610b08576040516319ca5ebb60e01b815265ffffffffffff821660048201526024015b60405180910390fd5b50506006805465ffffffffffff60a01b191690555b610a788282611ba2565b5f51602061356d5f395f51905f52610b3e81611a8f565b610a28611bd5565b5f51602061356d5f395f51905f52610b5d81611a8f565b610b678383611c27565b505050565b5f438210610b90576040516309dcd3a160e21b815260048101839052602401610aff565b6001600160a01b0383165f908152600c60205260409020610bb19083611c5b565b6001600160d01b03169392505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929610beb81611a8f565b610bf3611d0b565b6001600160401b0382165f908152600a602052604081206002810154909103610c3a57604051631456792360e11b81526001600160401b0384166004820152602401610aff565b8054600160281b900460ff1615610c6f5760405163033669d760e31b81526001600160401b0384166004820152602401610aff565b805465ff00000000001916600160281b17815560028101546040516001600160401b038516917f3032230a1c4e28b767e6d6c6a0ac019d61ef6a5c459492e6e72b0f8a375d4fab91610cc391815260200190565b60405180910390a2505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929610cfa81611a8f565b610d02611d0b565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316635c975abb6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d5e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d829190613365565b15610da0576040516309148bcd60e21b815260040160405180910390fd5b815f03610dc057604051636d2594d560e11b815260040160405180910390fd5b5f5f610dcb85611d2f565b9150915043826001600160401b031610610e03576040516343ee866360e01b81526001600160401b0383166004820152602401610aff565b5f600a81610e176040890160208a01613167565b6001600160401b0316815260208101919091526040015f208054909150600160281b900460ff1615610e7857610e536040870160208801613167565b60405163033669d760e31b81526001600160401b039091166004820152602401610aff565b5f858260020154610e899190613394565b905082811115610eb65760405163080ae85f60e01b81526004810182905260248101849052604401610aff565b815464ffffffffff165f03610f4c575f610ed8856001600160401b031661121b565b9050805f03610f1657610ef16040890160208a01613167565b60405163b83c6af960e01b81526001600160401b039091166004820152602401610aff565b610f28856001600160401b0316611f8f565b835464ffffffffff191664ffffffffff919091161783556001830155600382018390555b60028201819055610f636040880160208901613167565b60408051888152602081018490529081018590526001600160401b03868116606083015291909116907f5ca88f03079ecb92ae9ede18756aaf1a7ae94c0385699c9d29ccb1169de607c19060800160405180910390a282810361102657815465ff00000000001916600160281b178255610fe36040880160208901613167565b6001600160401b03167f3032230a1c4e28b767e6d6c6a0ac019d61ef6a5c459492e6e72b0f8a375d4fab8260405161101d91815260200190565b60405180910390a25b61105b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089611fc4565b50505050505050565b5f610a4982611d2f565b5f61107881611a8f565b610a7882611ffa565b5f61108b81611a8f565b610a788261206c565b5f51602061356d5f395f51905f526110ab81611a8f565b610a286120db565b6001600160401b0382165f818152600a60209081526040808320815160c081018352815464ffffffffff81168252600160281b810460ff908116151583870152600160301b9091046001600160d01b0316828501526001830154606083015260028301546080830190815260039093015460a0830152958552600b84528285206001600160a01b038816865284528285208351808501909452546001600160f81b0381168452600160f81b90049095161515928201929092529051919291158061117e575080602001515b1561118d575f92505050610969565b805f01516001600160f81b03166111b7836111b287865f015164ffffffffff16610b6c565b612118565b6111c191906133a7565b95945050505050565b5f6111dd6007546001600160a01b031690565b905090565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461097e90613333565b5f43821061123f576040516309dcd3a160e21b815260048101839052602401610aff565b61124a600d83611c5b565b6001600160d01b031692915050565b5f51602061356d5f395f51905f5261127081611a8f565b610b67838361218f565b5f51602061356d5f395f51905f5261129181611a8f565b60015f805c60ff19168217905d506112aa848484611b21565b5f60ff19815c16815d50336001600160a01b0316836001600160a01b0316856001600160a01b03167f31a05a6a55253f32ca1a2eae200ad7ddf38d17e9f6e0535e9a85ab4a218aeaa38560405161130391815260200190565b60405180910390a450505050565b6007545f90600160d01b900465ffffffffffff16801515801561133c57504265ffffffffffff821610155b611347575f5f61135b565b600754600160a01b900465ffffffffffff16815b915091509091565b5f33610a0c818585611b21565b5f611379611d0b565b335f9081526009602052604090205460ff16156113ab576040516327951b3f60e11b8152336004820152602401610aff565b60405163b9209e3360e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b9209e3390602401602060405180830381865afa15801561140d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114319190613365565b6114505760405163400a6e0760e11b8152336004820152602401610aff565b6001600160401b0382165f908152600a60205260408120600281015490910361149757604051631456792360e11b81526001600160401b0384166004820152602401610aff565b80545f906114ad90339064ffffffffff16610b6c565b9050805f036114d3578333604051631178aeab60e31b8152600401610aff9291906133ba565b6001600160401b0384165f908152600b6020908152604080832033845290915290208054600160f81b900460ff161561152357843360405163b5ffb3b560e01b8152600401610aff9291906133ba565b6040805160c081018252845464ffffffffff81168252600160281b810460ff1615156020830152600160301b90046001600160d01b0316918101919091526001840154606082015260028401546080820152600384015460a08201525f9061158b9084612118565b8454909150600160281b900460ff16156115fe578354839085906006906115c3908490600160301b90046001600160d01b03166133dc565b82546001600160d01b039182166101009390930a92830291909202199091161790555081546001600160f81b0316600160f81b178255611650565b81546001600160f81b0316810361165057805f03611633578533604051631178aeab60e31b8152600401610aff9291906133ba565b853360405163b5ffb3b560e01b8152600401610aff9291906133ba565b8154611665906001600160f81b0316826133a7565b9450611670816121c3565b82546001600160f81b0319166001600160f81b039190911617825560405185815233906001600160401b038816907f6d5db2de6eccf6170a6d9963443e643c2b98c4738f30610dc199bd6d2913113f9060200160405180910390a38415611705576117056001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633876121f6565b50505050919050565b5f51602061356d5f395f51905f5261172581611a8f565b6001600160a01b0383165f81815260096020908152604091829020805460ff191686151590811790915591519182523392917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f43691015b60405180910390a3505050565b6007545f90600160d01b900465ffffffffffff1680151580156117b257504265ffffffffffff8216105b6117cd57600654600160d01b900465ffffffffffff166117e0565b600754600160a01b900465ffffffffffff165b91505090565b5f6117ef611825565b509050336001600160a01b0382161461181d57604051636116401160e11b8152336004820152602401610aff565b610a2861222b565b6006546001600160a01b03811691600160a01b90910465ffffffffffff1690565b8161186457604051631fe1e13d60e11b815260040160405180910390fd5b610a7882826122c1565b5f61187881611a8f565b610a286122e5565b5f6001600160a01b038416158061189e57506001600160a01b038316155b806118ab575060085460ff165b156118b757505f610a49565b6001600160a01b0384165f9081526009602052604090205460ff16806118f457506001600160a01b0383165f9081526009602052604090205460ff165b1561190057505f610a49565b60405163b9209e3360e01b81526001600160a01b0385811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015611964573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119889190613365565b1580611a19575060405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa1580156119f3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a179190613365565b155b15611a2557505f610a49565b81611a44856001600160a01b03165f9081526020819052604090205490565b1015949350505050565b5f6001600160e01b03198216637965db0b60e01b148061096957506301ffc9a760e01b6001600160e01b0319831614610969565b610b6783838360016122ef565b610a2881336123c1565b611aa35f5f6123fa565b565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015611b1b5781811015611b0d57604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610aff565b611b1b84848484035f6122ef565b50505050565b6001600160a01b038316611b4a57604051634b637e8f60e11b81525f6004820152602401610aff565b6001600160a01b038216611b735760405163ec442f0560e01b81525f6004820152602401610aff565b610b678383836124b9565b5f82815260056020526040902060010154611b9881611a8f565b611b1b83836127e3565b6001600160a01b0381163314611bcb5760405163334bd91960e11b815260040160405180910390fd5b610b678282612849565b611bdd612885565b6008805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b038216611c505760405163ec442f0560e01b81525f6004820152602401610aff565b610a785f83836124b9565b81545f9081816005811115611cb7575f611c74846128a8565b611c7e90856133a7565b5f8881526020902090915081015465ffffffffffff9081169087161015611ca757809150611cb5565b611cb2816001613394565b92505b505b5f611cc487878585612a00565b90508015611cfe57611ce887611cdb6001846133a7565b5f91825260209091200190565b54600160301b90046001600160d01b0316611d00565b5f5b979650505050505050565b60085460ff1615611aa35760405163d93c066560e01b815260040160405180910390fd5b5f8082357f000000000000000000000000000000000000000000000000000000000000000014611d9b5760405163108fe88f60e31b8152833560048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610aff565b604051636e7d401960e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636e7d401990602401602060405180830381865afa158015611e1f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e4391906133fb565b90506001600160a01b0381163014611e9f57604051636a5a4e2f60e01b81527f000000000000000000000000000000000000000000000000000000000000000060048201526001600160a01b0382166024820152604401610aff565b604051637852583360e01b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637852583390611eed90889060040161344b565b6040805180830381865afa158015611f07573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f2b91906134d2565b9094509050611f8661ffff8216611f4a61014088016101208901613167565b6001600160401b0316611f5d9190613505565b7f0000000000000000000000000000000000000000000000000000000000000000612710612a56565b92505050915091565b5f64ffffffffff821115611fc0576040516306dfcc6560e41b81526028600482015260248101839052604401610aff565b5090565b611fd2848484846001612b06565b611b1b57604051635274afe760e01b81526001600160a01b0385166004820152602401610aff565b5f612003611788565b61200c42612b73565b612016919061351c565b90506120228282612ba5565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f61207682612c22565b61207f42612b73565b612089919061351c565b905061209582826123fa565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b6120e3611d0b565b6008805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258611c0a3390565b5f826020015161213c576121358284608001518560600151612a56565b9050610969565b5f83604001516001600160d01b031690506121608460800151828660600151612a56565b608085015161217d906121738685613394565b8760600151612a56565b61218791906133a7565b949350505050565b6001600160a01b0382166121b857604051634b637e8f60e11b81525f6004820152602401610aff565b610a78825f836124b9565b5f6001600160f81b03821115611fc0576040516306dfcc6560e41b815260f8600482015260248101839052604401610aff565b6122038383836001612c69565b610b6757604051635274afe760e01b81526001600160a01b0384166004820152602401610aff565b5f5f612235611825565b9150915061224a8165ffffffffffff16151590565b158061225e57504265ffffffffffff821610155b15612286576040516319ca5ebb60e01b815265ffffffffffff82166004820152602401610aff565b6122a15f61229c6007546001600160a01b031690565b612849565b506122ac5f836127e3565b5050600680546001600160d01b031916905550565b5f828152600560205260409020600101546122db81611a8f565b611b1b8383612849565b611aa35f5f612ba5565b6001600160a01b0384166123185760405163e602df0560e01b81525f6004820152602401610aff565b6001600160a01b03831661234157604051634a1406b160e11b81525f6004820152602401610aff565b6001600160a01b038085165f9081526001602090815260408083209387168352929052208290558015611b1b57826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516123b391815260200190565b60405180910390a350505050565b6123cb82826111e2565b610a785760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610aff565b600754600160d01b900465ffffffffffff16801561247c574265ffffffffffff8216101561245357600754600680546001600160d01b0316600160a01b90920465ffffffffffff16600160d01b0291909117905561247c565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600780546001600160a01b0316600160a01b65ffffffffffff948516026001600160d01b031617600160d01b9290931691909102919091179055565b6001600160a01b038316158015906124d957506001600160a01b03821615155b80156124e7575060ff5f5c16155b156125e8576124f4611d0b565b6001600160a01b0383165f9081526009602052604090205460ff1615612538576040516327951b3f60e11b81526001600160a01b0384166004820152602401610aff565b60405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa15801561259c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906125c09190613365565b6125e8576040516306bfa33560e01b81526001600160a01b0384166004820152602401610aff565b6001600160a01b038216156126eb576001600160a01b0382165f9081526009602052604090205460ff161561263b576040516327951b3f60e11b81526001600160a01b0383166004820152602401610aff565b60405163b9209e3360e01b81526001600160a01b0383811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa15801561269f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906126c39190613365565b6126eb576040516351f4ec8f60e11b81526001600160a01b0383166004820152602401610aff565b6126f6838383612ccb565b436001600160a01b038416156127495761274681612728866001600160a01b03165f9081526020819052604090205490565b6001600160a01b0387165f908152600c602052604090209190612de4565b50505b6001600160a01b0383161561279b576127988161277a856001600160a01b03165f9081526020819052604090205490565b6001600160a01b0386165f908152600c602052604090209190612de4565b50505b6001600160a01b03841615806127b857506001600160a01b038316155b15611b1b576127db816127d26127cd60025490565b612dfe565b600d9190612de4565b505050505050565b5f8261283f575f6127fc6007546001600160a01b031690565b6001600160a01b03161461282357604051631fe1e13d60e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0384161790555b610a498383612e31565b5f8215801561286557506007546001600160a01b038381169116145b1561287b57600780546001600160a01b03191690555b610a498383612ec2565b60085460ff16611aa357604051638dfc202b60e01b815260040160405180910390fd5b5f600182116128b5575090565b816001600160801b82106128ce5760809190911c9060401b5b6801000000000000000082106128e95760409190911c9060201b5b64010000000082106129005760209190911c9060101b5b6201000082106129155760109190911c9060081b5b61010082106129295760089190911c9060041b5b6010821061293c5760049190911c9060021b5b600482106129485760011b5b600302600190811c908185816129605761296061353a565b048201901c905060018185816129785761297861353a565b048201901c905060018185816129905761299061353a565b048201901c905060018185816129a8576129a861353a565b048201901c905060018185816129c0576129c061353a565b048201901c905060018185816129d8576129d861353a565b048201901c90506129f78185816129f1576129f161353a565b04821190565b90039392505050565b5f5b81831015612a4e575f85815260209020838316600285851804019081015465ffffffffffff86811691161115612a3a57809250612a48565b612a45816001613394565b93505b50612a02565b509392505050565b5f5f5f612a638686612f2d565b91509150815f03612a8757838181612a7d57612a7d61353a565b0492505050610a49565b818411612a9e57612a9e6003851502601118612f49565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316612b62578383151615612b56573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f65ffffffffffff821115611fc0576040516306dfcc6560e41b81526030600482015260248101839052604401610aff565b5f612bae611825565b6006805465ffffffffffff8616600160a01b026001600160d01b03199091166001600160a01b038816171790559150612bf090508165ffffffffffff16151590565b15610b67576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f612c2c611788565b90508065ffffffffffff168365ffffffffffff1611612c5457612c4f838261354e565b610a49565b610a4965ffffffffffff841662069780612f5a565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612cbf578383151615612cb3573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6001600160a01b038316612cf5578060025f828254612cea9190613394565b90915550612d659050565b6001600160a01b0383165f9081526020819052604090205481811015612d475760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610aff565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b038216612d8157600280548290039055612d9f565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8360405161177b91815260200190565b5f80612df1858585612f69565b915091505b935093915050565b5f6001600160d01b03821115611fc0576040516306dfcc6560e41b815260d0600482015260248101839052604401610aff565b5f612e3c83836111e2565b612ebb575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff19166001179055612e733390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610969565b505f610969565b5f612ecd83836111e2565b15612ebb575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610969565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f828218828410028218610a49565b82545f908190801561305f575f612f8587611cdb6001856133a7565b805490915065ffffffffffff80821691600160301b90046001600160d01b0316908816821115612fc857604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361300157825465ffffffffffff16600160301b6001600160d01b03891602178355613051565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b9450859350612df692505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b029190931617920191909155905081612df6565b5f602082840312156130c9575f5ffd5b81356001600160e01b031981168114610a49575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b6001600160a01b0381168114610a28575f5ffd5b5f5f6040838503121561313a575f5ffd5b823561314581613115565b946020939093013593505050565b6001600160401b0381168114610a28575f5ffd5b5f60208284031215613177575f5ffd5b8135610a4981613153565b5f5f5f60608486031215613194575f5ffd5b833561319f81613115565b925060208401356131af81613115565b929592945050506040919091013590565b5f602082840312156131d0575f5ffd5b5035919050565b5f5f604083850312156131e8575f5ffd5b8235915060208301356131fa81613115565b809150509250929050565b5f6101808284031215613216575f5ffd5b50919050565b5f5f6101a0838503121561322e575f5ffd5b6132388484613205565b94610180939093013593505050565b5f6101808284031215613258575f5ffd5b610a498383613205565b5f60208284031215613272575f5ffd5b8135610a4981613115565b5f6020828403121561328d575f5ffd5b813565ffffffffffff81168114610a49575f5ffd5b5f5f604083850312156132b3575f5ffd5b82356132be81613153565b915060208301356131fa81613115565b8015158114610a28575f5ffd5b80356132e6816132ce565b919050565b5f5f604083850312156132fc575f5ffd5b823561330781613115565b915060208301356131fa816132ce565b5f5f60408385031215613328575f5ffd5b82356132be81613115565b600181811c9082168061334757607f821691505b60208210810361321657634e487b7160e01b5f52602260045260245ffd5b5f60208284031215613375575f5ffd5b8151610a49816132ce565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561096957610969613380565b8181038181111561096957610969613380565b6001600160401b039290921682526001600160a01b0316602082015260400190565b6001600160d01b03818116838216019081111561096957610969613380565b5f6020828403121561340b575f5ffd5b8151610a4981613115565b805f5b6005811015611b1b57813561342d81613153565b6001600160401b031684526020938401939190910190600101613419565b813581526101808101602083013561346281613153565b6001600160401b031660208301526040838101359083015260608084013590830152608083013563ffffffff8116811461349a575f5ffd5b63ffffffff16608083015260a083810135908301526134bb60c084016132db565b151560c083015261096960e0808401908501613416565b5f5f604083850312156134e3575f5ffd5b82516134ee81613153565b602084015190925061ffff811681146131fa575f5ffd5b808202811582820484141761096957610969613380565b65ffffffffffff818116838216019081111561096957610969613380565b634e487b7160e01b5f52601260045260245ffd5b65ffffffffffff82811682821603908111156109695761096961338056fecab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770997667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929",
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
// Solidity: constructor(string name_, string symbol_, (address,uint48,address,address) roles, address identityRegistry_, address disclosureRegistry_, uint256 pool_, address payoutToken_, uint256 unitsPerCent_) returns()
func (rWAToken *RWAToken) PackConstructor(name_ string, symbol_ string, roles RWATokenRoles, identityRegistry_ common.Address, disclosureRegistry_ common.Address, pool_ *big.Int, payoutToken_ common.Address, unitsPerCent_ *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("", name_, symbol_, roles, identityRegistry_, disclosureRegistry_, pool_, payoutToken_, unitsPerCent_)
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

// PackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (rWAToken *RWAToken) PackAcceptDefaultAdminTransfer() []byte {
	enc, err := rWAToken.abi.Pack("acceptDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcefc1429.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptDefaultAdminTransfer() returns()
func (rWAToken *RWAToken) TryPackAcceptDefaultAdminTransfer() ([]byte, error) {
	return rWAToken.abi.Pack("acceptDefaultAdminTransfer")
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

// PackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (rWAToken *RWAToken) PackBeginDefaultAdminTransfer(newAdmin common.Address) []byte {
	enc, err := rWAToken.abi.Pack("beginDefaultAdminTransfer", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBeginDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x634e93da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function beginDefaultAdminTransfer(address newAdmin) returns()
func (rWAToken *RWAToken) TryPackBeginDefaultAdminTransfer(newAdmin common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("beginDefaultAdminTransfer", newAdmin)
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

// PackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (rWAToken *RWAToken) PackCancelDefaultAdminTransfer() []byte {
	enc, err := rWAToken.abi.Pack("cancelDefaultAdminTransfer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDefaultAdminTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd602b9fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDefaultAdminTransfer() returns()
func (rWAToken *RWAToken) TryPackCancelDefaultAdminTransfer() ([]byte, error) {
	return rWAToken.abi.Pack("cancelDefaultAdminTransfer")
}

// PackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (rWAToken *RWAToken) PackChangeDefaultAdminDelay(newDelay *big.Int) []byte {
	enc, err := rWAToken.abi.Pack("changeDefaultAdminDelay", newDelay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x649a5ec7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeDefaultAdminDelay(uint48 newDelay) returns()
func (rWAToken *RWAToken) TryPackChangeDefaultAdminDelay(newDelay *big.Int) ([]byte, error) {
	return rWAToken.abi.Pack("changeDefaultAdminDelay", newDelay)
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

// PackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdmin() view returns(address)
func (rWAToken *RWAToken) PackDefaultAdmin() []byte {
	enc, err := rWAToken.abi.Pack("defaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x84ef8ffc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdmin() view returns(address)
func (rWAToken *RWAToken) TryPackDefaultAdmin() ([]byte, error) {
	return rWAToken.abi.Pack("defaultAdmin")
}

// UnpackDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x84ef8ffc.
//
// Solidity: function defaultAdmin() view returns(address)
func (rWAToken *RWAToken) UnpackDefaultAdmin(data []byte) (common.Address, error) {
	out, err := rWAToken.abi.Unpack("defaultAdmin", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (rWAToken *RWAToken) PackDefaultAdminDelay() []byte {
	enc, err := rWAToken.abi.Pack("defaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc8463c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (rWAToken *RWAToken) TryPackDefaultAdminDelay() ([]byte, error) {
	return rWAToken.abi.Pack("defaultAdminDelay")
}

// UnpackDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc8463c8.
//
// Solidity: function defaultAdminDelay() view returns(uint48)
func (rWAToken *RWAToken) UnpackDefaultAdminDelay(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("defaultAdminDelay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (rWAToken *RWAToken) PackDefaultAdminDelayIncreaseWait() []byte {
	enc, err := rWAToken.abi.Pack("defaultAdminDelayIncreaseWait")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultAdminDelayIncreaseWait is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x022d63fb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (rWAToken *RWAToken) TryPackDefaultAdminDelayIncreaseWait() ([]byte, error) {
	return rWAToken.abi.Pack("defaultAdminDelayIncreaseWait")
}

// UnpackDefaultAdminDelayIncreaseWait is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x022d63fb.
//
// Solidity: function defaultAdminDelayIncreaseWait() view returns(uint48)
func (rWAToken *RWAToken) UnpackDefaultAdminDelayIncreaseWait(data []byte) (*big.Int, error) {
	out, err := rWAToken.abi.Unpack("defaultAdminDelayIncreaseWait", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (rWAToken *RWAToken) PackOwner() []byte {
	enc, err := rWAToken.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (rWAToken *RWAToken) TryPackOwner() ([]byte, error) {
	return rWAToken.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (rWAToken *RWAToken) UnpackOwner(data []byte) (common.Address, error) {
	out, err := rWAToken.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (rWAToken *RWAToken) PackPendingDefaultAdmin() []byte {
	enc, err := rWAToken.abi.Pack("pendingDefaultAdmin")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf6eefb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (rWAToken *RWAToken) TryPackPendingDefaultAdmin() ([]byte, error) {
	return rWAToken.abi.Pack("pendingDefaultAdmin")
}

// UnpackPendingDefaultAdmin is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf6eefb7.
//
// Solidity: function pendingDefaultAdmin() view returns(address newAdmin, uint48 schedule)
func (rWAToken *RWAToken) UnpackPendingDefaultAdmin(data []byte) (PendingDefaultAdminOutput, error) {
	out, err := rWAToken.abi.Unpack("pendingDefaultAdmin", data)
	outstruct := new(PendingDefaultAdminOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewAdmin = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (rWAToken *RWAToken) PackPendingDefaultAdminDelay() []byte {
	enc, err := rWAToken.abi.Pack("pendingDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa1eda53c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (rWAToken *RWAToken) TryPackPendingDefaultAdminDelay() ([]byte, error) {
	return rWAToken.abi.Pack("pendingDefaultAdminDelay")
}

// UnpackPendingDefaultAdminDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa1eda53c.
//
// Solidity: function pendingDefaultAdminDelay() view returns(uint48 newDelay, uint48 schedule)
func (rWAToken *RWAToken) UnpackPendingDefaultAdminDelay(data []byte) (PendingDefaultAdminDelayOutput, error) {
	out, err := rWAToken.abi.Unpack("pendingDefaultAdminDelay", data)
	outstruct := new(PendingDefaultAdminDelayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewDelay = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Schedule = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (rWAToken *RWAToken) PackRenounceRole(role [32]byte, account common.Address) []byte {
	enc, err := rWAToken.abi.Pack("renounceRole", role, account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceRole is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36568abe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceRole(bytes32 role, address account) returns()
func (rWAToken *RWAToken) TryPackRenounceRole(role [32]byte, account common.Address) ([]byte, error) {
	return rWAToken.abi.Pack("renounceRole", role, account)
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

// PackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (rWAToken *RWAToken) PackRollbackDefaultAdminDelay() []byte {
	enc, err := rWAToken.abi.Pack("rollbackDefaultAdminDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollbackDefaultAdminDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0aa6220b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollbackDefaultAdminDelay() returns()
func (rWAToken *RWAToken) TryPackRollbackDefaultAdminDelay() ([]byte, error) {
	return rWAToken.abi.Pack("rollbackDefaultAdminDelay")
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

// RWATokenDefaultAdminDelayChangeCanceled represents a DefaultAdminDelayChangeCanceled event raised by the RWAToken contract.
type RWATokenDefaultAdminDelayChangeCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RWATokenDefaultAdminDelayChangeCanceledEventName = "DefaultAdminDelayChangeCanceled"

// ContractEventName returns the user-defined event name.
func (RWATokenDefaultAdminDelayChangeCanceled) ContractEventName() string {
	return RWATokenDefaultAdminDelayChangeCanceledEventName
}

// UnpackDefaultAdminDelayChangeCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeCanceled()
func (rWAToken *RWAToken) UnpackDefaultAdminDelayChangeCanceledEvent(log *types.Log) (*RWATokenDefaultAdminDelayChangeCanceled, error) {
	event := "DefaultAdminDelayChangeCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenDefaultAdminDelayChangeCanceled)
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

// RWATokenDefaultAdminDelayChangeScheduled represents a DefaultAdminDelayChangeScheduled event raised by the RWAToken contract.
type RWATokenDefaultAdminDelayChangeScheduled struct {
	NewDelay       *big.Int
	EffectSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RWATokenDefaultAdminDelayChangeScheduledEventName = "DefaultAdminDelayChangeScheduled"

// ContractEventName returns the user-defined event name.
func (RWATokenDefaultAdminDelayChangeScheduled) ContractEventName() string {
	return RWATokenDefaultAdminDelayChangeScheduledEventName
}

// UnpackDefaultAdminDelayChangeScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminDelayChangeScheduled(uint48 newDelay, uint48 effectSchedule)
func (rWAToken *RWAToken) UnpackDefaultAdminDelayChangeScheduledEvent(log *types.Log) (*RWATokenDefaultAdminDelayChangeScheduled, error) {
	event := "DefaultAdminDelayChangeScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenDefaultAdminDelayChangeScheduled)
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

// RWATokenDefaultAdminTransferCanceled represents a DefaultAdminTransferCanceled event raised by the RWAToken contract.
type RWATokenDefaultAdminTransferCanceled struct {
	Raw *types.Log // Blockchain specific contextual infos
}

const RWATokenDefaultAdminTransferCanceledEventName = "DefaultAdminTransferCanceled"

// ContractEventName returns the user-defined event name.
func (RWATokenDefaultAdminTransferCanceled) ContractEventName() string {
	return RWATokenDefaultAdminTransferCanceledEventName
}

// UnpackDefaultAdminTransferCanceledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferCanceled()
func (rWAToken *RWAToken) UnpackDefaultAdminTransferCanceledEvent(log *types.Log) (*RWATokenDefaultAdminTransferCanceled, error) {
	event := "DefaultAdminTransferCanceled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenDefaultAdminTransferCanceled)
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

// RWATokenDefaultAdminTransferScheduled represents a DefaultAdminTransferScheduled event raised by the RWAToken contract.
type RWATokenDefaultAdminTransferScheduled struct {
	NewAdmin       common.Address
	AcceptSchedule *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const RWATokenDefaultAdminTransferScheduledEventName = "DefaultAdminTransferScheduled"

// ContractEventName returns the user-defined event name.
func (RWATokenDefaultAdminTransferScheduled) ContractEventName() string {
	return RWATokenDefaultAdminTransferScheduledEventName
}

// UnpackDefaultAdminTransferScheduledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DefaultAdminTransferScheduled(address indexed newAdmin, uint48 acceptSchedule)
func (rWAToken *RWAToken) UnpackDefaultAdminTransferScheduledEvent(log *types.Log) (*RWATokenDefaultAdminTransferScheduled, error) {
	event := "DefaultAdminTransferScheduled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rWAToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RWATokenDefaultAdminTransferScheduled)
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
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["AccessControlEnforcedDefaultAdminDelay"].ID.Bytes()[:4]) {
		return rWAToken.UnpackAccessControlEnforcedDefaultAdminDelayError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["AccessControlEnforcedDefaultAdminRules"].ID.Bytes()[:4]) {
		return rWAToken.UnpackAccessControlEnforcedDefaultAdminRulesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["AccessControlInvalidDefaultAdmin"].ID.Bytes()[:4]) {
		return rWAToken.UnpackAccessControlInvalidDefaultAdminError(raw[4:])
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
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["RoleHolderZero"].ID.Bytes()[:4]) {
		return rWAToken.UnpackRoleHolderZeroError(raw[4:])
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

// RWATokenAccessControlEnforcedDefaultAdminDelay represents a AccessControlEnforcedDefaultAdminDelay error raised by the RWAToken contract.
type RWATokenAccessControlEnforcedDefaultAdminDelay struct {
	Schedule *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func RWATokenAccessControlEnforcedDefaultAdminDelayErrorID() common.Hash {
	return common.HexToHash("0x19ca5ebb8fb33f00e502c9392eddab1501674629178bf69b853cf037aaf4bb5d")
}

// UnpackAccessControlEnforcedDefaultAdminDelayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminDelay(uint48 schedule)
func (rWAToken *RWAToken) UnpackAccessControlEnforcedDefaultAdminDelayError(raw []byte) (*RWATokenAccessControlEnforcedDefaultAdminDelay, error) {
	out := new(RWATokenAccessControlEnforcedDefaultAdminDelay)
	if err := rWAToken.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminDelay", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenAccessControlEnforcedDefaultAdminRules represents a AccessControlEnforcedDefaultAdminRules error raised by the RWAToken contract.
type RWATokenAccessControlEnforcedDefaultAdminRules struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func RWATokenAccessControlEnforcedDefaultAdminRulesErrorID() common.Hash {
	return common.HexToHash("0x3fc3c27ae3db78c81b8f6e685172134623efa268ee8cd8d54be38ad2a74fc13b")
}

// UnpackAccessControlEnforcedDefaultAdminRulesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlEnforcedDefaultAdminRules()
func (rWAToken *RWAToken) UnpackAccessControlEnforcedDefaultAdminRulesError(raw []byte) (*RWATokenAccessControlEnforcedDefaultAdminRules, error) {
	out := new(RWATokenAccessControlEnforcedDefaultAdminRules)
	if err := rWAToken.abi.UnpackIntoInterface(out, "AccessControlEnforcedDefaultAdminRules", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RWATokenAccessControlInvalidDefaultAdmin represents a AccessControlInvalidDefaultAdmin error raised by the RWAToken contract.
type RWATokenAccessControlInvalidDefaultAdmin struct {
	DefaultAdmin common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func RWATokenAccessControlInvalidDefaultAdminErrorID() common.Hash {
	return common.HexToHash("0xc22c8022f2a840d6b6a9f113407715f5bbd4e88c1b0dd9434dc00700ba609ed4")
}

// UnpackAccessControlInvalidDefaultAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccessControlInvalidDefaultAdmin(address defaultAdmin)
func (rWAToken *RWAToken) UnpackAccessControlInvalidDefaultAdminError(raw []byte) (*RWATokenAccessControlInvalidDefaultAdmin, error) {
	out := new(RWATokenAccessControlInvalidDefaultAdmin)
	if err := rWAToken.abi.UnpackIntoInterface(out, "AccessControlInvalidDefaultAdmin", raw); err != nil {
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

// RWATokenRoleHolderZero represents a RoleHolderZero error raised by the RWAToken contract.
type RWATokenRoleHolderZero struct {
	Role [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RoleHolderZero(bytes32 role)
func RWATokenRoleHolderZeroErrorID() common.Hash {
	return common.HexToHash("0x413817e8249f1d16352c04345d917f4be5a6c63aaec2104f9187469e807e827c")
}

// UnpackRoleHolderZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RoleHolderZero(bytes32 role)
func (rWAToken *RWAToken) UnpackRoleHolderZeroError(raw []byte) (*RWATokenRoleHolderZero, error) {
	out := new(RWATokenRoleHolderZero)
	if err := rWAToken.abi.UnpackIntoInterface(out, "RoleHolderZero", raw); err != nil {
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

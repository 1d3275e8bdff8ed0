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
}

// DisclosureRegistryGenesisPool is an auto generated low-level Go binding around an user-defined struct.
type DisclosureRegistryGenesisPool struct {
	Pool     *big.Int
	Config   DisclosureRegistryPoolConfig
	Policies []DisclosureRegistryGenesisPolicy
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
	SnapshotBlock uint64
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint256\",\"name\":\"initialAccHash_\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"committee\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"internalType\":\"structDisclosureRegistry.PoolConfig\",\"name\":\"config\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"internalType\":\"structDisclosureRegistry.GenesisPolicy[]\",\"name\":\"policies\",\"type\":\"tuple[]\"}],\"internalType\":\"structDisclosureRegistry.GenesisPool[]\",\"name\":\"pools\",\"type\":\"tuple[]\"}],\"internalType\":\"structDisclosureRegistry.Genesis\",\"name\":\"g\",\"type\":\"tuple\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"roots\",\"type\":\"uint256\"}],\"name\":\"ChunkCountInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunks\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"accs\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofs\",\"type\":\"uint256\"}],\"name\":\"ChunkListsInconsistent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chunkRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"ChunkRootNotEpochRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"signed\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"given\",\"type\":\"bytes32\"}],\"name\":\"ChunkRootsMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CommitteeEmpty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"CommitteeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"DuplicateEpoch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"epochLength\",\"type\":\"uint256\"}],\"name\":\"EpochLengthInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"endsAt\",\"type\":\"uint256\"}],\"name\":\"EpochNotEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"latest\",\"type\":\"uint64\"}],\"name\":\"EpochOutOfOrder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"GrowthBoundExceeded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InitialAccHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"InsufficientSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NotDisclosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"payoutShareBp\",\"type\":\"uint256\"}],\"name\":\"PayoutShareInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyHashInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolAlreadyConfigured\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolIdInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"PoolNotConfigured\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ProofLengthInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"RoleHolderZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"RootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"value\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundExceeded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"metric\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"max\",\"type\":\"uint64\"}],\"name\":\"SanityBoundTooWide\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureHighS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignatureMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"SignaturesMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdAboveSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"size\",\"type\":\"uint256\"}],\"name\":\"ThresholdNotMajority\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"expected\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"actual\",\"type\":\"bytes32\"}],\"name\":\"VerifierKeyMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"VerifierZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ZeroSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"CommitteeSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"committeeVersion\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"prevPlusOne\",\"type\":\"uint64\"}],\"name\":\"DisclosureAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"name\":\"PolicyAllowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyDisallowed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"}],\"name\":\"PoolActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"name\":\"PoolConfigured\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"indexed\":false,\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"name\":\"SanityBoundsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"oldVerifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newVerifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"vkHash\",\"type\":\"bytes32\"}],\"name\":\"VerifierUpgraded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISCLOSURE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_COMMITTEE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EPOCH_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"NUM_METRICS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REVENUE_METRIC\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"acceptance\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"activatePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"name\":\"allowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"committee\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"version\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"internalType\":\"structDisclosureRegistry.PoolConfig\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"name\":\"configurePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"deactivatePool\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"disallowPolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"disclosureDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"initialAccHash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"isStale\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"latestEpoch\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"policyTerms\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"},{\"internalType\":\"uint16\",\"name\":\"payoutShareBp\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolInfo\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"epochLength\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"active\",\"type\":\"bool\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"}],\"name\":\"poolToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"publicInputs\",\"outputs\":[{\"internalType\":\"uint256[7]\",\"name\":\"\",\"type\":\"uint256[7]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"record\",\"outputs\":[{\"internalType\":\"bytes24\",\"name\":\"digest\",\"type\":\"bytes24\"},{\"internalType\":\"uint64\",\"name\":\"blockNumber\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"members\",\"type\":\"address[]\"},{\"internalType\":\"uint8\",\"name\":\"threshold\",\"type\":\"uint8\"}],\"name\":\"setCommittee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64[5]\",\"name\":\"maxValue\",\"type\":\"uint64[5]\"},{\"internalType\":\"uint32[5]\",\"name\":\"maxGrowthBp\",\"type\":\"uint32[5]\"}],\"name\":\"setSanityBounds\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"structHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256[]\",\"name\":\"roots\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"accs\",\"type\":\"uint256[]\"},{\"internalType\":\"bytes[]\",\"name\":\"proofs\",\"type\":\"bytes[]\"}],\"internalType\":\"structDisclosureRegistry.Chunks\",\"name\":\"c\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"}],\"name\":\"submitSingleChunkDisclosure\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"contractIGroth16Verifier\",\"name\":\"newVerifier\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"expectedVkHash\",\"type\":\"bytes32\"}],\"name\":\"upgradeVerifier\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "dfecd1bcc31b4bbb1e7ea47b93da669ed8",
	Bin: "0x610180604052348015610010575f5ffd5b506040516156a83803806156a883398101604081905261002f91610fcf565b604080518082018252601c81527f72776162726964676520446973636c6f73757265526567697374727900000000602080830191909152825180840190935260018352603160f81b908301529084866001600160a01b0381166100ac57604051636116401160e11b81525f60048201526024015b60405180910390fd5b600180546001600160d01b0316600160d01b65ffffffffffff8516021790556100d55f82610354565b5050506100e7826103c360201b60201c565b610120526100f4816103c3565b61014052815160208084019190912060e052815190820120610100524660a05261018060e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c0528115806101a357505f5160206156485f395f51905f528210155b156101c1576040516355f4ac5b60e11b815260040160405180910390fd5b80516001600160a01b03166101f85760405163082702fd60e31b81525f5160206156885f395f51905f5260048201526024016100a3565b60208101516001600160a01b03166102325760405163082702fd60e31b81525f5160206156685f395f51905f5260048201526024016100a3565b6101608290528051610252905f5160206156885f395f51905f5290610354565b506102745f5160206156685f395f51905f52826020015161035460201b60201c565b5061028d8160400151826060015161040060201b60201c565b5f5b81608001515181101561034a575f826080015182815181106102b3576102b36110d4565b602002602001015190506102d4815f0151826020015161063860201b60201c565b5f5b81604001515181101561034057610338825f015183604001518381518110610300576103006110d4565b60200260200101515f015184604001518481518110610321576103216110d4565b60200260200101516020015161088960201b60201c565b6001016102d6565b505060010161028f565b5050505050611374565b5f826103b0575f61036d6002546001600160a01b031690565b6001600160a01b03161461039457604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6103ba83836109b6565b90505b92915050565b5f5f829050601f815111156103ed578260405163305a27a960e01b81526004016100a391906110e8565b80516103f88261111d565b179392505050565b81515f81900361042357604051633cabb6dd60e11b815260040160405180910390fd5b602081111561044f576040516349e0177360e11b815260048101829052602060248201526044016100a3565b8061045e60ff84166002611157565b1161048857604051636651fa8760e01b815260ff83166004820152602481018290526044016100a3565b808260ff1611156104b857604051637f52a08f60e01b815260ff83166004820152602481018290526044016100a3565b600e545f906104d69061010090046001600160401b0316600161116e565b90505f5b828110156105b9575f8582815181106104f5576104f56110d4565b602002602001015190505f6001600160a01b0316816001600160a01b0316036105345760405163de1954f360e01b8152600481018390526024016100a3565b6001600160a01b0381165f908152600f60205260409020546001600160401b0380851691160361058257604051637010e27960e11b81526001600160a01b03821660048201526024016100a3565b6001600160a01b03165f908152600f6020526040902080546001600160401b0319166001600160401b0384161790556001016104da565b50600e80546001600160481b0319166101006001600160401b0384160260ff19161760ff8516179055600d6105ee858261118d565b50806001600160401b03167fa62f8b9dcacd3d767d1b28369a5e9d0c17bc3f02e39982b0015c92d244adfd64858560405161062a929190611236565b60405180910390a250505050565b811580610648575060f882901c15155b1561066957604051630101f5eb60e61b8152600481018390526024016100a3565b5f82815260066020526040902080546001600160a01b0316156106a25760405163e39fe01b60e01b8152600481018490526024016100a3565b81516001600160a01b03166106ca5760405163089d0d2360e31b815260040160405180910390fd5b604082015163ffffffff1615806106ed575062100000826040015163ffffffff16115b1561071957604080830151905163f276071560e01b815263ffffffff90911660048201526024016100a3565b8151815460408085015160ff60b81b1962ffffff909116600160a01b026001600160b81b03199093166001600160a01b03948516179290921791909116600160b81b1783556020808501515f8781526007835283902080549185166001600160a01b03199290921691909117905584518251634fe840f560e01b8152925187947f4e92cc515ff5753d844a64be8c02d95ed4283e8800fbdc98a7eda53c0cc3d84394929390841692634fe840f592600480830193928290030181865afa1580156107e5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610809919061128f565b6020860151604080880151606089015160808a0151925161082d96959493906112ff565b60405180910390a261084e8383606001518460800151610a5d60201b60201c565b6040516001815283907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b69060200160405180910390a2505050565b5f838152600660205260409020546001600160a01b03166108c057604051635f371c7b60e01b8152600481018490526024016100a3565b8115806108da57505f5160206156485f395f51905f528210155b156108fb57604051636c1881d360e01b8152600481018390526024016100a3565b6127108161ffff161115610928576040516323a578db60e01b815261ffff821660048201526024016100a3565b6040805180820182526001815261ffff83811660208084018281525f898152600b8352868120898252835286902094518554915162ffffff1990921690151562ffff001916176101009190941602929092179092559151908152839185917fe929aa9cadb0df9ac0d2531371315327a61962c7fc13ac108262e48bcf4981a8910160405180910390a3505050565b5f828152602081815260408083206001600160a01b038516845290915281205460ff16610a56575f838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610a0e3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103bd565b505f6103bd565b5f80805b6005811015610b25575f858260058110610a7d57610a7d6110d4565b60200201519050610a8d82610b86565b816001600160401b0316901c6001600160401b03165f14610ad35760405163c20638c960e01b8152600481018390526001600160401b03821660248201526044016100a3565b610adc82610ba4565b6001600160401b038216901b9390931792610af8826020611157565b858360058110610b0a57610b0a6110d4565b602002015163ffffffff16901b929092179150600101610a61565b505f8581526008602090815260408083208590556009909152908190208290555185907f6e5ba51216f3ee277f9d72b1138bceed0570a965baa610b1c07624cea24cb3d090610b779087908790611351565b60405180910390a25050505050565b5f610b92826008611157565b641030404030901c60ff169050919050565b5f610bb0826008611157565b64e0b0703000901c60ff169050919050565b6001600160a01b0381168114610bd6575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604080519081016001600160401b0381118282101715610c0f57610c0f610bd9565b60405290565b604051606081016001600160401b0381118282101715610c0f57610c0f610bd9565b60405160a081016001600160401b0381118282101715610c0f57610c0f610bd9565b604051601f8201601f191681016001600160401b0381118282101715610c8157610c81610bd9565b604052919050565b5f6001600160401b03821115610ca157610ca1610bd9565b5060051b60200190565b5f82601f830112610cba575f5ffd5b8151610ccd610cc882610c89565b610c59565b8082825260208201915060208360051b860101925085831115610cee575f5ffd5b602085015b83811015610d14578051610d0681610bc2565b835260209283019201610cf3565b5095945050505050565b805160ff81168114610d2e575f5ffd5b919050565b805163ffffffff81168114610d2e575f5ffd5b5f82601f830112610d55575f5ffd5b610d5f60a0610c59565b8060a0840185811115610d70575f5ffd5b845b81811015610d9157610d8381610d33565b845260209384019301610d72565b509095945050505050565b5f82601f830112610dab575f5ffd5b8151610db9610cc882610c89565b8082825260208201915060208360061b860101925085831115610dda575f5ffd5b602085015b83811015610d145760408188031215610df6575f5ffd5b610dfe610bed565b81518152602082015161ffff81168114610e16575f5ffd5b6020828101919091529084529290920191604001610ddf565b5f82601f830112610e3e575f5ffd5b8151610e4c610cc882610c89565b8082825260208201915060208360051b860101925085831115610e6d575f5ffd5b6020850160a05b84821015610fc35781516001600160401b03811115610e91575f5ffd5b8701808903601f19016101e0811215610ea8575f5ffd5b610eb0610c15565b602083015181526101a0601f1983011215610ec9575f5ffd5b610ed1610c37565b91506040830151610ee181610bc2565b82526060830151610ef181610bc2565b6020830152610f0260808401610d33565b60408301528a60bf840112610f15575f5ffd5b610f1e84610c59565b8061014085018d811115610f30575f5ffd5b8686015b81811015610f605780516001600160401b0381168114610f52575f5ffd5b845260209384019301610f34565b50816060860152610f718e82610d46565b608086015250505060208101919091526101e0820151906001600160401b03821115610f9b575f5ffd5b610faa8b602084860101610d9c565b6040820152865250506020938401939190910190610e74565b50909695505050505050565b5f5f5f5f60808587031215610fe2575f5ffd5b8451610fed81610bc2565b602086015190945065ffffffffffff81168114611008575f5ffd5b6040860151606087015191945092506001600160401b0381111561102a575f5ffd5b850160a0818803121561103b575f5ffd5b611043610c37565b815161104e81610bc2565b8152602082015161105e81610bc2565b602082015260408201516001600160401b0381111561107b575f5ffd5b61108789828501610cab565b60408301525061109960608301610d1e565b606082015260808201516001600160401b038111156110b6575f5ffd5b6110c289828501610e2f565b60808301525094979396509194505050565b634e487b7160e01b5f52603260045260245ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561113d575f198160200360031b1b821691505b50919050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176103bd576103bd611143565b6001600160401b0381811683821601908111156103bd576103bd611143565b81516001600160401b038111156111a6576111a6610bd9565b680100000000000000008111156111bf576111bf610bd9565b8154818355808210156111f357825f528160205f20018282035f5b818110156111ef575f838201556001016111da565b5050505b5060208301611207835f9081526020902090565b5f5b8381101561122e5782516001600160a01b031681830155602090920191600101611209565b505050505050565b604080825283519082018190525f9060208501906060840190835b818110156112785783516001600160a01b0316835260209384019390920191600101611251565b5050809250505060ff831660208301529392505050565b5f6020828403121561129f575f5ffd5b5051919050565b805f5b60058110156112d15781516001600160401b03168452602093840193909101906001016112a9565b50505050565b805f5b60058110156112d157815163ffffffff168452602093840193909101906001016112da565b6001600160a01b038781168252602082018790528516604082015263ffffffff841660608201526101c0810161133860808301856112a6565b6113466101208301846112d7565b979650505050505050565b610140810161136082856112a6565b61136d60a08301846112d7565b9392505050565b60805160a05160c05160e0516101005161012051610140516101605161426b6113dd5f395f818161053c0152818161168501526124aa01525f61220f01525f6121e401525f612e6201525f612e3a01525f612d9501525f612dbf01525f612de9015261426b5ff3fe608060405234801561000f575f5ffd5b5060043610610319575f3560e01c806384b0196e116101af578063b96e6dc3116100fe578063d602b9fd1161009e578063e8b2ed1e11610079578063e8b2ed1e146107fb578063f58985aa1461080e578063f5b541a614610821578063f698da2514610848575f5ffd5b8063d602b9fd146107d4578063d864e740146107dc578063e54bc7d1146107f3575f5ffd5b8063cefc1429116100d9578063cefc142914610778578063cf6eefb714610780578063d25a2044146107ae578063d547741f146107c1575f5ffd5b8063b96e6dc314610746578063bb36e16914610766578063cc8463c814610770575f5ffd5b806391d14854116101695780639abd9b05116101445780639abd9b05146106f2578063a1eda53c14610705578063a217fddf1461072c578063a624a1df14610733575f5ffd5b806391d14854146106a557806393789c67146106b857806394312552146106cb575f5ffd5b806384b0196e146105f957806384ef8ffc146106145780638af4715c146106255780638b9060d91461068d5780638da5cb5b146106955780638dd5c0d61461069d575f5ffd5b806347904c5c1161026b57806365f3aa5c116102255780636e7d4019116102005780636e7d40191461058b57806373e67c0a146105cb5780637c135308146105de5780638456cb59146105f1575f5ffd5b806365f3aa5c14610524578063672e75c2146105375780636c05ab081461055e575f5ffd5b806347904c5c146104805780635c975abb146104935780635cdf65031461049e5780635e5b1286146104d3578063634e93da146104fe578063649a5ec714610511575f5ffd5b80632040828d116102d657806324ea54f4116102b157806324ea54f41461042b5780632f2ff15d1461045257806336568abe146104655780633f4ba83a14610478575f5ffd5b80632040828d146103c45780632379d9b6146103f6578063248a9ca314610409575f5ffd5b806301ffc9a71461031d578063022d63fb1461034557806308f747dd146103615780630aa6220b146103765780631526fe271461037e5780631ee036f1146103a3575b5f5ffd5b61033061032b3660046135b3565b610850565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff909116815260200161033c565b61037461036f3660046135da565b61087a565b005b610374610893565b61039161038c3660046135da565b6108a8565b60405161033c96959493929190613644565b6103b66103b13660046136ae565b6109fc565b60405190815260200161033c565b6103d76103d23660046135da565b610a0e565b6040805192151583526001600160401b0390911660208301520161033c565b6103746104043660046136dd565b610a56565b6103b66104173660046135da565b5f9081526020819052604090206001015490565b6103b67f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504181565b610374610460366004613712565b610bbd565b610374610473366004613712565b610be5565b610374610c8b565b61037461048e366004613750565b610c9d565b60035460ff16610330565b6104b16104ac3660046136ae565b610d3a565b604080516001600160401b03909316835261ffff90911660208301520161033c565b6104e66104e13660046136ae565b610df7565b6040516001600160401b03909116815260200161033c565b61037461050c36600461378c565b610e08565b61037461051f3660046137a7565b610e1b565b6103746105323660046137cc565b610e2e565b6103b67f000000000000000000000000000000000000000000000000000000000000000081565b61057161056c366004613851565b610e75565b60408051921515835261ffff90911660208301520161033c565b6105b36105993660046135da565b60076020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161033c565b6103746105d9366004613871565b610eba565b6103746105ec3660046138a8565b610ee1565b610374610ef6565b610601610f28565b60405161033c9796959493929190613907565b6002546001600160a01b03166105b3565b6106646106333660046139b8565b5f918252600c602090815260408084206001600160401b039390931684529190529020549065ffffffffffff821690565b6040805167ffffffffffffffff1990931683526001600160401b0390911660208301520161033c565b6103b6600281565b6105b3610f6a565b6103b6602081565b6103306106b3366004613712565b610f82565b6103746106c6366004613851565b610faa565b6103b67ff800b82218d48b2c2ce2e326c1ce153ce39ffb95534929aa73152da721e547e681565b6103746107003660046135da565b61107f565b61070d61112d565b6040805165ffffffffffff93841681529290911660208301520161033c565b6103b65f81565b6103306107413660046135da565b61117f565b6107596107543660046139f2565b611258565b60405161033c9190613a6b565b6103b66210000081565b61034a6112d7565b610374611335565b610788611374565b604080516001600160a01b03909316835265ffffffffffff90911660208301520161033c565b6103b66107bc3660046136ae565b611395565b6103746107cf366004613712565b61139f565b6103746113c7565b6107e46113d9565b60405161033c93929190613abc565b6103b6600581565b610374610809366004613b2d565b61145d565b61037461081c366004613ba6565b611570565b6103b67f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b6103b661175c565b5f6001600160e01b031982166318a4c3c360e11b1480610874575061087482611765565b92915050565b5f61088481611799565b61088f8260016117a3565b5050565b5f61089d81611799565b6108a5611830565b50565b5f5f5f5f6108b4613577565b6108bc613577565b5f878152600660209081526040808320815160808101835290546001600160a01b0381168252600160a01b810462ffffff1682850152600160b81b810460ff16151582840152600160c01b90046001600160401b031660608201528a8452600883528184205460099093529083205490925b60058110156109bc5760016109428261183c565b6001901b6109509190613c3c565b6109598261185a565b84901c1686826005811061096f5761096f613c4f565b6001600160401b039092166020928302919091015261098f908290613c63565b82901c8582600581106109a4576109a4613c4f565b63ffffffff909216602092909202015260010161092e565b505081515f998a526007602090815260409a8b902054908401519a90930151909a6001600160a01b039093169962ffffff16985096509294509092509050565b5f610874610a0983611878565b611903565b5f818152600660205260408120548190600160c01b90046001600160401b0316808203610a4057505f93849350915050565b6001610a4c8183613c7a565b9250925050915091565b5f610a6081611799565b5f84815260066020526040902080546001600160a01b031680610a9e57604051635f371c7b60e01b8152600481018790526024015b60405180910390fd5b6001600160a01b038516610ac55760405163089d0d2360e31b815260040160405180910390fd5b5f856001600160a01b0316634fe840f56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b02573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b269190613c99565b9050848114610b525760405163f431d92b60e01b81526004810186905260248101829052604401610a95565b82546001600160a01b0319166001600160a01b038781169182178555604080519185168252602082019290925290810182905287907fbec357a9b4316a493cf91b266e1a29060a477d4a4740c977a02010b2b1c0be419060600160405180910390a250505050505050565b81610bdb57604051631fe1e13d60e11b815260040160405180910390fd5b61088f828261192f565b81158015610c0057506002546001600160a01b038281169116145b15610c81575f5f610c0f611374565b90925090506001600160a01b038216151580610c31575065ffffffffffff8116155b80610c4457504265ffffffffffff821610155b15610c6c576040516319ca5ebb60e01b815265ffffffffffff82166004820152602401610a95565b50506001805465ffffffffffff60a01b191690555b61088f8282611953565b5f610c9581611799565b6108a5611986565b5f610ca781611799565b5f848152600660205260409020546001600160a01b0316610cde57604051635f371c7b60e01b815260048101859052602401610a95565b610d34848460058060200260405190810160405280929190826005602002808284375f92019190915250506040805160a08181019092529150869060059083908390808284375f920191909152506119d8915050565b50505050565b80355f908152600c60209081526040808320839283928391610d60918801908801613cb0565b6001600160401b0316815260208101919091526040015f20549050801580610d9e5750610d8c84611878565b67ffffffffffffffff19828116911614155b15610de0578335610db56040860160208701613cb0565b604051634a34b50960e11b815260048101929092526001600160401b03166024820152604401610a95565b65ffffffffffff81169460309190911c9350915050565b5f610e0182610d3a565b5092915050565b5f610e1281611799565b61088f82611b01565b5f610e2581611799565b61088f82611b73565b5f610e3881611799565b610d348484808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250869250611be2915050565b5f828152600b6020908152604080832084845282529182902082518084019093525460ff8116151580845261010090910461ffff1692909101829052905b9250929050565b5f610ec481611799565b610edc83610ed736859003850185613d9e565b611e1d565b505050565b5f610eeb81611799565b610d34848484612060565b7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041610f2081611799565b6108a56121a0565b5f6060805f5f5f6060610f396121dd565b610f41612208565b604080515f80825260208201909252600f60f81b9b939a50919850469750309650945092509050565b5f610f7d6002546001600160a01b031690565b905090565b5f918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b5f610fb481611799565b5f838152600660205260409020546001600160a01b0316610feb57604051635f371c7b60e01b815260048101849052602401610a95565b5f838152600b6020908152604080832085845290915290205460ff1661102e576040516303cafffb60e31b81526004810184905260248101839052604401610a95565b5f838152600b60209081526040808320858452909152808220805462ffffff1916905551839185917fdbca4854e02cebfc766e10f7a07a22ad85c504b62a465219ca8443a564b215389190a3505050565b6110a97f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92933610f82565b1580156110dd57506110db7f55435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a504133610f82565b155b156111235760405163e2517d3f60e01b81523360048201527f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b9296024820152604401610a95565b6108a5815f6117a3565b6002545f90600160d01b900465ffffffffffff16801515801561115857504265ffffffffffff821610155b611163575f5f611177565b600254600160a01b900465ffffffffffff16815b915091509091565b5f818152600660209081526040808320815160808101835290546001600160a01b038116808352600160a01b820462ffffff1694830194909452600160b81b810460ff16151592820192909252600160c01b9091046001600160401b031660608201529061120357604051635f371c7b60e01b815260048101849052602401610a95565b80606001516001600160401b03165f036112205750600192915050565b806020015162ffffff1681606001516001600160401b031660016112449190613e59565b61124e9190613c63565b4210159392505050565b611260613595565b61126a8484612233565b5f805b60058110156112bf5761127f8161185a565b8660c001826005811061129457611294613c4f565b6020020160208101906112a79190613cb0565b6001600160401b0316901b919091179060010161126d565b506112cc85858584612420565b9150505b9392505050565b6002545f90600160d01b900465ffffffffffff16801515801561130157504265ffffffffffff8216105b61131c57600154600160d01b900465ffffffffffff1661132f565b600254600160a01b900465ffffffffffff165b91505090565b5f61133e611374565b509050336001600160a01b0382161461136c57604051636116401160e11b8152336004820152602401610a95565b6108a5612573565b6001546001600160a01b03811691600160a01b90910465ffffffffffff1690565b5f61087482611878565b816113bd57604051631fe1e13d60e11b815260040160405180910390fd5b61088f8282612609565b5f6113d181611799565b6108a561262d565b600e54600d8054604080516020808402820181019092528281526060945f948594909360ff8316936101009093046001600160401b03169291859183018282801561144b57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161142d575b50505050509250925092509250909192565b611465612637565b5f5f5f6114718761265b565b9250925092506114818787612233565b5f61148b88611878565b90506114a061149982611903565b87876129ad565b5f6114ab8880613e6c565b91505f90505b81811015611558576001600160a01b03861663598da1d16114d560408c018c613e6c565b848181106114e5576114e5613c4f565b90506020028101906114f79190613eb1565b6115038e8e878c612420565b6040518463ffffffff1660e01b815260040161152193929190613ef3565b5f6040518083038186803b158015611537575f5ffd5b505afa158015611549573d5f5f3e3d5ffd5b505050508060010190506114b1565b5061156589838686612c14565b505050505050505050565b611578612637565b5f5f5f6115848861265b565b9194509250905061159b60a0890160808a01613f36565b63ffffffff166001146115e1576115b860a0890160808a01613f36565b60405163b5e801ed60e01b815263ffffffff909116600482015260016024820152604401610a95565b6040805160608a013560208201525f91016040516020818303038152906040528051906020012090508860a00135811461163b5760405163ceee09eb60e01b815260a08a0135600482015260248101829052604401610a95565b5f6116458a611878565b905061165a61165382611903565b88886129ad565b611662613595565b8a3581526040808c0180356020808501919091526060808f0135938501939093527f0000000000000000000000000000000000000000000000000000000000000000928401929092526021916116ba91908e01613cb0565b6001600160401b0316901b600117816005600781106116db576116db613c4f565b602002015260c0810185905260405163598da1d160e01b81526001600160a01b0387169063598da1d190611717908d908d908690600401613ef3565b5f6040518083038186803b15801561172d575f5ffd5b505afa15801561173f573d5f5f3e3d5ffd5b5050505061174f8b838787612c14565b5050505050505050505050565b5f610f7d612d89565b5f6001600160e01b03198216637965db0b60e01b148061087457506301ffc9a760e01b6001600160e01b0319831614610874565b6108a58133612eb2565b5f82815260066020526040902080546001600160a01b03166117db57604051635f371c7b60e01b815260048101849052602401610a95565b805460ff60b81b1916600160b81b83151590810291909117825560405190815283907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b6906020015b60405180910390a2505050565b61183a5f5f612eeb565b565b5f611848826008613c63565b641030404030901c60ff169050919050565b5f611866826008613c63565b64e0b0703000901c60ff169050919050565b5f7ff800b82218d48b2c2ce2e326c1ce153ce39ffb95534929aa73152da721e547e682356118ac6040850160208601613cb0565b604085013560608601356118c660a0880160808901613f36565b8760a001358860c0016040516020016118e6989796959493929190613f82565b604051602081830303815290604052805190602001209050919050565b5f61087461190f612d89565b8360405161190160f01b8152600281019290925260228201526042902090565b5f8281526020819052604090206001015461194981611799565b610d348383612faa565b6001600160a01b038116331461197c5760405163334bd91960e11b815260040160405180910390fd5b610edc8282613010565b61198e61304c565b6003805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b5f80805b6005811015611aa0575f8582600581106119f8576119f8613c4f565b60200201519050611a088261183c565b816001600160401b0316901c6001600160401b03165f14611a4e5760405163c20638c960e01b8152600481018390526001600160401b0382166024820152604401610a95565b611a578261185a565b6001600160401b038216901b9390931792611a73826020613c63565b858360058110611a8557611a85613c4f565b602002015163ffffffff16901b9290921791506001016119dc565b505f8581526008602090815260408083208590556009909152908190208290555185907f6e5ba51216f3ee277f9d72b1138bceed0570a965baa610b1c07624cea24cb3d090611af29087908790613fda565b60405180910390a25050505050565b5f611b0a6112d7565b611b134261306f565b611b1d9190613ff6565b9050611b2982826130a5565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611b7d82613122565b611b864261306f565b611b909190613ff6565b9050611b9c8282612eeb565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b81515f819003611c0557604051633cabb6dd60e11b815260040160405180910390fd5b6020811115611c31576040516349e0177360e11b81526004810182905260206024820152604401610a95565b80611c4060ff84166002613c63565b11611c6a57604051636651fa8760e01b815260ff8316600482015260248101829052604401610a95565b808260ff161115611c9a57604051637f52a08f60e01b815260ff8316600482015260248101829052604401610a95565b600e545f90611cb89061010090046001600160401b03166001614014565b90505f5b82811015611d9c575f858281518110611cd757611cd7613c4f565b602002602001015190505f6001600160a01b0316816001600160a01b031603611d165760405163de1954f360e01b815260048101839052602401610a95565b6001600160a01b0381165f908152600f60205260409020546001600160401b03808516911603611d6457604051637010e27960e11b81526001600160a01b0382166004820152602401610a95565b6001600160a01b03165f908152600f60205260409020805467ffffffffffffffff19166001600160401b038416179055600101611cbc565b50600e805468ffffffffffffffffff19166101006001600160401b0384160260ff19161760ff8516179055600d611dd38582614033565b50806001600160401b03167fa62f8b9dcacd3d767d1b28369a5e9d0c17bc3f02e39982b0015c92d244adfd648585604051611e0f9291906140dc565b60405180910390a250505050565b811580611e2d575060f882901c15155b15611e4e57604051630101f5eb60e61b815260048101839052602401610a95565b5f82815260066020526040902080546001600160a01b031615611e875760405163e39fe01b60e01b815260048101849052602401610a95565b81516001600160a01b0316611eaf5760405163089d0d2360e31b815260040160405180910390fd5b604082015163ffffffff161580611ed2575062100000826040015163ffffffff16115b15611efe57604080830151905163f276071560e01b815263ffffffff9091166004820152602401610a95565b8151815460408085015160ff60b81b1962ffffff909116600160a01b026001600160b81b03199093166001600160a01b03948516179290921791909116600160b81b1783556020808501515f8781526007835283902080549185166001600160a01b03199290921691909117905584518251634fe840f560e01b8152925187947f4e92cc515ff5753d844a64be8c02d95ed4283e8800fbdc98a7eda53c0cc3d84394929390841692634fe840f592600480830193928290030181865afa158015611fca573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611fee9190613c99565b6020860151604080880151606089015160808a015192516120129695949390614100565b60405180910390a261202d83836060015184608001516119d8565b6040516001815283907fe91ed7e8668cc588245e241f11913e4de1fcece5ca3b383106d60348578600b690602001611823565b5f838152600660205260409020546001600160a01b031661209757604051635f371c7b60e01b815260048101849052602401610a95565b8115806120c457507f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018210155b156120e557604051636c1881d360e01b815260048101839052602401610a95565b6127108161ffff161115612112576040516323a578db60e01b815261ffff82166004820152602401610a95565b6040805180820182526001815261ffff83811660208084018281525f898152600b8352868120898252835286902094518554915162ffffff1990921690151562ffff001916176101009190941602929092179092559151908152839185917fe929aa9cadb0df9ac0d2531371315327a61962c7fc13ac108262e48bcf4981a8910160405180910390a3505050565b6121a8612637565b6003805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586119bb3390565b6060610f7d7f0000000000000000000000000000000000000000000000000000000000000000613169565b6060610f7d7f0000000000000000000000000000000000000000000000000000000000000000613169565b5f61223e8280613e6c565b9150612252905060a0840160808501613f36565b63ffffffff161580612279575061226f60a0840160808501613f36565b63ffffffff168114155b156122b75761228e60a0840160808501613f36565b60405163b5e801ed60e01b815263ffffffff909116600482015260248101829052604401610a95565b6122c2600182613c3c565b6122cf6020840184613e6c565b90501415806122ec5750806122e76040840184613e6c565b905014155b1561233957806122ff6020840184613e6c565b905061230e6040850185613e6c565b604051632681a74160e21b815260048101949094526024840192909252506044820152606401610a95565b5f6123448380613e6c565b604051602001612355929190614139565b6040516020818303038152906040528051906020012090508360a00135811461239e5760405163ceee09eb60e01b815260a0850135600482015260248101829052604401610a95565b8160011480156123d2575060608401356123b88480613e6c565b5f8181106123c8576123c8613c4f565b9050602002013514155b15610d34576123e18380613e6c565b5f8181106123f1576123f1613c4f565b60405163220abd9160e11b81526020909102929092013560048301525060608501356024820152604401610a95565b612428613595565b84358152604085013560208201526124408480613e6c565b8481811061245057612450613c4f565b905060200201358160026007811061246a5761246a613c4f565b602002015282156124a8576124826020850185613e6c565b61248d600186613c3c565b81811061249c5761249c613c4f565b905060200201356124ca565b7f00000000000000000000000000000000000000000000000000000000000000005b60608201525f60216124e26040880160208901613cb0565b6001600160401b0316901b600185901b1790506124ff8580613e6c565b905061250c856001613e59565b03612526576001811760a083015260c0820183905261256a565b6125336020860186613e6c565b8581811061254357612543613c4f565b905060200201358260046007811061255d5761255d613c4f565b602002015260a082018190525b50949350505050565b5f5f61257d611374565b915091506125928165ffffffffffff16151590565b15806125a657504265ffffffffffff821610155b156125ce576040516319ca5ebb60e01b815265ffffffffffff82166004820152602401610a95565b6125e95f6125e46002546001600160a01b031690565b613010565b506125f45f83612faa565b5050600180546001600160d01b031916905550565b5f8281526020819052604090206001015461262381611799565b610d348383613010565b61183a5f5f6130a5565b60035460ff161561183a5760405163d93c066560e01b815260040160405180910390fd5b80355f908152600660209081526040808320815160808101835290546001600160a01b0381168252600160a01b810462ffffff1693820193909352600160b81b830460ff161515918101829052600160c01b9092046001600160401b03166060830152829182916126e1576040516268d63360e21b815285356004820152602401610a95565b84355f908152600b6020908152604080832081890135845282529182902082518084019093525460ff8116151580845261010090910461ffff169183019190915261274c57604080516303cafffb60e31b815287356004820152908701356024820152604401610a95565b5f826020015162ffffff1687602001602081019061276a9190613cb0565b61277e906001600160401b03166001613e59565b6127889190613c63565b9050804210156127ce576127a26040880160208901613cb0565b604051631131cf2b60e11b81526001600160401b03909116600482015260248101829052604401610a95565b86355f908152600c6020908152604080832092916127f0918b01908b01613cb0565b6001600160401b0316815260208101919091526040015f20541561284b5786356128206040890160208a01613cb0565b60405163a4290f1b60e01b815260048101929092526001600160401b03166024820152604401610a95565b60608301516001600160401b03161580159061288b575060608301516001600160401b03166128806040890160208a01613cb0565b6001600160401b0316105b156128dd576128a06040880160208901613cb0565b600184606001516128b19190613c7a565b604051632abeb08d60e21b81526001600160401b03928316600482015291166024820152604401610a95565b86606001355f036129015760405163b263ae7360e01b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000187606001351061294b576040516307ced7b360e51b815260608801356004820152602401610a95565b6129958784606001516001600160401b03165f14158015612990575061297760408a0160208b01613cb0565b6001600160401b031685606001516001600160401b0316145b6131a6565b92516020909201519195509193509150509193909250565b6129b8604182614174565b156129dc5760405160016265861160e01b0319815260048101829052602401610a95565b5f6129e8604183614187565b600e5490915060ff1680821015612a1c576040516378f4355360e11b81526004810183905260248101829052604401610a95565b600e5461010090046001600160401b03165f805b84811015612c0a575f8787612a46846041613c63565b90612a52856041613c63565b612a5d906020613e59565b92612a6a9392919061419a565b612a73916141c1565b90505f8888612a83856041613c63565b612a8e906020613e59565b90612a9a866041613c63565b612aa5906040613e59565b92612ab29392919061419a565b612abb916141c1565b90505f8989612acb866041613c63565b612ad6906040613e59565b818110612ae557612ae5613c4f565b919091013560f81c91505f905080612aff8d848787613381565b5090925090506003816003811115612b1957612b196141de565b03612b3a5760405163021bd57160e21b815260048101879052602401610a95565b5f816003811115612b4d57612b4d6141de565b14612b6e5760405163c7e1c19760e01b815260048101879052602401610a95565b6001600160a01b0382165f908152600f60205260409020546001600160401b03898116911614612bc3576040516335f8d42960e01b8152600481018790526001600160a01b0383166024820152604401610a95565b866001600160a01b0316826001600160a01b031611612bf85760405163590a84f760e01b815260048101879052602401610a95565b5094505060019092019150612a309050565b5050505050505050565b83355f908152600c6020908152604080832067ffffffffffffffff19871667ffff000000000000603087901b161743179390929091612c5891908901908901613cb0565b6001600160401b03908116825260208083019390935260409182015f9081209490945587358452600683529281902054600160c01b900490921691612ca291908701908701613cb0565b612cad906001614014565b85355f90815260066020908152604080832080546001600160401b0395909516600160c01b026001600160c01b0390951694909417909355600a8152908290208590553391612d0191908801908801613cb0565b6001600160401b031686357fb5fce1b0ba886775959215177e397410d2fc70a482b4c2e7d71ea07da7018e13604089013560608a0135612d4760a08c0160808d01613f36565b8b60a001358c60c001600e60019054906101000a90046001600160401b03168a604051612d7a97969594939291906141f2565b60405180910390a45050505050565b5f306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612de157507f000000000000000000000000000000000000000000000000000000000000000046145b15612e0b57507f000000000000000000000000000000000000000000000000000000000000000090565b610f7d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b612ebc8282610f82565b61088f5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a95565b600254600160d01b900465ffffffffffff168015612f6d574265ffffffffffff82161015612f4457600254600180546001600160d01b0316600160a01b90920465ffffffffffff16600160d01b02919091179055612f6d565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600280546001600160a01b0316600160a01b65ffffffffffff948516026001600160d01b031617600160d01b9290931691909102919091179055565b5f82613006575f612fc36002546001600160a01b031690565b6001600160a01b031614612fea57604051631fe1e13d60e11b815260040160405180910390fd5b600280546001600160a01b0319166001600160a01b0384161790555b6112d08383613449565b5f8215801561302c57506002546001600160a01b038381169116145b1561304257600280546001600160a01b03191690555b6112d083836134d8565b60035460ff1661183a57604051638dfc202b60e01b815260040160405180910390fd5b5f65ffffffffffff8211156130a1576040516306dfcc6560e41b81526030600482015260248101839052604401610a95565b5090565b5f6130ae611374565b6001805465ffffffffffff8616600160a01b026001600160d01b03199091166001600160a01b0388161717905591506130f090508165ffffffffffff16151590565b15610edc576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61312c6112d7565b90508065ffffffffffff168365ffffffffffff16116131545761314f838261424d565b6112d0565b6112d065ffffffffffff841662069780613541565b60605f61317583613550565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b81355f90815260086020526040812054818084156131dd57505083355f90815260096020908152604080832054600a909252909120545b5f5b6005811015613377575f8760c00182600581106131fe576131fe613c4f565b6020020160208101906132119190613cb0565b90505f61321d8361185a565b90505f600161322b8561183c565b6001901b6132399190613c3c565b8288901c169050806001600160401b0316836001600160401b0316111561328d576040516351f1193b60e01b8152600481018590526001600160401b03808516602483015282166044820152606401610a95565b881561335c575f600161329f8661183c565b6001901b6132ad9190613c3c565b86841c1690506001600160401b0381161561335a575f6127106132d1876020613c63565b89901c63ffffffff16836001600160401b03166132ee9190613c63565b6132f89190614187565b61330b906001600160401b038416613e59565b905080856001600160401b031611156133585760405163b2504aed60e01b8152600481018790526001600160401b0380871660248301528316604482015260648101829052608401610a95565b505b505b506001600160401b03909116901b94909417936001016131df565b5050505092915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156133ba57505f9150600390508261343f565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561340b573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661343657505f92506001915082905061343f565b92505f91508190505b9450945094915050565b5f6134548383610f82565b6134d1575f838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556134893390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610874565b505f610874565b5f6134e38383610f82565b156134d1575f838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610874565b5f8282188284100282186112d0565b5f60ff8216601f81111561087457604051632cd44ac360e21b815260040160405180910390fd5b6040518060a001604052806005906020820280368337509192915050565b6040518060e001604052806007906020820280368337509192915050565b5f602082840312156135c3575f5ffd5b81356001600160e01b0319811681146112d0575f5ffd5b5f602082840312156135ea575f5ffd5b5035919050565b805f5b6005811015610d345781516001600160401b03168452602093840193909101906001016135f4565b805f5b6005811015610d3457815163ffffffff1684526020938401939091019060010161361f565b6001600160a01b0387811682528616602082015263ffffffff8516604082015283151560608201526101c0810161367e60808301856135f1565b61368c61012083018461361c565b979650505050505050565b5f61016082840312156136a8575f5ffd5b50919050565b5f61016082840312156136bf575f5ffd5b6112d08383613697565b6001600160a01b03811681146108a5575f5ffd5b5f5f5f606084860312156136ef575f5ffd5b833592506020840135613701816136c9565b929592945050506040919091013590565b5f5f60408385031215613723575f5ffd5b823591506020830135613735816136c9565b809150509250929050565b8060a08101831015610874575f5ffd5b5f5f5f6101608486031215613763575f5ffd5b833592506137748560208601613740565b91506137838560c08601613740565b90509250925092565b5f6020828403121561379c575f5ffd5b81356112d0816136c9565b5f602082840312156137b7575f5ffd5b813565ffffffffffff811681146112d0575f5ffd5b5f5f5f604084860312156137de575f5ffd5b83356001600160401b038111156137f3575f5ffd5b8401601f81018613613803575f5ffd5b80356001600160401b03811115613818575f5ffd5b8660208260051b840101111561382c575f5ffd5b60209182019450925084013560ff81168114613846575f5ffd5b809150509250925092565b5f5f60408385031215613862575f5ffd5b50508035926020909101359150565b5f5f8284036101c0811215613884575f5ffd5b833592506101a0601f198201121561389a575f5ffd5b506020830190509250929050565b5f5f5f606084860312156138ba575f5ffd5b8335925060208401359150604084013561ffff81168114613846575f5ffd5b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201525f61392560e08301896138d9565b828103604084015261393781896138d9565b606084018890526001600160a01b038716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561398c57835183526020938401939092019160010161396e565b50909b9a5050505050505050505050565b80356001600160401b03811681146139b3575f5ffd5b919050565b5f5f604083850312156139c9575f5ffd5b823591506139d96020840161399d565b90509250929050565b5f606082840312156136a8575f5ffd5b5f5f5f6101a08486031215613a05575f5ffd5b613a0f8585613697565b92506101608401356001600160401b03811115613a2a575f5ffd5b613a36868287016139e2565b9396939550505050610180919091013590565b805f5b6007811015610d34578151845260209384019390910190600101613a4c565b60e081016108748284613a49565b5f8151808452602084019350602083015f5b82811015613ab25781516001600160a01b0316865260209586019590910190600101613a8b565b5093949350505050565b606081525f613ace6060830186613a79565b905060ff841660208301526001600160401b0383166040830152949350505050565b5f5f83601f840112613b00575f5ffd5b5081356001600160401b03811115613b16575f5ffd5b602083019150836020828501011115610eb3575f5ffd5b5f5f5f5f6101a08587031215613b41575f5ffd5b613b4b8686613697565b93506101608501356001600160401b03811115613b66575f5ffd5b613b72878288016139e2565b9350506101808501356001600160401b03811115613b8e575f5ffd5b613b9a87828801613af0565b95989497509550505050565b5f5f5f5f5f6101a08688031215613bbb575f5ffd5b613bc58787613697565b94506101608601356001600160401b03811115613be0575f5ffd5b613bec88828901613af0565b9095509350506101808601356001600160401b03811115613c0b575f5ffd5b613c1788828901613af0565b969995985093965092949392505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561087457610874613c28565b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761087457610874613c28565b6001600160401b03828116828216039081111561087457610874613c28565b5f60208284031215613ca9575f5ffd5b5051919050565b5f60208284031215613cc0575f5ffd5b6112d08261399d565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b0381118282101715613cff57613cff613cc9565b60405290565b604051601f8201601f191681016001600160401b0381118282101715613d2d57613d2d613cc9565b604052919050565b803563ffffffff811681146139b3575f5ffd5b5f82601f830112613d57575f5ffd5b613d6160a0613d05565b8060a0840185811115613d72575f5ffd5b845b81811015613d9357613d8581613d35565b845260209384019301613d74565b509095945050505050565b5f6101a0828403128015613db0575f5ffd5b50613db9613cdd565b8235613dc4816136c9565b81526020830135613dd4816136c9565b6020820152613de560408401613d35565b604082015283607f840112613df8575f5ffd5b613e0260a0613d05565b80610100850186811115613e14575f5ffd5b606086015b81811015613e3857613e2a8161399d565b845260209384019301613e19565b50816060850152613e498782613d48565b6080850152509195945050505050565b8082018082111561087457610874613c28565b5f5f8335601e19843603018112613e81575f5ffd5b8301803591506001600160401b03821115613e9a575f5ffd5b6020019150600581901b3603821315610eb3575f5ffd5b5f5f8335601e19843603018112613ec6575f5ffd5b8301803591506001600160401b03821115613edf575f5ffd5b602001915036819003821315610eb3575f5ffd5b61010081528261010082015282846101208301375f61012084830101525f610120601f19601f8601168301019050613f2e6020830184613a49565b949350505050565b5f60208284031215613f46575f5ffd5b6112d082613d35565b805f5b6005811015610d34576001600160401b03613f6c8361399d565b1684526020938401939190910190600101613f52565b5f610180820190508982528860208301526001600160401b038816604083015286606083015285608083015263ffffffff851660a08301528360c0830152613fcd60e0830184613f4f565b9998505050505050505050565b6101408101613fe982856135f1565b6112d060a083018461361c565b65ffffffffffff818116838216019081111561087457610874613c28565b6001600160401b03818116838216019081111561087457610874613c28565b81516001600160401b0381111561404c5761404c613cc9565b6801000000000000000081111561406557614065613cc9565b81548183558082101561409957825f528160205f20018282035f5b81811015614095575f83820155600101614080565b5050505b50602083016140ad835f9081526020902090565b5f5b838110156140d45782516001600160a01b0316818301556020909201916001016140af565b505050505050565b604081525f6140ee6040830185613a79565b905060ff831660208301529392505050565b6001600160a01b038781168252602082018790528516604082015263ffffffff841660608201526101c0810161367e60808301856135f1565b5f6001600160fb1b0383111561414d575f5ffd5b8260051b80858437919091019392505050565b634e487b7160e01b5f52601260045260245ffd5b5f8261418257614182614160565b500690565b5f8261419557614195614160565b500490565b5f5f858511156141a8575f5ffd5b838611156141b4575f5ffd5b5050820193919092039150565b80356020831015610874575f19602084900360031b1b1692915050565b634e487b7160e01b5f52602160045260245ffd5b8781526020810187905263ffffffff861660408201526060810185905261016081016142216080830186613f4f565b6001600160401b0384166101208301526001600160401b03831661014083015298975050505050505050565b65ffffffffffff828116828216039081111561087457610874613c285630644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000197667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92955435dd261a4b9b3364963f7738a7a662ad9c84396d64be3365284bb7f0a5041",
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
// Solidity: constructor(address admin, uint48 adminDelay, uint256 initialAccHash_, (address,address,address[],uint8,(uint256,(address,address,uint32,uint64[5],uint32[5]),(uint256,uint16)[])[]) g) returns()
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
// the contract method with ID 0x47904c5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSanityBounds(uint256 pool, uint64[5] maxValue, uint32[5] maxGrowthBp) returns()
func (disclosureRegistry *DisclosureRegistry) PackSetSanityBounds(pool *big.Int, maxValue [5]uint64, maxGrowthBp [5]uint32) []byte {
	enc, err := disclosureRegistry.abi.Pack("setSanityBounds", pool, maxValue, maxGrowthBp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSanityBounds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x47904c5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSanityBounds(uint256 pool, uint64[5] maxValue, uint32[5] maxGrowthBp) returns()
func (disclosureRegistry *DisclosureRegistry) TryPackSetSanityBounds(pool *big.Int, maxValue [5]uint64, maxGrowthBp [5]uint32) ([]byte, error) {
	return disclosureRegistry.abi.Pack("setSanityBounds", pool, maxValue, maxGrowthBp)
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

// DisclosureRegistrySanityBoundsSet represents a SanityBoundsSet event raised by the DisclosureRegistry contract.
type DisclosureRegistrySanityBoundsSet struct {
	Pool        *big.Int
	MaxValue    [5]uint64
	MaxGrowthBp [5]uint32
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
// Solidity: event SanityBoundsSet(uint256 indexed pool, uint64[5] maxValue, uint32[5] maxGrowthBp)
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
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"adminDelay\",\"type\":\"uint48\"},{\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"internalType\":\"structRWAToken.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"internalType\":\"contractIdentityRegistry\",\"name\":\"identityRegistry_\",\"type\":\"address\"},{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"disclosureRegistry_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"pool_\",\"type\":\"uint256\"},{\"internalType\":\"contractIERC20\",\"name\":\"payoutToken_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"unitsPerCent_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"name\":\"AccessControlEnforcedDefaultAdminDelay\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessControlEnforcedDefaultAdminRules\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"defaultAdmin\",\"type\":\"address\"}],\"name\":\"AccessControlInvalidDefaultAdmin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"AccountFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"CheckpointUnorderedInsertion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ConstructorArgumentZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"ERC20InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"approver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidApprover\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"ERC20InvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"ERC20InvalidSpender\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EnforcedPause\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ExpectedPause\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"FutureLookup\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoHolders\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"NoPayout\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"name\":\"PayoutAboveCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PayoutZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"}],\"name\":\"PolicyNotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"PoolMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"RecipientNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"RoleHolderZero\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"SenderNotVerified\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"disclosureBlock\",\"type\":\"uint64\"}],\"name\":\"SnapshotNotFinal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"AddressFrozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminDelayChangeCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"effectSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminDelayChangeScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"DefaultAdminTransferCanceled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint48\",\"name\":\"acceptSchedule\",\"type\":\"uint48\"}],\"name\":\"DefaultAdminTransferScheduled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"agent\",\"type\":\"address\"}],\"name\":\"ForcedTransfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PayoutClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"}],\"name\":\"PayoutDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"OPERATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"acceptDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"balanceOfAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"beginDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"canTransfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cancelDefaultAdminTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"}],\"name\":\"changeDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"claimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"defaultAdminDelayIncreaseWait\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositPayout\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"disclosureRegistry\",\"outputs\":[{\"internalType\":\"contractDisclosureRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedTransfer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identityRegistry\",\"outputs\":[{\"internalType\":\"contractIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isFrozen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"}],\"name\":\"payout\",\"outputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"snapshotBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"supply\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"cap\",\"type\":\"uint256\"}],\"internalType\":\"structRWAToken.Payout\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"pool\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"epoch\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"policyHash\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"chunks\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"chunkRootsHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64[5]\",\"name\":\"metrics\",\"type\":\"uint64[5]\"}],\"internalType\":\"structDisclosureRegistry.Disclosure\",\"name\":\"d\",\"type\":\"tuple\"}],\"name\":\"payoutCap\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payoutToken\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdmin\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pendingDefaultAdminDelay\",\"outputs\":[{\"internalType\":\"uint48\",\"name\":\"newDelay\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"schedule\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollbackDefaultAdminDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"name\":\"setFrozen\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"totalSupplyAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unitsPerCent\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "c9fcb2450802ab353ac4154b8540a19978",
	Bin: "0x610120604052348015610010575f5ffd5b506040516134fd3803806134fd83398101604081905261002f916103f8565b602086015186518989600361004483826105a7565b50600461005182826105a7565b5050506001600160a01b03811661008257604051636116401160e11b81525f60048201526024015b60405180910390fd5b600680546001600160d01b0316600160d01b65ffffffffffff8516021790556100ab5f826101f2565b5050506001600160a01b03851615806100cb57506001600160a01b038416155b806100d4575082155b806100e657506001600160a01b038216155b806100ef575080155b1561010d5760405163bf8b5c5d60e01b815260040160405180910390fd5b60408601516001600160a01b03166101475760405163082702fd60e31b81525f5160206134bd5f395f51905f526004820152602401610079565b60608601516001600160a01b03166101815760405163082702fd60e31b81525f5160206134dd5f395f51905f526004820152602401610079565b6001600160a01b0380861660805284811660a05260c0849052821660e05261010081905260408601516101c2905f5160206134bd5f395f51905f52906101f2565b506101e45f5160206134dd5f395f51905f5287606001516101f260201b60201c565b505050505050505050610665565b5f8261024e575f61020b6007546001600160a01b031690565b6001600160a01b03161461023257604051631fe1e13d60e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0384161790555b6102588383610261565b90505b92915050565b5f8281526005602090815260408083206001600160a01b038516845290915281205460ff16610305575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556102bd3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161025b565b505f61025b565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b03811182821017156103425761034261030c565b60405290565b5f82601f830112610357575f5ffd5b81516001600160401b038111156103705761037061030c565b604051601f8201601f19908116603f011681016001600160401b038111828210171561039e5761039e61030c565b6040528181528382016020018510156103b5575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b6001600160a01b03811681146103e5575f5ffd5b50565b80516103f3816103d1565b919050565b5f5f5f5f5f5f5f5f888a03610160811215610411575f5ffd5b89516001600160401b03811115610426575f5ffd5b6104328c828d01610348565b60208c0151909a5090506001600160401b0381111561044f575f5ffd5b61045b8c828d01610348565b9850506080603f198201121561046f575f5ffd5b50610478610320565b60408a0151610486816103d1565b815260608a015165ffffffffffff811681146104a0575f5ffd5b602082015260808a01516104b3816103d1565b604082015260a08a01516104c6816103d1565b606082015295506104d960c08a016103e8565b94506104e760e08a016103e8565b6101008a015190945092506104ff6101208a016103e8565b6101409990990151979a96995094979396929591945050565b600181811c9082168061052c57607f821691505b60208210810361054a57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105a257828211156105a257805f5260205f20601f840160051c602085101561057b57505f5b90810190601f840160051c035f5b8181101561059e575f83820155600101610589565b5050505b505050565b81516001600160401b038111156105c0576105c061030c565b6105d4816105ce8454610518565b84610550565b6020601f821160018114610606575f83156105ef5750848201515b5f19600385901b1c1916600184901b17845561065e565b5f84815260208120601f198516915b828110156106355787850151825560209485019460019092019101610615565b508482101561065257868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e05161010051612dc76106f65f395f81816103a301526110be01525f818161050201528181610f34015261142d01525f81816103d801528181610fec01528181611151015261118b01525f81816105820152818161102901526111f001525f8181610364015281816115f50152818161168401528181611eca0152611fcd0152612dc75ff3fe608060405234801561000f575f5ffd5b50600436106102e5575f3560e01c80638456cb5911610195578063aab8ab0c116100e4578063cf6eefb71161009e578063dd62ed3e11610079578063dd62ed3e1461073c578063e46638e614610774578063e583983614610787578063f5b541a6146107a9575f5ffd5b8063cf6eefb7146106f3578063d547741f14610721578063d602b9fd14610734575f5ffd5b8063aab8ab0c14610697578063ac869cd8146106aa578063af1b45a9146106bd578063bbad4105146106d0578063cc8463c8146106e3578063cefc1429146106eb575f5ffd5b8063981b24d01161014f578063a1eda53c1161012a578063a1eda53c1461062c578063a217fddf14610653578063a60628e21461065a578063a9059cbb14610684575f5ffd5b8063981b24d0146105f35780639dc29fac146106065780639fc1d0e714610619575f5ffd5b80638456cb59146105a457806384ef8ffc146105ac57806388d8b2a7146105bd5780638da5cb5b146105d057806391d14854146105d857806395d89b41146105eb575f5ffd5b8063248a9ca3116102515780634ee2cd7e1161020b578063634e93da116101e6578063634e93da1461052f578063649a5ec71461054257806370a08231146105555780637ebaabb71461057d575f5ffd5b80634ee2cd7e146104ea5780634efa82b6146104fd5780635c975abb14610524575f5ffd5b8063248a9ca3146104785780632f2ff15d1461049a578063313ce567146104ad57806336568abe146104bc5780633f4ba83a146104cf57806340c10f19146104d7575f5ffd5b806314c1cca8116102a257806314c1cca81461039e57806316f0115b146103d3578063178e57f0146103fa57806318160ddd1461044957806322459e181461045157806323b872dd14610465575f5ffd5b806301ffc9a7146102e9578063022d63fb1461031157806306fdde031461032d578063095ea7b3146103425780630aa6220b14610355578063134e18f41461035f575b5f5ffd5b6102fc6102f736600461293c565b6107d0565b60405190151581526020015b60405180910390f35b620697805b60405165ffffffffffff9091168152602001610308565b6103356107fa565b6040516103089190612963565b6102fc6103503660046129b3565b61088a565b61035d6108a1565b005b6103867f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610308565b6103c57f000000000000000000000000000000000000000000000000000000000000000081565b604051908152602001610308565b6103c57f000000000000000000000000000000000000000000000000000000000000000081565b61040d6104083660046129ef565b6108b6565b604051610308919081516001600160401b0316815260208083015190820152604080830151908201526060918201519181019190915260800190565b6002546103c5565b6103c55f516020612da75f395f51905f5281565b6102fc610473366004612a0a565b610936565b6103c5610486366004612a44565b5f9081526005602052604090206001015490565b61035d6104a8366004612a5b565b61095b565b60405160128152602001610308565b61035d6104ca366004612a5b565b610987565b61035d610a32565b61035d6104e53660046129b3565b610a51565b6103c56104f83660046129b3565b610a77565b6103867f000000000000000000000000000000000000000000000000000000000000000081565b60085460ff166102fc565b61035d61053d366004612a85565b610acc565b61035d610550366004612a9e565b610adf565b6103c5610563366004612a85565b6001600160a01b03165f9081526020819052604090205490565b6103867f000000000000000000000000000000000000000000000000000000000000000081565b61035d610af2565b6007546001600160a01b0316610386565b6103c56105cb366004612ac3565b610b11565b610386610be6565b6102fc6105e6366004612a5b565b610bfe565b610335610c28565b6103c5610601366004612a44565b610c37565b61035d6106143660046129b3565b610c75565b61035d610627366004612a0a565b610c96565b610634610d2d565b6040805165ffffffffffff938416815292909116602083015201610308565b6103c55f81565b6103c5610668366004612ac3565b600b60209081525f928352604080842090915290825290205481565b6102fc6106923660046129b3565b610d7f565b6103c56106a53660046129ef565b610d8c565b61035d6106b8366004612afa565b610f62565b6103c56106cb366004612b46565b610fdc565b61035d6106de366004612b61565b611123565b61031661145e565b61035d6114bc565b6106fb6114fb565b604080516001600160a01b03909316835265ffffffffffff909116602083015201610308565b61035d61072f366004612a5b565b61151c565b61035d611544565b6103c561074a366004612b8c565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6102fc610782366004612a0a565b611556565b6102fc610795366004612a85565b60096020525f908152604090205460ff1681565b6103c57f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92981565b5f6001600160e01b031982166318a4c3c360e11b14806107f457506107f482611724565b92915050565b60606003805461080990612ba6565b80601f016020809104026020016040519081016040528092919081815260200182805461083590612ba6565b80156108805780601f1061085757610100808354040283529160200191610880565b820191905f5260205f20905b81548152906001019060200180831161086357829003601f168201915b5050505050905090565b5f33610897818585611758565b5060019392505050565b5f6108ab81611765565b6108b361176f565b50565b6108e660405180608001604052805f6001600160401b031681526020015f81526020015f81526020015f81525090565b506001600160401b039081165f908152600a602090815260409182902082516080810184528154909416845260018101549184019190915260028101549183019190915260030154606082015290565b5f3361094385828561177b565b61094e8585856117f7565b60019150505b9392505050565b8161097957604051631fe1e13d60e11b815260040160405180910390fd5b6109838282611854565b5050565b811580156109a257506007546001600160a01b038281169116145b15610a28575f5f6109b16114fb565b90925090506001600160a01b0382161515806109d3575065ffffffffffff8116155b806109e657504265ffffffffffff821610155b15610a13576040516319ca5ebb60e01b815265ffffffffffff821660048201526024015b60405180910390fd5b50506006805465ffffffffffff60a01b191690555b6109838282611878565b5f516020612da75f395f51905f52610a4981611765565b6108b36118ab565b5f516020612da75f395f51905f52610a6881611765565b610a7283836118fd565b505050565b5f438210610a9b576040516309dcd3a160e21b815260048101839052602401610a0a565b6001600160a01b0383165f908152600c60205260409020610abc9083611931565b6001600160d01b03169392505050565b5f610ad681611765565b610983826119e1565b5f610ae981611765565b61098382611a53565b5f516020612da75f395f51905f52610b0981611765565b6108b3611ac2565b6001600160401b038083165f908152600a60209081526040808320815160808101835281549095168552600181015492850192909252600282015490840181905260039091015460608401529091908203610b6f575f9150506107f4565b5f81602001518260400151610b9086855f01516001600160401b0316610a77565b610b9a9190612bec565b610ba49190612c17565b6001600160401b0386165f908152600b602090815260408083206001600160a01b0389168452909152902054909150610bdd9082612c36565b95945050505050565b5f610bf96007546001600160a01b031690565b905090565b5f9182526005602090815260408084206001600160a01b0393909316845291905290205460ff1690565b60606004805461080990612ba6565b5f438210610c5b576040516309dcd3a160e21b815260048101839052602401610a0a565b610c66600d83611931565b6001600160d01b031692915050565b5f516020612da75f395f51905f52610c8c81611765565b610a728383611aff565b5f516020612da75f395f51905f52610cad81611765565b60015f805c60ff19168217905d50610cc68484846117f7565b5f60ff19815c16815d50336001600160a01b0316836001600160a01b0316856001600160a01b03167f31a05a6a55253f32ca1a2eae200ad7ddf38d17e9f6e0535e9a85ab4a218aeaa385604051610d1f91815260200190565b60405180910390a450505050565b6007545f90600160d01b900465ffffffffffff168015158015610d5857504265ffffffffffff821610155b610d63575f5f610d77565b600754600160a01b900465ffffffffffff16815b915091509091565b5f336108978185856117f7565b6001600160401b038082165f908152600a60209081526040808320815160808101835281549095168552600181015492850192909252600282015490840181905260039091015460608401529091908203610e0557604051631456792360e11b81526001600160401b0384166004820152602401610a0a565b5f81602001518260400151610e2633855f01516001600160401b0316610a77565b610e309190612bec565b610e3a9190612c17565b9050805f03610e6d57604051631178aeab60e31b81526001600160401b0385166004820152336024820152604401610a0a565b6001600160401b0384165f908152600b60209081526040808320338452909152902054610e9a9082612c36565b9250825f03610ecd5760405163b5ffb3b560e01b81526001600160401b0385166004820152336024820152604401610a0a565b6001600160401b0384165f818152600b602090815260408083203380855290835292819020859055518681529192917f6d5db2de6eccf6170a6d9963443e643c2b98c4738f30610dc199bd6d2913113f910160405180910390a3610f5b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385611b33565b5050919050565b5f516020612da75f395f51905f52610f7981611765565b6001600160a01b0383165f81815260096020908152604091829020805460ff191686151590811790915591519182523392917f7fa523c84ab8d7fc5b72f08b9e46dbbf10c39e119a075b3e317002d14bc9f43691015b60405180910390a3505050565b60408051630d80b56160e31b81527f000000000000000000000000000000000000000000000000000000000000000060048201529082013560248201525f90819081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636c05ab08906044016040805180830381865afa15801561106d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906110919190612c49565b91509150816110b957604080516323f412f360e01b8152908501356004820152602401610a0a565b6127107f000000000000000000000000000000000000000000000000000000000000000061ffff83166110f4610120880161010089016129ef565b6001600160401b03166111079190612bec565b6111119190612bec565b61111b9190612c17565b949350505050565b7f97667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b92961114d81611765565b82357f0000000000000000000000000000000000000000000000000000000000000000146111b75760405163108fe88f60e31b8152833560048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610a0a565b815f036111d757604051636d2594d560e11b815260040160405180910390fd5b604051632f2d894360e11b81525f906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690635e5b128690611225908790600401612cb1565b602060405180830381865afa158015611240573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112649190612d21565b905043816001600160401b03161061129a576040516343ee866360e01b81526001600160401b0382166004820152602401610a0a565b5f600a816112ae60408801602089016129ef565b6001600160401b03908116825260208201929092526040015f9081208054909350909116156112e15781600301546112ea565b6112ea86610fdc565b90505f8583600201546112fd9190612d3c565b90508181111561132a5760405163080ae85f60e01b81526004810182905260248101839052604401610a0a565b82546001600160401b03165f036113b3575f61134e856001600160401b0316610c37565b9050805f0361138c576113676040890160208a016129ef565b60405163b83c6af960e01b81526001600160401b039091166004820152602401610a0a565b835467ffffffffffffffff19166001600160401b0386161784556001840155600383018290555b600283018190556113ca60408801602089016129ef565b60408051888152602081018490529081018490526001600160401b03868116606083015291909116907f5ca88f03079ecb92ae9ede18756aaf1a7ae94c0385699c9d29ccb1169de607c19060800160405180910390a26114556001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333089611b68565b50505050505050565b6007545f90600160d01b900465ffffffffffff16801515801561148857504265ffffffffffff8216105b6114a357600654600160d01b900465ffffffffffff166114b6565b600754600160a01b900465ffffffffffff165b91505090565b5f6114c56114fb565b509050336001600160a01b038216146114f357604051636116401160e11b8152336004820152602401610a0a565b6108b3611b9e565b6006546001600160a01b03811691600160a01b90910465ffffffffffff1690565b8161153a57604051631fe1e13d60e11b815260040160405180910390fd5b6109838282611c34565b5f61154e81611765565b6108b3611c58565b5f6001600160a01b038416158061157457506001600160a01b038316155b80611581575060085460ff165b1561158d57505f610954565b6001600160a01b0384165f9081526009602052604090205460ff16806115ca57506001600160a01b0383165f9081526009602052604090205460ff165b156115d657505f610954565b60405163b9209e3360e01b81526001600160a01b0385811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa15801561163a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061165e9190612d4f565b15806116ef575060405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa1580156116c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116ed9190612d4f565b155b156116fb57505f610954565b8161171a856001600160a01b03165f9081526020819052604090205490565b1015949350505050565b5f6001600160e01b03198216637965db0b60e01b14806107f457506301ffc9a760e01b6001600160e01b03198316146107f4565b610a728383836001611c62565b6108b38133611d34565b6117795f5f611d6d565b565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f198110156117f157818110156117e357604051637dc7a0d960e11b81526001600160a01b03841660048201526024810182905260448101839052606401610a0a565b6117f184848484035f611c62565b50505050565b6001600160a01b03831661182057604051634b637e8f60e11b81525f6004820152602401610a0a565b6001600160a01b0382166118495760405163ec442f0560e01b81525f6004820152602401610a0a565b610a72838383611e2c565b5f8281526005602052604090206001015461186e81611765565b6117f1838361214e565b6001600160a01b03811633146118a15760405163334bd91960e11b815260040160405180910390fd5b610a7282826121b4565b6118b36121f0565b6008805460ff191690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6001600160a01b0382166119265760405163ec442f0560e01b81525f6004820152602401610a0a565b6109835f8383611e2c565b81545f908181600581111561198d575f61194a84612213565b6119549085612c36565b5f8881526020902090915081015465ffffffffffff908116908716101561197d5780915061198b565b611988816001612d3c565b92505b505b5f61199a8787858561236b565b905080156119d4576119be876119b1600184612c36565b5f91825260209091200190565b54600160301b90046001600160d01b03166119d6565b5f5b979650505050505050565b5f6119ea61145e565b6119f3426123c1565b6119fd9190612d6a565b9050611a0982826123f7565b60405165ffffffffffff821681526001600160a01b038316907f3377dc44241e779dd06afab5b788a35ca5f3b778836e2990bdb26a2a4b2e5ed69060200160405180910390a25050565b5f611a5d82612474565b611a66426123c1565b611a709190612d6a565b9050611a7c8282611d6d565b6040805165ffffffffffff8085168252831660208201527ff1038c18cf84a56e432fdbfaf746924b7ea511dfe03a6506a0ceba4888788d9b910160405180910390a15050565b611aca6124bb565b6008805460ff191660011790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586118e03390565b6001600160a01b038216611b2857604051634b637e8f60e11b81525f6004820152602401610a0a565b610983825f83611e2c565b611b4083838360016124df565b610a7257604051635274afe760e01b81526001600160a01b0384166004820152602401610a0a565b611b76848484846001612541565b6117f157604051635274afe760e01b81526001600160a01b0385166004820152602401610a0a565b5f5f611ba86114fb565b91509150611bbd8165ffffffffffff16151590565b1580611bd157504265ffffffffffff821610155b15611bf9576040516319ca5ebb60e01b815265ffffffffffff82166004820152602401610a0a565b611c145f611c0f6007546001600160a01b031690565b6121b4565b50611c1f5f8361214e565b5050600680546001600160d01b031916905550565b5f82815260056020526040902060010154611c4e81611765565b6117f183836121b4565b6117795f5f6123f7565b6001600160a01b038416611c8b5760405163e602df0560e01b81525f6004820152602401610a0a565b6001600160a01b038316611cb457604051634a1406b160e11b81525f6004820152602401610a0a565b6001600160a01b038085165f90815260016020908152604080832093871683529290522082905580156117f157826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92584604051611d2691815260200190565b60405180910390a350505050565b611d3e8282610bfe565b6109835760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610a0a565b600754600160d01b900465ffffffffffff168015611def574265ffffffffffff82161015611dc657600754600680546001600160d01b0316600160a01b90920465ffffffffffff16600160d01b02919091179055611def565b6040517f2b1fa2edafe6f7b9e97c1a9e0c3660e645beb2dcaa2d45bdbf9beaf5472e1ec5905f90a15b50600780546001600160a01b0316600160a01b65ffffffffffff948516026001600160d01b031617600160d01b9290931691909102919091179055565b6001600160a01b03831615801590611e4c57506001600160a01b03821615155b8015611e5a575060ff5f5c16155b15611f5b57611e676124bb565b6001600160a01b0383165f9081526009602052604090205460ff1615611eab576040516327951b3f60e11b81526001600160a01b0384166004820152602401610a0a565b60405163b9209e3360e01b81526001600160a01b0384811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015611f0f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611f339190612d4f565b611f5b576040516306bfa33560e01b81526001600160a01b0384166004820152602401610a0a565b6001600160a01b0382161561205e576001600160a01b0382165f9081526009602052604090205460ff1615611fae576040516327951b3f60e11b81526001600160a01b0383166004820152602401610a0a565b60405163b9209e3360e01b81526001600160a01b0383811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b9209e3390602401602060405180830381865afa158015612012573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906120369190612d4f565b61205e576040516351f4ec8f60e11b81526001600160a01b0383166004820152602401610a0a565b6120698383836125ae565b436001600160a01b038416156120bc576120b98161209b866001600160a01b03165f9081526020819052604090205490565b6001600160a01b0387165f908152600c6020526040902091906126c7565b50505b6001600160a01b0383161561210e5761210b816120ed856001600160a01b03165f9081526020819052604090205490565b6001600160a01b0386165f908152600c6020526040902091906126c7565b50505b6001600160a01b038416158061212b57506001600160a01b038316155b156117f1576121468161213d60025490565b600d91906126c7565b505050505050565b5f826121aa575f6121676007546001600160a01b031690565b6001600160a01b03161461218e57604051631fe1e13d60e11b815260040160405180910390fd5b600780546001600160a01b0319166001600160a01b0384161790555b61095483836126e1565b5f821580156121d057506007546001600160a01b038381169116145b156121e657600780546001600160a01b03191690555b6109548383612772565b60085460ff1661177957604051638dfc202b60e01b815260040160405180910390fd5b5f60018211612220575090565b816001600160801b82106122395760809190911c9060401b5b6801000000000000000082106122545760409190911c9060201b5b640100000000821061226b5760209190911c9060101b5b6201000082106122805760109190911c9060081b5b61010082106122945760089190911c9060041b5b601082106122a75760049190911c9060021b5b600482106122b35760011b5b600302600190811c908185816122cb576122cb612c03565b048201901c905060018185816122e3576122e3612c03565b048201901c905060018185816122fb576122fb612c03565b048201901c9050600181858161231357612313612c03565b048201901c9050600181858161232b5761232b612c03565b048201901c9050600181858161234357612343612c03565b048201901c905061236281858161235c5761235c612c03565b04821190565b90039392505050565b5f5b818310156123b9575f85815260209020838316600285851804019081015465ffffffffffff868116911611156123a5578092506123b3565b6123b0816001612d3c565b93505b5061236d565b509392505050565b5f65ffffffffffff8211156123f3576040516306dfcc6560e41b81526030600482015260248101839052604401610a0a565b5090565b5f6124006114fb565b6006805465ffffffffffff8616600160a01b026001600160d01b03199091166001600160a01b03881617179055915061244290508165ffffffffffff16151590565b15610a72576040517f8886ebfc4259abdbc16601dd8fb5678e54878f47b3c34836cfc51154a9605109905f90a1505050565b5f5f61247e61145e565b90508065ffffffffffff168365ffffffffffff16116124a6576124a18382612d88565b610954565b61095465ffffffffffff8416620697806127dd565b60085460ff16156117795760405163d93c066560e01b815260040160405180910390fd5b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316612535578383151615612529573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661259d578383151615612591573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b6001600160a01b0383166125d8578060025f8282546125cd9190612d3c565b909155506126489050565b6001600160a01b0383165f908152602081905260409020548181101561262a5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610a0a565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661266457600280548290039055612682565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef83604051610fcf91815260200190565b5f806126d48585856127ec565b915091505b935093915050565b5f6126ec8383610bfe565b61276b575f8381526005602090815260408083206001600160a01b03861684529091529020805460ff191660011790556127233390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016107f4565b505f6107f4565b5f61277d8383610bfe565b1561276b575f8381526005602090815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016107f4565b5f828218828410028218610954565b82545f90819080156128e2575f612808876119b1600185612c36565b805490915065ffffffffffff80821691600160301b90046001600160d01b031690881682111561284b57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff160361288457825465ffffffffffff16600160301b6001600160d01b038916021783556128d4565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f81529190912094519151909216600160301b029216919091179101555b94508593506126d992505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a815291822095519251909316600160301b0291909316179201919091559050816126d9565b5f6020828403121561294c575f5ffd5b81356001600160e01b031981168114610954575f5ffd5b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146129ae575f5ffd5b919050565b5f5f604083850312156129c4575f5ffd5b6129cd83612998565b946020939093013593505050565b6001600160401b03811681146108b3575f5ffd5b5f602082840312156129ff575f5ffd5b8135610954816129db565b5f5f5f60608486031215612a1c575f5ffd5b612a2584612998565b9250612a3360208501612998565b929592945050506040919091013590565b5f60208284031215612a54575f5ffd5b5035919050565b5f5f60408385031215612a6c575f5ffd5b82359150612a7c60208401612998565b90509250929050565b5f60208284031215612a95575f5ffd5b61095482612998565b5f60208284031215612aae575f5ffd5b813565ffffffffffff81168114610954575f5ffd5b5f5f60408385031215612ad4575f5ffd5b8235612adf816129db565b9150612a7c60208401612998565b80151581146108b3575f5ffd5b5f5f60408385031215612b0b575f5ffd5b612b1483612998565b91506020830135612b2481612aed565b809150509250929050565b5f6101608284031215612b40575f5ffd5b50919050565b5f6101608284031215612b57575f5ffd5b6109548383612b2f565b5f5f6101808385031215612b73575f5ffd5b612b7d8484612b2f565b94610160939093013593505050565b5f5f60408385031215612b9d575f5ffd5b612adf83612998565b600181811c90821680612bba57607f821691505b602082108103612b4057634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176107f4576107f4612bd8565b634e487b7160e01b5f52601260045260245ffd5b5f82612c3157634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156107f4576107f4612bd8565b5f5f60408385031215612c5a575f5ffd5b8251612c6581612aed565b602084015190925061ffff81168114612b24575f5ffd5b805f5b60058110156117f1578135612c93816129db565b6001600160401b031684526020938401939190910190600101612c7f565b8135815261016081016020830135612cc8816129db565b6001600160401b031660208301526040838101359083015260608084013590830152608083013563ffffffff8116808214612d01575f5ffd5b60808401525060a083810135908301526107f460c0808401908501612c7c565b5f60208284031215612d31575f5ffd5b8151610954816129db565b808201808211156107f4576107f4612bd8565b5f60208284031215612d5f575f5ffd5b815161095481612aed565b65ffffffffffff81811683821601908111156107f4576107f4612bd8565b65ffffffffffff82811682821603908111156107f4576107f4612bd856fecab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709cab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb427695096770997667070c54ef182b0f5858b034beac1b6f3089aa2d3188bb1e8929f4fa9b929",
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
// Solidity: function payout(uint64 epoch) view returns((uint64,uint256,uint256,uint256))
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
// Solidity: function payout(uint64 epoch) view returns((uint64,uint256,uint256,uint256))
func (rWAToken *RWAToken) TryPackPayout(epoch uint64) ([]byte, error) {
	return rWAToken.abi.Pack("payout", epoch)
}

// UnpackPayout is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x178e57f0.
//
// Solidity: function payout(uint64 epoch) view returns((uint64,uint256,uint256,uint256))
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
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint256)
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
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint256)
func (rWAToken *RWAToken) TryPackPayoutCap(d DisclosureRegistryDisclosure) ([]byte, error) {
	return rWAToken.abi.Pack("payoutCap", d)
}

// UnpackPayoutCap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf1b45a9.
//
// Solidity: function payoutCap((uint256,uint64,uint256,uint256,uint32,bytes32,uint64[5]) d) view returns(uint256)
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
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["PayoutZero"].ID.Bytes()[:4]) {
		return rWAToken.UnpackPayoutZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["PolicyNotAllowed"].ID.Bytes()[:4]) {
		return rWAToken.UnpackPolicyNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["PoolMismatch"].ID.Bytes()[:4]) {
		return rWAToken.UnpackPoolMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rWAToken.abi.Errors["RecipientNotVerified"].ID.Bytes()[:4]) {
		return rWAToken.UnpackRecipientNotVerifiedError(raw[4:])
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

// RWATokenPolicyNotAllowed represents a PolicyNotAllowed error raised by the RWAToken contract.
type RWATokenPolicyNotAllowed struct {
	PolicyHash *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PolicyNotAllowed(uint256 policyHash)
func RWATokenPolicyNotAllowedErrorID() common.Hash {
	return common.HexToHash("0x23f412f39897a1b7722463112a44e31cbd6f72dbbbccc27167c24644c22f7f45")
}

// UnpackPolicyNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PolicyNotAllowed(uint256 policyHash)
func (rWAToken *RWAToken) UnpackPolicyNotAllowedError(raw []byte) (*RWATokenPolicyNotAllowed, error) {
	out := new(RWATokenPolicyNotAllowed)
	if err := rWAToken.abi.UnpackIntoInterface(out, "PolicyNotAllowed", raw); err != nil {
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

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {IGroth16Verifier} from "./IGroth16Verifier.sol";

/// @title Registry of proven, attested epoch disclosures.
/// @notice Accepts one disclosure per (pool, epoch): the epoch's figures with
/// one Groth16 proof per chunk of the epoch (chained by the circuit's hidden
/// accumulator) and a quorum of committee signatures over the same figures
/// and the epoch's chunk roots (EIP-712, see DISCLOSURE_TYPEHASH). Anyone may submit;
/// submitting grants nothing. See offshore/doc.go for the full statement.
/// @dev What it accepts at birth is fixed by its constructor (Genesis);
/// every later change of it (committee, pools, verifiers, sanity bounds,
/// policies, role grants, unpausing, reactivating a pool) is a call of the
/// default admin, a timelock (RWATimelock) in every deployment, so each
/// waits out a public delay. The default admin itself changes in two steps
/// with a delay (AccessControlDefaultAdminRules).
contract DisclosureRegistry is AccessControlDefaultAdminRules, Pausable, EIP712 {
    /// May pause submissions at once (unpausing needs the admin) and
    /// deactivate a pool.
    bytes32 public constant GUARDIAN_ROLE = keccak256("GUARDIAN_ROLE");
    /// May deactivate a pool at once (reactivating needs the admin).
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    /// Largest committee.
    uint256 public constant MAX_COMMITTEE = 32;
    /// Number of metrics: swaps, energy_wh, revenue_cents, active_cabinets,
    /// min_soh_permille (policy.Metric order).
    uint256 public constant NUM_METRICS = 5;
    /// Index of revenue_cents among the metrics.
    uint256 public constant REVENUE_METRIC = 2;
    /// Longest epoch, seconds (the circuit's 20-bit epoch length).
    uint256 public constant MAX_EPOCH_LENGTH = 1 << 20;
    /// BN254 scalar field modulus.
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;

    /// The EIP-712 type the committee signs.
    bytes32 public constant DISCLOSURE_TYPEHASH = keccak256(
        "Disclosure(uint256 pool,uint64 epoch,uint256 policyHash,uint256 root,uint32 chunks,bytes32 chunkRootsHash,bool suppressed,uint64 swaps,uint64 energyWh,uint64 revenueCents,uint64 activeCabinets,uint64 minSohPermille)"
    );

    /// An epoch's disclosed figures. root is the epoch root (the Poseidon2
    /// tree over the chunk roots, never computed here: the committee vouches
    /// for it); chunks the number of chunks and chunkRootsHash the keccak256
    /// of their roots as 32-byte words in order. suppressed says the
    /// epoch had fewer active cabinets than max(1, the policy's k) — no
    /// records at all, or too few cabinets to show — so every metric is 0
    /// and withheld (the proof shows exactly that). metrics are in
    /// policy.Metric order; undisclosed metrics are 0. There is no record
    /// count: it is the swaps, which a policy may withhold; every chunk but
    /// the last is full, which the circuit enforces.
    struct Disclosure {
        uint256 pool;
        uint64 epoch;
        uint256 policyHash;
        uint256 root;
        uint32 chunks;
        bytes32 chunkRootsHash;
        bool suppressed;
        uint64[5] metrics;
    }

    /// The per-chunk evidence of a disclosure (n = d.chunks chunks), not
    /// signed itself: roots are bound by d.chunkRootsHash, everything else by
    /// the proofs.
    struct Chunks {
        uint256[] roots; // n chunk roots, in order; roots[0] == d.root when n == 1
        uint256[] accs; // n−1 accumulator hashes: accs[i] = acc_out of chunk i = acc_in of chunk i+1
        bytes[] proofs; // n chunk proofs (Groth16Verifier layout)
    }

    /// A pool's configuration (configurePool).
    struct PoolConfig {
        IGroth16Verifier verifier;
        address token;
        uint32 epochLength;
        uint64[5] maxValue;
        uint32[5] maxGrowthBp;
        uint16[5] maxDropBp;
        uint64 firstEpoch;
    }

    /// A policy allowed in a pool at genesis.
    struct GenesisPolicy {
        uint256 policyHash;
        uint16 payoutShareBp;
        uint8 disclosed;
    }

    /// A pool configured at genesis, with its allowed policies.
    struct GenesisPool {
        uint256 pool;
        PoolConfig config;
        GenesisPolicy[] policies;
    }

    /// What the registry accepts at birth and who holds the operational
    /// roles (constructor).
    struct Genesis {
        address guardian;
        address operator;
        address[] committee;
        uint8 threshold;
        GenesisPool[] pools;
    }

    /// Hot pool state, one slot.
    struct Pool {
        IGroth16Verifier verifier;
        uint24 epochLength;
        bool active;
        uint64 latestPlusOne; // latest disclosed epoch + 1; 0 before the first
    }

    /// A policy's terms in one pool: its payout share and the metrics it
    /// discloses (a policy.MetricSet bitmask, bit i = metric i). The
    /// disclosed set enters every proof's header input, so a policy
    /// declared with another set than its own has no valid proof here.
    struct PolicyTerms {
        bool allowed;
        uint16 payoutShareBp;
        uint8 disclosed;
    }

    // Metric bit widths and offsets of the packed metrics public input
    // (circuits/summary): swaps 48 @0, energy_wh 64 @48, revenue_cents 64 @112,
    // active_cabinets 48 @176, min_soh_permille 16 @224.
    uint256 internal constant WIDTHS = (48) | (64 << 8) | (64 << 16) | (48 << 24) | (16 << 32);
    uint256 internal constant OFFSETS = (0) | (48 << 8) | (112 << 16) | (176 << 24) | (224 << 32);

    /// The acc_in public input of an epoch's first chunk: the
    /// hash of the circuit's initial accumulator (summary.InitialAcc().Hash()).
    uint256 public immutable initialAccHash;

    mapping(uint256 pool => Pool) internal _pools;
    /// The pool's RWA token: the only token whose payouts may cite the
    /// pool's disclosures (RWAToken checks it).
    mapping(uint256 pool => address) public poolToken;
    mapping(uint256 pool => uint256) internal _sanityMax; // packed like the metrics input
    // 5 x uint32 growth bp at 32·i, then 5 x uint16 drop bp at 160 + 16·i.
    mapping(uint256 pool => uint256) internal _sanityGrowth;
    // Per metric, packed like the metrics input: the last nonzero value a
    // shown disclosure gave it, the reference of its growth and drop
    // bounds. A zero, a suppressed epoch or a policy withholding the metric
    // leave it unchanged.
    mapping(uint256 pool => uint256) internal _reference;
    mapping(uint256 pool => uint64) internal _firstEpoch;
    mapping(uint256 pool => mapping(uint256 policyHash => PolicyTerms)) internal _policies;
    // top 192 bits of the struct hash | payout share (bp) in force at
    // acceptance << 48 | block number of acceptance (48 bits).
    mapping(uint256 pool => mapping(uint64 epoch => bytes32)) internal _records;

    // The committee's members are in its CommitteeSet event only (stored,
    // they would cost n+1 writes per rotation for a view): on chain is
    // keccak256(abi.encodePacked(members)), which committee() returns and
    // readers check the event's list against, and each member's version.
    bytes32 internal _membersHash;
    uint8 internal _threshold;
    uint64 internal _committeeVersion;
    mapping(address signer => uint64 version) internal _memberVersion;

    // Configuration errors.
    error CommitteeEmpty();
    error CommitteeTooLarge(uint256 size, uint256 max);
    error ThresholdNotMajority(uint256 threshold, uint256 size);
    error ThresholdAboveSize(uint256 threshold, uint256 size);
    error ZeroSigner(uint256 index);
    error DuplicateSigner(address signer);
    error PoolIdInvalid(uint256 pool);
    error VerifierZero();
    error EpochLengthInvalid(uint256 epochLength);
    error SanityBoundTooWide(uint256 metric, uint64 max);
    error PolicyHashInvalid(uint256 policyHash);
    error PayoutShareInvalid(uint256 payoutShareBp);
    error DisclosedSetInvalid(uint256 disclosed);
    error DropBoundInvalid(uint256 metric, uint256 maxDropBp);
    error PoolNotConfigured(uint256 pool);
    error InitialAccHashInvalid();
    error RoleHolderZero(bytes32 role);
    error PoolAlreadyConfigured(uint256 pool);
    error VerifierKeyMismatch(bytes32 expected, bytes32 actual);

    // Submission errors.
    error PoolNotActive(uint256 pool);
    error PolicyNotAllowed(uint256 pool, uint256 policyHash);
    error EpochNotEnded(uint64 epoch, uint256 endsAt);
    error DuplicateEpoch(uint256 pool, uint64 epoch);
    error EpochNotNext(uint64 epoch, uint64 next);
    error SuppressedWithFigures(uint256 metric, uint64 value);
    error ZeroRoot();
    error RootNotInField(uint256 root);
    error SanityBoundExceeded(uint256 metric, uint64 value, uint64 max);
    error GrowthBoundExceeded(uint256 metric, uint64 value, uint64 previous, uint256 limit);
    error DropBoundExceeded(uint256 metric, uint64 value, uint64 previous, uint256 limit);
    error SignaturesMalformed(uint256 length);
    error SignatureMalformed(uint256 index);
    error SignatureHighS(uint256 index);
    error InvalidSignature(uint256 index, address recovered);
    error SignersNotAscending(uint256 index);
    error InsufficientSignatures(uint256 count, uint256 threshold);
    error ProofInvalid();
    error PublicInputNotInField();
    error CommitmentInvalid();
    error ProofLengthInvalid(uint256 length);
    error ChunkCountInvalid(uint32 chunks, uint256 roots);
    error ChunkListsInconsistent(uint256 chunks, uint256 accs, uint256 proofs);
    error ChunkRootsMismatch(bytes32 signed, bytes32 given);
    error ChunkRootNotEpochRoot(uint256 chunkRoot, uint256 root);

    // Read errors.
    error NotDisclosed(uint256 pool, uint64 epoch);

    event CommitteeSet(uint64 indexed version, address[] members, uint8 threshold);
    event PoolConfigured(
        uint256 indexed pool,
        address verifier,
        bytes32 vkHash,
        address token,
        uint32 epochLength,
        uint64 firstEpoch,
        uint64[5] maxValue,
        uint32[5] maxGrowthBp,
        uint16[5] maxDropBp
    );
    event PoolActivated(uint256 indexed pool, bool active);
    event SanityBoundsSet(uint256 indexed pool, uint64[5] maxValue, uint32[5] maxGrowthBp, uint16[5] maxDropBp);
    event VerifierUpgraded(uint256 indexed pool, address oldVerifier, address newVerifier, bytes32 vkHash);
    event PolicyAllowed(uint256 indexed pool, uint256 indexed policyHash, uint16 payoutShareBp, uint8 disclosed);
    event PolicyDisallowed(uint256 indexed pool, uint256 indexed policyHash);
    /// Everything an investor or auditor needs to re-check a disclosure.
    /// prevPlusOne is the pool's latest disclosed epoch before this one,
    /// plus one (0 for the pool's first disclosure): each event names its
    /// predecessor, so a list of a pool's events that leaves one out is
    /// seen to be incomplete.
    event DisclosureAccepted(
        uint256 indexed pool,
        uint64 indexed epoch,
        address indexed submitter,
        uint256 policyHash,
        uint256 root,
        uint32 chunks,
        bytes32 chunkRootsHash,
        bool suppressed,
        uint64[5] metrics,
        uint64 committeeVersion,
        uint64 prevPlusOne
    );

    /// @param admin the default admin (the timelock); not zero.
    /// @param adminDelay seconds a default admin transfer waits between
    /// beginDefaultAdminTransfer and acceptDefaultAdminTransfer.
    /// @param initialAccHash_ summary.InitialAcc().Hash() of the circuit.
    /// @param g the committee, the pools with their allowed policies and
    /// the holders of GUARDIAN_ROLE and OPERATOR_ROLE (not zero), set up
    /// by the same checks as the later admin calls.
    constructor(address admin, uint48 adminDelay, uint256 initialAccHash_, Genesis memory g)
        AccessControlDefaultAdminRules(adminDelay, admin)
        EIP712("rwabridge DisclosureRegistry", "1")
    {
        if (initialAccHash_ == 0 || initialAccHash_ >= R) revert InitialAccHashInvalid();
        if (g.guardian == address(0)) revert RoleHolderZero(GUARDIAN_ROLE);
        if (g.operator == address(0)) revert RoleHolderZero(OPERATOR_ROLE);
        initialAccHash = initialAccHash_;
        _grantRole(GUARDIAN_ROLE, g.guardian);
        _grantRole(OPERATOR_ROLE, g.operator);
        _setCommittee(g.committee, g.threshold);
        for (uint256 i = 0; i < g.pools.length; ++i) {
            GenesisPool memory gp = g.pools[i];
            _configurePool(gp.pool, gp.config);
            for (uint256 j = 0; j < gp.policies.length; ++j) {
                GenesisPolicy memory pol = gp.policies[j];
                _allowPolicy(gp.pool, pol.policyHash, pol.payoutShareBp, pol.disclosed);
            }
        }
    }

    // ---------------------------------------------------------------- admin
    // Every function here but pause and deactivatePool is the default
    // admin's: the timelock, so each call was scheduled in public first.

    /// Replaces the committee: 1..MAX_COMMITTEE distinct nonzero signers and
    /// a threshold k with n/2 < k ≤ n. Raises the committee version.
    function setCommittee(address[] calldata members, uint8 threshold) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setCommittee(members, threshold);
    }

    /// Configures a new pool and activates it. The pool id is
    /// telemetry.PoolID.Field: 1 to 31 bytes as a big-endian integer. A
    /// configured pool is never configured again: its verifier changes by
    /// upgradeVerifier, its bounds by setSanityBounds, its epoch length and
    /// first epoch never. Its first disclosure must be of cfg.firstEpoch,
    /// and every later one of the epoch after the latest: none is skipped.
    function configurePool(uint256 pool, PoolConfig calldata cfg) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _configurePool(pool, cfg);
    }

    /// Replaces a configured pool's sanity bounds (maxima, growth and drop
    /// bounds, as in PoolConfig). The references the bounds compare with
    /// stay.
    function setSanityBounds(
        uint256 pool,
        uint64[5] calldata maxValue,
        uint32[5] calldata maxGrowthBp,
        uint16[5] calldata maxDropBp
    ) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(_pools[pool].verifier) == address(0)) revert PoolNotConfigured(pool);
        _setSanityBounds(pool, maxValue, maxGrowthBp, maxDropBp);
    }

    /// Points a configured pool at a new verifier, which must pin the key
    /// the caller names: newVerifier.vkHash() == expectedVkHash.
    function upgradeVerifier(uint256 pool, IGroth16Verifier newVerifier, bytes32 expectedVkHash)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        Pool storage p = _pools[pool];
        address old = address(p.verifier);
        if (old == address(0)) revert PoolNotConfigured(pool);
        if (address(newVerifier) == address(0)) revert VerifierZero();
        bytes32 got = newVerifier.vkHash();
        if (got != expectedVkHash) revert VerifierKeyMismatch(expectedVkHash, got);
        p.verifier = newVerifier;
        emit VerifierUpgraded(pool, old, address(newVerifier), got);
    }

    /// Allows a policy (its BN254 policy hash) in a pool, with the share of
    /// proven revenue its epochs may pay out and the metrics it discloses
    /// (its policy.MetricSet, 1..31). The policy's epoch length must be the
    /// pool's and disclosed its own set: both enter every proof's header,
    /// so otherwise no proof verifies.
    function allowPolicy(uint256 pool, uint256 policyHash, uint16 payoutShareBp, uint8 disclosed)
        external
        onlyRole(DEFAULT_ADMIN_ROLE)
    {
        _allowPolicy(pool, policyHash, payoutShareBp, disclosed);
    }

    /// Withdraws a policy from a pool; disclosures made under it stay.
    function disallowPolicy(uint256 pool, uint256 policyHash) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (address(_pools[pool].verifier) == address(0)) revert PoolNotConfigured(pool);
        if (!_policies[pool][policyHash].allowed) revert PolicyNotAllowed(pool, policyHash);
        delete _policies[pool][policyHash];
        emit PolicyDisallowed(pool, policyHash);
    }

    /// Reactivates a configured pool (after deactivatePool).
    function activatePool(uint256 pool) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setPoolActive(pool, true);
    }

    /// Deactivates a configured pool at once: its submissions revert
    /// PoolNotActive until the admin reactivates it.
    function deactivatePool(uint256 pool) external {
        if (!hasRole(OPERATOR_ROLE, msg.sender) && !hasRole(GUARDIAN_ROLE, msg.sender)) {
            revert AccessControlUnauthorizedAccount(msg.sender, OPERATOR_ROLE);
        }
        _setPoolActive(pool, false);
    }

    /// Stops every submission at once.
    function pause() external onlyRole(GUARDIAN_ROLE) {
        _pause();
    }

    /// Lets submissions in again; the admin's (the delay), not the guardian's.
    function unpause() external onlyRole(DEFAULT_ADMIN_ROLE) {
        _unpause();
    }

    function _setCommittee(address[] memory members, uint8 threshold) internal {
        uint256 n = members.length;
        if (n == 0) revert CommitteeEmpty();
        if (n > MAX_COMMITTEE) revert CommitteeTooLarge(n, MAX_COMMITTEE);
        if (2 * uint256(threshold) <= n) revert ThresholdNotMajority(threshold, n);
        if (threshold > n) revert ThresholdAboveSize(threshold, n);
        uint64 version = _committeeVersion + 1;
        for (uint256 i = 0; i < n; ++i) {
            address m = members[i];
            if (m == address(0)) revert ZeroSigner(i);
            if (_memberVersion[m] == version) revert DuplicateSigner(m);
            _memberVersion[m] = version;
        }
        _committeeVersion = version;
        _threshold = threshold;
        _membersHash = keccak256(abi.encodePacked(members));
        emit CommitteeSet(version, members, threshold);
    }

    function _configurePool(uint256 pool, PoolConfig memory cfg) internal {
        if (pool == 0 || pool >> 248 != 0) revert PoolIdInvalid(pool);
        Pool storage p = _pools[pool];
        if (address(p.verifier) != address(0)) revert PoolAlreadyConfigured(pool);
        if (address(cfg.verifier) == address(0)) revert VerifierZero();
        if (cfg.epochLength == 0 || cfg.epochLength > MAX_EPOCH_LENGTH) revert EpochLengthInvalid(cfg.epochLength);
        p.verifier = cfg.verifier;
        p.epochLength = uint24(cfg.epochLength);
        p.active = true;
        _firstEpoch[pool] = cfg.firstEpoch;
        poolToken[pool] = cfg.token;
        emit PoolConfigured(
            pool,
            address(cfg.verifier),
            cfg.verifier.vkHash(),
            cfg.token,
            cfg.epochLength,
            cfg.firstEpoch,
            cfg.maxValue,
            cfg.maxGrowthBp,
            cfg.maxDropBp
        );
        _setSanityBounds(pool, cfg.maxValue, cfg.maxGrowthBp, cfg.maxDropBp);
        emit PoolActivated(pool, true);
    }

    function _setSanityBounds(
        uint256 pool,
        uint64[5] memory maxValue,
        uint32[5] memory maxGrowthBp,
        uint16[5] memory maxDropBp
    ) internal {
        uint256 packedMax;
        uint256 packedBounds;
        for (uint256 i = 0; i < NUM_METRICS; ++i) {
            uint64 m = maxValue[i];
            if (m >> _width(i) != 0) revert SanityBoundTooWide(i, m);
            if (maxDropBp[i] > 10_000) revert DropBoundInvalid(i, maxDropBp[i]);
            packedMax |= uint256(m) << _offset(i);
            packedBounds |= uint256(maxGrowthBp[i]) << (32 * i);
            packedBounds |= uint256(maxDropBp[i]) << (160 + 16 * i);
        }
        _sanityMax[pool] = packedMax;
        _sanityGrowth[pool] = packedBounds;
        emit SanityBoundsSet(pool, maxValue, maxGrowthBp, maxDropBp);
    }

    function _allowPolicy(uint256 pool, uint256 policyHash, uint16 payoutShareBp, uint8 disclosed) internal {
        if (address(_pools[pool].verifier) == address(0)) revert PoolNotConfigured(pool);
        if (policyHash == 0 || policyHash >= R) revert PolicyHashInvalid(policyHash);
        if (payoutShareBp > 10_000) revert PayoutShareInvalid(payoutShareBp);
        if (disclosed == 0 || disclosed >> NUM_METRICS != 0) revert DisclosedSetInvalid(disclosed);
        _policies[pool][policyHash] = PolicyTerms(true, payoutShareBp, disclosed);
        emit PolicyAllowed(pool, policyHash, payoutShareBp, disclosed);
    }

    function _setPoolActive(uint256 pool, bool active) internal {
        Pool storage p = _pools[pool];
        if (address(p.verifier) == address(0)) revert PoolNotConfigured(pool);
        p.active = active;
        emit PoolActivated(pool, active);
    }

    // ---------------------------------------------------------------- submit

    /// Accepts a single-chunk epoch's disclosure (d.chunks == 1 and
    /// d.chunkRootsHash == keccak256(d.root): the chunk root is the epoch
    /// root). signatures are 65-byte (r, s, v) signatures over the EIP-712
    /// digest of d, concatenated, by committee members in strictly increasing
    /// address order, at least the threshold of them. proof is the chunk
    /// proof (Groth16Verifier layout) over publicInputs(d, ([d.root], [], [],
    /// [proof]), 0). The cheap path of the common case (≈5 000 gas less
    /// than submitDisclosure for one chunk: no chunk lists in calldata);
    /// submitDisclosure takes any number of chunks.
    function submitSingleChunkDisclosure(Disclosure calldata d, bytes calldata proof, bytes calldata signatures)
        external
        whenNotPaused
    {
        (IGroth16Verifier verifier, Accepted memory a) = _checkDisclosure(d);
        if (d.chunks != 1) revert ChunkCountInvalid(d.chunks, 1);
        bytes32 h = keccak256(abi.encode(d.root));
        if (h != d.chunkRootsHash) revert ChunkRootsMismatch(d.chunkRootsHash, h);
        bytes32 sh = _structHash(d);
        _checkQuorum(_hashTypedDataV4(sh), signatures);
        uint256[7] memory in_;
        in_[0] = d.pool;
        in_[1] = d.policyHash;
        in_[2] = d.root;
        in_[3] = initialAccHash;
        in_[5] = a.header | 1;
        in_[6] = a.packed;
        verifier.verifyProof(proof, in_);
        _record(d, sh, a);
    }

    /// Accepts an epoch's disclosure of any number n = d.chunks ≥ 1 of
    /// chunks, all in this one call (submitDisclosurePart takes an epoch
    /// too large for one transaction in parts). signatures are as
    /// for submitSingleChunkDisclosure. c carries the chunk roots d.chunkRootsHash commits
    /// to, the n−1 intermediate accumulators and one proof per chunk; proof
    /// i is checked against publicInputs(d, c, i).
    function submitDisclosure(Disclosure calldata d, Chunks calldata c, bytes calldata signatures)
        external
        whenNotPaused
    {
        (IGroth16Verifier verifier, Accepted memory a) = _checkDisclosure(d);
        _checkChunks(d, c);
        bytes32 sh = _structHash(d);
        _checkQuorum(_hashTypedDataV4(sh), signatures);
        uint256 n = c.roots.length;
        uint256[7][] memory inputs = new uint256[7][](n);
        for (uint256 i = 0; i < n; ++i) {
            inputs[i] = _publicInputs(d, c, i, a.header, a.packed);
        }
        // One pairing check for the whole epoch (Groth16Verifier, "Batched check").
        if (n == 1) verifier.verifyProof(c.proofs[0], inputs[0]);
        else verifier.verifyProofs(c.proofs, inputs);
        _record(d, sh, a);
    }

    // ---------------------------------------------------------------- parts
    // An epoch too large for one transaction is disclosed in parts, each a
    // run of consecutive chunks; the figures appear (record, event,
    // payouts) only with the final part.

    /// Seconds without progress after which anyone may restart a pool's
    /// pending epoch from chunk 0.
    uint256 public constant PENDING_TIMEOUT = 1 hours;

    /// A pool's epoch in progress (submitDisclosurePart): the struct hash
    /// of its disclosure, the acc_out of its last proven chunk, who sent
    /// the latest part and when, the next chunk to prove, its epoch and the
    /// committee version its quorum was checked under.
    struct Pending {
        bytes32 structHash;
        uint256 acc;
        address submitter;
        uint32 next;
        uint48 since;
        uint64 epoch;
        uint64 committeeVersion;
    }

    mapping(uint256 pool => Pending) internal _pending;

    error PartRangeInvalid(uint256 from, uint256 count, uint256 chunks);
    error PartOutOfOrder(uint256 from, uint256 next);
    error PendingMismatch(bytes32 pending, bytes32 given);
    error PendingCommitteeChanged(uint64 version, uint64 current);
    error PendingHeld(address submitter, uint256 until);

    /// A part of a pending epoch was proven: chunks [from, next) of it.
    event DisclosurePartAccepted(
        uint256 indexed pool, uint64 indexed epoch, address indexed submitter, uint256 from, uint256 next
    );

    /// Accepts chunks [from, from + k) of d's epoch, k = c.proofs.length
    /// ≥ 1. c.roots holds all d.chunks roots (checked against
    /// d.chunkRootsHash every time); c.accs the acc_out of each chunk of the
    /// part but the epoch's last (k, or k−1 in the final part). The first
    /// part (from == 0) makes every check of submitDisclosure, its quorum
    /// included (signatures as there), and starts the pool's pending epoch;
    /// each later part must continue it (same disclosure, from == its next
    /// chunk, acc_in its stored acc, the same committee version, no
    /// signatures) and passes again the checks that governance may change
    /// meanwhile (pause, pool, policy, epoch order, sanity bounds). The
    /// final part records d exactly as submitDisclosure does; earlier ones
    /// emit DisclosurePartAccepted only. A first part replaces a pending
    /// epoch that is still live only when sent by the sender of its latest
    /// part, once its committee changed, or PENDING_TIMEOUT after its last
    /// progress; anyone may continue one. A whole disclosure of the epoch
    /// (submitDisclosure) ends a pending one.
    function submitDisclosurePart(Disclosure calldata d, Chunks calldata c, uint256 from, bytes calldata signatures)
        external
        whenNotPaused
    {
        (IGroth16Verifier verifier, Accepted memory a) = _checkDisclosure(d);
        uint256 k = _checkPart(d, c, from);
        bytes32 sh = _structHash(d);
        uint256[7][] memory inputs = _partInputs(d, c, from, _accIn(d, sh, from, signatures), a);
        if (k == 1) verifier.verifyProof(c.proofs[0], inputs[0]);
        else verifier.verifyProofs(c.proofs, inputs);
        uint256 end = from + k;
        if (end == d.chunks) {
            _record(d, sh, a);
            return;
        }
        // Rewrites the unchanged struct hash, epoch and version of a later part
        // at 100 gas each.
        _pending[d.pool] =
            Pending(sh, c.accs[k - 1], msg.sender, uint32(end), uint48(block.timestamp), d.epoch, _committeeVersion);
        emit DisclosurePartAccepted(d.pool, d.epoch, msg.sender, from, end);
    }

    /// Checks a part's chunk lists against d and returns k: n = d.chunks
    /// ≥ 1 roots hashing to d.chunkRootsHash (the one root being d.root
    /// when n == 1), k proofs with 1 ≤ k ≤ n − from and the acc_out of
    /// each of the part's chunks but the epoch's last.
    function _checkPart(Disclosure calldata d, Chunks calldata c, uint256 from) internal pure returns (uint256 k) {
        uint256 n = c.roots.length;
        if (d.chunks == 0 || n != d.chunks) revert ChunkCountInvalid(d.chunks, n);
        k = c.proofs.length;
        if (k == 0 || from >= n || k > n - from) revert PartRangeInvalid(from, k, n);
        if (c.accs.length != (from + k == n ? k - 1 : k)) revert ChunkListsInconsistent(n, c.accs.length, k);
        bytes32 h = keccak256(abi.encodePacked(c.roots));
        if (h != d.chunkRootsHash) revert ChunkRootsMismatch(d.chunkRootsHash, h);
        if (n == 1 && c.roots[0] != d.root) revert ChunkRootNotEpochRoot(c.roots[0], d.root);
    }

    /// The acc_in of chunk from of d (struct hash sh): the initial one for
    /// a first part, whose quorum it checks and which may replace a live
    /// pending epoch only as submitDisclosurePart says; else the pending
    /// epoch's, which the part must continue.
    function _accIn(Disclosure calldata d, bytes32 sh, uint256 from, bytes calldata signatures)
        internal
        view
        returns (uint256)
    {
        Pending storage p = _pending[d.pool];
        if (from == 0) {
            if (
                p.structHash != 0 && p.epoch == d.epoch && p.committeeVersion == _committeeVersion
                    && p.submitter != msg.sender && block.timestamp < p.since + PENDING_TIMEOUT
            ) revert PendingHeld(p.submitter, p.since + PENDING_TIMEOUT);
            _checkQuorum(_hashTypedDataV4(sh), signatures);
            return initialAccHash;
        }
        if (p.structHash != sh) revert PendingMismatch(p.structHash, sh);
        if (from != p.next) revert PartOutOfOrder(from, p.next);
        if (p.committeeVersion != _committeeVersion) revert PendingCommitteeChanged(p.committeeVersion, _committeeVersion);
        if (signatures.length != 0) revert SignaturesMalformed(signatures.length);
        return p.acc;
    }

    /// The inputs of chunks [from, from + c.proofs.length) of d, chunk
    /// from's acc_in being acc: as _publicInputs, but with c.accs[j] the
    /// acc_out of chunk from + j.
    function _partInputs(Disclosure calldata d, Chunks calldata c, uint256 from, uint256 acc, Accepted memory a)
        internal
        pure
        returns (uint256[7][] memory inputs)
    {
        uint256 n = c.roots.length;
        inputs = new uint256[7][](c.proofs.length);
        for (uint256 j = 0; j < inputs.length; ++j) {
            uint256 i = from + j;
            uint256[7] memory in_ = inputs[j];
            in_[0] = d.pool;
            in_[1] = d.policyHash;
            in_[2] = c.roots[i];
            in_[3] = j == 0 ? acc : c.accs[j - 1];
            if (i + 1 == n) {
                in_[5] = a.header | (i << 2) | 1;
                in_[6] = a.packed;
            } else {
                in_[4] = c.accs[j];
                in_[5] = (a.header & ~uint256(2)) | (i << 2);
            }
        }
    }

    /// The pool's pending epoch (submitDisclosurePart), or all zeros when
    /// none is live: its epoch disclosed, or never started.
    function pendingEpoch(uint256 pool) external view returns (Pending memory p) {
        p = _pending[pool];
        uint64 l = _pools[pool].latestPlusOne;
        if (p.epoch != (l != 0 ? l : _firstEpoch[pool])) delete p;
    }

    /// What the checks of a disclosure hand to its recording and proofs.
    struct Accepted {
        uint256 packed; // the metrics input
        uint256 header; // chunk 0's header input without final: suppressed, epoch, length, disclosed
        uint256 refs; // the pool's bound references after d
        uint16 shareBp; // the policy's payout share now
    }

    /// The checks of d that need no chunk, signature or proof: pool,
    /// policy, epoch timing and order, root, suppression, sanity. Returns
    /// the pool's verifier and what _record and the proofs need.
    function _checkDisclosure(Disclosure calldata d) internal view returns (IGroth16Verifier, Accepted memory a) {
        Pool memory p = _pools[d.pool];
        if (!p.active) revert PoolNotActive(d.pool);
        PolicyTerms memory terms = _policies[d.pool][d.policyHash];
        if (!terms.allowed) revert PolicyNotAllowed(d.pool, d.policyHash);
        uint256 endsAt = (uint256(d.epoch) + 1) * p.epochLength;
        if (block.timestamp < endsAt) revert EpochNotEnded(d.epoch, endsAt);
        uint64 next = p.latestPlusOne != 0 ? p.latestPlusOne : _firstEpoch[d.pool];
        if (d.epoch != next) {
            if (_records[d.pool][d.epoch] != 0) revert DuplicateEpoch(d.pool, d.epoch);
            revert EpochNotNext(d.epoch, next);
        }
        if (d.root == 0) revert ZeroRoot();
        if (d.root >= R) revert RootNotInField(d.root);
        if (d.suppressed) {
            for (uint256 i = 0; i < NUM_METRICS; ++i) {
                if (d.metrics[i] != 0) revert SuppressedWithFigures(i, d.metrics[i]);
            }
        } else {
            (a.packed, a.refs) = _checkSanity(d, terms.disclosed);
        }
        a.header = _headerBase(d, p.epochLength, terms.disclosed);
        a.shareBp = terms.payoutShareBp;
        return (p.verifier, a);
    }

    /// Stores the record of an accepted d (with the payout share in force
    /// now) and the new bound references, and emits DisclosureAccepted.
    function _record(Disclosure calldata d, bytes32 sh, Accepted memory a) internal {
        _records[d.pool][d.epoch] = bytes32(((uint256(sh) >> 64) << 64) | (uint256(a.shareBp) << 48) | block.number);
        uint64 prevPlusOne = _pools[d.pool].latestPlusOne;
        _pools[d.pool].latestPlusOne = d.epoch + 1;
        if (!d.suppressed && _reference[d.pool] != a.refs) _reference[d.pool] = a.refs;
        emit DisclosureAccepted(
            d.pool,
            d.epoch,
            msg.sender,
            d.policyHash,
            d.root,
            d.chunks,
            d.chunkRootsHash,
            d.suppressed,
            d.metrics,
            _committeeVersion,
            prevPlusOne
        );
    }

    /// Checks the chunk lists against d: n proofs, and then those of the
    /// part of all n chunks (_checkPart): n = d.chunks ≥ 1 roots hashing
    /// to d.chunkRootsHash (the one root being d.root when n == 1) and n−1
    /// accumulators.
    function _checkChunks(Disclosure calldata d, Chunks calldata c) internal pure {
        if (c.proofs.length != c.roots.length) {
            revert ChunkListsInconsistent(c.roots.length, c.accs.length, c.proofs.length);
        }
        _checkPart(d, c, 0); // all n chunks: a part of them all
    }

    /// Checks every metric of a shown d against its maximum and, for each
    /// metric the policy discloses that has a reference (the last nonzero
    /// value shown, whatever came between: zeros, suppressed epochs,
    /// policies withholding it), against its growth and drop bounds.
    /// Returns the packed metrics input and the references after d.
    function _checkSanity(Disclosure calldata d, uint8 disclosed)
        internal
        view
        returns (uint256 packed, uint256 refs)
    {
        uint256 maxima = _sanityMax[d.pool];
        uint256 bounds = _sanityGrowth[d.pool];
        refs = _reference[d.pool];
        for (uint256 i = 0; i < NUM_METRICS; ++i) {
            uint64 v = d.metrics[i];
            uint256 off = _offset(i);
            uint256 mask = (1 << _width(i)) - 1;
            uint64 max = uint64((maxima >> off) & mask);
            if (v > max) revert SanityBoundExceeded(i, v, max);
            packed |= uint256(v) << off;
            if ((disclosed >> i) & 1 == 0) continue;
            uint64 ref = uint64((refs >> off) & mask);
            if (ref != 0) {
                uint256 up = uint256(ref) + (uint256(ref) * uint32(bounds >> (32 * i))) / 10_000;
                if (v > up) revert GrowthBoundExceeded(i, v, ref, up);
                uint256 down = uint256(ref) - (uint256(ref) * uint16(bounds >> (160 + 16 * i))) / 10_000;
                if (v < down) revert DropBoundExceeded(i, v, ref, down);
            }
            if (v != 0) refs = (refs & ~(mask << off)) | (uint256(v) << off);
        }
    }

    /// Requires ≥ threshold valid signatures by distinct committee members,
    /// in strictly increasing signer order. A committee exists from the
    /// constructor on (its threshold is at least 1).
    function _checkQuorum(bytes32 digest, bytes calldata signatures) internal view {
        if (signatures.length % 65 != 0) revert SignaturesMalformed(signatures.length);
        uint256 n = signatures.length / 65;
        uint256 k = _threshold;
        if (n < k) revert InsufficientSignatures(n, k);
        uint64 version = _committeeVersion;
        address last;
        for (uint256 i = 0; i < n; ++i) {
            bytes32 r = bytes32(signatures[65 * i:65 * i + 32]);
            bytes32 s = bytes32(signatures[65 * i + 32:65 * i + 64]);
            uint8 v = uint8(signatures[65 * i + 64]);
            (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(digest, v, r, s);
            if (err == ECDSA.RecoverError.InvalidSignatureS) revert SignatureHighS(i);
            if (err != ECDSA.RecoverError.NoError) revert SignatureMalformed(i);
            if (_memberVersion[signer] != version) revert InvalidSignature(i, signer);
            if (signer <= last) revert SignersNotAscending(i);
            last = signer;
        }
    }

    // ---------------------------------------------------------------- batch

    // Batch errors; index is the item's position in the batch.
    error BatchEmpty();
    error BatchLengthsMismatch(uint256 disclosures, uint256 proofs, uint256 signatures);
    error BatchVerifierMismatch(uint256 index, address verifier, address expected);
    error BatchChunkCountInvalid(uint256 index, uint32 chunks);
    error BatchChunkRootsMismatch(uint256 index, bytes32 signed, bytes32 given);

    /// Accepts n ≥ 1 single-chunk disclosures at once, ds[i] with proofs[i]
    /// and signatures[i] as submitSingleChunkDisclosure takes them, with one
    /// pairing check (verifyProofs) for all: every pool's verifier must be
    /// ds[0]'s. Items are checked and recorded in order, each against the
    /// state the items before it left (two consecutive epochs of a pool may
    /// follow each other), with the same checks, records and events as
    /// submitSingleChunkDisclosure; then the proofs are verified together.
    /// Atomic: any item failing reverts the batch. The errors the batch
    /// itself raises name the item's index; an item's own checks raise
    /// submitSingleChunkDisclosure's errors (most name the pool and epoch),
    /// and a failed pairing check (ProofInvalid) can not say which proof.
    function submitDisclosures(
        Disclosure[] calldata ds,
        bytes[] calldata proofs,
        bytes[] calldata signatures
    ) external whenNotPaused {
        uint256 n = ds.length;
        if (n == 0) revert BatchEmpty();
        if (proofs.length != n || signatures.length != n) {
            revert BatchLengthsMismatch(n, proofs.length, signatures.length);
        }
        uint256[7][] memory inputs = new uint256[7][](n);
        uint256 acc = initialAccHash;
        IGroth16Verifier verifier;
        for (uint256 i = 0; i < n; ++i) {
            Disclosure calldata d = ds[i];
            (IGroth16Verifier v, Accepted memory a) = _checkDisclosure(d);
            if (i == 0) verifier = v;
            else if (address(v) != address(verifier)) revert BatchVerifierMismatch(i, address(v), address(verifier));
            if (d.chunks != 1) revert BatchChunkCountInvalid(i, d.chunks);
            bytes32 h = keccak256(abi.encode(d.root));
            if (h != d.chunkRootsHash) revert BatchChunkRootsMismatch(i, d.chunkRootsHash, h);
            bytes32 sh = _structHash(d);
            _checkQuorum(_hashTypedDataV4(sh), signatures[i]);
            uint256[7] memory in_ = inputs[i];
            in_[0] = d.pool;
            in_[1] = d.policyHash;
            in_[2] = d.root;
            in_[3] = acc;
            in_[5] = a.header | 1;
            in_[6] = a.packed;
            _record(d, sh, a);
        }
        // The verifier only reads (a static call): the records above stand
        // only if every proof verifies.
        verifier.verifyProofs(proofs, inputs);
    }

    // ---------------------------------------------------------------- reads

    /// The EIP-712 struct hash of d (hashStruct(Disclosure)).
    function structHash(Disclosure calldata d) external pure returns (bytes32) {
        return _structHash(d);
    }

    /// The EIP-712 digest the committee signs for d.
    function disclosureDigest(Disclosure calldata d) external view returns (bytes32) {
        return _hashTypedDataV4(_structHash(d));
    }

    /// The seven public inputs of chunk index's proof (circuits/summary
    /// Statement.PublicInputs of that chunk). Reverts like submitDisclosure
    /// on inconsistent chunk lists.
    function publicInputs(Disclosure calldata d, Chunks calldata c, uint256 index)
        external
        view
        returns (uint256[7] memory)
    {
        _checkChunks(d, c);
        uint256 packed;
        for (uint256 i = 0; i < NUM_METRICS; ++i) {
            packed |= uint256(d.metrics[i]) << _offset(i);
        }
        uint256 header = _headerBase(d, _pools[d.pool].epochLength, _policies[d.pool][d.policyHash].disclosed);
        return _publicInputs(d, c, index, header, packed);
    }

    /// The stored record of (pool, epoch): the top 192 bits of the
    /// disclosure's struct hash and the block it was accepted in; zero when
    /// not disclosed.
    function record(uint256 pool, uint64 epoch) external view returns (bytes24 digest, uint64 blockNumber) {
        bytes32 rec = _records[pool][epoch];
        return (bytes24(rec), uint64(uint48(uint256(rec))));
    }

    /// Returns the block d was accepted in; reverts NotDisclosed unless d is
    /// exactly the accepted disclosure of its (pool, epoch).
    function disclosedAt(Disclosure calldata d) external view returns (uint64 blockNumber) {
        (blockNumber,) = acceptance(d);
    }

    /// Returns the block d was accepted in and the payout share (bp) its
    /// policy had in that pool then; later changes of the policy's terms,
    /// its withdrawal included, do not move it. Reverts NotDisclosed
    /// unless d is exactly the accepted disclosure of its (pool, epoch).
    function acceptance(Disclosure calldata d) public view returns (uint64 blockNumber, uint16 payoutShareBp) {
        bytes32 rec = _records[d.pool][d.epoch];
        if (rec == 0 || bytes24(rec) != bytes24(_structHash(d))) revert NotDisclosed(d.pool, d.epoch);
        return (uint64(uint48(uint256(rec))), uint16(uint256(rec) >> 48));
    }

    /// The latest disclosed epoch of a pool; ok is false before the first.
    function latestEpoch(uint256 pool) external view returns (bool ok, uint64 epoch) {
        uint64 l = _pools[pool].latestPlusOne;
        if (l == 0) return (false, 0);
        return (true, l - 1);
    }

    /// True when the pool's next epoch (nextEpoch: the one after the
    /// latest disclosed, or the first) has ended and is still not
    /// disclosed: the relay is behind.
    function isStale(uint256 pool) external view returns (bool) {
        Pool memory p = _pools[pool];
        if (address(p.verifier) == address(0)) revert PoolNotConfigured(pool);
        // The next epoch to disclose has ended.
        uint256 next = p.latestPlusOne != 0 ? p.latestPlusOne : _firstEpoch[pool];
        return block.timestamp >= (next + 1) * p.epochLength;
    }

    /// The epoch a pool accepts next: the one after the latest disclosed,
    /// or its first epoch before any disclosure.
    function nextEpoch(uint256 pool) external view returns (uint64) {
        Pool memory p = _pools[pool];
        if (address(p.verifier) == address(0)) revert PoolNotConfigured(pool);
        return p.latestPlusOne != 0 ? p.latestPlusOne : _firstEpoch[pool];
    }

    /// A pool's configuration and state (poolInfo).
    struct PoolView {
        address verifier;
        address token;
        uint32 epochLength;
        bool active;
        uint64 firstEpoch;
        uint64[5] maxValue;
        uint32[5] maxGrowthBp;
        uint16[5] maxDropBp;
    }

    /// A pool's configuration and state.
    function poolInfo(uint256 pool) external view returns (PoolView memory v) {
        Pool memory p = _pools[pool];
        uint256 maxima = _sanityMax[pool];
        uint256 bounds = _sanityGrowth[pool];
        for (uint256 i = 0; i < NUM_METRICS; ++i) {
            v.maxValue[i] = uint64((maxima >> _offset(i)) & ((1 << _width(i)) - 1));
            v.maxGrowthBp[i] = uint32(bounds >> (32 * i));
            v.maxDropBp[i] = uint16(bounds >> (160 + 16 * i));
        }
        v.verifier = address(p.verifier);
        v.token = poolToken[pool];
        v.epochLength = p.epochLength;
        v.active = p.active;
        v.firstEpoch = _firstEpoch[pool];
    }

    /// A policy's terms in a pool.
    function policyTerms(uint256 pool, uint256 policyHash)
        external
        view
        returns (bool allowed, uint16 payoutShareBp, uint8 disclosed)
    {
        PolicyTerms memory t = _policies[pool][policyHash];
        return (t.allowed, t.payoutShareBp, t.disclosed);
    }

    /// The current committee: keccak256(abi.encodePacked(members)) (each
    /// address a 32-byte word, in the order set; the list is in the
    /// CommitteeSet event of this version), its threshold and version.
    function committee() external view returns (bytes32 membersHash, uint8 threshold, uint64 version) {
        return (_membersHash, _threshold, _committeeVersion);
    }

    /// Whether signer is a member of the current committee.
    function isMember(address signer) external view returns (bool) {
        return _memberVersion[signer] == _committeeVersion;
    }

    /// The EIP-712 domain separator (chain id and this registry bound in).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    // ---------------------------------------------------------------- internal

    function _structHash(Disclosure calldata d) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                DISCLOSURE_TYPEHASH,
                d.pool,
                d.epoch,
                d.policyHash,
                d.root,
                d.chunks,
                d.chunkRootsHash,
                d.suppressed,
                d.metrics
            )
        );
    }

    /// Chunk i's inputs: pool, policy_hash, chunk_root, acc_in (initialAccHash
    /// for chunk 0, else accs[i−1]), acc_out (accs[i], 0 in the final chunk),
    /// header (final | suppressed<<1 | i<<2 | epoch<<34 | epoch length<<98 |
    /// disclosed<<119, final and suppressed in the last chunk only; base
    /// carries suppressed, epoch, length and disclosed), metrics (packed in
    /// the final chunk, else 0).
    function _publicInputs(Disclosure calldata d, Chunks calldata c, uint256 i, uint256 base, uint256 packed)
        internal
        view
        returns (uint256[7] memory in_)
    {
        in_[0] = d.pool;
        in_[1] = d.policyHash;
        in_[2] = c.roots[i];
        in_[3] = i == 0 ? initialAccHash : c.accs[i - 1];
        if (i + 1 == c.roots.length) {
            in_[5] = base | (i << 2) | 1;
            in_[6] = packed;
        } else {
            in_[4] = c.accs[i];
            in_[5] = (base & ~uint256(2)) | (i << 2);
        }
    }

    /// The header input of d's chunk 0 without final or index: suppressed<<1
    /// | epoch<<34 | epoch length<<98 | disclosed<<119 (circuits/summary
    /// Header); _publicInputs sets final and the index per chunk.
    function _headerBase(Disclosure calldata d, uint256 epochLength, uint8 disclosed) internal pure returns (uint256) {
        return (d.suppressed ? 2 : 0) | (uint256(d.epoch) << 34) | (epochLength << 98) | (uint256(disclosed) << 119);
    }

    function _width(uint256 i) internal pure returns (uint256) {
        return (WIDTHS >> (8 * i)) & 0xff;
    }

    function _offset(uint256 i) internal pure returns (uint256) {
        return (OFFSETS >> (8 * i)) & 0xff;
    }
}

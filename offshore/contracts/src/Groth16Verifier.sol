// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IGroth16Verifier} from "./IGroth16Verifier.sol";

/// @title Groth16 verifier over BN254, parameterised by its verifying key.
/// @notice One bytecode serves every key of a circuit with NUM_PUBLIC public
/// inputs and one BSB22 (Pedersen) commitment whose hash is the last public
/// input and which commits to no public input: the shape of the rwabridge
/// chunk circuit (circuits/summary), whose lookup range checks add the
/// commitment. The key arrives at construction as 40 words (see
/// offshore/verifier for the Go side) and lives in immutables, so reading
/// it costs no storage access. vkHash() is circuits/keys.VKHash of the key,
/// so an auditor compares it with the hash of a .vk file; verifyingKey()
/// returns the 40 words themselves, so an auditor without the .vk file
/// rebuilds the key from the chain and checks it against vkHash().
///
/// The math follows gnark v0.16.3's exported verifier
/// (backend/groth16/bn254/solidity.go): proof bytes are
/// A(64) | B(128: X1 X0 Y1 Y0) | C(64) | D(64) | PoK(64) as
/// (*groth16.Proof).MarshalSolidity writes them, the commitment's public
/// input is uint256(keccak256(D)) mod R (gnark's
/// solidity.WithProverTargetSolidityVerifier hash), and
/// L = K0 + D + sum(input[i]·K[i+1]) + h·K[NUM_PUBLIC+1].
///
/// Batched check. gnark checks two pairing products per proof:
///   X = e(A,B)·e(C,-δ)·e(α,-β)·e(L,-γ) = 1  and  Y = e(D,-σG)·e(PoK,G) = 1.
/// verifyProofs checks n proofs (verifyProof is n = 1) with one ecPairing
/// call of n + 5 pairs instead of 6n:
///   Π_i e(r_i·A_i, B_i) · e(Σ r_i·C_i, -δ) · e((Σ r_i)·α, -β) · e(L, -γ)
///     · e(ρ·Σ r_i·D_i, -σG) · e(ρ·Σ r_i·PoK_i, G) = 1,
/// which is Π_i X_i^{r_i} · (Π_i Y_i^{r_i})^ρ = 1. L folds the inputs of
/// every proof: L = (Σ r_i)·K0 + Σ r_i·D_i + Σ_j (Σ_i r_i·input_ij)·K_{j+1}
/// + (Σ_i r_i·h_i)·K8, so the key's points cost one ECMUL each per batch,
/// and each proof beyond the first costs four ECMULs (r·A, r·C, r·D, r·PoK)
/// and one pair. The seed is keccak256(tag | vkHash | proof_1 | input_1 |
/// … | proof_n | input_n); ρ = seed mod (R−1) + 1, r_1 = 1 and, for
/// i ≥ 2, r_i = keccak256(seed, i) mod (R−1) + 1 (never 0). For n = 1 this
/// is the ρ of a single proof: keccak256(tag, vkHash, proof, input).
/// Soundness: GT has prime order R; write X_i = g^{a_i}, Y_i = g^{b_i}.
/// Every a_i and b_i is fixed by the seed's preimage (the key, every proof
/// point and every input) before any challenge is known. The check is
/// P(r_2..r_n, ρ) = a_1 + Σ r_i·a_i + ρ·(b_1 + Σ r_i·b_i) = 0 mod R; if
/// any a_i or b_i is not 0, P is a nonzero polynomial of degree ≤ 2, so by
/// Schwartz–Zippel it vanishes with probability ≤ 2/(R−1) over uniform
/// challenges: ≈ 2q/R over q hash queries (random-oracle model),
/// negligible. Hence the batch passing implies every Y_i = 1 (each proof
/// of knowledge holds) and every X_i = 1 (each Groth16 equation holds):
/// exactly gnark's checks, proof by proof. Every G1 point of a proof goes
/// through ECMUL or ECADD (r_1 = 1: ECADD alone), which refuse points off
/// the curve; B_i goes to ecPairing, which refuses points off the twist or
/// outside the subgroup. A differential test (offshore/verifier_test.go)
/// compares verdicts against gnark's Go verifier on valid and mutated
/// proofs, alone and in batches of 1, 2, 7 and 50 with one bad proof
/// anywhere.
contract Groth16Verifier is IGroth16Verifier {
    /// Number of public inputs a proof takes, the commitment's excluded.
    uint256 public constant NUM_PUBLIC = 7;
    /// Number of verifying-key words the constructor takes.
    uint256 public constant VK_WORDS = 40;
    /// Length of a proof in bytes: A, B, C, the commitment D and its PoK.
    uint256 public constant PROOF_LENGTH = 384;

    /// A verifying-key word is not a reduced base-field element.
    error VerifyingKeyInvalid(uint256 index);
    /// The proof is not PROOF_LENGTH bytes.
    error ProofLengthInvalid(uint256 length);
    /// The commitment D is not a point of G1.
    error CommitmentInvalid();

    uint256 internal constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;
    uint256 internal constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    bytes32 internal constant BATCH_TAG = keccak256("rwabridge.groth16.bsb22-batch.v2");

    /// The key's hash as circuits/keys.VKHash computes it (see _keyHash).
    bytes32 public immutable vkHash;

    uint256 internal immutable ALPHA_X;
    uint256 internal immutable ALPHA_Y;
    uint256 internal immutable BETA_NEG_X1;
    uint256 internal immutable BETA_NEG_X0;
    uint256 internal immutable BETA_NEG_Y1;
    uint256 internal immutable BETA_NEG_Y0;
    uint256 internal immutable GAMMA_NEG_X1;
    uint256 internal immutable GAMMA_NEG_X0;
    uint256 internal immutable GAMMA_NEG_Y1;
    uint256 internal immutable GAMMA_NEG_Y0;
    uint256 internal immutable DELTA_NEG_X1;
    uint256 internal immutable DELTA_NEG_X0;
    uint256 internal immutable DELTA_NEG_Y1;
    uint256 internal immutable DELTA_NEG_Y0;
    uint256 internal immutable K0_X;
    uint256 internal immutable K0_Y;
    uint256 internal immutable K1_X;
    uint256 internal immutable K1_Y;
    uint256 internal immutable K2_X;
    uint256 internal immutable K2_Y;
    uint256 internal immutable K3_X;
    uint256 internal immutable K3_Y;
    uint256 internal immutable K4_X;
    uint256 internal immutable K4_Y;
    uint256 internal immutable K5_X;
    uint256 internal immutable K5_Y;
    uint256 internal immutable K6_X;
    uint256 internal immutable K6_Y;
    uint256 internal immutable K7_X;
    uint256 internal immutable K7_Y;
    uint256 internal immutable K8_X;
    uint256 internal immutable K8_Y;
    uint256 internal immutable G_X1;
    uint256 internal immutable G_X0;
    uint256 internal immutable G_Y1;
    uint256 internal immutable G_Y0;
    uint256 internal immutable GSIGMA_NEG_X1;
    uint256 internal immutable GSIGMA_NEG_X0;
    uint256 internal immutable GSIGMA_NEG_Y1;
    uint256 internal immutable GSIGMA_NEG_Y0;

    /// @param vk the key as 40 base-field words:
    ///  0-1 α (x, y); 2-5 −β; 6-9 −γ; 10-13 −δ (each G2 point as X1 X0 Y1 Y0,
    ///  EIP-197 order); 14-31 K0..K8 (x, y), K8 the commitment's;
    ///  32-35 the Pedersen key's G and 36-39 its −σG (G2, X1 X0 Y1 Y0).
    constructor(uint256[VK_WORDS] memory vk) {
        for (uint256 i = 0; i < VK_WORDS; ++i) {
            if (vk[i] >= P) revert VerifyingKeyInvalid(i);
        }
        vkHash = _keyHash(vk);
        ALPHA_X = vk[0];
        ALPHA_Y = vk[1];
        BETA_NEG_X1 = vk[2];
        BETA_NEG_X0 = vk[3];
        BETA_NEG_Y1 = vk[4];
        BETA_NEG_Y0 = vk[5];
        GAMMA_NEG_X1 = vk[6];
        GAMMA_NEG_X0 = vk[7];
        GAMMA_NEG_Y1 = vk[8];
        GAMMA_NEG_Y0 = vk[9];
        DELTA_NEG_X1 = vk[10];
        DELTA_NEG_X0 = vk[11];
        DELTA_NEG_Y1 = vk[12];
        DELTA_NEG_Y0 = vk[13];
        K0_X = vk[14];
        K0_Y = vk[15];
        K1_X = vk[16];
        K1_Y = vk[17];
        K2_X = vk[18];
        K2_Y = vk[19];
        K3_X = vk[20];
        K3_Y = vk[21];
        K4_X = vk[22];
        K4_Y = vk[23];
        K5_X = vk[24];
        K5_Y = vk[25];
        K6_X = vk[26];
        K6_Y = vk[27];
        K7_X = vk[28];
        K7_Y = vk[29];
        K8_X = vk[30];
        K8_Y = vk[31];
        G_X1 = vk[32];
        G_X0 = vk[33];
        G_Y1 = vk[34];
        G_Y0 = vk[35];
        GSIGMA_NEG_X1 = vk[36];
        GSIGMA_NEG_X0 = vk[37];
        GSIGMA_NEG_Y1 = vk[38];
        GSIGMA_NEG_Y0 = vk[39];
    }

    /// @notice The verifying key: exactly the 40 words the constructor took,
    /// in the same order (see the constructor), read back from the
    /// immutables. An auditor rebuilds the key from them (Go:
    /// offshore/verifier.Words.Key) and checks that its hash is vkHash(), so
    /// proofs can be re-verified off-chain with no key file.
    function verifyingKey() external view returns (uint256[VK_WORDS] memory vk) {
        vk[0] = ALPHA_X;
        vk[1] = ALPHA_Y;
        vk[2] = BETA_NEG_X1;
        vk[3] = BETA_NEG_X0;
        vk[4] = BETA_NEG_Y1;
        vk[5] = BETA_NEG_Y0;
        vk[6] = GAMMA_NEG_X1;
        vk[7] = GAMMA_NEG_X0;
        vk[8] = GAMMA_NEG_Y1;
        vk[9] = GAMMA_NEG_Y0;
        vk[10] = DELTA_NEG_X1;
        vk[11] = DELTA_NEG_X0;
        vk[12] = DELTA_NEG_Y1;
        vk[13] = DELTA_NEG_Y0;
        vk[14] = K0_X;
        vk[15] = K0_Y;
        vk[16] = K1_X;
        vk[17] = K1_Y;
        vk[18] = K2_X;
        vk[19] = K2_Y;
        vk[20] = K3_X;
        vk[21] = K3_Y;
        vk[22] = K4_X;
        vk[23] = K4_Y;
        vk[24] = K5_X;
        vk[25] = K5_Y;
        vk[26] = K6_X;
        vk[27] = K6_Y;
        vk[28] = K7_X;
        vk[29] = K7_Y;
        vk[30] = K8_X;
        vk[31] = K8_Y;
        vk[32] = G_X1;
        vk[33] = G_X0;
        vk[34] = G_Y1;
        vk[35] = G_Y0;
        vk[36] = GSIGMA_NEG_X1;
        vk[37] = GSIGMA_NEG_X0;
        vk[38] = GSIGMA_NEG_Y1;
        vk[39] = GSIGMA_NEG_Y0;
    }

    /// The key hash of circuits/keys.VKHash: SHA-256 over alpha | beta |
    /// gamma | delta (G2 in EIP-197 order, NOT negated) | uint256(9) |
    /// K0..K8 | uint256(1) | G | GSigmaNeg, 42 words. β, γ and δ are
    /// recovered from the stored negations: −(x, y) = (x, P − y).
    function _keyHash(uint256[VK_WORDS] memory vk) internal pure returns (bytes32) {
        uint256[42] memory h;
        h[0] = vk[0];
        h[1] = vk[1];
        for (uint256 j = 0; j < 3; ++j) {
            uint256 b = 2 + 4 * j;
            h[b] = vk[b];
            h[b + 1] = vk[b + 1];
            h[b + 2] = (P - vk[b + 2]) % P;
            h[b + 3] = (P - vk[b + 3]) % P;
        }
        h[14] = NUM_PUBLIC + 2;
        for (uint256 j = 14; j < 32; ++j) {
            h[j + 1] = vk[j];
        }
        h[33] = 1;
        for (uint256 j = 32; j < 40; ++j) {
            h[j + 2] = vk[j];
        }
        return sha256(abi.encodePacked(h));
    }

    /// @inheritdoc IGroth16Verifier
    function verifyProof(bytes calldata proof, uint256[NUM_PUBLIC] calldata input) external view {
        bytes32 seed = keccak256(abi.encodePacked(BATCH_TAG, vkHash, proof, input));
        uint256[] memory pairs = new uint256[](36);
        Sums memory sums;
        _absorb(sums, pairs, 0, proof, input, 1);
        _check(pairs, 6, sums, seed);
    }

    /// @inheritdoc IGroth16Verifier
    function verifyProofs(bytes[] calldata proofs, uint256[NUM_PUBLIC][] calldata inputs) external view {
        uint256 n = proofs.length;
        if (n == 0 || inputs.length != n) revert BatchLengthInvalid(n, inputs.length);
        bytes32 seed = _batchSeed(proofs, inputs);
        uint256[] memory pairs = new uint256[](6 * (n + 5));
        Sums memory sums;
        for (uint256 i = 0; i < n; ++i) {
            uint256 r = i == 0 ? 1 : (uint256(keccak256(abi.encode(seed, i))) % (R - 1)) + 1;
            _absorb(sums, pairs, 6 * i, proofs[i], inputs[i], r);
        }
        _check(pairs, 6 * n, sums, seed);
    }

    /// keccak256(tag | vkHash | proof_1 | input_1 | … | proof_n | input_n):
    /// every part has a fixed length, so the encoding is injective, and for
    /// n = 1 it is verifyProof's seed. Reverts ProofLengthInvalid.
    function _batchSeed(bytes[] calldata proofs, uint256[NUM_PUBLIC][] calldata inputs) internal view returns (bytes32) {
        uint256 n = proofs.length;
        bytes memory all = new bytes(0x40 + n * (PROOF_LENGTH + 0x20 * NUM_PUBLIC));
        bytes32 tag = BATCH_TAG;
        bytes32 vk = vkHash;
        assembly ("memory-safe") {
            mstore(add(all, 0x20), tag)
            mstore(add(all, 0x40), vk)
        }
        for (uint256 i = 0; i < n; ++i) {
            bytes calldata p = proofs[i];
            if (p.length != PROOF_LENGTH) revert ProofLengthInvalid(p.length);
            uint256[NUM_PUBLIC] calldata in_ = inputs[i];
            assembly ("memory-safe") {
                let dst := add(add(all, 0x60), mul(i, 0x260))
                calldatacopy(dst, p.offset, 0x180)
                calldatacopy(add(dst, 0x180), in_, 0xe0)
            }
        }
        return keccak256(all);
    }

    /// The running sums of a batch: s[0] = Σ r_i (for K0 and α),
    /// s[1..NUM_PUBLIC] = Σ r_i·input_i, s[NUM_PUBLIC+1] = Σ r_i·h_i;
    /// g = Σ r_i·C_i (0-1), Σ r_i·D_i (2-3), Σ r_i·PoK_i (4-5).
    struct Sums {
        uint256[NUM_PUBLIC + 2] s;
        uint256[6] g;
    }

    /// Adds proof p with inputs in_, weighted by r, to sums, and writes its
    /// pair (r·A, B) at word o of pairs; o = 0 is the first proof, whose
    /// weight is 1 and whose points start the sums. Reverts
    /// ProofLengthInvalid, PublicInputNotInField, CommitmentInvalid or
    /// ProofInvalid.
    function _absorb(
        Sums memory sums,
        uint256[] memory pairs,
        uint256 o,
        bytes calldata p,
        uint256[NUM_PUBLIC] calldata in_,
        uint256 r
    ) internal view {
        if (p.length != PROOF_LENGTH) revert ProofLengthInvalid(p.length);
        uint256[NUM_PUBLIC + 2] memory s = sums.s;
        uint256[6] memory g = sums.g;
        bool ok = true;
        assembly ("memory-safe") {
            // s[0] += r; s[j+1] += r·input_j
            mstore(s, addmod(mload(s), r, R))
            for { let j := 0 } lt(j, NUM_PUBLIC) { j := add(j, 1) } {
                let x := calldataload(add(in_, mul(j, 0x20)))
                ok := and(ok, lt(x, R))
                let slot := add(s, mul(add(j, 1), 0x20))
                mstore(slot, addmod(mload(slot), mulmod(r, x, R), R))
            }
        }
        if (!ok) revert PublicInputNotInField();
        bool dOk = true;
        assembly ("memory-safe") {
            // acc += r·(the point at src): ECMUL (unless r = 1) then ECADD,
            // both of which refuse a point off the curve.
            function scaledAdd(f, src, k, acc) -> good {
                calldatacopy(f, src, 0x40)
                good := 1
                if iszero(eq(k, 1)) {
                    mstore(add(f, 0x40), k)
                    good := staticcall(gas(), 0x07, f, 0x60, f, 0x40)
                }
                mstore(add(f, 0x40), mload(acc))
                mstore(add(f, 0x60), mload(add(acc, 0x20)))
                good := and(good, staticcall(gas(), 0x06, f, 0x80, acc, 0x40))
            }
            let f := mload(0x40)
            // The commitment's public input h = keccak256(D) mod R, as gnark's
            // prover derives it: s[NUM_PUBLIC+1] += r·h.
            calldatacopy(f, add(p.offset, 0x100), 0x40)
            let slot := add(s, mul(add(NUM_PUBLIC, 1), 0x20))
            mstore(slot, addmod(mload(slot), mulmod(r, mod(keccak256(f, 0x40), R), R), R))
            switch o
            case 0 {
                // The first proof (r = 1) starts the sums: C, D and PoK are
                // checked on the curve where they are first used (the first
                // ECADD of L for D, as CommitmentInvalid; ECADD, ECMUL or
                // ecPairing for the others).
                calldatacopy(g, add(p.offset, 0xc0), 0xc0)
            }
            default {
                // An invalid commitment D is its own error (dOk = 0). A
                // failed precompile call burns the gas it was given, so
                // nothing more runs after one.
                dOk := scaledAdd(f, add(p.offset, 0x100), r, add(g, 0x40))
                if dOk {
                    ok := scaledAdd(f, add(p.offset, 0xc0), r, g)
                    if ok { ok := scaledAdd(f, add(p.offset, 0x140), r, add(g, 0x80)) }
                }
            }
            // (r·A, B) at word o of pairs.
            let dst := add(add(pairs, 0x20), mul(o, 0x20))
            calldatacopy(dst, p.offset, 0x40)
            if and(dOk, ok) {
                if iszero(eq(r, 1)) {
                    mstore(add(dst, 0x40), r)
                    ok := staticcall(gas(), 0x07, dst, 0x60, dst, 0x40)
                }
            }
            calldatacopy(add(dst, 0x40), add(p.offset, 0x40), 0x80)
        }
        if (!dOk) revert CommitmentInvalid();
        if (!ok) revert ProofInvalid();
    }

    /// Completes pairs with the five fixed pairs at word o and runs the
    /// pairing check; ρ derives from the seed. Reverts ProofInvalid.
    function _check(uint256[] memory pairs, uint256 o, Sums memory sums, bytes32 seed) internal view {
        _fixedPairs(pairs, o, sums.s, sums.g, (uint256(seed) % (R - 1)) + 1);
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x08, add(pairs, 0x20), mul(mload(pairs), 0x20), 0x00, 0x20)
            ok := and(ok, mload(0x00))
        }
        if (!ok) revert ProofInvalid();
    }

    /// The five pairs after the proofs' (r·A, B), written at word o of
    /// pairs: (Σr·C, −δ), (Σr·α, −β), (L, −γ), (ρ·Σr·D, −σG),
    /// (ρ·Σr·PoK, G), with L = Σr·K0 + Σr·D + Σ_j (Σ r·input_j)·K_{j+1} +
    /// (Σ r·h)·K8. Reverts ProofInvalid when a precompile call fails: the
    /// inputs are reduced and every proof point was checked on its way into
    /// sums, so that means a key whose points are not on the curve.
    function _fixedPairs(
        uint256[] memory pairs,
        uint256 o,
        uint256[NUM_PUBLIC + 2] memory s,
        uint256[6] memory g,
        uint256 rho
    ) internal view {
        // k: K0..K8 then α (x, y each); e: the five G2 points.
        uint256[20] memory k = [
            K0_X, K0_Y, K1_X, K1_Y, K2_X, K2_Y, K3_X, K3_Y, K4_X, K4_Y,
            K5_X, K5_Y, K6_X, K6_Y, K7_X, K7_Y, K8_X, K8_Y, ALPHA_X, ALPHA_Y
        ];
        uint256[20] memory e = [
            DELTA_NEG_X1, DELTA_NEG_X0, DELTA_NEG_Y1, DELTA_NEG_Y0,
            BETA_NEG_X1, BETA_NEG_X0, BETA_NEG_Y1, BETA_NEG_Y0,
            GAMMA_NEG_X1, GAMMA_NEG_X0, GAMMA_NEG_Y1, GAMMA_NEG_Y0,
            GSIGMA_NEG_X1, GSIGMA_NEG_X0, GSIGMA_NEG_Y1, GSIGMA_NEG_Y0,
            G_X1, G_X0, G_Y1, G_Y0
        ];
        bool ok = true;
        bool dOk;
        assembly ("memory-safe") {
            // A failed precompile call burns the gas it was given: after one,
            // nothing more is called, so the revert below still has gas.
            function precompile(good, at, ip, il, op, ol) -> res {
                if good { res := staticcall(gas(), at, ip, il, op, ol) }
            }
            let dst := add(add(pairs, 0x20), mul(o, 0x20))
            let f := mload(0x40)
            // Pair 0: (Σr·C, −δ).
            mcopy(dst, g, 0x40)
            // Pair 1: (Σr·α, −β); Σr = s[0] (1 for a single proof).
            let a := add(dst, 0xc0)
            mcopy(a, add(k, 0x240), 0x40)
            let s0 := mload(s)
            if iszero(eq(s0, 1)) {
                mstore(add(a, 0x40), s0)
                ok := precompile(ok, 0x07, a, 0x60, a, 0x40)
            }
            // Pair 2: (L, −γ). f = [L | term], L = Σr·D + Σr·K0 first (this
            // ECADD is the first to see a single proof's D: dOk), then 0·K
            // is skipped (the identity), 1·K is K.
            mcopy(f, add(g, 0x40), 0x40)
            mcopy(add(f, 0x40), k, 0x40)
            if iszero(eq(s0, 1)) {
                mstore(add(f, 0x80), s0)
                ok := precompile(ok, 0x07, add(f, 0x40), 0x60, add(f, 0x40), 0x40)
            }
            dOk := precompile(ok, 0x06, f, 0x80, f, 0x40)
            ok := and(ok, dOk)
            for { let j := 1 } lt(j, add(NUM_PUBLIC, 2)) { j := add(j, 1) } {
                let sj := mload(add(s, mul(j, 0x20)))
                if sj {
                    let t := add(f, 0x40)
                    mcopy(t, add(k, mul(j, 0x40)), 0x40)
                    if iszero(eq(sj, 1)) {
                        mstore(add(t, 0x40), sj)
                        ok := precompile(ok, 0x07, t, 0x60, t, 0x40)
                    }
                    ok := precompile(ok, 0x06, f, 0x80, f, 0x40)
                }
            }
            mcopy(add(dst, 0x180), f, 0x40)
            // Pairs 3 and 4: (ρ·Σr·D, −σG), (ρ·Σr·PoK, G).
            let d := add(dst, 0x240)
            mcopy(d, add(g, 0x40), 0x40)
            mstore(add(d, 0x40), rho)
            ok := precompile(ok, 0x07, d, 0x60, d, 0x40)
            let q := add(dst, 0x300)
            mcopy(q, add(g, 0x80), 0x40)
            mstore(add(q, 0x40), rho)
            ok := precompile(ok, 0x07, q, 0x60, q, 0x40)
            // The G2 points, after every scratch write above.
            for { let i := 0 } lt(i, 5) { i := add(i, 1) } {
                mcopy(add(dst, add(mul(i, 0xc0), 0x40)), add(e, mul(i, 0x80)), 0x80)
            }
        }
        if (!dOk) revert CommitmentInvalid();
        if (!ok) revert ProofInvalid();
    }
}

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
/// Batched check. gnark checks two pairing products separately:
///   X = e(A,B)·e(C,-δ)·e(α,-β)·e(L,-γ) = 1  and  Y = e(D,-σG)·e(PoK,G) = 1.
/// This contract checks X·Y^ρ = 1 in one 6-pair call instead (saving the
/// 45 000 gas base of a second call, less two ECMULs), with
/// ρ = keccak256(tag, vkHash, proof, input) mod (R−1) + 1 (never 0).
/// Soundness: GT has prime order R. Every point X and Y depend on (A, B, C,
/// D, PoK, the inputs and the key) is fixed by the hash input before ρ is
/// known. If Y ≠ 1 then X·Y^ρ = 1 holds for exactly one ρ in [1, R), so a
/// prover who makes it pass must find a hash input whose hash lands on that
/// one value: probability ≈ q/R over q hash queries (random-oracle model),
/// negligible. Hence the batched check passing implies Y = 1 (the PoK
/// holds) and then X = 1 (the Groth16 equation holds), which are exactly
/// gnark's two checks. A differential test (offshore/verifier_test.go)
/// compares verdicts against gnark's Go verifier on valid and mutated
/// proofs.
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
    bytes32 internal constant BATCH_TAG = keccak256("rwabridge.groth16.bsb22-batch.v1");

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
        if (proof.length != PROOF_LENGTH) revert ProofLengthInvalid(proof.length);
        for (uint256 i = 0; i < NUM_PUBLIC; ++i) {
            if (input[i] >= R) revert PublicInputNotInField();
        }
        // The commitment's public input, as gnark's prover derives it.
        uint256 h = uint256(keccak256(proof[0x100:0x140])) % R;
        (uint256 lx, uint256 ly) = _publicInputMSM(proof, input, h);
        uint256 rho = (uint256(keccak256(abi.encodePacked(BATCH_TAG, vkHash, proof, input))) % (R - 1)) + 1;
        if (!_pairing(proof, lx, ly, rho)) revert ProofInvalid();
    }

    /// L = K0 + D + Σ input[i]·K[i+1] + h·K8; zero scalars are skipped
    /// (0·K is the identity).
    function _publicInputMSM(bytes calldata proof, uint256[NUM_PUBLIC] calldata input, uint256 h)
        internal
        view
        returns (uint256 x, uint256 y)
    {
        uint256[8] memory k = [K1_X, K2_X, K3_X, K4_X, K5_X, K6_X, K7_X, K8_X];
        uint256[8] memory ky = [K1_Y, K2_Y, K3_Y, K4_Y, K5_Y, K6_Y, K7_Y, K8_Y];
        uint256 k0x = K0_X;
        uint256 k0y = K0_Y;
        bool ok;
        assembly ("memory-safe") {
            let f := mload(0x40)
            let g := add(f, 0x40)
            mstore(f, k0x)
            mstore(add(f, 0x20), k0y)
            // f += D; this also checks D is on the curve.
            calldatacopy(g, add(proof.offset, 0x100), 0x40)
            ok := staticcall(gas(), 0x06, f, 0x80, f, 0x40)
        }
        if (!ok) revert CommitmentInvalid();
        assembly ("memory-safe") {
            let f := mload(0x40)
            let g := add(f, 0x40)
            for { let i := 0 } lt(i, 8) { i := add(i, 1) } {
                let s := h
                if lt(i, 7) { s := calldataload(add(input, mul(i, 0x20))) }
                if s {
                    mstore(g, mload(add(k, mul(i, 0x20))))
                    mstore(add(g, 0x20), mload(add(ky, mul(i, 0x20))))
                    mstore(add(g, 0x40), s)
                    ok := and(ok, staticcall(gas(), 0x07, g, 0x60, g, 0x40))
                    ok := and(ok, staticcall(gas(), 0x06, f, 0x80, f, 0x40))
                }
            }
            x := mload(f)
            y := mload(add(f, 0x20))
        }
        // The inputs are reduced and the key's points fixed: a failure here
        // means a key whose K points are not on the curve.
        if (!ok) revert ProofInvalid();
    }

    /// The 6-pair product X·Y^ρ (see the contract notes).
    function _pairing(bytes calldata proof, uint256 lx, uint256 ly, uint256 rho) internal view returns (bool ok) {
        uint256[24] memory w;
        // Pairs 0-1: (A, B), (C, −δ).
        assembly ("memory-safe") {
            calldatacopy(w, proof.offset, 0x100)
        }
        w[8] = DELTA_NEG_X1;
        w[9] = DELTA_NEG_X0;
        w[10] = DELTA_NEG_Y1;
        w[11] = DELTA_NEG_Y0;
        // Pair 2: (α, −β).
        w[12] = ALPHA_X;
        w[13] = ALPHA_Y;
        w[14] = BETA_NEG_X1;
        w[15] = BETA_NEG_X0;
        w[16] = BETA_NEG_Y1;
        w[17] = BETA_NEG_Y0;
        // Pair 3: (L, −γ).
        w[18] = lx;
        w[19] = ly;
        w[20] = GAMMA_NEG_X1;
        w[21] = GAMMA_NEG_X0;
        w[22] = GAMMA_NEG_Y1;
        w[23] = GAMMA_NEG_Y0;
        // Pair 4: (ρ·D, −σG); pair 5: (ρ·PoK, G).
        uint256[4] memory sn = [GSIGMA_NEG_X1, GSIGMA_NEG_X0, GSIGMA_NEG_Y1, GSIGMA_NEG_Y0];
        uint256[4] memory gg = [G_X1, G_X0, G_Y1, G_Y0];
        assembly ("memory-safe") {
            let f := mload(0x40)
            // f = [w (0x300) | ρD (0x40) | −σG (0x80) | ρPoK (0x40) | G (0x80)]
            mcopy(f, w, 0x300)
            calldatacopy(add(f, 0x300), add(proof.offset, 0x100), 0x40)
            mstore(add(f, 0x340), rho)
            ok := staticcall(gas(), 0x07, add(f, 0x300), 0x60, add(f, 0x300), 0x40)
            mcopy(add(f, 0x340), sn, 0x80)
            calldatacopy(add(f, 0x3c0), add(proof.offset, 0x140), 0x40)
            mstore(add(f, 0x400), rho)
            ok := and(ok, staticcall(gas(), 0x07, add(f, 0x3c0), 0x60, add(f, 0x3c0), 0x40))
            mcopy(add(f, 0x400), gg, 0x80)
            ok := and(ok, staticcall(gas(), 0x08, f, 0x480, f, 0x20))
            ok := and(ok, mload(f))
        }
    }
}

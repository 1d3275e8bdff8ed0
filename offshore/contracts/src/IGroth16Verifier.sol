// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title What the DisclosureRegistry needs from a Groth16 verifier.
interface IGroth16Verifier {
    /// The proof does not verify for the inputs (a pairing check failed or a
    /// proof point is not on its curve).
    error ProofInvalid();
    /// A public input is not below the BN254 scalar field modulus R.
    error PublicInputNotInField();
    /// A batch holds no proof, or not one input vector per proof.
    error BatchLengthInvalid(uint256 proofs, uint256 inputs);

    /// Returns normally iff proof verifies for the inputs; reverts otherwise.
    function verifyProof(bytes calldata proof, uint256[7] calldata input) external view;

    /// Returns normally iff every proofs[i] verifies for inputs[i]; reverts
    /// otherwise. One pairing check covers the whole batch, so it costs far
    /// less than a verifyProof per proof.
    function verifyProofs(bytes[] calldata proofs, uint256[7][] calldata inputs) external view;

    /// The verifying key's hash (circuits/keys.VKHash), so auditors can pin the key.
    function vkHash() external view returns (bytes32);
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";

/// @title The public delay in front of every change to what rwabridge's
/// contracts accept.
/// @notice OpenZeppelin's TimelockController administering itself (no
/// admin): the default admin of the DisclosureRegistry, the
/// IdentityRegistry and the RWAToken. Proposers schedule a call, which
/// emits CallScheduled and can run (CallExecuted) only once minDelay has
/// passed; cancellers (the proposers and, e.g., the guardian) can cancel it
/// before. Changing the delay or the proposers, executors or cancellers is
/// itself a scheduled call on this contract.
contract RWATimelock is TimelockController {
    error TimelockDelayZero();
    error TimelockNoProposer();
    error TimelockNoExecutor();
    error TimelockMemberZero(bytes32 role, uint256 index);

    /// @param minDelay seconds between scheduling and executing (days in
    /// production, seconds in the demo); not zero.
    /// @param proposers schedule (and may cancel); at least one, none zero.
    /// @param executors execute ready calls; at least one, none zero.
    /// @param cancellers may cancel a pending call besides the proposers; none zero.
    constructor(uint256 minDelay, address[] memory proposers, address[] memory executors, address[] memory cancellers)
        TimelockController(minDelay, proposers, executors, address(0))
    {
        if (minDelay == 0) revert TimelockDelayZero();
        if (proposers.length == 0) revert TimelockNoProposer();
        if (executors.length == 0) revert TimelockNoExecutor();
        for (uint256 i = 0; i < proposers.length; ++i) {
            if (proposers[i] == address(0)) revert TimelockMemberZero(PROPOSER_ROLE, i);
        }
        for (uint256 i = 0; i < executors.length; ++i) {
            if (executors[i] == address(0)) revert TimelockMemberZero(EXECUTOR_ROLE, i);
        }
        for (uint256 i = 0; i < cancellers.length; ++i) {
            if (cancellers[i] == address(0)) revert TimelockMemberZero(CANCELLER_ROLE, i);
            _grantRole(CANCELLER_ROLE, cancellers[i]);
        }
    }
}

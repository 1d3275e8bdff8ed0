// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title A mintable stablecoin stand-in FOR TESTS AND THE DEMO ONLY.
/// @notice Anyone may mint any amount: it has no value and must never be
/// configured as the payout asset of a real deployment.
contract TestOnlyStablecoin is ERC20 {
    constructor() ERC20("Test-only USD (worthless)", "TESTUSD") {}

    /// 6 decimals, like common USD stablecoins.
    function decimals() public pure override returns (uint8) {
        return 6;
    }

    /// Mints amount to `to`; open to anyone.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}

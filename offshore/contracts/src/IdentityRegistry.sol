// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";

/// @title ERC-3643-shaped identity registry.
/// @notice Agents register investors after KYC: a country code and an expiry,
/// bound to the chain id the registration was made on. An identity is
/// verified while it is registered, unexpired and on that chain.
/// @dev The default admin (the timelock) grants and revokes AGENT_ROLE;
/// it changes in two steps with a delay (AccessControlDefaultAdminRules).
contract IdentityRegistry is AccessControlDefaultAdminRules {
    /// May register and delete identities.
    bytes32 public constant AGENT_ROLE = keccak256("AGENT_ROLE");

    struct Identity {
        uint16 country; // ISO 3166-1 numeric
        uint64 expiry; // unix seconds; verified while block.timestamp < expiry
        uint64 chainId; // block.chainid at registration
    }

    mapping(address investor => Identity) internal _identities;

    error IdentityZeroAddress();
    error IdentityExpiryInPast(uint64 expiry);
    error IdentityCountryInvalid(uint16 country);
    error IdentityNotRegistered(address investor);
    error RoleHolderZero(bytes32 role);

    event IdentityRegistered(address indexed investor, uint16 country, uint64 expiry, uint64 chainId);
    event IdentityRemoved(address indexed investor);

    /// @param admin the default admin (the timelock); not zero.
    /// @param adminDelay seconds a default admin transfer waits.
    /// @param agent the first holder of AGENT_ROLE; not zero.
    constructor(address admin, uint48 adminDelay, address agent) AccessControlDefaultAdminRules(adminDelay, admin) {
        if (agent == address(0)) revert RoleHolderZero(AGENT_ROLE);
        _grantRole(AGENT_ROLE, agent);
    }

    /// Registers or updates an investor's identity on this chain.
    function registerIdentity(address investor, uint16 country, uint64 expiry) external onlyRole(AGENT_ROLE) {
        if (investor == address(0)) revert IdentityZeroAddress();
        if (country == 0 || country > 999) revert IdentityCountryInvalid(country);
        if (expiry <= block.timestamp) revert IdentityExpiryInPast(expiry);
        _identities[investor] = Identity(country, expiry, uint64(block.chainid));
        emit IdentityRegistered(investor, country, expiry, uint64(block.chainid));
    }

    /// Deletes an investor's identity.
    function deleteIdentity(address investor) external onlyRole(AGENT_ROLE) {
        if (_identities[investor].expiry == 0) revert IdentityNotRegistered(investor);
        delete _identities[investor];
        emit IdentityRemoved(investor);
    }

    /// True while the identity is registered, unexpired and bound to this chain.
    function isVerified(address investor) public view returns (bool) {
        Identity memory id = _identities[investor];
        return id.expiry > block.timestamp && id.chainId == block.chainid;
    }

    /// The stored identity (zero when unregistered).
    function identity(address investor) external view returns (Identity memory) {
        return _identities[investor];
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";
import {DisclosureRegistry} from "./DisclosureRegistry.sol";

/// @title Revenue-share token of one pool, ERC-3643-shaped.
/// @notice Transfers only between verified, unfrozen holders while unpaused;
/// agents mint, burn, freeze and force transfers. The operator deposits a
/// stablecoin payout for a disclosed epoch, capped by the epoch's proven
/// revenue times the policy's payout share; holders claim pro rata to their
/// balance at the end of the block the disclosure was accepted in.
/// @dev The default admin (the timelock) grants and revokes AGENT_ROLE and
/// OPERATOR_ROLE; it changes in two steps with a delay
/// (AccessControlDefaultAdminRules).
contract RWAToken is ERC20, AccessControlDefaultAdminRules, Pausable {
    using SafeERC20 for IERC20;
    using Checkpoints for Checkpoints.Trace208;

    /// May mint, burn, freeze, force transfers and pause.
    bytes32 public constant AGENT_ROLE = keccak256("AGENT_ROLE");
    /// May deposit payouts.
    bytes32 public constant OPERATOR_ROLE = keccak256("OPERATOR_ROLE");

    IdentityRegistry public immutable identityRegistry;
    DisclosureRegistry public immutable disclosureRegistry;
    /// The pool (telemetry.PoolID.Field) whose revenue this token shares.
    uint256 public immutable pool;
    /// The payout asset.
    IERC20 public immutable payoutToken;
    /// Payout-token base units per cent of revenue (10^4 for 6 decimals).
    uint256 public immutable unitsPerCent;

    /// The token's default admin and the first holders of its roles
    /// (constructor).
    struct Roles {
        address admin; // the timelock
        uint48 adminDelay; // seconds a default admin transfer waits
        address agent;
        address operator;
    }

    struct Payout {
        uint64 snapshotBlock;
        uint256 supply; // total supply at snapshotBlock
        uint256 amount; // deposited so far
        uint256 cap; // revenue × share × unitsPerCent
    }

    mapping(address account => bool) public isFrozen;
    mapping(uint64 epoch => Payout) internal _payouts;
    mapping(uint64 epoch => mapping(address holder => uint256)) public claimed;
    mapping(address account => Checkpoints.Trace208) internal _balanceCheckpoints;
    Checkpoints.Trace208 internal _supplyCheckpoints;
    bool transient internal _forcing; // set only during forcedTransfer (EIP-1153)

    error SenderNotVerified(address sender);
    error RecipientNotVerified(address recipient);
    error AccountFrozen(address account);
    error PoolMismatch(uint256 pool, uint256 expected);
    error SnapshotNotFinal(uint64 disclosureBlock);
    error PolicyNotAllowed(uint256 policyHash);
    error PayoutAboveCap(uint256 total, uint256 cap);
    error PayoutZero();
    error NoHolders(uint64 epoch);
    error NoPayout(uint64 epoch);
    error NothingToClaim(uint64 epoch, address holder);
    error AlreadyClaimed(uint64 epoch, address holder);
    error FutureLookup(uint256 blockNumber);
    error ConstructorArgumentZero();
    error RoleHolderZero(bytes32 role);

    event AddressFrozen(address indexed account, bool frozen, address indexed agent);
    event ForcedTransfer(address indexed from, address indexed to, uint256 amount, address indexed agent);
    event PayoutDeposited(uint64 indexed epoch, uint256 amount, uint256 total, uint256 cap, uint64 snapshotBlock);
    event PayoutClaimed(uint64 indexed epoch, address indexed holder, uint256 amount);

    constructor(
        string memory name_,
        string memory symbol_,
        Roles memory roles,
        IdentityRegistry identityRegistry_,
        DisclosureRegistry disclosureRegistry_,
        uint256 pool_,
        IERC20 payoutToken_,
        uint256 unitsPerCent_
    ) ERC20(name_, symbol_) AccessControlDefaultAdminRules(roles.adminDelay, roles.admin) {
        if (
            address(identityRegistry_) == address(0)
                || address(disclosureRegistry_) == address(0) || pool_ == 0 || address(payoutToken_) == address(0)
                || unitsPerCent_ == 0
        ) revert ConstructorArgumentZero();
        if (roles.agent == address(0)) revert RoleHolderZero(AGENT_ROLE);
        if (roles.operator == address(0)) revert RoleHolderZero(OPERATOR_ROLE);
        identityRegistry = identityRegistry_;
        disclosureRegistry = disclosureRegistry_;
        pool = pool_;
        payoutToken = payoutToken_;
        unitsPerCent = unitsPerCent_;
        _grantRole(AGENT_ROLE, roles.agent);
        _grantRole(OPERATOR_ROLE, roles.operator);
    }

    // ---------------------------------------------------------------- compliance

    /// Whether transfer(to, amount) by `from` would succeed now.
    function canTransfer(address from, address to, uint256 amount) external view returns (bool) {
        if (from == address(0) || to == address(0) || paused()) return false;
        if (isFrozen[from] || isFrozen[to]) return false;
        if (!identityRegistry.isVerified(from) || !identityRegistry.isVerified(to)) return false;
        return balanceOf(from) >= amount;
    }

    function mint(address to, uint256 amount) external onlyRole(AGENT_ROLE) {
        _mint(to, amount);
    }

    function burn(address from, uint256 amount) external onlyRole(AGENT_ROLE) {
        _burn(from, amount);
    }

    function setFrozen(address account, bool frozen) external onlyRole(AGENT_ROLE) {
        isFrozen[account] = frozen;
        emit AddressFrozen(account, frozen, msg.sender);
    }

    /// Moves tokens regardless of pause and of the sender's freeze or
    /// verification; the recipient must still be verified and unfrozen.
    function forcedTransfer(address from, address to, uint256 amount) external onlyRole(AGENT_ROLE) {
        _forcing = true;
        _transfer(from, to, amount);
        _forcing = false;
        emit ForcedTransfer(from, to, amount, msg.sender);
    }

    function pause() external onlyRole(AGENT_ROLE) {
        _pause();
    }

    function unpause() external onlyRole(AGENT_ROLE) {
        _unpause();
    }

    function _update(address from, address to, uint256 value) internal override {
        if (from != address(0) && to != address(0) && !_forcing) {
            _requireNotPaused();
            if (isFrozen[from]) revert AccountFrozen(from);
            if (!identityRegistry.isVerified(from)) revert SenderNotVerified(from);
        }
        if (to != address(0)) {
            if (isFrozen[to]) revert AccountFrozen(to);
            if (!identityRegistry.isVerified(to)) revert RecipientNotVerified(to);
        }
        super._update(from, to, value);
        uint48 now_ = uint48(block.number);
        if (from != address(0)) _balanceCheckpoints[from].push(now_, uint208(balanceOf(from)));
        if (to != address(0)) _balanceCheckpoints[to].push(now_, uint208(balanceOf(to)));
        if (from == address(0) || to == address(0)) _supplyCheckpoints.push(now_, uint208(totalSupply()));
    }

    // ---------------------------------------------------------------- snapshots

    /// Balance at the end of block blockNumber (< the current block).
    function balanceOfAt(address account, uint256 blockNumber) public view returns (uint256) {
        if (blockNumber >= block.number) revert FutureLookup(blockNumber);
        return _balanceCheckpoints[account].upperLookupRecent(uint48(blockNumber));
    }

    /// Total supply at the end of block blockNumber (< the current block).
    function totalSupplyAt(uint256 blockNumber) public view returns (uint256) {
        if (blockNumber >= block.number) revert FutureLookup(blockNumber);
        return _supplyCheckpoints.upperLookupRecent(uint48(blockNumber));
    }

    // ---------------------------------------------------------------- payouts

    /// The cap of an epoch's payouts: revenue_cents × payout share (bp) ×
    /// unitsPerCent / 10 000.
    function payoutCap(DisclosureRegistry.Disclosure calldata d) public view returns (uint256) {
        (bool allowed, uint16 shareBp) = disclosureRegistry.policyTerms(pool, d.policyHash);
        if (!allowed) revert PolicyNotAllowed(d.policyHash);
        return (uint256(d.metrics[2]) * shareBp * unitsPerCent) / 10_000;
    }

    /// Deposits amount of the payout token for the disclosed epoch d; the
    /// epoch's deposits together may not exceed payoutCap(d). d must be the
    /// registry's accepted disclosure, accepted in an earlier block.
    function depositPayout(DisclosureRegistry.Disclosure calldata d, uint256 amount) external onlyRole(OPERATOR_ROLE) {
        if (d.pool != pool) revert PoolMismatch(d.pool, pool);
        if (amount == 0) revert PayoutZero();
        uint64 accepted = disclosureRegistry.disclosedAt(d);
        if (accepted >= block.number) revert SnapshotNotFinal(accepted);
        Payout storage p = _payouts[d.epoch];
        // The cap is fixed by the first deposit: a later change of the
        // policy's payout share does not move it.
        uint256 cap = p.snapshotBlock == 0 ? payoutCap(d) : p.cap;
        uint256 total = p.amount + amount;
        if (total > cap) revert PayoutAboveCap(total, cap);
        if (p.snapshotBlock == 0) {
            uint256 supply = totalSupplyAt(accepted);
            if (supply == 0) revert NoHolders(d.epoch);
            p.snapshotBlock = accepted;
            p.supply = supply;
            p.cap = cap;
        }
        p.amount = total;
        emit PayoutDeposited(d.epoch, amount, total, cap, accepted);
        payoutToken.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// What holder may still claim for epoch.
    function claimable(uint64 epoch, address holder) public view returns (uint256) {
        Payout memory p = _payouts[epoch];
        if (p.amount == 0) return 0;
        uint256 share = (balanceOfAt(holder, p.snapshotBlock) * p.amount) / p.supply;
        return share - claimed[epoch][holder];
    }

    /// Pays the caller its share of epoch's payout deposited so far.
    function claim(uint64 epoch) external returns (uint256 amount) {
        Payout memory p = _payouts[epoch];
        if (p.amount == 0) revert NoPayout(epoch);
        uint256 share = (balanceOfAt(msg.sender, p.snapshotBlock) * p.amount) / p.supply;
        if (share == 0) revert NothingToClaim(epoch, msg.sender);
        amount = share - claimed[epoch][msg.sender];
        if (amount == 0) revert AlreadyClaimed(epoch, msg.sender);
        claimed[epoch][msg.sender] = share;
        emit PayoutClaimed(epoch, msg.sender, amount);
        payoutToken.safeTransfer(msg.sender, amount);
    }

    /// An epoch's payout.
    function payout(uint64 epoch) external view returns (Payout memory) {
        return _payouts[epoch];
    }
}

// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {AccessControlDefaultAdminRules} from
    "@openzeppelin/contracts/access/extensions/AccessControlDefaultAdminRules.sol";
import {Pausable} from "@openzeppelin/contracts/utils/Pausable.sol";
import {Checkpoints} from "@openzeppelin/contracts/utils/structs/Checkpoints.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";
import {IdentityRegistry} from "./IdentityRegistry.sol";
import {DisclosureRegistry} from "./DisclosureRegistry.sol";

/// @title Revenue-share token of one pool, ERC-3643-shaped.
/// @notice Transfers only between verified, unfrozen holders while unpaused;
/// agents mint, burn, freeze and force transfers. The operator deposits a
/// stablecoin payout for a disclosed epoch, capped by the epoch's proven
/// revenue times the payout share its policy had when the registry accepted
/// the disclosure; holders claim pro rata to their balance at the end of the
/// block the disclosure was accepted in.
///
/// Claims need what transfers need: an unpaused token, an unfrozen and
/// verified claimant. A holder who is frozen or loses its identity keeps
/// what it is due: it stays in the contract under its address, counted in
/// no one else's share, until it is unfrozen and verified again and claims.
///
/// Rounding dust. With A deposited for an epoch and a snapshot supply S, a
/// holder of b is due floor(b · A / S) while the payout is open, and claims
/// pay that as deposits come in. Once the payout is closed (the operator's
/// closePayout, or the deposit that reaches the cap) no further deposit is
/// possible, and each holder's next claim settles it: the holders settled so
/// far hold a weight W of the snapshot, and the claimant's due becomes
/// floor(A · (W + b) / S) − floor(A · W / S), which is floor(b · A / S) or
/// one more; W grows by b. These slices tile the snapshot, so when every
/// holder has claimed since the close exactly A has been paid out: the dust
/// goes, one unit at most each, to holders, in the order they settle. The
/// operator closes a payout with its last part; until then the dust, under
/// one unit per holder, waits. No holder is ever paid less than
/// floor(b · A / S), nobody can move a unit of an epoch's payout anywhere
/// but to its holders, and once it is closed what remains of it in the
/// contract is exactly what the holders not yet settled are due.
/// A holder who never claims (frozen for good, a lost key) leaves exactly its
/// own due in the contract, for ever; nothing else waits for it.
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
        uint40 snapshotBlock; // the block the disclosure was accepted in
        bool closed; // no further deposit; claims settle the dust
        uint208 settledWeight; // snapshot balance of the holders settled since the close
        uint256 supply; // total supply at snapshotBlock
        uint256 amount; // deposited so far
        uint256 cap; // revenue × share at acceptance × unitsPerCent / 10 000
    }

    struct Claim {
        uint248 amount; // paid so far
        bool settled; // claimed since the close: paid in full
    }

    mapping(address account => bool) public isFrozen;
    mapping(uint64 epoch => Payout) internal _payouts;
    mapping(uint64 epoch => mapping(address holder => Claim)) internal _claims;
    mapping(address account => Checkpoints.Trace208) internal _balanceCheckpoints;
    Checkpoints.Trace208 internal _supplyCheckpoints;
    bool transient internal _forcing; // set only during forcedTransfer (EIP-1153)

    error SenderNotVerified(address sender);
    error RecipientNotVerified(address recipient);
    error AccountFrozen(address account);
    error PoolMismatch(uint256 pool, uint256 expected);
    error NotThePoolsToken(uint256 pool, address poolToken);
    error SnapshotNotFinal(uint64 disclosureBlock);
    error PayoutAboveCap(uint256 total, uint256 cap);
    error PayoutZero();
    error NoHolders(uint64 epoch);
    error NoPayout(uint64 epoch);
    error NothingToClaim(uint64 epoch, address holder);
    error ClaimantNotVerified(address holder);
    error RegistryPaused();
    error PayoutAlreadyClosed(uint64 epoch);
    error AlreadyClaimed(uint64 epoch, address holder);
    error FutureLookup(uint256 blockNumber);
    error ConstructorArgumentZero();
    error RoleHolderZero(bytes32 role);

    event AddressFrozen(address indexed account, bool frozen, address indexed agent);
    event ForcedTransfer(address indexed from, address indexed to, uint256 amount, address indexed agent);
    event PayoutDeposited(uint64 indexed epoch, uint256 amount, uint256 total, uint256 cap, uint64 snapshotBlock);
    event PayoutClaimed(uint64 indexed epoch, address indexed holder, uint256 amount);
    event PayoutClosed(uint64 indexed epoch, uint256 amount);

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
        // Every balance is at most the supply: one checked cast covers them.
        if (from == address(0) || to == address(0)) _supplyCheckpoints.push(now_, SafeCast.toUint208(totalSupply()));
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

    /// The cap of the payouts of the accepted disclosure d: revenue_cents ×
    /// the payout share (bp) its policy had when the registry accepted d ×
    /// unitsPerCent / 10 000. Later changes of the policy's terms, its
    /// withdrawal included, do not move it. Reverts PoolMismatch for
    /// another pool's disclosure and the registry's NotDisclosed unless d
    /// is exactly the accepted disclosure of its epoch.
    function payoutCap(DisclosureRegistry.Disclosure calldata d) public view returns (uint256 cap) {
        (, cap) = _acceptance(d);
    }

    /// Deposits amount of the payout token for the disclosed epoch d; the
    /// epoch's deposits together may not exceed payoutCap(d). d must be the
    /// registry's accepted disclosure, accepted in an earlier block; neither
    /// the token nor the registry may be paused. Deposits may come in
    /// several parts until the payout is closed; the deposit that reaches
    /// the cap closes it.
    function depositPayout(DisclosureRegistry.Disclosure calldata d, uint256 amount)
        external
        onlyRole(OPERATOR_ROLE)
        whenNotPaused
    {
        if (disclosureRegistry.paused()) revert RegistryPaused();
        if (amount == 0) revert PayoutZero();
        (uint64 accepted, uint256 cap) = _acceptance(d);
        if (accepted >= block.number) revert SnapshotNotFinal(accepted);
        Payout storage p = _payouts[d.epoch];
        if (p.closed) revert PayoutAlreadyClosed(d.epoch);
        uint256 total = p.amount + amount;
        if (total > cap) revert PayoutAboveCap(total, cap);
        if (p.snapshotBlock == 0) {
            uint256 supply = totalSupplyAt(accepted);
            if (supply == 0) revert NoHolders(d.epoch);
            p.snapshotBlock = SafeCast.toUint40(accepted);
            p.supply = supply;
            p.cap = cap;
        }
        p.amount = total;
        emit PayoutDeposited(d.epoch, amount, total, cap, accepted);
        if (total == cap) {
            p.closed = true;
            emit PayoutClosed(d.epoch, total);
        }
        payoutToken.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// Closes epoch's payout at the amount deposited so far: no further
    /// deposit, and claims from now on settle the rounding dust (see the
    /// contract's notice). Irreversible.
    function closePayout(uint64 epoch) external onlyRole(OPERATOR_ROLE) whenNotPaused {
        Payout storage p = _payouts[epoch];
        if (p.amount == 0) revert NoPayout(epoch);
        if (p.closed) revert PayoutAlreadyClosed(epoch);
        p.closed = true;
        emit PayoutClosed(epoch, p.amount);
    }

    /// What holder would receive by claiming epoch now, frozen, unverified
    /// or paused or not (a claim needs none of these). Once the payout is
    /// closed this depends on the order of claims by one unit at most.
    function claimable(uint64 epoch, address holder) external view returns (uint256) {
        Payout memory p = _payouts[epoch];
        Claim memory c = _claims[epoch][holder];
        if (p.amount == 0 || c.settled) return 0;
        return _due(p, balanceOfAt(holder, p.snapshotBlock)) - c.amount;
    }

    /// Pays the caller what it is due of epoch's payout (see the contract's
    /// notice). The caller must be unfrozen and verified and the token
    /// unpaused; what it is due waits for it meanwhile and nobody else can
    /// take it.
    function claim(uint64 epoch) external whenNotPaused returns (uint256 amount) {
        if (isFrozen[msg.sender]) revert AccountFrozen(msg.sender);
        if (!identityRegistry.isVerified(msg.sender)) revert ClaimantNotVerified(msg.sender);
        Payout storage p = _payouts[epoch];
        if (p.amount == 0) revert NoPayout(epoch);
        uint256 balance = balanceOfAt(msg.sender, p.snapshotBlock);
        if (balance == 0) revert NothingToClaim(epoch, msg.sender);
        Claim storage c = _claims[epoch][msg.sender];
        if (c.settled) revert AlreadyClaimed(epoch, msg.sender);
        uint256 due = _due(p, balance);
        if (p.closed) {
            // The holder takes the next slice [settledWeight, settledWeight
            // + balance) of the snapshot supply; it may be paid nothing more,
            // but it must take its slice so the dust reaches the others.
            p.settledWeight += uint208(balance); // ≤ supply, a uint208
            c.settled = true;
        } else if (due == c.amount) {
            if (due == 0) revert NothingToClaim(epoch, msg.sender);
            revert AlreadyClaimed(epoch, msg.sender);
        }
        amount = due - c.amount;
        c.amount = SafeCast.toUint248(due);
        emit PayoutClaimed(epoch, msg.sender, amount);
        if (amount != 0) payoutToken.safeTransfer(msg.sender, amount);
    }

    /// What a holder of balance at p's snapshot is due in all: before the
    /// close floor(balance · amount / supply); after it the holder's slice
    /// of the cumulative rounding, floor(amount · (W + balance) / supply) −
    /// floor(amount · W / supply) with W the snapshot balance of the
    /// holders settled before it, which is that floor or one more.
    function _due(Payout memory p, uint256 balance) internal pure returns (uint256) {
        if (!p.closed) return Math.mulDiv(balance, p.amount, p.supply);
        uint256 w = p.settledWeight;
        return Math.mulDiv(p.amount, w + balance, p.supply) - Math.mulDiv(p.amount, w, p.supply);
    }

    /// The acceptance block of d and its payout cap (see payoutCap). Only
    /// the token the registry names for the pool (poolToken) may pay out
    /// on the pool's disclosures: a second token citing them reverts
    /// NotThePoolsToken.
    function _acceptance(DisclosureRegistry.Disclosure calldata d) internal view returns (uint64 accepted, uint256 cap) {
        if (d.pool != pool) revert PoolMismatch(d.pool, pool);
        address poolToken = disclosureRegistry.poolToken(pool);
        if (poolToken != address(this)) revert NotThePoolsToken(pool, poolToken);
        uint16 shareBp;
        (accepted, shareBp) = disclosureRegistry.acceptance(d);
        cap = Math.mulDiv(uint256(d.metrics[2]) * shareBp, unitsPerCent, 10_000);
    }

    /// An epoch's payout.
    function payout(uint64 epoch) external view returns (Payout memory) {
        return _payouts[epoch];
    }

    /// What holder has been paid of epoch's payout so far.
    function claimed(uint64 epoch, address holder) external view returns (uint256) {
        return _claims[epoch][holder].amount;
    }

    /// Whether holder has claimed epoch's payout since it was closed: then
    /// it has been paid all it will ever be paid of it.
    function settled(uint64 epoch, address holder) external view returns (bool) {
        return _claims[epoch][holder].settled;
    }
}

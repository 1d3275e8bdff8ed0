package governance

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/onchain"
)

// State is a timelock operation's state (TimelockController.OperationState,
// plus Cancelled, which the contract shows as Unset).
type State uint8

// Operation states.
const (
	Unset     State = iota // never scheduled
	Waiting                // scheduled, its delay not yet passed
	Ready                  // executable
	Done                   // executed
	Cancelled              // scheduled, then cancelled
)

func (s State) String() string {
	switch s {
	case Unset:
		return "unknown"
	case Waiting:
		return "waiting"
	case Ready:
		return "ready"
	case Done:
		return "done"
	case Cancelled:
		return "cancelled"
	}
	return fmt.Sprintf("state %d", uint8(s))
}

// Errors of Execute and Cancel; each is wrapped with what to do.
var (
	ErrNotReady     = errors.New("operation not ready")
	ErrDone         = errors.New("operation already executed")
	ErrCancelled    = errors.New("operation cancelled")
	ErrNoOperation  = errors.New("no such operation")
	ErrNotScheduled = errors.New("schedule transaction emitted no CallScheduled")
)

// Operation is one scheduled call of the timelock.
type Operation struct {
	ID          common.Hash
	Target      common.Address
	Value       *big.Int
	Data        []byte
	Predecessor common.Hash
	Salt        common.Hash
	// ReadyAt is when it becomes executable (zero once done or cancelled).
	ReadyAt time.Time
	State   State
	// ScheduledIn is the block and transaction that scheduled it.
	ScheduledBlock uint64
	ScheduledTx    common.Hash
}

// FormatTime is the one form times are shown in: RFC 3339, UTC, seconds.
func FormatTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// Timelock is a deployed RWATimelock on a chain. FromBlock is where a scan
// of its operations starts (its deployment block; 0 scans from genesis).
type Timelock struct {
	Chain     *onchain.Chain
	Address   common.Address
	FromBlock uint64
}

// Delay returns the timelock's minimum delay.
func (t *Timelock) Delay(ctx context.Context) (time.Duration, error) {
	out, err := t.Chain.Call(ctx, common.Address{}, t.Address, timelockABI.PackGetMinDelay())
	if err != nil {
		return 0, fmt.Errorf("governance: timelock %s: delay: %w", t.Address, err)
	}
	d, err := timelockABI.UnpackGetMinDelay(out)
	if err != nil {
		return 0, fmt.Errorf("governance: timelock %s: delay: %w", t.Address, err)
	}
	return time.Duration(d.Int64()) * time.Second, nil
}

// Schedule schedules c from opts.From (a proposer) with the timelock's
// delay and a fresh random salt (so the same change may be scheduled again
// later) and returns the operation, with the time it becomes ready.
func (t *Timelock) Schedule(ctx context.Context, opts *bind.TransactOpts, c Change) (*Operation, error) {
	delay, err := t.Delay(ctx)
	if err != nil {
		return nil, err
	}
	var salt common.Hash
	if _, err := rand.Read(salt[:]); err != nil {
		return nil, fmt.Errorf("governance: salt: %w", err)
	}
	data := timelockABI.PackSchedule(c.Target, new(big.Int), c.Data, common.Hash{}, salt, big.NewInt(int64(delay/time.Second)))
	r, err := t.Chain.Send(ctx, opts, t.Address, data)
	if err != nil {
		return nil, fmt.Errorf("governance: schedule: %w", err)
	}
	var id common.Hash
	for _, l := range r.Logs {
		if ev, err := timelockABI.UnpackCallScheduledEvent(l); err == nil && l.Address == t.Address {
			id = ev.Id
		}
	}
	if id == (common.Hash{}) {
		return nil, fmt.Errorf("governance: transaction %s: %w", r.TxHash, ErrNotScheduled)
	}
	op := &Operation{ID: id, Target: c.Target, Value: new(big.Int), Data: c.Data, Salt: salt,
		ScheduledBlock: r.BlockNumber.Uint64(), ScheduledTx: r.TxHash}
	if err := t.refresh(ctx, op); err != nil {
		return nil, err
	}
	return op, nil
}

// Operations returns every operation scheduled on the timelock since
// FromBlock, in scheduling order, with its current state.
func (t *Timelock) Operations(ctx context.Context) ([]*Operation, error) {
	logs, err := t.Chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(t.FromBlock), Addresses: []common.Address{t.Address}})
	if err != nil {
		return nil, fmt.Errorf("governance: timelock %s logs: %w", t.Address, err)
	}
	byID := map[common.Hash]*Operation{}
	var ops []*Operation
	cancelled := map[common.Hash]bool{}
	for i := range logs {
		l := &logs[i]
		if ev, err := timelockABI.UnpackCallScheduledEvent(l); err == nil {
			op := &Operation{ID: ev.Id, Target: ev.Target, Value: ev.Value, Data: ev.Data, Predecessor: ev.Predecessor,
				ScheduledBlock: l.BlockNumber, ScheduledTx: l.TxHash}
			if prev, ok := byID[ev.Id]; ok { // rescheduled after a cancel: same id
				ops = slices.DeleteFunc(ops, func(o *Operation) bool { return o == prev })
				op.Salt = prev.Salt
			}
			byID[ev.Id] = op
			ops = append(ops, op)
			delete(cancelled, ev.Id)
			continue
		}
		if ev, err := timelockABI.UnpackCallSaltEvent(l); err == nil {
			if op, ok := byID[ev.Id]; ok {
				op.Salt = ev.Salt
			}
			continue
		}
		if ev, err := timelockABI.UnpackCancelledEvent(l); err == nil {
			cancelled[ev.Id] = true
		}
	}
	for _, op := range ops {
		if err := t.refresh(ctx, op); err != nil {
			return nil, err
		}
		if op.State == Unset && cancelled[op.ID] {
			op.State = Cancelled
		}
	}
	return ops, nil
}

// Operation returns the operation id (Operations), or ErrNoOperation.
func (t *Timelock) Operation(ctx context.Context, id common.Hash) (*Operation, error) {
	ops, err := t.Operations(ctx)
	if err != nil {
		return nil, err
	}
	for _, op := range ops {
		if op.ID == id {
			return op, nil
		}
	}
	return nil, fmt.Errorf("governance: %s: %w on timelock %s (list them with `rwabridge offshore govern list`)", id, ErrNoOperation, t.Address)
}

func (t *Timelock) refresh(ctx context.Context, op *Operation) error {
	out, err := t.Chain.Call(ctx, common.Address{}, t.Address, timelockABI.PackGetOperationState(op.ID))
	if err != nil {
		return fmt.Errorf("governance: operation %s state: %w", op.ID, err)
	}
	s, err := timelockABI.UnpackGetOperationState(out)
	if err != nil {
		return fmt.Errorf("governance: operation %s state: %w", op.ID, err)
	}
	op.State = State(s)
	op.ReadyAt = time.Time{}
	if op.State == Waiting || op.State == Ready {
		out, err := t.Chain.Call(ctx, common.Address{}, t.Address, timelockABI.PackGetTimestamp(op.ID))
		if err != nil {
			return fmt.Errorf("governance: operation %s ready time: %w", op.ID, err)
		}
		ts, err := timelockABI.UnpackGetTimestamp(out)
		if err != nil {
			return fmt.Errorf("governance: operation %s ready time: %w", op.ID, err)
		}
		op.ReadyAt = time.Unix(ts.Int64(), 0).UTC()
	}
	return nil
}

// Execute executes the ready operation id from opts.From (an executor).
// An operation that is not ready fails with ErrNotReady naming when it
// will be; a done or cancelled one with ErrDone or ErrCancelled.
func (t *Timelock) Execute(ctx context.Context, opts *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	op, err := t.Operation(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := stateError(op, Ready); err != nil {
		return nil, err
	}
	r, err := t.Chain.Send(ctx, opts, t.Address, timelockABI.PackExecute(op.Target, op.Value, op.Data, op.Predecessor, op.Salt))
	if err != nil {
		return nil, fmt.Errorf("governance: execute %s: %w", id, err)
	}
	return r, nil
}

// Cancel cancels the pending (waiting or ready) operation id from
// opts.From (a canceller: a proposer or the guardian).
func (t *Timelock) Cancel(ctx context.Context, opts *bind.TransactOpts, id common.Hash) (*types.Receipt, error) {
	op, err := t.Operation(ctx, id)
	if err != nil {
		return nil, err
	}
	if op.State != Waiting {
		if err := stateError(op, Ready); err != nil {
			return nil, err
		}
	}
	r, err := t.Chain.Send(ctx, opts, t.Address, timelockABI.PackCancel(id))
	if err != nil {
		return nil, fmt.Errorf("governance: cancel %s: %w", id, err)
	}
	return r, nil
}

// stateError says why op is not in state want, and what to do.
func stateError(op *Operation, want State) error {
	switch op.State {
	case want:
		return nil
	case Waiting:
		return fmt.Errorf("governance: operation %s: %w: not ready until %s; run execute again then", op.ID, ErrNotReady, FormatTime(op.ReadyAt))
	case Done:
		return fmt.Errorf("governance: operation %s: %w; nothing to do (schedule it again to repeat it)", op.ID, ErrDone)
	case Cancelled:
		return fmt.Errorf("governance: operation %s: %w; schedule it again if it is still wanted", op.ID, ErrCancelled)
	}
	return fmt.Errorf("governance: operation %s is %s: %w", op.ID, op.State, ErrNoOperation)
}

// CommitteeSetIn returns the CommitteeSet event registry emitted in r (an
// executed setCommittee), if any.
func CommitteeSetIn(r *types.Receipt, registry common.Address) (*bindings.DisclosureRegistryCommitteeSet, bool) {
	for _, l := range r.Logs {
		if l.Address != registry {
			continue
		}
		if ev, err := registryABI.UnpackCommitteeSetEvent(l); err == nil {
			return ev, true
		}
	}
	return nil, false
}

package demo

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/governance"
)

// GovernanceDelay is the demo timelock's delay: seconds, where a
// production deployment waits days (deploy.ProductionDelay).
const GovernanceDelay = 30 * time.Second

// governance is who governs the demo's contracts: the admin key proposes
// and executes on the timelock and, named explicitly, holds the guardian,
// operator and agent roles (a real deployment names a multisig and three
// other keys).
func (c *chain) governance(plan *deploy.Plan) {
	admin := ethkey.Address(c.admin)
	plan.Guardian, plan.Operator, plan.Agent = admin, admin, admin
	plan.Governance = deploy.Governance{Delay: GovernanceDelay, AdminTransferDelay: 2 * GovernanceDelay,
		Proposers: []common.Address{admin}, Executors: []common.Address{admin}}
}

// govern changes the committee the only way it can change: scheduled on
// the timelock (CallScheduled, public at once), refused before the delay
// has passed, executed after it (CallExecuted, CommitteeSet). The change
// re-sets the same orgs' keys with a new committee version, after the last
// disclosed epoch and before the next, so the attestations already made
// stay the committee's.
func (r *run) govern(ctx context.Context) (string, error) {
	c, a := r.chain, r.rep.Chain.Addresses
	tl := &governance.Timelock{Chain: &c.sim.Chain, Address: a.Timelock, FromBlock: a.FromBlock}
	var members []common.Address
	for _, org := range Committee {
		members = append(members, r.rep.Chain.Orgs[org])
	}
	change := governance.SetCommittee(a.Registry, members, CommitteeThreshold)
	op, err := tl.Schedule(ctx, c.opts(c.admin), change)
	if err != nil {
		return "", err
	}
	fmt.Fprintf(r.out, "      CallScheduled %s: %s\n", op.ID.Hex(), governance.Describe(a, op.Target, op.Data))
	fmt.Fprintf(r.out, "      ready at %s (the timelock's delay is %s; days in production)\n", governance.FormatTime(op.ReadyAt), GovernanceDelay)
	if _, err := tl.Execute(ctx, c.opts(c.admin), op.ID); !errors.Is(err, governance.ErrNotReady) {
		return "", fmt.Errorf("executing before the delay: %v; want it refused", err)
	}
	fmt.Fprintf(r.out, "      executing now is refused: not ready until %s\n", governance.FormatTime(op.ReadyAt))
	if err := c.sim.Advance(GovernanceDelay); err != nil {
		return "", err
	}
	rec, err := tl.Execute(ctx, c.opts(c.admin), op.ID)
	if err != nil {
		return "", err
	}
	ev, ok := governance.CommitteeSetIn(rec, a.Registry)
	if !ok {
		return "", fmt.Errorf("transaction %s executed the change but emitted no CommitteeSet", rec.TxHash)
	}
	head, err := c.sim.Chain.HeaderByNumber(ctx, rec.BlockNumber)
	if err != nil {
		return "", fmt.Errorf("chain head: %w", err)
	}
	return fmt.Sprintf("CallExecuted at %s: CommitteeSet version %d, %d of %d members", governance.FormatTime(time.Unix(int64(head.Time), 0)),
		ev.Version, ev.Threshold, len(ev.Members)), nil
}

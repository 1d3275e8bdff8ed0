package summary

import (
	"github.com/consensys/gnark/frontend"

	"github.com/rwabridge/rwabridge/circuits/gadget"
)

// exposedCircuit is the measurement variant: the statement's values are
// public inputs themselves (no digest).
type exposedCircuit struct {
	S StatementVars `gnark:",public"`
	W WitnessVars

	ranges gadget.RangeKind
}

func (c *exposedCircuit) Define(api frontend.API) error { return constrain(api, c.ranges, &c.S, &c.W) }

func newExposed(capacity int, k gadget.RangeKind) *exposedCircuit {
	return &exposedCircuit{W: WitnessVars{Leaves: make([]frontend.Variable, capacity)}, ranges: k}
}

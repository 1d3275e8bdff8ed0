package relay

import (
	"testing"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/onchain"
)

// TestEveryClassifiedRefusalIsARealErrorName: a misspelt name in the
// refusal table would silently fall to "stop". Each name is a custom error
// of the registry's ABI (OpenZeppelin's EnforcedPause included), one the
// relayer gives itself, or one of EpochOutOfOrder and EpochNotNext (a
// registry has one or the other: the relayer works with either).
func TestEveryClassifiedRefusalIsARealErrorName(t *testing.T) {
	known := map[string]bool{RevertOutOfGas: true, RevertPassesNow: true, RevertConflict: true, "EpochNotNext": true, "EpochOutOfOrder": true}
	for name := range onchain.MustABI(&bindings.DisclosureRegistryMetaData).Errors {
		known[name] = true
	}
	seen := map[string]bool{}
	for _, c := range refusalClasses {
		if c.action == "" || (c.class != outbox.RevertWait && c.class != outbox.RevertStop) {
			t.Errorf("%v: class %q, action %q", c.names, c.class, c.action)
		}
		for _, n := range c.names {
			if !known[n] {
				t.Errorf("%q is no error of the registry nor of the relayer", n)
			}
			if seen[n] {
				t.Errorf("%q is in two classes", n)
			}
			seen[n] = true
		}
	}
	for name, want := range map[string]string{"EnforcedPause": outbox.RevertWait, "EpochNotEnded": outbox.RevertWait,
		"PoolNotActive": outbox.RevertWait, RevertOutOfGas: outbox.RevertWait, "ProofInvalid": outbox.RevertStop,
		"EpochOutOfOrder": outbox.RevertStop, "EpochNotNext": outbox.RevertStop, "SomethingNew": outbox.RevertStop, "": outbox.RevertStop,
		"PartOutOfOrder": outbox.RevertWait, "PendingMismatch": outbox.RevertWait, "PendingCommitteeChanged": outbox.RevertWait,
		"PendingHeld": outbox.RevertWait, "PartRangeInvalid": outbox.RevertStop} {
		if got, _ := classify(name); got != want {
			t.Errorf("classify(%q) = %s, want %s", name, got, want)
		}
	}
}

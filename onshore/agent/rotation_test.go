package agent

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// The edge check follows the cabinet's key history: before the rotation
// the old key signs, from it on only the new one; a key used outside its
// interval is rejected as a bad signature and quarantined, nothing else
// is lost.
func TestTheEdgeCheckFollowsAKeyRotation(t *testing.T) {
	f := newFleet(t, 2, 0)
	seed := sha256.Sum256([]byte("agent-test-rotated-key"))
	next := ed25519.NewKeyFromSeed(seed[:])
	at := t0.Add(2*time.Hour + 10*time.Minute) // between seq 9 and seq 10 of f.event
	if err := f.reg.Rotate(1, next.Public().(ed25519.PublicKey), at); err != nil {
		t.Fatal(err)
	}
	withKey := func(k ed25519.PrivateKey, seq uint64) telemetry.SignedEvent {
		ev := f.event(1, seq)
		return telemetry.Sign(testRegistryID, k, ev.Event)
	}
	old := f.keys[1]
	in := []telemetry.SignedEvent{
		withKey(old, 8),   // old key, before: valid
		withKey(next, 9),  // new key, before: not yet valid
		withKey(old, 10),  // old key, after: retired
		withKey(next, 11), // new key, after: valid
		f.event(2, 1),     // another cabinet, untouched
	}
	var lines [][]byte
	for _, ev := range in {
		b, err := json.Marshal(ev)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, b)
	}
	cfg := testConfig(t)
	cfg.Sources.Files = []string{tempPath(t, "events.jsonl")}
	writeLines(t, cfg.Sources.Files[0], lines)
	l := newFakeLedger()
	a := newTestAgent(t, cfg, f.reg, l)
	sum, err := a.Drain(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Rejected["bad_signature"] != 2 || sum.RejectedTotal() != 2 || sum.Stored != 3 {
		t.Fatalf("summary %+v (rejected %v); want 3 stored and the 2 events signed outside their key's interval rejected as bad_signature", sum, sum.Rejected)
	}
	if got, want := keysOf(l.snapshot()), keysOf([]telemetry.SignedEvent{in[0], in[3], in[4]}); !slices.Equal(got, want) {
		t.Errorf("ledger holds %v, want %v", got, want)
	}
}

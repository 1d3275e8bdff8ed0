package fabric

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// fleetKey is newTestFleet's key of cabinet c.
func fleetKey(c uint32) ed25519.PrivateKey {
	seed := sha256.Sum256(binary.BigEndian.AppendUint32([]byte("fabric-test-key"), c))
	return ed25519.NewKeyFromSeed(seed[:])
}

func rotateArg(t testing.TB, cabinet uint32, key ed25519.PublicKey, at time.Time) []byte {
	t.Helper()
	b, err := json.Marshal(ledger.RotateRequest{Cabinet: cabinet, PublicKey: key, At: at})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// wireErr reads a failed response's contract error.
func wireErr(t *testing.T, msg string) error {
	t.Helper()
	err := ledger.FromWire(errors.New(msg))
	var le *ledger.Error
	if !errors.As(err, &le) {
		t.Fatalf("message %q is not in wire form", msg)
	}
	return err
}

// mustRefuse runs pr on the peer and checks that it fails with want's wire
// code and writes nothing.
func (p *testPeer) mustRefuse(t *testing.T, pr proposal, want error) {
	t.Helper()
	stub, res := p.invoke(pr)
	if res.GetStatus() == 200 {
		t.Fatal("accepted")
	}
	if err := wireErr(t, res.GetMessage()); !errors.Is(err, want) {
		t.Fatalf("%v, want %v", err, want)
	}
	if len(stub.writes) != 0 {
		t.Fatalf("a refused call wrote %v", stub.writes)
	}
}

// The chaincode runs key rotation and revocation as transactions: only the
// operator's admin may submit them (and the channel's endorsement policy
// applies as to every transaction); their check of the cabinet's stored
// records reads the private collection through the channel index, so the
// transaction may still write, and ingest follows the new history.
func TestChaincodeRotatesAndRevokesKeys(t *testing.T) {
	f := newTestFleet(t)
	p := newTestPeer(t)
	now := day0.Add(36 * time.Hour)
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRegisterDevices), registerArg(t, f.reg)}})
	batch, _ := ledger.EncodeBatch(f.events) // cabinet c's seq s at day0 + 2s h + c min, s = 1..8
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSubmitBatch)}, transient: map[string][]byte{TransientArg: batch}})

	seed := sha256.Sum256([]byte("fabric-rotated-key"))
	next := ed25519.NewKeyFromSeed(seed[:])
	at := day0.Add(17 * time.Hour) // after cabinet 1's last record (day0 + 16 h 1 min)
	refusals := []struct {
		name string
		pr   proposal
		want error
	}{
		{"a rotation by a client of another org", proposal{creator: p.auditor, at: now, args: [][]byte{[]byte(ledger.FnRotateDeviceKey), rotateArg(t, 1, next.Public().(ed25519.PublicKey), at)}}, ledger.ErrNotAuthorized},
		{"a rotation before a stored record of the old key", proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRotateDeviceKey), rotateArg(t, 1, next.Public().(ed25519.PublicKey), day0.Add(15*time.Hour))}}, ledger.ErrBackdated},
		{"a rotation to another cabinet's key", proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRotateDeviceKey), rotateArg(t, 1, fleetKey(2).Public().(ed25519.PublicKey), at)}}, ledger.ErrKeyInUse},
		{"a revocation before a stored record", proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRevokeDevice), []byte(`{"cabinet":2,"at":"2026-11-01T03:00:00Z"}`)}}, ledger.ErrBackdated},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) { p.mustRefuse(t, r.pr, r.want) })
	}

	stub, payload := p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRotateDeviceKey), rotateArg(t, 1, next.Public().(ed25519.PublicKey), at)}})
	if stub.opened == 0 {
		t.Error("the rotation read no range: it did not look for the cabinet's records")
	}
	var d ledger.DeviceEntry
	if err := json.Unmarshal(payload, &d); err != nil || len(d.Rotations) != 1 || !d.Rotations[0].At.Equal(at) {
		t.Fatalf("rotation result %s, %v", payload, err)
	}
	p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnRevokeDevice), []byte(`{"cabinet":1,"at":"2026-11-01T20:00:00Z"}`)}})

	ev := func(seq uint64, when time.Time, k ed25519.PrivateKey) telemetry.SignedEvent {
		return telemetry.Sign(testRegistry, k, telemetry.Event{
			Pool: testPool, Cabinet: 1, Seq: seq, Time: when.Unix(), EnergyWh: 1500, FeeCents: 300,
			SoCIn: 20, SoCOut: 95, SoHPermille: 900, BatteryIn: "BAT-IN", BatteryOut: "BAT-OUT",
		})
	}
	late, _ := ledger.EncodeBatch([]telemetry.SignedEvent{
		ev(9, at.Add(time.Hour), fleetKey(1)),        // the old key after the rotation
		ev(10, at.Add(-time.Minute), next),           // the new key before it
		ev(11, at.Add(time.Hour), next),              // the new key after it
		ev(12, day0.Add(21*time.Hour), next),         // after the revocation
		ev(13, at.Add(-30*time.Second), fleetKey(1)), // the old key before the rotation
	})
	_, out := p.mustInvoke(proposal{creator: p.admin, at: now, args: [][]byte{[]byte(ledger.FnSubmitBatch)}, transient: map[string][]byte{TransientArg: late}})
	var results []ledger.EventResult
	if err := json.Unmarshal(out, &results); err != nil {
		t.Fatal(err)
	}
	want := []string{"bad_signature", "bad_signature", "", "revoked_device", ""}
	for i, r := range results {
		if r.Class != want[i] || (want[i] == "") != (r.Status == ledger.StatusStored) {
			t.Errorf("event %d: %+v; want class %q", i, r, want[i])
		}
	}
}

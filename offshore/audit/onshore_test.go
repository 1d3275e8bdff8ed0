package audit_test

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// signedLedger is an onshore ledger of the fixture's records, signed, with
// its device registry (audit.Devices).
type signedLedger struct {
	reg    *telemetry.Registry
	events map[uint64][]telemetry.SignedEvent
	regErr error
}

var (
	_ audit.Records = (*signedLedger)(nil)
	_ audit.Devices = (*signedLedger)(nil)
)

func (l *signedLedger) Records(_ context.Context, _ telemetry.PoolID, epoch uint64, visit func(telemetry.SignedEvent) error) error {
	for _, e := range l.events[epoch] {
		if err := visit(e); err != nil {
			return err
		}
	}
	return nil
}

func (l *signedLedger) Registry(context.Context) (*telemetry.Registry, error) { return l.reg, l.regErr }

func auditKey(cabinet uint32, generation byte) ed25519.PrivateKey {
	seed := sha256.Sum256(append(binary.BigEndian.AppendUint32([]byte("audit-device-key"), cabinet), generation))
	return ed25519.NewKeyFromSeed(seed[:])
}

// rotatedLedger signs the fixture's records with a registry in which the
// first disclosure's first cabinet rotated its key halfway through that
// cabinet's records of the epoch: its records before the rotation are
// signed by the old key, those after by the new one. It returns the
// ledger, the epoch, and the index of the first record after the rotation.
func rotatedLedger(t *testing.T) (*signedLedger, uint64, int) {
	t.Helper()
	f := fixture(t)
	const registry = "audit-test-registry"
	l := &signedLedger{reg: telemetry.NewRegistry(registry), events: map[uint64][]telemetry.SignedEvent{}}
	first := map[uint32]telemetry.Event{}
	for _, d := range f.Accepted {
		for _, e := range d.Events {
			if p, ok := first[e.Cabinet]; !ok || e.Time < p.Time {
				first[e.Cabinet] = e
			}
		}
	}
	for c, e := range first {
		if err := l.reg.Add(telemetry.Device{Cabinet: c, Pool: e.Pool, PublicKey: auditKey(c, 0).Public().(ed25519.PublicKey), RegisteredAt: time.Unix(e.Time, 0).Add(-24 * time.Hour)}); err != nil {
			t.Fatal(err)
		}
	}
	epoch := f.Accepted[0].Epoch
	evs := f.Accepted[0].Events
	cab := evs[0].Cabinet
	var own []int
	for i, e := range evs {
		if e.Cabinet == cab {
			own = append(own, i)
		}
	}
	if len(own) < 2 {
		t.Fatalf("cabinet %d has %d records in epoch %d: the test needs two", cab, len(own), epoch)
	}
	slices.SortFunc(own, func(a, b int) int { return int(evs[a].Time - evs[b].Time) })
	after := own[len(own)/2]
	if evs[after].Time == evs[own[len(own)/2-1]].Time {
		t.Fatal("the records around the rotation share a time")
	}
	at := time.Unix(evs[after].Time, 0)
	if err := l.reg.Rotate(cab, auditKey(cab, 1).Public().(ed25519.PublicKey), at); err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Accepted {
		for _, e := range d.Events {
			k := auditKey(e.Cabinet, 0)
			if e.Cabinet == cab && !time.Unix(e.Time, 0).Before(at) {
				k = auditKey(e.Cabinet, 1)
			}
			l.events[d.Epoch] = append(l.events[d.Epoch], telemetry.Sign(registry, k, e))
		}
	}
	return l, epoch, after
}

func TestOnshoreRecomputeVerifiesEachRecordAgainstTheKeyOfItsTime(t *testing.T) {
	e := evidence(t)
	known, err := audit.EmbeddedPolicies()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name   string
		change func(l *signedLedger, epoch uint64, after int)
		want   error
		spills bool // the change reaches the later epochs too
	}{
		{"records signed by the old key before the rotation and the new key after it", func(*signedLedger, uint64, int) {}, nil, false},
		{"a record after the rotation signed by the old key", func(l *signedLedger, epoch uint64, after int) {
			ev := &l.events[epoch][after]
			*ev = telemetry.Sign(l.reg.ID, auditKey(ev.Cabinet, 0), ev.Event)
		}, telemetry.ErrRetiredKey, false},
		{"a record before the rotation signed by the new key", func(l *signedLedger, epoch uint64, after int) {
			// The cabinet's earliest record: its seq order need not be its
			// time order in the fixture, whose times are drawn at random.
			evs := l.events[epoch]
			first := after
			for i, e := range evs {
				if e.Cabinet == evs[after].Cabinet && e.Time < evs[first].Time {
					first = i
				}
			}
			ev := &evs[first]
			*ev = telemetry.Sign(l.reg.ID, auditKey(ev.Cabinet, 1), ev.Event)
		}, telemetry.ErrKeyNotYetValid, false},
		{"a record of a cabinet revoked before it", func(l *signedLedger, epoch uint64, after int) {
			if err := l.reg.Revoke(l.events[epoch][after].Cabinet, time.Unix(l.events[epoch][after].Time, 0)); err != nil {
				panic(err)
			}
		}, telemetry.ErrRevokedDevice, true},
		{"a record with a broken signature", func(l *signedLedger, epoch uint64, _ int) {
			l.events[epoch][1].Sig = slices.Clone(l.events[epoch][1].Sig)
			l.events[epoch][1].Sig[0] ^= 1
		}, telemetry.ErrBadSignature, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rep, err := audit.Verify(roundTrip(t, e), audit.Options{})
			if err != nil {
				t.Fatal(err)
			}
			l, epoch, after := rotatedLedger(t)
			c.change(l, epoch, after)
			if err := audit.CheckOnshore(context.Background(), l, rep, known); err != nil {
				t.Fatal(err)
			}
			got := rep.Results[0].Err
			if c.want == nil {
				if got != nil {
					t.Fatalf("first disclosure: %v; want it to pass", got)
				}
			} else if !errors.Is(got, audit.ErrRecordSignature) || !errors.Is(got, audit.ErrOnshore) || !errors.Is(got, c.want) {
				t.Fatalf("first disclosure: %v; want ErrRecordSignature wrapping %v", got, c.want)
			}
			for _, r := range rep.Results[1:] {
				if r.Err != nil && !c.spills {
					t.Fatalf("an untouched epoch failed: %v", r.Err)
				}
			}
		})
	}
	t.Run("an unreadable registry fails as a whole", func(t *testing.T) {
		rep, err := audit.Verify(roundTrip(t, e), audit.Options{})
		if err != nil {
			t.Fatal(err)
		}
		l, _, _ := rotatedLedger(t)
		l.regErr = errors.New("peer down")
		if err := audit.CheckOnshore(context.Background(), l, rep, known); !errors.Is(err, audit.ErrLedger) {
			t.Fatalf("CheckOnshore: %v; want %v", err, audit.ErrLedger)
		}
	})
}

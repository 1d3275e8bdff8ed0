package ledger

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestConfigValidate(t *testing.T) {
	cases := []struct {
		name   string
		change func(*Config)
		want   string // substring of the error; "" for valid
	}{
		{"the default is valid", func(*Config) {}, ""},
		{"an operator outside the consortium is refused", func(c *Config) { c.OperatorMSP = "OtherMSP" }, "not one of orgs"},
		{"an MSP id with a slash is refused", func(c *Config) { c.Orgs = append(c.Orgs, "a/b") }, "orgs[3]"},
		{"an org listed twice is refused", func(c *Config) { c.Orgs = append(c.Orgs, "AuditorMSP") }, "listed twice"},
		{"no orgs is refused", func(c *Config) { c.Orgs = nil }, "at least one"},
		{"a chunk capacity that is not a power of two is refused", func(c *Config) { c.ChunkCapacity = 1000 }, "chunk_capacity"},
		{"a negative grace is refused", func(c *Config) { c.Grace = -time.Second }, "grace"},
		{"a negative skew window is refused", func(c *Config) { c.MaxSkew = -time.Second }, "max_skew"},
		{"empty bounds are refused", func(c *Config) { c.Bounds = telemetry.Bounds{} }, "bounds"},
		{"no records collection is refused", func(c *Config) { c.RecordsCollection = "" }, "records_collection"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg := Default()
			tc.change(&cfg)
			_, err := New(cfg)
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Errorf("got %v, want an error naming %q", err, tc.want)
			}
		})
	}
}

func TestRegistryChangesNeedTheOperatorAdmin(t *testing.T) {
	f := newFleet(t, 2, 0)
	cases := []struct {
		name   string
		caller Identity
		want   error
	}{
		{"the operator's admin may", operatorAdmin, nil},
		{"a non-admin of the operator may not", Identity{MSPID: "OperatorMSP", ID: "clerk"}, ErrNotAuthorized},
		{"another org's admin may not", Identity{MSPID: "AuditorMSP", ID: "admin@auditor", Admin: true}, ErrNotAuthorized},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newMemLedger(t, testConfig(), afterDay0)
			l.caller = tc.caller
			cl := NewClient(l)
			_, err := cl.RegisterDevices(ctx, f.reg)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("register: %v, want %v", err, tc.want)
			}
			if err := cl.RevokeDevice(ctx, 1, day0); tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("revoke: %v, want %v", err, tc.want)
			}
		})
	}
}

func TestRegisteringDevicesIsIdempotentAndRefusesOtherKeys(t *testing.T) {
	_, cl, f := setup(t, 3, 0)
	if n, err := cl.RegisterDevices(ctx, f.reg); err != nil || n != 0 {
		t.Errorf("registering the same devices again: added %d, %v; want 0, nil", n, err)
	}
	got, err := cl.Registry(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != testRegistry || got.Len() != 3 {
		t.Errorf("registry %q with %d devices", got.ID, got.Len())
	}

	other := telemetry.NewRegistry(testRegistry)
	pub, _, _ := ed25519.GenerateKey(bytes.NewReader(make([]byte, 64)))
	if err := other.Add(telemetry.Device{Cabinet: 2, Pool: testPool, PublicKey: pub, RegisteredAt: day0}); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.RegisterDevices(ctx, other); !errors.Is(err, ErrConflict) {
		t.Errorf("another key for cabinet 2: %v, want ErrConflict", err)
	}
	if _, err := cl.RegisterDevices(ctx, telemetry.NewRegistry("another-registry")); !errors.Is(err, ErrConflict) {
		t.Errorf("another registry id: %v, want ErrConflict", err)
	}
	added := telemetry.NewRegistry(testRegistry)
	if err := added.Add(telemetry.Device{Cabinet: 9, Pool: testPool, PublicKey: pub, RegisteredAt: day0}); err != nil {
		t.Fatal(err)
	}
	if n, err := cl.RegisterDevices(ctx, added); err != nil || n != 1 {
		t.Errorf("a new cabinet: added %d, %v; want 1", n, err)
	}
	revoked := newFleet(t, 3, 0).reg
	at := day0.Add(time.Hour)
	if err := revoked.Revoke(1, at); err != nil {
		t.Fatal(err)
	}
	if n, err := cl.RegisterDevices(ctx, revoked); err != nil || n != 0 {
		t.Errorf("a registry revoking cabinet 1: added %d, %v; want 0, nil", n, err)
	}
	if got, _ := cl.Registry(ctx); got == nil || !got.Devices()[0].Revoked(at) || got.Devices()[1].Revoked(at) {
		t.Errorf("the registry's revocation of cabinet 1 was not recorded (only)")
	}
	revokedLater := newFleet(t, 3, 0).reg
	if err := revokedLater.Revoke(1, at.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.RegisterDevices(ctx, revokedLater); !errors.Is(err, ErrConflict) {
		t.Errorf("another revocation time through the registry: %v, want ErrConflict", err)
	}
	if err := cl.RevokeDevice(ctx, 42, day0); !errors.Is(err, ErrNotFound) {
		t.Errorf("revoking an unknown cabinet: %v, want ErrNotFound", err)
	}
	if err := cl.RevokeDevice(ctx, 2, day0.Add(-72*time.Hour)); !errors.Is(err, ErrBackdated) {
		t.Errorf("revoking before registration: %v, want ErrBackdated", err)
	}
}

func TestARevokedKeySignsNothingFromItsRevocationOn(t *testing.T) {
	_, cl, f := setup(t, 1, 0)
	at := day0.Add(6 * time.Hour)
	if err := cl.RevokeDevice(ctx, 1, at); err != nil {
		t.Fatal(err)
	}
	if err := cl.RevokeDevice(ctx, 1, at); err != nil {
		t.Errorf("the same revocation again: %v, want nil", err)
	}
	if err := cl.RevokeDevice(ctx, 1, at.Add(time.Hour)); !errors.Is(err, ErrConflict) {
		t.Errorf("another revocation time: %v, want ErrConflict", err)
	}
	res := submit(t, cl, []telemetry.SignedEvent{
		f.sign(event(1, 1, at.Add(-time.Second))),
		f.sign(event(1, 2, at)),
		f.sign(event(1, 3, at.Add(time.Hour))),
	})
	if res[0].Status != StatusStored || res[1].Class != "revoked_device" || res[2].Class != "revoked_device" {
		t.Errorf("got %+v, want stored then two revoked_device", res)
	}
	if !errors.Is(res[1].Err(), telemetry.ErrRevokedDevice) {
		t.Errorf("Err() = %v, want telemetry.ErrRevokedDevice", res[1].Err())
	}
}

func sealedLedger(t *testing.T) (*memLedger, *Client, *Seal) {
	l, cl, f := setup(t, 2, 0)
	submit(t, cl, f.day([]uint32{1, 2}, 4))
	l.now = sealable
	s, err := cl.Seal(ctx, testPool, epoch0, dailyPolicy(t))
	if err != nil {
		t.Fatal(err)
	}
	return l, cl, s
}

func TestAttestationsAreOnePerConsortiumOrg(t *testing.T) {
	l, cl, _ := sealedLedger(t)
	auditor := Identity{MSPID: "AuditorMSP", ID: "attestor@auditor"}
	req := AttestationRequest{Pool: testPool, Epoch: epoch0, Org: "AuditorMSP", Signer: "0x" + strings.Repeat("ab", 20), Signature: bytes.Repeat([]byte{7}, 65), Digest: field.Digest(bytes.Repeat([]byte{0xcd}, 32))}
	cases := []struct {
		name   string
		caller Identity
		change func(*AttestationRequest)
		want   error
	}{
		{"a member attesting for itself is recorded", auditor, func(*AttestationRequest) {}, nil},
		{"the identical attestation again is a no-op", auditor, func(*AttestationRequest) {}, nil},
		{"another signature by the same org conflicts", auditor, func(r *AttestationRequest) { r.Signature = bytes.Repeat([]byte{8}, 65) }, ErrConflict},
		{"another message by the same org conflicts, even from a new key", auditor, func(r *AttestationRequest) {
			r.Signer, r.Signature, r.Digest = "0x"+strings.Repeat("ef", 20), bytes.Repeat([]byte{9}, 65), field.Digest(bytes.Repeat([]byte{0xce}, 32))
		}, ErrConflict},
		{"an org outside the consortium is not authorized", Identity{MSPID: "RogueMSP"}, func(r *AttestationRequest) { r.Org = "RogueMSP" }, ErrNotAuthorized},
		{"attesting for another org is not authorized", auditor, func(r *AttestationRequest) { r.Org = "CustodianMSP" }, ErrNotAuthorized},
		{"an unsealed epoch is not found", auditor, func(r *AttestationRequest) { r.Epoch++ }, ErrNotFound},
		{"a short signature is bad args", auditor, func(r *AttestationRequest) { r.Signature = r.Signature[:64] }, ErrBadArgs},
		{"a malformed signer is bad args", auditor, func(r *AttestationRequest) { r.Signer = "0x12" }, ErrBadArgs},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l.caller = tc.caller
			r := req
			tc.change(&r)
			_, err := cl.RecordAttestation(ctx, r)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Errorf("got %v, want %v", err, tc.want)
			}
		})
	}
	got, err := cl.Attestations(ctx, testPool, epoch0)
	if err != nil || len(got) != 1 || got[0].Org != "AuditorMSP" {
		t.Errorf("attestations %+v, %v; want the auditor's only", got, err)
	}
	// The org rotated its attestor key (the L2 committee with it): the same
	// message signed by the new key replaces its attestation.
	l.caller = auditor
	rekeyed := req
	rekeyed.Signer, rekeyed.Signature = "0x"+strings.Repeat("ef", 20), bytes.Repeat([]byte{9}, 65)
	if _, err := cl.RecordAttestation(ctx, rekeyed); err != nil {
		t.Fatalf("the same message under the org's new key: %v", err)
	}
	got, err = cl.Attestations(ctx, testPool, epoch0)
	if err != nil || len(got) != 1 || got[0].Signer != rekeyed.Signer || !bytes.Equal(got[0].Signature, rekeyed.Signature) {
		t.Errorf("after the re-key: %+v, %v; want the new key's attestation only", got, err)
	}
}

func TestTheExportLogIsIdempotentPerTransaction(t *testing.T) {
	l, cl, s := sealedLedger(t)
	x := ExportRequest{Pool: testPool, Epoch: epoch0, PolicyHash: s.PolicyHash, ChainID: 31337, Registry: "0x" + strings.Repeat("11", 20), TxHash: field.Digest(bytes.Repeat([]byte{0x22}, 32)), Block: 7, Time: sealable}
	for i := range 2 {
		if _, err := cl.RecordExport(ctx, x); err != nil {
			t.Fatalf("export %d: %v", i, err)
		}
	}
	changed := x
	changed.Block = 8
	if _, err := cl.RecordExport(ctx, changed); !errors.Is(err, ErrConflict) {
		t.Errorf("same tx, other block: %v, want ErrConflict", err)
	}
	wrongPolicy := x
	wrongPolicy.TxHash = field.Digest(bytes.Repeat([]byte{0x33}, 32))
	wrongPolicy.PolicyHash = field.FromUint64(0x44)
	if _, err := cl.RecordExport(ctx, wrongPolicy); !errors.Is(err, ErrConflict) {
		t.Errorf("another policy than the seal's: %v, want ErrConflict", err)
	}
	l.caller = Identity{MSPID: "RogueMSP"}
	if _, err := cl.RecordExport(ctx, x); !errors.Is(err, ErrNotAuthorized) {
		t.Errorf("an outsider: %v, want ErrNotAuthorized", err)
	}
	l.caller = Identity{MSPID: "CustodianMSP", ID: "reader"}
	log, err := cl.ExportLog(ctx, testPool)
	if err != nil || len(log) != 1 || log[0].Block != 7 || log[0].RecordedBy != "OperatorMSP" {
		t.Errorf("export log %+v, %v", log, err)
	}
	all, err := cl.ListSeals(ctx, "")
	if err != nil || len(all) != 1 || all[0].Root != s.Root {
		t.Errorf("list seals %+v, %v", all, err)
	}
	st, err := cl.Stats(ctx)
	if err != nil || st.Devices != 2 || len(st.Pools) != 1 || st.Pools[0].SealedRecords != s.Count || *st.Pools[0].LastSealedEpoch != epoch0 {
		t.Errorf("stats %+v, %v", st, err)
	}
}

func TestErrorsKeepTheirSentinelAcrossTheWire(t *testing.T) {
	for _, code := range Codes() {
		sentinel := sentinelOf(code)
		t.Run(code, func(t *testing.T) {
			wire := toWire(fmt.Errorf("Seal: %w: details", sentinel))
			if !strings.HasPrefix(wire.Error(), "rwabridge:"+code+": ") {
				t.Fatalf("wire form %q lacks the code prefix", wire)
			}
			// A transport keeps only the text, wrapped in its own words.
			remote := errors.New("rpc error: code = Aborted desc = " + wire.Error())
			back := FromWire(remote)
			if !errors.Is(back, sentinel) || !errors.Is(back, remote) {
				t.Errorf("FromWire(%q) = %v does not match the sentinel and the transport error", remote, back)
			}
			for _, other := range Codes() {
				if other != code && errors.Is(back, sentinelOf(other)) {
					t.Errorf("also matches %s", other)
				}
			}
		})
	}
	t.Run("free text naming a sentinel does not match it", func(t *testing.T) {
		err := errors.New("the epoch already sealed, says the message; rwabridge:nonsense: x")
		if back := FromWire(err); errors.Is(back, ErrEpochSealed) || back != err {
			t.Errorf("FromWire matched free text: %v", back)
		}
	})
	t.Run("an engine failure is internal", func(t *testing.T) {
		if w := toWire(errors.New("disk full")); Code(w) != CodeInternal || !strings.HasPrefix(w.Error(), "rwabridge:internal: ") {
			t.Errorf("got %q", w)
		}
	})
}

func TestCallersOutsideTheConsortiumMayDoNothing(t *testing.T) {
	l, cl, s := sealedLedger(t)
	l.caller = Identity{MSPID: "MalloryMSP", ID: "mallory", Admin: true}
	f := newFleet(t, 1, 0)
	if _, err := cl.SubmitBatch(ctx, []telemetry.SignedEvent{f.sign(event(1, 77, day0.Add(25*time.Hour)))}); !errors.Is(err, ErrNotAuthorized) {
		t.Errorf("submit: %v, want ErrNotAuthorized", err)
	}
	if err := cl.Records(ctx, testPool, s.Epoch, func(telemetry.SignedEvent) error { return nil }); !errors.Is(err, ErrNotAuthorized) {
		t.Errorf("records: %v, want ErrNotAuthorized", err)
	}
	if _, err := cl.Seal(ctx, testPool, epoch0+1, dailyPolicy(t)); !errors.Is(err, ErrNotAuthorized) {
		t.Errorf("seal: %v, want ErrNotAuthorized", err)
	}
}

func TestQueriesNeverWrite(t *testing.T) {
	l, cl, _ := sealedLedger(t)
	chain(t, l, cl) // a ceremony log to read
	args := map[string]any{
		FnCeremonyLog: CeremonyRef{Ceremony: testCeremony},
		FnGetRegistry: struct{}{}, FnStats: struct{}{},
		FnGetSeal: SealRef{Pool: testPool, Epoch: epoch0}, FnAttestations: SealRef{Pool: testPool, Epoch: epoch0},
		FnListSeals: PoolRequest{}, FnExportLog: PoolRequest{Pool: testPool},
		FnRecords: RecordsRequest{Pool: testPool, Epoch: epoch0},
	}
	for _, fn := range Functions() {
		if !IsQuery(fn) {
			continue
		}
		arg, _ := json.Marshal(args[fn])
		tx := l.tx()
		if _, err := l.c.Dispatch(tx, fn, [][]byte{arg}); err != nil {
			t.Errorf("%s: %v", fn, err)
		}
		if len(tx.writes) != 0 {
			t.Errorf("%s wrote %v", fn, tx.writes)
		}
	}
	// Even a query handed a transaction's arguments can not write.
	tx := l.tx()
	if err := (readOnly{tx}).Put("k", nil); err == nil {
		t.Error("a read-only transaction accepted a write")
	}
	if _, err := l.c.Dispatch(tx, "Nope", [][]byte{nil}); !errors.Is(err, ErrBadArgs) {
		t.Errorf("unknown function: %v, want ErrBadArgs", err)
	}
	if _, err := l.c.Dispatch(tx, FnStats, nil); !errors.Is(err, ErrBadArgs) {
		t.Errorf("missing argument: %v, want ErrBadArgs", err)
	}
}

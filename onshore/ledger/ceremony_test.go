package ledger

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/internal/field"
)

// The consortium's three orgs, each calling as itself.
var (
	ceremonyOrgs = []Identity{
		{MSPID: "OperatorMSP", ID: "ceremony@operator"},
		{MSPID: "AuditorMSP", ID: "ceremony@auditor"},
		{MSPID: "CustodianMSP", ID: "ceremony@custodian"},
	}
	testCeremony = digestOf("ceremony plan")
)

func digestOf(s string) field.Digest { return field.Digest(sha256.Sum256([]byte(s))) }

// fileHash is the hash of the file contribution index of phase makes
// (index 0: the phase's initial file).
func fileHash(phase, index int) field.Digest {
	return digestOf(fmt.Sprintf("phase %d file %d", phase, index))
}

// contribution returns org's request for contribution index of phase,
// building on the file before.
func contribution(org Identity, phase, index int) ContributionRequest {
	return ContributionRequest{
		Ceremony: testCeremony, Phase: phase, Index: index, Org: org.MSPID,
		Contribution: fileHash(phase, index), Previous: fileHash(phase, index-1),
		Signer:    "0x" + strings.Repeat(fmt.Sprintf("%02X", 0xa0+index), 20), // upper case: the ledger stores it lower
		Signature: bytes.Repeat([]byte{byte(phase*16 + index)}, 65),
	}
}

// recordAs records r as caller.
func recordAs(l *memLedger, cl *Client, caller Identity, r ContributionRequest) (*Contribution, error) {
	l.caller = caller
	return cl.RecordContribution(ctx, r)
}

// chain records the three orgs' contributions to both phases, phase by
// phase, with the clock moving between them.
func chain(t *testing.T, l *memLedger, cl *Client) {
	t.Helper()
	for phase := 1; phase <= 2; phase++ {
		for i, org := range ceremonyOrgs {
			if _, err := recordAs(l, cl, org, contribution(org, phase, i+1)); err != nil {
				t.Fatalf("phase %d contribution %d by %s: %v", phase, i+1, org.MSPID, err)
			}
			l.now = l.now.Add(time.Minute)
		}
	}
}

func TestACeremonyLogIsOneChainPerPhaseReadInOrder(t *testing.T) {
	l := newMemLedger(t, testConfig(), afterDay0)
	cl := NewClient(l)
	// Recorded phase 2 first for the operator, to see the log ordered by
	// phase and index, not by time.
	first, err := recordAs(l, cl, ceremonyOrgs[0], contribution(ceremonyOrgs[0], 2, 1))
	if err != nil {
		t.Fatal(err)
	}
	if !first.RecordedAt.Equal(afterDay0) || first.TxID == "" || first.Signer != "0x"+strings.Repeat("a1", 20) {
		t.Errorf("recorded %+v; want the transaction's time and id and the signer in lower case", first)
	}
	l.now = l.now.Add(time.Minute)
	for i, org := range ceremonyOrgs {
		if _, err := recordAs(l, cl, org, contribution(org, 1, i+1)); err != nil {
			t.Fatalf("phase 1 contribution %d: %v", i+1, err)
		}
	}
	for i, org := range ceremonyOrgs[1:] {
		if _, err := recordAs(l, cl, org, contribution(org, 2, i+2)); err != nil {
			t.Fatalf("phase 2 contribution %d: %v", i+2, err)
		}
	}
	l.caller = Identity{MSPID: "AuditorMSP", ID: "reader"}
	got, err := cl.CeremonyLog(ctx, testCeremony)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 6 {
		t.Fatalf("log of %d entries, want 6: %+v", len(got), got)
	}
	for i, e := range got {
		phase, index := i/3+1, i%3+1
		want := contribution(ceremonyOrgs[index-1], phase, index)
		want.Signer = strings.ToLower(want.Signer)
		if !sameContribution(&e.ContributionRequest, &want) {
			t.Errorf("entry %d is %+v, want %+v", i, e.ContributionRequest, want)
		}
	}
	if !got[3].RecordedAt.Equal(afterDay0) || !got[0].RecordedAt.Equal(afterDay0.Add(time.Minute)) {
		t.Errorf("recorded at %s and %s; want each its transaction's time", got[3].RecordedAt, got[0].RecordedAt)
	}
	other, err := cl.CeremonyLog(ctx, digestOf("another plan"))
	if err != nil || other == nil || len(other) != 0 {
		t.Errorf("another ceremony's log: %+v, %v; want empty", other, err)
	}
	if _, err := cl.CeremonyLog(ctx, field.Digest{}); !errors.Is(err, ErrBadArgs) {
		t.Errorf("the log of ceremony 0: %v, want ErrBadArgs", err)
	}
}

func TestRecordingTheSameContributionAgainWritesNothing(t *testing.T) {
	l := newMemLedger(t, testConfig(), afterDay0)
	cl := NewClient(l)
	chain(t, l, cl)
	writes := len(l.log)
	for i, org := range ceremonyOrgs {
		r := contribution(org, 1, i+1)
		r.Signer = strings.ToLower(r.Signer) // either case is the same signer
		got, err := recordAs(l, cl, org, r)
		if err != nil {
			t.Fatalf("contribution %d again: %v", i+1, err)
		}
		if got.RecordedAt.Equal(l.now) || got.Index != i+1 || got.Org != org.MSPID {
			t.Errorf("contribution %d again returned %+v; want the recorded entry", i+1, got)
		}
	}
	if len(l.log) != writes {
		t.Errorf("replaying recorded contributions wrote %d keys, first %s", len(l.log)-writes, l.log[writes].Key)
	}
}

func TestContributionsOutsideTheChainAreRefused(t *testing.T) {
	l := newMemLedger(t, testConfig(), afterDay0)
	cl := NewClient(l)
	op, aud, cust := ceremonyOrgs[0], ceremonyOrgs[1], ceremonyOrgs[2]
	for i, org := range []Identity{op, aud} {
		if _, err := recordAs(l, cl, org, contribution(org, 1, i+1)); err != nil {
			t.Fatal(err)
		}
	}
	next := contribution(cust, 1, 3) // what the custodian may record
	opEntry := "OperatorMSP's contribution 1 (" + fileHash(1, 1).String()
	audEntry := "AuditorMSP's contribution 2 (" + fileHash(1, 2).String()
	cases := []struct {
		name   string
		caller Identity
		change func(*ContributionRequest)
		want   error
		naming string // the recorded entry a conflict names
	}{
		{"an org outside the consortium", Identity{MSPID: "RogueMSP", ID: "x"}, func(r *ContributionRequest) { r.Org = "RogueMSP" }, ErrNotAuthorized, ""},
		{"an org contributing in another's name", aud, func(*ContributionRequest) {}, ErrNotAuthorized, ""},
		{"a consortium org naming an outsider", cust, func(r *ContributionRequest) { r.Org = "RogueMSP" }, ErrNotAuthorized, ""},
		{"phase 0", cust, func(r *ContributionRequest) { r.Phase = 0 }, ErrBadArgs, ""},
		{"phase 3", cust, func(r *ContributionRequest) { r.Phase = 3 }, ErrBadArgs, ""},
		{"index 0", cust, func(r *ContributionRequest) { r.Index = 0 }, ErrBadArgs, ""},
		{"index 1001", cust, func(r *ContributionRequest) { r.Index = MaxContributions + 1 }, ErrBadArgs, ""},
		{"no ceremony", cust, func(r *ContributionRequest) { r.Ceremony = field.Digest{} }, ErrBadArgs, ""},
		{"no contribution hash", cust, func(r *ContributionRequest) { r.Contribution = field.Digest{} }, ErrBadArgs, ""},
		{"no previous hash", cust, func(r *ContributionRequest) { r.Previous = field.Digest{} }, ErrBadArgs, ""},
		{"a contribution that is the file it builds on", cust, func(r *ContributionRequest) { r.Contribution = r.Previous }, ErrBadArgs, ""},
		{"a malformed signer", cust, func(r *ContributionRequest) { r.Signer = "0x1234" }, ErrBadArgs, ""},
		{"a signer without 0x", cust, func(r *ContributionRequest) { r.Signer = strings.Repeat("ab", 20) }, ErrBadArgs, ""},
		{"a 64-byte signature", cust, func(r *ContributionRequest) { r.Signature = r.Signature[:64] }, ErrBadArgs, ""},
		{"a 66-byte signature", cust, func(r *ContributionRequest) { r.Signature = append(r.Signature, 0) }, ErrBadArgs, ""},
		{"a gap", cust, func(r *ContributionRequest) { *r = contribution(cust, 1, 4) }, ErrOutOfOrder, ""},
		{"a fork: another file at the next index", cust, func(r *ContributionRequest) { r.Previous = fileHash(1, 1) }, ErrConflict, audEntry},
		{"another org at a taken index", cust, func(r *ContributionRequest) { r.Index, r.Previous = 1, fileHash(1, 0) }, ErrConflict, opEntry},
		{"the same org at its index with another file", op, func(r *ContributionRequest) {
			*r = contribution(op, 1, 1)
			r.Contribution = digestOf("another file")
		}, ErrConflict, opEntry},
		{"the same org at its index with another signature", op, func(r *ContributionRequest) {
			*r = contribution(op, 1, 1)
			r.Signature = bytes.Repeat([]byte{0xee}, 65)
		}, ErrConflict, opEntry},
		{"an org contributing twice in a phase", op, func(r *ContributionRequest) { r.Org = op.MSPID }, ErrConflict, opEntry},
		{"a file already in the log", cust, func(r *ContributionRequest) { r.Contribution = fileHash(1, 1) }, ErrConflict, opEntry},
		{"the phase's initial file as a contribution", cust, func(r *ContributionRequest) { r.Contribution = fileHash(1, 0) }, ErrConflict, opEntry},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := next
			tc.change(&r)
			writes := len(l.log)
			_, err := recordAs(l, cl, tc.caller, r)
			if !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
			if tc.naming != "" && !strings.Contains(err.Error(), tc.naming) {
				t.Errorf("%q does not name the recorded entry %q", err, tc.naming)
			}
			if len(l.log) != writes {
				t.Errorf("a refused contribution wrote %d keys, first %s", len(l.log)-writes, l.log[writes].Key)
			}
		})
	}
	// Unknown fields are refused, not dropped.
	l.caller = cust
	arg, _ := json.Marshal(next)
	arg = append(arg[:len(arg)-1], []byte(`,"beacon":"0x00"}`)...)
	if _, err := l.Invoke(ctx, FnRecordContribution, arg); !errors.Is(FromWire(err), ErrBadArgs) {
		t.Errorf("an unknown field: %v, want ErrBadArgs", err)
	}
	// After all that the custodian's contribution is still the next one,
	// and phase 2 is a chain of its own.
	if _, err := recordAs(l, cl, cust, next); err != nil {
		t.Fatalf("the custodian's contribution: %v", err)
	}
	if _, err := recordAs(l, cl, aud, contribution(aud, 2, 1)); err != nil {
		t.Fatalf("the auditor opening phase 2: %v", err)
	}
	log, err := cl.CeremonyLog(ctx, testCeremony)
	if err != nil || len(log) != 4 || log[2].Org != cust.MSPID || log[3].Phase != 2 || log[3].Org != aud.MSPID {
		t.Errorf("log %+v, %v; want the three phase 1 entries then the auditor's phase 2", log, err)
	}
}

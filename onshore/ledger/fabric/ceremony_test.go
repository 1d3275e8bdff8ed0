package fabric

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// The chaincode records a ceremony's contributions as each org's own
// transactions, one public key per contribution, refuses one in another
// org's name or off the chain with its wire code, writes nothing for a
// replay, and answers CeremonyLog without writing.
func TestChaincodeRecordsACeremonyLog(t *testing.T) {
	p := newTestPeer(t)
	custodian := testCreator(t, "CustodianMSP", "User1@custodian", []string{"client"}, "")
	now := day0
	ceremony := field.Digest(sha256.Sum256([]byte("fabric ceremony plan")))
	file := func(i int) field.Digest { return field.Digest(sha256.Sum256(fmt.Appendf(nil, "phase 1 file %d", i))) }
	arg := func(org string, i int) []byte {
		b, err := json.Marshal(ledger.ContributionRequest{
			Ceremony: ceremony, Phase: 1, Index: i, Org: org, Contribution: file(i), Previous: file(i - 1),
			Signer: fmt.Sprintf("0x%040x", i), Signature: bytes.Repeat([]byte{byte(i)}, 65),
		})
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	call := func(creator []byte, fn string, a []byte) proposal {
		return proposal{creator: creator, at: now, args: [][]byte{[]byte(fn), a}}
	}
	for i, c := range []struct {
		creator []byte
		org     string
	}{{p.admin, "OperatorMSP"}, {p.auditor, "AuditorMSP"}} {
		stub, _ := p.mustInvoke(call(c.creator, ledger.FnRecordContribution, arg(c.org, i+1)))
		if len(stub.writes) != 1 || stub.writes[0].coll != "" {
			t.Fatalf("contribution %d wrote %v, want one public key", i+1, stub.writes)
		}
	}
	refusals := []struct {
		name string
		pr   proposal
		want error
	}{
		{"the auditor in the custodian's name", call(p.auditor, ledger.FnRecordContribution, arg("CustodianMSP", 3)), ledger.ErrNotAuthorized},
		{"a caller outside the consortium", call(p.stranger, ledger.FnRecordContribution, arg("StrangerMSP", 3)), ledger.ErrNotAuthorized},
		{"the custodian at the auditor's index", call(custodian, ledger.FnRecordContribution, arg("CustodianMSP", 2)), ledger.ErrConflict},
		{"the custodian after a gap", call(custodian, ledger.FnRecordContribution, arg("CustodianMSP", 4)), ledger.ErrOutOfOrder},
	}
	for _, r := range refusals {
		t.Run(r.name, func(t *testing.T) { p.mustRefuse(t, r.pr, r.want) })
	}
	p.mustInvoke(call(custodian, ledger.FnRecordContribution, arg("CustodianMSP", 3)))
	if stub, _ := p.mustInvoke(call(p.auditor, ledger.FnRecordContribution, arg("AuditorMSP", 2))); len(stub.writes) != 0 {
		t.Errorf("a replayed contribution wrote %v", stub.writes)
	}
	ref, _ := json.Marshal(ledger.CeremonyRef{Ceremony: ceremony})
	stub, out := p.mustInvoke(call(p.auditor, ledger.FnCeremonyLog, ref))
	if len(stub.writes) != 0 {
		t.Errorf("CeremonyLog wrote %v", stub.writes)
	}
	var log []ledger.Contribution
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if len(log) != 3 || log[0].Org != "OperatorMSP" || log[1].Org != "AuditorMSP" || log[2].Org != "CustodianMSP" || log[2].Previous != file(2) || !log[2].RecordedAt.Equal(now) {
		t.Errorf("log %+v; want the operator's, the auditor's and the custodian's contributions, chained", log)
	}
}

package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
)

// testCeremony describes a ceremony of three orgs whose keys hash to
// vkHash. Verify takes it as its caller established it (a verified
// transcript), so the fixture's development key stands in for its key.
func testCeremony(vkHash field.Digest) *audit.Ceremony {
	c := func(org string, b byte) keys.Contributor {
		return keys.Contributor{Org: org, Address: "0x00000000000000000000000000000000000000" + string("0123456789"[b]) + "1", Contribution: field.Digest{b}}
	}
	return &audit.Ceremony{VKHash: vkHash, Source: "transcript ceremony/, verified",
		Unchecked: []string{"phase 2's beacon: no value was given to check it against"}, LedgerLog: 6,
		Info: &keys.CeremonyInfo{ID: field.Digest{9}, Phase1: []keys.Contributor{c("OperatorMSP", 1), c("AuditorMSP", 2), c("CustodianMSP", 3)},
			Phase2:  []keys.Contributor{c("OperatorMSP", 4), c("AuditorMSP", 5), c("CustodianMSP", 6)},
			Beacons: []string{"phase 1: 0x01 (block 1)", "phase 2: 0x02 (block 2)"}}}
}

func TestEveryVerifierMustPinTheCeremonysKey(t *testing.T) {
	f := fixture(t)
	e := evidence(t)
	pinned := f.Addrs.VKHash

	member := e.Committees[0].Members[0]
	cer := testCeremony(pinned)
	// OperatorMSP signs with a committee member's key; the others with
	// keys only the plan names.
	cer.Info.Phase1[0].Address, cer.Info.Phase2[0].Address = member.Hex(), member.Hex()
	rep, err := audit.Verify(e, audit.Options{Ceremony: cer})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Err(); err != nil || rep.Ceremony == nil || len(rep.Ceremony.Pins) != 1 || !rep.Ceremony.Pins[0].Pins ||
		rep.Ceremony.Pins[0].Verifier != f.Addrs.Verifier {
		t.Fatalf("err %v, ceremony %+v", err, rep.Ceremony)
	}
	var text bytes.Buffer
	if err := rep.WriteTable(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"3 orgs contributed: OperatorMSP, AuditorMSP, CustodianMSP",
		"phase 1: 3 contributions, in order: OperatorMSP (signer " + member.Hex() + ", member of committee v" + fmt.Sprint(e.Committees[0].Version),
		"AuditorMSP (signer 0x0000000000000000000000000000000000000021, a member of no committee of the registry",
		"phase 2: 3 contributions, in order: OperatorMSP",
		"beacon phase 1: 0x01 (block 1)",
		"NOT CHECKED: phase 2's beacon",
		"ledger's log holds exactly these 6 contributions",
		"vk_hash " + pinned.String() + " is the one the verifier " + f.Addrs.Verifier.Hex() + " of pool pool-a (configured at block",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the report does not say %q:\n%s", want, text.String())
		}
	}
	var js bytes.Buffer
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var jr audit.JSONReport
	if err := json.Unmarshal(js.Bytes(), &jr); err != nil {
		t.Fatal(err)
	}
	if c := jr.Ceremony; c == nil || strings.Join(c.Orgs, ",") != "OperatorMSP,AuditorMSP,CustodianMSP" || c.VKHash != pinned ||
		len(c.Verifiers) != 1 || !c.Verifiers[0].Pins || len(c.Phase2) != 3 || len(c.Unchecked) != 1 || jr.ExitCode != 0 ||
		len(c.NotMembers) != 4 || slices.Contains(c.NotMembers, member) {
		t.Fatalf("json ceremony %+v, exit %d", jr.Ceremony, jr.ExitCode)
	}

	// Keys of another ceremony: the verifier pins another key.
	other := pinned
	other[0] ^= 1
	rep, err = audit.Verify(e, audit.Options{Ceremony: testCeremony(other)})
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Err(); !errors.Is(err, audit.ErrCeremonyKey) || !strings.Contains(err.Error(), f.Addrs.Verifier.Hex()) || rep.Failed() != 0 {
		t.Fatalf("err %v (%d disclosures failed); want ErrCeremonyKey naming verifier %s", err, rep.Failed(), f.Addrs.Verifier)
	}
	if _, code := audit.ClassName(rep.Err()); code != audit.ExitCeremonyKey {
		t.Errorf("exit code %d, want %d", code, audit.ExitCeremonyKey)
	}
	js.Reset()
	if err := rep.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(js.Bytes(), &jr); err != nil || jr.ExitCode != audit.ExitCeremonyKey || jr.Ceremony.Verifiers[0].Pins || jr.Ceremony.Error == "" {
		t.Fatalf("json: %v, exit %d, ceremony %+v", err, jr.ExitCode, jr.Ceremony)
	}
	// Without a ceremony, nothing of it is reported.
	rep, err = audit.Verify(e, audit.Options{})
	if err != nil || rep.Ceremony != nil || rep.Err() != nil {
		t.Fatalf("no ceremony: %v, %+v", err, rep.Ceremony)
	}
}

func TestAVerifierUpgradedToAnotherKeyFailsTheCeremonyCheck(t *testing.T) {
	ctx := context.Background()
	set := fixture(t).Keys // development keys, set up once
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := chaintest.Deploy(ctx, c, chaintest.DeployOptions{Keys: set})
	if err != nil {
		t.Fatal(err)
	}
	shape, err := chaintest.NewShape()
	if err != nil {
		t.Fatal(err)
	}
	upgraded, err := d.UpgradeVerifier(ctx, shape.VK)
	if err != nil {
		t.Fatal(err)
	}
	e, err := audit.Collect(ctx, c.Sim.Client(), d.Addresses.Registry, audit.CollectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Verify(e, audit.Options{Ceremony: testCeremony(d.Addresses.VKHash)})
	if err != nil {
		t.Fatal(err)
	}
	err = rep.Err()
	if !errors.Is(err, audit.ErrCeremonyKey) || !strings.Contains(err.Error(), upgraded.Hex()) || !strings.Contains(err.Error(), "upgraded to at block") {
		t.Fatalf("err %v; want ErrCeremonyKey naming the upgraded verifier %s", err, upgraded)
	}
	pins := rep.Ceremony.Pins
	if len(pins) != 2 || pins[0].Verifier != d.Addresses.Verifier || !pins[0].Pins || pins[1].Verifier != upgraded || pins[1].Pins ||
		pins[1].VKHash == common.Hash(d.Addresses.VKHash) {
		t.Fatalf("pins %+v", pins)
	}
}

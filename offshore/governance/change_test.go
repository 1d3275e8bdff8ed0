package governance_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

func TestEveryChangeIsDescribedInWords(t *testing.T) {
	a := &deploy.Addresses{Registry: common.HexToAddress("0x01"), IdentityRegistry: common.HexToAddress("0x02"),
		Token: common.HexToAddress("0x03"), Timelock: common.HexToAddress("0x04")}
	m1, m2 := common.HexToAddress("0xa1"), common.HexToAddress("0xa2")
	pool := telemetry.PoolID("pool").Field()
	cases := []struct {
		c    governance.Change
		want string
	}{
		{governance.SetCommittee(a.Registry, []common.Address{m1, m2}, 2),
			"registry " + a.Registry.Hex() + ": setCommittee(members=[" + m1.Hex() + ", " + m2.Hex() + "], threshold=2)"},
		{governance.AllowPolicy(a.Registry, pool, big.NewInt(255), 3000, 5), "allowPolicy(pool=pool, policyHash=0x00000000000000000000000000000000000000000000000000000000000000ff, payoutShareBp=3000, disclosed=5)"},
		{governance.DisallowPolicy(a.Registry, pool, big.NewInt(255)), "disallowPolicy(pool=pool, policyHash=0x00000000000000000000000000000000000000000000000000000000000000ff)"},
		{governance.SetSanityBounds(a.Registry, pool, [5]uint64{1, 2, 3, 4, 5}, [5]uint32{6, 7, 8, 9, 10}, [5]uint16{11, 12, 13, 14, 15}), "setSanityBounds(pool=pool, maxValue=[1 2 3 4 5], maxGrowthBp=[6 7 8 9 10], maxDropBp=[11 12 13 14 15])"},
		{governance.UpgradeVerifier(a.Registry, pool, m1, [32]byte{0xab}), "upgradeVerifier(pool=pool, newVerifier=" + m1.Hex() + ", expectedVkHash=0xab00"},
		{governance.ActivatePool(a.Registry, pool), "activatePool(pool=pool)"},
		{governance.Unpause(a.Registry), "registry " + a.Registry.Hex() + ": unpause()"},
		{governance.GrantRole(a.Token, deploy.AgentRole, m1), "token " + a.Token.Hex() + ": grantRole(role=agent, account=" + m1.Hex() + ")"},
		{governance.RevokeRole(a.IdentityRegistry, deploy.AgentRole, m2), "identity registry " + a.IdentityRegistry.Hex() + ": revokeRole(role=agent, account=" + m2.Hex() + ")"},
		{governance.GrantRole(a.Registry, [32]byte{7}, m1), "grantRole(role=0x0700"},
		{governance.BeginAdminTransfer(a.Registry, m2), "beginDefaultAdminTransfer(newAdmin=" + m2.Hex() + ")"},
		{governance.Change{Target: m1, Data: []byte{1, 2, 3, 4}}, m1.Hex() + ": unknown function 0x01020304"},
		{governance.Change{Target: a.Registry, Data: []byte{1}}, "call with 1 bytes of data"},
	}
	// A pool id that is no telemetry.PoolID stays hex.
	cases = append(cases, struct {
		c    governance.Change
		want string
	}{governance.ActivatePool(a.Registry, big.NewInt(0x01ff)), "activatePool(pool=0x1ff)"})
	for _, c := range cases {
		if got := governance.Describe(a, c.c.Target, c.c.Data); !strings.Contains(got, c.want) {
			t.Errorf("Describe = %q; want it to contain %q", got, c.want)
		}
	}
	// Without the deployment, the target is its address alone.
	if got := governance.Describe(nil, a.Registry, governance.Unpause(a.Registry).Data); got != a.Registry.Hex()+": unpause()" {
		t.Errorf("Describe without addresses = %q", got)
	}
}

func TestTimesHaveOneForm(t *testing.T) {
	at := time.Date(2026, 12, 9, 11, 0, 0, 0, time.FixedZone("CET", 3600))
	if got := governance.FormatTime(at); got != "2026-12-09T10:00:00Z" {
		t.Fatalf("FormatTime = %q", got)
	}
}

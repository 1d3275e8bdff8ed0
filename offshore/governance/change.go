package governance

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// Change is one call the timelock is to make on a contract it administers.
type Change struct {
	Target common.Address
	Data   []byte
}

var (
	registryABI = bindings.NewDisclosureRegistry()
	tokenABI    = bindings.NewRWAToken()
	identityABI = bindings.NewIdentityRegistry()
	timelockABI = bindings.NewRWATimelock()
)

// SetCommittee replaces the registry's committee (a new committee version).
func SetCommittee(registry common.Address, members []common.Address, threshold uint8) Change {
	return Change{registry, registryABI.PackSetCommittee(members, threshold)}
}

// AllowPolicy allows a policy in a pool with its payout share and the
// metrics it discloses (its policy.MetricSet), or changes the terms of an
// allowed one.
func AllowPolicy(registry common.Address, pool, policyHash *big.Int, payoutShareBp uint16, disclosed uint8) Change {
	return Change{registry, registryABI.PackAllowPolicy(pool, policyHash, payoutShareBp, disclosed)}
}

// DisallowPolicy withdraws a policy from a pool.
func DisallowPolicy(registry common.Address, pool, policyHash *big.Int) Change {
	return Change{registry, registryABI.PackDisallowPolicy(pool, policyHash)}
}

// SetSanityBounds replaces a pool's per-metric maxima, growth and drop
// bounds.
func SetSanityBounds(registry common.Address, pool *big.Int, maxValue [5]uint64, maxGrowthBp [5]uint32, maxDropBp [5]uint16) Change {
	return Change{registry, registryABI.PackSetSanityBounds(pool, maxValue, maxGrowthBp, maxDropBp)}
}

// UpgradeVerifier points a pool at a new verifier, which must pin vkHash.
func UpgradeVerifier(registry common.Address, pool *big.Int, verifier common.Address, vkHash [32]byte) Change {
	return Change{registry, registryABI.PackUpgradeVerifier(pool, verifier, vkHash)}
}

// ConfigurePool configures a new pool of the registry.
func ConfigurePool(registry common.Address, pool *big.Int, cfg bindings.DisclosureRegistryPoolConfig) Change {
	return Change{registry, registryABI.PackConfigurePool(pool, cfg)}
}

// ActivatePool reactivates a deactivated pool.
func ActivatePool(registry common.Address, pool *big.Int) Change {
	return Change{registry, registryABI.PackActivatePool(pool)}
}

// Unpause lets submissions into a paused registry again.
func Unpause(registry common.Address) Change {
	return Change{registry, registryABI.PackUnpause()}
}

// GrantRole grants role on target (the registry, the identity registry,
// the token or the timelock itself: all share AccessControl's grantRole)
// to account.
func GrantRole(target common.Address, role [32]byte, account common.Address) Change {
	return Change{target, registryABI.PackGrantRole(role, account)}
}

// RevokeRole revokes role on target from account.
func RevokeRole(target common.Address, role [32]byte, account common.Address) Change {
	return Change{target, registryABI.PackRevokeRole(role, account)}
}

// BeginAdminTransfer starts the two-step transfer of target's default
// admin to newAdmin, who may accept it once the contract's admin transfer
// delay has passed.
func BeginAdminTransfer(target, newAdmin common.Address) Change {
	return Change{target, registryABI.PackBeginDefaultAdminTransfer(newAdmin)}
}

// SetDelay changes the timelock's own delay (a call of the timelock on
// itself, so it waits out the current delay).
func SetDelay(timelock common.Address, d time.Duration) Change {
	return Change{timelock, timelockABI.PackUpdateDelay(big.NewInt(int64(d / time.Second)))}
}

// Roles are the role names the CLI and Describe know, by identifier: the
// contracts' roles and the timelock's own.
var Roles = map[string][32]byte{
	"guardian":      deploy.GuardianRole,
	"operator":      deploy.OperatorRole,
	"agent":         deploy.AgentRole,
	"default-admin": deploy.DefaultAdminRole,
	"proposer":      crypto.Keccak256Hash([]byte("PROPOSER_ROLE")),
	"executor":      crypto.Keccak256Hash([]byte("EXECUTOR_ROLE")),
	"canceller":     crypto.Keccak256Hash([]byte("CANCELLER_ROLE")),
}

// RoleName returns the name of a known role, else its hex.
func RoleName(r [32]byte) string {
	for n, id := range Roles {
		if id == r {
			return n
		}
	}
	return common.Hash(r).Hex()
}

// Describe puts a call into words: the contract (named after a, when it is
// one of a's) and the function with its arguments, e.g.
// "registry 0x…: setCommittee(members=[0x…, 0x…], threshold=2)". a may be nil.
func Describe(a *deploy.Addresses, target common.Address, data []byte) string {
	name, contract := targetName(a, target)
	where := target.Hex()
	if name != "" {
		where = name + " " + where
	}
	if len(data) < 4 {
		return fmt.Sprintf("%s: call with %d bytes of data", where, len(data))
	}
	var abis []*abi.ABI
	if contract != nil {
		abis = append(abis, contract)
	}
	abis = append(abis, registryMeta, identityMeta, tokenMeta, timelockMeta)
	for _, ab := range abis {
		m, err := ab.MethodById(data[:4])
		if err != nil {
			continue
		}
		vals, err := m.Inputs.Unpack(data[4:])
		if err != nil {
			return fmt.Sprintf("%s: %s with undecodable arguments (%v)", where, m.Name, err)
		}
		args := make([]string, len(vals))
		for i, v := range vals {
			args[i] = m.Inputs[i].Name + "=" + formatArg(m.Inputs[i].Name, v)
		}
		return fmt.Sprintf("%s: %s(%s)", where, m.Name, strings.Join(args, ", "))
	}
	return fmt.Sprintf("%s: unknown function 0x%x", where, data[:4])
}

var (
	registryMeta = onchain.MustABI(&bindings.DisclosureRegistryMetaData)
	identityMeta = onchain.MustABI(&bindings.IdentityRegistryMetaData)
	tokenMeta    = onchain.MustABI(&bindings.RWATokenMetaData)
	timelockMeta = onchain.MustABI(&bindings.RWATimelockMetaData)
)

func targetName(a *deploy.Addresses, t common.Address) (string, *abi.ABI) {
	if a == nil {
		return "", nil
	}
	switch t {
	case a.Registry:
		return "registry", registryMeta
	case a.IdentityRegistry:
		return "identity registry", identityMeta
	case a.Token:
		return "token", tokenMeta
	case a.Timelock:
		return "timelock", timelockMeta
	}
	return "", nil
}

func formatArg(name string, v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case []common.Address:
		s := make([]string, len(x))
		for i, a := range x {
			s[i] = a.Hex()
		}
		return "[" + strings.Join(s, ", ") + "]"
	case [32]byte:
		if name == "role" {
			return RoleName(x)
		}
		return common.Hash(x).Hex()
	case *big.Int:
		switch name {
		case "newDelay": // seconds
			if x.IsInt64() {
				return (time.Duration(x.Int64()) * time.Second).String()
			}
		case "pool": // telemetry.PoolID.Field: the id's bytes
			if id := telemetry.PoolID(x.Bytes()); id.Validate() == nil && id.Field().Cmp(x) == 0 {
				return string(id)
			}
			return "0x" + x.Text(16)
		case "policyHash": // a BN254 element, in its one form
			if e, err := field.FromBig(x); err == nil {
				return e.String()
			}
		}
		return x.String()
	case []byte:
		return fmt.Sprintf("0x%x", x)
	}
	return fmt.Sprint(v)
}

package audit

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
)

// ErrCeremonyKey: a verifier of an audited pool (the one it was configured
// with, or one an upgrade pointed it to) pins a verifying key other than
// the one the ceremony produces (Options.Ceremony).
var ErrCeremonyKey = errors.New("a verifier pins a key other than the ceremony's")

// Ceremony is the multi-party ceremony whose keys the audited verifiers
// must pin (Options.Ceremony). Whoever builds it has checked it: the
// transcript verified (circuits/ceremony.Verify), or a key set's
// description found on the onshore ledger's log (CheckInfoLog).
type Ceremony struct {
	Info   *keys.CeremonyInfo
	VKHash field.Digest // of the verifying key the ceremony produces
	// Source says, in words, what establishes Info and VKHash.
	Source string
	// Unchecked lists what establishing them did not check (a beacon the
	// auditor gave no value for), in words.
	Unchecked []string
	// LedgerLog is the number of entries of the onshore ledger's ceremony
	// log found to be exactly Info's contributions; 0 when it was not read.
	LedgerLog int
}

// Pin is a verifier of an audited pool and the key it pins.
type Pin struct {
	Verifier common.Address
	VKHash   common.Hash // the verifier's vkHash()
	// Pools name the pools it serves or served, each with how it became
	// their verifier: "pool-a (configured at block 12)", "pool-a
	// (upgraded to at block 40)".
	Pools []string
	Pins  bool // VKHash is the ceremony's
}

// CeremonyCheck is what Verify found of every audited verifier against
// Options.Ceremony.
type CeremonyCheck struct {
	*Ceremony
	Pins []Pin
	Err  error // the first verifier that pins another key (ErrCeremonyKey)
	// Members maps each contributor's signing address that some
	// committee of the registry listed to the last such committee's
	// version. The plan names the orgs' keys; an address no committee
	// ever listed is the plan's word alone (reported, not a failure: a
	// contributing org need not attest).
	Members map[common.Address]uint64
}

// checkCeremony checks that every verifier of the pools opts covers — each
// PoolConfigured log's and each VerifierUpgraded log's — pins c.VKHash,
// both as the log names it and as the contract's vkHash() returns it.
func (e *Evidence) checkCeremony(c *Ceremony, opts *Options) *CeremonyCheck {
	out := &CeremonyCheck{Ceremony: c, Members: map[common.Address]uint64{}}
	for _, x := range append(append([]keys.Contributor{}, c.Info.Phase1...), c.Info.Phase2...) {
		a := common.HexToAddress(x.Address)
		for _, cm := range e.Committees {
			if slices.Contains(cm.Members, a) {
				out.Members[a] = cm.Version
			}
		}
	}
	at := map[common.Address]int{}
	seen := map[string]bool{}
	for _, pc := range e.PoolConfigs {
		pool := pc.Pool.ToInt()
		if !opts.wants(pool) {
			continue
		}
		how := "configured"
		if seen[pool.String()] {
			how = "upgraded to"
		}
		seen[pool.String()] = true
		i, ok := at[pc.Verifier]
		if !ok {
			i = len(out.Pins)
			at[pc.Verifier] = i
			out.Pins = append(out.Pins, Pin{Verifier: pc.Verifier, VKHash: pc.VKHash, Pins: true})
		}
		p := &out.Pins[i]
		name := fmt.Sprintf("%s (%s at block %d)", poolName(pool), how, pc.Block)
		p.Pools = append(p.Pools, name)
		hash := pc.VKHash
		for _, v := range e.Verifiers {
			if v.Address == pc.Verifier && v.VKHash != pc.VKHash {
				hash = v.VKHash // the contract's own word over the log's
			}
		}
		p.VKHash = hash
		if pc.VKHash != common.Hash(c.VKHash) || hash != common.Hash(c.VKHash) {
			p.Pins = false
			if out.Err == nil {
				out.Err = fmt.Errorf("%w: verifier %s of pool %s pins vk_hash %s; the ceremony's keys hash to %s", ErrCeremonyKey, pc.Verifier, name, field.Digest(hash), c.VKHash)
			}
		}
	}
	if len(out.Pins) == 0 && out.Err == nil {
		out.Err = fmt.Errorf("%w: the evidence names no verifier of the audited pools", ErrCeremonyKey)
	}
	return out
}

// orgsLine is "3 orgs contributed: A, B, C".
func (c *Ceremony) orgsLine() string {
	orgs := c.Info.Orgs()
	return fmt.Sprintf("%d orgs contributed: %s", len(orgs), strings.Join(orgs, ", "))
}

func (k *CeremonyCheck) contributors(cs []keys.Contributor) string {
	var out []string
	for _, x := range cs {
		member := "a member of no committee of the registry"
		if v, ok := k.Members[common.HexToAddress(x.Address)]; ok {
			member = fmt.Sprintf("member of committee v%d", v)
		}
		out = append(out, fmt.Sprintf("%s (signer %s, %s; contribution %s)", x.Org, x.Address, member, x.Contribution))
	}
	return strings.Join(out, ", ")
}

// writeText writes the ceremony's part of the report for people.
func (k *CeremonyCheck) writeText(w io.Writer) error {
	c := k.Ceremony
	var b strings.Builder
	fmt.Fprintf(&b, "ceremony %s (%s): %s\n", c.Info.ID, c.Source, c.orgsLine())
	if c.Info.Phase1Import != "" {
		fmt.Fprintf(&b, "  phase 1: imported from %s\n", c.Info.Phase1Import)
	} else {
		fmt.Fprintf(&b, "  phase 1: %d contributions, in order: %s\n", len(c.Info.Phase1), k.contributors(c.Info.Phase1))
	}
	fmt.Fprintf(&b, "  phase 2: %d contributions, in order: %s\n", len(c.Info.Phase2), k.contributors(c.Info.Phase2))
	for _, x := range c.Info.Beacons {
		fmt.Fprintf(&b, "  beacon %s\n", x)
	}
	for _, x := range c.Unchecked {
		fmt.Fprintf(&b, "  NOT CHECKED: %s\n", x)
	}
	if c.LedgerLog > 0 {
		fmt.Fprintf(&b, "  the onshore ledger's log holds exactly these %d contributions, each recorded by its org\n", c.LedgerLog)
	} else {
		fmt.Fprintf(&b, "  the onshore ledger's log was not read (give --data or --ledger-config)\n")
	}
	for _, p := range k.Pins {
		if p.Pins {
			fmt.Fprintf(&b, "  vk_hash %s is the one the verifier %s of pool %s pins\n", c.VKHash, p.Verifier, strings.Join(p.Pools, ", "))
		}
	}
	if k.Err != nil {
		fmt.Fprintf(&b, "  FAIL ceremony-key: %v\n", k.Err)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// JSONCeremony is the ceremony's part of the report's JSON form.
type JSONCeremony struct {
	ID           field.Digest       `json:"id"`
	Source       string             `json:"source"`
	Orgs         []string           `json:"orgs"`
	Phase1       []keys.Contributor `json:"phase1"`
	Phase1Import string             `json:"phase1_import,omitempty"`
	Phase2       []keys.Contributor `json:"phase2"`
	Beacons      []string           `json:"beacons"`
	Unchecked    []string           `json:"unchecked"`
	LedgerLog    int                `json:"ledger_log_entries"` // 0: the log was not read
	VKHash       field.Digest       `json:"vk_hash"`
	Verifiers    []JSONPin          `json:"verifiers"`
	// NotMembers are the contributors' signing addresses no committee of
	// the registry ever listed.
	NotMembers []common.Address `json:"signers_in_no_committee"`
	Error      string           `json:"error,omitempty"`
}

// JSONPin is a verifier and whether it pins the ceremony's key.
type JSONPin struct {
	Verifier common.Address `json:"verifier"`
	VKHash   common.Hash    `json:"vk_hash"`
	Pools    []string       `json:"pools"`
	Pins     bool           `json:"pins_ceremony_key"`
}

func (k *CeremonyCheck) json() *JSONCeremony {
	c := k.Ceremony
	out := &JSONCeremony{ID: c.Info.ID, Source: c.Source, Orgs: c.Info.Orgs(), Phase1: c.Info.Phase1, Phase1Import: c.Info.Phase1Import,
		Phase2: c.Info.Phase2, Beacons: c.Info.Beacons, Unchecked: c.Unchecked, LedgerLog: c.LedgerLog, VKHash: c.VKHash, Verifiers: []JSONPin{},
		NotMembers: []common.Address{}}
	for _, x := range append(append([]keys.Contributor{}, c.Info.Phase1...), c.Info.Phase2...) {
		a := common.HexToAddress(x.Address)
		if _, ok := k.Members[a]; !ok && !slices.Contains(out.NotMembers, a) {
			out.NotMembers = append(out.NotMembers, a)
		}
	}
	for _, p := range k.Pins {
		out.Verifiers = append(out.Verifiers, JSONPin{Verifier: p.Verifier, VKHash: p.VKHash, Pools: p.Pools, Pins: p.Pins})
	}
	if out.Unchecked == nil {
		out.Unchecked = []string{}
	}
	if out.Beacons == nil {
		out.Beacons = []string{}
	}
	if k.Err != nil {
		out.Error = k.Err.Error()
	}
	return out
}

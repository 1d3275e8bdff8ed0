package investor

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Snapshot is everything the investor view shows, read from the registry
// at one block: every pool the registry configured, with its disclosures
// and the evidence behind each.
type Snapshot struct {
	Registry string    `json:"registry"`
	ChainID  string    `json:"chain_id"`
	Block    uint64    `json:"block"`      // the block every figure was read at
	Time     time.Time `json:"block_time"` // its timestamp, UTC
	ReadAt   time.Time `json:"read_at"`    // when the server read it, UTC
	// LocalVK describes the key file the server re-verifies proofs with;
	// nil when it was given none (it then uses each verifier contract's
	// own key, as each disclosure's evidence says).
	LocalVK *LocalVK `json:"local_vk"`
	// Explorer is the block explorer's URL template (Config.Explorer) the
	// page links transactions, addresses and blocks with; "" for none.
	Explorer string  `json:"explorer"`
	Pools    []*Pool `json:"pools"`
}

// LocalVK is the verifying key given to the server (--vk).
type LocalVK struct {
	Hash     field.Digest `json:"hash"`
	Insecure bool         `json:"insecure"` // a development key, not from a ceremony
}

// Pool is one pool of the registry.
type Pool struct {
	ID          string        `json:"id"`    // the pool id (telemetry.PoolID), or its field in hex when not a valid id
	Field       field.Element `json:"field"` // the id as the registry's uint256
	Active      bool          `json:"active"`
	Stale       bool          `json:"stale"` // registry.isStale: the epoch after the latest disclosed one has ended
	EpochLength uint32        `json:"epoch_seconds"`
	Verifier    string        `json:"verifier"`
	VKHash      field.Digest  `json:"vk_hash"` // the verifier's vkHash()
	// Keys says which kind of keys the verifier pins and how that is known.
	Keys        Keys    `json:"keys"`
	LatestEpoch *uint64 `json:"latest_epoch"`
	// Missing is, when the pool is Stale, the first epoch not disclosed:
	// the one after LatestEpoch, or with nothing disclosed the epoch of the
	// pool's first configuration block. nil when not stale.
	Missing *EpochSpan `json:"missing_epoch"`
	// Currency is the ISO 4217 code of the revenue figures (Config.Currency);
	// "" when the view was not told: the revenue is then in "currency units".
	Currency  string    `json:"currency"`
	Committee Committee `json:"committee"` // the current committee
	Token     *Token    `json:"token"`
	// Disclosures in increasing epoch order.
	Disclosures []*Disclosure `json:"disclosures"`
}

// The kinds of keys a pool's verifier may pin (Keys.Kind).
const (
	// KeysDev: a single-party development setup (circuits/keys.KindDev):
	// whoever ran it can forge proofs.
	KeysDev = string(keys.KindDev)
	// KeysCeremony: a multi-party ceremony's keys (circuits/keys.KindCeremony).
	KeysCeremony = string(keys.KindCeremony)
	// KeysUnknown: nothing given to the view names the keys: no key set
	// whose hash is the verifier's, no ceremony transcript. Treated as
	// development keys: a proof under them shows nothing against whoever
	// ran the setup.
	KeysUnknown = "unknown"
)

// Keys is what the view knows of the keys a pool's verifier pins. The
// chain holds only their hash: the kind comes from the key set given to
// the view (--vk, whose metadata names its setup) when its hash is the
// verifier's.
type Keys struct {
	Kind   string `json:"kind"`   // KeysDev, KeysCeremony or KeysUnknown
	Source string `json:"source"` // how the kind is known
	// Insecure: the figures rest on the committee alone until keys from
	// a ceremony are shown (every kind but KeysCeremony).
	Insecure bool `json:"insecure"`
	// Orgs are the orgs that contributed to a ceremony's keys, in order
	// of first contribution, and Ceremony its id (SHA-256 of its plan),
	// as the key set's metadata names them (KeysCeremony only).
	Orgs     []string `json:"orgs,omitempty"`
	Ceremony string   `json:"ceremony,omitempty"`
}

// Label names the kind for a person: a badge's or a banner's words.
func (k Keys) Label() string {
	switch k.Kind {
	case KeysDev:
		return "Insecure development keys"
	case KeysCeremony:
		return fmt.Sprintf("Keys from a ceremony of %d orgs: %s", len(k.Orgs), strings.Join(k.Orgs, ", "))
	}
	return "Keys of unproven origin"
}

// Warning is what the view says wherever a pool's keys are Insecure.
func (k Keys) Warning() string {
	if !k.Insecure {
		return ""
	}
	if k.Kind == KeysDev {
		return "WARNING: this pool's verifier pins INSECURE development keys (single-party setup): whoever ran the setup can forge proofs; the figures rest on the committee's signatures alone"
	}
	return "WARNING: nothing shows this pool's keys come from a multi-party ceremony (give the key set with --vk, or a ceremony transcript): treat them as development keys, which whoever ran the setup can forge proofs with"
}

// EpochSpan is an epoch of a pool with its bounds (UTC, End exclusive).
type EpochSpan struct {
	Epoch uint64    `json:"epoch"`
	Start time.Time `json:"epoch_start"`
	End   time.Time `json:"epoch_end"`
}

// Committee is a registry committee version.
type Committee struct {
	Version   uint64   `json:"version"`
	Members   []Member `json:"members"`
	Threshold int      `json:"threshold"`
}

// Member is a committee member: its address and, when the view was given
// one (Config.SignerNames), the name of the org it signs for.
type Member struct {
	Address string `json:"address"`
	Name    string `json:"name"` // e.g. "OperatorMSP"; "" when not known
}

// Label is how a person sees the member: "OperatorMSP (0x…)", or the
// address alone when its org is not known.
func (m Member) Label() string {
	if m.Name == "" {
		return m.Address
	}
	return m.Name + " (" + m.Address + ")"
}

// Token is the pool's RWA token.
type Token struct {
	Address       string `json:"address"`
	Name          string `json:"name"`
	Symbol        string `json:"symbol"`
	Decimals      uint8  `json:"decimals"`
	Supply        string `json:"supply"` // in whole tokens, a decimal
	Holders       int    `json:"holders"`
	PayoutToken   string `json:"payout_token"`
	PayoutSymbol  string `json:"payout_symbol"`
	PayoutDecimal uint8  `json:"payout_decimals"`
	// PaidOut and Claimed sum every epoch's payouts, in payout-token units.
	PaidOut string `json:"paid_out"`
	Claimed string `json:"claimed"`
}

// Disclosure is one accepted epoch and why it can be trusted.
type Disclosure struct {
	Epoch          uint64    `json:"epoch"`
	Start          time.Time `json:"epoch_start"` // UTC, epoch × the pool's epoch length
	End            time.Time `json:"epoch_end"`   // exclusive
	Swaps          uint64    `json:"swaps"`
	EnergyWh       uint64    `json:"energy_wh"`
	RevenueCents   uint64    `json:"revenue_cents"`
	ActiveCabinets uint64    `json:"active_cabinets"`
	MinSoHPermille uint64    `json:"min_soh_permille"`
	// Withheld names the metrics the disclosure's policy withholds (in
	// policy.Metric order; empty when the policy is not known here): their
	// fields above are 0 and are no figure. The record count is never
	// public (it is the swaps); Chunks is, and bounds it (see
	// policies/policy, "What a disclosure reveals").
	Withheld []string `json:"withheld"`
	// Suppressed: the epoch had fewer active cabinets than the policy's k
	// (or no records); the proof says only that, every metric is withheld.
	Suppressed bool          `json:"suppressed"`
	Chunks     uint32        `json:"chunks"`
	Root       field.Element `json:"root"`

	PolicyHash    field.Element `json:"policy_hash"`
	Policy        string        `json:"policy"` // id@version of the embedded policy with that hash, "" when none matches
	PayoutShareBP uint16        `json:"payout_share_bp"`

	// Verifier and VKHash: the pool's verifier when it was accepted.
	Verifier string       `json:"verifier"`
	VKHash   field.Digest `json:"vk_hash"`

	Tx        string    `json:"tx"`
	Block     uint64    `json:"block"`
	BlockTime time.Time `json:"block_time"`
	Submitter string    `json:"submitter"`

	CommitteeVersion uint64   `json:"committee_version"`
	Threshold        int      `json:"threshold"` // of that committee version
	Signers          []Signer `json:"signers"`   // recovered from the transaction's signatures

	OnChain Check   `json:"verified_onchain"`   // the registry holds exactly this disclosure
	Local   Check   `json:"reverified_locally"` // the proofs re-checked by this server
	Payout  *Payout `json:"payout"`             // nil when nothing was deposited
}

// IsWithheld reports whether the disclosure's policy withholds m.
func (d *Disclosure) IsWithheld(m policy.Metric) bool {
	return slices.Contains(d.Withheld, m.String())
}

// Signer is a committee signature recovered from a disclosure's calldata.
type Signer struct {
	Address string `json:"address"`
	Name    string `json:"name"`   // the org it signs for (Config.SignerNames); "" when not known
	Member  bool   `json:"member"` // a member of the committee version the disclosure was accepted under
}

// Label is how a person sees the signer (Member.Label).
func (s Signer) Label() string { return Member{Address: s.Address, Name: s.Name}.Label() }

// Signatures says how many signatures the disclosure carries from members
// of its committee and how many it needed: "3 signatures, 2 required",
// with ", 1 not from the committee" when others signed too.
func (d *Disclosure) Signatures() string {
	members := d.MemberSignatures()
	out := fmt.Sprintf("%d signature%s, %d required", members, plural(members), d.Threshold)
	if others := len(d.Signers) - members; others > 0 {
		out += fmt.Sprintf(", %d not from the committee", others)
	}
	return out
}

// MemberSignatures counts the signers who are members of the committee
// version the disclosure was accepted under.
func (d *Disclosure) MemberSignatures() int {
	n := 0
	for _, s := range d.Signers {
		if s.Member {
			n++
		}
	}
	return n
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Check statuses.
const (
	Verified   = "verified"
	NotChecked = "not checked"
	Failed     = "failed"
)

// Check is a verdict with what it rests on.
type Check struct {
	Status string `json:"status"` // Verified, NotChecked or Failed
	Detail string `json:"detail"`
}

// Payout is what was paid out for an epoch, in payout-token units.
type Payout struct {
	Deposited string `json:"deposited"`
	Cap       string `json:"cap"`
	Claimed   string `json:"claimed"`
	Claims    int    `json:"claims"`
}

// Pool returns the pool with the given id (or field), or nil.
func (s *Snapshot) Pool(id string) *Pool {
	for _, p := range s.Pools {
		if f, err := field.Parse(id); p.ID == id || err == nil && p.Field == f {
			return p
		}
	}
	return nil
}

// units formats x base units of a token with dec decimals as a plain
// decimal number (no grouping, no trailing zeros).
func units(x *big.Int, dec uint8) string {
	if x == nil {
		return "0"
	}
	neg := x.Sign() < 0
	s := new(big.Int).Abs(x).String()
	if dec > 0 {
		d := int(dec)
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		s = s[:len(s)-d] + "." + s[len(s)-d:]
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if neg {
		s = "-" + s
	}
	return s
}

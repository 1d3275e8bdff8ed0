package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
)

// Exit codes of `rwabridge audit verify`, one per failure class (the first
// failing disclosure's, in chain order).
const (
	ExitIO         = 1  // the chain, a file or the key could not be read
	ExitProof      = 10 // a chunk proof does not verify
	ExitVK         = 11 // the key is not the one the on-chain verifier pins
	ExitPolicy     = 12 // the policy hash is no known policy's
	ExitSignatures = 13 // not a quorum of the committee at that block
	ExitEvent      = 14 // the log's figures are not the calldata's
	ExitOnshore    = 15 // the onshore records do not give the disclosed figures
	ExitMalformed  = 16 // the evidence does not decode or contradicts itself
	ExitChunks     = 17 // chunk roots, their hash or the epoch root do not fit
	ExitIncomplete = 18 // the evidence leaves out a disclosure the registry holds
	// ExitCeremony: the ceremony transcript given to check the keys against
	// does not verify (rwabridge audit verify --ceremony; the command names
	// the ceremony's error).
	ExitCeremony    = 19
	ExitCeremonyKey = 20 // a verifier pins a key other than the ceremony's
	// ExitCeremonyLog: the onshore ledger's ceremony log disagrees with
	// the ceremony's contributors.
	ExitCeremonyLog = 21
)

// classes names each failure class and its exit code, in the order Verify
// checks them.
var classes = []struct {
	err  error
	name string
	code int
}{
	{ErrMalformed, "malformed", ExitMalformed},
	{ErrEventMismatch, "event-mismatch", ExitEvent},
	{ErrChunks, "chunk-roots", ExitChunks},
	{ErrPolicy, "policy", ExitPolicy},
	{ErrSignatures, "signatures", ExitSignatures},
	{ErrVK, "vk-mismatch", ExitVK},
	{ErrProof, "proof", ExitProof},
	{ErrOnshore, "onshore", ExitOnshore},
	{ErrIncomplete, "incomplete", ExitIncomplete},
	{ErrCeremonyKey, "ceremony-key", ExitCeremonyKey},
}

// ClassName returns the name and exit code of the failure class err wraps
// ("error", ExitIO for any other error).
func ClassName(err error) (name string, code int) {
	for _, c := range classes {
		if errors.Is(err, c.err) {
			return c.name, c.code
		}
	}
	return "error", ExitIO
}

// Verdict names a result: "OK", or "FAIL" with the failed check's class,
// the reason and its exit code.
func (r *Result) Verdict() (verdict, check, reason string, code int) {
	if r.Err == nil {
		return "OK", "", "", 0
	}
	check, code = ClassName(r.Err)
	return "FAIL", check, r.Err.Error(), code
}

// KeySources names where the keys that checked the proofs came from.
func (r *Report) KeySources() string {
	var out []string
	for i := range r.Results {
		s := string(r.Results[i].KeySource)
		if r.Results[i].KeySource == KeyFromVerifier {
			s += " (verifyingKey(), its hash checked against vkHash())"
		}
		if s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, "; ")
}

// WriteTable writes the report for people: a line per disclosure with its
// verdict and the failing check.
func (r *Report) WriteTable(w io.Writer) error {
	fmt.Fprintf(w, "chain %s registry %s: %d disclosures, %d failed\n", r.ChainID, r.Registry, len(r.Results), r.Failed())
	if src := r.KeySources(); src != "" {
		fmt.Fprintf(w, "verifying key from: %s\n", src)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "BLOCK\tTX\tPOOL\tEPOCH\tCHUNKS\tCOMMITTEE\tVERDICT\tFAILED CHECK")
	for i := range r.Results {
		x := &r.Results[i]
		v, check, reason, _ := x.Verdict()
		if check != "" {
			check += ": " + reason
		}
		if x.Err == nil && !x.EpochRootChecked {
			check = "(epoch root not recomputed: the key's chunk capacity is unknown; pass --vk)"
		}
		epoch := strconv.FormatUint(x.Epoch, 10)
		if x.Suppressed {
			epoch += " (suppressed: below k)"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\tv%d\t%s\t%s\n", x.Block, x.TxHash.Hex()[:10]+"…", x.Pool, epoch, x.Chunks,
			x.CommitteeVersion, v, strings.ReplaceAll(check, "\n", " "))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(r.Gaps) == 0 {
		if _, err := fmt.Fprintf(w, "complete: every disclosure of blocks %d to %d (block %d is %s: compare it with a node you trust)\n",
			r.FromBlock, r.ToBlock, r.ToBlock, r.ToBlockHash); err != nil {
			return err
		}
	}
	for _, g := range r.Gaps {
		if _, err := fmt.Fprintf(w, "INCOMPLETE: %v\n", g); err != nil {
			return err
		}
	}
	if r.Ceremony != nil {
		return r.Ceremony.writeText(w)
	}
	return nil
}

// JSONResult is one disclosure's verdict in the report's JSON form.
type JSONResult struct {
	TxHash           common.Hash `json:"tx_hash"`
	Block            uint64      `json:"block"`
	Function         string      `json:"function"`
	Pool             string      `json:"pool"`
	Epoch            uint64      `json:"epoch"`
	Chunks           uint32      `json:"chunks"`
	Suppressed       bool        `json:"suppressed"`
	Metrics          [5]uint64   `json:"metrics"`
	CommitteeVersion uint64      `json:"committee_version"`
	EpochRootChecked bool        `json:"epoch_root_checked"`
	KeySource        string      `json:"key_source,omitempty"`
	Verdict          string      `json:"verdict"`
	FailedCheck      string      `json:"failed_check,omitempty"`
	ExitCode         int         `json:"exit_code"`
	Error            string      `json:"error,omitempty"`
}

// JSONReport is the report's JSON form (`rwabridge audit verify --json`).
type JSONReport struct {
	ChainID     *big.Int       `json:"chain_id"`
	Registry    common.Address `json:"registry"`
	Verified    int            `json:"verified"`
	Failed      int            `json:"failed"`
	ExitCode    int            `json:"exit_code"`
	Disclosures []JSONResult   `json:"disclosures"`
	// The blocks the evidence covers, and what it leaves out of them
	// (empty: complete).
	FromBlock   uint64      `json:"from_block"`
	ToBlock     uint64      `json:"to_block"`
	ToBlockHash common.Hash `json:"to_block_hash"`
	Gaps        []string    `json:"gaps"`
	// Ceremony: the ceremony whose keys the verifiers must pin, its
	// contributors and the verdict on each verifier (absent without one).
	Ceremony *JSONCeremony `json:"ceremony,omitempty"`
}

// WriteJSON writes the report as indented JSON (JSONReport).
func (r *Report) WriteJSON(w io.Writer) error {
	out := JSONReport{ChainID: r.ChainID, Registry: r.Registry, Failed: r.Failed(), Disclosures: []JSONResult{},
		FromBlock: r.FromBlock, ToBlock: r.ToBlock, ToBlockHash: r.ToBlockHash, Gaps: []string{}}
	for _, g := range r.Gaps {
		out.Gaps = append(out.Gaps, g.Error())
	}
	out.Verified = len(r.Results) - out.Failed
	if r.Ceremony != nil {
		out.Ceremony = r.Ceremony.json()
	}
	if err := r.Err(); err != nil {
		_, out.ExitCode = ClassName(err)
	}
	for i := range r.Results {
		x := &r.Results[i]
		v, check, reason, code := x.Verdict()
		out.Disclosures = append(out.Disclosures, JSONResult{
			TxHash: x.TxHash, Block: x.Block, Function: x.Function, Pool: x.Pool, Epoch: x.Epoch, Chunks: x.Chunks, Suppressed: x.Suppressed,
			Metrics: x.Metrics, CommitteeVersion: x.CommitteeVersion, EpochRootChecked: x.EpochRootChecked,
			KeySource: string(x.KeySource), Verdict: v, FailedCheck: check, ExitCode: code, Error: reason,
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

package ledger

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/rwabridge/rwabridge/internal/field"
)

// MaxContributions is the most contributions one phase of a ceremony's log
// holds: Index runs from 1 to MaxContributions.
const MaxContributions = 1000

// recordContribution appends one org's contribution to the log of a
// (ceremony, phase). The log is one chain: each entry's Previous is the
// entry before's Contribution, indices run 1, 2, … without gaps, and an org
// contributes at most once per phase. The ledger does not verify the
// signature (its statement is encoded by circuits/ceremony); rwabridge
// ceremony verify checks the log against the transcript.
func (c *Contract) recordContribution(tx TxContext, arg []byte) ([]byte, error) {
	var req ContributionRequest
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if err := c.requireSelf(tx, req.Org, "contribute"); err != nil {
		return nil, err
	}
	if req.Phase != 1 && req.Phase != 2 {
		return nil, fmt.Errorf("%w: phase %d, want 1 (powers of tau) or 2 (circuit)", ErrBadArgs, req.Phase)
	}
	if req.Index < 1 || req.Index > MaxContributions {
		return nil, fmt.Errorf("%w: index %d outside [1, %d]", ErrBadArgs, req.Index, MaxContributions)
	}
	if req.Ceremony.IsZero() || req.Contribution.IsZero() || req.Previous.IsZero() {
		return nil, fmt.Errorf("%w: ceremony, contribution and previous are required (nonzero SHA-256 digests)", ErrBadArgs)
	}
	if req.Contribution == req.Previous {
		return nil, fmt.Errorf("%w: contribution %s is the file it builds on", ErrBadArgs, req.Contribution)
	}
	signer, err := parseAddress(req.Signer)
	if err != nil {
		return nil, fmt.Errorf("signer: %w", err)
	}
	if len(req.Signature) != 65 {
		return nil, fmt.Errorf("%w: signature is %d bytes, want 65 (r, s, v)", ErrBadArgs, len(req.Signature))
	}
	req.Signer = signer

	log, err := phaseLog(tx, req.Ceremony, req.Phase)
	if err != nil {
		return nil, err
	}
	key := contributionKey(req.Ceremony, req.Phase, req.Index)
	v := Contribution{ContributionRequest: req, RecordedAt: tx.Time().UTC(), TxID: tx.TxID()}
	what := fmt.Sprintf("ceremony %s phase %d", req.Ceremony, req.Phase)
	if req.Index <= len(log) {
		// The index is taken: the same request again returns the entry
		// and writes nothing; anything else conflicts with it.
		return recordOnce(tx, key, v, func(cur *Contribution) bool { return sameContribution(&cur.ContributionRequest, &req) },
			fmt.Errorf("%w: %s: index %d is taken by %s", ErrConflict, what, req.Index, describeContribution(&log[req.Index-1])))
	}
	for i := range log {
		e := &log[i]
		switch {
		case e.Org == req.Org:
			return nil, fmt.Errorf("%w: %s: %s contributed already, as %s", ErrConflict, what, req.Org, describeContribution(e))
		case e.Contribution == req.Contribution || e.Previous == req.Contribution:
			return nil, fmt.Errorf("%w: %s: contribution %s is already in the log, at %s", ErrConflict, what, req.Contribution, describeContribution(e))
		}
	}
	if req.Index != len(log)+1 {
		return nil, fmt.Errorf("%w: %s: the log holds %d contributions, so the next is %d, not %d", ErrOutOfOrder, what, len(log), len(log)+1, req.Index)
	}
	if len(log) > 0 {
		if last := &log[len(log)-1]; req.Previous != last.Contribution {
			return nil, fmt.Errorf("%w: %s: contribution %d builds on %s, but the log's last entry is %s", ErrConflict, what, req.Index, req.Previous, describeContribution(last))
		}
	}
	if err := putJSON(tx, key, v); err != nil {
		return nil, err
	}
	return json.Marshal(v)
}

// phaseLog reads the log of a (ceremony, phase) in index order and checks
// that it is the chain recordContribution writes.
func phaseLog(st State, ceremony field.Digest, phase int) ([]Contribution, error) {
	var log []Contribution
	err := rangeJSON(st, contributionPrefix(ceremony, phase), func(key string, v *Contribution) error {
		if v.Index != len(log)+1 || key != contributionKey(ceremony, phase, v.Index) {
			return fmt.Errorf("ledger state: %s holds contribution %d of a log with %d before it", key, v.Index, len(log))
		}
		log = append(log, *v)
		return nil
	})
	return log, err
}

func sameContribution(a, b *ContributionRequest) bool {
	return a.Ceremony == b.Ceremony && a.Phase == b.Phase && a.Index == b.Index && a.Org == b.Org &&
		a.Contribution == b.Contribution && a.Previous == b.Previous && a.Signer == b.Signer && bytes.Equal(a.Signature, b.Signature)
}

// describeContribution names a recorded contribution in refusals: who, where, what.
func describeContribution(e *Contribution) string {
	return fmt.Sprintf("%s's contribution %d (%s, recorded in tx %s)", e.Org, e.Index, e.Contribution, e.TxID)
}

func (c *Contract) ceremonyLog(tx TxContext, arg []byte) ([]byte, error) {
	var req CeremonyRef
	if err := decodeArg(arg, &req); err != nil {
		return nil, err
	}
	if req.Ceremony.IsZero() {
		return nil, fmt.Errorf("%w: ceremony is required (a nonzero SHA-256 digest)", ErrBadArgs)
	}
	return rawList(tx, ceremonyPrefix(req.Ceremony))
}

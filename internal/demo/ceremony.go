package demo

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/circuits/ceremony"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/ledger/embedded"
)

// CeremonyDir is where the demo holds its key ceremony (DataDir-relative):
// the transcript circuits/ceremony writes (rwabridge ceremony verify --dir
// reads it), its keys in CeremonyDir/keys.
const CeremonyDir = "ceremony"

// VerifiedFile, in CeremonyDir, records that a run verified the ceremony
// and which keys it derived: a later run reuses the ceremony only with it,
// and only while the keys are still those.
const VerifiedFile = "demo-verified.json"

// ceremonyLedgerID is the ledger identity each org records its
// contributions under (as rwabridge ceremony contribute does).
const ceremonyLedgerID = "rwabridge-ceremony"

// verifiedRecord is VerifiedFile.
type verifiedRecord struct {
	Ceremony field.Digest `json:"ceremony"`
	VKHash   field.Digest `json:"vk_hash"`
	PKSHA256 string       `json:"pk_sha256"`
	// Beacons say, by phase, which ledger block's hash closed the phase.
	Beacons  []string  `json:"beacons"`
	Verified time.Time `json:"verified"`
}

// beaconSource is what the plan announces as phase's beacon: a value
// public, and fixed only once the phase's last contribution is recorded,
// since the block holds that contribution's hash (the demo has no future
// L1 block to wait for).
func beaconSource(phase int) string {
	return fmt.Sprintf("the hash of the block of the demo's onshore ledger (embedded) that records phase %d's last contribution on the ceremony's log", phase)
}

func (r *run) ceremonyDir() string { return filepath.Join(r.cfg.DataDir, CeremonyDir) }

// ceremonyKeys runs the key ceremony of the demo's orgs (Committee), each
// contributing with its attestor key and recording its contributions on
// the onshore ledger as itself, each phase closed with its beacon (the
// ledger block that records its last contribution); then checks it as an
// auditor would (ceremony.Verify with the beacons looked up on the ledger,
// and the ledger's log against the transcript) before its keys are used.
// A ceremony an earlier run verified is reused while its keys are those
// verified.
func (r *run) ceremonyKeys(ctx context.Context) (string, error) {
	l, _, err := r.openLedger()
	if err != nil {
		return "", err
	}
	orgKeys := map[string]*ecdsa.PrivateKey{}
	var parts []ceremony.Participant
	for _, org := range Committee {
		k, _, err := r.l2Key(org)
		if err != nil {
			return "", err
		}
		orgKeys[org] = k
		parts = append(parts, ceremony.Participant{Org: org, Address: ethkey.Address(k).Hex()})
	}
	dir := r.ceremonyDir()
	rec, set, err := r.reusableCeremony(dir, parts)
	if err != nil {
		return "", err
	}
	if set != nil {
		t, err := ceremony.Open(dir)
		if err != nil {
			return "", err
		}
		recorded, err := r.logCeremony(ctx, l, t)
		if err != nil {
			return "", err
		}
		if recorded > 0 {
			fmt.Fprintf(r.out, "      the ledger was started afresh: each org recorded its signed contributions to the ceremony on it again (%d in all)\n", recorded)
		}
		r.keySet = set
		return fmt.Sprintf("reused the ceremony of %d orgs (%s) in %s, verified by the run of %s (rwabridge ceremony verify --dir %s re-checks it); its log on the ledger matches; keys for chunks of %d records: %d constraints, vk_hash %s",
			len(Committee), strings.Join(set.Meta.Ceremony.Orgs(), ", "), dir, rec.Verified.Format(time.RFC3339), dir,
			set.Meta.Capacity, set.Meta.Constraints, set.Meta.VKHash), nil
	}
	return r.runCeremony(ctx, l, dir, parts, orgKeys)
}

// reusableCeremony returns the verified ceremony in dir and its keys when
// a run verified it for these participants and its keys are still those;
// nil when there is none to reuse (an unfinished or unverified one is
// removed, to run anew).
func (r *run) reusableCeremony(dir string, parts []ceremony.Participant) (*verifiedRecord, *keys.Set, error) {
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	t, err := ceremony.Open(dir)
	var rec verifiedRecord
	if err == nil && t.OpenPhase() == 0 {
		err = readJSONFile(filepath.Join(dir, VerifiedFile), &rec)
	} else if err == nil {
		err = fmt.Errorf("phase %d is still open", t.OpenPhase())
	}
	if err != nil {
		fmt.Fprintf(r.out, "      an earlier run's ceremony in %s was not finished and verified (%v): holding it anew\n", dir, err)
		if err := os.RemoveAll(dir); err != nil {
			return nil, nil, fmt.Errorf("removing the unfinished ceremony: %w", err)
		}
		return nil, nil, nil
	}
	if !slices.Equal(t.Plan.Participants, parts) {
		return nil, nil, fmt.Errorf("%w: the ceremony in %s is of participants %v, the demo's orgs now hold the keys %v in %s: add --fresh to hold a new ceremony",
			ErrDataDirMismatch, dir, t.Plan.Participants, parts, filepath.Join(r.cfg.DataDir, L2KeysDir))
	}
	set, err := keys.Load(filepath.Join(dir, ceremony.KeysDir), r.cfg.Capacity, keys.KindCeremony)
	switch {
	case err != nil:
	case rec.Ceremony != t.ID || set.Meta.Ceremony == nil || set.Meta.Ceremony.ID != t.ID:
		err = fmt.Errorf("they are not of ceremony %s", t.ID)
	case set.Meta.VKHash != rec.VKHash || set.Meta.Files[keys.ExtPK].SHA256 != rec.PKSHA256:
		err = fmt.Errorf("verifying key %s (proving key SHA-256 %s), the verification found %s (%s)",
			set.Meta.VKHash, set.Meta.Files[keys.ExtPK].SHA256, rec.VKHash, rec.PKSHA256)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("the ceremony's keys in %s are not those its verification derived: %w (add --fresh to hold a new ceremony)",
			filepath.Join(dir, ceremony.KeysDir), err)
	}
	return &rec, set, nil
}

// runCeremony holds the ceremony in dir, verifies it and loads its keys.
func (r *run) runCeremony(ctx context.Context, l *embedded.Ledger, dir string, parts []ceremony.Participant, orgKeys map[string]*ecdsa.PrivateKey) (string, error) {
	st := r.newSteps()
	defer st.stop()
	st.next("plan: "+strings.Join(Committee, ", "), "")
	t, err := ceremony.Init(ctx, dir, ceremony.InitOptions{Capacity: r.cfg.Capacity, Participants: parts,
		Phase1Beacon: beaconSource(1), Phase2Beacon: beaconSource(2)})
	if err != nil {
		return "", err
	}
	detail := fmt.Sprintf("ceremony %s: %d constraints, domain %d", t.ID, t.Plan.Constraints, t.Plan.Domain)
	var beacons []string
	for phase := 1; phase <= 2; phase++ {
		var last *ledger.Contribution
		for _, org := range Committee {
			st.next(fmt.Sprintf("phase %d: %s contributes", phase, org), detail)
			e, err := ceremony.Contribute(ctx, dir, ceremony.ContributeOptions{Org: org, Key: orgKeys[org]})
			if err != nil {
				return "", err
			}
			if last, err = recordContribution(ctx, l, e.Statement); err != nil {
				return "", err
			}
			detail = fmt.Sprintf("%s, signed; recorded on the ledger by %s (tx %.12s…)", e.Contribution, org, last.TxID)
		}
		st.next(fmt.Sprintf("phase %d: close with its beacon", phase), detail)
		beacon, height, err := ledgerBeacon(l, last.TxID)
		if err != nil {
			return "", err
		}
		if _, err := ceremony.Close(ctx, dir, beacon, ceremony.Options{}); err != nil {
			return "", err
		}
		b := fmt.Sprintf("0x%s, the hash of ledger block %d", hex.EncodeToString(beacon), height)
		beacons = append(beacons, fmt.Sprintf("phase %d: %s", phase, b))
		detail = "beacon " + b
		if phase == 2 {
			detail += "; keys in " + filepath.Join(dir, ceremony.KeysDir)
		}
	}
	st.next("verify (the auditor's check)", detail)
	res, err := r.verifyCeremony(ctx, l, dir)
	if err != nil {
		return "", err
	}
	st.next("", "every signature, proof of update and seal; beacons against the ledger; the ledger's log; the keys")
	set, err := keys.Load(filepath.Join(dir, ceremony.KeysDir), r.cfg.Capacity, keys.KindCeremony)
	if err != nil {
		return "", err
	}
	rec := verifiedRecord{Ceremony: res.Transcript.ID, VKHash: res.VKHash, PKSHA256: set.Meta.Files[keys.ExtPK].SHA256,
		Beacons: beacons, Verified: time.Now().UTC()}
	doc, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return "", err
	}
	if err := atomicfile.WriteFile(filepath.Join(dir, VerifiedFile), append(doc, '\n'), 0o644); err != nil {
		return "", fmt.Errorf("ceremony: %w", err)
	}
	r.keySet = set
	n := len(res.Transcript.Phase1) + len(res.Transcript.Phase2)
	return fmt.Sprintf("ceremony of %d orgs (%s) in %s: %d contributions, each recorded on the onshore ledger by its org, verified; keys for chunks of %d records: %d constraints, vk_hash %s",
		len(Committee), strings.Join(set.Meta.Ceremony.Orgs(), ", "), dir, n, set.Meta.Capacity, set.Meta.Constraints, set.Meta.VKHash), nil
}

// verifyCeremony checks dir's ceremony as an auditor would, from the
// transcript and the ledger alone: each phase's beacon looked up on the
// ledger (the block recording the phase's last logged contribution), the
// whole transcript (ceremony.Verify, keys included), and the ledger's log
// against it.
func (r *run) verifyCeremony(ctx context.Context, l *embedded.Ledger, dir string) (*ceremony.Result, error) {
	t, err := ceremony.Open(dir)
	if err != nil {
		return nil, err
	}
	log, err := ceremonyLog(ctx, l, t.ID)
	if err != nil {
		return nil, err
	}
	beacons := map[int][]byte{}
	for _, e := range log { // in order: the last of each phase wins
		if beacons[e.Phase], _, err = ledgerBeacon(l, e.TxID); err != nil {
			return nil, err
		}
	}
	res, err := ceremony.Verify(ctx, dir, ceremony.VerifyOptions{Beacons: beacons})
	if err != nil {
		return nil, err
	}
	if !res.Complete || len(res.Unchecked) > 0 || res.KeysChecked == "" {
		return nil, fmt.Errorf("ceremony: verification incomplete (complete %t, keys checked %q, unchecked %v)", res.Complete, res.KeysChecked, res.Unchecked)
	}
	if err := res.Transcript.CheckLog(ceremony.LedgerLog(log)); err != nil {
		return nil, err
	}
	return res, nil
}

// logCeremony makes sure the ledger logs t's contributions, each recorded
// by its org (again, on a ledger started afresh), checks the log against
// the transcript and returns how many it recorded.
func (r *run) logCeremony(ctx context.Context, l *embedded.Ledger, t *ceremony.Transcript) (int, error) {
	log, err := ceremonyLog(ctx, l, t.ID)
	if err != nil {
		return 0, err
	}
	recorded := 0
	if len(log) == 0 {
		for _, e := range append(append([]ceremony.Entry{}, t.Phase1...), t.Phase2...) {
			if _, err := recordContribution(ctx, l, e.Statement); err != nil {
				return 0, err
			}
			recorded++
		}
		if log, err = ceremonyLog(ctx, l, t.ID); err != nil {
			return 0, err
		}
	}
	if err := t.CheckLog(ceremony.LedgerLog(log)); err != nil {
		return 0, err
	}
	return recorded, nil
}

// recordContribution records s on the ledger as its org.
func recordContribution(ctx context.Context, l *embedded.Ledger, s ceremony.Statement) (*ledger.Contribution, error) {
	c := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: s.Org, ID: ceremonyLedgerID}))
	rec, err := c.RecordContribution(ctx, ledger.ContributionRequest{
		Ceremony: s.Ceremony, Phase: s.Phase, Index: s.Index, Org: s.Org,
		Contribution: s.Contribution, Previous: s.Previous, Signer: s.Signer, Signature: s.Signature,
	})
	if err != nil {
		return nil, fmt.Errorf("%s recording its contribution %d of phase %d on the ledger: %w", s.Org, s.Index, s.Phase, err)
	}
	return rec, nil
}

// ceremonyLog reads the ledger's log of a ceremony.
func ceremonyLog(ctx context.Context, l *embedded.Ledger, id field.Digest) ([]ledger.Contribution, error) {
	c := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: l.Config().Contract.OperatorMSP, ID: ceremonyLedgerID}))
	log, err := c.CeremonyLog(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("reading the ceremony's log on the ledger: %w", err)
	}
	return log, nil
}

// ledgerBeacon returns the hash of the ledger block that committed
// transaction txID, and its height.
func ledgerBeacon(l *embedded.Ledger, txID string) ([]byte, uint64, error) {
	h, err := l.TxHeight(txID)
	if err != nil {
		return nil, 0, fmt.Errorf("the beacon's ledger block: %w", err)
	}
	b, err := l.Block(h)
	if err != nil {
		return nil, 0, fmt.Errorf("the beacon's ledger block: %w", err)
	}
	hash := b.Hash()
	return hash[:], h, nil
}

// readJSONFile decodes the JSON file at path into v.
func readJSONFile(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

package ceremony

import "errors"

// Errors. Each names one way a transcript, a file or a step can be wrong;
// the rwabridge ceremony command gives each its own exit code.
var (
	// ErrNotFound: no ceremony (no ceremony.json) where one was named, or
	// a file the transcript lists is missing.
	ErrNotFound = errors.New("ceremony not found")
	// ErrMalformed: a plan, statement or contribution that does not decode.
	ErrMalformed = errors.New("malformed ceremony file")
	// ErrTruncated: a contribution file that ends early.
	ErrTruncated = errors.New("truncated ceremony file")
	// ErrWrongCircuit: the ceremony is for a circuit (version, capacity,
	// constraint system) other than the one this build compiles.
	ErrWrongCircuit = errors.New("ceremony is for another circuit")
	// ErrWrongCeremony: a contribution signed for another ceremony (another
	// circuit, capacity, participant list or beacon announcement).
	ErrWrongCeremony = errors.New("contribution belongs to another ceremony")
	// ErrWrongPredecessor: a contribution built on a file other than the one
	// before it in the transcript.
	ErrWrongPredecessor = errors.New("contribution built on the wrong predecessor")
	// ErrReplayed: a contribution that appears twice in the transcript, or
	// an org that contributes twice to one phase.
	ErrReplayed = errors.New("replayed contribution")
	// ErrTampered: a contribution file whose bytes are not those its
	// contributor signed.
	ErrTampered = errors.New("contribution file differs from what its contributor signed")
	// ErrInvalidContribution: a contribution its contributor signed whose
	// proof of update does not verify against its predecessor.
	ErrInvalidContribution = errors.New("contribution does not verify")
	// ErrSignature: a statement with no signature, or one not made by the
	// key the plan lists for its org.
	ErrSignature = errors.New("bad contribution signature")
	// ErrNotParticipant: an org the plan does not list.
	ErrNotParticipant = errors.New("not a participant of the ceremony")
	// ErrPhase: a step the ceremony's state does not allow (contributing to
	// a closed phase, closing one with too few contributions, …).
	ErrPhase = errors.New("step not allowed in this phase of the ceremony")
	// ErrBeacon: a beacon value other than the one the verifier was told,
	// or a malformed one.
	ErrBeacon = errors.New("beacon is not the announced one")
	// ErrKeysMismatch: keys, or a phase's result (the sealed SRS, Phase 2's
	// initial state), that are not what the transcript produces.
	ErrKeysMismatch = errors.New("keys do not match the ceremony transcript")
	// ErrLedgerLog: the onshore ledger's ceremony log disagrees with the
	// transcript.
	ErrLedgerLog = errors.New("ledger log disagrees with the transcript")
)

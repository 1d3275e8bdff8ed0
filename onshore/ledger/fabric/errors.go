package fabric

import (
	"errors"
	"fmt"
	"strings"

	"github.com/hyperledger/fabric-gateway/pkg/client"
	"github.com/hyperledger/fabric-protos-go-apiv2/gateway"
	"github.com/hyperledger/fabric-protos-go-apiv2/peer"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// Stage is the step of a transaction that failed.
type Stage string

// The steps of a call, in order. StageEvaluate is a query's only step.
const (
	StageEvaluate     Stage = "evaluate"
	StageEndorse      Stage = "endorse"
	StageSubmit       Stage = "submit"
	StageCommitStatus Stage = "commit status"
	StageCommit       Stage = "commit"
)

// ErrInvalidTx matches a transaction that was ordered but marked invalid by
// the committing peers (a *client.CommitError; TxError.Code says why).
var ErrInvalidTx = errors.New("transaction invalid")

// TxError is a failed contract call through the Gateway: which function,
// at which stage, after how many attempts. It wraps the gateway's error
// (*client.EndorseError, *client.SubmitError, *client.CommitStatusError,
// *client.CommitError or a gRPC status error for evaluate), so errors.As
// finds those; a contract error carried inside it is read back with
// ledger.FromWire, so errors.Is(err, ledger.ErrAlreadySealed) holds too.
type TxError struct {
	Fn       string
	TxID     string // empty when the proposal was never endorsed
	Stage    Stage
	Attempts int
	// Code is the validation code of a transaction that failed to commit
	// (StageCommit), e.g. ENDORSEMENT_POLICY_FAILURE; else TxValidationCode_VALID.
	Code peer.TxValidationCode
	Err  error
}

func (e *TxError) Error() string {
	s := fmt.Sprintf("fabric: %s: %s", e.Fn, e.Stage)
	if e.TxID != "" {
		s += " of tx " + e.TxID
	}
	if e.Attempts > 1 {
		s += fmt.Sprintf(" (after %d attempts)", e.Attempts)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the gateway's error (and ErrInvalidTx for a commit failure).
func (e *TxError) Unwrap() []error {
	if e.Stage == StageCommit {
		return []error{e.Err, ErrInvalidTx}
	}
	return []error{e.Err}
}

// invalidTx is a transaction the committing peers marked invalid: the
// gateway's *client.CommitError (built from the commit status) and its block.
type invalidTx struct {
	block uint64
	err   *client.CommitError
}

func (e *invalidTx) Error() string {
	return fmt.Sprintf("transaction %s in block %d is invalid: %s", e.err.TransactionID, e.block, e.err.Code)
}

func (e *invalidTx) Unwrap() error { return e.err }

// CommitCode returns the validation code of a transaction that failed to
// commit, and false when err is not such a failure.
func CommitCode(err error) (peer.TxValidationCode, bool) {
	var ce *client.CommitError
	if errors.As(err, &ce) {
		return ce.Code, true
	}
	return peer.TxValidationCode_VALID, false
}

// detailed gives a gRPC status error from the gateway a message that
// includes the status details (each endorser's message, where the
// chaincode's "rwabridge:<code>: …" travels), as client.TransactionError
// does for endorse, submit and commit status errors. Evaluate errors come
// without that.
type detailed struct{ err error }

func withDetails(err error) error {
	var te *client.TransactionError
	if errors.As(err, &te) {
		return err // its message lists the details already
	}
	if st, ok := status.FromError(err); ok && len(st.Details()) > 0 {
		return &detailed{err}
	}
	return err
}

func (e *detailed) Error() string {
	var b strings.Builder
	b.WriteString(e.err.Error())
	st, _ := status.FromError(e.err)
	for _, d := range st.Details() {
		if ed, ok := d.(*gateway.ErrorDetail); ok {
			fmt.Fprintf(&b, "\n  - %s (%s): %s", ed.GetAddress(), ed.GetMspId(), ed.GetMessage())
		}
	}
	return b.String()
}

func (e *detailed) Unwrap() error { return e.err }

// contractError returns the contract error err carries (read with
// ledger.FromWire), or nil when it carries none.
func contractError(err error) *ledger.Error {
	var le *ledger.Error
	if errors.As(ledger.FromWire(err), &le) {
		return le
	}
	return nil
}

// wrap builds the error a call returns: the contract error when err carries
// one (it matches the contract's sentinels and still unwraps to the
// TxError), else the TxError.
func wrap(te *TxError) error {
	if ce := contractError(te); ce != nil {
		return ce
	}
	return te
}

// retryable reports whether a failed attempt at stage may succeed when the
// transaction is endorsed again: transport failures and endorsement failures
// of a starting network (peers not yet discovered, chaincode still
// connecting), and MVCC / phantom read conflicts at commit. A contract error
// is never retried: the contract is deterministic.
func retryable(stage Stage, err error) bool {
	if contractError(err) != nil {
		return false
	}
	if code, ok := CommitCode(err); ok {
		return code == peer.TxValidationCode_MVCC_READ_CONFLICT || code == peer.TxValidationCode_PHANTOM_READ_CONFLICT
	}
	st, ok := status.FromError(err)
	if !ok {
		return false
	}
	switch st.Code() {
	case codes.Unavailable, codes.Aborted, codes.ResourceExhausted:
		return true
	case codes.FailedPrecondition, codes.Unknown:
		// "no endorsers found", discovery not ready, chaincode not yet
		// reachable: all happen for a few seconds after start-up.
		return stage == StageEndorse || stage == StageEvaluate
	case codes.DeadlineExceeded:
		return stage == StageSubmit
	}
	return false
}

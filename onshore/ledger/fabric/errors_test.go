package fabric

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/hyperledger/fabric-gateway/pkg/client"
	"github.com/hyperledger/fabric-protos-go-apiv2/gateway"
	"github.com/hyperledger/fabric-protos-go-apiv2/peer"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// gatewayStatus is a gateway error as the Gateway returns it: a gRPC status
// whose details carry each endorser's message.
func gatewayStatus(t *testing.T, code codes.Code, msg string, endorserMsgs ...string) error {
	t.Helper()
	st := status.New(code, msg)
	for _, m := range endorserMsgs {
		var err error
		st, err = st.WithDetails(&gateway.ErrorDetail{Address: "127.0.0.1:7051", MspId: "OperatorMSP", Message: m})
		if err != nil {
			t.Fatal(err)
		}
	}
	return st.Err()
}

func invalid(code peer.TxValidationCode) error {
	return &invalidTx{block: 7, err: &client.CommitError{TransactionID: "tx1", Code: code}}
}

func TestRetryableRetriesStartUpAndConflictsButNeverContractErrors(t *testing.T) {
	tests := []struct {
		name  string
		stage Stage
		err   error
		want  bool
	}{
		{"an unreachable peer", StageEndorse, gatewayStatus(t, codes.Unavailable, "connection refused"), true},
		{"no endorsers known yet", StageEndorse, gatewayStatus(t, codes.FailedPrecondition, "no endorsers found in the gateway's organization"), true},
		{"endorsers that failed without a contract error", StageEndorse, gatewayStatus(t, codes.Aborted, "failed to endorse transaction", "chaincode not yet registered"), true},
		{"a contract error from every endorser", StageEndorse, withDetails(gatewayStatus(t, codes.Aborted, "failed to endorse transaction", "rwabridge:already_sealed: Seal: seal exists")), false},
		{"a contract error in an evaluate message", StageEvaluate, gatewayStatus(t, codes.Unknown, "evaluate call to endorser returned error: chaincode response 500, rwabridge:not_found: GetSeal: not found"), false},
		{"an MVCC read conflict", StageCommit, invalid(peer.TxValidationCode_MVCC_READ_CONFLICT), true},
		{"a phantom read conflict", StageCommit, invalid(peer.TxValidationCode_PHANTOM_READ_CONFLICT), true},
		{"an endorsement policy failure", StageCommit, invalid(peer.TxValidationCode_ENDORSEMENT_POLICY_FAILURE), false},
		{"a bad request", StageEndorse, gatewayStatus(t, codes.InvalidArgument, "bad proposal"), false},
		{"a precondition at submit", StageSubmit, gatewayStatus(t, codes.FailedPrecondition, "orderer refused"), false},
		{"an orderer that did not answer in time", StageSubmit, gatewayStatus(t, codes.DeadlineExceeded, "timeout"), true},
		{"an error that is no gRPC status", StageEndorse, errors.New("disk full"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := retryable(tt.stage, tt.err); got != tt.want {
				t.Errorf("retryable(%s, %v) = %t, want %t", tt.stage, tt.err, got, tt.want)
			}
		})
	}
}

func TestWrapKeepsTheGatewayErrorAndMapsContractCodes(t *testing.T) {
	tests := []struct {
		name     string
		te       *TxError
		sentinel error
		code     peer.TxValidationCode
	}{
		{"an evaluate error whose endorser said not_found", &TxError{Fn: ledger.FnGetSeal, Stage: StageEvaluate,
			Err: withDetails(gatewayStatus(t, codes.Aborted, "failed to evaluate transaction, see attached details", "rwabridge:not_found: GetSeal: not found: pool p epoch 1"))}, ledger.ErrNotFound, 0},
		{"an endorse error saying epoch_sealed", &TxError{Fn: ledger.FnSeal, Stage: StageEndorse,
			Err: gatewayStatus(t, codes.Unknown, "chaincode response 500, rwabridge:already_sealed: Seal: seal exists")}, ledger.ErrAlreadySealed, 0},
		{"a transaction invalidated by the endorsement policy", &TxError{Fn: ledger.FnSeal, Stage: StageCommit, Code: peer.TxValidationCode_ENDORSEMENT_POLICY_FAILURE,
			Err: invalid(peer.TxValidationCode_ENDORSEMENT_POLICY_FAILURE)}, ErrInvalidTx, peer.TxValidationCode_ENDORSEMENT_POLICY_FAILURE},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := wrap(tt.te)
			if !errors.Is(err, tt.sentinel) {
				t.Errorf("%v does not match %v", err, tt.sentinel)
			}
			var te *TxError
			if !errors.As(err, &te) || te != tt.te {
				t.Errorf("%v does not unwrap to its *TxError", err)
			}
			if _, ok := status.FromError(te.Err); tt.te.Stage != StageCommit && !ok {
				t.Errorf("the gRPC status of %v is lost", err)
			}
			if code, ok := CommitCode(err); tt.code != 0 && (!ok || code != tt.code) {
				t.Errorf("CommitCode = %v, %t; want %v", code, ok, tt.code)
			}
		})
	}
}

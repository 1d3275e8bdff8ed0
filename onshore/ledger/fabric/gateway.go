package fabric

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"github.com/hyperledger/fabric-gateway/pkg/client"
	"github.com/hyperledger/fabric-gateway/pkg/identity"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// Gateway is a Fabric Gateway client for the rwabridge chaincode. It
// implements ledger.Invoker, so ledger.NewClient(g) gives the agent, the
// sealer, the prover, attestors and relayers the same API as over the
// embedded ledger. Safe for concurrent use.
type Gateway struct {
	cfg      Config
	log      *slog.Logger
	conn     *grpc.ClientConn
	gw       *client.Gateway
	network  *client.Network
	contract *client.Contract
	orgs     []string // endorsing orgs of submitted transactions; nil: the gateway picks
}

var _ ledger.Invoker = (*Gateway)(nil)

// Connect opens a gRPC connection (TLS) to the configured peer's gateway
// with the configured identity. The connection is lazy: a peer that is down
// shows up as a retried failure of the first call, not here. A nil logger
// discards.
func Connect(cfg Config, log *slog.Logger) (*Gateway, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	caPEM, err := readPEMFile("tls_ca_cert", cfg.TLSCACert)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(caPEM) {
		return nil, fmt.Errorf("%w: tls_ca_cert %s holds no PEM certificate", ErrBadConfig, cfg.TLSCACert)
	}
	certPEM, err := readPEMFile("cert", cfg.Cert)
	if err != nil {
		return nil, err
	}
	cert, err := identity.CertificateFromPEM(certPEM)
	if err != nil {
		return nil, fmt.Errorf("%w: cert %s: %w", ErrBadConfig, cfg.Cert, err)
	}
	id, err := identity.NewX509Identity(cfg.MSPID, cert)
	if err != nil {
		return nil, fmt.Errorf("%w: identity: %w", ErrBadConfig, err)
	}
	keyPEM, err := readPEMFile("key", cfg.Key)
	if err != nil {
		return nil, err
	}
	key, err := identity.PrivateKeyFromPEM(keyPEM)
	if err != nil {
		return nil, fmt.Errorf("%w: key %s: %w", ErrBadConfig, cfg.Key, err)
	}
	sign, err := identity.NewPrivateKeySign(key)
	if err != nil {
		return nil, fmt.Errorf("%w: key %s: %w", ErrBadConfig, cfg.Key, err)
	}
	conn, err := grpc.NewClient(cfg.PeerEndpoint,
		grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(pool, cfg.ServerNameOverride)),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(100<<20), grpc.MaxCallSendMsgSize(100<<20)))
	if err != nil {
		return nil, fmt.Errorf("fabric: connecting to %s: %w", cfg.PeerEndpoint, err)
	}
	gw, err := client.Connect(id,
		client.WithSign(sign),
		client.WithClientConnection(conn),
		client.WithEvaluateTimeout(cfg.Timeouts.Evaluate),
		client.WithEndorseTimeout(cfg.Timeouts.Endorse),
		client.WithSubmitTimeout(cfg.Timeouts.Submit),
		client.WithCommitStatusTimeout(cfg.Timeouts.CommitStatus))
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("fabric: gateway %s: %w", cfg.PeerEndpoint, err)
	}
	network := gw.GetNetwork(cfg.Channel)
	return &Gateway{
		cfg: cfg, log: log, conn: conn, gw: gw, network: network,
		contract: network.GetContract(cfg.Chaincode),
		orgs:     slices.Clone(cfg.EndorsingOrgs),
	}, nil
}

// Close closes the gateway and its connection. Views from Endorsers share
// it and must not be used afterwards.
func (g *Gateway) Close() error {
	err := g.gw.Close()
	return errors.Join(err, g.conn.Close())
}

// Config returns the client's configuration.
func (g *Gateway) Config() Config { return g.cfg }

// Network returns the channel, for block and chaincode event listeners.
func (g *Gateway) Network() *client.Network { return g.network }

// Endorsers returns a view of g whose submitted transactions are endorsed
// by exactly the peers of orgs (client.WithEndorsingOrganizations). Giving
// fewer orgs than the endorsement policy needs makes the commit fail with
// ENDORSEMENT_POLICY_FAILURE: the policy is enforced by the committing
// peers, not by the client.
func (g *Gateway) Endorsers(orgs ...string) *Gateway {
	v := *g
	v.orgs = slices.Clone(orgs)
	return &v
}

// Invoke submits fn as a transaction and returns its result once it has
// committed as valid. SubmitBatch's argument (raw records) travels in the
// transient map (TransientArg), never in the proposal, so it reaches the
// endorsing peers but no block. Endorsement failures of a starting network
// and MVCC / phantom read conflicts are retried, endorsing again, with
// backoff (Config.Retry); the contract is idempotent, so a retried
// SubmitBatch answers "duplicate" for what an earlier attempt stored.
func (g *Gateway) Invoke(ctx context.Context, fn string, args ...[]byte) ([]byte, error) {
	opts, err := g.proposalOptions(fn, args)
	if err != nil {
		return nil, err
	}
	var out []byte
	var last *TxError
	err = g.cfg.Retry.Retry(ctx, func(attempt int) error {
		var te *TxError
		if out, te = g.submitOnce(ctx, fn, opts); te == nil {
			return nil
		}
		te.Attempts, last = attempt, te
		return te
	}, func(error) bool { return retryable(last.Stage, last.Err) }, func(attempt int, _ error, d time.Duration) {
		g.log.Warn("fabric transaction failed, retrying", "fn", fn, "stage", last.Stage, "tx", last.TxID, "attempt", attempt, "in", d, "err", last.Err)
	})
	if err != nil {
		return nil, wrap(last)
	}
	return out, nil
}

func (g *Gateway) proposalOptions(fn string, args [][]byte) ([]client.ProposalOption, error) {
	var opts []client.ProposalOption
	if privateArg(fn) {
		if len(args) != 1 {
			return nil, fmt.Errorf("fabric: %s: %w: takes 1 argument, got %d", fn, ledger.ErrBadArgs, len(args))
		}
		opts = append(opts, client.WithTransient(map[string][]byte{TransientArg: args[0]}))
	} else {
		opts = append(opts, client.WithBytesArguments(args...))
	}
	if len(g.orgs) > 0 {
		opts = append(opts, client.WithEndorsingOrganizations(g.orgs...))
	}
	return opts, nil
}

// submitOnce endorses, submits and waits for the commit of one attempt.
func (g *Gateway) submitOnce(ctx context.Context, fn string, opts []client.ProposalOption) ([]byte, *TxError) {
	proposal, err := g.contract.NewProposal(fn, opts...)
	if err != nil {
		return nil, &TxError{Fn: fn, Stage: StageEndorse, Err: err}
	}
	tx, err := proposal.EndorseWithContext(ctx)
	if err != nil {
		return nil, &TxError{Fn: fn, TxID: proposal.TransactionID(), Stage: StageEndorse, Err: err}
	}
	commit, err := tx.SubmitWithContext(ctx)
	if err != nil {
		return nil, &TxError{Fn: fn, TxID: tx.TransactionID(), Stage: StageSubmit, Err: err}
	}
	st, err := commit.StatusWithContext(ctx)
	if err != nil {
		return nil, &TxError{Fn: fn, TxID: tx.TransactionID(), Stage: StageCommitStatus, Err: err}
	}
	if !st.Successful {
		return nil, &TxError{Fn: fn, TxID: st.TransactionID, Stage: StageCommit, Code: st.Code,
			Err: &invalidTx{block: st.BlockNumber, err: &client.CommitError{TransactionID: st.TransactionID, Code: st.Code}}}
	}
	return tx.Result(), nil
}

// Query evaluates fn on one peer (the gateway's own org first) without
// submitting it. Results of Records hold raw records: the client must
// belong to an org of the records collection (operator or auditor).
func (g *Gateway) Query(ctx context.Context, fn string, args ...[]byte) ([]byte, error) {
	if privateArg(fn) {
		return nil, fmt.Errorf("fabric: %s: %w: not a query", fn, ledger.ErrBadArgs)
	}
	var out []byte
	var last *TxError
	err := g.cfg.Retry.Retry(ctx, func(attempt int) error {
		var err error
		if out, err = g.contract.EvaluateWithContext(ctx, fn, client.WithBytesArguments(args...)); err == nil {
			return nil
		}
		last = &TxError{Fn: fn, Stage: StageEvaluate, Attempts: attempt, Err: withDetails(err)}
		return last
	}, func(error) bool { return retryable(StageEvaluate, last.Err) }, func(attempt int, _ error, d time.Duration) {
		g.log.Warn("fabric query failed, retrying", "fn", fn, "attempt", attempt, "in", d, "err", last.Err)
	})
	if err != nil {
		return nil, wrap(last)
	}
	return out, nil
}

// Package onchain is the small layer between the contract bindings and a
// chain: the Backend both an in-process simulated chain and a JSON-RPC node
// satisfy, sending a transaction and waiting for its receipt, decoding a
// revert into the contract's custom error name, and an in-process chain
// whose rules are exactly Osaka's.
//
// It does not own the contracts or their bindings (offshore/bindings) nor
// what is deployed (offshore/deploy).
package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"

	"github.com/rwabridge/rwabridge/offshore/bindings"
)

// Backend is what the deployer, the relayer and the tests need of a chain;
// *ethclient.Client and simulated.Client both satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.ChainIDReader
}

// Chain is a Backend and how blocks get made on it.
type Chain struct {
	Backend
	// Mine is called after sending a transaction: Commit on a simulated
	// chain, nil on a node that mines by itself.
	Mine func()
}

// ErrReverted is wrapped by every revert: match with errors.Is, then
// errors.As a *RevertError for the contract's custom error.
var ErrReverted = errors.New("execution reverted")

// RevertError is a revert decoded with the ABIs of the rwabridge contracts.
type RevertError struct {
	Name string // custom error name, "Error" for require strings, "" when undecodable
	Args []any
	Data []byte
}

func (e *RevertError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("execution reverted (data %s)", hexutil.Encode(e.Data))
	}
	return fmt.Sprintf("execution reverted: %s%v", e.Name, e.Args)
}

func (e *RevertError) Unwrap() error { return ErrReverted }

var (
	errorsOnce sync.Once
	errorsByID map[[4]byte]abi.Error
)

// MustABI parses a generated binding's ABI; it panics if it does not parse
// (a broken generated file, caught by every test).
func MustABI(md *bind.MetaData) *abi.ABI {
	a, err := md.ParseABI()
	if err != nil {
		panic(fmt.Sprintf("onchain: generated ABI does not parse: %v", err))
	}
	return a
}

func knownErrors() map[[4]byte]abi.Error {
	errorsOnce.Do(func() {
		errorsByID = map[[4]byte]abi.Error{}
		for _, md := range []*bind.MetaData{
			&bindings.DisclosureRegistryMetaData, &bindings.Groth16VerifierMetaData, &bindings.RWATokenMetaData,
			&bindings.IdentityRegistryMetaData, &bindings.TestOnlyStablecoinMetaData, &bindings.RWATimelockMetaData,
		} {
			for _, e := range MustABI(md).Errors {
				errorsByID[[4]byte(e.ID[:4])] = e
			}
		}
	})
	return errorsByID
}

// DecodeRevert decodes revert data into a *RevertError.
func DecodeRevert(data []byte) *RevertError {
	re := &RevertError{Data: data}
	if len(data) < 4 {
		return re
	}
	if reason, err := abi.UnpackRevert(data); err == nil {
		re.Name, re.Args = "Error", []any{reason}
		return re
	}
	if e, ok := knownErrors()[[4]byte(data[:4])]; ok {
		args, err := e.Inputs.Unpack(data[4:])
		if err == nil {
			re.Name, re.Args = e.Name, args
		}
	}
	return re
}

// AsRevert returns the decoded revert carried by err (an RPC error with
// revert data), or nil when err is not a revert.
func AsRevert(err error) *RevertError {
	var re *RevertError
	if errors.As(err, &re) {
		return re
	}
	var de interface{ ErrorData() any }
	if !errors.As(err, &de) {
		if err != nil && strings.Contains(err.Error(), "execution reverted") {
			return &RevertError{}
		}
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return &RevertError{}
	}
	data, derr := hexutil.Decode(s)
	if derr != nil {
		return &RevertError{}
	}
	return DecodeRevert(data)
}

// RevertName returns the custom error name of a revert, "" otherwise.
func RevertName(err error) string {
	if re := AsRevert(err); re != nil {
		return re.Name
	}
	return ""
}

// wrap turns an RPC revert into a *RevertError, leaving other errors.
func wrap(err error) error {
	if err == nil {
		return nil
	}
	if re := AsRevert(err); re != nil {
		return fmt.Errorf("%w (%w)", re, err)
	}
	return err
}

// Send sends calldata to `to` from opts and waits for the receipt; a revert
// (at gas estimation or in the mined transaction) is a *RevertError.
func (c *Chain) Send(ctx context.Context, opts *bind.TransactOpts, to common.Address, calldata []byte) (*types.Receipt, error) {
	bc := bind.NewBoundContract(to, abi.ABI{}, c, c, c)
	o := *opts
	o.Context = ctx
	if o.GasLimit == 0 {
		est, err := c.EstimateGas(ctx, ethereum.CallMsg{From: o.From, To: &to, Data: calldata, Value: o.Value})
		if err != nil {
			return nil, fmt.Errorf("send to %s: estimate gas: %w", to, wrap(err))
		}
		o.GasLimit = withMargin(est)
	}
	tx, err := bc.RawTransact(&o, calldata)
	if err != nil {
		return nil, fmt.Errorf("send to %s: %w", to, wrap(err))
	}
	return c.wait(ctx, tx)
}

// Deploy deploys bytecode with the packed constructor arguments and waits.
func (c *Chain) Deploy(ctx context.Context, opts *bind.TransactOpts, bytecode, constructorArgs []byte) (common.Address, *types.Receipt, error) {
	o := *opts
	o.Context = ctx
	addr, tx, err := bind.DeployContract(&o, bytecode, c, constructorArgs)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("deploy: %w", wrap(err))
	}
	r, err := c.wait(ctx, tx)
	if err != nil {
		return common.Address{}, nil, err
	}
	return addr, r, nil
}

// withMargin pads a gas estimate. Nodes estimate against the latest block,
// but the transaction runs in the next one: code whose cost depends on
// block.number (the token's balance checkpoints open a new slot in a new
// block) then needs more than the estimate.
func withMargin(est uint64) uint64 { return est + est/2 + 25_000 }

func (c *Chain) wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	if c.Mine != nil {
		c.Mine()
	}
	r, err := bind.WaitMined(ctx, c, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction %s: %w", tx.Hash(), &RevertError{})
	}
	return r, nil
}

// Call runs an eth_call of calldata against `to` at the latest block and
// returns its output; a revert is a *RevertError.
func (c *Chain) Call(ctx context.Context, from, to common.Address, calldata []byte) ([]byte, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: calldata}, nil)
	if err != nil {
		return nil, wrap(err)
	}
	return out, nil
}

// OsakaConfig returns the dev chain configuration with Osaka as its newest
// active fork: the simulated backend's default also turns on a later fork
// (Bogota) whose state pricing makes storage far dearer than on any L2
// today.
func OsakaConfig() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.BPO1Time, c.BPO2Time, c.BPO3Time, c.BPO4Time, c.BPO5Time = nil, nil, nil, nil, nil
	c.AmsterdamTime, c.BogotaTime, c.UBTTime = nil, nil, nil
	return &c
}

// Simulated is an in-process chain under Osaka rules.
type Simulated struct {
	*simulated.Backend
	Chain
	// URL is the chain's HTTP JSON-RPC endpoint when it serves one
	// (WithHTTP), else "".
	URL string
}

// SimOption shapes NewSimulated's chain.
type SimOption func(*simConfig)

type simConfig struct {
	gasLimit uint64
	host     string
	port     int
	noFeeCap bool
}

// WithGasLimit sets the block gas limit (default 60M).
func WithGasLimit(g uint64) SimOption { return func(c *simConfig) { c.gasLimit = g } }

// WithHTTP serves the chain's JSON-RPC (eth, net, web3) over HTTP on
// host:port, for other processes and tools.
func WithHTTP(host string, port int) SimOption {
	return func(c *simConfig) { c.host, c.port = host, port }
}

// WithoutFeeCap lifts the node's cap on one transaction's fee (tests that
// send block-filling transactions at spiked fees).
func WithoutFeeCap() SimOption { return func(c *simConfig) { c.noFeeCap = true } }

// NewSimulated starts an in-process chain under OsakaConfig, with alloc as
// the genesis balances (and code) and a 60M block gas limit.
func NewSimulated(alloc types.GenesisAlloc, opts ...SimOption) *Simulated {
	cfg := simConfig{gasLimit: 60_000_000}
	for _, o := range opts {
		o(&cfg)
	}
	b := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = OsakaConfig()
		ec.Genesis.GasLimit = cfg.gasLimit
		ec.Miner.GasCeil = cfg.gasLimit
		if cfg.noFeeCap {
			ec.RPCTxFeeCap = 0
		}
		if cfg.host != "" {
			nc.HTTPHost, nc.HTTPPort = cfg.host, cfg.port
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPVirtualHosts = []string{"localhost", cfg.host}
			nc.HTTPCors = []string{"*"}
		}
	})
	s := &Simulated{Backend: b}
	s.Chain = Chain{Backend: b.Client(), Mine: func() { b.Commit() }}
	if cfg.host != "" {
		s.URL = "http://" + net.JoinHostPort(cfg.host, strconv.Itoa(cfg.port))
	}
	return s
}

// Advance moves the simulated clock forward by d and mines a block.
func (s *Simulated) Advance(d time.Duration) error {
	// AdjustTime refuses while the transaction pool holds a pending
	// transaction, and the pool drops the ones just mined only when it
	// catches up with the new head, asynchronously. Sealing a block first
	// syncs the pool (and mines whatever is really pending).
	s.Commit()
	if err := s.AdjustTime(d); err != nil {
		return fmt.Errorf("onchain: adjust time: %w", err)
	}
	s.Commit()
	return nil
}

// Fund is a genesis balance large enough for any test or demo.
func Fund() *big.Int { return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether)) }

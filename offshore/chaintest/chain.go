package chaintest

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// ChainOptions shape a Chain.
type ChainOptions struct {
	Funded   int    // funded keys besides Admin (relayers, holders, fee spikers)
	GasLimit uint64 // block gas limit (default 60M)
	// Code is deployed at genesis: address → runtime code.
	Code map[common.Address][]byte
	// HTTP serves the chain's JSON-RPC on a free 127.0.0.1 port (URL,
	// Client), so other processes and the CLI share the chain.
	HTTP bool
	// NoFeeCap lifts the node's cap on one transaction's fee (fee-spike
	// tests send block-filling transactions).
	NoFeeCap bool
}

// Chain is a funded simulated Osaka chain. Blocks are made by Commit (every
// Sim.Chain.Send mines through it), or by a miner goroutine (StartMiner).
type Chain struct {
	Sim *onchain.Simulated
	// URL and Client reach the chain over HTTP JSON-RPC (ChainOptions.HTTP);
	// Client is nil otherwise.
	URL    string
	Client *ethclient.Client
	ID     *big.Int
	Admin  *ecdsa.PrivateKey
	Funded []*ecdsa.PrivateKey

	mu      sync.Mutex // serialises Commit and Fork
	stopMin chan struct{}
	minDone chan struct{}
}

// NewChain starts a chain; Close it when done.
func NewChain(o ChainOptions) (*Chain, error) {
	c := &Chain{Admin: NewKey()}
	alloc := types.GenesisAlloc{Address(c.Admin): {Balance: onchain.Fund()}}
	for range o.Funded {
		k := NewKey()
		c.Funded = append(c.Funded, k)
		alloc[Address(k)] = types.Account{Balance: onchain.Fund()}
	}
	for a, code := range o.Code {
		alloc[a] = types.Account{Code: code, Balance: new(big.Int)}
	}
	var opts []onchain.SimOption
	if o.GasLimit != 0 {
		opts = append(opts, onchain.WithGasLimit(o.GasLimit))
	}
	if o.NoFeeCap {
		opts = append(opts, onchain.WithoutFeeCap())
	}
	if o.HTTP {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		opts = append(opts, onchain.WithHTTP("127.0.0.1", port))
	}
	c.Sim = onchain.NewSimulated(alloc, opts...)
	c.Sim.Chain.Mine = func() { c.Commit() }
	c.URL = c.Sim.URL
	var err error
	if c.URL != "" {
		if c.Client, err = ethclient.Dial(c.URL); err != nil {
			c.Sim.Close()
			return nil, fmt.Errorf("chaintest: dial %s: %w", c.URL, err)
		}
	}
	if c.ID, err = c.Sim.Chain.ChainID(context.Background()); err != nil {
		c.Close()
		return nil, fmt.Errorf("chaintest: chain id: %w", err)
	}
	return c, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("chaintest: free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Opts returns transact options of k on this chain.
func (c *Chain) Opts(k *ecdsa.PrivateKey) *bind.TransactOpts { return bind.NewKeyedTransactor(k, c.ID) }

// Commit mines one block.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Sim.Commit()
}

// Advance moves the clock forward by d and mines a block
// (onchain.Simulated.Advance), serialised with Commit: a block sealed
// concurrently (by the miner goroutine) could otherwise replace the
// adjusted one.
func (c *Chain) Advance(d time.Duration) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Sim.Advance(d)
}

// Epoch returns p's epoch in progress at the latest block, mining a block
// on the clock first while the chain is at its genesis (time 0).
func (c *Chain) Epoch(ctx context.Context, p *policy.Policy) (uint64, error) {
	now, err := c.Now(ctx)
	if err != nil {
		return 0, err
	}
	if now == 0 {
		c.Commit()
		if now, err = c.Now(ctx); err != nil {
			return 0, err
		}
	}
	return now / p.EpochSeconds(), nil
}

// Fork starts a side chain at parent (see simulated.Backend.Fork).
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Sim.Fork(parent)
}

// Now returns the latest block's time.
func (c *Chain) Now(ctx context.Context) (uint64, error) {
	h, err := c.Sim.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("chaintest: head: %w", err)
	}
	return h.Time, nil
}

// StartMiner commits a block every interval until StopMiner.
func (c *Chain) StartMiner(interval time.Duration) {
	c.stopMin, c.minDone = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(c.minDone)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-c.stopMin:
				return
			case <-t.C:
				c.Commit()
			}
		}
	}()
}

// StopMiner stops the miner goroutine.
func (c *Chain) StopMiner() {
	if c.stopMin != nil {
		close(c.stopMin)
		<-c.minDone
		c.stopMin = nil
	}
}

// Close stops the miner, the client and the chain.
func (c *Chain) Close() {
	c.StopMiner()
	if c.Client != nil {
		c.Client.Close()
	}
	c.Sim.Close()
}

// NewKey returns a fresh secp256k1 key (it panics only if the system's
// randomness fails).
func NewKey() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic(fmt.Sprintf("chaintest: %v", err))
	}
	return k
}

// Address returns k's address.
func Address(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// Addresses returns the keys' addresses, in order.
func Addresses(ks []*ecdsa.PrivateKey) []common.Address {
	out := make([]common.Address, len(ks))
	for i, k := range ks {
		out[i] = Address(k)
	}
	return out
}

// Committee returns n fresh keys sorted by address.
func Committee(n int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		out[i] = NewKey()
	}
	slices.SortFunc(out, func(a, b *ecdsa.PrivateKey) int { return bytes.Compare(Address(a).Bytes(), Address(b).Bytes()) })
	return out
}

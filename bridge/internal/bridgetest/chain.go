package bridgetest

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Chain is a simulated Osaka chain served over HTTP JSON-RPC on
// 127.0.0.1, so other processes (a relayer subprocess) share it. Blocks
// are made by Commit, or by a miner goroutine (StartMiner).
type Chain struct {
	Sim    *simulated.Backend
	URL    string
	Client *ethclient.Client
	Admin  *ecdsa.PrivateKey
	// Funded are extra funded keys (relayers, fee spikers).
	Funded []*ecdsa.PrivateKey

	mu      sync.Mutex // serialises Commit and Fork
	stopMin chan struct{}
	minDone chan struct{}
}

// ChainOptions shape the chain.
type ChainOptions struct {
	Funded   int    // extra funded accounts
	GasLimit uint64 // block gas limit (default 60M)
	// Code is deployed at genesis: address → runtime code.
	Code map[common.Address][]byte
}

// NewChain starts the chain.
func NewChain(opt ChainOptions) (*Chain, error) {
	if opt.GasLimit == 0 {
		opt.GasLimit = 60_000_000
	}
	c := &Chain{}
	var err error
	if c.Admin, err = crypto.GenerateKey(); err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(c.Admin.PublicKey): {Balance: onchain.Fund()}}
	for range opt.Funded {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		c.Funded = append(c.Funded, k)
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: onchain.Fund()}
	}
	for a, code := range opt.Code {
		alloc[a] = types.Account{Code: code, Balance: new(big.Int)}
	}
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	c.Sim = simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.HTTPModules = []string{"eth", "net", "web3"}
		ec.Genesis.Config = onchain.OsakaConfig()
		ec.Genesis.GasLimit = opt.GasLimit
		ec.Miner.GasCeil = opt.GasLimit
		ec.RPCTxFeeCap = 0 // fee-spike tests send block-filling transactions
	})
	c.URL = fmt.Sprintf("http://127.0.0.1:%d", port)
	if c.Client, err = ethclient.Dial(c.URL); err != nil {
		c.Sim.Close()
		return nil, err
	}
	return c, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Commit mines one block.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Sim.Commit()
}

// Fork starts a side chain at parent (see simulated.Backend.Fork).
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Sim.Fork(parent)
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

// Close stops everything.
func (c *Chain) Close() {
	c.StopMiner()
	c.Client.Close()
	c.Sim.Close()
}

// ChainID returns the chain id.
func (c *Chain) ChainID() *big.Int {
	id, _ := c.Client.ChainID(context.Background())
	return id
}

// Deployment is what Deploy made and the committee's keys.
type Deployment struct {
	Addresses *deploy.Addresses
	Members   []*ecdsa.PrivateKey
}

// Deploy deploys the contracts for pool under p with a committee of n
// fresh keys and threshold k, mining as it goes.
func (c *Chain) Deploy(ctx context.Context, pool telemetry.PoolID, p *policy.Policy, vk groth16.VerifyingKey, n, k int) (*Deployment, error) {
	d := &Deployment{}
	var committee []common.Address
	for range n {
		key, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		d.Members = append(d.Members, key)
		committee = append(committee, crypto.PubkeyToAddress(key.PublicKey))
	}
	ch := &onchain.Chain{Backend: c.Client, Mine: func() { c.Commit() }}
	a, err := deploy.Deploy(ctx, ch, bind.NewKeyedTransactor(c.Admin, c.ChainID()), &deploy.Plan{
		Committee: committee, Threshold: uint8(k), Pool: pool, Policy: p, VK: vk, TokenName: "Test Pool", TokenSymbol: "TP",
	})
	if err != nil {
		return nil, err
	}
	d.Addresses = a
	return d, nil
}

package demo

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/onchain"
)

var (
	registryABI   = bindings.NewDisclosureRegistry()
	tokenABI      = bindings.NewRWAToken()
	identityABI   = bindings.NewIdentityRegistry()
	stablecoinABI = bindings.NewTestOnlyStablecoin()
)

// Committee is the demo's attesting committee: one key per consortium org
// of the embedded ledger, any two of which form a quorum.
var Committee = []string{"OperatorMSP", "AuditorMSP", "CustodianMSP"}

// CommitteeThreshold is how many of Committee must sign.
const CommitteeThreshold = 2

// investorCountry is the ISO 3166 numeric code the demo investors are
// registered with (Germany).
const investorCountry = 276

// ChainInfo is the simulated L2 and what was deployed on it.
type ChainInfo struct {
	ChainID   *big.Int
	Addresses *deploy.Addresses
	Admin     common.Address
	Relayer   common.Address
	Orgs      map[string]common.Address // MSP id → attestor address
	Investors []common.Address
}

// chain is the running simulated L2 and the demo's keys on it.
type chain struct {
	sim       *onchain.Simulated
	admin     *ecdsa.PrivateKey
	relayer   *ecdsa.PrivateKey
	orgs      map[string]*ecdsa.PrivateKey
	investors []*ecdsa.PrivateKey
	keyFiles  map[string]string // name → hex key file
	chainID   *big.Int
	rpcURL    string
}

func (c *chain) Close() error { return c.sim.Close() }

func (c *chain) opts(k *ecdsa.PrivateKey) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k, c.chainID)
}

// newChain starts go-ethereum's in-process simulated chain under Osaka
// rules with the given accounts funded; rpcAddr, when set, serves its
// JSON-RPC (eth, net, web3) over HTTP there.
func newChain(funded []common.Address, rpcAddr string) (*onchain.Simulated, error) {
	alloc := types.GenesisAlloc{}
	for _, a := range funded {
		alloc[a] = types.Account{Balance: onchain.Fund()}
	}
	var host string
	var port int
	if rpcAddr != "" {
		h, p, err := net.SplitHostPort(rpcAddr)
		if err != nil {
			return nil, fmt.Errorf("rpc address %q: %w", rpcAddr, err)
		}
		if port, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("rpc address %q: port: %w", rpcAddr, err)
		}
		// Fail with a clear message if the port is taken: the node would
		// otherwise only log it.
		ln, err := net.Listen("tcp", rpcAddr)
		if err != nil {
			return nil, fmt.Errorf("rpc address %s: %w", rpcAddr, err)
		}
		ln.Close()
		host = h
	}
	b := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = onchain.OsakaConfig()
		ec.Genesis.GasLimit = 60_000_000
		ec.Miner.GasCeil = 60_000_000
		if host != "" {
			nc.HTTPHost, nc.HTTPPort = host, port
			nc.HTTPModules = []string{"eth", "net", "web3"}
			nc.HTTPVirtualHosts = []string{"localhost", host}
			nc.HTTPCors = []string{"*"}
		}
	})
	s := &onchain.Simulated{Backend: b}
	s.Chain = onchain.Chain{Backend: b.Client(), Mine: func() { b.Commit() }}
	return s, nil
}

// loadOrMakeKey returns the key in dir/name.key, generating it on first use.
func loadOrMakeKey(dir, name string) (*ecdsa.PrivateKey, string, error) {
	path := filepath.Join(dir, name+".key")
	k, err := ethkey.Load(ethkey.Source{File: path})
	if err == nil {
		return k, path, nil
	}
	if _, serr := os.Stat(path); !errors.Is(serr, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("key %s: %w", name, err)
	}
	if k, err = crypto.GenerateKey(); err != nil {
		return nil, "", fmt.Errorf("key %s: %w", name, err)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, "", fmt.Errorf("key %s: %w", name, err)
	}
	if err := ethkey.WriteHex(path, k); err != nil {
		return nil, "", err
	}
	return k, path, nil
}

// deploy starts the chain, deploys and configures the contracts with the
// committee of the orgs' keys, and registers and funds the investors.
func (r *run) deploy(ctx context.Context) (string, error) {
	dir := filepath.Join(r.cfg.DataDir, "l2keys")
	c := &chain{orgs: map[string]*ecdsa.PrivateKey{}, keyFiles: map[string]string{}}
	load := func(name string) (*ecdsa.PrivateKey, error) {
		k, path, err := loadOrMakeKey(dir, name)
		if err != nil {
			return nil, err
		}
		c.keyFiles[name] = path
		return k, nil
	}
	var err error
	if c.admin, err = load("admin"); err != nil {
		return "", err
	}
	if c.relayer, err = load("relayer"); err != nil {
		return "", err
	}
	for _, org := range Committee {
		k, err := load(org)
		if err != nil {
			return "", err
		}
		c.orgs[org] = k
	}
	for i := range r.cfg.Investors {
		k, err := load(fmt.Sprintf("investor-%d", i+1))
		if err != nil {
			return "", err
		}
		c.investors = append(c.investors, k)
	}
	funded := []common.Address{ethkey.Address(c.admin), ethkey.Address(c.relayer)}
	for _, k := range c.investors {
		funded = append(funded, ethkey.Address(k))
	}
	rpc := ""
	if r.cfg.Serve {
		rpc = r.cfg.RPCAddr
	}
	if c.sim, err = newChain(funded, rpc); err != nil {
		return "", err
	}
	r.chain = c
	if rpc != "" {
		c.rpcURL = "http://" + rpc
	}
	chainID, err := c.sim.Chain.ChainID(ctx)
	if err != nil {
		return "", fmt.Errorf("chain id: %w", err)
	}
	c.chainID = chainID
	info := &ChainInfo{ChainID: chainID, Admin: ethkey.Address(c.admin), Relayer: ethkey.Address(c.relayer), Orgs: map[string]common.Address{}}
	plan := &deploy.Plan{Threshold: CommitteeThreshold, Pool: r.cfg.Pool, Policy: r.policy, VK: r.keySet.VK,
		TokenName: string(r.cfg.Pool) + " revenue share (demo)", TokenSymbol: "RWADEMO"}
	for _, org := range Committee {
		a := ethkey.Address(c.orgs[org])
		info.Orgs[org] = a
		plan.Committee = append(plan.Committee, a)
	}
	adminOpts := c.opts(c.admin)
	addrs, err := deploy.Deploy(ctx, &c.sim.Chain, adminOpts, plan)
	if err != nil {
		return "", err
	}
	info.Addresses = addrs
	r.rep.Chain = info

	// Investors: verified identities (a year from the chain's clock), then
	// tokens, before any disclosure so the payout snapshots include them.
	head, err := c.sim.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("chain head: %w", err)
	}
	expiry := head.Time + uint64((365 * 24 * time.Hour).Seconds())
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	for i, k := range c.investors {
		a := ethkey.Address(k)
		info.Investors = append(info.Investors, a)
		if _, err := c.sim.Chain.Send(ctx, adminOpts, addrs.IdentityRegistry, identityABI.PackRegisterIdentity(a, investorCountry, expiry)); err != nil {
			return "", fmt.Errorf("registering investor %s: %w", a, err)
		}
		amount := new(big.Int).Mul(big.NewInt(InvestorShares[i]), unit)
		if _, err := c.sim.Chain.Send(ctx, adminOpts, addrs.Token, tokenABI.PackMint(a, amount)); err != nil {
			return "", fmt.Errorf("minting to investor %s: %w", a, err)
		}
	}
	// One transfer between verified holders shows the compliance rules let
	// it through (investor 1 → 2, one token, and back).
	one := new(big.Int).Set(unit)
	o0, o1 := c.opts(c.investors[0]), c.opts(c.investors[1])
	if _, err := c.sim.Chain.Send(ctx, o0, addrs.Token, tokenABI.PackTransfer(info.Investors[1], one)); err != nil {
		return "", fmt.Errorf("transfer between verified investors: %w", err)
	}
	if _, err := c.sim.Chain.Send(ctx, o1, addrs.Token, tokenABI.PackTransfer(info.Investors[0], one)); err != nil {
		return "", fmt.Errorf("transfer between verified investors: %w", err)
	}
	if addrs.InsecureKey || r.keySet.Meta.Setup.Insecure() {
		fmt.Fprintf(r.out, "      the verifier pins the INSECURE development key %s\n", addrs.VKHash)
	}
	var shares string
	for i := range c.investors {
		if i > 0 {
			shares += "/"
		}
		shares += strconv.FormatInt(InvestorShares[i], 10)
	}
	return fmt.Sprintf("chain %s: registry %s, verifier %s, token %s, test-only stablecoin %s; committee %d of %v; %d verified investors hold %s tokens",
		chainID, addrs.Registry.Hex(), addrs.Verifier.Hex(), addrs.Token.Hex(), addrs.PayoutToken.Hex(),
		CommitteeThreshold, Committee, len(c.investors), shares), nil
}

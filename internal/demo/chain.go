package demo

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/bridge/ethkey"
	"github.com/rwabridge/rwabridge/internal/atomicfile"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/token"
)

// Committee is the demo's attesting committee: one key per consortium org
// of the embedded ledger, any two of which form a quorum.
var Committee = []string{"OperatorMSP", "AuditorMSP", "CustodianMSP"}

// CommitteeThreshold is how many of Committee must sign.
const CommitteeThreshold = 2

// DeploymentFile is where a run records its deployment (DataDir-relative):
// the contracts' addresses as rwabridge offshore deploy prints them
// (deploy.Addresses). It names the chain of the latest run, which lives
// only as long as that run serves it.
const DeploymentFile = "l2/deployment.json"

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
	var opts []onchain.SimOption
	if rpcAddr != "" {
		h, p, err := net.SplitHostPort(rpcAddr)
		if err != nil {
			return nil, fmt.Errorf("rpc address %q: %w", rpcAddr, err)
		}
		port, err := strconv.Atoi(p)
		if err != nil {
			return nil, fmt.Errorf("rpc address %q: port: %w", rpcAddr, err)
		}
		// Fail with a clear message if the port is taken: the node would
		// otherwise only log it.
		ln, err := net.Listen("tcp", rpcAddr)
		if err != nil {
			return nil, fmt.Errorf("rpc address %s: %w", rpcAddr, err)
		}
		ln.Close()
		opts = append(opts, onchain.WithHTTP(h, port))
	}
	return onchain.NewSimulated(alloc, opts...), nil
}

// L2KeysDir is where the demo keeps its L2 keys (DataDir-relative), one
// hex key file each: the admin's, the relayer's, the investors' and each
// org's attestor key, which also signs the org's ceremony contributions.
const L2KeysDir = "l2keys"

// l2Key loads the demo's L2 key name, creating it on first use, and
// returns it with its file.
func (r *run) l2Key(name string) (*ecdsa.PrivateKey, string, error) {
	dir := filepath.Join(r.cfg.DataDir, L2KeysDir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, "", fmt.Errorf("demo L2 keys: %w", err)
	}
	path := filepath.Join(dir, name+".key")
	k, _, err := ethkey.LoadOrCreate(path)
	if err != nil {
		return nil, "", fmt.Errorf("demo L2 key %s: %w", name, err)
	}
	return k, path, nil
}

// deploy starts the chain, deploys and configures the contracts with the
// committee of the orgs' keys, and registers and funds the investors.
func (r *run) deploy(ctx context.Context) (string, error) {
	c := &chain{orgs: map[string]*ecdsa.PrivateKey{}, keyFiles: map[string]string{}}
	load := func(name string) (*ecdsa.PrivateKey, error) {
		k, path, err := r.l2Key(name)
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
	c.rpcURL = c.sim.URL
	chainID, err := c.sim.Chain.ChainID(ctx)
	if err != nil {
		return "", fmt.Errorf("chain id: %w", err)
	}
	c.chainID = chainID
	info := &ChainInfo{ChainID: chainID, Admin: ethkey.Address(c.admin), Relayer: ethkey.Address(c.relayer), Orgs: map[string]common.Address{}}
	// The pool's first epoch is the ledger's first sealed one: the registry
	// takes every epoch from it, in order.
	first := r.rep.Epochs[0].Seal.Epoch
	for _, ep := range r.rep.Epochs {
		first = min(first, ep.Seal.Epoch)
	}
	plan := &deploy.Plan{Threshold: CommitteeThreshold, Pool: r.cfg.Pool, Policy: r.policy, VK: r.keySet.VK,
		TokenName: string(r.cfg.Pool) + " revenue share (demo)", TokenSymbol: "RWADEMO", FirstEpoch: &first}
	c.governance(plan)
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
	// What rwabridge offshore deploy prints, where rwabridge status finds
	// it (--data DIR) while the chain serves.
	doc, err := json.MarshalIndent(addrs, "", "  ")
	if err != nil {
		return "", fmt.Errorf("deployment file: %w", err)
	}
	path := filepath.Join(r.cfg.DataDir, DeploymentFile)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return "", fmt.Errorf("deployment file: %w", err)
	}
	if err := atomicfile.WriteFile(path, append(doc, '\n'), 0o644); err != nil {
		return "", fmt.Errorf("deployment file: %w", err)
	}

	// Investors: verified identities (a year from the chain's clock), then
	// tokens, before any disclosure so the payout snapshots include them.
	head, err := c.sim.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("chain head: %w", err)
	}
	expiry := head.Time + uint64((365 * 24 * time.Hour).Seconds())
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	var holders []token.Holder
	for i, k := range c.investors {
		a := ethkey.Address(k)
		info.Investors = append(info.Investors, a)
		holders = append(holders, token.Holder{Address: a, Country: investorCountry, Expiry: expiry,
			Amount: new(big.Int).Mul(big.NewInt(InvestorShares[i]), unit)})
	}
	if err := token.Onboard(ctx, &c.sim.Chain, adminOpts, addrs, holders); err != nil {
		return "", err
	}
	// One transfer between verified holders shows the compliance rules let
	// it through (investor 1 → 2, one token, and back).
	if err := token.Transfer(ctx, &c.sim.Chain, c.opts(c.investors[0]), addrs.Token, info.Investors[1], unit); err != nil {
		return "", err
	}
	if err := token.Transfer(ctx, &c.sim.Chain, c.opts(c.investors[1]), addrs.Token, info.Investors[0], unit); err != nil {
		return "", err
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
	return fmt.Sprintf("chain %s: timelock %s (delay %s, every contract's admin), registry %s, verifier %s, token %s, test-only stablecoin %s; committee %d of %v; %d verified investors hold %s tokens",
		chainID, addrs.Timelock.Hex(), GovernanceDelay, addrs.Registry.Hex(), addrs.Verifier.Hex(), addrs.Token.Hex(), addrs.PayoutToken.Hex(),
		CommitteeThreshold, Committee, len(c.investors), shares), nil
}

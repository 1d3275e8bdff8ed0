package offshore_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/chaintest"
	"github.com/rwabridge/rwabridge/offshore/deploy"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/governance"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

const testPool = telemetry.PoolID("pool-a")

var (
	shapeOnce   sync.Once
	shapeProver *chaintest.Prover
	shapeErr    error
)

// shape returns the shared Shape prover (one setup per test binary).
func shape(t testing.TB) *chaintest.Prover {
	t.Helper()
	shapeOnce.Do(func() { shapeProver, shapeErr = chaintest.NewShape() })
	if shapeErr != nil {
		t.Fatal(shapeErr)
	}
	return shapeProver
}

var (
	registryABI = bindings.NewDisclosureRegistry()
	tokenABI    = bindings.NewRWAToken()
	identityABI = bindings.NewIdentityRegistry()
	verifierABI = bindings.NewGroth16Verifier()
	stableABI   = bindings.NewTestOnlyStablecoin()
)

// env is a deployment on a fresh simulated Osaka chain: a committee of
// three (threshold 2), one pool under the daily policy, the Shape key.
type env struct {
	t       testing.TB
	ctx     context.Context
	sim     *onchain.Simulated
	admin   *ecdsa.PrivateKey
	opts    *bind.TransactOpts
	members []*ecdsa.PrivateKey // sorted by address
	others  []*ecdsa.PrivateKey // funded, not in the committee
	policy  *policy.Policy
	addrs   *deploy.Addresses
	first   uint64 // the pool's first epoch: FirstEpochBack before the deployment's
	dom     disclosure.Domain
	dep     *chaintest.Deployment // admin = its timelock's proposer and executor, and every role's holder
}

func newKey(t testing.TB) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

func newEnv(t testing.TB) *env {
	t.Helper()
	return newEnvVK(t, shape(t).VK)
}

// newEnvVK is newEnv with the pool's verifier on vk: the test world's
// chain (chaintest) with four funded keys besides the admin (e.others) and
// its deployment, in which the admin (the deployer) holds the guardian,
// operator and agent roles and proposes and executes on the timelock, the
// contracts' only default admin.
func newEnvVK(t testing.TB, vk groth16.VerifyingKey) *env {
	t.Helper()
	return newEnvWith(t, func(*chaintest.Chain) chaintest.DeployOptions { return chaintest.DeployOptions{VK: vk} })
}

// newEnvWith is newEnv with the deployment options opts returns for the
// chain (their VK defaults to the Shape key's).
func newEnvWith(t testing.TB, opts func(*chaintest.Chain) chaintest.DeployOptions) *env {
	t.Helper()
	ctx := context.Background()
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 4})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	o := opts(c)
	if o.VK == nil {
		o.VK = shape(t).VK
	}
	d, err := chaintest.Deploy(ctx, c, o)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: ctx, sim: c.Sim, admin: c.Admin, opts: c.Opts(c.Admin), members: d.Members(), others: c.Funded,
		policy: d.Policy, addrs: d.Addresses, dom: d.Domain(), dep: d, first: d.Addresses.FirstEpoch}
}

// govern makes changes through the timelock (chaintest.Deployment.Govern):
// scheduled, the delay waited out, executed.
func (e *env) govern(changes ...governance.Change) error {
	_, err := e.dep.Govern(e.ctx, changes...)
	return err
}

// mustGovern is govern failing the test on an error.
func (e *env) mustGovern(changes ...governance.Change) {
	e.t.Helper()
	if err := e.govern(changes...); err != nil {
		e.t.Fatal(err)
	}
}

// governEach schedules every change, waits out the delay once and
// executes each, returning each execution's error.
func (e *env) governEach(changes ...governance.Change) []error {
	e.t.Helper()
	ops, err := e.dep.Schedule(e.ctx, changes...)
	if err != nil {
		e.t.Fatal(err)
	}
	e.advance(e.dep.Delay)
	errs := make([]error, len(ops))
	for i, op := range ops {
		_, errs[i] = e.dep.Timelock.Execute(e.ctx, e.opts, op.ID)
	}
	return errs
}

func (e *env) chain() *onchain.Chain { return &e.sim.Chain }

// now returns the latest block's time.
func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.sim.Chain.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// endedEpoch returns an epoch that ended before the latest block, back
// epochs before the current one.
func (e *env) endedEpoch(back uint64) uint64 {
	return e.now()/e.policy.EpochSeconds() - back
}

// goodDisclosure returns plausible figures for epoch of testPool.
func (e *env) goodDisclosure(epoch uint64) disclosure.Disclosure {
	d := disclosure.Disclosure{
		Pool: testPool.Field(), Epoch: epoch, PolicyHash: e.policy.Hash().BigInt(),
		Root:    new(big.Int).SetUint64(0xabcdef0000 + epoch),
		Metrics: [5]uint64{1000, 2_500_000, 2_000_000, 40, 700},
	}
	d.SetChunkRoots([]*big.Int{d.Root})
	return d
}

// single returns the chunk lists of a single-chunk epoch: d's root and proof.
func single(d *disclosure.Disclosure, proof []byte) *disclosure.Submission {
	return &disclosure.Submission{Disclosure: *d, ChunkRoots: []*big.Int{d.Root}, Proofs: [][]byte{proof}}
}

func (e *env) inputs(d *disclosure.Disclosure) [7]*big.Int {
	e.t.Helper()
	in, err := d.PublicInputs(disclosure.InitialAcc(), disclosure.TermsOf(e.policy))
	if err != nil {
		e.t.Fatal(err)
	}
	return in
}

func (e *env) prove(d *disclosure.Disclosure) []byte {
	e.t.Helper()
	return e.proveTerms(d, disclosure.TermsOf(e.policy))
}

// proveTerms proves d's single-chunk inputs under other registry terms
// (the Shape circuit proves any inputs).
func (e *env) proveTerms(d *disclosure.Disclosure, terms disclosure.Terms) []byte {
	e.t.Helper()
	in, err := d.PublicInputs(disclosure.InitialAcc(), terms)
	if err != nil {
		e.t.Fatal(err)
	}
	p, err := shape(e.t).ProveShape(in)
	if err != nil {
		e.t.Fatal(err)
	}
	return p
}

// sign returns the signatures of the given members (indices into
// e.members), concatenated in the order given.
func (e *env) sign(d *disclosure.Disclosure, who ...int) []byte {
	e.t.Helper()
	var out []byte
	for _, i := range who {
		s, err := disclosure.Sign(d, e.dom, e.members[i])
		if err != nil {
			e.t.Fatal(err)
		}
		out = append(out, s.Sig...)
	}
	return out
}

func (e *env) submitFrom(k *ecdsa.PrivateKey, d *disclosure.Disclosure, proof, sigs []byte) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(k, e.dom.ChainID)
	return e.chain().Send(e.ctx, opts, e.addrs.Registry, registry.Calldata(single(d, proof), sigs))
}

// submitChunks submits s through the general submitDisclosure with sigs from
// e.others[0].
func (e *env) submitChunks(s *disclosure.Submission, sigs []byte) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(e.others[0], e.dom.ChainID)
	return e.chain().Send(e.ctx, opts, e.addrs.Registry, registry.ChunkedCalldata(s, sigs))
}

func (e *env) submit(d *disclosure.Disclosure, proof, sigs []byte) (*types.Receipt, error) {
	return e.submitFrom(e.others[0], d, proof, sigs)
}

// mustSubmit submits a good disclosure of epoch and returns it.
func (e *env) mustSubmit(epoch uint64) disclosure.Disclosure {
	e.t.Helper()
	d := e.goodDisclosure(epoch)
	if _, err := e.submit(&d, e.prove(&d), e.sign(&d, 0, 1)); err != nil {
		e.t.Fatalf("good disclosure of epoch %d: %v", epoch, err)
	}
	return d
}

// send sends calldata from the admin.
func (e *env) send(to common.Address, data []byte) error {
	_, err := e.chain().Send(e.ctx, e.opts, to, data)
	return err
}

func (e *env) sendFrom(k *ecdsa.PrivateKey, to common.Address, data []byte) error {
	_, err := e.chain().Send(e.ctx, bind.NewKeyedTransactor(k, e.dom.ChainID), to, data)
	return err
}

func (e *env) call(to common.Address, data []byte) []byte {
	e.t.Helper()
	out, err := e.chain().Call(e.ctx, addr(e.admin), to, data)
	if err != nil {
		e.t.Fatal(err)
	}
	return out
}

func (e *env) advance(d time.Duration) {
	e.t.Helper()
	if err := e.sim.Advance(d); err != nil {
		e.t.Fatal(err)
	}
}

// wantRevert fails unless err is a revert with the named custom error.
func wantRevert(t testing.TB, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("accepted; want revert %s", name)
	}
	if got := onchain.RevertName(err); got != name {
		t.Fatalf("reverted with %q (%v); want %s", got, err, name)
	}
}

func withVerifier(c bindings.DisclosureRegistryPoolConfig, v common.Address) bindings.DisclosureRegistryPoolConfig {
	c.Verifier = v
	return c
}

func withEpoch(c bindings.DisclosureRegistryPoolConfig, l uint32) bindings.DisclosureRegistryPoolConfig {
	c.EpochLength = l
	return c
}

func withMax(c bindings.DisclosureRegistryPoolConfig, i int, m uint64) bindings.DisclosureRegistryPoolConfig {
	c.MaxValue[i] = m
	return c
}

func withDrop(c bindings.DisclosureRegistryPoolConfig, i int, bp uint16) bindings.DisclosureRegistryPoolConfig {
	c.MaxDropBp[i] = bp
	return c
}

type keysAndAddr struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newMember(t testing.TB) *keysAndAddr {
	k := newKey(t)
	return &keysAndAddr{key: k, addr: addr(k)}
}

func mustInputs(t testing.TB, d *disclosure.Disclosure, terms disclosure.Terms) [7]*big.Int {
	t.Helper()
	in, err := d.PublicInputs(disclosure.InitialAcc(), terms)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func TestMain(m *testing.M) {
	code := m.Run()
	chaintest.RemoveKeys()
	os.Exit(code)
}

// realDeployment is a fresh chain (closed with the test) with the
// contracts deployed for testPool under the real summary circuit's keys.
func realDeployment(t *testing.T) (*chaintest.Chain, *chaintest.Deployment) {
	t.Helper()
	c, err := chaintest.NewChain(chaintest.ChainOptions{Funded: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	dep, err := chaintest.Deploy(context.Background(), c, chaintest.DeployOptions{Keys: summaryKeys(t), Pool: testPool})
	if err != nil {
		t.Fatal(err)
	}
	return c, dep
}

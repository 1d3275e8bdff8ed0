package investor

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"time"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/offshore/audit"
	"github.com/rwabridge/rwabridge/offshore/bindings"
	"github.com/rwabridge/rwabridge/offshore/disclosure"
	"github.com/rwabridge/rwabridge/offshore/onchain"
	"github.com/rwabridge/rwabridge/offshore/registry"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// Backend is what the investor view needs of an L2 node: calls at a
// block, logs, transactions and headers. *ethclient.Client and the
// simulated chain's client satisfy it.
type Backend interface {
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	ChainID(ctx context.Context) (*big.Int, error)
}

// Errors of reading the chain.
var (
	// ErrChain: the node failed a request or answered something that does
	// not decode.
	ErrChain = errors.New("reading the chain")
	// ErrNotRegistry: the address does not behave as a DisclosureRegistry.
	ErrNotRegistry = errors.New("not a DisclosureRegistry")
)

// Config is what a Reader reads.
type Config struct {
	Registry common.Address
	// VK re-verifies every proof locally when set (its hash must be the
	// pool verifier's vkHash, else the proofs are "not checked"). Without
	// it, each disclosure's proofs are re-verified with the key its
	// verifier contract returns (verifyingKey(), rebuilt and its hash
	// checked against vkHash() by offshore/audit.ReadVerifierKey).
	VK groth16.VerifyingKey
	// VKInsecure marks VK as a development key.
	VKInsecure bool
	// VKCeremony is the ceremony VK's key set comes from, as that set's
	// metadata describes it (keys.Metadata.Ceremony): set exactly when VK
	// is not VKInsecure. Its orgs are shown as the keys' origin.
	VKCeremony *keys.CeremonyInfo
	// VKCapacity is VK's chunk capacity (its key metadata), with which the
	// epoch root of a multi-chunk disclosure is recomputed; 0 skips that.
	VKCapacity int
	// FromBlock is the first block searched for events (the registry's
	// deployment block, or 0).
	FromBlock uint64
	// Policies are policies known besides the embedded ones: a disclosure
	// under one is named, and the metrics it withholds shown as withheld.
	Policies []*policy.Policy
	// SignerNames names committee members by the org they sign for
	// (LoadSignerNames): shown as "OperatorMSP (0x…)" wherever a member
	// or a signer is.
	SignerNames map[common.Address]string
	// Currency is the ISO 4217 code of the revenue figures (CheckCurrency);
	// "" when not known.
	Currency string
	// Explorer is a block explorer's URL template (CheckExplorer) the page
	// links transactions, addresses and blocks with; "" for no links.
	Explorer string
}

var (
	registryABI = registry.ABI
	tokenABI    = bindings.NewRWAToken()
	verifierABI = bindings.NewGroth16Verifier()
	erc20ABI    = bindings.NewTestOnlyStablecoin() // decimals() and symbol() of any ERC-20
	tokenParsed = onchain.MustABI(&bindings.RWATokenMetaData)
)

// Reader reads Snapshots of a registry. It keeps the evidence it derived
// from each disclosure's transaction (signers, local proof verdicts), so
// repeated reads only do that work for new disclosures. Safe for
// concurrent use.
type Reader struct {
	b        Backend
	cfg      Config
	log      *slog.Logger
	vkHash   *field.Digest // of cfg.VK, nil without one
	policies audit.Policies

	mu        sync.Mutex
	evidence  map[common.Hash]*evidence          // by log tx hash
	chainKeys map[common.Address]*audit.ChainKey // verifiers' own keys, by verifier
}

// evidence is what a disclosure's transaction proves about it.
type evidence struct {
	signers []common.Address
	err     error // calldata problem: signers unknown
	local   Check
}

// NewReader returns a Reader of cfg.Registry over b.
func NewReader(b Backend, cfg Config, log *slog.Logger) (*Reader, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := cfg.check(); err != nil {
		return nil, fmt.Errorf("investor: %w", err)
	}
	known, err := audit.EmbeddedPolicies()
	if err != nil {
		return nil, fmt.Errorf("investor: %w", err)
	}
	for _, p := range cfg.Policies {
		known[p.Hash()] = p
	}
	r := &Reader{b: b, cfg: cfg, log: log, evidence: map[common.Hash]*evidence{}, chainKeys: map[common.Address]*audit.ChainKey{},
		policies: known}
	if cfg.VK != nil {
		h, err := keys.VKHash(cfg.VK)
		if err != nil {
			return nil, fmt.Errorf("investor: verifying key: %w", err)
		}
		d := field.Digest(h)
		r.vkHash = &d
	}
	return r, nil
}

// Head returns the latest block number.
func (r *Reader) Head(ctx context.Context) (uint64, error) {
	h, err := r.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("%w: latest header: %w", ErrChain, err)
	}
	return h.Number.Uint64(), nil
}

// reading is one Read: every call is made at the same block.
type reading struct {
	r          *Reader
	ctx        context.Context
	block      *big.Int
	times      map[uint64]time.Time
	initialAcc *big.Int                   // the registry's initialAccHash
	committees map[uint64]audit.Committee // by version
}

func (rd *reading) call(to common.Address, data []byte) ([]byte, error) {
	out, err := rd.r.b.CallContract(rd.ctx, ethereum.CallMsg{To: &to, Data: data}, rd.block)
	if err != nil {
		return nil, fmt.Errorf("%w: call %s: %w", ErrChain, to, err)
	}
	return out, nil
}

func (rd *reading) logs(addr common.Address, topics [][]common.Hash) ([]types.Log, error) {
	logs, err := rd.r.b.FilterLogs(rd.ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(rd.r.cfg.FromBlock), ToBlock: rd.block,
		Addresses: []common.Address{addr}, Topics: topics,
	})
	if err != nil {
		return nil, fmt.Errorf("%w: logs of %s: %w", ErrChain, addr, err)
	}
	return logs, nil
}

func (rd *reading) blockTime(n uint64) (time.Time, error) {
	if t, ok := rd.times[n]; ok {
		return t, nil
	}
	h, err := rd.r.b.HeaderByNumber(rd.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: header %d: %w", ErrChain, n, err)
	}
	t := time.Unix(int64(h.Time), 0).UTC()
	rd.times[n] = t
	return t, nil
}

func event(a *abi.ABI, name string) common.Hash { return a.Events[name].ID }

// Read reads every pool of the registry at the latest block.
func (r *Reader) Read(ctx context.Context) (*Snapshot, error) {
	head, err := r.b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: latest header: %w", ErrChain, err)
	}
	chainID, err := r.b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("%w: chain id: %w", ErrChain, err)
	}
	rd := &reading{r: r, ctx: ctx, block: head.Number, times: map[uint64]time.Time{}}
	s := &Snapshot{
		Registry: r.cfg.Registry.Hex(), ChainID: chainID.String(), Block: head.Number.Uint64(),
		Time: time.Unix(int64(head.Time), 0).UTC(), ReadAt: time.Now().UTC(), Explorer: r.cfg.Explorer, Pools: []*Pool{},
	}
	if r.vkHash != nil {
		s.LocalVK = &LocalVK{Hash: *r.vkHash, Insecure: r.cfg.VKInsecure}
	}
	out, err := rd.call(r.cfg.Registry, registryABI.PackCommittee())
	if err != nil {
		return nil, err
	}
	cur, err := registryABI.UnpackCommittee(out)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: committee(): %w", ErrNotRegistry, r.cfg.Registry, err)
	}
	if out, err = rd.call(r.cfg.Registry, registryABI.PackInitialAccHash()); err != nil {
		return nil, err
	}
	if rd.initialAcc, err = registryABI.UnpackInitialAccHash(out); err != nil {
		return nil, fmt.Errorf("%w: initialAccHash: %w", ErrNotRegistry, err)
	}
	evs, err := (&registry.Reader{Chain: r.b, Address: r.cfg.Registry, FromBlock: r.cfg.FromBlock}).Events(ctx, rd.block)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrChain, err)
	}
	rd.committees = map[uint64]audit.Committee{}
	for _, ev := range evs.Committees {
		rd.committees[ev.Version] = audit.Committee{Version: ev.Version, Block: ev.Raw.BlockNumber, LogIndex: ev.Raw.Index,
			Members: ev.Members, Threshold: ev.Threshold}
	}
	// The current committee's members are in its CommitteeSet event; the
	// registry keeps their hash.
	now, ok := rd.committees[cur.Version]
	if !ok || registry.MembersHash(now.Members) != cur.MembersHash || now.Threshold != cur.Threshold {
		return nil, fmt.Errorf("%w: %s: no CommitteeSet event of the current committee version %d matches committee()", ErrChain, r.cfg.Registry, cur.Version)
	}
	byPool := map[string][]*registry.Accepted{}
	for _, ev := range evs.Accepted {
		k := ev.Pool.String()
		byPool[k] = append(byPool[k], ev)
	}
	// Pools in order of first configuration, each with its configuration
	// history (in chain order).
	var order []*big.Int
	configs := map[string][]*registry.PoolConfig{}
	for _, ev := range evs.PoolConfigs {
		k := ev.Pool.String()
		if configs[k] == nil {
			order = append(order, ev.Pool)
		}
		configs[k] = append(configs[k], ev)
	}
	dom := disclosure.Domain{ChainID: chainID, Registry: r.cfg.Registry}
	for _, field := range order {
		p, err := r.pool(rd, field, now, dom, configs[field.String()], byPool[field.String()])
		if err != nil {
			return nil, err
		}
		s.Pools = append(s.Pools, p)
	}
	return s, nil
}

// configAt returns the pool configuration in force when the log at l was
// emitted: the last PoolConfigured before it.
func configAt(configs []*registry.PoolConfig, l *types.Log) *registry.PoolConfig {
	var at *registry.PoolConfig
	for _, c := range configs {
		if c.Raw.BlockNumber < l.BlockNumber || c.Raw.BlockNumber == l.BlockNumber && c.Raw.Index < l.Index {
			at = c
		}
	}
	return at
}

func (r *Reader) committee(members []common.Address, threshold uint8, version uint64) Committee {
	c := Committee{Version: version, Threshold: int(threshold), Members: []Member{}}
	for _, m := range members {
		c.Members = append(c.Members, r.cfg.member(m))
	}
	return c
}

// keysOf says what kind of keys a verifier pinning hash holds: the kind of
// the key set the reader was given (Config.VK) when its hash is that one, else unknown.
func (r *Reader) keysOf(hash field.Digest) Keys {
	if r.vkHash == nil || *r.vkHash != hash {
		return Keys{Kind: KeysUnknown, Insecure: true,
			Source: "the chain holds only the keys' hash; no key set or ceremony transcript with that hash was given"}
	}
	const source = "the metadata of the key set passed in (--vk, or --keys for status), whose hash the verifier pins"
	if r.cfg.VKInsecure {
		return Keys{Kind: KeysDev, Insecure: true, Source: source}
	}
	c := r.cfg.VKCeremony
	return Keys{Kind: KeysCeremony, Orgs: c.Orgs(), Ceremony: c.ID.String(),
		Source: source + ", naming ceremony " + c.ID.String() + " and its contributors: a claim of that metadata; rwabridge ceremony verify (or audit verify --ceremony) checks the transcript itself"}
}

// poolID names a pool by its telemetry id when the field is one.
func poolID(x *big.Int) string {
	if id, err := telemetry.PoolIDFromField(x); err == nil {
		return string(id)
	}
	return field.Word(x)
}

func (r *Reader) pool(rd *reading, poolField *big.Int, cur audit.Committee, dom disclosure.Domain,
	configs []*registry.PoolConfig, events []*registry.Accepted) (*Pool, error) {
	p := &Pool{ID: poolID(poolField), Field: elementOf(poolField), Committee: r.committee(cur.Members, cur.Threshold, cur.Version),
		Currency: r.cfg.Currency, Disclosures: []*Disclosure{}}
	out, err := rd.call(r.cfg.Registry, registryABI.PackPoolInfo(poolField))
	if err != nil {
		return nil, err
	}
	info, err := registryABI.UnpackPoolInfo(out)
	if err != nil {
		return nil, fmt.Errorf("%w: poolInfo: %w", ErrNotRegistry, err)
	}
	p.Active, p.EpochLength, p.Verifier = info.Active, info.EpochLength, info.Verifier.Hex()
	if out, err = rd.call(r.cfg.Registry, registryABI.PackIsStale(poolField)); err != nil {
		return nil, err
	}
	if p.Stale, err = registryABI.UnpackIsStale(out); err != nil {
		return nil, fmt.Errorf("%w: isStale: %w", ErrNotRegistry, err)
	}
	if out, err = rd.call(r.cfg.Registry, registryABI.PackLatestEpoch(poolField)); err != nil {
		return nil, err
	}
	latest, err := registryABI.UnpackLatestEpoch(out)
	if err != nil {
		return nil, fmt.Errorf("%w: latestEpoch: %w", ErrNotRegistry, err)
	}
	if latest.Ok {
		p.LatestEpoch = &latest.Epoch
	}
	if p.Stale && p.EpochLength > 0 {
		p.Missing = missingEpoch(p, info.FirstEpoch)
	}
	if out, err = rd.call(info.Verifier, verifierABI.PackVkHash()); err != nil {
		return nil, err
	}
	vkh, err := verifierABI.UnpackVkHash(out)
	if err != nil {
		return nil, fmt.Errorf("%w: verifier %s: vkHash(): %w", ErrChain, info.Verifier, err)
	}
	p.VKHash = field.Digest(vkh)
	p.Keys = r.keysOf(p.VKHash)
	payouts := map[uint64]*Payout{}
	if info.Token != (common.Address{}) {
		if p.Token, payouts, err = r.token(rd, info.Token); err != nil {
			return nil, err
		}
	}
	for _, ev := range events {
		d, err := r.disclosure(rd, p, ev, dom, configAt(configs, ev.Raw))
		if err != nil {
			return nil, err
		}
		d.Payout = payouts[d.Epoch]
		p.Disclosures = append(p.Disclosures, d)
	}
	slices.SortFunc(p.Disclosures, func(a, b *Disclosure) int {
		switch {
		case a.Epoch < b.Epoch:
			return -1
		case a.Epoch > b.Epoch:
			return 1
		}
		return 0
	})
	return p, nil
}

// missingEpoch returns the first epoch of a stale pool that is not
// disclosed: the one after the latest disclosed, or with none the pool's
// first epoch (the registry accepts no other).
func missingEpoch(p *Pool, first uint64) *EpochSpan {
	length := uint64(p.EpochLength)
	epoch := first
	if p.LatestEpoch != nil {
		epoch = *p.LatestEpoch + 1
	}
	return &EpochSpan{Epoch: epoch, Start: time.Unix(int64(epoch*length), 0).UTC(), End: time.Unix(int64((epoch+1)*length), 0).UTC()}
}

// withheld returns the metrics the known policy with hash h withholds, in
// metric order (every one of a suppressed disclosure); empty when no known
// policy has that hash.
func (r *Reader) withheld(h *big.Int, suppressed bool) []string {
	out := []string{}
	e, err := field.FromBig(h)
	if !suppressed && (err != nil || r.policies[e] == nil) {
		return out
	}
	for m := range policy.Metric(disclosure.NumMetrics) {
		if suppressed || !r.policies[e].Disclose.Has(m) {
			out = append(out, m.String())
		}
	}
	return out
}

// policyName returns id@version of the embedded policy with hash h, ""
// when none has it.
func (r *Reader) policyName(h *big.Int) string {
	if e, err := field.FromBig(h); err == nil && r.policies[e] != nil {
		p := r.policies[e]
		return fmt.Sprintf("%s@%d", p.ID, p.Version)
	}
	return ""
}

func (r *Reader) disclosure(rd *reading, p *Pool, ev *registry.Accepted,
	dom disclosure.Domain, cfg *registry.PoolConfig) (*Disclosure, error) {
	d := registry.OfEvent(ev)
	length := uint64(p.EpochLength)
	out := &Disclosure{
		Epoch: ev.Epoch, Start: time.Unix(int64(ev.Epoch*length), 0).UTC(), End: time.Unix(int64((ev.Epoch+1)*length), 0).UTC(),
		Swaps: ev.Metrics[0], EnergyWh: ev.Metrics[1], RevenueCents: ev.Metrics[2], ActiveCabinets: ev.Metrics[3], MinSoHPermille: ev.Metrics[4],
		Chunks: ev.Chunks, Root: elementOf(ev.Root), Withheld: r.withheld(ev.PolicyHash, ev.Suppressed), Suppressed: ev.Suppressed,
		PolicyHash: elementOf(ev.PolicyHash), Policy: r.policyName(ev.PolicyHash),
		Tx: ev.Raw.TxHash.Hex(), Block: ev.Raw.BlockNumber, Submitter: ev.Submitter.Hex(), CommitteeVersion: ev.CommitteeVersion,
		Signers: []Signer{},
	}
	var err error
	if out.BlockTime, err = rd.blockTime(ev.Raw.BlockNumber); err != nil {
		return nil, err
	}
	// The verifier that checked it: the pool's at that time.
	out.Verifier, out.VKHash = p.Verifier, p.VKHash
	if cfg != nil {
		out.Verifier, out.VKHash = cfg.Verifier.Hex(), field.Digest(cfg.VkHash)
	}
	c, known := rd.committees[ev.CommitteeVersion]
	out.Threshold = int(c.Threshold)

	// Policy terms (payout share).
	res, err := rd.call(r.cfg.Registry, registryABI.PackPolicyTerms(ev.Pool, ev.PolicyHash))
	if err != nil {
		return nil, err
	}
	terms, err := registryABI.UnpackPolicyTerms(res)
	if err != nil {
		return nil, fmt.Errorf("%w: policyTerms: %w", ErrNotRegistry, err)
	}
	out.PayoutShareBP = terms.PayoutShareBp

	// Verified on-chain: the registry's record of (pool, epoch) is this
	// disclosure, accepted in the event's block.
	if res, err = rd.call(r.cfg.Registry, registryABI.PackRecord(ev.Pool, ev.Epoch)); err != nil {
		return nil, err
	}
	rec, err := registryABI.UnpackRecord(res)
	if err != nil {
		return nil, fmt.Errorf("%w: record: %w", ErrNotRegistry, err)
	}
	sh := d.StructHash()
	switch {
	case rec.BlockNumber == 0:
		out.OnChain = Check{Failed, "the registry holds no record of this epoch"}
	case [24]byte(sh[:24]) != rec.Digest || rec.BlockNumber != ev.Raw.BlockNumber:
		out.OnChain = Check{Failed, fmt.Sprintf("the registry's record (block %d) is not this disclosure", rec.BlockNumber)}
	default:
		out.OnChain = Check{Verified, fmt.Sprintf("the registry accepted it in block %d after checking the proof with verifier %s, a quorum of the committee and the policy", rec.BlockNumber, out.Verifier)}
	}

	ev2, err := r.evidenceOf(rd, ev, &d, common.HexToAddress(out.Verifier), &audit.Env{Domain: dom, InitialAcc: rd.initialAcc,
		Committee: c, VK: r.cfg.VK, VKHash: out.VKHash, Capacity: r.cfg.VKCapacity, Policies: r.policies})
	if err != nil {
		return nil, err
	}
	members := map[common.Address]bool{}
	for _, m := range c.Members {
		members[m] = true
	}
	for _, a := range ev2.signers {
		out.Signers = append(out.Signers, Signer{Address: a.Hex(), Name: r.cfg.SignerNames[a], Member: known && members[a]})
	}
	out.Local = ev2.local
	return out, nil
}

// chainKey returns the verifying key the verifier contract at addr holds,
// read with offshore/audit.ReadVerifierKey (verifyingKey() rebuilt, its
// hash checked against vkHash()) at the reading's block: the contract keeps
// the key in immutables, so it is the key that checked every disclosure
// sent to that verifier. A key is read once per verifier.
func (r *Reader) chainKey(rd *reading, addr common.Address) (*audit.ChainKey, error) {
	r.mu.Lock()
	k, ok := r.chainKeys[addr]
	r.mu.Unlock()
	if ok {
		return k, nil
	}
	k, err := audit.ReadVerifierKey(rd.ctx, r.b, addr, rd.block)
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	r.chainKeys[addr] = k
	r.mu.Unlock()
	return k, nil
}

// evidenceOf decodes the disclosure's transaction (once per transaction):
// the signers and the local re-verification of its proofs, with cfg.VK or,
// without it, the key of verifierAddr (the pool's verifier when it was
// accepted).
func (r *Reader) evidenceOf(rd *reading, ev *registry.Accepted, d *disclosure.Disclosure,
	verifierAddr common.Address, env *audit.Env) (*evidence, error) {
	key := ev.Raw.TxHash
	r.mu.Lock()
	e, ok := r.evidence[key]
	r.mu.Unlock()
	if ok {
		return e, nil
	}
	tx, _, err := r.b.TransactionByHash(rd.ctx, ev.Raw.TxHash)
	if err != nil {
		return nil, fmt.Errorf("%w: transaction %s: %w", ErrChain, ev.Raw.TxHash, err)
	}
	e = &evidence{}
	var call *audit.Call
	switch {
	case tx.To() == nil || *tx.To() != r.cfg.Registry:
		err = fmt.Errorf("%w: the transaction calls %v, not the registry", ErrCalldata, tx.To())
	case audit.IsPart(tx.Data()):
		call, err = partsOf(rd.ctx, r.b, env.Domain.ChainID, ev.Raw, d)
	default:
		call, err = submissionOf(tx.Data(), d)
	}
	if err == nil {
		e.signers, err = recoverSigners(d, env.Domain, call.Signatures)
	}
	e.err = err
	retry := false // the verdict depends on a failed read: not kept
	switch {
	case err != nil:
		e.local = Check{NotChecked, fmt.Sprintf("the proofs could not be read from the transaction: %v", err)}
	case r.cfg.VK == nil:
		k, kerr := r.chainKey(rd, verifierAddr)
		switch {
		case errors.Is(kerr, audit.ErrVK):
			e.local = Check{Failed, fmt.Sprintf("the verifier contract %s holds no key matching its vkHash(): %v", verifierAddr.Hex(), kerr)}
			r.log.Warn("verifier key", "verifier", verifierAddr, "err", kerr)
		case kerr != nil:
			retry = true
			e.local = Check{NotChecked, fmt.Sprintf("the verifying key could not be read from the verifier contract %s (verifyingKey()): %v; start the server with --vk to re-verify with a key file",
				verifierAddr.Hex(), kerr)}
			r.log.Warn("verifier key", "verifier", verifierAddr, "err", kerr)
		default:
			env.VK = k.VK
			e.local = localCheck(call, env, fmt.Sprintf("the verifying key read from the verifier contract %s (verifyingKey(); its hash %s matched the contract's vkHash())",
				verifierAddr.Hex(), field.Digest(k.VKHash)))
		}
	case *r.vkHash != field.Digest(env.VKHash):
		e.local = Check{NotChecked, fmt.Sprintf("the server's verifying key %s is not the pool verifier's %s", r.vkHash, field.Digest(env.VKHash))}
	default:
		e.local = localCheck(call, env, fmt.Sprintf("the server's verifying key %s (--vk)", field.Digest(env.VKHash)))
	}
	if e.local.Status == Failed {
		r.log.Warn("disclosure does not re-verify", "tx", ev.Raw.TxHash, "epoch", ev.Epoch, "detail", e.local.Detail)
	}
	if err != nil {
		r.log.Warn("disclosure calldata", "tx", ev.Raw.TxHash, "err", err)
	}
	if !retry {
		r.mu.Lock()
		r.evidence[key] = e
		r.mu.Unlock()
	}
	return e, nil
}

// token reads the pool token's facts and its payouts per epoch.
func (r *Reader) token(rd *reading, addr common.Address) (*Token, map[uint64]*Payout, error) {
	t := &Token{Address: addr.Hex()}
	get := func(to common.Address, data []byte, unpack func([]byte) error) error {
		out, err := rd.call(to, data)
		if err != nil {
			return err
		}
		if err := unpack(out); err != nil {
			return fmt.Errorf("%w: token %s: %w", ErrChain, to, err)
		}
		return nil
	}
	var supply *big.Int
	var payoutToken common.Address
	steps := []error{
		get(addr, tokenABI.PackName(), func(b []byte) (err error) { t.Name, err = tokenABI.UnpackName(b); return }),
		get(addr, tokenABI.PackSymbol(), func(b []byte) (err error) { t.Symbol, err = tokenABI.UnpackSymbol(b); return }),
		get(addr, tokenABI.PackDecimals(), func(b []byte) (err error) { t.Decimals, err = tokenABI.UnpackDecimals(b); return }),
		get(addr, tokenABI.PackTotalSupply(), func(b []byte) (err error) { supply, err = tokenABI.UnpackTotalSupply(b); return }),
		get(addr, tokenABI.PackPayoutToken(), func(b []byte) (err error) { payoutToken, err = tokenABI.UnpackPayoutToken(b); return }),
	}
	if err := errors.Join(steps...); err != nil {
		return nil, nil, err
	}
	t.Supply = units(supply, t.Decimals)
	t.PayoutToken = payoutToken.Hex()
	if err := get(payoutToken, erc20ABI.PackDecimals(), func(b []byte) (err error) { t.PayoutDecimal, err = erc20ABI.UnpackDecimals(b); return }); err != nil {
		return nil, nil, err
	}
	if err := get(payoutToken, erc20ABI.PackSymbol(), func(b []byte) (err error) { t.PayoutSymbol, err = erc20ABI.UnpackSymbol(b); return }); err != nil {
		t.PayoutSymbol = ""
	}

	// Holders: balances replayed from Transfer events.
	transfers, err := tokenEvents(rd, addr, bindings.RWATokenTransferEventName, tokenABI.UnpackTransferEvent)
	if err != nil {
		return nil, nil, err
	}
	bal := map[common.Address]*big.Int{}
	for _, ev := range transfers {
		for _, side := range []struct {
			a    common.Address
			sign int64
		}{{ev.From, -1}, {ev.To, 1}} {
			if side.a == (common.Address{}) {
				continue
			}
			addTo(bal, side.a, new(big.Int).Mul(ev.Value, big.NewInt(side.sign)))
		}
	}
	for _, b := range bal {
		if b.Sign() > 0 {
			t.Holders++
		}
	}

	// Payouts per epoch.
	payouts := map[uint64]*Payout{}
	deposited, claimed := map[uint64]*big.Int{}, map[uint64]*big.Int{}
	caps := map[uint64]*big.Int{}
	claims := map[uint64]int{}
	deps, err := tokenEvents(rd, addr, bindings.RWATokenPayoutDepositedEventName, tokenABI.UnpackPayoutDepositedEvent)
	if err != nil {
		return nil, nil, err
	}
	total, totalClaimed := new(big.Int), new(big.Int)
	for _, ev := range deps {
		addTo(deposited, ev.Epoch, ev.Amount)
		caps[ev.Epoch] = ev.Cap
		total.Add(total, ev.Amount)
	}
	cls, err := tokenEvents(rd, addr, bindings.RWATokenPayoutClaimedEventName, tokenABI.UnpackPayoutClaimedEvent)
	if err != nil {
		return nil, nil, err
	}
	for _, ev := range cls {
		addTo(claimed, ev.Epoch, ev.Amount)
		claims[ev.Epoch]++
		totalClaimed.Add(totalClaimed, ev.Amount)
	}
	for e, amt := range deposited {
		payouts[e] = &Payout{Deposited: units(amt, t.PayoutDecimal), Cap: units(caps[e], t.PayoutDecimal),
			Claimed: units(claimed[e], t.PayoutDecimal), Claims: claims[e]}
	}
	t.PaidOut, t.Claimed = units(total, t.PayoutDecimal), units(totalClaimed, t.PayoutDecimal)
	return t, payouts, nil
}

// tokenEvents reads the logs of the token at addr for the event called name,
// each unpacked with unpack.
func tokenEvents[E any](rd *reading, addr common.Address, name string, unpack func(*types.Log) (*E, error)) ([]*E, error) {
	logs, err := rd.logs(addr, [][]common.Hash{{event(tokenParsed, name)}})
	if err != nil {
		return nil, err
	}
	evs := make([]*E, len(logs))
	for i := range logs {
		if evs[i], err = unpack(&logs[i]); err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrChain, name, err)
		}
	}
	return evs, nil
}

// addTo adds v to m[k] (absent: 0).
func addTo[K comparable](m map[K]*big.Int, k K, v *big.Int) {
	if m[k] == nil {
		m[k] = new(big.Int)
	}
	m[k].Add(m[k], v)
}

// elementOf returns a value the chain holds as a field element; one that
// is not (no proof can carry it, so its disclosure fails re-verification)
// shows as 0.
func elementOf(x *big.Int) field.Element {
	e, err := field.FromBig(x)
	if err != nil {
		return field.Element{}
	}
	return e
}

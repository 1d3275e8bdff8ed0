package ledger

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/rwabridge/rwabridge/internal/field"
)

// Contract is the ledger's contract logic. It holds only its Config; all
// state is in the TxContext of each call, so one Contract serves any number
// of transactions, concurrently.
type Contract struct {
	cfg Config
}

// New returns the contract for a validated configuration.
func New(cfg Config) (*Contract, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg.Orgs = slices.Clone(cfg.Orgs)
	return &Contract{cfg: cfg}, nil
}

// Config returns the contract's configuration.
func (c *Contract) Config() Config {
	cfg := c.cfg
	cfg.Orgs = slices.Clone(cfg.Orgs)
	return cfg
}

// function is one function of the contract: its name, whether it only
// reads (a query), and what runs it.
type function struct {
	name  string
	query bool
	run   func(c *Contract, tx TxContext, arg []byte) ([]byte, error)
}

// functions are the contract's functions, transactions first.
var functions = []function{
	{FnRegisterDevices, false, (*Contract).registerDevices},
	{FnRevokeDevice, false, (*Contract).revokeDevice},
	{FnRotateDeviceKey, false, (*Contract).rotateDeviceKey},
	{FnSubmitBatch, false, (*Contract).submitBatch},
	{FnSeal, false, (*Contract).seal},
	{FnRecordAttestation, false, (*Contract).recordAttestation},
	{FnRecordExport, false, (*Contract).recordExport},
	{FnRecordContribution, false, (*Contract).recordContribution},
	{FnGetRegistry, true, func(c *Contract, tx TxContext, _ []byte) ([]byte, error) { return c.getRegistry(tx) }},
	{FnGetSeal, true, (*Contract).getSeal},
	{FnListSeals, true, (*Contract).listSeals},
	{FnAttestations, true, (*Contract).attestations},
	{FnExportLog, true, (*Contract).exportLog},
	{FnRecords, true, (*Contract).records},
	{FnStats, true, func(c *Contract, tx TxContext, _ []byte) ([]byte, error) { return c.stats(tx) }},
	{FnCeremonyLog, true, (*Contract).ceremonyLog},
}

// lookup returns the function called fn.
func lookup(fn string) (function, bool) {
	i := slices.IndexFunc(functions, func(f function) bool { return f.name == fn })
	if i < 0 {
		return function{}, false
	}
	return functions[i], true
}

// IsQuery reports whether fn only reads: back ends evaluate it without
// committing (Invoker.Query), and Dispatch refuses its writes.
func IsQuery(fn string) bool {
	f, ok := lookup(fn)
	return ok && f.query
}

// Functions returns every function name Dispatch knows, transactions first.
func Functions() []string {
	names := make([]string, len(functions))
	for i, f := range functions {
		names[i] = f.name
	}
	return names
}

// Dispatch runs one contract function in tx. Both back ends call it: the
// Fabric chaincode with the stub's function and parameters, the embedded
// ledger when it executes and when it replays its blocks. Each function takes
// one argument (JSON, except SubmitBatch's frame list) and returns JSON
// (Records: a frame list). Every caller must belong to a consortium org
// (Config.Orgs); some functions ask more. A returned error is in wire form (*Error,
// "rwabridge:<code>: …"); the back end must then discard every write of the
// call. Dispatch is deterministic: the same state, arguments, caller and
// transaction time give the same writes, events and result.
func (c *Contract) Dispatch(tx TxContext, fn string, args [][]byte) ([]byte, error) {
	out, err := c.dispatch(tx, fn, args)
	if err != nil {
		return nil, toWire(fmt.Errorf("%s: %w", fn, err))
	}
	return out, nil
}

func (c *Contract) dispatch(tx TxContext, fn string, args [][]byte) ([]byte, error) {
	f, ok := lookup(fn)
	if !ok {
		return nil, fmt.Errorf("%w: unknown function %q (known: %s)", ErrBadArgs, fn, strings.Join(Functions(), ", "))
	}
	if _, err := c.requireMember(tx); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, fmt.Errorf("%w: takes 1 argument, got %d", ErrBadArgs, len(args))
	}
	if f.query {
		tx = readOnly{tx}
	}
	return f.run(c, tx, args[0])
}

// readOnly refuses writes: queries run through it.
type readOnly struct{ TxContext }

var errReadOnly = errors.New("ledger: a query may not write")

func (readOnly) Put(string, []byte) error                { return errReadOnly }
func (readOnly) PutPrivate(string, string, []byte) error { return errReadOnly }
func (readOnly) SetEvent(string, []byte) error           { return errReadOnly }

// decodeArg reads a JSON argument strictly.
func decodeArg(arg []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(arg))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrBadArgs, err)
	}
	if dec.More() {
		return fmt.Errorf("%w: data after the JSON argument", ErrBadArgs)
	}
	return nil
}

func getJSON(st State, key string, v any) (bool, error) {
	b, err := st.Get(key)
	if err != nil {
		return false, fmt.Errorf("ledger state: get %s: %w", key, err)
	}
	if b == nil {
		return false, nil
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("ledger state: %s: %w", key, err)
	}
	return true, nil
}

func putJSON(st State, key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if err := st.Put(key, b); err != nil {
		return fmt.Errorf("ledger state: put %s: %w", key, err)
	}
	return nil
}

// rangeJSON visits the JSON values under prefix, in key order.
func rangeJSON[T any](st State, prefix string, visit func(key string, v *T) error) error {
	return st.Range(prefix, prefixEnd(prefix), func(key string, b []byte) error {
		var v T
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("ledger state: %s: %w", key, err)
		}
		return visit(key, &v)
	})
}

func (c *Contract) requireOperatorAdmin(tx TxContext) error {
	id := tx.Caller()
	if id.MSPID != c.cfg.OperatorMSP || !id.Admin {
		return fmt.Errorf("%w: %s (MSP %q, admin %t) is not an admin of the operator org %q", ErrNotAuthorized, id.ID, id.MSPID, id.Admin, c.cfg.OperatorMSP)
	}
	return nil
}

func (c *Contract) requireMember(tx TxContext) (Identity, error) {
	id := tx.Caller()
	if !slices.Contains(c.cfg.Orgs, id.MSPID) {
		return id, fmt.Errorf("%w: MSP %q is not a consortium org (%s)", ErrNotAuthorized, id.MSPID, strings.Join(c.cfg.Orgs, ", "))
	}
	return id, nil
}

// requireSelf checks that org is a consortium org and the caller's own:
// an org records its own attestations and contributions, never another's.
func (c *Contract) requireSelf(tx TxContext, org, verb string) error {
	if !validMSP(org) || !slices.Contains(c.cfg.Orgs, org) {
		return fmt.Errorf("%w: %q is not a consortium org (%s)", ErrNotAuthorized, org, strings.Join(c.cfg.Orgs, ", "))
	}
	if caller := tx.Caller(); caller.MSPID != org {
		return fmt.Errorf("%w: %s of MSP %q may not %s for %q", ErrNotAuthorized, caller.ID, caller.MSPID, verb, org)
	}
	return nil
}

// parseAddress reads a 20-byte address as 0x-hex (either case) and
// returns it in lowercase, the form the ledger stores.
func parseAddress(s string) (string, error) {
	b, err := field.DecodeHex(s, 20, 20)
	if err != nil {
		return "", fmt.Errorf("%w: %w", ErrBadArgs, err)
	}
	return field.EncodeHex(b), nil
}

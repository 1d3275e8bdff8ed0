package fabric

import (
	"fmt"
	"log/slog"
	"slices"
	"strconv"

	"github.com/hyperledger/fabric-chaincode-go/v2/shim"
	"github.com/hyperledger/fabric-protos-go-apiv2/peer"

	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// TransientArg is the transient-map key that carries a call's argument
// instead of the proposal's arguments. Transient data reaches the endorsing
// peers but is not part of the transaction that is ordered, so it never
// appears in a block. The Gateway client sends every argument of a function
// in PrivateArgFunctions this way.
const TransientArg = "rwabridge.arg"

// PrivateArgFunctions are the contract functions whose argument holds raw
// records: SubmitBatch. The chaincode refuses them with the argument in the
// proposal (it would be in the block).
var PrivateArgFunctions = []string{ledger.FnSubmitBatch}

func privateArg(fn string) bool { return slices.Contains(PrivateArgFunctions, fn) }

// Dispatcher runs one contract function; *ledger.Contract is one.
type Dispatcher interface {
	Dispatch(tx ledger.TxContext, fn string, args [][]byte) ([]byte, error)
}

var _ Dispatcher = (*ledger.Contract)(nil)

// Chaincode is the rwabridge contract as Fabric chaincode: Invoke maps the
// proposal's function and arguments (or the transient argument) onto
// Contract.Dispatch through the TxContext adapter. It keeps no state of its
// own, so one value serves every channel and transaction concurrently.
type Chaincode struct {
	contract Dispatcher
	log      *slog.Logger
}

var _ shim.Chaincode = (*Chaincode)(nil)

// NewChaincode returns the chaincode of contract. A nil logger discards.
func NewChaincode(contract Dispatcher, log *slog.Logger) *Chaincode {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Chaincode{contract: contract, log: log}
}

// Init does nothing: the contract needs no initialisation transaction
// (chaincode definitions are committed without --init-required).
func (c *Chaincode) Init(shim.ChaincodeStubInterface) *peer.Response { return shim.Success(nil) }

// Invoke runs one contract call. Its error message is the contract's wire
// form ("rwabridge:<code>: …"), which the Gateway client maps back with
// ledger.FromWire.
func (c *Chaincode) Invoke(stub shim.ChaincodeStubInterface) *peer.Response {
	fn, args, err := callOf(stub)
	if err == nil {
		var out []byte
		out, err = c.invoke(stub, fn, args)
		if err == nil {
			return shim.Success(out)
		}
	}
	c.log.Debug("call failed", "tx", stub.GetTxID(), "fn", fn, "err", err)
	return shim.Error(err.Error())
}

// callOf reads the function and its arguments: the proposal's arguments
// after the function name, or the single transient argument.
func callOf(stub interface {
	GetArgs() [][]byte
	GetTransient() (map[string][]byte, error)
}) (string, [][]byte, error) {
	all := stub.GetArgs()
	if len(all) == 0 {
		return "", nil, wireError(codeBadArgs, "no function name in the proposal")
	}
	fn, args := string(all[0]), all[1:]
	tm, err := stub.GetTransient()
	if err != nil {
		return fn, nil, wireError(ledger.CodeInternal, "%s: transient data: %v", fn, err)
	}
	v, inTransient := tm[TransientArg]
	switch {
	case inTransient && len(args) > 0:
		return fn, nil, wireError(codeBadArgs, "%s: the argument is in the transient map and in the proposal (%d arguments)", fn, len(args))
	case inTransient:
		args = [][]byte{v}
	case privateArg(fn) && len(args) > 0:
		return fn, nil, wireError(codeBadArgs, "%s takes raw records: send its argument in the transient map under %q, never in the proposal (it would be written to the block)", fn, TransientArg)
	}
	return fn, args, nil
}

// codeBadArgs is ledger.ErrBadArgs's wire code.
var codeBadArgs = ledger.Code(ledger.ErrBadArgs)

// wireError returns a contract error in wire form, "rwabridge:<code>: …",
// for failures outside Dispatch (the call's framing, the stub).
func wireError(code, format string, args ...any) error {
	return ledger.FromWire(fmt.Errorf("rwabridge:"+code+": "+format, args...))
}

func (c *Chaincode) invoke(stub shim.ChaincodeStubInterface, fn string, args [][]byte) ([]byte, error) {
	tx, err := NewTxContext(stub, ledger.IsQuery(fn))
	if err != nil {
		return nil, wireError(ledger.CodeInternal, "%s: %v", fn, err)
	}
	// On Fabric 3 peers this sends the writes in batches; on 2.5 both are
	// no-ops and every write goes to the peer as it happens.
	stub.StartWriteBatch()
	out, err := c.contract.Dispatch(tx, fn, args)
	if err != nil {
		return nil, err // already in wire form; the peer discards the simulation
	}
	if err := stub.FinishWriteBatch(); err != nil {
		return nil, wireError(ledger.CodeInternal, "%s: writing the batch: %v", fn, err)
	}
	return out, nil
}

// PlainChaincode is a benchmark baseline, not part of rwabridge: a
// chaincode with one function, PutKeys(n, size), that writes n keys of size
// bytes each to the world state under the transaction id — what a plain
// key-value chaincode costs per key, without signatures, deduplication or
// private data. Served with `rwabridge chaincode --contract bench-plain`.
type PlainChaincode struct{}

var _ shim.Chaincode = PlainChaincode{}

// PlainPutKeys is PlainChaincode's function.
const PlainPutKeys = "PutKeys"

// Init does nothing.
func (PlainChaincode) Init(shim.ChaincodeStubInterface) *peer.Response { return shim.Success(nil) }

// Invoke writes PutKeys' keys.
func (PlainChaincode) Invoke(stub shim.ChaincodeStubInterface) *peer.Response {
	fn, args := stub.GetFunctionAndParameters()
	if fn != PlainPutKeys || len(args) != 2 {
		return shim.Error(fmt.Sprintf("bench-plain: want %s(n, size), got %s with %d arguments", PlainPutKeys, fn, len(args)))
	}
	n, err1 := strconv.Atoi(args[0])
	size, err2 := strconv.Atoi(args[1])
	if err1 != nil || err2 != nil || n < 1 || n > 100_000 || size < 1 || size > 1<<16 {
		return shim.Error(fmt.Sprintf("bench-plain: n %q and size %q must be 1..100000 and 1..65536", args[0], args[1]))
	}
	value := make([]byte, size)
	tx := stub.GetTxID()
	for i := range value {
		value[i] = tx[i%len(tx)]
	}
	for i := range n {
		if err := stub.PutState(fmt.Sprintf("p/%s/%06d", tx, i), value); err != nil {
			return shim.Error(fmt.Sprintf("bench-plain: put: %v", err))
		}
	}
	return shim.Success([]byte(strconv.Itoa(n)))
}

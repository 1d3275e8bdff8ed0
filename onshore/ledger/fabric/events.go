package fabric

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/hyperledger/fabric-gateway/pkg/client"

	"github.com/rwabridge/rwabridge/internal/backoff"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// ListenSeals calls handle with every seal the chaincode creates
// (chaincode event ledger.EventSealCreated, from valid transactions only),
// in commit order, from the position saved in checkpointFile on: the first
// run reads from the channel's first block, later runs resume after the
// last seal handled. The position advances only after handle returns nil,
// so a seal is handled at least once; handle should be idempotent (seals
// are keyed by (pool, epoch)). A broken event stream is reopened from the
// checkpoint with backoff. ListenSeals returns handle's first error, or nil
// when ctx is done.
func (g *Gateway) ListenSeals(ctx context.Context, checkpointFile string, handle func(context.Context, *ledger.Seal) error) error {
	cp, err := client.NewFileCheckpointer(checkpointFile)
	if err != nil {
		return fmt.Errorf("fabric: seal listener checkpoint %s: %w", checkpointFile, err)
	}
	defer cp.Close()
	for attempt := 1; ; attempt++ {
		streamCtx, cancel := context.WithCancel(ctx)
		events, err := g.network.ChaincodeEvents(streamCtx, g.cfg.Chaincode, client.WithStartBlock(0), client.WithCheckpoint(cp))
		if err == nil {
			var n int
			n, err = handleSeals(streamCtx, events, cp, handle)
			if n > 0 {
				attempt = 1 // the stream delivered: a reconnect starts the backoff afresh
			}
		}
		cancel()
		var he *sealHandlerError
		if errors.As(err, &he) {
			return he.err
		}
		if ctx.Err() != nil {
			return nil
		}
		d := g.cfg.Retry.Delay(max(attempt, 1))
		g.log.Warn("seal event stream ended, reopening from the checkpoint", "block", cp.BlockNumber(), "in", d, "err", err)
		if backoff.Sleep(ctx, d) != nil {
			return nil
		}
	}
}

// sealHandlerError marks an error of the caller's handler: it ends
// ListenSeals instead of reconnecting.
type sealHandlerError struct{ err error }

func (e *sealHandlerError) Error() string { return e.err.Error() }

// handleSeals drains events until the stream closes and returns how many
// it read.
func handleSeals(ctx context.Context, events <-chan *client.ChaincodeEvent, cp *client.FileCheckpointer, handle func(context.Context, *ledger.Seal) error) (n int, err error) {
	for ev := range events {
		n++
		if ev.EventName == ledger.EventSealCreated {
			var s ledger.Seal
			if err := json.Unmarshal(ev.Payload, &s); err != nil {
				return n, &sealHandlerError{fmt.Errorf("fabric: seal event of tx %s in block %d: %w", ev.TransactionID, ev.BlockNumber, err)}
			}
			if err := handle(ctx, &s); err != nil {
				return n, &sealHandlerError{err}
			}
		}
		if err := cp.CheckpointChaincodeEvent(ev); err != nil {
			return n, &sealHandlerError{fmt.Errorf("fabric: saving the seal listener checkpoint: %w", err)}
		}
	}
	return n, errors.New("event stream closed")
}

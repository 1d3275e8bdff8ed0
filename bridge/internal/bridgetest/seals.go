package bridgetest

import "context"

// SealEvents is a seal event source a test drives, for the attestor's and
// the relayer's Run: a send on Wake is a seal event, close(Wake) ends the
// source, a nil Wake is a ledger without events, Err makes Seals fail.
// Checkpoint receives the checkpoint file Seals was started from.
type SealEvents struct {
	Wake       chan struct{}
	Err        error
	Checkpoint chan string
}

// NewSealEvents returns a source with room for one pending event.
func NewSealEvents() *SealEvents {
	return &SealEvents{Wake: make(chan struct{}, 1), Checkpoint: make(chan string, 1)}
}

// Seals implements attest.SealEvents and relay.SealEvents.
func (f *SealEvents) Seals(_ context.Context, checkpoint string) (<-chan struct{}, error) {
	f.Checkpoint <- checkpoint
	if f.Err != nil {
		return nil, f.Err
	}
	return f.Wake, nil
}

package status

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/rwabridge/rwabridge/offshore/investor"
)

// readL2 reads the registry's section with the investor view's reader.
func readL2(ctx context.Context, src *Sources) L2 {
	l := L2{RPC: src.RPC, Pools: []L2Pool{}}
	if src.Registry != (common.Address{}) {
		l.Registry = src.Registry.Hex()
	}
	switch {
	case src.Chain == nil && src.ChainErr != nil:
		l.Section = Section{StateUnreachable, src.ChainErr.Error()}
		return l
	case src.Chain == nil:
		l.Section = Section{StateNotConfigured, "no L2 node given (--rpc URL)"}
		return l
	case src.Registry == (common.Address{}):
		l.Section = Section{StateNotConfigured, "no registry given (--registry ADDR, or --deployment FILE as rwabridge offshore deploy prints it)"}
		return l
	}
	if src.ChainID != nil {
		id, err := src.Chain.ChainID(ctx)
		if err != nil {
			l.Section = Section{StateUnreachable, fmt.Sprintf("chain id: %v", err)}
			return l
		}
		if id.Cmp(src.ChainID) != 0 {
			l.Section = Section{StateError, fmt.Sprintf("the node is chain %s, the registry was deployed on chain %s: give the RPC of that chain", id, src.ChainID)}
			return l
		}
	}
	cfg := src.Investor
	cfg.Registry = src.Registry
	rd, err := investor.NewReader(src.Chain, cfg, nil)
	if err != nil {
		l.Section = Section{StateError, err.Error()}
		return l
	}
	snap, err := rd.Read(ctx)
	switch {
	case errors.Is(err, investor.ErrNotRegistry):
		l.Section = Section{StateError, err.Error()}
		return l
	case err != nil:
		l.Section = Section{StateUnreachable, err.Error()}
		return l
	}
	l.ChainID, l.Block, l.BlockTime = snap.ChainID, snap.Block, snap.Time
	for _, p := range snap.Pools {
		if !src.wants(p.ID) {
			continue
		}
		lp := L2Pool{Pool: p.ID, Active: p.Active, EpochSeconds: p.EpochLength, LatestEpoch: p.LatestEpoch,
			Disclosures: len(p.Disclosures), Stale: p.Stale, Verifier: p.Verifier, VKHash: p.VKHash.String(), Keys: p.Keys}
		if p.Stale && p.LatestEpoch != nil && p.EpochLength > 0 {
			next := *p.LatestEpoch + 1
			end := time.Unix(int64((next+1)*uint64(p.EpochLength)), 0).UTC()
			lp.MissingEpoch, lp.MissingEpochEnd = &next, &end
		}
		l.Pools = append(l.Pools, lp)
	}
	l.Section = Section{State: StateOK}
	return l
}

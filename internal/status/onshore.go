package status

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/rwabridge/rwabridge/bridge/outbox"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/onshore/sealer"
	"github.com/rwabridge/rwabridge/onshore/telemetry"
)

// readOnshore reads the ledger's section. entries is the relayer's outbox:
// an epoch it holds at "proved" or later is not a pending proof; without
// outboxKnown the pending proofs are not counted.
func readOnshore(ctx context.Context, src *Sources, entries []outbox.Entry, outboxKnown bool, now time.Time) Onshore {
	o := Onshore{Backend: src.Backend, Source: src.LedgerSource, Pools: []OnshorePool{}}
	switch {
	case src.Ledger == nil && src.LedgerErr != nil:
		o.Section = Section{StateUnreachable, src.LedgerErr.Error()}
		return o
	case src.Ledger == nil:
		o.Section = Section{StateNotConfigured, "no ledger given (--data or --ledger-config)"}
		return o
	}
	fail := func(what string, err error) Onshore {
		o.Section = Section{StateUnreachable, fmt.Sprintf("%s: %v", what, err)}
		return o
	}
	st, err := src.Ledger.Stats(ctx)
	if err != nil {
		return fail("reading the ledger's stats", err)
	}
	reg, err := src.Ledger.Registry(ctx)
	if err != nil {
		return fail("reading the ledger's device registry", err)
	}
	since := map[telemetry.PoolID]time.Time{}
	for _, p := range sealer.PoolsOf(reg) {
		since[p.ID] = p.Since
	}
	proved := map[ledger.SealRef]bool{}
	for _, e := range entries {
		if e.State != outbox.Sealed {
			proved[ledger.SealRef{Pool: e.Pool, Epoch: e.Epoch}] = true
		}
	}
	o.Registry, o.Devices = st.Registry, st.Devices
	for _, ps := range st.Pools {
		if !src.wants(string(ps.Pool)) {
			continue
		}
		p, err := readPool(ctx, src, ps, since[ps.Pool], proved, outboxKnown, now)
		if err != nil {
			return fail(fmt.Sprintf("pool %s", ps.Pool), err)
		}
		o.Pools = append(o.Pools, p)
	}
	o.Section = Section{State: StateOK}
	return o
}

// readPool reads one pool: its seals, its export log and its records
// awaiting a seal.
func readPool(ctx context.Context, src *Sources, ps ledger.PoolStats, since time.Time,
	proved map[ledger.SealRef]bool, outboxKnown bool, now time.Time) (OnshorePool, error) {
	p := OnshorePool{Pool: ps.Pool, Devices: ps.Devices, RevokedDevices: ps.RevokedDevices, EpochSeconds: ps.EpochSeconds,
		SealedRecords: ps.SealedRecords, Ingested: ps.SealedRecords, Seals: ps.Seals, UnsealedEpochs: []uint64{}, AwaitingDisclosure: []uint64{}}
	seals, err := src.Ledger.ListSeals(ctx, ps.Pool)
	if err != nil {
		return p, fmt.Errorf("listing seals: %w", err)
	}
	exports, err := src.Ledger.ExportLog(ctx, ps.Pool)
	if err != nil {
		return p, fmt.Errorf("reading the export log: %w", err)
	}
	pending := 0
	exported := map[uint64]bool{}
	for _, x := range exports {
		exported[x.Epoch] = true
	}
	p.Exported = len(exported)
	sealed := map[uint64]bool{}
	for i := range seals {
		s := &seals[i]
		sealed[s.Epoch] = true
		if p.LastSeal == nil || s.Epoch > p.LastSeal.Epoch {
			p.LastSeal = sealOf(s)
		}
		if !s.Disclosable {
			p.Suppressed++
			continue
		}
		p.Disclosable++
		if !exported[s.Epoch] {
			p.AwaitingDisclosure = append(p.AwaitingDisclosure, s.Epoch)
			if !proved[ledger.SealRef{Pool: s.Pool, Epoch: s.Epoch}] {
				pending++
			}
		}
	}
	slices.Sort(p.AwaitingDisclosure)
	if outboxKnown {
		p.ProofsPending = &pending
	}

	// Records awaiting a seal: every unsealed epoch from the pool's first
	// device registration to the one now (and the next, for events a
	// cabinet's clock puts slightly ahead).
	length, doc := ps.EpochSeconds, []byte(nil)
	if length == 0 {
		if src.Policy == nil {
			return p, nil
		}
		length, doc = src.Policy.EpochSeconds(), src.PolicyDoc
		p.EpochSeconds = length
	}
	if since.IsZero() {
		return p, nil
	}
	first, last := uint64(since.Unix())/length, uint64(now.Add(time.Hour).Unix())/length
	for e := first; e <= last; e++ {
		if sealed[e] {
			continue
		}
		n, err := countRecords(ctx, src.Ledger, ledger.RecordsRequest{Pool: ps.Pool, Epoch: e, Policy: doc, Limit: ledger.MaxPage})
		if err != nil {
			return p, fmt.Errorf("counting the records of epoch %d: %w", e, err)
		}
		if n > 0 {
			p.UnsealedRecords += n
			p.Ingested += n
			p.UnsealedEpochs = append(p.UnsealedEpochs, e)
		}
	}
	return p, nil
}

func sealOf(s *ledger.Seal) *Seal {
	return &Seal{Epoch: s.Epoch, Start: s.Start.UTC(), End: s.End.UTC(), SealedAt: s.SealedAt.UTC(), Records: s.Count,
		ActiveCabinets: s.ActiveCabinets, Disclosable: s.Disclosable}
}

// countRecords counts the records of one epoch, page by page.
func countRecords(ctx context.Context, l Ledger, req ledger.RecordsRequest) (uint64, error) {
	var n uint64
	for {
		page, err := l.RecordsPage(ctx, req)
		if err != nil {
			return 0, err
		}
		n += uint64(len(page.Events))
		if page.Next == "" {
			return n, nil
		}
		req.After = page.Next
	}
}

// epochList prints epochs compactly: "20758–20760, 20763".
func epochList(es []uint64) string {
	var parts []string
	for i := 0; i < len(es); {
		j := i
		for j+1 < len(es) && es[j+1] == es[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, fmt.Sprint(es[i]))
		} else {
			parts = append(parts, fmt.Sprintf("%d–%d", es[i], es[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, ", ")
}

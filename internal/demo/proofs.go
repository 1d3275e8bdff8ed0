package demo

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/rwabridge/rwabridge/bridge/prove"
	"github.com/rwabridge/rwabridge/circuits/bundle"
	"github.com/rwabridge/rwabridge/circuits/keys"
	"github.com/rwabridge/rwabridge/onshore/ledger"
	"github.com/rwabridge/rwabridge/policies/policy"
)

// heartbeat is how often a long stage says it is still running.
const heartbeat = 20 * time.Second

// keys sets up (or reuses) the development keys of the demo's capacity.
func (r *run) keys(ctx context.Context) (string, error) {
	fmt.Fprintf(r.out, "      %s\n", keys.Warning)
	var (
		mu     sync.Mutex
		stage  string
		began  time.Time
		finish = make(chan struct{})
		wg     sync.WaitGroup
	)
	progress := func(s string) {
		mu.Lock()
		defer mu.Unlock()
		if stage != "" {
			fmt.Fprintf(r.out, "      - %-20s %s\n", stage, since(began))
		}
		stage, began = s, time.Now()
	}
	// gnark's setup reports nothing while it runs: say every so often that
	// it still does.
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(heartbeat)
		defer t.Stop()
		for {
			select {
			case <-finish:
				return
			case <-t.C:
				mu.Lock()
				if stage != "" {
					fmt.Fprintf(r.out, "        %s: %s so far\n", stage, since(began))
				}
				mu.Unlock()
			}
		}
	}()
	set, reused, err := keys.Setup(ctx, r.cfg.KeysDir, r.cfg.Capacity, keys.KindDev, keys.Options{Progress: progress})
	close(finish)
	wg.Wait()
	progress("")
	if err != nil {
		return "", fmt.Errorf("dev keys for capacity %d in %s: %w", r.cfg.Capacity, r.cfg.KeysDir, err)
	}
	r.keySet = set
	verb := "set up"
	if reused {
		verb = "reused"
	}
	return fmt.Sprintf("%s %s keys for chunks of %d records in %s: %d constraints, vk_hash %s",
		verb, set.Meta.Setup, set.Meta.Capacity, r.cfg.KeysDir, set.Meta.Constraints, set.Meta.VKHash), nil
}

func (r *run) bundlePath(e uint64) string {
	return filepath.Join(r.cfg.DataDir, "bundles", fmt.Sprintf("%s-%d.json", r.cfg.Pool, e))
}

// prove proves every disclosable epoch, reusing a bundle an earlier run
// wrote for the same seal and key.
func (r *run) prove(ctx context.Context) (string, error) {
	_, client, err := r.openLedger()
	if err != nil {
		return "", err
	}
	// The bridge's prover: it recomputes each seal from its records with
	// the circuit's native twin, refuses any difference, then proves.
	pr := &prove.Prover{Records: client, Keys: r.keySet, Policies: []*policy.Policy{r.policy}}
	var proved, reused, chunks int
	for _, ep := range r.rep.Epochs {
		s := &ep.Seal
		day := s.Start.UTC().Format(time.DateOnly)
		if !ep.Disclosable {
			fmt.Fprintf(r.out, "      epoch %d (%s): %d active cabinets, below k = %d: proven suppressed, no figures\n", s.Epoch, day, s.ActiveCabinets, s.MinActiveCabinets)
		}
		if b := r.cachedBundle(s); b != nil {
			ep.Bundle = b
			reused++
			chunks += len(b.Chunks)
			fmt.Fprintf(r.out, "      epoch %d (%s): %d records, bundle reused\n", s.Epoch, day, s.Count)
			continue
		}
		t := time.Now()
		b, err := pr.Prove(ctx, s)
		if err != nil {
			return "", fmt.Errorf("epoch %d (%s): %w", s.Epoch, day, err)
		}
		if err := os.MkdirAll(filepath.Dir(r.bundlePath(s.Epoch)), 0o755); err != nil {
			return "", fmt.Errorf("bundle: %w", err)
		}
		if err := b.WriteFile(r.bundlePath(s.Epoch)); err != nil {
			return "", err
		}
		ep.Bundle = b
		proved++
		chunks += len(b.Chunks)
		fmt.Fprintf(r.out, "      epoch %d (%s): %d records in %d chunk(s) proven in %s\n", s.Epoch, day, s.Count, len(b.Chunks), since(t))
	}
	if proved+reused == 0 {
		return "", ErrNothingDisclosed
	}
	return fmt.Sprintf("%d epoch(s) proven, %d bundle(s) reused, %d chunk proof(s) in all, bundles in %s",
		proved, reused, chunks, filepath.Join(r.cfg.DataDir, "bundles")), nil
}

// cachedBundle returns the bundle an earlier run wrote for this seal and
// key, or nil.
func (r *run) cachedBundle(s *ledger.Seal) *bundle.Bundle {
	f, err := os.Open(r.bundlePath(s.Epoch))
	if err != nil {
		return nil
	}
	defer f.Close()
	b, err := bundle.Decode(f)
	if err != nil || prove.Match(b, s) != nil || b.VKHash != r.keySet.Meta.VKHash {
		return nil
	}
	return b
}

package demo

import (
	"context"
	"fmt"
	"io"
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

// keys sets up (or reuses) the keys of the demo's capacity: by default
// the key ceremony of the demo's three orgs (ceremony.go), with
// Config.DevKeys single-party development keys.
func (r *run) keys(ctx context.Context) (string, error) {
	if r.cfg.DevKeys {
		return r.devKeys(ctx)
	}
	return r.ceremonyKeys(ctx)
}

// devKeys sets up (or reuses) the development keys of the demo's capacity.
func (r *run) devKeys(ctx context.Context) (string, error) {
	fmt.Fprintf(r.out, "      %s\n", keys.Warning)
	st := r.newSteps()
	set, reused, err := keys.Setup(ctx, r.cfg.KeysDir, r.cfg.Capacity, keys.KindDev, keys.Options{Progress: func(s string) { st.next(s, "") }})
	if err == nil {
		st.next("", "")
	}
	st.stop()
	if err != nil {
		return "", fmt.Errorf("dev keys for capacity %d in %s: %w", r.cfg.Capacity, r.cfg.KeysDir, err)
	}
	r.keySet, r.keysReused = set, reused
	verb := "set up"
	if reused {
		verb = "reused"
	}
	return fmt.Sprintf("%s %s keys for chunks of %d records in %s: %d constraints, vk_hash %s",
		verb, set.Meta.Setup, set.Meta.Capacity, r.cfg.KeysDir, set.Meta.Constraints, set.Meta.VKHash), nil
}

// steps prints the steps of a long stage, each with its time once it
// ends, and every heartbeat the step still running (gnark reports nothing
// while it works).
type steps struct {
	out    io.Writer
	mu     sync.Mutex
	step   string
	began  time.Time
	finish chan struct{}
	wg     sync.WaitGroup
}

func (r *run) newSteps() *steps {
	s := &steps{out: r.out, finish: make(chan struct{})}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		t := time.NewTicker(heartbeat)
		defer t.Stop()
		for {
			select {
			case <-s.finish:
				return
			case <-t.C:
				s.mu.Lock()
				if s.step != "" && time.Since(s.began) >= heartbeat/2 {
					fmt.Fprintf(s.out, "        %s: %s so far\n", s.step, since(s.began))
				}
				s.mu.Unlock()
			}
		}
	}()
	return s
}

// next ends the running step, printing it with its time and detail, and
// starts step ("" starts none).
func (s *steps) next(step, detail string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.step != "" {
		line := fmt.Sprintf("      - %-32s %s", s.step, since(s.began))
		if detail != "" {
			line += "  " + detail
		}
		fmt.Fprintln(s.out, line)
	}
	s.step, s.began = step, time.Now()
}

// stop ends the heartbeat. A step still running (one that failed) is not
// printed: the stage's failure is.
func (s *steps) stop() {
	close(s.finish)
	s.wg.Wait()
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

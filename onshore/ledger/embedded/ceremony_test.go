package embedded

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/rwabridge/rwabridge/internal/field"
	"github.com/rwabridge/rwabridge/onshore/ledger"
)

// A ceremony's contribution log is made of ledger transactions, each
// submitted by its org: the blocks replay to it (Verify) and a reopened
// ledger reads it back in order.
func TestACeremonyLogIsInTheBlocksAndSurvivesAReopen(t *testing.T) {
	ctx := context.Background()
	clock := &fakeClock{t: day0}
	dir := t.TempDir()
	l, err := Open(dir, Default(), testLogger(), WithClock(clock.now))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ceremony := field.Digest(sha256.Sum256([]byte("embedded ceremony plan")))
	file := func(phase, i int) field.Digest {
		return field.Digest(sha256.Sum256(fmt.Appendf(nil, "phase %d file %d", phase, i)))
	}
	orgs := l.Config().Contract.Orgs
	var want []ledger.ContributionRequest
	for phase := 1; phase <= 2; phase++ {
		for i, org := range orgs {
			r := ledger.ContributionRequest{
				Ceremony: ceremony, Phase: phase, Index: i + 1, Org: org,
				Contribution: file(phase, i+1), Previous: file(phase, i),
				Signer: fmt.Sprintf("0x%040x", i+1), Signature: bytes.Repeat([]byte{byte(i + 1)}, 65),
			}
			c := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: org, ID: "ceremony"}))
			if _, err := c.RecordContribution(ctx, r); err != nil {
				t.Fatalf("phase %d contribution %d by %s: %v", phase, i+1, org, err)
			}
			want = append(want, r)
			clock.set(clock.now().Add(time.Minute))
		}
	}
	// A contribution in another org's name is refused and leaves no block.
	head := l.Head().Height
	spoof := ledger.NewClient(l.Invoker(ledger.Identity{MSPID: orgs[0], ID: "mallory"}))
	r := want[len(want)-1]
	r.Index, r.Org, r.Previous, r.Contribution = 4, orgs[1], r.Contribution, file(2, 4)
	if _, err := spoof.RecordContribution(ctx, r); !errors.Is(err, ledger.ErrNotAuthorized) {
		t.Errorf("a contribution in another org's name: %v, want ErrNotAuthorized", err)
	}
	if l.Head().Height != head {
		t.Errorf("the refused contribution made block %d", l.Head().Height)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}

	if _, err := VerifyDir(ctx, dir, Default(), testLogger()); err != nil {
		t.Fatalf("replaying the blocks: %v", err)
	}
	l2, err := Open(dir, Default(), testLogger(), WithClock(clock.now))
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()
	got, err := ledger.NewClient(l2.Invoker(auditor)).CeremonyLog(ctx, ceremony)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("reopened log holds %d contributions, want %d", len(got), len(want))
	}
	for i, e := range got {
		w := want[i]
		if e.Phase != w.Phase || e.Index != w.Index || e.Org != w.Org || e.Contribution != w.Contribution || e.Previous != w.Previous ||
			!e.RecordedAt.Equal(day0.Add(time.Duration(i)*time.Minute)) || e.TxID == "" {
			t.Errorf("entry %d: %+v, want %+v recorded at %s", i, e, w, day0.Add(time.Duration(i)*time.Minute))
		}
	}
}

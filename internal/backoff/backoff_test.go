package backoff

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestDelayDoublesUpToTheCapWithJitterInTheUpperHalf(t *testing.T) {
	p := Policy{Initial: 100 * time.Millisecond, Max: time.Second}
	for attempt, want := range map[int]time.Duration{1: 100 * time.Millisecond, 2: 200 * time.Millisecond,
		4: 800 * time.Millisecond, 5: time.Second, 40: time.Second} {
		for range 200 {
			d := p.Delay(attempt)
			if d < want/2 || d > want {
				t.Fatalf("attempt %d: delay %s outside [%s, %s]", attempt, d, want/2, want)
			}
		}
	}
}

func TestRetryStopsAtTheFirstSuccess(t *testing.T) {
	p := Policy{Attempts: 5, Initial: time.Microsecond, Max: time.Microsecond}
	calls, retries := 0, 0
	err := p.Retry(context.Background(), func(attempt int) error {
		calls++
		if attempt != calls {
			t.Fatalf("attempt %d on call %d", attempt, calls)
		}
		if calls < 3 {
			return errors.New("transient")
		}
		return nil
	}, nil, func(int, error, time.Duration) { retries++ })
	if err != nil || calls != 3 || retries != 2 {
		t.Fatalf("err %v after %d calls and %d retries, want nil after 3 and 2", err, calls, retries)
	}
}

func TestRetryGivesUpAfterAttemptsWithTheLastError(t *testing.T) {
	p := Policy{Attempts: 4, Initial: time.Microsecond, Max: time.Microsecond}
	calls := 0
	last := errors.New("still down")
	err := p.Retry(context.Background(), func(int) error { calls++; return last }, nil, nil)
	if !errors.Is(err, last) || calls != 4 {
		t.Fatalf("err %v after %d calls, want the last error after 4", err, calls)
	}
}

func TestRetryDoesNotRetryWhatTheCallerCallsPermanent(t *testing.T) {
	p := Policy{Attempts: 10, Initial: time.Microsecond, Max: time.Microsecond}
	permanent := errors.New("reverted")
	calls := 0
	err := p.Retry(context.Background(), func(int) error { calls++; return permanent },
		func(err error) bool { return !errors.Is(err, permanent) }, nil)
	if !errors.Is(err, permanent) || calls != 1 {
		t.Fatalf("err %v after %d calls, want the permanent error after 1", err, calls)
	}
}

func TestRetryWithoutAnAttemptBoundEndsWithTheContext(t *testing.T) {
	p := Policy{Initial: time.Millisecond, Max: 5 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	down := errors.New("ledger unreachable")
	err := p.Retry(ctx, func(int) error {
		calls++
		if calls == 20 {
			cancel()
		}
		return down
	}, nil, nil)
	if !errors.Is(err, down) || !errors.Is(err, context.Canceled) || calls != 20 {
		t.Fatalf("err %v after %d calls, want the error and context.Canceled after 20", err, calls)
	}
}

func TestValidateNamesWhatIsWrong(t *testing.T) {
	for _, p := range []Policy{
		{Attempts: -1, Initial: time.Second, Max: time.Second},
		{Initial: 0, Max: time.Second},
		{Initial: 2 * time.Second, Max: time.Second},
	} {
		if err := p.Validate(); !errors.Is(err, ErrInvalid) {
			t.Errorf("%+v: err %v, want ErrInvalid", p, err)
		}
	}
	if err := (Policy{Attempts: 3, Initial: time.Millisecond, Max: time.Second}).Validate(); err != nil {
		t.Fatal(err)
	}
}

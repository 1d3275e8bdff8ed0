package main

import (
	"context"
	"log/slog"
	"sync"

	"github.com/rwabridge/rwabridge/internal/sdnotify"
)

// notifyReady tells the service manager (systemd, Type=notify: see
// deploy/systemd) that a long-running command is ready, with status as the
// line `systemctl status` shows. It returns the function to defer, which
// makes sure STOPPING=1 has been sent before the command returns: as soon as
// ctx ends (SIGINT/SIGTERM starts the shutdown), or at the latest when the
// command stops on its own. Outside systemd it does nothing. A notification
// that cannot be sent is logged, not fatal: systemd then times the start out
// and the log says why.
func notifyReady(ctx context.Context, log *slog.Logger, status string) (stopped func()) {
	return notifyReadyWhen(ctx, log, nil, func() string { return status })
}

// notifyReadyWhen is notifyReady once ready is closed (nil: now), unless ctx
// ends first; status is asked for then.
func notifyReadyWhen(ctx context.Context, log *slog.Logger, ready <-chan struct{}, status func() string) (stopped func()) {
	if ready == nil {
		notify(log, sdnotify.Ready, sdnotify.Status(status()))
	} else {
		go func() {
			select {
			case <-ready:
				notify(log, sdnotify.Ready, sdnotify.Status(status()))
			case <-ctx.Done():
			}
		}()
	}
	var once sync.Once
	stopping := func() { once.Do(func() { notify(log, sdnotify.Stopping, sdnotify.Status("stopping")) }) }
	stop := context.AfterFunc(ctx, stopping)
	return func() {
		stop()
		stopping() // waits for a run that ctx started
	}
}

func notify(log *slog.Logger, states ...string) {
	if _, err := sdnotify.Notify(states...); err != nil {
		log.Error("telling the service manager", "states", states, "err", err)
	}
}

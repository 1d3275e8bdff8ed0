package agent

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Run ingests from every configured source and forwards to the ledger until
// ctx is done, then shuts down cleanly: it stops the sources (HTTP requests
// in progress finish, MQTT disconnects leaving unacknowledged messages with
// the broker), stops forwarding and returns nil. Queued events stay for the
// next start. A file source that reaches its end (without Sources.Follow)
// is done; the agent keeps running. An error means the agent could not go on
// (a source could not start, the queue failed).
func (a *Agent) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	fatal := make(chan error, 4+len(a.cfg.Sources.Files))
	goRun := func(name string, f func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(ctx); err != nil && ctx.Err() == nil {
				fatal <- fmt.Errorf("%s: %w", name, err)
			}
		}()
	}

	var srv *http.Server
	if a.cfg.Listen != "" {
		ln, err := net.Listen("tcp", a.cfg.Listen)
		if err != nil {
			return fmt.Errorf("agent: listen: %w", err)
		}
		a.addr.Store(ln.Addr().String())
		if a.httpTLS != nil {
			ln = tls.NewListener(ln, a.httpTLS)
		}
		// Refused TLS handshakes (a client certificate of an unknown CA, plain
		// HTTP on the HTTPS port) are logged by the server.
		srv = &http.Server{Handler: a.Handler(), ReadHeaderTimeout: 10 * time.Second,
			ErrorLog: slog.NewLogLogger(a.log.Handler(), slog.LevelWarn)}
		a.log.Info("agent http listening", "addr", ln.Addr().String(), "ingest", a.cfg.Sources.HTTP,
			"tls", a.httpTLS != nil, "client_certs", a.httpTLS != nil && a.httpTLS.ClientCAs != nil)
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				fatal <- fmt.Errorf("http: %w", err)
			}
		}()
	}
	goRun("forwarder", func(ctx context.Context) error { return a.forward(ctx, nil, 0) })
	for _, path := range a.cfg.Sources.Files {
		goRun("file "+path, func(ctx context.Context) error { return a.runFile(ctx, path, a.cfg.Sources.Follow) })
	}
	if m := a.cfg.Sources.MQTT; m != nil {
		goRun("mqtt", func(ctx context.Context) error { return a.runMQTT(ctx, *m) })
	}
	close(a.ready)

	var err error
	select {
	case <-ctx.Done():
	case err = <-fatal:
		a.log.Error("agent stopping", "err", err)
	}
	a.log.Info("agent shutting down", "queued", a.q.Len())
	if srv != nil {
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = srv.Shutdown(sctx)
		scancel()
	}
	cancel()
	wg.Wait()
	return err
}

// Ready is closed once Run has started its sources (and its listener is
// bound: see Addr).
func (a *Agent) Ready() <-chan struct{} { return a.ready }

// Addr returns the address the HTTP server listens on, once Ready.
func (a *Agent) Addr() string {
	s, _ := a.addr.Load().(string)
	return s
}

// Drain is --once: it reads every file source to its end, waits until every
// queued event (from this run or an earlier one) has been answered by the
// ledger, and returns the summary. HTTP and MQTT sources are not started.
// A batch the ledger keeps failing (after Retry.OnceAttempts) stops the
// drain with ErrSubmitFailed; its events stay queued (Summary.Pending).
// Events the ledger or the edge rejected are counted in the summary, not
// errors.
func (a *Agent) Drain(ctx context.Context) (Summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	flush := make(chan struct{})
	fwd := make(chan error, 1)
	go func() {
		err := a.forward(ctx, flush, a.cfg.Retry.OnceAttempts)
		if err != nil {
			cancel() // unblock file sources waiting for room
		}
		fwd <- err
	}()
	var errs []error
	for _, path := range a.cfg.Sources.Files {
		if err := a.runFile(ctx, path, false); err != nil && ctx.Err() == nil {
			errs = append(errs, fmt.Errorf("file %s: %w", path, err))
		}
	}
	close(flush)
	if err := <-fwd; err != nil {
		errs = append(errs, err)
	}
	if len(errs) == 0 && a.q.Len() > 0 {
		errs = append(errs, fmt.Errorf("%w: interrupted with %d events queued: %w", ErrSubmitFailed, a.q.Len(), context.Cause(ctx)))
	}
	return a.Summary(), errors.Join(errs...)
}

func (a *Agent) serveHealth(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	status := "ok"
	code := http.StatusOK
	mqttState := ""
	if m := a.cfg.Sources.MQTT; m != nil {
		down, d := a.mqttDown()
		mqttState = fmt.Sprintf(`,"mqtt_connected":%t,"mqtt_down_seconds":%d`, !down, int64(d.Seconds()))
		f := a.mqttFailure.Load()
		if down && f != nil {
			errJSON, _ := json.Marshal(f.err.Error())
			mqttState += `,"mqtt_error":` + string(errJSON)
		}
		switch {
		case down && f.refused(): // the broker refused the agent: waiting will not help
			status, code = "mqtt_"+f.reason, http.StatusServiceUnavailable
		case down && d > m.unhealthyAfter():
			status, code = "mqtt_unreachable", http.StatusServiceUnavailable
		}
	}
	if a.closing.Load() {
		status, code = "shutting_down", http.StatusServiceUnavailable
	}
	w.WriteHeader(code)
	fmt.Fprintf(w, `{"status":%q,"queue_events":%d,"queue_bytes":%d,"queue_budget":%d%s}`+"\n",
		status, a.q.Len(), a.q.Bytes(), a.q.Budget(), mqttState)
}

// mqttDown reports whether the MQTT source is not connected to its broker,
// and for how long.
func (a *Agent) mqttDown() (bool, time.Duration) {
	if a.mqttConnected.Load() {
		return false, 0
	}
	since := a.mqttDownSince.Load()
	if since == 0 {
		return true, 0
	}
	return true, time.Since(time.Unix(0, since))
}

func promhttpHandler(g prometheus.Gatherer) http.Handler {
	return promhttp.HandlerFor(g, promhttp.HandlerOpts{})
}

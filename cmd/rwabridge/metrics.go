package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/pflag"
)

// flagMetrics is the flag of every long-running command that serves
// Prometheus /metrics and /healthz.
const flagMetrics = "metrics"

// addMetricsFlag declares --metrics ADDR; example is an address for its
// help (each role has its own default port in the examples and deploy/).
func addMetricsFlag(f *pflag.FlagSet, addr *string, example string) {
	f.StringVar(addr, flagMetrics, "", "address to serve Prometheus /metrics and /healthz on (e.g. "+example+"); empty: none")
}

// newMetricsRegistry returns a registry with the Go runtime's and the
// process's collectors, for a command's own metrics.
func newMetricsRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return reg
}

// healthHandler answers /healthz from healthy: 200 or 503, with a JSON
// status and why.
func healthHandler(healthy func() (bool, string)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		ok, detail := healthy()
		w.Header().Set("Content-Type", "application/json")
		status := "ok"
		if !ok {
			status = "unhealthy"
			w.WriteHeader(http.StatusServiceUnavailable)
		}
		json.NewEncoder(w).Encode(map[string]string{"status": status, "detail": detail})
	})
}

// checkMetricsAddr checks a --metrics value before a command starts work
// (exit 2 when it is not HOST:PORT; empty is none).
func checkMetricsAddr(addr string) error {
	if addr == "" {
		return nil
	}
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return exitCode(2, fmt.Errorf("--%s %q: %w (write HOST:PORT, e.g. 127.0.0.1:9100)", flagMetrics, addr, err))
	}
	return nil
}

// serveMetrics serves g on addr's /metrics and health on its /healthz
// until the returned stop is called; an empty addr serves nothing. The
// address is bound before it returns: a port in use is an error now (exit
// 1; a malformed address exits 2), not a log line later.
func serveMetrics(addr string, g prometheus.Gatherer, health http.Handler, log *slog.Logger) (stop func(), err error) {
	if addr == "" {
		return func() {}, nil
	}
	if err := checkMetricsAddr(addr); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, exitCode(1, fmt.Errorf("--%s %s: %w", flagMetrics, addr, err))
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(g, promhttp.HandlerOpts{}))
	mux.Handle("GET /healthz", health)
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics server", "err", err)
		}
	}()
	log.Info("serving /metrics and /healthz", "addr", ln.Addr().String())
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
	}, nil
}

package promtest

import (
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

func TestValueFindsTheSeriesWithTheLabelsAsked(t *testing.T) {
	reg := prometheus.NewRegistry()
	g := prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "g"}, []string{"pool", "state"})
	h := prometheus.NewHistogram(prometheus.HistogramOpts{Name: "h"})
	reg.MustRegister(g, h)
	g.WithLabelValues("north", "sealed").Set(3)
	g.WithLabelValues("south", "sealed").Set(5)
	h.Observe(1)
	h.Observe(2)
	for _, tc := range []struct {
		name   string
		labels map[string]string
		want   float64
		ok     bool
	}{
		{"g", map[string]string{"pool": "south", "state": "sealed"}, 5, true},
		{"g", map[string]string{"pool": "north"}, 3, true},
		{"g", map[string]string{"pool": "east"}, 0, false},
		{"h", nil, 2, true},
		{"missing", nil, 0, false},
	} {
		if v, ok := Value(t, reg, tc.name, tc.labels); v != tc.want || ok != tc.ok {
			t.Errorf("Value(%s, %v) = %v, %t; want %v, %t", tc.name, tc.labels, v, ok, tc.want, tc.ok)
		}
	}
}

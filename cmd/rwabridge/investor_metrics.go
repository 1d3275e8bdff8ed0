package main

import (
	"github.com/prometheus/client_golang/prometheus"

	"github.com/rwabridge/rwabridge/offshore/investor"
)

// investorCollector exports what the investor view last read from the
// registry (rwabridge_investor_*), at scrape time: whether the last read
// worked, its block, and per pool the registry's staleness and the end of
// its latest disclosed epoch.
type investorCollector struct {
	snapshot func() (*investor.Snapshot, error)

	readOK, block, readAt, stale, latestEnd, disclosures *prometheus.Desc
}

var _ prometheus.Collector = (*investorCollector)(nil)

func newInvestorCollector(snapshot func() (*investor.Snapshot, error)) *investorCollector {
	const ns = "rwabridge_investor_"
	pool := []string{"pool"}
	return &investorCollector{snapshot: snapshot,
		readOK: prometheus.NewDesc(ns+"registry_read_ok", "1 when the last read of the registry worked, else 0 (the page shows the last good read).", nil, nil),
		block:  prometheus.NewDesc(ns+"registry_block", "Block the figures shown were read at.", nil, nil),
		readAt: prometheus.NewDesc(ns+"registry_read_timestamp_seconds", "Unix time of the last good read of the registry.", nil, nil),
		stale: prometheus.NewDesc(ns+"pool_stale", "1 when the registry says the pool is stale (the epoch after its latest disclosed one has ended), else 0.",
			pool, nil),
		latestEnd: prometheus.NewDesc(ns+"pool_latest_epoch_end_timestamp_seconds",
			"Unix time at which the pool's latest disclosed epoch ended; time() minus it is how stale the L2 is.", pool, nil),
		disclosures: prometheus.NewDesc(ns+"pool_disclosures", "Disclosures of the pool on the registry.", pool, nil),
	}
}

func (c *investorCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.readOK, c.block, c.readAt, c.stale, c.latestEnd, c.disclosures} {
		ch <- d
	}
}

func (c *investorCollector) Collect(ch chan<- prometheus.Metric) {
	snap, err := c.snapshot()
	ok := 0.0
	if snap != nil && err == nil {
		ok = 1
	}
	ch <- prometheus.MustNewConstMetric(c.readOK, prometheus.GaugeValue, ok)
	if snap == nil {
		return
	}
	ch <- prometheus.MustNewConstMetric(c.block, prometheus.GaugeValue, float64(snap.Block))
	ch <- prometheus.MustNewConstMetric(c.readAt, prometheus.GaugeValue, float64(snap.ReadAt.Unix()))
	for _, p := range snap.Pools {
		stale := 0.0
		if p.Stale {
			stale = 1
		}
		ch <- prometheus.MustNewConstMetric(c.stale, prometheus.GaugeValue, stale, p.ID)
		ch <- prometheus.MustNewConstMetric(c.disclosures, prometheus.GaugeValue, float64(len(p.Disclosures)), p.ID)
		if p.LatestEpoch != nil {
			end := (*p.LatestEpoch + 1) * uint64(p.EpochLength)
			ch <- prometheus.MustNewConstMetric(c.latestEnd, prometheus.GaugeValue, float64(end), p.ID)
		}
	}
}

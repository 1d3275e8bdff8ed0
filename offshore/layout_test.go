package offshore_test

import (
	"math/big"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/rwabridge/rwabridge/circuits/summary"
	"github.com/rwabridge/rwabridge/offshore/registry"
)

// The packed public inputs are laid out once, in circuits/summary; the
// registry's Solidity has its own constants. This pins the two together:
// the constants in the source, and what the deployed contract packs.

func TestTheRegistrysMetricLayoutIsTheCircuits(t *testing.T) {
	src, err := os.ReadFile("contracts/src/DisclosureRegistry.sol")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		want [summary.NumMetrics]int
	}{{"WIDTHS", summary.MetricWidths}, {"OFFSETS", summary.MetricOffsets}} {
		m := regexp.MustCompile(`constant ` + c.name + ` = \((\d+)\) \| \((\d+) << 8\) \| \((\d+) << 16\) \| \((\d+) << 24\) \| \((\d+) << 32\);`).FindSubmatch(src)
		if m == nil {
			t.Fatalf("DisclosureRegistry.sol has no %s constant of the expected form", c.name)
		}
		for i := range summary.NumMetrics {
			if got, _ := strconv.Atoi(string(m[i+1])); got != c.want[i] {
				t.Errorf("%s[%d] = %d in the registry, %d in circuits/summary", c.name, i, got, c.want[i])
			}
		}
	}
}

func TestTheRegistryPacksEveryMetricAtItsWidthAsTheCircuitDoes(t *testing.T) {
	e := newEnv(t)
	for i, w := range summary.MetricWidths {
		d := e.goodDisclosure(7)
		d.Metrics = [summary.NumMetrics]uint64{1, 2, 3, 4, 5}
		if w == 64 {
			d.Metrics[i] = ^uint64(0)
		} else {
			d.Metrics[i] = 1<<w - 1
		}
		want, err := summary.PackMetrics(d.Metrics)
		if err != nil {
			t.Fatalf("metric %d at 2^%d−1: %v", i, w, err)
		}
		in, err := registry.ABI.UnpackPublicInputs(e.call(e.addrs.Registry, registry.ABI.PackPublicInputs(registry.Binding(&d),
			registry.Chunks(single(&d, nil)), big.NewInt(0))))
		if err != nil {
			t.Fatal(err)
		}
		if in[6].Cmp(want) != 0 {
			t.Errorf("metric %d at its width: the registry packs %#x, the circuit %#x", i, in[6], want)
		}
		header := summary.Header{Final: true, Epoch: d.Epoch, EpochSeconds: uint32(e.policy.EpochSeconds()), Disclosed: e.policy.Disclose}.Pack()
		if in[5].Cmp(header) != 0 {
			t.Errorf("header: the registry packs %#x, the circuit %#x", in[5], header)
		}
		// A suppressed disclosure: the flag in the final chunk's header.
		d.Suppressed = true
		in, err = registry.ABI.UnpackPublicInputs(e.call(e.addrs.Registry, registry.ABI.PackPublicInputs(registry.Binding(&d),
			registry.Chunks(single(&d, nil)), big.NewInt(0))))
		if err != nil {
			t.Fatal(err)
		}
		header = summary.Header{Final: true, Suppressed: true, Epoch: d.Epoch, EpochSeconds: uint32(e.policy.EpochSeconds()), Disclosed: e.policy.Disclose}.Pack()
		if in[5].Cmp(header) != 0 {
			t.Errorf("suppressed header: the registry packs %#x, the circuit %#x", in[5], header)
		}
		d.Suppressed = false
		if w < 64 {
			d.Metrics[i] = 1 << w
			if _, err := summary.PackMetrics(d.Metrics); err == nil {
				t.Errorf("metric %d at 2^%d packs: it must not fit", i, w)
			}
		}
	}
}

package summary

import (
	"math/rand/v2"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/rwabridge/rwabridge/circuits/gadget"
)

// peakRSS returns VmHWM (peak resident set) of this process in MB.
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// cpuSeconds returns the user+system CPU time of this process.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

// resetPeakRSS resets VmHWM to the current RSS (Linux clear_refs 5).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// benchProve compiles, sets up and proves one full chunk of the given
// capacity with each range-check variant, reporting constraints per
// record, setup seconds, prove seconds, records/s and peak RSS while
// proving. Setup runs once per variant, outside the timer.
func benchProve(b *testing.B, capacity int) {
	p := defaultPolicy(b)
	rng := rand.New(rand.NewPCG(1, 2))
	var s *Summary
	for s == nil || !s.Disclosable {
		s = summarize(b, p, capacity, randomEvents(rng, p, testEpoch, capacity, capacity/16))
	}
	for _, kind := range []gadget.RangeKind{gadget.Lookup, gadget.Bits} {
		b.Run("ranges="+kind.String(), func(b *testing.B) {
			c, _ := New(capacity, WithRanges(kind))
			ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
			if err != nil {
				b.Fatal(err)
			}
			t0 := time.Now()
			pk, vk, err := groth16.Setup(ccs)
			if err != nil {
				b.Fatal(err)
			}
			setup := time.Since(t0)
			a := assignment(b, s, 0)
			w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
			if err != nil {
				b.Fatal(err)
			}
			pub, _ := w.Public()
			resetPeakRSS()
			cpu0 := cpuSeconds()
			b.ResetTimer()
			for b.Loop() {
				proof, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if err := groth16.Verify(proof, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
			}
			b.StopTimer()
			cpu := (cpuSeconds() - cpu0) / float64(b.N) // includes the verifications (≈2 ms each)
			prove := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(ccs.GetNbConstraints())/float64(capacity), "constraints/record")
			b.ReportMetric(setup.Seconds(), "setup_s")
			b.ReportMetric(prove, "prove_s")
			b.ReportMetric(float64(capacity)/prove, "records/s")
			// On a shared machine wall time depends on the load; CPU time
			// does not: records per CPU-second, times the cores (gnark's
			// prover uses all of them), is the idle-machine rate.
			b.ReportMetric(cpu, "prove_cpu_s")
			b.ReportMetric(float64(capacity)*float64(runtime.NumCPU())/cpu, "records/s_idle")
			b.ReportMetric(peakRSS(), "peak_MB")
		})
	}
}

// BenchmarkProve1024: go test ./circuits/summary -run '^$' -bench Prove1024 -benchtime 3x
func BenchmarkProve1024(b *testing.B) { benchProve(b, 1024) }

// BenchmarkProve4096 runs only when named: -bench Prove4096 (minutes of
// setup and gigabytes of memory).
func BenchmarkProve4096(b *testing.B) {
	if !strings.Contains(benchPattern(), "4096") {
		b.Skip("run with -bench Prove4096")
	}
	benchProve(b, 4096)
}

func benchPattern() string {
	for _, a := range os.Args {
		if v, ok := strings.CutPrefix(a, "-test.bench="); ok {
			return v
		}
	}
	return ""
}

// BenchmarkNativeSummarize measures the native twin over 4096 records.
func BenchmarkNativeSummarize(b *testing.B) {
	p := defaultPolicy(b)
	evs := randomEvents(rand.New(rand.NewPCG(1, 2)), p, testEpoch, 4096, 64)
	for b.Loop() {
		if _, err := Summarize(Input{Pool: testPool, Epoch: testEpoch, Policy: p, Capacity: 4096, Events: evs, Salt: fixedSalt}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(4096*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}

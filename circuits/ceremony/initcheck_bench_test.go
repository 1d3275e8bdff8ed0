package ceremony

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/rwabridge/rwabridge/circuits/keys"
)

// benchCapacityEnv sets the summary circuit's capacity for the benchmark
// below (default 64; 1024 is the production size, where Initialize alone
// takes minutes).
const benchCapacityEnv = "RWABRIDGE_CEREMONY_BENCH_CAPACITY"

// BenchmarkCheckPhase2InitAgainstInitialize times gnark's Initialize, which
// a full Phase 2 verification reruns, against CheckPhase2Init of its output,
// and reports both and their ratio. Run it alone, once:
//
//	go test ./circuits/ceremony -run '^$' -bench CheckPhase2InitAgainstInitialize -benchtime 1x
//	RWABRIDGE_CEREMONY_BENCH_CAPACITY=1024 go test ./circuits/ceremony -run '^$' -bench CheckPhase2InitAgainstInitialize -benchtime 1x -timeout 1h
func BenchmarkCheckPhase2InitAgainstInitialize(b *testing.B) {
	capacity := 64
	if v := os.Getenv(benchCapacityEnv); v != "" {
		c, err := strconv.Atoi(v)
		if err != nil || c < 1 {
			b.Fatalf("%s=%q: want a positive capacity", benchCapacityEnv, v)
		}
		capacity = c
	}
	ccs, err := keys.Compile(capacity)
	if err != nil {
		b.Fatal(err)
	}
	r1cs := ccs.(*cs.R1CS)
	n := ecc.NextPowerOfTwo(uint64(r1cs.GetNbConstraints()))
	// The beacon alone is a valid (if not secret) Phase 1: the SRS's values
	// do not change either side's cost.
	commons := mpcsetup.NewPhase1(n).Seal([]byte("benchmark beacon"))
	b.ResetTimer()

	var initialize, check time.Duration
	for range b.N {
		start := time.Now()
		var p mpcsetup.Phase2
		evals := p.Initialize(r1cs, &commons)
		initialize += time.Since(start)

		start = time.Now()
		if err := CheckPhase2Init(r1cs, &commons, &p, &evals); err != nil {
			b.Fatal(err)
		}
		check += time.Since(start)
	}
	b.ReportMetric(initialize.Seconds()/float64(b.N), "initialize-s/op")
	b.ReportMetric(check.Seconds()/float64(b.N), "check-s/op")
	b.ReportMetric(float64(initialize)/float64(check), "ratio")
	b.Logf("capacity %d, %d constraints, n = %d: Initialize %s, CheckPhase2Init %s, %.1f× faster",
		capacity, r1cs.GetNbConstraints(), n, initialize/time.Duration(b.N), check/time.Duration(b.N), float64(initialize)/float64(check))
}

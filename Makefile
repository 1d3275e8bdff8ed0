# rwabridge — `make test` is the README's test command (and .ci/run's); `make demo` runs the demo.
GO ?= go
# DEMO_DIR empty: the demo's own default, rwabridge/demo in the user's cache
# directory (it prints where); `make demo DEMO_DIR=/tmp/demo` picks another.
DEMO_DIR ?=

.PHONY: demo test deps check vet fmt-check bench fuzz mutation differential

# demo runs the whole system once, in one process, on its embedded defaults:
# simulate, ingest, seal, dev keys, prove, deploy on a simulated L2, attest and
# relay, payouts, verify (see rwabridge demo --help). Its data directory is
# reused by the next run (keys, ledger, proofs); `make demo FRESH=1` starts it
# clean, keeping the keys.
demo:
	$(GO) run ./cmd/rwabridge demo$(if $(DEMO_DIR), --data $(DEMO_DIR))$(if $(FRESH), --fresh)

# test installs what the tests need (scripts/install-test-deps.sh), checks
# formatting and vet, then runs every test.
test: deps check
	$(GO) test -count=1 -timeout 30m ./...

deps:
	bash scripts/install-test-deps.sh

check: fmt-check vet

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

bench:
	$(GO) test -run '^$$' -bench . -benchtime 2s ./...

fuzz:
	$(GO) test ./onshore/telemetry -run '^$$' -fuzz FuzzUnmarshalBinary -fuzztime 30s
	$(GO) test ./onshore/telemetry -run '^$$' -fuzz FuzzUnmarshalJSON -fuzztime 30s

# mutation removes or weakens each constraint of the summary circuit in turn
# (circuits/summary/testdata/mutants.json, applied with go test -overlay: the
# sources are never touched), runs the circuit's tests against it and prints
# which were caught, ending in the score; it fails below 100%.
mutation:
	RWABRIDGE_MUTATION=1 $(GO) test -count=1 -run TestMutationScore -v -timeout 60m ./circuits/summary

# differential judges 10,000 random epochs and a fixed list of edge epochs
# four ways (offshore/differential_test.go): the native twin against the
# circuit's solver on every chunk, and for every 10th disclosable epoch a real
# proof and its mutants through gnark, the audit verify-proof path and the
# deployed Solidity verifier (eth_call); it fails on any disagreement. Plain
# `go test` runs a 300-epoch sample.
differential:
	RWABRIDGE_DIFFERENTIAL_EPOCHS=10000 $(GO) test -count=1 -run TestEveryVerdictAgreesOnRandomAndEdgeEpochs -v -timeout 60m ./offshore

# rwabridge — the two commands of the README are `make demo` and `make test`.
GO ?= go
DEMO_DIR ?= /tmp/rwabridge-demo

.PHONY: demo test deps check vet fmt-check bench fuzz

# demo runs the parts that exist on their embedded defaults.
demo:
	rm -rf $(DEMO_DIR)
	$(GO) run ./cmd/rwabridge sim --cabinets 50 --days 2 --seed 7 --out $(DEMO_DIR)/fleet
	$(GO) run ./cmd/rwabridge telemetry verify --devices $(DEMO_DIR)/fleet/devices.yaml --events $(DEMO_DIR)/fleet/events.jsonl
	$(GO) run ./cmd/rwabridge policy check policies/*.yaml
	$(GO) run ./cmd/rwabridge agent --data $(DEMO_DIR)/onshore --devices $(DEMO_DIR)/fleet/devices.yaml --source file:$(DEMO_DIR)/fleet/events.jsonl --once
	$(GO) run ./cmd/rwabridge ledger seal --data $(DEMO_DIR)/onshore --policy policies/battery-swap-daily.yaml --all-ended
	$(GO) run ./cmd/rwabridge ledger show --data $(DEMO_DIR)/onshore
	$(GO) run ./cmd/rwabridge ledger verify --data $(DEMO_DIR)/onshore

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

#!/usr/bin/env bash
# Installs what rwabridge's tests need beyond Go itself. Idempotent: it only
# installs what is missing. Run by `make test` (and so by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

# Go modules (pinned in go.mod / go.sum).
go mod download

echo "test dependencies: ready"

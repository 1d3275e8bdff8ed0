#!/usr/bin/env bash
# Installs what rwabridge's tests need beyond Go itself. Idempotent: it only
# installs what is missing. Run by `make test` (and so by .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

# Go modules (pinned in go.mod / go.sum).
go mod download

# Debian packages, each installed only when missing; apt-get update runs at
# most once per call of this script. Needs root (CI runs as root).
apt_updated=0
apt_install() {
	if [ "$apt_updated" = 0 ]; then
		DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
		apt_updated=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# Mosquitto: the real MQTT broker of the agent's integration tests
# (onshore/agent starts its own on a free port; it is not left running).
if ! command -v mosquitto >/dev/null 2>&1; then
	apt_install mosquitto
fi

echo "test dependencies: ready"

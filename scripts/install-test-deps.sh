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

# Node.js + npm compile the Solidity contracts for the drift check of
# offshore/ (TestGeneratedFilesAreUpToDate); nothing at run time needs them.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	apt_install nodejs npm
fi
# The pinned solc-js and OpenZeppelin (offshore/contracts/package-lock.json),
# only when node_modules does not already hold exactly those versions.
contracts=offshore/contracts
if [ -f "$contracts/package-lock.json" ]; then
	want_solc=$(node -p "require('./$contracts/package-lock.json').packages['node_modules/solc'].version")
	want_oz=$(node -p "require('./$contracts/package-lock.json').packages['node_modules/@openzeppelin/contracts'].version")
	have_solc=$(node -p "try { require('./$contracts/node_modules/solc/package.json').version } catch (e) { '' }")
	have_oz=$(node -p "try { require('./$contracts/node_modules/@openzeppelin/contracts/package.json').version } catch (e) { '' }")
	if [ "$have_solc" != "$want_solc" ] || [ "$have_oz" != "$want_oz" ]; then
		(cd "$contracts" && npm ci --no-audit --no-fund --loglevel=error)
	fi
fi

# geth, for the geth --dev integration tests of offshore/ (they skip
# without it). go install builds it in a few minutes, once.
if ! command -v geth >/dev/null 2>&1 && [ ! -x "$(go env GOPATH)/bin/geth" ]; then
	go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8
fi

# systemd's tools, for deploy/'s tests of the service files:
# systemd-analyze verify/security and systemd-sysusers (no running systemd
# needed).
if ! command -v systemd-analyze >/dev/null 2>&1 || ! command -v systemd-sysusers >/dev/null 2>&1; then
	apt_install systemd
fi

# Chromium, for the real-browser test of the investor view
# (offshore/investor TestARealBrowserDrawsTheChartsTableAndEvidence runs it
# headless against the page; it skips without it). chromium-driver comes
# with it for WebDriver use.
if [ ! -x /usr/bin/chromium ]; then
	apt_install chromium chromium-driver
fi

echo "test dependencies: ready"

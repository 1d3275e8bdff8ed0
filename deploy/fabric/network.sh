#!/usr/bin/env bash
# rwabridge on a real Hyperledger Fabric network, without Docker: Fabric's
# release binaries and `rwabridge chaincode` run as native processes on
# 127.0.0.1. See README.md.
#
#   network.sh up                         crypto material, channel genesis block, orderer(s),
#                                         three peers joined to the channel, client configs
#   network.sh deploy [NAME [CONTRACT]]   package, start, install, approve and commit a chaincode
#                                         as a service (default: rwabridge rwabridge; the
#                                         benchmark baseline: benchplain bench-plain)
#   network.sh down                       stop every process this network started, delete its state
#   network.sh status                     the processes and the channel's orderer status
#
# Environment:
#   FABRIC_BIN        directory of peer, orderer, configtxgen, cryptogen, osnadmin
#                     (default: found on PATH)
#   FABRIC_CFG        Fabric's config templates, core.yaml and orderer.yaml
#                     (default: $FABRIC_BIN/../config, as in the release tarball)
#   FABRIC_CCAAS      the chaincode-as-a-service external builder, a directory with
#                     bin/detect, bin/build, bin/release (default: $FABRIC_BIN/../builders/ccaas,
#                     as in the release tarball, else $FABRIC_BIN/ccaas)
#   FABRIC_NET_DIR    work dir: crypto, ledgers, logs, PIDs (default: ./.network next to this script)
#   RWABRIDGE         the rwabridge binary (default: rwabridge on PATH)
#   CHANNEL           channel name (default rwabridge)
#   ORDERERS          1 or 3 etcdraft orderers (default 1)
#   PORT_BASE         first port to try (default 17050); ports in use are skipped
#   CONTRACT_CONFIG   the ledger contract's config for `rwabridge chaincode --config`
#                     (default: the contract's defaults)
#   FABRIC_LOGGING_SPEC  Fabric log level (default info)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NET="${FABRIC_NET_DIR:-$HERE/.network}"
CHANNEL="${CHANNEL:-rwabridge}"
ORDERERS="${ORDERERS:-1}"
PORT_BASE="${PORT_BASE:-17050}"
export FABRIC_LOGGING_SPEC="${FABRIC_LOGGING_SPEC:-info}"
ORGS=(operator auditor custodian)
declare -A MSP=([operator]=OperatorMSP [auditor]=AuditorMSP [custodian]=CustodianMSP)

log() { printf '%s network.sh: %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# --- binaries and config templates -------------------------------------------

find_bin() {
	if [[ -n "${FABRIC_BIN:-}" ]]; then
		[[ -x "$FABRIC_BIN/$1" ]] || die "$1 not found in FABRIC_BIN=$FABRIC_BIN"
		echo "$FABRIC_BIN/$1"
	else
		command -v "$1" || die "$1 not found on PATH: install Fabric's release binaries or set FABRIC_BIN"
	fi
}

resolve_tools() {
	PEER="$(find_bin peer)"
	ORDERER="$(find_bin orderer)"
	CONFIGTXGEN="$(find_bin configtxgen)"
	CRYPTOGEN="$(find_bin cryptogen)"
	OSNADMIN="$(find_bin osnadmin)"
	local bindir
	bindir="$(cd "$(dirname "$PEER")" && pwd)"
	if [[ -z "${FABRIC_CFG:-}" ]]; then
		FABRIC_CFG="$bindir/../config"
		[[ -f "$FABRIC_CFG/core.yaml" ]] || FABRIC_CFG="$bindir/config"
	fi
	FABRIC_CFG="$(cd "$FABRIC_CFG" 2>/dev/null && pwd)" || die "FABRIC_CFG: no config directory next to $bindir (want ../config with core.yaml and orderer.yaml)"
	[[ -f "$FABRIC_CFG/core.yaml" && -f "$FABRIC_CFG/orderer.yaml" ]] || die "FABRIC_CFG=$FABRIC_CFG lacks core.yaml or orderer.yaml"
	if [[ -z "${FABRIC_CCAAS:-}" ]]; then
		FABRIC_CCAAS="$bindir/../builders/ccaas"
		[[ -x "$FABRIC_CCAAS/bin/release" ]] || FABRIC_CCAAS="$bindir/ccaas"
	fi
	for b in detect build release; do
		[[ -x "$FABRIC_CCAAS/bin/$b" ]] || die "ccaas builder: $FABRIC_CCAAS/bin/$b missing (set FABRIC_CCAAS)"
	done
	FABRIC_CCAAS="$(cd "$FABRIC_CCAAS" && pwd)"
	RWABRIDGE="${RWABRIDGE:-$(command -v rwabridge || true)}"
}

# --- processes -----------------------------------------------------------------

# start NAME CMD...: run CMD in the background with its output in logs/NAME.log
# and its PID in pids/NAME.pid.
start() {
	local name="$1"
	shift
	mkdir -p "$NET/logs" "$NET/pids"
	nohup "$@" >"$NET/logs/$name.log" 2>&1 </dev/null &
	echo $! >"$NET/pids/$name.pid"
	log "started $name (pid $!, log $NET/logs/$name.log)"
}

alive() { [[ -f "$NET/pids/$1.pid" ]] && kill -0 "$(cat "$NET/pids/$1.pid")" 2>/dev/null; }

# wait_for DESC SECONDS CMD...: retry CMD every 0.2 s until it succeeds.
wait_for() {
	local desc="$1" secs="$2"
	shift 2
	local deadline=$((SECONDS + secs))
	until "$@" >/dev/null 2>&1; do
		((SECONDS < deadline)) || die "timed out after ${secs}s waiting for $desc"
		sleep 0.2
	done
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
listening() { ! port_free "$1"; }

NEXT_PORT=""
# alloc VAR: the next free port from PORT_BASE on, recorded in ports.env.
alloc() {
	local p="${NEXT_PORT:-$PORT_BASE}"
	while ! port_free "$p"; do p=$((p + 1)); done
	NEXT_PORT=$((p + 1))
	printf -v "$1" '%s' "$p"
	echo "$1=$p" >>"$NET/ports.env"
}

# --- environment of the CLI as an org admin ------------------------------------

orderer_ca() { echo "$NET/crypto/ordererOrganizations/rwabridge.local/tlsca/tlsca.rwabridge.local-cert.pem"; }
org_dir() { echo "$NET/crypto/peerOrganizations/$1.rwabridge.local"; }
peer_tls_ca() { echo "$(org_dir "$1")/tlsca/tlsca.$1.rwabridge.local-cert.pem"; }

# as_admin ORG CMD...: run the peer CLI as ORG's admin against ORG's peer.
as_admin() {
	local org="$1" port_var
	shift
	port_var="PEER_${org^^}_PORT"
	FABRIC_CFG_PATH="$NET/peers/$org/config" \
		CORE_PEER_LOCALMSPID="${MSP[$org]}" \
		CORE_PEER_MSPCONFIGPATH="$(org_dir "$org")/users/Admin@$org.rwabridge.local/msp" \
		CORE_PEER_ADDRESS="127.0.0.1:${!port_var}" \
		CORE_PEER_TLS_ENABLED=true \
		CORE_PEER_TLS_ROOTCERT_FILE="$(peer_tls_ca "$org")" \
		"$@"
}

# --- up --------------------------------------------------------------------------

# render_core ORG: Fabric's core.yaml with the ccaas external builder and no
# Docker endpoint; everything else is set by CORE_* variables at start.
render_core() {
	local dir="$NET/peers/$1/config"
	mkdir -p "$dir"
	awk -v builder="$FABRIC_CCAAS" '
		/^    externalBuilders:/ {
			print "    externalBuilders:"
			print "      - name: ccaas_builder"
			print "        path: " builder
			print "        propagateEnvironment:"
			print "          - CHAINCODE_AS_A_SERVICE_BUILDER_CONFIG"
			skip = 1; next
		}
		skip && /^    [A-Za-z]/ { skip = 0 }
		skip && /^[A-Za-z]/ { skip = 0 }
		skip { next }
		/^vm:/ { invm = 1 }
		invm && /^    endpoint:/ { print "    endpoint: \"\""; invm = 0; next }
		{ print }
	' "$FABRIC_CFG/core.yaml" >"$dir/core.yaml"
	grep -q "path: $FABRIC_CCAAS" "$dir/core.yaml" || die "could not set chaincode.externalBuilders in $dir/core.yaml"
}

render_configtx() {
	local endpoints="" consenters="" i port_var cport_var host
	for ((i = 0; i < ORDERERS; i++)); do
		port_var="ORDERER${i}_PORT"
		host="orderer$i.rwabridge.local"
		endpoints+="      - 127.0.0.1:${!port_var}"$'\n'
		consenters+="      - Host: 127.0.0.1"$'\n'
		consenters+="        Port: ${!port_var}"$'\n'
		consenters+="        ClientTLSCert: $NET/crypto/ordererOrganizations/rwabridge.local/orderers/$host/tls/server.crt"$'\n'
		consenters+="        ServerTLSCert: $NET/crypto/ordererOrganizations/rwabridge.local/orderers/$host/tls/server.crt"$'\n'
	done
	mkdir -p "$NET/config"
	ENDPOINTS="$endpoints" CONSENTERS="$consenters" awk \
		-v net="$NET" -v op="$PEER_OPERATOR_PORT" -v au="$PEER_AUDITOR_PORT" -v cu="$PEER_CUSTODIAN_PORT" '
		$0 == "@ORDERER_ENDPOINTS@" { printf "%s", ENVIRON["ENDPOINTS"]; next }
		$0 == "@CONSENTERS@" { printf "%s", ENVIRON["CONSENTERS"]; next }
		{
			gsub(/@NET@/, net); gsub(/@OPERATOR_PORT@/, op); gsub(/@AUDITOR_PORT@/, au); gsub(/@CUSTODIAN_PORT@/, cu)
			print
		}
	' "$HERE/configtx.yaml" >"$NET/config/configtx.yaml"
}

start_orderer() {
	local i="$1" host="orderer$1.rwabridge.local" port_var="ORDERER$1_PORT" admin_var="ORDERER$1_ADMIN_PORT" ops_var="ORDERER$1_OPS_PORT"
	local dir="$NET/crypto/ordererOrganizations/rwabridge.local/orderers/$host" data="$NET/orderers/orderer$i"
	mkdir -p "$data"
	# The Raft leader is detected from the etcdraft log (raft_leader): keep
	# that logger at info whatever FABRIC_LOGGING_SPEC says.
	start "orderer$i" env \
		FABRIC_CFG_PATH="$FABRIC_CFG" \
		FABRIC_LOGGING_SPEC="$FABRIC_LOGGING_SPEC:orderer.consensus.etcdraft=info" \
		ORDERER_GENERAL_LISTENADDRESS=127.0.0.1 \
		ORDERER_GENERAL_LISTENPORT="${!port_var}" \
		ORDERER_GENERAL_LOCALMSPID=OrdererMSP \
		ORDERER_GENERAL_LOCALMSPDIR="$dir/msp" \
		ORDERER_GENERAL_BOOTSTRAPMETHOD=none \
		ORDERER_GENERAL_TLS_ENABLED=true \
		ORDERER_GENERAL_TLS_PRIVATEKEY="$dir/tls/server.key" \
		ORDERER_GENERAL_TLS_CERTIFICATE="$dir/tls/server.crt" \
		ORDERER_GENERAL_TLS_ROOTCAS="[$dir/tls/ca.crt]" \
		ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$dir/tls/server.crt" \
		ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$dir/tls/server.key" \
		ORDERER_GENERAL_CLUSTER_ROOTCAS="[$dir/tls/ca.crt]" \
		ORDERER_CHANNELPARTICIPATION_ENABLED=true \
		ORDERER_ADMIN_LISTENADDRESS="127.0.0.1:${!admin_var}" \
		ORDERER_ADMIN_TLS_ENABLED=true \
		ORDERER_ADMIN_TLS_PRIVATEKEY="$dir/tls/server.key" \
		ORDERER_ADMIN_TLS_CERTIFICATE="$dir/tls/server.crt" \
		ORDERER_ADMIN_TLS_ROOTCAS="[$dir/tls/ca.crt]" \
		ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
		ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$dir/tls/ca.crt]" \
		ORDERER_OPERATIONS_LISTENADDRESS="127.0.0.1:${!ops_var}" \
		ORDERER_METRICS_PROVIDER=disabled \
		ORDERER_FILELEDGER_LOCATION="$data/ledger" \
		ORDERER_CONSENSUS_WALDIR="$data/etcdraft/wal" \
		ORDERER_CONSENSUS_SNAPDIR="$data/etcdraft/snapshot" \
		"$ORDERER"
}

start_peer() {
	local org="$1" host="peer0.$1.rwabridge.local" port_var="PEER_${1^^}_PORT" cc_var="PEER_${1^^}_CC_PORT" ops_var="PEER_${1^^}_OPS_PORT"
	local dir
	dir="$(org_dir "$org")/peers/$host"
	render_core "$org"
	mkdir -p "$NET/peers/$org/data"
	start "peer-$org" env \
		FABRIC_CFG_PATH="$NET/peers/$org/config" \
		CORE_PEER_ID="$host" \
		CORE_PEER_NETWORKID=rwabridge \
		CORE_PEER_LISTENADDRESS="127.0.0.1:${!port_var}" \
		CORE_PEER_ADDRESS="127.0.0.1:${!port_var}" \
		CORE_PEER_CHAINCODELISTENADDRESS="127.0.0.1:${!cc_var}" \
		CORE_PEER_CHAINCODEADDRESS="127.0.0.1:${!cc_var}" \
		CORE_PEER_GOSSIP_BOOTSTRAP="127.0.0.1:${!port_var}" \
		CORE_PEER_GOSSIP_EXTERNALENDPOINT="127.0.0.1:${!port_var}" \
		CORE_PEER_GOSSIP_RECONNECTINTERVAL=2s \
		CORE_PEER_LOCALMSPID="${MSP[$org]}" \
		CORE_PEER_MSPCONFIGPATH="$dir/msp" \
		CORE_PEER_TLS_ENABLED=true \
		CORE_PEER_TLS_CERT_FILE="$dir/tls/server.crt" \
		CORE_PEER_TLS_KEY_FILE="$dir/tls/server.key" \
		CORE_PEER_TLS_ROOTCERT_FILE="$dir/tls/ca.crt" \
		CORE_PEER_FILESYSTEMPATH="$NET/peers/$org/data" \
		CORE_LEDGER_SNAPSHOTS_ROOTDIR="$NET/peers/$org/data/snapshots" \
		CORE_OPERATIONS_LISTENADDRESS="127.0.0.1:${!ops_var}" \
		CORE_METRICS_PROVIDER=disabled \
		CORE_CHAINCODE_EXECUTETIMEOUT=300s \
		"$PEER" node start
}

write_client_config() {
	local org="$1" port_var="PEER_${1^^}_PORT"
	mkdir -p "$NET/clients"
	cat >"$NET/clients/$org.yaml" <<EOF
# rwabridge --ledger-config for ${MSP[$org]}'s admin through its own peer's gateway.
backend: fabric
fabric:
  peer_endpoint: 127.0.0.1:${!port_var}
  tls_ca_cert: ../crypto/peerOrganizations/$org.rwabridge.local/tlsca/tlsca.$org.rwabridge.local-cert.pem
  server_name_override: peer0.$org.rwabridge.local
  msp_id: ${MSP[$org]}
  cert: ../crypto/peerOrganizations/$org.rwabridge.local/users/Admin@$org.rwabridge.local/msp/signcerts
  key: ../crypto/peerOrganizations/$org.rwabridge.local/users/Admin@$org.rwabridge.local/msp/keystore
  channel: $CHANNEL
  chaincode: rwabridge
  # The members of the records collection endorse every transaction, in
  # parallel: they are a MAJORITY of the three orgs, and the only peers that
  # can endorse a batch of records or a seal (see README.md).
  endorsing_orgs: [OperatorMSP, AuditorMSP]
EOF
}

# join_channel ORG: join ORG's peer to the channel unless it is already a
# member (a retried join after a timed-out one).
join_channel() {
	as_admin "$1" "$PEER" channel list 2>/dev/null | grep -qx "$CHANNEL" ||
		as_admin "$1" "$PEER" channel join -b "$NET/channel/$CHANNEL.block"
}

raft_leader() {
	local i
	for ((i = 0; i < ORDERERS; i++)); do
		grep -q "Raft leader changed: 0 -> " "$NET/logs/orderer$i.log" && return 0
	done
	return 1
}

cmd_up() {
	resolve_tools
	[[ ! -e "$NET/pids" ]] || die "$NET holds a network already: run network.sh down first"
	[[ "$ORDERERS" == 1 || "$ORDERERS" == 3 ]] || die "ORDERERS=$ORDERERS: want 1 or 3"
	mkdir -p "$NET"
	: >"$NET/ports.env"
	log "crypto material (cryptogen) in $NET/crypto"
	"$CRYPTOGEN" generate --config="$HERE/crypto-config.yaml" --output="$NET/crypto" >/dev/null

	local i org
	for ((i = 0; i < ORDERERS; i++)); do
		alloc "ORDERER${i}_PORT"
		alloc "ORDERER${i}_ADMIN_PORT"
		alloc "ORDERER${i}_OPS_PORT"
	done
	for org in "${ORGS[@]}"; do
		alloc "PEER_${org^^}_PORT"
		alloc "PEER_${org^^}_CC_PORT"
		alloc "PEER_${org^^}_OPS_PORT"
	done
	echo "CHANNEL=$CHANNEL" >>"$NET/ports.env"
	echo "ORDERERS=$ORDERERS" >>"$NET/ports.env"

	render_configtx
	log "channel $CHANNEL genesis block"
	mkdir -p "$NET/channel"
	FABRIC_CFG_PATH="$NET/config" "$CONFIGTXGEN" -profile RWABridgeChannel -channelID "$CHANNEL" \
		-outputBlock "$NET/channel/$CHANNEL.block" 2>"$NET/channel/configtxgen.log" ||
		die "configtxgen failed: $(tail -3 "$NET/channel/configtxgen.log")"

	for ((i = 0; i < ORDERERS; i++)); do start_orderer "$i"; done
	local admin_tls="$NET/crypto/ordererOrganizations/rwabridge.local/users/Admin@rwabridge.local/tls"
	for ((i = 0; i < ORDERERS; i++)); do
		local admin_var="ORDERER${i}_ADMIN_PORT"
		wait_for "orderer$i's admin endpoint" 30 listening "${!admin_var}"
		"$OSNADMIN" channel join --channelID "$CHANNEL" --config-block "$NET/channel/$CHANNEL.block" \
			-o "127.0.0.1:${!admin_var}" --ca-file "$(orderer_ca)" \
			--client-cert "$admin_tls/client.crt" --client-key "$admin_tls/client.key" >/dev/null
	done
	wait_for "a Raft leader for $CHANNEL" 60 raft_leader
	log "orderer: channel $CHANNEL has a Raft leader"

	for org in "${ORGS[@]}"; do start_peer "$org"; done
	for org in "${ORGS[@]}"; do
		local port_var="PEER_${org^^}_PORT"
		wait_for "peer of $org" 30 listening "${!port_var}"
		wait_for "peer of $org to join $CHANNEL" 30 join_channel "$org"
		write_client_config "$org"
	done
	log "network up: channel $CHANNEL, ${ORDERERS} orderer(s), peers of ${ORGS[*]}; ports in $NET/ports.env; client configs in $NET/clients/"
}

# --- deploy ----------------------------------------------------------------------

load_net() {
	[[ -f "$NET/ports.env" ]] || die "no network in $NET: run network.sh up first"
	# shellcheck disable=SC1091
	source "$NET/ports.env"
}

cmd_deploy() {
	local name="${1:-rwabridge}" contract="${2:-rwabridge}" version="1.0"
	resolve_tools
	load_net
	[[ -n "$RWABRIDGE" && -x "$RWABRIDGE" ]] || die "the rwabridge binary was not found: set RWABRIDGE or put it on PATH"
	[[ "$name" =~ ^[a-z][a-z0-9_]*$ ]] || die "chaincode name $name: want lowercase letters, digits, _"
	local collections=()
	if [[ "$contract" == rwabridge ]]; then
		collections=(--collections-config "$HERE/collections_config.json")
	fi
	local ccargs=(--contract "$contract")
	if [[ -n "${CONTRACT_CONFIG:-}" && "$contract" == rwabridge ]]; then
		ccargs+=(--config "$(cd "$(dirname "$CONTRACT_CONFIG")" && pwd)/$(basename "$CONTRACT_CONFIG")")
	fi

	local seq=1 committed
	committed="$(as_admin operator "$PEER" lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$name" 2>/dev/null || true)"
	if [[ "$committed" =~ Sequence:\ ([0-9]+) ]]; then seq=$((BASH_REMATCH[1] + 1)); fi

	local org dir port pkgid
	declare -A PKG
	for org in "${ORGS[@]}"; do
		# Each org packages its own connection.json: its peer reaches its own
		# chaincode process. Package ids differ per org, which lifecycle allows.
		dir="$NET/chaincode/$name/$org"
		rm -rf "$dir" && mkdir -p "$dir/src"
		alloc "CC_${name^^}_${org^^}_PORT"
		local port_var="CC_${name^^}_${org^^}_PORT"
		port="${!port_var}"
		printf '{"address":"127.0.0.1:%s","dial_timeout":"10s","tls_required":false}\n' "$port" >"$dir/src/connection.json"
		printf '{"type":"ccaas","label":"%s_%s"}\n' "$name" "$version" >"$dir/src/metadata.json"
		tar -C "$dir/src" -czf "$dir/src/code.tar.gz" connection.json
		tar -C "$dir/src" -czf "$dir/$name.tgz" metadata.json code.tar.gz
		pkgid="$(as_admin "$org" "$PEER" lifecycle chaincode calculatepackageid "$dir/$name.tgz")"
		PKG[$org]="$pkgid"
		local proc="cc-$name-$org"
		if alive "$proc"; then kill "$(cat "$NET/pids/$proc.pid")" || true; fi
		start "$proc" "$RWABRIDGE" chaincode --address "127.0.0.1:$port" --id "$pkgid" "${ccargs[@]}"
		wait_for "chaincode $name of $org on port $port" 30 listening "$port"
		as_admin "$org" "$PEER" lifecycle chaincode install "$dir/$name.tgz" >"$dir/install.log" 2>&1 ||
			grep -q "already successfully installed" "$dir/install.log" ||
			die "installing $name on $org's peer: $(tail -3 "$dir/install.log")"
	done
	for org in "${ORGS[@]}"; do
		as_admin "$org" "$PEER" lifecycle chaincode approveformyorg -o "127.0.0.1:$ORDERER0_PORT" --tls --cafile "$(orderer_ca)" \
			--channelID "$CHANNEL" --name "$name" --version "$version" --package-id "${PKG[$org]}" --sequence "$seq" \
			"${collections[@]}" >"$NET/chaincode/$name/$org/approve.log" 2>&1 ||
			die "approving $name for $org: $(tail -3 "$NET/chaincode/$name/$org/approve.log")"
	done
	local peers=()
	for org in "${ORGS[@]}"; do
		local port_var="PEER_${org^^}_PORT"
		peers+=(--peerAddresses "127.0.0.1:${!port_var}" --tlsRootCertFiles "$(peer_tls_ca "$org")")
	done
	wait_for "approvals of $name by every org" 30 check_ready "$name" "$version" "$seq"
	as_admin operator "$PEER" lifecycle chaincode commit -o "127.0.0.1:$ORDERER0_PORT" --tls --cafile "$(orderer_ca)" \
		--channelID "$CHANNEL" --name "$name" --version "$version" --sequence "$seq" "${collections[@]}" "${peers[@]}" \
		>"$NET/chaincode/$name/commit.log" 2>&1 || die "committing $name: $(tail -3 "$NET/chaincode/$name/commit.log")"
	for org in "${ORGS[@]}"; do
		wait_for "$name committed on $org's peer" 30 as_admin "$org" "$PEER" lifecycle chaincode querycommitted --channelID "$CHANNEL" --name "$name"
	done
	log "chaincode $name ($contract) sequence $seq committed on $CHANNEL; endorsement policy MAJORITY of ${ORGS[*]}"
}

check_ready() {
	local out
	out="$(as_admin operator "$PEER" lifecycle chaincode checkcommitreadiness --channelID "$CHANNEL" --name "$1" --version "$2" \
		--sequence "$3" "${collections[@]}" --output json 2>/dev/null)" || return 1
	! grep -q false <<<"$out"
}

# --- down, status ------------------------------------------------------------------

cmd_down() {
	if [[ -d "$NET/pids" ]]; then
		local f pid
		for f in "$NET"/pids/*.pid; do
			[[ -e "$f" ]] || continue
			pid="$(cat "$f")"
			kill "$pid" 2>/dev/null || true
		done
		for f in "$NET"/pids/*.pid; do
			[[ -e "$f" ]] || continue
			pid="$(cat "$f")"
			for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
			kill -9 "$pid" 2>/dev/null || true
		done
	fi
	rm -rf "$NET"
	log "network down, $NET removed"
}

cmd_status() {
	load_net
	local f
	for f in "$NET"/pids/*.pid; do
		local name
		name="$(basename "$f" .pid)"
		if alive "$name"; then echo "$name: running (pid $(cat "$f"))"; else echo "$name: stopped"; fi
	done
	resolve_tools
	local admin_tls="$NET/crypto/ordererOrganizations/rwabridge.local/users/Admin@rwabridge.local/tls"
	"$OSNADMIN" channel list --channelID "$CHANNEL" -o "127.0.0.1:$ORDERER0_ADMIN_PORT" --ca-file "$(orderer_ca)" \
		--client-cert "$admin_tls/client.crt" --client-key "$admin_tls/client.key"
}

case "${1:-}" in
up) cmd_up ;;
deploy) shift && cmd_deploy "$@" ;;
down) cmd_down ;;
status) cmd_status ;;
*)
	sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
	exit 2
	;;
esac

#!/usr/bin/env bash
# Three Chorus nodes on this machine, one Hazelcast cluster, behind HAProxy: what several machines run,
# on one. From the repository root, after `./mvnw -q package -DskipTests`:
#
#   gamification-server/src/main/cluster/run-local.sh
#
# Then open the balancer's address (printed), watch the nodes on HAProxy's status page, and stop a node
# with `kill <pid>` (or -9) to see the balancer take it out. Ctrl-C stops everything.
#
# Settings (environment):
#   CHORUS_DATABASE_URL  the PostgreSQL every node shares (default postgresql://postgres@127.0.0.1:5432/chorus;
#                        an embedded database cannot be shared, so one must answer)
#   CHORUS_LB_PORT       the balancer's port (default 8080); nodes listen on the next three ports, their
#                        metrics on the three after, HAProxy's status page on LB_PORT+9
#   CHORUS_CLUSTER_BASE_PORT  Hazelcast ports of the three nodes start here (default 5701)
#   CHORUS_CLUSTER_NAME  (default chorus-local)
#   CHORUS_RUN_DIR       logs, the generated haproxy.cfg and the shared token key (default /tmp/chorus-cluster)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
jar="$root/gamification-server/target/chorus-server.jar"
[ -f "$jar" ] || { echo "Build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
haproxy="$(command -v haproxy || echo /usr/sbin/haproxy)"
[ -x "$haproxy" ] || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }

lb_port="${CHORUS_LB_PORT:-8080}"
hz_base="${CHORUS_CLUSTER_BASE_PORT:-5701}"
cluster_name="${CHORUS_CLUSTER_NAME:-chorus-local}"
database="${CHORUS_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/chorus}"
run="${CHORUS_RUN_DIR:-/tmp/chorus-cluster}"
mkdir -p "$run"

# Every node signs and checks tokens with one key: a sign-in on node 1 must be good on node 3.
if [ ! -s "$run/jwt.key" ]; then
  (umask 077; head -c 48 /dev/urandom | base64 -w0 > "$run/jwt.key")
fi

members="127.0.0.1:$hz_base,127.0.0.1:$((hz_base + 1)),127.0.0.1:$((hz_base + 2))"
pids=()
stop_all() {
  trap - INT TERM EXIT
  echo; echo "Stopping..."
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

start_node() {
  local n="$1"
  CHORUS_HTTP_HOST=127.0.0.1 \
  CHORUS_HTTP_PORT=$((lb_port + n)) \
  CHORUS_PUBLIC_URL="http://localhost:$lb_port" \
  CHORUS_DATABASE_URL="$database" \
  CHORUS_EMBEDDED_DATABASE=never \
  CHORUS_JWT_SECRET_FILE="$run/jwt.key" \
  CHORUS_CLUSTER_MEMBERS="$members" \
  CHORUS_CLUSTER_HOST=127.0.0.1 \
  CHORUS_CLUSTER_PORT=$((hz_base + n - 1)) \
  CHORUS_CLUSTER_NAME="$cluster_name" \
  CHORUS_METRICS_PORT=$((lb_port + 3 + n)) \
  CHORUS_TRUSTED_PROXIES=127.0.0.1 \
    java -jar "$jar" > "$run/node$n.log" 2>&1 &
  pids+=($!)
  echo $! > "$run/node$n.pid"
  echo "node$n: pid $!, http://127.0.0.1:$((lb_port + n)), metrics http://127.0.0.1:$((lb_port + 3 + n))/metrics, log $run/node$n.log"
}

await_ready() {
  local n="$1"
  for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$((lb_port + n))/health/ready" 2>/dev/null; then return 0; fi
    kill -0 "$(cat "$run/node$n.pid")" 2>/dev/null || { echo "node$n exited; see $run/node$n.log" >&2; tail -20 "$run/node$n.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "node$n is not ready after 60 s; see $run/node$n.log" >&2; exit 1
}

# Node 1 first (it applies migrations and seeds the demo into an empty database), then the others join it.
start_node 1; await_ready 1
start_node 2; start_node 3
await_ready 2; await_ready 3

servers=""
for n in 1 2 3; do servers+="    server node$n 127.0.0.1:$((lb_port + n)) check"$'\n'; done
awk -v bind="127.0.0.1:$lb_port" -v stats="127.0.0.1:$((lb_port + 9))" -v servers="$servers" '
  /^@SERVERS@$/ { printf "%s", servers; next }
  { gsub(/@BIND@/, bind); gsub(/@STATS@/, stats); print }' "$here/haproxy.cfg.template" > "$run/haproxy.cfg"
"$haproxy" -c -q -f "$run/haproxy.cfg"
"$haproxy" -db -f "$run/haproxy.cfg" > "$run/haproxy.log" 2>&1 &
pids+=($!)
echo $! > "$run/haproxy.pid"

echo
echo "Chorus cluster '$cluster_name' (3 nodes) behind HAProxy: http://localhost:$lb_port"
echo "  HAProxy status: http://127.0.0.1:$((lb_port + 9))/   config: $run/haproxy.cfg   log: $run/haproxy.log"
grep -A1 '^Office screen' "$run/node1.log" || true
grep -A3 '^Demo sign-ins' "$run/node1.log" || true
echo
echo "Stop a node to see HAProxy take it out: kill \$(cat $run/node2.pid)   (or kill -9)"
echo "Ctrl-C stops the nodes and HAProxy."
wait

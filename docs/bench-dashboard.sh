#!/usr/bin/env bash
# The dashboard at scale (issue 7): loads docs/bench-data.sh's country (100,000 problems, 1,000,000
# votes, 500,000 replies, 200,000 members, twenty recurring problems across hundreds of communes)
# into a fresh database under a running Vedika, times one full aggregation, then measures the
# dashboard's server time with 10 concurrent policymakers — ten logged-in sessions, one wrk
# connection each: the national view as the demo admin, Kampong Speu as the demo provincial
# policymaker, every province, and the JSON API. With each view: Vedika's CPU time per request.
#
#   ./mvnw -q package -DskipTests && docs/bench-dashboard.sh
#   KEEP_DB=1 docs/bench-dashboard.sh                # keep the loaded database (its name is printed)
#   BENCH_DB=vedika_dashboard_123 docs/bench-dashboard.sh   # measure again on a kept database
#
# Needs wrk and curl, and MariaDB at 127.0.0.1:3306 (root, empty password); the database it creates
# is dropped at the end. Traffic goes to 127.0.0.1 only; every loop is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8098}
DURATION=${BENCH_DURATION:-20s}
WAR=target/vedika.war
JAR=target/payara-micro.jar
[ -f "$WAR" ] && [ -f "$JAR" ] || { echo "Build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

db=${BENCH_DB:-vedika_dashboard_$$}
[ -n "${BENCH_DB:-}" ] || mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
work=$(mktemp -d)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  cp "$work/payara.log" target/bench-dashboard-payara.log 2>/dev/null || true
  [ -n "${KEEP_DB:-}${BENCH_DB:-}" ] || mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $db" || true
  rm -rf "$work"
}
trap cleanup EXIT

# the demo accounts (an admin for the country, a policymaker for Kampong Speu) come with VEDIKA_DEMO
DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" DB_USER=root DB_PASSWORD= VEDIKA_DEMO=true \
java -Xmx1g -jar "$JAR" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --nohazelcast \
  --disablephonehome --rootdir "$work/root" --systemproperties config/system.properties --prebootcommandfile config/pre-boot-commands.asadmin \
  > "$work/payara.log" 2>&1 &
pid=$!
for _ in $(seq 1 900); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ]; then break; fi
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/payara.log"; exit 1; }
  sleep 0.2
done
echo "Vedika ready on $db"

if [ -z "${BENCH_DB:-}" ]; then
DB=$db docs/bench-data.sh

# the next aggregation run counts everything
mariadb -uroot -h127.0.0.1 "$db" -e "UPDATE dashboard_refresh SET last_full = NULL"
for _ in $(seq 1 600); do
  done_full=$(mariadb -uroot -h127.0.0.1 "$db" -N -e "SELECT last_full IS NOT NULL FROM dashboard_refresh")
  [ "$done_full" = 1 ] && break
  sleep 1
done
full_ms=$(mariadb -uroot -h127.0.0.1 "$db" -N -e "SELECT last_millis FROM dashboard_refresh")
# the next run re-counts what changed within 30 seconds before the full one started (here: much of the
# load, written just before); measure once it is done, as a running site would be between loads
for _ in $(seq 1 600); do
  caught_up=$(mariadb -uroot -h127.0.0.1 "$db" -N -e "SELECT last_started > last_full FROM dashboard_refresh")
  [ "$caught_up" = 1 ] && break
  sleep 1
done
echo "full aggregation: $full_ms ms; the run after it: $(mariadb -uroot -h127.0.0.1 "$db" -N -e "SELECT last_millis FROM dashboard_refresh") ms"
mariadb -uroot -h127.0.0.1 "$db" -N -e "SELECT CONCAT('ranked rows: ',
  (SELECT COUNT(*) FROM ranked_row), '; recurring problems: ', (SELECT COUNT(*) FROM recurring_problem))
  FROM dashboard_refresh"
fi

login() { # a new session of a demo account: its cookie
  local jar="$work/cookies" page state
  rm -f "$jar"
  page=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login")
  state=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed -E 's/.*value="([^"]*)".*/\1/')
  curl -s -o /dev/null -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" \
    --data-urlencode "login=login" --data-urlencode "login:name=$1" \
    --data-urlencode "login:password=vedika-demo-2026" --data-urlencode "login:submit=x" \
    --data-urlencode "jakarta.faces.ViewState=$state"
  awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar"
}
# ten policymakers are ten sessions: wrk's ten threads each keep one connection and one session
# (requests of one session queue behind each other in Faces, so one shared cookie would measure
# that queue, not ten readers)
sessions() { # account → a wrk script giving each thread its own session
  {
    echo 'local cookies = {'
    for _ in $(seq 1 10); do
      local cookie; cookie=$(login "$1")
      [ -n "$cookie" ] || { echo "login failed" >&2; exit 1; }
      echo "  \"$cookie\","
    done
    cat <<'LUA'
}
local n = 0
setup = function(thread) n = n + 1; thread:set("cookie", cookies[n]) end
init = function(args) wrk.headers["Cookie"] = cookie end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms · p95 %.1f ms · p99 %.1f ms · %.1f req/s, %d requests, %d non-2xx\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, summary.errors.status))
end
LUA
  } > "$work/$2.lua"
}
sessions admin@vedika.example admin
sessions policy@vedika.example policy
cookie=$(sed -n 2p "$work/admin.lua" | tr -d ' ",')

cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }   # Vedika's CPU time so far, in clock ticks
ticks=$(getconf CLK_TCK)
run() { # script path duration: one wrk run, its latencies and Vedika's CPU time per request
  local before after out requests
  before=$(cpu)
  out=$(wrk -t10 -c10 -d"$3" -H 'Accept-Encoding: gzip' -s "$work/$1.lua" "http://127.0.0.1:$PORT$2")
  after=$(cpu)
  requests=$(echo "$out" | grep -o '[0-9]* requests,' | head -1 | cut -d' ' -f1)
  echo "$(echo "$out" | grep p95) · Vedika CPU $(( (after - before) * 1000 / ticks / requests )) ms/request"
}
measure() { # script path
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "http://127.0.0.1:$PORT$2")" = 200 ] || { echo "$2 is not 200" >&2; exit 1; }
  wrk -t10 -c10 -d5s -H 'Accept-Encoding: gzip' -s "$work/$1.lua" "http://127.0.0.1:$PORT$2" > /dev/null   # warm-up
  echo "== $2 (10 sessions, wrk -t10 -c10 -d$DURATION)"
  run "$1" "$2" "$DURATION"
}
provinces=$(mariadb -uroot -h127.0.0.1 "$db" -N -e "SELECT code FROM place WHERE level = 'PROVINCE' ORDER BY code")
# a just-started JVM runs the page several times slower until the JIT has compiled it (on 2 cores
# busy serving, that takes minutes): first the national view and every province in turn, as a
# server that has been up a while has seen them
{
  cat "$work/admin.lua"
  echo 'local paths = {"/dashboard"'
  for province in $provinces; do echo ", \"/dashboard?place=$province\""; done
  echo '}'
  echo 'local i = 0'
  echo 'request = function() i = i % #paths + 1; return wrk.format(nil, paths[i]) end'
} > "$work/warm.lua"
echo "JIT warm-up: the national view and every province in turn for ${BENCH_WARMUP:-90s}"
wrk -t10 -c10 -d"${BENCH_WARMUP:-90s}" -H 'Accept-Encoding: gzip' -s "$work/warm.lua" "http://127.0.0.1:$PORT/dashboard" > /dev/null
measure admin "/dashboard"
measure admin "/dashboard?place=12&period=365"
measure policy "/dashboard?place=05&category=nssf-health-workers"
measure admin "/api/dashboard/recurring?place=&status=unresolved"
# every province, as the admin (national grant), 5 s each: the slowest p95 is the figure
for province in $provinces; do
  printf '%s ' "$province"
  run admin "/dashboard?place=$province" 5s
done
echo "RSS after load: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

#!/usr/bin/env bash
# Measures Vedika as docs/benchmarks.md reports it: cold start to ready (/health/ready 200: schema
# migrated), RSS after start, and
# requests/s of a place page and of /api/places/{code}/children (wrk, 16 connections, 20 s).
#
#   ./mvnw -q package -DskipTests && docs/benchmark.sh
#
# Needs wrk (Debian: apt-get install wrk) and a MariaDB: DB_URL/DB_USER/DB_PASSWORD if set,
# otherwise a fresh database on 127.0.0.1:3306 (root, empty password) that is dropped at the end.
# Traffic goes to 127.0.0.1 only; every loop is bounded in time.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${BENCH_PORT:-8099}
DURATION=${BENCH_DURATION:-20s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
WAR=target/vedika.war
JAR=target/payara-micro.jar
[ -f "$WAR" ] && [ -f "$JAR" ] || { echo "Build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

created_db=""
if [ -z "${DB_URL:-}" ]; then
  created_db="vedika_bench_$$"
  mariadb -uroot -h127.0.0.1 -e "CREATE DATABASE $created_db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  export DB_URL="jdbc:mariadb://127.0.0.1:3306/$created_db" DB_USER=root DB_PASSWORD=
fi
work=$(mktemp -d)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  [ -n "$created_db" ] && mariadb -uroot -h127.0.0.1 -e "DROP DATABASE IF EXISTS $created_db" || true
  rm -rf "$work"
}
trap cleanup EXIT

start_ns=$(date +%s%N)
java -Xmx512m -jar "$JAR" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --nohazelcast \
  --disablephonehome --rootdir "$work/root" --systemproperties config/system.properties --prebootcommandfile config/pre-boot-commands.asadmin \
  > "$work/payara.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/health/ready")" = 200 ]; then break; fi
  kill -0 "$pid" 2>/dev/null || { tail -40 "$work/payara.log"; exit 1; }
  sleep 0.1
done
ready_ns=$(date +%s%N)
echo "cold start to ready (/health/ready; includes every migration on an empty database): $(( (ready_ns - start_ns) / 1000000 )) ms"
sleep 5
echo "RSS 5 s after start: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

# a busy commune: 10,000 problems in Roleang Chak (050701), spread over its villages and a year,
# among 50,000 problems in 14,000 other villages, written by 2,000 members (so MariaDB's statistics
# look like a real country's, not like one table holding one commune)
db=$(echo "$DB_URL" | sed -E 's#.*/([^/?]+).*#\1#')
mariadb -uroot -h127.0.0.1 "$db" <<'SQL'
INSERT INTO member (login, display_name, password_hash, home_village)
  SELECT CONCAT('bench', seq, '@vedika.example'), CONCAT('Member ', seq),
         'PBKDF2WithHmacSHA256:600000:x:x', '05070101'
  FROM seq_1_to_2000;
SET @first = (SELECT MIN(id) FROM member WHERE login LIKE 'bench%');
INSERT INTO problem (place_code, commune_code, district_code, province_code, title, body, category,
                     author_id, vote_count, reply_count, created_at, last_activity_at, search_text)
  SELECT CONCAT('0507010', 1 + seq % 9), '050701', '0507', '05',
         CONCAT('Benchmark problem ', seq), 'A problem raised to fill a busy commune forum.',
         'NSSF_HEALTH_WORKERS', @first + seq % 2000,
         seq % 50, seq % 7, NOW(3) - INTERVAL seq MINUTE, NOW(3) - INTERVAL seq MINUTE,
         CONCAT('benchmark problem ', seq)
  FROM seq_1_to_10000;
INSERT INTO problem (place_code, commune_code, district_code, province_code, title, body, category,
                     author_id, vote_count, reply_count, created_at, last_activity_at, search_text)
  SELECT v.code, LEFT(v.code, 6), LEFT(v.code, 4), LEFT(v.code, 2),
         CONCAT('Elsewhere problem ', s.seq), 'A problem raised in another village.',
         'IDPOOR_REGISTRATION', @first + s.seq % 2000,
         s.seq % 50, s.seq % 7, NOW(3) - INTERVAL s.seq MINUTE, NOW(3) - INTERVAL s.seq MINUTE,
         CONCAT('elsewhere problem ', s.seq)
  FROM seq_1_to_50000 s
  JOIN (SELECT code, ROW_NUMBER() OVER (ORDER BY code) AS n FROM place
        WHERE level = 'VILLAGE' AND code NOT LIKE '050701%') v ON v.n = 1 + (s.seq * 7) % 14000;
UPDATE problem SET hot = LOG10(1 + vote_count + reply_count / 2)
                       + (UNIX_TIMESTAMP(created_at) - 1767225600) / 45000;
ANALYZE TABLE problem, member;
SQL
echo "loaded 10,000 problems into commune 050701 and 50,000 elsewhere"

for path in /place/050701 "/place/050701?sort=waiting&page=300" /place/0507 /api/places/0507/children "/api/problems?place=050701&sort=top"; do
  url="http://127.0.0.1:$PORT$path"
  wrk -t2 -c"$CONNECTIONS" -d5s -H 'Accept-Encoding: gzip' "$url" > /dev/null   # warm-up
  echo "== $path (wrk -t2 -c$CONNECTIONS -d$DURATION, gzip)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Encoding: gzip' --latency "$url" | grep -E 'Requests/sec|Latency|50%|99%|Non-2xx|Socket errors'
done
echo "RSS after load: $(( $(ps -o rss= -p "$pid") / 1024 )) MiB"

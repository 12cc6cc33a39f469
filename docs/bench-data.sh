#!/usr/bin/env bash
# Loads the big data set of the dashboard issue into a Vedika database whose schema is in place
# (start Vedika on it once, or let docs/benchmark.sh do so): 200,000 members, 100,000 problems,
# 1,000,000 votes and 500,000 replies over the real gazetteer, with twenty recurring problems each
# reported in hundreds of communes and a long tail of local ones; votes and replies skewed toward a
# few hot problems, as forums are. Counters and hot scores are recomputed from the rows at the end.
#
#   DB=vedika_bench docs/bench-data.sh          # MariaDB at 127.0.0.1:3306, root, empty password
#
# Repeatable: the same seeds give the same rows. Bounded: every statement is a single INSERT … SELECT
# over MariaDB's sequence engine (seq_1_to_N), no loops.
set -euo pipefail
DB=${DB:?name the database, e.g. DB=vedika_bench}
MEMBERS=${BENCH_MEMBERS:-200000}
PROBLEMS=${BENCH_PROBLEMS:-100000}
VOTES=${BENCH_VOTES:-1000000}
REPLIES=${BENCH_REPLIES:-500000}
sql() { mariadb -uroot -h127.0.0.1 "$DB" -e "$1"; }

start=$(date +%s)
mariadb -uroot -h127.0.0.1 "$DB" <<SQL
-- a repeatable uniform draw in [0, 1) from a key (RAND(seed) of consecutive seeds is correlated)
CREATE OR REPLACE FUNCTION u(k VARCHAR(32)) RETURNS DOUBLE DETERMINISTIC
  RETURN CONV(LEFT(MD5(k), 8), 16, 10) / 4294967296;
-- villages numbered 0..n-1 in code order, for spreading rows over the real gazetteer
CREATE TABLE bench_village (n INT PRIMARY KEY, code VARCHAR(8) NOT NULL) ENGINE=InnoDB;
INSERT INTO bench_village SELECT ROW_NUMBER() OVER (ORDER BY code) - 1, code FROM place WHERE level = 'VILLAGE';
SET @villages = (SELECT COUNT(*) FROM bench_village);

-- members (a cheap fake hash: these accounts are never logged into)
INSERT INTO member (login, display_name, password_hash, home_village, created_at)
  SELECT CONCAT('bench', s.seq, '@vedika.example'), CONCAT('Member ', s.seq), 'PBKDF2WithHmacSHA256:600000:x:x',
         v.code, NOW(3) - INTERVAL (s.seq % 700) DAY
  FROM seq_1_to_${MEMBERS} s JOIN bench_village v ON v.n = (s.seq * 7919) % @villages;
-- members and (below) problems numbered 0..n-1: ids may have gaps after bulk inserts
CREATE TABLE bench_member (n INT PRIMARY KEY, id BIGINT NOT NULL) ENGINE=InnoDB;
INSERT INTO bench_member SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM member WHERE login LIKE 'bench%@vedika.example';

-- 20 recurring problems, each raised in 150-400 villages (a fifth of the problems) ...
INSERT INTO problem (place_code, commune_code, district_code, province_code, title, body, category,
                     author_id, created_at, last_activity_at, search_text, suggested_at)
  SELECT v.code, LEFT(v.code, 6), LEFT(v.code, 4), LEFT(v.code, 2),
         CONCAT(ELT(1 + s.seq % 20,
           'Hospital refuses the NSSF card', 'IDPoor interview never happened', 'Equity card not accepted at the health centre',
           'Pregnancy cash transfer paid late', 'Disability assessment team never came', 'Payment agent charges a fee',
           'Pension contributions missing', 'Factory deducts NSSF but worker not registered', 'Family Package registration office closed',
           'Employment injury claim refused', 'Health centre asks for informal payments', 'Cash transfer stopped without notice',
           'Wing account not receiving the allowance', 'NSSF self-employed card expired too early', 'Commune clerk asks for money',
           'Older people walk far to collect allowance', 'IDPoor card renewal lost', 'Migrant worker family excluded from cash support',
           'Disability card not recognised at hospital', 'Scholarship for poor students not paid'), ' (', s.seq, ')'),
         'A problem raised by citizens of this village, one of many like it across the country.',
         ELT(1 + s.seq % 20, 'NSSF_HEALTH_WORKERS', 'IDPOOR_REGISTRATION', 'HEF_HEALTH_CARE', 'MOTHER_CHILD_CASH',
           'DISABILITY_ALLOWANCE', 'PAYMENT_DELIVERY', 'NSSF_PENSION', 'NSSF_HEALTH_WORKERS', 'FAMILY_PACKAGE_OTHER',
           'EMPLOYMENT_INJURY', 'HEF_HEALTH_CARE', 'MOTHER_CHILD_CASH', 'PAYMENT_DELIVERY', 'NSSF_SELF_EMPLOYED',
           'LOCAL_SERVICE_INFO', 'FAMILY_PACKAGE_OTHER', 'IDPOOR_REGISTRATION', 'MOTHER_CHILD_CASH', 'DISABILITY_ALLOWANCE',
           'FAMILY_PACKAGE_OTHER'),
         (SELECT id FROM bench_member WHERE n = (s.seq * 104729) % ${MEMBERS}),
         NOW(3) - INTERVAL (s.seq % 365) DAY - INTERVAL (s.seq % 1440) MINUTE,
         NOW(3) - INTERVAL (s.seq % 300) DAY,
         'recurring benchmark problem', NOW(3)
  FROM seq_1_to_$((PROBLEMS / 5)) s JOIN bench_village v ON v.n = (s.seq * 2654435761) % @villages;

-- ... and a long tail of local problems
INSERT INTO problem (place_code, commune_code, district_code, province_code, title, body, category,
                     author_id, created_at, last_activity_at, search_text, suggested_at)
  SELECT v.code, LEFT(v.code, 6), LEFT(v.code, 4), LEFT(v.code, 2),
         CONCAT('Local problem ', s.seq), 'A problem of one village, raised once.',
         ELT(1 + s.seq % 11, 'IDPOOR_REGISTRATION', 'HEF_HEALTH_CARE', 'NSSF_HEALTH_WORKERS', 'NSSF_SELF_EMPLOYED',
           'EMPLOYMENT_INJURY', 'NSSF_PENSION', 'MOTHER_CHILD_CASH', 'DISABILITY_ALLOWANCE', 'FAMILY_PACKAGE_OTHER',
           'PAYMENT_DELIVERY', 'LOCAL_SERVICE_INFO'),
         (SELECT id FROM bench_member WHERE n = (s.seq * 15485863) % ${MEMBERS}),
         NOW(3) - INTERVAL (s.seq % 365) DAY, NOW(3) - INTERVAL (s.seq % 200) DAY, 'local benchmark problem', NOW(3)
  FROM seq_1_to_$((PROBLEMS - PROBLEMS / 5)) s JOIN bench_village v ON v.n = (s.seq * 40503) % @villages;
CREATE TABLE bench_problem (n INT PRIMARY KEY, id BIGINT NOT NULL) ENGINE=InnoDB;
INSERT INTO bench_problem SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM problem WHERE search_text LIKE '%benchmark problem';
SET @pn = (SELECT COUNT(*) FROM bench_problem);
SET @p0 = (SELECT MIN(id) FROM bench_problem);
SET @p1 = (SELECT MAX(id) FROM bench_problem);

-- votes: skewed (a cube of a uniform draw) so a few problems are hot; one per member per problem
-- (a draw that repeats a pair is dropped by the vote key, as it would be for a real member)
INSERT IGNORE INTO vote (problem_id, member_id, created_at)
  SELECT p.id, m.id, NOW(3) - INTERVAL (d.seq % 120) DAY
  FROM (SELECT seq, FLOOR(@pn * POW(u(CONCAT('vp', seq)), 3)) AS pn, FLOOR(${MEMBERS} * u(CONCAT('vm', seq))) AS mn
        FROM seq_1_to_${VOTES}) d
  JOIN bench_problem p ON p.n = d.pn JOIN bench_member m ON m.n = d.mn;

-- replies, skewed the same way
INSERT INTO reply (problem_id, author_id, body, created_at)
  SELECT p.id, m.id, 'The same happens in our village.', NOW(3) - INTERVAL (d.seq % 100) DAY
  FROM (SELECT seq, FLOOR(@pn * POW(u(CONCAT('rp', seq)), 3)) AS pn, FLOOR(${MEMBERS} * u(CONCAT('rm', seq))) AS mn
        FROM seq_1_to_${REPLIES}) d
  JOIN bench_problem p ON p.n = d.pn JOIN bench_member m ON m.n = d.mn;

-- counters and hot scores from the rows, as the application keeps them
UPDATE problem p
  LEFT JOIN (SELECT problem_id, COUNT(*) AS c FROM vote GROUP BY problem_id) v ON v.problem_id = p.id
  LEFT JOIN (SELECT problem_id, COUNT(*) AS c FROM reply GROUP BY problem_id) r ON r.problem_id = p.id
  SET p.vote_count = COALESCE(v.c, 0), p.reply_count = COALESCE(r.c, 0)
  WHERE p.id BETWEEN @p0 AND @p1;
UPDATE problem p SET p.people = p.vote_count
  + (NOT EXISTS (SELECT 1 FROM vote v WHERE v.problem_id = p.id AND v.member_id = p.author_id))
  WHERE p.id BETWEEN @p0 AND @p1;
UPDATE problem SET hot = LOG10(1 + vote_count + reply_count / 2) + (UNIX_TIMESTAMP(created_at) - 1767225600) / 45000
  WHERE id BETWEEN @p0 AND @p1;
-- the twenty recurring problems as the confirmed groups a curator would make of them (every
-- benchmark problem was inserted as already seen by the grouping pass: suggested_at)
INSERT INTO recurring_problem (title_km, title_en, category)
  SELECT t, t, MIN(category) FROM (SELECT SUBSTRING_INDEX(title, ' (', 1) AS t, category FROM problem
                                   WHERE search_text = 'recurring benchmark problem') g GROUP BY t;
UPDATE problem p JOIN recurring_problem r ON r.title_en = SUBSTRING_INDEX(p.title, ' (', 1)
  SET p.recurring_id = r.id WHERE p.search_text = 'recurring benchmark problem';
DROP TABLE bench_village, bench_member, bench_problem;
DROP FUNCTION u;
ANALYZE TABLE member, problem, vote, reply;
SQL
echo "loaded in $(( $(date +%s) - start )) s:"
mariadb -uroot -h127.0.0.1 "$DB" -N -e "SELECT CONCAT((SELECT COUNT(*) FROM member), ' members, ', (SELECT COUNT(*) FROM problem), ' problems, ',
  (SELECT COUNT(*) FROM vote), ' votes, ', (SELECT COUNT(*) FROM reply), ' replies; counters equal rows: ',
  (SELECT COUNT(*) = 0 FROM problem p WHERE p.vote_count <> (SELECT COUNT(*) FROM vote WHERE problem_id = p.id)))"

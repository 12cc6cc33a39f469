#!/bin/bash
# Run once by the official mariadb image on the replica's first start (compose.yaml,
# docs/cluster.md): replicate from the primary by GTID, from the primary's first logged
# transaction (its set-up is not logged; Flyway's migrations are the first), and let Vedika's
# user read the replica's state.
docker_process_sql <<SQL
SET SESSION sql_log_bin = 0;
GRANT SLAVE MONITOR ON *.* TO '${MARIADB_USER}'@'%';
CHANGE MASTER TO MASTER_HOST='mariadb-primary', MASTER_PORT=3306, MASTER_USER='repl',
  MASTER_PASSWORD='${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}', MASTER_USE_GTID=slave_pos,
  MASTER_CONNECT_RETRY=5;
START SLAVE;
SQL

#!/bin/bash
# Run once by the official mariadb image on the primary's first start (compose.yaml,
# docs/cluster.md): the replication account, and the monitor privilege Vedika's replica check
# (SHOW REPLICA STATUS) needs. Not written to the binary log: the replica makes its own users.
docker_process_sql <<SQL
SET SESSION sql_log_bin = 0;
CREATE USER 'repl'@'%' IDENTIFIED BY '${REPLICATION_PASSWORD:?set REPLICATION_PASSWORD}';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';
GRANT SLAVE MONITOR ON *.* TO '${MARIADB_USER}'@'%';
SQL

-- Issue 18: failed logins counted in MariaDB, not in one node's memory, so every node of a cluster
-- throttles a login the same (LoginThrottle: 5 a minute per login, owned by the account feature).
-- The key is a SHA-256 of what was typed (a login, or "reset:"/"code:" and a login), never the login
-- itself; times are the database's, so the nodes' clocks do not matter. Rows older than the window
-- are deleted as new failures come.
CREATE TABLE login_failure (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    login_key BINARY(32)   NOT NULL,
    failed_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY login_failure_key_time (login_key, failed_at),
    KEY login_failure_time (failed_at)
) ENGINE = InnoDB;

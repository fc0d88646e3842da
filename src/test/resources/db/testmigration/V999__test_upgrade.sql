-- test-only migration: simulates a schema upgrade
CREATE TABLE test_upgrade (id INT PRIMARY KEY, version INT DEFAULT 0 NOT NULL);

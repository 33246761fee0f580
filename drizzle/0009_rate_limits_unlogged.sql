-- Counters that need no crash safety: an unlogged table writes no WAL, so the upsert every submission
-- makes holds its row lock for microseconds, not until the WAL is flushed. A crash empties it (quotas reset).
ALTER TABLE "rate_limits" SET UNLOGGED;

import type Database from 'better-sqlite3';

/**
 * Schema migrations, applied in order and recorded in schema_version. Append new ones; never edit one
 * that has shipped. Times are milliseconds since the epoch (UTC).
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscriptions (
     id INTEGER PRIMARY KEY,
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     schedule TEXT NOT NULL,
     timezone TEXT NOT NULL,
     silent_when_empty INTEGER NOT NULL DEFAULT 0,
     origin TEXT NOT NULL DEFAULT 'chat' CHECK (origin IN ('chat', 'config')),
     created_at INTEGER NOT NULL,
     last_digest_at INTEGER,
     UNIQUE (platform, channel_id)
   );
   CREATE TABLE ledger (
     subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
     slot INTEGER NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('claimed', 'done', 'failed')),
     attempts INTEGER NOT NULL DEFAULT 0,
     reason TEXT,
     claimed_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     articles INTEGER,
     PRIMARY KEY (subscription_id, slot)
   );
   CREATE INDEX ledger_status ON ledger (status);
   CREATE TABLE article_versions (
     article_id TEXT NOT NULL,
     hash TEXT NOT NULL,
     first_seen INTEGER NOT NULL,
     PRIMARY KEY (article_id, hash)
   );`,
];

export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const apply = db.transaction(() => {
    const row = db.prepare('SELECT max(version) AS version FROM schema_version').get() as {
      version: number | null;
    };
    const current = row.version ?? 0;
    for (let v = current; v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]!);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(v + 1);
    }
    return MIGRATIONS.length;
  });
  // IMMEDIATE: two processes opening the same file at once must not both migrate.
  return apply.immediate();
}

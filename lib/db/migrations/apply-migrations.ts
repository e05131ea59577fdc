import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { providerOf, sqliteFilePath, type TDbProvider } from "../database-url";
import { writeSqliteStatistics } from "./write-sqlite-statistics";

/** A migration folder as Prisma lays it out: `<dir>/<timestamp>_<name>/migration.sql`. */
export interface TMigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface TApplyResult {
  provider: TDbProvider;
  applied: string[];
  alreadyApplied: number;
}

/** Folder holding one provider's migrations. */
export function migrationsDir(provider: TDbProvider, root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", provider);
}

/** Reads a provider's migrations in order. Prisma's checksum is the SHA-256 of the SQL text. */
export function readMigrations(dir: string): TMigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

// Same table Prisma's `migrate deploy` keeps, so either tool can take over from the other.
const LEDGER_SQLITE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const LEDGER_PG = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

/**
 * Applies every migration not yet recorded, each in its own transaction, and records it.
 * A migration whose file changed after it was applied is an error: history is append-only.
 */
export async function applyMigrations(url: string, root = process.cwd()): Promise<TApplyResult> {
  const provider = providerOf(url);
  const migrations = readMigrations(migrationsDir(provider, root));
  return provider === "postgresql" ? applyPostgres(url, migrations) : applySqlite(url, migrations);
}

function checkHistory(applied: Map<string, string>, migrations: TMigrationFile[]): TMigrationFile[] {
  for (const m of migrations) {
    const recorded = applied.get(m.name);
    if (recorded && recorded !== m.checksum) {
      throw new Error(`migration ${m.name} was edited after it was applied (checksum differs); add a new migration instead`);
    }
  }
  return migrations.filter((m) => !applied.has(m.name));
}

async function applySqlite(url: string, migrations: TMigrationFile[]): Promise<TApplyResult> {
  const { default: Database } = await import("better-sqlite3");
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, { timeout: 10_000 });
  try {
    // WAL lets readers (pages, analytics) proceed while the runner writes.
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(LEDGER_SQLITE);
    const rows = sqlite.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { migration_name: string; checksum: string }[];
    const pending = checkHistory(new Map(rows.map((r) => [r.migration_name, r.checksum])), migrations);
    // Prisma redefines SQLite tables (create new, copy, drop old, rename) between
    // `PRAGMA foreign_keys=OFF/ON`, but that pragma is ignored inside a transaction: with keys on,
    // dropping the old table would cascade and delete child rows. So keys are switched off around
    // each migration's transaction, and the result is checked before it commits.
    for (const m of pending) {
      sqlite.pragma("foreign_keys = OFF");
      try {
        sqlite.transaction(() => {
          sqlite.exec(m.sql);
          const broken = sqlite.pragma("foreign_key_check") as unknown[];
          if (broken.length > 0) throw new Error(`migration ${m.name} leaves ${broken.length} rows with broken foreign keys`);
          sqlite.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`).run(randomUUID(), m.checksum, m.name);
        }).immediate();
      } finally {
        sqlite.pragma("foreign_keys = ON");
      }
    }
    writeSqliteStatistics(sqlite);
    return { provider: "sqlite", applied: pending.map((m) => m.name), alreadyApplied: rows.length };
  } finally {
    sqlite.close();
  }
}

async function applyPostgres(url: string, migrations: TMigrationFile[]): Promise<TApplyResult> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // One migrator at a time: several app instances may start together.
    await client.query("SELECT pg_advisory_lock(72616873)");
    await client.query(LEDGER_PG);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    const pending = checkHistory(new Map(rows.map((r) => [r.migration_name, r.checksum])), migrations);
    for (const m of pending) {
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, now(), 1)`, [randomUUID(), m.checksum, m.name]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(error as Error).message}`);
      }
    }
    return { provider: "postgresql", applied: pending.map((m) => m.name), alreadyApplied: rows.length };
  } finally {
    await client.query("SELECT pg_advisory_unlock(72616873)").catch(() => undefined);
    await client.end();
  }
}

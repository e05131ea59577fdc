/**
 * `npm run db:check`: proves the checked-in migrations and prisma/schema.prisma agree.
 *  1. The schema has no change since the last migration's snapshot (else: make a migration).
 *  2. For SQLite, and for PostgreSQL when CHECK_PG_URL names a server (a maintenance database
 *     such as postgresql://postgres@127.0.0.1:5432/postgres): migrations applied to an empty
 *     database give exactly the structure that the schema alone gives.
 */
import { readFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { compareDescriptions, describePostgres, describeSqlite } from "./lib/introspect";
import { diffDatamodels } from "./lib/prisma6";

const root = path.resolve(__dirname, "..");
const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
const snapshot = readFileSync(path.join(root, "prisma/migrations/schema.snapshot.prisma"), "utf8");
let failed = false;

function report(label: string, a: string[], b: string[]): void {
  const { onlyA, onlyB } = compareDescriptions(a, b);
  if (onlyA.length === 0 && onlyB.length === 0) {
    console.log(`✓ ${label}: migrations and schema give the same ${a.length} structure items`);
    return;
  }
  failed = true;
  console.error(`✗ ${label}: migrations and schema disagree`);
  for (const l of onlyA.slice(0, 20)) console.error(`  only from migrations: ${l}`);
  for (const l of onlyB.slice(0, 20)) console.error(`  only from schema:     ${l}`);
}

async function checkSqlite(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "waymark-check-"));
  try {
    const migrated = path.join(dir, "migrated.db");
    const result = await applyMigrations(`file:${migrated}`, root);
    console.log(`✓ sqlite: ${result.applied.length} migrations applied from empty`);
    const direct = path.join(dir, "direct.db");
    const { default: Database } = await import("better-sqlite3");
    const sqlite = new Database(direct);
    sqlite.exec(diffDatamodels(null, schema, "sqlite"));
    sqlite.close();
    report("sqlite", await describeSqlite(migrated), await describeSqlite(direct));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function checkPostgres(adminUrl: string): Promise<void> {
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  const suffix = `${process.pid}_${Date.now()}`;
  const names = [`wm_check_migrated_${suffix}`, `wm_check_direct_${suffix}`];
  const urlFor = (db: string) => { const u = new URL(adminUrl); u.pathname = `/${db}`; return u.toString(); };
  try {
    for (const n of names) await admin.query(`CREATE DATABASE "${n}"`);
    const result = await applyMigrations(urlFor(names[0]!), root);
    console.log(`✓ postgresql: ${result.applied.length} migrations applied from empty`);
    const direct = new Client({ connectionString: urlFor(names[1]!) });
    await direct.connect();
    await direct.query(diffDatamodels(null, schema, "postgresql"));
    await direct.end();
    report("postgresql", await describePostgres(urlFor(names[0]!)), await describePostgres(urlFor(names[1]!)));
  } finally {
    for (const n of names) await admin.query(`DROP DATABASE IF EXISTS "${n}"`).catch(() => undefined);
    await admin.end();
  }
}

async function main(): Promise<void> {
  for (const provider of ["sqlite", "postgresql"] as const) {
    const pending = diffDatamodels(snapshot, schema, provider);
    if (pending) {
      failed = true;
      console.error(`✗ ${provider}: prisma/schema.prisma changed since the last migration. Run: npm run db:migration -- <name>\n${pending}`);
    } else console.log(`✓ ${provider}: schema has no change without a migration`);
  }
  await checkSqlite();
  if (process.env.CHECK_PG_URL) await checkPostgres(process.env.CHECK_PG_URL);
  else console.log("- postgresql structure check skipped (set CHECK_PG_URL to run it)");
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

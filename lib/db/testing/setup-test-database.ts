/**
 * Vitest setup: every test process gets its own migrated database before any test module
 * opens the shared client. SQLite by default (a temp file per process); TEST_DATABASE_URL
 * points the same tests at PostgreSQL (tests isolate themselves by workspace).
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "../migrations/apply-migrations";

const url = process.env.TEST_DATABASE_URL ?? `file:${path.join(tmpdir(), `waymark-vitest-${process.pid}.db`)}`;
process.env.DATABASE_URL = url;
await applyMigrations(url);

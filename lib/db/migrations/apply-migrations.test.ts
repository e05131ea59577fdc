import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";

function projectWith(migrations: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "waymark-mig-"));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(root, "prisma/migrations/sqlite", name), { recursive: true });
    writeFileSync(path.join(root, "prisma/migrations/sqlite", name, "migration.sql"), sql);
  }
  return root;
}

describe("applying migrations", () => {
  it("applies pending migrations in order once, recording them in Prisma's ledger", async () => {
    const root = projectWith({ "2_add_b": "ALTER TABLE a ADD COLUMN b TEXT;", "1_create_a": "CREATE TABLE a (id INTEGER PRIMARY KEY);" });
    const url = `file:${path.join(root, "db.sqlite")}`;
    expect((await applyMigrations(url, root)).applied).toEqual(["1_create_a", "2_add_b"]);
    expect((await applyMigrations(url, root)).applied).toEqual([]);
    const db = new Database(path.join(root, "db.sqlite"));
    expect(db.prepare(`SELECT migration_name FROM _prisma_migrations ORDER BY migration_name`).all()).toEqual([{ migration_name: "1_create_a" }, { migration_name: "2_add_b" }]);
    db.close();
  });

  it("rolls a failing migration back whole and leaves it unrecorded", async () => {
    const root = projectWith({ "1_ok": "CREATE TABLE a (id INTEGER PRIMARY KEY);", "2_bad": "CREATE TABLE b (id INTEGER); CREATE TABLE a (id INTEGER);" });
    const url = `file:${path.join(root, "db.sqlite")}`;
    await expect(applyMigrations(url, root)).rejects.toThrow();
    const db = new Database(path.join(root, "db.sqlite"));
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'b'`).all()).toEqual([]);
    expect(db.prepare(`SELECT migration_name FROM _prisma_migrations`).all()).toEqual([{ migration_name: "1_ok" }]);
    db.close();
  });

  it("keeps child rows when a migration redefines their parent table the way Prisma does on SQLite", async () => {
    const root = projectWith({
      "1_init": "CREATE TABLE parent (id TEXT PRIMARY KEY); CREATE TABLE child (id TEXT PRIMARY KEY, parentId TEXT NOT NULL REFERENCES parent(id) ON DELETE CASCADE);",
    });
    const file = path.join(root, "db.sqlite");
    await applyMigrations(`file:${file}`, root);
    const db = new Database(file);
    db.exec("INSERT INTO parent VALUES ('p1'); INSERT INTO child VALUES ('c1', 'p1');");
    db.close();
    mkdirSync(path.join(root, "prisma/migrations/sqlite/2_redefine"), { recursive: true });
    writeFileSync(
      path.join(root, "prisma/migrations/sqlite/2_redefine/migration.sql"),
      `PRAGMA defer_foreign_keys=ON; PRAGMA foreign_keys=OFF;
       CREATE TABLE new_parent (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '');
       INSERT INTO new_parent (id) SELECT id FROM parent; DROP TABLE parent; ALTER TABLE new_parent RENAME TO parent;
       PRAGMA foreign_keys=ON; PRAGMA defer_foreign_keys=OFF;`,
    );
    await applyMigrations(`file:${file}`, root);
    const after = new Database(file);
    expect(after.prepare("SELECT id, parentId FROM child").all()).toEqual([{ id: "c1", parentId: "p1" }]);
    after.close();
  });

  it("refuses a migration edited after it was applied", async () => {
    const root = projectWith({ "1_create_a": "CREATE TABLE a (id INTEGER PRIMARY KEY);" });
    const url = `file:${path.join(root, "db.sqlite")}`;
    await applyMigrations(url, root);
    writeFileSync(path.join(root, "prisma/migrations/sqlite/1_create_a/migration.sql"), "CREATE TABLE a (id INTEGER PRIMARY KEY, x TEXT);");
    await expect(applyMigrations(url, root)).rejects.toThrow(/edited after it was applied/);
  });
});

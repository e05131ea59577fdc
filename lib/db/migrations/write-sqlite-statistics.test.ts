import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";
import { workspaceIndexStat } from "./write-sqlite-statistics";

const plan = (db: Database.Database, sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(" | ");
const ids = (n: number) => Array.from({ length: n }, (_, i) => `'p${i}'`).join(", ");

describe("SQLite planner statistics", () => {
  it("describe an index led by workspaceId: unselective workspace, selective ids, unique keys one row", () => {
    expect(workspaceIndexStat(["workspaceId", "lastSeenAt"], false)).toBe("1000000 100000 10000");
    expect(workspaceIndexStat(["workspaceId", "profileId", "name", "timestamp"], false)).toBe("1000000 100000 10 1 1");
    expect(workspaceIndexStat(["workspaceId", "kind", "value"], true)).toBe("1000000 100000 10000 1");
    expect(workspaceIndexStat(["workspaceId", "messageId"], true)).toBe("1000000 100000 1");
  });

  it("make lookups by id use the primary key or the profile index, not a walk through the workspace", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "waymark-stat-")), "db.sqlite");
    await applyMigrations(`file:${file}`);
    const db = new Database(file, { readonly: true });
    try {
      expect(plan(db, `SELECT * FROM "Profile" WHERE "workspaceId" IN ('w') AND "id" IN (${ids(50)})`)).toMatch(/USING INDEX sqlite_autoindex_Profile_1 \(id=\?\)/);
      expect(plan(db, `SELECT * FROM "Enrollment" WHERE "workspaceId" = 'w' AND "id" IN (${ids(50)})`)).toMatch(/sqlite_autoindex_Enrollment_1 \(id=\?\)/);
      expect(plan(db, `SELECT * FROM "Consent" WHERE "workspaceId" = 'w' AND "profileId" IN (${ids(3)})`)).toMatch(/Consent_profileId_channel_key \(profileId=\?\)/);
      expect(plan(db, `SELECT * FROM "Identity" WHERE "workspaceId" = 'w' AND "profileId" IN (${ids(20)}) AND "kind" IN ('email', 'userId')`)).toMatch(/Identity_profileId_idx/);
      // and what only the workspace index can answer still uses it
      expect(plan(db, `SELECT * FROM "Profile" WHERE "workspaceId" = 'w' ORDER BY "lastSeenAt" DESC LIMIT 50`)).toMatch(/Profile_workspaceId_lastSeenAt_idx/);
      expect(plan(db, `SELECT * FROM "Event" WHERE "workspaceId" = 'w' AND "profileId" = 'a' AND "name" = 'x' AND "timestamp" >= 0`)).toMatch(/Event_workspaceId_profileId_name_timestamp_idx/);
    } finally {
      db.close();
    }
  });
});

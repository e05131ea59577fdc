import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "../db/client";
import { createTestWorkspace } from "../db/testing/factories";

/** The data migration that removes the cell values older import reports quoted, run again on rows written the old way. */
const scrub = () => readFileSync(path.join(process.cwd(), "prisma/migrations", dbProvider(), "20261207170000_scrub_import_error_values/migration.sql"), "utf8");

describe("scrubbing import reports written before they stopped quoting values", () => {
  it("removes a quoted cell and keeps reasons that quote nothing", async () => {
    const workspace = await createTestWorkspace();
    const job = await db.backgroundJob.create({ data: { workspaceId: workspace.id, kind: "profileImport", status: "succeeded" } });
    const old = await db.backgroundJobError.create({ data: { jobId: job.id, row: 3, field: "email", message: '"ada@@example.com" is not a valid email address' } });
    const current = await db.backgroundJobError.create({ data: { jobId: job.id, row: 4, field: "email", message: "is not a valid email address" } });
    await db.$executeRawUnsafe(scrub());
    const [after, kept] = await Promise.all([db.backgroundJobError.findUniqueOrThrow({ where: { id: old.id } }), db.backgroundJobError.findUniqueOrThrow({ where: { id: current.id } })]);
    expect(after.message).not.toContain("ada@");
    expect(after.field).toBe("email");
    expect(kept.message).toBe("is not a valid email address");
  });
});

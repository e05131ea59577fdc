import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey } from "@/lib/db/testing/factories";
import { importCsv } from "@/lib/profile-import/testing/import-fixtures";
import { createIngestWorkspace } from "@/lib/profiles/testing/ingest-fixtures";

const ROWS = 20_000;
const PEOPLE = 15_000;

describe("profile import at scale", () => {
  it(`imports ${ROWS.toLocaleString("en")} rows through the API with the right counts`, async () => {
    const ws = await createIngestWorkspace("GB");
    const key = await createTestManagementKey(ws.workspaceId, "admin");
    const people = new Set<number>();
    const lines = ["email,user_id,plan,orders,email_consent,address.city"];
    for (let i = 0; i < ROWS; i++) {
      const person = i % PEOPLE;
      const bad = i % 1_000 === 999;
      if (!bad) people.add(person);
      lines.push(`${bad ? "not-an-email" : `Person-${person}@Example.com`},u-${person},${i % 2 ? "pro" : "free"},${i},${i % 3 ? "yes" : "no"},City ${person % 50}`);
    }
    const started = performance.now();
    const job = await importCsv(lines.join("\n"), key, ws.workspaceId);
    const seconds = (performance.now() - started) / 1000;
    console.log(`imported ${ROWS} rows in ${seconds.toFixed(1)} s (${Math.round(ROWS / seconds)} rows/s)`);

    const skipped = ROWS / 1_000;
    expect(job).toMatchObject({ status: "succeeded", failed: skipped, progress: 1, result: { rows: ROWS, imported: ROWS - skipped, created: people.size, updated: 0, merged: 0, skipped } });
    expect(await db.profile.count({ where: { workspaceId: ws.workspaceId } })).toBe(people.size);
    expect(await db.identity.count({ where: { workspaceId: ws.workspaceId } })).toBe(people.size * 2);
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, messageId: { startsWith: `import:${job.id}:` } } })).toBe(ROWS - skipped);
    // a person named twice in the file keeps the later row's values (the file's order wins)
    const twice = await db.identity.findFirst({ where: { workspaceId: ws.workspaceId, kind: "userId", value: "u-7" }, include: { profile: true } });
    expect(twice?.profile.traits).toMatchObject({ email: "person-7@example.com", orders: PEOPLE + 7, address: { city: "City 7" } });
  }, 120_000);
});

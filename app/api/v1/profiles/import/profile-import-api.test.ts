import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestManagementKey } from "@/lib/db/testing/factories";
import { listJobErrors } from "@/lib/jobs/list-job-errors";
import { EXAMPLE_IMPORT_CSV } from "@/lib/profile-import/import-format";
import { mapImportRow } from "@/lib/profile-import/map-import-row";
import { planImportColumns } from "@/lib/profile-import/plan-import-columns";
import { importDirectory, MAX_IMPORT_BYTES } from "@/lib/profile-import/receive-import-upload";
import { listProfileImports } from "@/lib/profile-import/list-profile-imports";
import { importCsv, postImport, waitForJob } from "@/lib/profile-import/testing/import-fixtures";
import { writeImportChunk } from "@/lib/profile-import/write-import-chunk";
import { createIngestWorkspace, identitiesOf, sendIngest } from "@/lib/profiles/testing/ingest-fixtures";

async function profileByEmail(workspaceId: string, email: string) {
  const identity = await db.identity.findFirst({ where: { workspaceId, kind: "email", value: email }, include: { profile: { include: { consents: true } } } });
  return identity?.profile ?? null;
}

describe("profile import API", () => {
  let ws: Awaited<ReturnType<typeof createIngestWorkspace>>;
  let marketerKey: string;

  beforeAll(async () => {
    // this file's own upload directory, so "nothing left behind" is checked on its files alone
    process.env.WAYMARK_IMPORT_DIR = await mkdtemp(path.join(tmpdir(), "waymark-import-test-"));
    ws = await createIngestWorkspace("GB");
    marketerKey = await createTestManagementKey(ws.workspaceId, "marketer");
  });

  it("imports the example file from the import page cleanly", async () => {
    const job = await importCsv(EXAMPLE_IMPORT_CSV, marketerKey, ws.workspaceId);
    expect(job).toMatchObject({ status: "succeeded", failed: 0, progress: 1, result: { rows: 3, imported: 3, skipped: 0 } });
    const ada = await profileByEmail(ws.workspaceId, "ada@example.com");
    expect(ada?.traits).toMatchObject({ first_name: "Ada", orders: 12, vip: true, address: { city: "London" } });
    expect(ada?.timezone).toBe("Europe/London");
    expect(ada?.consents.map((c) => [c.channel, c.status, c.source]).sort()).toEqual([["email", "subscribed", "identify"], ["sms", "subscribed", "identify"]]);
  });

  it("reads semicolon-separated files as European spreadsheets save them", async () => {
    const job = await importCsv("\uFEFFemail;first_name;score\r\nsemi@example.com;Zoë;1.5\r\n", marketerKey, ws.workspaceId);
    expect(job).toMatchObject({ status: "succeeded", result: { rows: 1, imported: 1 } });
    expect((await profileByEmail(ws.workspaceId, "semi@example.com"))?.traits).toMatchObject({ first_name: "Zoë", score: 1.5 });
  });

  it("keeps the valid rows of a file and reports each bad row by its line and column", async () => {
    const csv = [
      "email,phone,user_id,plan,sms_consent",
      "row2@example.com,,r2,pro,",
      "not-an-email,,r3,free,",
      '"row4@example.com",,r4,"multi',
      'line plan",',
      ",,,orphan,",
      "row7@example.com,12,r7,free,",
      "row8@example.com,,r8,free,maybe",
      "row9@example.com,,r9",
      "row10@example.com,,r10,gold,yes",
    ].join("\r\n");
    const job = await importCsv(csv, marketerKey, ws.workspaceId);
    expect(job).toMatchObject({ status: "succeeded", failed: 5, result: { rows: 8, imported: 3, created: 3, skipped: 5 } });
    const { errors } = await listJobErrors(db, ws.workspaceId, job.id, { limit: 100 });
    expect(errors.map((e) => [e.row, e.field])).toEqual([[3, "email"], [6, null], [7, "phone"], [8, "sms_consent"], [9, null]]);
    expect(errors[1]?.message).toMatch(/^has no identifier/);
    expect(errors[4]?.message).toBe("has 3 values but the header names 5 columns");
    expect((await profileByEmail(ws.workspaceId, "row4@example.com"))?.traits).toMatchObject({ plan: "multi\r\nline plan" });
    expect((await profileByEmail(ws.workspaceId, "row10@example.com"))?.consents).toEqual([expect.objectContaining({ channel: "sms", status: "subscribed" })]);
    const event = await db.event.findFirst({ where: { workspaceId: ws.workspaceId, messageId: `import:${job.id}:10` } });
    expect(event).toMatchObject({ type: "identify" });
    expect(await readdir(importDirectory())).toEqual([]);
  });

  it("reads past stray quotes and reports an unclosed quote and an oversized row once", async () => {
    const stray = await importCsv('email,note\nstray-1@example.com,"a"b\nstray-2@example.com,5" screen\n', marketerKey, ws.workspaceId);
    expect(stray).toMatchObject({ status: "succeeded", failed: 0, result: { rows: 2, imported: 2 } });
    expect((await profileByEmail(ws.workspaceId, "stray-2@example.com"))?.traits).toMatchObject({ note: '5" screen' });
    const unclosed = await importCsv('email,note\nfine@example.com,ok\nopen@example.com,"never closed\nlost@example.com,x\n', marketerKey, ws.workspaceId);
    expect(unclosed).toMatchObject({ status: "succeeded", failed: 1, result: { rows: 2, imported: 1 } });
    const huge = await importCsv(`email,note\nhuge@example.com,${"x".repeat(9_000_000)}\n`, marketerKey, ws.workspaceId);
    expect(huge).toMatchObject({ status: "succeeded", failed: 1, result: { rows: 1, imported: 0 } });
    expect((await listJobErrors(db, ws.workspaceId, huge.id, { limit: 10 })).errors).toEqual([{ row: 2, field: null, message: expect.stringMatching(/^the row is longer than 8 MB/) }]);
  });

  it("merges two profiles when a row links their identifiers, as identify would", async () => {
    await sendIngest("identify", { anonymousId: "merge-a", traits: { email: "merge-a@example.com", plan: "free" }, timestamp: "2026-01-01T00:00:00Z" }, { key: ws.writeKey });
    await sendIngest("identify", { userId: "merge-b", traits: { city: "Paris" }, timestamp: "2026-01-02T00:00:00Z", context: { consent: { email: "unsubscribed" } } }, { key: ws.writeKey });
    const before = await identitiesOf(ws.workspaceId);
    const [a, b] = [before.get("email:merge-a@example.com"), before.get("userId:merge-b")];
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    const job = await importCsv("email,user_id,plan\nmerge-a@example.com,merge-b,pro\n", marketerKey, ws.workspaceId);
    expect(job.result).toMatchObject({ rows: 1, imported: 1, created: 0, updated: 1, merged: 1 });
    const after = await identitiesOf(ws.workspaceId);
    expect(after.get("userId:merge-b")).toBe(after.get("email:merge-a@example.com"));
    const survivor = await db.profile.findUnique({ where: { id: after.get("anonymousId:merge-a") as string }, include: { consents: true } });
    expect(survivor?.traits).toMatchObject({ plan: "pro", city: "Paris" });
    expect(survivor?.consents).toEqual([expect.objectContaining({ channel: "email", status: "unsubscribed" })]);
    expect(await db.profileMerge.count({ where: { workspaceId: ws.workspaceId, eventMessageId: `import:${job.id}:2` } })).toBe(1);
  });

  it("stores a chunk written twice once (a retried chunk is idempotent)", async () => {
    const plan = planImportColumns(["email", "plan"]);
    if (!plan.ok) throw new Error(plan.message);
    const at = new Date();
    const events = ["twice-1@example.com", "twice-2@example.com"].map((email, i) => {
      const mapped = mapImportRow([email, "pro"], plan.columns, { defaultRegion: "GB", messageId: `import:retry-job:${i + 2}`, at, context: {} });
      if (!mapped.ok) throw new Error(mapped.message);
      return mapped.event;
    });
    const first = await writeImportChunk(ws.workspaceId, events, at);
    const profiles = await db.profile.count({ where: { workspaceId: ws.workspaceId } });
    const second = await writeImportChunk(ws.workspaceId, events, at);
    expect([first.stored, first.created.length]).toEqual([2, 2]);
    expect([second.stored, second.duplicates, second.created.length]).toEqual([0, 2, 0]);
    expect(second.profileOf).toEqual(first.profileOf);
    expect(await db.profile.count({ where: { workspaceId: ws.workspaceId } })).toBe(profiles);
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId, messageId: { startsWith: "import:retry-job:" } } })).toBe(2);
  });

  it("refuses a header it cannot follow with 400 before writing anything", async () => {
    const events = await db.event.count({ where: { workspaceId: ws.workspaceId } });
    const noId = await postImport("first_name,plan\nAda,pro\n", marketerKey);
    expect(noId).toMatchObject({ status: 400, body: { path: "header", error: expect.stringMatching(/^header: no identifier column/) } });
    const dup = await postImport("email,Email\na@b.co,a@b.co\n", marketerKey);
    expect(dup).toMatchObject({ status: 400, body: { path: "header" } });
    const empty = await postImport("", marketerKey);
    expect(empty).toMatchObject({ status: 400, body: { path: "body" } });
    const form = await postImport("email\na@b.co\n", marketerKey, { contentType: "multipart/form-data; boundary=x" });
    expect(form).toMatchObject({ status: 400, body: { path: "content-type" } });
    expect(await db.event.count({ where: { workspaceId: ws.workspaceId } })).toBe(events);
    expect(await readdir(importDirectory())).toEqual([]);
    expect(await db.backgroundJob.count({ where: { workspaceId: ws.workspaceId, status: "queued" } })).toBe(0);
  });

  it("lets analysts read imports but not start one (403)", async () => {
    const analystKey = await createTestManagementKey(ws.workspaceId, "analyst");
    const refused = await postImport("email\nanalyst@example.com\n", analystKey);
    expect(refused.status).toBe(403);
    expect(await profileByEmail(ws.workspaceId, "analyst@example.com")).toBeNull();
  });

  it("answers 413 naming the limit for a file over 50 MB, streaming, and keeps nothing of it", async () => {
    const chunk = new TextEncoder().encode(`email\n${"x@example.com\n".repeat(80_000)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_IMPORT_BYTES + chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await postImport(body, marketerKey);
    expect(response).toMatchObject({ status: 413, body: { error: expect.stringContaining("50 MB limit"), path: "body" } });
    expect(sent).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(await readdir(importDirectory())).toEqual([]);
  });

  it("never answers 5xx or fails a job, whatever the file holds", async () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom("", "a@b.co", "+44 7911 123456", "yes", "maybe", '"', '""', "\n", "\r\n", ",", ";", "\u0000", "42", "Europe/Paris"));
    const header = fc.array(fc.oneof(fc.constantFrom("email", "phone", "user_id", "sms_consent", "consent.email", "timezone", "locale", "a.b", "a", ""), fc.string()), { minLength: 0, maxLength: 6 });
    const csvText = fc.tuple(header, fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }), fc.constantFrom(",", ";", "\t")).map(([h, rows, sep]) => [h, ...rows].map((r) => r.join(sep)).join("\n"));
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, fc.string()), async (csv) => {
        const posted = await postImport(csv, marketerKey);
        expect([202, 400]).toContain(posted.status);
        if (posted.status === 202 && posted.body.job) {
          const job = await waitForJob(ws.workspaceId, posted.body.job.id);
          expect(job.status, JSON.stringify({ csv, error: job.error })).toBe("succeeded");
          expect((job.result.imported as number) + (job.result.skipped as number)).toBe(job.result.rows);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the list of recent imports", () => {
  it("shows an import whose server died as failed, newest first", async () => {
    const { workspaceId } = await createIngestWorkspace("GB");
    const long = new Date(Date.now() - 10 * 60_000);
    const dead = await db.backgroundJob.create({ data: { workspaceId, kind: "profileImport", status: "running", input: { fileName: "dead.csv" }, createdAt: long, startedAt: long, heartbeatAt: long } });
    const done = await db.backgroundJob.create({ data: { workspaceId, kind: "profileImport", status: "succeeded", input: { fileName: "done.csv" }, result: { rows: 1 } } });
    const list = await listProfileImports(db, workspaceId);
    expect(list.map((job) => [job.id, job.status])).toEqual([[done.id, "succeeded"], [dead.id, "failed"]]);
  });
});

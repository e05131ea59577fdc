import { describe, expect, it } from "vitest";
import { GET as getErrors } from "@/app/api/v1/jobs/[id]/errors/route";
import { GET as getOne } from "@/app/api/v1/jobs/[id]/route";
import { db } from "../db/client";
import { createTestManagementKey, createTestWorkspace } from "../db/testing/factories";
import { getJob, STALE_AFTER_MS, STALE_ERROR } from "./get-job";
import { MAX_STORED_ERRORS } from "./job-reporter";
import { startJob } from "./start-job";

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const req = (url: string, key: string) => new Request(url, { headers: { authorization: `Bearer ${key}` } });

describe("background jobs", () => {
  it("run to success with their progress, failed rows and result recorded", async () => {
    const ws = await createTestWorkspace();
    const { job, done } = await startJob(db, { workspaceId: ws.id, kind: "profileImport", input: { fileName: "a.csv" }, total: 10 }, async (reporter) => {
      await reporter.advance(6);
      await reporter.fail([{ row: 3, field: "email", message: "not an email" }]);
      await reporter.advance(4);
      return { created: 9 };
    });
    expect(job.status).toBe("queued");
    const finished = await done;
    expect(finished).toMatchObject({ status: "succeeded", processed: 10, failed: 1, total: 10, progress: 1, result: { created: 9 } });
    expect(finished.finishedAt).not.toBeNull();
  });

  it("end failed with the work's error message and keep the progress made", async () => {
    const ws = await createTestWorkspace();
    const { done } = await startJob(db, { workspaceId: ws.id, kind: "segmentRecompute", total: 100 }, async (reporter) => {
      await reporter.advance(40);
      throw new Error("segment was deleted");
    });
    expect(await done).toMatchObject({ status: "failed", error: "segment was deleted", processed: 40, progress: 0.4 });
  });

  it("store the first 1,000 failed rows and count every one", async () => {
    const ws = await createTestWorkspace();
    const rows = Array.from({ length: MAX_STORED_ERRORS + 250 }, (_, i) => ({ row: i + 2, message: `bad row ${i + 2}` }));
    const { done } = await startJob(db, { workspaceId: ws.id, kind: "profileImport" }, async (reporter) => {
      await reporter.fail(rows.slice(0, 600));
      await reporter.fail(rows.slice(600));
      return {};
    });
    expect((await done).failed).toBe(rows.length);
    expect(await db.backgroundJobError.count({ where: { jobId: (await done).id } })).toBe(MAX_STORED_ERRORS);
  });

  it("report a running job whose heartbeat stopped as failed, once", async () => {
    const ws = await createTestWorkspace();
    const row = await db.backgroundJob.create({ data: { workspaceId: ws.id, kind: "segmentRecompute", status: "running", startedAt: new Date("2026-01-01T00:00:00Z"), heartbeatAt: new Date("2026-01-01T00:00:00Z") } });
    const fresh = await getJob(db, ws.id, row.id, new Date(Date.parse("2026-01-01T00:00:00Z") + STALE_AFTER_MS - 1));
    expect(fresh.status).toBe("running");
    const stale = await getJob(db, ws.id, row.id, new Date(Date.parse("2026-01-01T00:00:00Z") + STALE_AFTER_MS + 1));
    expect(stale).toMatchObject({ status: "failed", error: STALE_ERROR });
  });

  it("are read through the API only by their own workspace, with failed rows as JSON pages or CSV", async () => {
    const ws = await createTestWorkspace();
    const other = await createTestWorkspace("Other");
    const key = await createTestManagementKey(ws.id, "analyst");
    const otherKey = await createTestManagementKey(other.id, "admin");
    const { done } = await startJob(db, { workspaceId: ws.id, kind: "profileImport" }, async (reporter) => {
      await reporter.fail([3, 5, 9].map((row) => ({ row, field: "phone", message: `row ${row}: "12" is not a phone number, with "quotes"` })));
      return {};
    });
    const { id } = await done;
    const base = `http://localhost/api/v1/jobs/${id}`;
    expect((await getOne(req(base, key), ctx(id))).status).toBe(200);
    expect((await getOne(req(base, otherKey), ctx(id))).status).toBe(404);
    const page = await (await getErrors(req(`${base}/errors?limit=2`, key), ctx(id))).json();
    expect(page.errors.map((e: { row: number }) => e.row)).toEqual([3, 5]);
    const next = await (await getErrors(req(`${base}/errors?limit=2&after=${page.nextCursor}`, key), ctx(id))).json();
    expect(next).toEqual({ errors: [{ row: 9, field: "phone", message: 'row 9: "12" is not a phone number, with "quotes"' }], nextCursor: null });
    const csv = await (await getErrors(req(`${base}/errors?format=csv`, key), ctx(id))).text();
    expect(csv.split("\n")[0]).toBe("row,field,error");
    expect(csv).toContain('3,phone,"row 3: ""12"" is not a phone number, with ""quotes"""');
    const bad = await getErrors(req(`${base}/errors?limit=0`, key), ctx(id));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/^query\.limit/);
  });
});

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getErrors } from "@/app/api/v1/jobs/[id]/errors/route";
import { db } from "../db/client";
import { createTestManagementKey } from "../db/testing/factories";
import { createIngestWorkspace } from "../profiles/testing/ingest-fixtures";
import { importCsv } from "./testing/import-fixtures";

/**
 * A failed import row is reported by line, column and reason only. The report is stored apart
 * from any profile (BackgroundJobError) and downloaded as JSON or CSV: a cell's value in it (an
 * email, a phone) would survive the deletion of the person it belongs to.
 */

type TWorld = { workspaceId: string; key: string };

/** Everything a reader of the job's failed rows gets: the stored rows, the JSON pages and the CSV report. */
async function reportOf(world: TWorld, jobId: string) {
  const stored = await db.backgroundJobError.findMany({ where: { jobId }, orderBy: [{ row: "asc" }, { id: "asc" }], select: { row: true, field: true, message: true } });
  const ctx = { params: Promise.resolve({ id: jobId }) };
  const headers = { authorization: `Bearer ${world.key}` };
  const json = await getErrors(new Request(`http://localhost/api/v1/jobs/${jobId}/errors?limit=1000`, { headers }), ctx);
  const csv = await getErrors(new Request(`http://localhost/api/v1/jobs/${jobId}/errors?format=csv`, { headers }), ctx);
  expect(json.status).toBe(200);
  expect(csv.status).toBe(200);
  return { stored, json: await json.text(), csv: await csv.text() };
}

/** Asserts no part of the report holds any of `values` (case-insensitive: emails are lower-cased on the way). */
function expectNoValues(report: Awaited<ReturnType<typeof reportOf>>, values: readonly string[]) {
  const texts = { stored: JSON.stringify(report.stored), json: report.json, csv: report.csv };
  for (const value of values) {
    // a NUL shows as itself or escaped: look for the printable part
    const needle = value.replace(/\u0000/g, "").toLowerCase();
    for (const [where, text] of Object.entries(texts)) expect(text.toLowerCase().includes(needle), `${where} holds ${JSON.stringify(value)}`).toBe(false);
  }
}

describe("the import error report", () => {
  let world: TWorld;
  beforeAll(async () => {
    const ws = await createIngestWorkspace("GB");
    world = { workspaceId: ws.workspaceId, key: await createTestManagementKey(ws.workspaceId, "marketer") };
  });

  it("names line, column and reason of an invalid email, a bad phone and a bad consent cell, never the cell", async () => {
    const longId = `user-${"7".repeat(260)}`;
    const bad = {
      email: "ada.lovelace@analytical-engine",
      phone: "+44 7700 900 1234 5678",
      consent: "ada-said-maybe",
      timezone: "Mars/Ada_Base",
      locale: "ada!!lovelace",
      userId: longId,
      nul: "grace\u0000hopper",
    };
    const csv = [
      "user_id,email,phone,email_consent,timezone,locale,note",
      "u2,fine@example.com,,,,,",
      `u3,${bad.email},,,,,`,
      `u4,,${bad.phone},,,,`,
      `u5,,,${bad.consent},,,`,
      `u6,,,,${bad.timezone},,`,
      `u7,,,,,${bad.locale},`,
      `${bad.userId},,,,,,`,
      `u9,,,,,,${bad.nul}`,
    ].join("\n");
    const job = await importCsv(csv, world.key, world.workspaceId);
    expect(job).toMatchObject({ status: "succeeded", failed: 7, result: { rows: 8, imported: 1 } });
    const report = await reportOf(world, job.id);
    expect(report.stored).toEqual([
      { row: 3, field: "email", message: "is not a valid email address" },
      { row: 4, field: "phone", message: "is not a valid phone number (numbers without a country code are read as GB)" },
      { row: 5, field: "email_consent", message: expect.stringMatching(/^is not a consent value: use subscribed \/ unsubscribed/) },
      { row: 6, field: "timezone", message: "is not an IANA time zone such as Europe/Paris" },
      { row: 7, field: "locale", message: "is not a locale such as en-GB" },
      { row: 8, field: "user_id", message: "must be at most 255 characters" },
      { row: 9, field: "note", message: "contains a NUL character" },
    ]);
    expectNoValues(report, Object.values(bad));
    expect(report.csv.split("\n")[1]).toBe("3,email,is not a valid email address");
  });

  it("holds no cell value, whatever the bad cells (property)", async () => {
    // Cells carry a marker no message can contain by chance; each row has one bad cell in one column.
    const marker = fc.stringMatching(/^[a-z]{4}[0-9]{6}$/).map((m) => `zq${m}`);
    const badCell = fc.oneof(
      marker.map((m) => ({ column: "email", cell: `${m}@nowhere` })),
      marker.map((m) => ({ column: "email", cell: `${m} ${m}@example.com` })),
      fc.stringMatching(/^[0-9]{9,14}$/).map((digits) => ({ column: "phone", cell: `+999${digits}` })),
      marker.map((m) => ({ column: "phone", cell: `call ${m}` })),
      marker.map((m) => ({ column: "sms_consent", cell: m })),
      marker.map((m) => ({ column: "timezone", cell: `Zone/${m}` })),
      marker.map((m) => ({ column: "locale", cell: `${m}!!` })),
      marker.map((m) => ({ column: "user_id", cell: `${m}${"x".repeat(250)}` })),
      marker.map((m) => ({ column: "plan", cell: `${m}\u0000` })),
    );
    const columns = ["user_id", "email", "phone", "sms_consent", "timezone", "locale", "plan"];
    await fc.assert(
      fc.asyncProperty(fc.array(badCell, { minLength: 1, maxLength: 12 }), async (rows) => {
        const lines = rows.map((bad, i) => columns.map((column) => (column === bad.column ? bad.cell : column === "user_id" ? `p${i}` : "")).join(","));
        const job = await importCsv([columns.join(","), ...lines].join("\n"), world.key, world.workspaceId);
        expect(job).toMatchObject({ status: "succeeded", failed: rows.length });
        const report = await reportOf(world, job.id);
        expect(report.stored.map((e) => [e.row, e.field])).toEqual(rows.map((bad, i) => [i + 2, bad.column]));
        expectNoValues(report, rows.map((bad) => bad.cell));
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});

import { randomUUID } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const DB_FILE = path.join(process.cwd(), ".waymark", "e2e", "waymark.db");
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * A segment of two reachable demo profiles (email on file, not unsubscribed, in no journey yet),
 * written straight into the e2e database: this spec is about the trigger, not segment building.
 */
function segmentOfTwo(name: string): { segmentId: string; profileIds: string[] } {
  const sqlite = new Database(DB_FILE);
  try {
    const rows = sqlite
      .prepare(
        `SELECT p.id, p.workspaceId FROM Profile p
         WHERE EXISTS (SELECT 1 FROM Identity i WHERE i.profileId = p.id AND i.kind = 'email')
           AND NOT EXISTS (SELECT 1 FROM Consent c WHERE c.profileId = p.id AND c.channel = 'email' AND c.status = 'unsubscribed')
           AND NOT EXISTS (SELECT 1 FROM Enrollment e WHERE e.profileId = p.id)
         ORDER BY p.id DESC LIMIT 2`,
      )
      .all() as { id: string; workspaceId: string }[];
    const workspaceId = rows[0]?.workspaceId;
    if (rows.length < 2 || !workspaceId) throw new Error("the demo seed has fewer than two reachable profiles outside journeys");
    const segmentId = `seg-e2e-${randomUUID()}`;
    const now = sqliteTime(new Date());
    sqlite.prepare(`INSERT INTO Segment (id, workspaceId, name, definition, memberCount, createdAt, updatedAt) VALUES (?, ?, ?, '{}', 2, ?, ?)`).run(segmentId, workspaceId, name, now, now);
    const member = sqlite.prepare(`INSERT INTO SegmentMembership (id, workspaceId, segmentId, profileId, enteredAt) VALUES (?, ?, ?, ?, ?)`);
    for (const row of rows) member.run(randomUUID(), workspaceId, segmentId, row.id, now);
    return { segmentId, profileIds: rows.map((r) => r.id) };
  } finally {
    sqlite.close();
  }
}

async function tickAt(request: APIRequestContext, now: Date) {
  const response = await request.post("/api/cron/tick", { data: { now: now.toISOString() } });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

test("a daily schedule journey over a segment enrols its members once per firing and their emails reach the outbox", async ({ page }) => {
  await signIn(page, "admin");
  const name = `Daily digest ${randomUUID().slice(0, 6)}`;
  const { segmentId, profileIds } = segmentOfTwo(`Digest readers ${name}`);
  const templates = (await (await page.request.get("/api/v1/templates?channel=email")).json()) as { templates: { id: string; channel: string }[] };
  const template = templates.templates.find((t) => t.channel === "email");
  expect(template, "the demo seed has an email template").toBeTruthy();

  const graph = {
    nodes: [
      { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { source: { kind: "schedule", cron: "0 9 * * *", timezone: "UTC", audienceSegmentId: segmentId }, reentry: "afterExit" } },
      { id: "digest", type: "message", position: { x: 0, y: 150 }, data: { channel: "email", templateId: template?.id, onSkip: "skip", respectQuietHours: false, frequencyCapExempt: false } },
      { id: "done", type: "exit", position: { x: 0, y: 300 }, data: { reason: "Sent" } },
    ],
    edges: [
      { id: "trigger--next", source: "trigger", sourceHandle: "next", target: "digest" },
      { id: "digest--next", source: "digest", sourceHandle: "next", target: "done" },
      { id: "digest--skipped", source: "digest", sourceHandle: "skipped", target: "done" },
    ],
  };
  const created = await page.request.post("/api/v1/journeys", { data: { name, graph } });
  expect(created.status(), await created.text()).toBe(201);
  const journey = (await created.json()) as { id: string };
  const published = await page.request.post(`/api/v1/journeys/${journey.id}/publish`);
  expect(published.status(), await published.text()).toBe(201);

  const detail = (await (await page.request.get(`/api/v1/journeys/${journey.id}`)).json()) as { nextRunAt: string | null };
  expect(detail.nextRunAt).toMatch(/T09:00:00\.000Z$/);
  await page.goto(`/journeys/${journey.id}`);
  await expect(page.getByTestId("next-run")).toContainText("next run");
  await expect(page.getByTestId("next-run")).toContainText("09:00 UTC");

  // Three days on, at 09:30 UTC: the latest firing (that day's 09:00) runs — once.
  const day = new Date();
  day.setUTCDate(day.getUTCDate() + 3);
  day.setUTCHours(9, 30, 0, 0);
  const first = await tickAt(page.request, day);
  expect(first.schedulers.schedules.fired).toBeGreaterThanOrEqual(1);
  expect(first.schedulers.schedules.enrolled).toBeGreaterThanOrEqual(2);
  const again = await tickAt(page.request, new Date(day.getTime() + 10 * 60_000));
  expect(again.schedulers.schedules.fired).toBe(0);

  const enrollments = (await (await page.request.get(`/api/v1/enrollments?journeyId=${journey.id}`)).json()) as { enrollments: { profileId: string; state: string; steps: { action: string; reason: string }[] }[] };
  expect(enrollments.enrollments.map((e) => e.profileId).sort()).toEqual([...profileIds].sort());
  for (const enrollment of enrollments.enrollments) {
    expect(enrollment.state).toBe("completed");
    expect(enrollment.steps.find((s) => s.action === "entered")?.reason).toMatch(/^entered on schedule 0 9 \* \* \* \(UTC\), firing of .*T09:00:00\.000Z$/);
  }

  await page.goto("/outbox?channel=email");
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  const rows = page.getByTestId("outbox-message").filter({ hasText: name });
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByText("sent", { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath("schedule-outbox"), fullPage: true });
});

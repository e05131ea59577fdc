import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

/** A seeded profile in no journey yet (read from the e2e database). */
function unenrolledProfileId(): string {
  const sqlite = new Database(path.join(process.cwd(), ".waymark", "e2e", "waymark.db"), { readonly: true });
  try {
    const row = sqlite.prepare(`SELECT p.id FROM Profile p WHERE NOT EXISTS (SELECT 1 FROM Enrollment e WHERE e.profileId = p.id) ORDER BY p.id ASC LIMIT 1`).get() as { id: string } | undefined;
    if (!row) throw new Error("the demo seed has no profile outside every journey");
    return row.id;
  } finally {
    sqlite.close();
  }
}

const node = (id: string, type: string, y: number, data: unknown) => ({ id, type, position: { x: 0, y }, data });
const edge = (source: string, handle: string, target: string) => ({ id: `${source}--${handle}`, source, sourceHandle: handle, target });

test("a template that enrollments of an older version still need cannot be deleted; the editor says which version and how many", async ({ page }) => {
  await signIn(page, "marketer");
  const tag = Date.now().toString(36);
  const template = await page.request.post("/api/v1/templates", { data: { name: `Day-3 nudge ${tag}`, channel: "email" } });
  expect(template.status(), await template.text()).toBe(201);
  const templateId = (await template.json()).id;

  // v1: wait three days, then the email; v2: the email is gone.
  const trigger = node("trigger", "trigger", 0, { source: { kind: "api" }, reentry: "afterExit" });
  const wait = node("wait", "wait", 150, { mode: "duration", duration: { amount: 3, unit: "days" } });
  const done = node("done", "exit", 450, { reason: "Done" });
  const v1 = {
    nodes: [trigger, wait, node("email", "message", 300, { channel: "email", templateId, onSkip: "skip", respectQuietHours: false, frequencyCapExempt: false }), done],
    edges: [edge("trigger", "next", "wait"), edge("wait", "next", "email"), edge("email", "next", "done"), edge("email", "skipped", "done")],
  };
  const journeyName = `Nudge series ${tag}`;
  const created = await page.request.post("/api/v1/journeys", { data: { name: journeyName, graph: v1 } });
  expect(created.status(), await created.text()).toBe(201);
  const journeyId = (await created.json()).id;
  expect((await page.request.post(`/api/v1/journeys/${journeyId}/publish`)).status()).toBe(201);
  const enrolled = await page.request.post(`/api/v1/journeys/${journeyId}/enroll`, { data: { profileId: unenrolledProfileId() } });
  expect(enrolled.status(), await enrolled.text()).toBe(201);
  const v2 = { nodes: [trigger, wait, done], edges: [edge("trigger", "next", "wait"), edge("wait", "next", "done")] };
  expect((await page.request.put(`/api/v1/journeys/${journeyId}`, { data: { graph: v2 } })).status()).toBe(200);
  expect((await page.request.post(`/api/v1/journeys/${journeyId}/publish`)).status()).toBe(201);

  await page.goto(`/templates/${templateId}`);
  const usedIn = page.getByRole("region", { name: "Used in journeys" });
  await expect(usedIn.getByRole("link", { name: journeyName, exact: true })).toBeVisible();
  await expect(usedIn).toContainText("v1: 1 enrollment still running");
  await usedIn.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("template-used-by-running-version"), fullPage: true });

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("alert").filter({ hasText: journeyName })).toContainText("version 1 still has 1 running enrollment");
  await expect(page).toHaveURL(new RegExp(`/templates/${templateId}$`));

  await page.goto("/templates");
  await expect(page.getByTestId("template-row").filter({ hasText: `Day-3 nudge ${tag}` })).toContainText("1 journey");
});

import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

/** A seeded profile in no journey yet (read from the e2e database). */
function unenrolledProfileId(): string {
  const sqlite = new Database(path.join(process.cwd(), ".waymark", "e2e", "waymark.db"), { readonly: true });
  try {
    const row = sqlite.prepare(`SELECT p.id FROM Profile p WHERE NOT EXISTS (SELECT 1 FROM Enrollment e WHERE e.profileId = p.id) ORDER BY p.id DESC LIMIT 1`).get() as { id: string } | undefined;
    if (!row) throw new Error("the demo seed has no profile outside every journey");
    return row.id;
  } finally {
    sqlite.close();
  }
}

test("the profile page says which journeys refused to enrol the person, why, how often and when", async ({ page }) => {
  await signIn(page, "admin");
  const name = `Welcome series ${Date.now().toString(36)}`;
  const graph = {
    nodes: [
      { id: "trigger", type: "trigger", position: { x: 0, y: 0 }, data: { source: { kind: "api" }, reentry: "afterExit" } },
      { id: "wait", type: "wait", position: { x: 0, y: 150 }, data: { mode: "duration", duration: { amount: 3, unit: "days" } } },
      { id: "done", type: "exit", position: { x: 0, y: 300 }, data: { reason: "Done" } },
    ],
    edges: [
      { id: "trigger--next", source: "trigger", sourceHandle: "next", target: "wait" },
      { id: "wait--next", source: "wait", sourceHandle: "next", target: "done" },
    ],
  };
  const created = await page.request.post("/api/v1/journeys", { data: { name, graph } });
  expect(created.status(), await created.text()).toBe(201);
  const journeyId = (await created.json()).id;
  const published = await page.request.post(`/api/v1/journeys/${journeyId}/publish`);
  expect(published.status(), await published.text()).toBe(201);

  const profileId = unenrolledProfileId();
  const enrol = () => page.request.post(`/api/v1/journeys/${journeyId}/enroll`, { data: { profileId } });
  expect((await enrol()).status()).toBe(201);
  for (let i = 0; i < 3; i++) {
    const refused = await enrol();
    expect(refused.status()).toBe(409);
    expect((await refused.json()).reason).toBe("already in this journey (re-entry only after exit)");
  }

  await page.goto(`/profiles/${profileId}`);
  const journeys = page.getByRole("region", { name: /^Journeys/ });
  await expect(journeys.getByTestId("profile-journey")).toHaveCount(1);
  const refusals = journeys.getByRole("list", { name: "Refused enrolments" });
  const line = refusals.getByTestId("profile-refusal");
  await expect(line).toHaveCount(1);
  await expect(line).toHaveAttribute("data-reason", "reentryBlocked");
  await expect(line).toHaveText(`Not enrolled in ${name}: already in this journey (re-entry only after exit) — 3 times, last just now`);
  await expect(line.getByRole("link", { name })).toHaveAttribute("href", `/journeys/${journeyId}`);

  await journeys.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("profile-refusals"), fullPage: true });
  await journeys.screenshot({ path: screenshotPath("profile-refusals-section") });
});

import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

/**
 * A profile the cascade can reach: email and phone on file, subscribed to SMS, in a European time
 * zone (so noon UTC is daytime and SMS quiet hours do not hold the message), no recent order.
 */
function reachableProfileId(): string {
  const file = path.join(process.cwd(), ".waymark", "e2e", "waymark.db");
  const sqlite = new Database(file, { readonly: true });
  try {
    const row = sqlite
      .prepare(
        `SELECT p.id FROM Profile p
         WHERE (p.timezone LIKE 'Europe/%')
           AND EXISTS (SELECT 1 FROM Identity i WHERE i.profileId = p.id AND i.kind = 'email')
           AND EXISTS (SELECT 1 FROM Identity i WHERE i.profileId = p.id AND i.kind = 'phone')
           AND EXISTS (SELECT 1 FROM Consent c WHERE c.profileId = p.id AND c.channel = 'sms' AND c.status = 'subscribed')
           AND NOT EXISTS (SELECT 1 FROM Consent c WHERE c.profileId = p.id AND c.channel = 'email' AND c.status = 'unsubscribed')
           AND NOT EXISTS (SELECT 1 FROM Enrollment e WHERE e.profileId = p.id)
         ORDER BY p.id LIMIT 1`,
      )
      .get() as { id: string } | undefined;
    if (!row) throw new Error("the demo seed has no reachable European profile");
    return row.id;
  } finally {
    sqlite.close();
  }
}

async function tickAt(request: APIRequestContext, now: Date) {
  const response = await request.post("/api/cron/tick", { data: { now: now.toISOString() } });
  expect(response.status()).toBe(200);
  return response.json();
}

test("a published cascade sends the email, then the SMS a day later when the email stays unopened", async ({ page }) => {
  await signIn(page, "admin");
  const journeys = await (await page.request.get("/api/v1/journeys")).json();
  const cascade = journeys.journeys.find((j: { name: string }) => j.name === "Cart recovery cascade");
  expect(cascade).toBeTruthy();
  const published = await page.request.post(`/api/v1/journeys/${cascade.id}/publish`);
  expect([201, 409]).toContain(published.status());

  // Tomorrow at noon UTC: after every seeded event, in daylight for European customers.
  const start = new Date();
  start.setUTCDate(start.getUTCDate() + 1);
  start.setUTCHours(12, 0, 0, 0);
  const profileId = reachableProfileId();
  const enrolled = await page.request.post(`/api/v1/journeys/${cascade.id}/enroll`, {
    data: { profileId, now: start.toISOString(), properties: { cart_url: "https://shop.example.com/cart/e2e", item_count: 3 } },
  });
  expect(enrolled.status(), await enrolled.text()).toBe(201);
  expect(await enrolled.json()).toMatchObject({ state: "waiting", currentNodeId: "wait-24h", sent: 1 });

  const first = await tickAt(page.request, new Date(start.getTime() + 60_000));
  expect(first.dispatch.sent).toBeGreaterThanOrEqual(1);

  await page.goto("/outbox");
  await expect(page.getByRole("heading", { name: "Outbox" })).toBeVisible();
  const email = page.getByTestId("outbox-message").filter({ hasText: "your cart is waiting" }).first();
  await expect(email).toBeVisible();
  await expect(email.getByText("sent", { exact: true })).toBeVisible();
  await email.getByText("Show rendered content").click();
  await expect(email.getByText("https://shop.example.com/cart/e2e").first()).toBeVisible();
  await expect(email.getByText(/:email:1$/)).toBeVisible();
  await page.screenshot({ path: screenshotPath("outbox"), fullPage: true });

  // A day later, the email still unopened: the SMS goes out.
  const second = await tickAt(page.request, new Date(start.getTime() + 25 * 3_600_000));
  expect(second.tick.stepped).toBeGreaterThanOrEqual(1);
  await page.goto("/outbox?channel=sms");
  const sms = page.getByTestId("outbox-message").filter({ hasText: "your cart is still saved" }).first();
  await expect(sms).toBeVisible();
  await expect(sms.getByText("sent", { exact: true })).toBeVisible();
  await expect(page.getByTestId("outbox-message").filter({ hasText: "your cart is waiting" })).toHaveCount(0);

  const enrollments = await (await page.request.get(`/api/v1/enrollments?journeyId=${cascade.id}&profileId=${profileId}`)).json();
  const steps = enrollments.enrollments[0].steps.map((s: { nodeId: string; action: string }) => `${s.nodeId}:${s.action}`);
  expect(steps).toEqual(expect.arrayContaining(["email:sent", "opened-email:branched", "sms:sent"]));
});

test("sending rules: admins edit caps and quiet hours, analysts only read them", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/settings/rules");
  await expect(page.getByRole("heading", { name: "Sending rules" })).toBeVisible();
  await expect(page.getByLabel("Name of cap 1")).toHaveValue("max 3/day");
  await expect(page.getByLabel("SMS quiet from")).toHaveValue("21:00");
  await page.getByRole("button", { name: "Add cap" }).click();
  await page.getByLabel("Name of cap 2").fill("max 1 SMS/hour");
  await page.getByLabel("Max messages of cap 2").fill("1");
  await page.getByLabel("Window in hours of cap 2").fill("1");
  await page.getByLabel("All channels for cap 2").uncheck();
  await page.getByLabel("SMS for cap 2").check();
  await page.getByLabel("Email for cap 2").uncheck();
  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByRole("status")).toHaveText(/Saved/);
  await page.reload();
  await expect(page.getByLabel("Name of cap 2")).toHaveValue("max 1 SMS/hour");
  await expect(page.getByLabel("SMS for cap 2")).toBeChecked();
  await page.screenshot({ path: screenshotPath("settings-rules"), fullPage: true });

  await page.getByLabel("Name of cap 2").fill("");
  await page.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "frequencyCaps" })).toHaveText("frequencyCaps.1.name: must not be empty");

  await page.context().clearCookies();
  await signIn(page, "analyst");
  await page.goto("/settings/rules");
  await expect(page.getByText("Read-only: only admins change sending rules.")).toBeVisible();
  await expect(page.getByLabel("Name of cap 1")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save rules" })).toHaveCount(0);
});

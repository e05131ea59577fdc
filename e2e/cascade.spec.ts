import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { screenshotPath, signIn } from "./fixtures";

/**
 * Issue 5's must-show, on the profile page: the seeded "Cart recovery cascade" (trigger
 * "Cart Abandoned" → skip recent buyers → email → wait 24 h → opened? → skip buyers → SMS → wait
 * 12 h → skip buyers → push; goal "Order Completed" within 3 days, counted without exiting) sends
 * the email, then the SMS when the email stays unopened, and after a purchase no push: the
 * enrollment counts the conversion and is suppressed before the push, and the step log says why.
 *
 * Events sent without a timestamp happen when they arrive, so the test starts from now and moves
 * the runner's clock forward with POST /api/cron/tick { now }; the purchase carries its own
 * (future) timestamp, and under the test clock ingestion handles it at that time (one clock), so
 * it happens between the SMS and the push. The customer's time zone is picked so that the
 * SMS, a day later, falls at midday for them: the demo's SMS quiet hours (21:00–08:00) never hold it.
 */

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
const HOUR = 3_600_000;

/** An IANA zone whose local time is about noon at `at` (Etc/GMT-N is UTC+N: the sign is inverted). */
function zoneAtNoon(at: Date): string {
  const offset = 12 - at.getUTCHours();
  if (offset === 0) return "Etc/UTC";
  return offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
}

/** A valid UK mobile number made unique by `tag` (numbering plans leave gaps, so try a few). */
function uniqueMobile(tag: string): string {
  for (let i = 0; i < 100; i++) {
    const candidate = `+447${String(400 + i)}${tag.slice(-6)}`;
    if (parsePhoneNumberFromString(candidate)?.isValid()) return candidate;
  }
  throw new Error("no valid UK mobile number found");
}

async function tickAt(request: APIRequestContext, now: Date) {
  const response = await request.post("/api/cron/tick", { data: { now: now.toISOString() } });
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

/** The profile page, reloaded, with the Messages and Journeys sections it asserts on. */
async function openProfile(page: Page, profileId: string) {
  await page.goto(`/profiles/${profileId}`);
  return { messages: page.getByRole("region", { name: /^Messages/ }), journeys: page.getByRole("region", { name: /^Journeys/ }) };
}

test("cascade on the profile page: email, then SMS with the email unopened, then no push after a purchase", async ({ page }) => {
  test.setTimeout(120_000);
  const tag = `${Date.now()}`;
  const userId = `cascade-${tag}`;
  const email = `casey.${tag}@example.com`;
  await signIn(page, "admin");

  const journeys = await (await page.request.get("/api/v1/journeys")).json();
  const cascade = journeys.journeys.find((j: { name: string }) => j.name === "Cart recovery cascade");
  expect(cascade, "the demo seed has the cascade journey").toBeTruthy();
  const published = await page.request.post(`/api/v1/journeys/${cascade.id}/publish`);
  expect([201, 409], await published.text()).toContain(published.status());

  const keyResponse = await page.request.post("/api/v1/api-keys", { data: { kind: "write", name: `Cascade e2e ${tag}` } });
  expect(keyResponse.status()).toBe(201);
  const auth = { authorization: basic((await keyResponse.json()).key) };

  const start = new Date();
  const smsAt = new Date(start.getTime() + 25 * HOUR);
  const identify = await page.request.post("/api/v1/identify", {
    headers: auth,
    data: {
      userId,
      traits: { email, phone: uniqueMobile(tag), first_name: "Casey" },
      context: { timezone: zoneAtNoon(smsAt), device: { id: `device-${tag}` }, consent: { email: "subscribed", sms: "subscribed", push: "subscribed" } },
    },
  });
  expect(identify.status(), await identify.text()).toBe(200);
  // The trigger: stepped in the same request, so the email is in the outbox straight away.
  const abandoned = await page.request.post("/api/v1/track", { headers: auth, data: { userId, event: "Cart Abandoned", properties: { cart_url: `https://shop.example.com/cart/${tag}`, item_count: 2 } } });
  expect(abandoned.status()).toBe(200);
  const found = await (await page.request.get(`/api/v1/profiles?email=${encodeURIComponent(email)}`)).json();
  const profileId: string = found.profiles[0].id;

  // A minute later the dispatcher delivers the email.
  await tickAt(page.request, new Date(start.getTime() + 60_000));
  let view = await openProfile(page, profileId);
  const emailRow = view.messages.getByTestId("profile-message").filter({ hasText: "your cart is waiting" });
  await expect(emailRow).toHaveAttribute("data-channel", "email");
  await expect(emailRow).toHaveAttribute("data-status", "sent");
  await expect(view.journeys.getByTestId("profile-journey").filter({ hasText: "Cart recovery cascade" }).getByTestId("current-node")).toContainText("Wait");
  await expect(view.messages.locator('[data-channel="sms"]')).toHaveCount(0);

  // 25 hours on, the email still unopened: the SMS goes out.
  await tickAt(page.request, smsAt);
  view = await openProfile(page, profileId);
  const smsRow = view.messages.getByTestId("profile-message").filter({ hasText: "your cart is still saved" });
  await expect(smsRow).toHaveAttribute("data-channel", "sms");
  await expect(smsRow).toHaveAttribute("data-status", "sent");
  await expect(emailRow.getByTestId("engagement")).toHaveText("delivered · not opened");
  const enrollment = view.journeys.getByTestId("profile-journey").filter({ hasText: "Cart recovery cascade" });
  await enrollment.getByText(/^Step log/).click();
  await expect(enrollment.getByTestId("step-log-line").filter({ hasText: "(opened-email)" })).toContainText("else");

  // The customer buys an hour after the SMS (on the test clock: the event carries its own time):
  // the goal counts it, and 12 hours later the step before the push suppresses it.
  const purchase = await page.request.post("/api/v1/track", { headers: auth, data: { userId, event: "Order Completed", properties: { total: 59 }, timestamp: new Date(smsAt.getTime() + HOUR).toISOString() } });
  expect(purchase.status()).toBe(200);
  await tickAt(page.request, new Date(smsAt.getTime() + 13 * HOUR));
  view = await openProfile(page, profileId);
  await expect(view.messages.getByTestId("profile-message")).toHaveCount(2);
  await expect(view.messages.locator('[data-channel="push"]')).toHaveCount(0);
  const ended = view.journeys.getByTestId("profile-journey").filter({ hasText: "Cart recovery cascade" });
  await expect(ended).toHaveAttribute("data-state", "exited");
  await expect(ended.getByTestId("exit-reason")).toHaveText('suppressed: performed "Order Completed" 12 h ago');
  await ended.getByText(/^Step log/).click();
  await expect(ended.getByTestId("step-log-line").filter({ hasText: "converted" })).toContainText('converted: performed "Order Completed"');
  await expect(ended.getByTestId("step-log-line").last()).toContainText('(skip-buyers-push)');
  await expect(ended.getByTestId("step-log-line").last()).toContainText('suppressed: performed "Order Completed" 12 h ago');
  await expect(ended.getByTestId("step-log-line").filter({ hasText: "(push)" })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("profile-cascade"), fullPage: true });
});

import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

/** A fresh profile of our own (identify through a new write key), so other specs never see it. */
async function createProfile(request: APIRequestContext, email: string): Promise<string> {
  const created = await request.post("/api/v1/api-keys", { data: { kind: "write", name: `prefs e2e ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { key } = await created.json();
  const auth = { authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` };
  expect((await request.post("/api/v1/identify", { headers: auth, data: { userId: `prefs-${Date.now()}`, traits: { email, first_name: "Jo" } } })).status()).toBe(200);
  const found = await (await request.get(`/api/v1/profiles?email=${encodeURIComponent(email)}`)).json();
  return found.profiles[0].id;
}

const pathOf = (url: string) => new URL(url).pathname;

test("admin adds a topic; a customer turns SMS and the topic off in the preference centre without JavaScript; one-click unsubscribe works", async ({ page, browser }) => {
  const topicName = `Offers ${Date.now().toString(36)}`;
  await signIn(page, "admin");
  await page.goto("/settings/preferences");
  await expect(page.getByRole("heading", { name: "Preference centre", exact: true })).toBeVisible();
  await page.getByLabel("New topic name").fill(topicName);
  await page.getByLabel("New topic description").fill("Deals and discounts, at most weekly");
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(page.getByLabel(`Topic ${topicName} name`)).toHaveValue(topicName);
  await page.getByRole("region", { name: "Branding" }).getByLabel("Footer").fill("Demo Shop Ltd · 1 Market Street, Bristol");
  await page.getByRole("button", { name: "Save branding" }).click();
  await expect(page.getByRole("region", { name: "Branding" }).getByRole("status")).toHaveText("Saved");
  await page.setViewportSize({ width: 1440, height: 1800 });
  await page.getByRole("heading", { name: "Preference centre", exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("settings-preferences"), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  const email = `jo-${Date.now()}@example.com`;
  const profileId = await createProfile(page.request, email);
  const subscribe = await page.request.put(`/api/v1/profiles/${profileId}/consent`, { data: { sms: "subscribed", email: "subscribed" } });
  expect(subscribe.status()).toBe(200);
  const link = await page.request.get(`/api/v1/profiles/${profileId}/preference-link`);
  expect(link.status()).toBe(200);
  const { url, unsubscribeUrl } = await link.json();

  // the customer, signed out and without JavaScript
  const customer = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 420, height: 900 } });
  const prefs = await customer.newPage();
  await prefs.goto(pathOf(url));
  await expect(prefs.getByRole("heading", { name: "Your communication preferences" })).toBeVisible();
  await expect(prefs.getByText(`j***@example.com`)).toBeVisible();
  await expect(prefs.getByLabel("Text messages (SMS)")).toBeChecked();
  await expect(prefs.getByLabel(topicName)).toBeChecked();
  await prefs.screenshot({ path: screenshotPath("preference-centre"), fullPage: true });
  await prefs.getByLabel("Text messages (SMS)").uncheck();
  await prefs.getByLabel(topicName).uncheck();
  await prefs.getByRole("button", { name: "Save preferences" }).click();
  await expect(prefs.getByRole("status")).toHaveText("Your preferences are saved.");
  await expect(prefs.getByLabel("Text messages (SMS)")).not.toBeChecked();
  await expect(prefs.getByLabel("Email", { exact: true })).toBeChecked();
  await prefs.screenshot({ path: screenshotPath("preference-centre-saved"), fullPage: true });

  const saved = await (await page.request.get(`/api/v1/profiles/${profileId}/consent`)).json();
  expect(saved.consent.sms).toMatchObject({ status: "unsubscribed", source: "preferenceCentre" });
  expect(saved.consent.email).toMatchObject({ status: "subscribed", source: "api" });
  const topic = Object.values(saved.topics as Record<string, { name: string; status: string; source: string }>).find((t) => t.name === topicName);
  expect(topic).toMatchObject({ status: "unsubscribed", source: "preferenceCentre" });

  // a scanner's GET asks and changes nothing; the POST mail clients send unsubscribes
  const confirm = await prefs.goto(pathOf(unsubscribeUrl));
  expect(confirm?.status()).toBe(200);
  await expect(prefs.getByRole("button", { name: "Unsubscribe" })).toBeVisible();
  await prefs.screenshot({ path: screenshotPath("unsubscribe-confirm"), fullPage: true });
  expect((await (await page.request.get(`/api/v1/profiles/${profileId}/consent`)).json()).consent.email.status).toBe("subscribed");
  const oneClick = await customer.request.post(pathOf(unsubscribeUrl), { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  expect(await oneClick.text()).toBe("unsubscribed from emails");
  expect((await (await page.request.get(`/api/v1/profiles/${profileId}/consent`)).json()).consent.email).toMatchObject({ status: "unsubscribed", source: "oneClick" });

  // a tampered link is a friendly "not valid" page (without JavaScript too), never an error
  const token = pathOf(url).split("/").pop() ?? "";
  const tampered = await prefs.goto(`/p/${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`);
  expect(tampered?.status()).toBeLessThan(500);
  await expect(prefs.getByRole("heading", { name: "This link is not valid" })).toBeVisible();
  await expect(prefs.getByRole("button", { name: "Save preferences" })).toHaveCount(0);
  await prefs.screenshot({ path: screenshotPath("preference-centre-invalid"), fullPage: true });
  expect((await customer.request.post(`/api/unsubscribe/${token}x`, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(404);
  await customer.close();
});

test("the preference centre preview shows the workspace's topics to signed-in members", async ({ page }) => {
  await signIn(page, "marketer");
  await page.goto("/settings/preferences");
  await expect(page.getByText("Read-only: only admins change")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add topic" })).toHaveCount(0);
  await page.goto("/p/preview");
  await expect(page.getByRole("heading", { name: "Your communication preferences" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("nothing you change here is saved");
  await expect(page.getByLabel("Email", { exact: true })).toBeChecked();
});

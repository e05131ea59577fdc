import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

test("an admin creates a write key, sends events with it, sees them and a rejection on Sources, then revokes it", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = `Web app ${Date.now()}`;
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { name: "Create a key" })).toBeVisible();

  const form = page.getByRole("form", { name: "Create API key" });
  await form.getByLabel("Kind").selectOption("write");
  await expect(form.getByLabel("Role")).toHaveCount(0);
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create key" }).click();

  const panel = page.getByRole("region", { name: "New API key" });
  await expect(panel).toContainText("this is the one time the key is shown");
  await panel.getByRole("button", { name: `Copy key ${name}` }).click();
  await expect(panel.getByRole("button", { name: `Copy key ${name}` })).toContainText("Copied");
  const key = await page.evaluate(() => navigator.clipboard.readText());
  expect(key).toMatch(/^wm_write_/);
  expect(key).toBe((await page.getByTestId("new-api-key").textContent())?.trim());
  const row = page.getByTestId("api-key-row").filter({ hasText: name });
  await expect(row).toContainText(`${key.slice(0, 15)}…`);
  await expect(row).toContainText("Never");
  await page.screenshot({ path: screenshotPath("settings-api-keys"), fullPage: true });

  // Segment-style calls with the copied key: Basic auth, key as user name, empty password
  const auth = { authorization: basic(key) };
  const track = await page.request.post("/api/v1/track", { headers: auth, data: { userId: "e2e-user", event: "Order Completed", properties: { total: 42 } } });
  expect(track.status()).toBe(200);
  expect(await track.json()).toEqual({ success: true });
  const identify = await page.request.post("/api/v1/identify", { headers: auth, data: { userId: "e2e-user", traits: { email: "E2E@Example.com", plan: "pro" } } });
  expect(identify.status()).toBe(200);

  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Sources" }).click();
  const source = page.getByRole("region", { name: `Source ${name}` });
  await expect(source.getByRole("definition").first()).toHaveText("2");
  await expect(source).toContainText("Nothing rejected");

  const malformed = await page.request.post("/api/v1/track", { headers: auth, data: { userId: "e2e-user", properties: { total: 1 } } });
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toEqual({ error: "event: is required", path: "event" });
  await page.reload();
  await expect(source.getByRole("list", { name: `Latest rejections of ${name}` })).toContainText("event: is required");
  await expect(source.getByRole("definition").nth(2)).toHaveText("1");
  await page.screenshot({ path: screenshotPath("settings-sources"), fullPage: true });

  // the profile the calls built is readable through the management API with the session
  const profiles = await (await page.request.get("/api/v1/profiles?email=e2e@example.com")).json();
  expect(profiles.profiles[0].traits).toMatchObject({ email: "e2e@example.com", plan: "pro" });

  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "API keys" }).click();
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("form", { name: `Confirm revoking ${name}` }).getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByTestId("api-key-row").filter({ hasText: name })).toHaveCount(0);
  const afterRevoke = await page.request.post("/api/v1/track", { headers: auth, data: { userId: "e2e-user", event: "Too Late" } });
  expect(afterRevoke.status()).toBe(401);
  expect((await afterRevoke.json()).error).toMatch(/^unauthorized/);
});

test("marketers and analysts see Sources but not API keys", async ({ page }) => {
  await signIn(page, "marketer");
  await page.getByRole("link", { name: "Settings" }).click();
  const tabs = page.getByRole("navigation", { name: "Settings sections" });
  await expect(tabs.getByRole("link", { name: "Sources" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "API keys" })).toHaveCount(0);
  await page.goto("/settings/api-keys");
  await expect(page.getByText("Only admins manage API keys")).toBeVisible();
  await expect(page.getByRole("form", { name: "Create API key" })).toHaveCount(0);
  expect((await page.request.get("/api/v1/api-keys")).status()).toBe(403);
});

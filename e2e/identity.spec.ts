import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const DEFAULTS = { priority: ["userId", "email", "phone", "deviceId", "anonymousId"], limits: { userId: 1, email: 5, phone: 5, deviceId: 10, anonymousId: 1000 } };

/** A write key of our own, as Segment's libraries authenticate with it. */
async function writeKey(request: APIRequestContext): Promise<Record<string, string>> {
  const created = await request.post("/api/v1/api-keys", { data: { kind: "write", name: `identity e2e ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { key } = await created.json();
  return { authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` };
}

async function profileIdOf(request: APIRequestContext, userId: string): Promise<string> {
  const found = await (await request.get(`/api/v1/profiles?userId=${encodeURIComponent(userId)}`)).json();
  return found.profiles[0].id;
}

test.afterEach(async ({ browser }) => {
  // the demo workspace is shared by every spec: leave it on the defaults
  const page = await browser.newPage();
  await signIn(page, "admin");
  expect((await page.request.put("/api/v1/settings/identity", { data: DEFAULTS })).status()).toBe(200);
  await page.close();
});

test("an admin reorders the identity priority and changes a limit; a reload shows them, and bad input is refused", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByRole("navigation", { name: "Settings sections" }).getByRole("link", { name: "Identity" }).click();
  await expect(page.getByRole("heading", { name: "Identity resolution" })).toBeVisible();
  await expect(page.getByRole("region", { name: "What happens on a conflict" })).toContainText("two known customers sharing a phone or a device never merge");
  const rows = page.getByTestId("identity-rule-row");
  await expect(rows).toHaveText([/User id/, /Email/, /Phone/, /Device id/, /Anonymous id/]);

  await page.getByRole("button", { name: "Move Phone up" }).click();
  await expect(rows).toHaveText([/User id/, /Phone/, /Email/, /Device id/, /Anonymous id/]);
  await expect(page.getByRole("button", { name: "Move User id up" })).toBeDisabled();
  await page.getByLabel("Limit of Email values per profile").fill("3");
  await page.getByRole("button", { name: "Save identity rules" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toContainText("Events from now on follow these rules");

  await page.reload();
  await expect(rows).toHaveText([/User id/, /Phone/, /Email/, /Device id/, /Anonymous id/]);
  await expect(page.getByLabel("Limit of Email values per profile")).toHaveValue("3");
  await expect(page.getByText("(default 5)")).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 1500 });
  await page.screenshot({ path: screenshotPath("settings-identity"), fullPage: true });

  // the API refuses what the form cannot send, naming the field
  const bad = await page.request.put("/api/v1/settings/identity", { data: { priority: ["userId", "userId", "phone", "deviceId", "anonymousId"], limits: DEFAULTS.limits } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).path).toBe("priority");
  expect((await (await page.request.get("/api/v1/settings/identity")).json()).rules.limits.email).toBe(3);
});

test("a second customer sharing a phone stays apart; the profile lists the identifiers not attached and links to the owner; settings and sources count them", async ({ page }) => {
  await signIn(page, "admin");
  const auth = await writeKey(page.request);
  const tag = Date.now().toString(36);
  const phone = "+44 7911 123456";
  expect((await page.request.post("/api/v1/identify", { headers: auth, data: { userId: `ana-${tag}`, traits: { first_name: "Ana", email: `ana-${tag}@example.com`, phone } } })).status()).toBe(200);
  // the same family line, and an email field the form left as "n/a": the call is still accepted
  const second = await page.request.post("/api/v1/identify", { headers: auth, data: { userId: `ben-${tag}`, traits: { first_name: "Ben", email: "n/a", phone } } });
  expect(second.status()).toBe(200);
  const [ana, ben] = [await profileIdOf(page.request, `ana-${tag}`), await profileIdOf(page.request, `ben-${tag}`)];
  expect(ben).not.toBe(ana);

  await page.goto(`/profiles/${ben}`);
  const section = page.getByRole("region", { name: "Identifiers not attached" });
  await expect(section.getByTestId("not-attached-row")).toHaveCount(2);
  await expect(section).toContainText("belongs to another profile that has a userId (limit: 1 userId per profile)");
  await expect(section).toContainText('email "n/a" is not a valid email address');
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("profile-not-attached") });
  await section.getByRole("link", { name: "see the profile that holds it" }).click();
  await expect(page).toHaveURL(new RegExp(`/profiles/${ana}$`));
  await expect(page.getByRole("heading", { name: "Ana", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "Identifiers not attached" })).toContainText("Every identifier this profile's events carried was attached");

  await page.goto("/settings/identity");
  const dropped = page.getByRole("region", { name: "Dropped identifiers" });
  await expect(dropped.getByTestId("dropped-identifier-row").first()).toContainText(/n\/a|\+447911123456/);
  await expect(dropped.getByTestId("dropped-identifier-row").filter({ hasText: "+447911123456" }).getByRole("link", { name: "Owner's profile" })).toHaveAttribute("href", `/profiles/${ana}`);
  await page.setViewportSize({ width: 1440, height: 1600 });
  await page.screenshot({ path: screenshotPath("settings-identity-dropped"), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });

  await page.goto("/settings/sources");
  const source = page.getByTestId("source-card").filter({ hasText: "identity e2e" }).first();
  await expect(source.getByRole("definition").nth(3)).toHaveText("2");
  await page.screenshot({ path: screenshotPath("settings-sources-dropped"), fullPage: true });
});

test("an analyst sees the identity rules read-only", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/settings/identity");
  await expect(page.getByText("Read-only: only admins change identity rules.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save identity rules" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Move Phone up" })).toHaveCount(0);
  await expect(page.getByLabel("Limit of Email values per profile")).toBeDisabled();
});

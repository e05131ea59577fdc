import { readFile } from "node:fs/promises";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;

/** A seeded customer with an email, a phone and a few events (read from the e2e database). */
function seededCustomer(): { id: string; email: string; firstName: string } {
  const sqlite = new Database(path.join(process.cwd(), ".waymark", "e2e", "waymark.db"), { readonly: true });
  try {
    const row = sqlite
      .prepare(
        `SELECT p.id, i.value AS email, json_extract(p.traits, '$.first_name') AS firstName FROM Profile p
         JOIN Identity i ON i.profileId = p.id AND i.kind = 'email'
         WHERE EXISTS (SELECT 1 FROM Identity ph WHERE ph.profileId = p.id AND ph.kind = 'phone')
           AND (SELECT COUNT(*) FROM Event e WHERE e.profileId = p.id) >= 3
         ORDER BY p.id LIMIT 1`,
      )
      .get() as { id: string; email: string; firstName: string } | undefined;
    if (!row) throw new Error("the demo seed has no customer with email, phone and events");
    return row;
  } finally {
    sqlite.close();
  }
}

/** A write key made through the API by the signed-in admin. */
async function createWriteKey(request: APIRequestContext, name: string): Promise<string> {
  const response = await request.post("/api/v1/api-keys", { data: { kind: "write", name } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()).key;
}

test("search by email (any case) finds a seeded customer, whose page shows traits, identities, consent and events", async ({ page }) => {
  const customer = seededCustomer();
  await signIn(page, "analyst");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Profiles" }).click();
  await expect(page.getByRole("heading", { name: "Profiles", exact: true })).toBeVisible();
  await expect(page.getByTestId("profile-row")).toHaveCount(50);
  await expect(page.getByRole("table")).toContainText(/\d+ profiles · most recently seen first/);
  await page.screenshot({ path: screenshotPath("profiles-list"), fullPage: true });
  const firstPage = await page.getByTestId("profile-row").allTextContents();
  await page.getByRole("link", { name: "Next page →" }).click();
  await expect(page.getByRole("table")).toContainText("(later page)");
  await expect(page.getByTestId("profile-row")).toHaveCount(50);
  expect(await page.getByTestId("profile-row").allTextContents()).not.toContain(firstPage[0]);
  await page.getByRole("link", { name: "← First page" }).click();

  await page.getByLabel("Search profiles").fill(`  ${customer.email.toUpperCase()} `);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("table")).toContainText(`1 match for email ${customer.email}`);
  await expect(page.getByTestId("profile-row")).toHaveCount(1);
  await page.getByTestId("profile-row").getByRole("link").first().click();

  await expect(page).toHaveURL(new RegExp(`/profiles/${customer.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(customer.firstName);
  const traits = page.getByRole("region", { name: /^Traits/ });
  await expect(traits.getByTestId("trait-row").filter({ hasText: "first_name" })).toContainText(customer.firstName);
  const identities = page.getByRole("region", { name: /^Identities/ });
  await expect(identities.getByTestId("identity-row").filter({ hasText: "Email" })).toContainText(customer.email);
  await expect(identities.getByTestId("identity-row").filter({ hasText: "Phone" })).toContainText("+");
  const consent = page.getByRole("region", { name: "Consent" });
  await expect(consent.locator('[data-channel="email"]')).toContainText("Opt-out");
  await expect(consent.locator('[data-channel="sms"]')).toContainText("Opt-in required");
  const timeline = page.getByRole("region", { name: /^Event timeline/ });
  await expect(timeline.getByTestId("timeline-event").first()).toBeVisible();
  await timeline.getByTestId("timeline-event").first().locator("summary").click();
  await expect(timeline.getByLabel("Properties").first()).toBeVisible();
  // Analysts read profiles but neither export nor delete them.
  await expect(page.getByRole("link", { name: "Export JSON" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete profile" })).toHaveCount(0);
  // The app scrolls inside <main>; back to the top for the picture.
  await page.locator("main").evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath("profile-detail"), fullPage: true });

  await page.goto("/profiles?q=plan%3Apro");
  await expect(page.getByRole("table")).toContainText("for trait plan = pro");
  await expect(page.getByTestId("profile-row").first()).toContainText("plan pro");
  await page.goto("/profiles?q=not%40an%40email");
  await expect(page.getByRole("alert").filter({ hasText: "Cannot search" })).toContainText("is not a valid email address");
});

test("a marketer exports a profile as JSON, then deletes it; the deletion is recorded without the data", async ({ page }) => {
  const tag = `${Date.now()}`;
  const email = `erin.${tag}@example.com`;
  await signIn(page, "admin");
  const key = await createWriteKey(page.request, `Profiles e2e ${tag}`);
  const auth = { authorization: basic(key) };
  // An anonymous visit, a sign-up as a new profile, then the call that links them: a merge.
  expect((await page.request.post("/api/v1/track", { headers: auth, data: { anonymousId: `anon-${tag}`, event: "Viewed Product", properties: { sku: `sku-${tag}` } } })).status()).toBe(200);
  expect((await page.request.post("/api/v1/identify", { headers: auth, data: { userId: `erin-${tag}`, traits: { email, first_name: "Erin", last_name: `Export${tag}`, plan: "team" } } })).status()).toBe(200);
  const beforeMerge = await (await page.request.get(`/api/v1/profiles?userId=erin-${tag}`)).json();
  const mergedAwayId: string = beforeMerge.profiles[0].id;
  expect((await page.request.post("/api/v1/identify", { headers: auth, data: { userId: `erin-${tag}`, anonymousId: `anon-${tag}`, messageId: `link-${tag}` } })).status()).toBe(200);
  await page.context().clearCookies();

  await signIn(page, "marketer");
  // The sign-up profile merged into the older anonymous one: its id leads to the survivor.
  await page.goto(`/profiles/${mergedAwayId}`);
  await expect(page.getByRole("status")).toContainText(`Profile ${mergedAwayId} was merged into this one`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Erin Export${tag}`);
  const profileId = page.url().split("/profiles/")[1]?.split(/[?#]/)[0] ?? "";
  expect(profileId).not.toBe(mergedAwayId);
  await expect(page.getByTestId("merge-row")).toContainText(`${mergedAwayId} merged into ${profileId}`);
  await expect(page.getByTestId("merge-row")).toContainText(`by event link-${tag}`);
  await page.goto(`/profiles?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: `Erin Export${tag}` }).click();
  await expect(page).toHaveURL(new RegExp(`/profiles/${profileId}$`));
  // Traits set through identify carry the time of the call that set them.
  await expect(page.getByTestId("trait-row").filter({ hasText: "plan" })).toContainText(/team\s*set \d+ \w+ \d{4}/);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export JSON" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`profile-${profileId}.json`);
  const exported = JSON.parse(await readFile(await download.path(), "utf8"));
  expect(exported.profile).toMatchObject({ id: profileId, traits: { email, plan: "team" } });
  expect(exported.events.map((e: { name: string }) => e.name)).toContain("Viewed Product");

  await page.getByRole("button", { name: "Delete profile" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete Erin Export${tag}?` });
  await expect(dialog.getByRole("button", { name: "Delete permanently" })).toBeDisabled();
  await dialog.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.screenshot({ path: screenshotPath("profile-delete-dialog") });
  await dialog.getByRole("button", { name: "Delete permanently" }).click();

  await expect(page).toHaveURL(/\/profiles\?deleted=1$/);
  await expect(page.getByRole("status")).toContainText("Profile deleted");
  const record = page.getByTestId("deleted-profile-row").filter({ hasText: profileId });
  await expect(record).toContainText("Mia Marketer");
  await expect(record).toContainText("3 events · 0 messages · 3 identities");
  await expect(page.getByRole("region", { name: /^Deleted profiles/ })).not.toContainText(email);
  await page.getByRole("region", { name: /^Deleted profiles/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath("profiles-deleted") });
  await page.goto(`/profiles?q=${encodeURIComponent(email)}`);
  await expect(page.getByText(`No profile matches email ${email}`)).toBeVisible();
  expect((await page.request.get(`/api/v1/profiles/${profileId}`)).status()).toBe(404);
  await page.goto(`/profiles/${profileId}`);
  await expect(page.getByRole("heading", { name: "Profile not found" })).toBeVisible();
});

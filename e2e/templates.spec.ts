import { expect, test, type Page } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

interface TProfileOption {
  id: string;
  label: string;
  detail: string;
}

/** The demo customers the picker offers, most recently seen first (the default preview profile is the first). */
async function demoProfiles(page: Page): Promise<TProfileOption[]> {
  const response = await page.request.get("/api/v1/templates/preview-profiles?q=");
  expect(response.status()).toBe(200);
  const { profiles } = (await response.json()) as { profiles: TProfileOption[] };
  expect(profiles.length).toBeGreaterThan(1);
  return profiles;
}

/** The customer's real first_name trait ("" when they have none: other specs ingest unnamed customers). */
async function firstNameOf(page: Page, profile: TProfileOption): Promise<string> {
  const response = await page.request.get(`/api/v1/profiles/${profile.id}`);
  expect(response.status()).toBe(200);
  const { traits } = (await response.json()) as { traits: Record<string, unknown> };
  return typeof traits.first_name === "string" ? traits.first_name : "";
}

async function newTemplate(page: Page, channel: string) {
  await page.getByRole("link", { name: "Templates" }).click();
  await expect(page.getByRole("heading", { name: "Templates", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "New template" }).click();
  await page.getByRole("menuitem", { name: new RegExp(`^${channel}`) }).click();
  await expect(page.getByLabel("Template name")).toBeVisible();
}

test("a marketer writes an SMS template against a real customer, fixes a Liquid error, and saves", async ({ page }) => {
  await signIn(page, "marketer");
  const [latest, other] = await demoProfiles(page);
  if (!latest || !other) throw new Error("the demo seed has customers");

  await newTemplate(page, "SMS");
  await page.getByLabel("Template name").fill("E2E welcome SMS");
  const body = page.getByLabel("Body", { exact: true });
  await body.fill("Hi {{ profile.traits.first_name }}, welcome to Waymark!\nReply STOP to opt out.");

  // The preview renders for the most recently seen demo customer, by first name, with the segment counter.
  await expect(page.getByTestId("preview-profile")).toHaveText(latest.label);
  await expect(page.getByTestId("sms-bubble")).toHaveText(`Hi ${await firstNameOf(page, latest)}, welcome to Waymark!\nReply STOP to opt out.`);
  const counter = page.getByTestId("sms-counter");
  await expect(counter).toContainText("GSM-7");
  await expect(counter).toContainText("1 segment");

  // A broken output tag on the second line: shown under the field with its line and column.
  await body.fill("Hi {{ profile.traits.first_name }},\nyour code is {{ profile.traits.code");
  await expect(page.getByTestId("field-error")).toContainText("Line 2, column 14:");
  await expect(page.getByTestId("preview-errors")).toContainText("Body, line 2, column 14");
  await expect(counter).toContainText("Fix the Liquid problem");
  await page.screenshot({ path: screenshotPath("template-editor-sms-error") });
  await body.fill("Hi {{ profile.traits.first_name }}, your cart is saved. 🛒 Reply STOP to opt out.");
  await expect(page.getByTestId("field-error")).toHaveCount(0);
  await expect(counter).toContainText("UCS-2");

  // Another customer from the picker, found by email.
  const email = other.detail.split(" · ")[0] ?? "";
  await page.getByRole("button", { name: /^Preview profile:/ }).click();
  await page.getByLabel("Search profiles").fill(email);
  await expect(page.getByRole("option")).toHaveCount(1);
  await page.screenshot({ path: screenshotPath("template-profile-picker") });
  await page.getByRole("option", { name: new RegExp(other.label) }).click();
  await expect(page.getByTestId("preview-profile")).toHaveText(other.label);
  await expect(page.getByTestId("sms-bubble")).toContainText(`Hi ${await firstNameOf(page, other)}, your cart is saved.`);

  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/templates\/[^/]+\?created=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Template created" })).toBeVisible();
  await expect(page.getByLabel("Template name")).toHaveValue("E2E welcome SMS");

  // Insert a variable where the cursor is, then save the change.
  await body.click();
  await body.press("ControlOrMeta+End");
  await page.getByRole("button", { name: "Insert variable" }).click();
  await page.getByRole("menuitem", { name: "profile.traits.last_name" }).click();
  await expect(body).toHaveValue(/Reply STOP to opt out\.\{\{ profile\.traits\.last_name \}\}$/);
  await expect(page.getByRole("status").filter({ hasText: "Unsaved changes" })).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("template-editor-sms") });

  await page.reload();
  await expect(body).toHaveValue(/\{\{ profile\.traits\.last_name \}\}$/);
});

test("a marketer writes an email and sees its HTML rendered in the preview, then finds it in the list", async ({ page }) => {
  await signIn(page, "marketer");
  const [latest] = await demoProfiles(page);
  if (!latest) throw new Error("the demo seed has customers");

  await newTemplate(page, "Email");
  await page.getByLabel("Template name").fill("E2E receipt email");
  await page.getByLabel("Subject").fill("Your receipt, {{ profile.traits.first_name }}");
  await page.getByLabel("HTML body").fill('<h1 style="font-family:sans-serif;color:#4338ca">Thanks, {{ profile.traits.first_name }}!</h1>\n<p style="font-family:sans-serif">We received your order.</p>');
  await expect(page.getByTestId("email-subject")).toHaveText(`Your receipt, ${await firstNameOf(page, latest)}`);
  const email = page.frameLocator('iframe[title="Email preview"]');
  await expect(email.getByRole("heading", { name: `Thanks, ${await firstNameOf(page, latest)}!` })).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Template created" })).toBeVisible();
  await expect(email.getByRole("heading", { name: `Thanks, ${await firstNameOf(page, latest)}!` })).toBeVisible();
  await page.screenshot({ path: screenshotPath("template-editor-email") });

  await page.getByRole("link", { name: "Templates", exact: true }).first().click();
  await page.getByRole("navigation", { name: "Channels" }).getByRole("link", { name: /^Email/ }).click();
  await expect(page.getByTestId("template-row").filter({ hasText: "E2E receipt email" })).toBeVisible();
  await expect(page.getByTestId("template-row").filter({ hasText: "(SMS)" })).toHaveCount(0);
  await page.getByLabel("Search templates").fill("receipt");
  await page.getByLabel("Search templates").press("Enter");
  await expect(page).toHaveURL(/q=receipt/);
  await expect(page.getByTestId("template-row")).toHaveCount(1);
  await page.getByRole("navigation", { name: "Channels" }).getByRole("link", { name: /^All/ }).click();
  await expect(page).toHaveURL(/\/templates\?q=receipt$/);
  await page.getByLabel("Search templates").fill("");
  await page.getByLabel("Search templates").press("Enter");
  await expect(page.getByTestId("template-row").filter({ hasText: "(SMS)" }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("templates-list"), fullPage: true });
});

test("a template a journey sends cannot be deleted, and the editor names the journey", async ({ page }) => {
  await signIn(page, "marketer");
  await page.getByRole("link", { name: "Templates" }).click();
  await page.getByRole("link", { name: "Cascade · Cart reminder (SMS)", exact: true }).click();
  const usedIn = page.getByRole("region", { name: "Used in journeys" });
  await expect(usedIn.getByRole("link", { name: "Cart recovery cascade", exact: true })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Cart recovery cascade" })).toContainText("is used by journey");
  await expect(page).toHaveURL(/\/templates\/[^/?]+$/);
});

test("an analyst reads templates and previews them but cannot change them", async ({ page }) => {
  await signIn(page, "analyst");
  await page.getByRole("link", { name: "Templates" }).click();
  await expect(page.getByText("Read-only.")).toBeVisible();
  await expect(page.getByRole("button", { name: "New template" })).toHaveCount(0);

  await page.getByRole("link", { name: "Cascade · Cart reminder (SMS)", exact: true }).click();
  const body = page.getByLabel("Body", { exact: true });
  await expect(body).toHaveAttribute("readonly", "");
  await expect(body).not.toBeEditable();
  await expect(page.getByLabel("Template name")).not.toBeEditable();
  for (const name of ["Save", "Delete", "Duplicate", "Insert variable"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  await expect(page.getByTestId("sms-bubble")).toContainText("your cart is still saved");
  await page.screenshot({ path: screenshotPath("template-editor-read-only") });

  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  expect((await page.request.put(`/api/v1/templates/${id}`, { data: { name: "Hijacked" } })).status()).toBe(403);
  expect((await page.request.delete(`/api/v1/templates/${id}`)).status()).toBe(403);
  expect((await page.request.post("/api/v1/templates", { data: { name: "Nope", channel: "sms" } })).status()).toBe(403);
  expect((await page.request.get(`/api/v1/templates/${id}`)).status()).toBe(200);
  await page.goto("/templates/new?channel=sms");
  await expect(page).toHaveURL(/\/templates$/);
});

test("every channel's editor starts from valid content and previews it", async ({ page }) => {
  await signIn(page, "marketer");
  const previews: Record<string, string> = {
    email: "email-subject",
    sms: "sms-bubble",
    push: "push-card",
    inApp: "in-app-card",
    webhook: "webhook-request",
    adsAudience: "audience-name",
    directMail: "mail-address",
  };
  for (const [channel, testId] of Object.entries(previews)) {
    await page.goto(`/templates/new?channel=${channel}`);
    await expect(page.getByTestId(testId)).toBeVisible();
    await expect(page.getByTestId("preview-errors")).toHaveCount(0);
    await page.screenshot({ path: screenshotPath(`template-new-${channel}`) });
  }
  // The webhook preview checks that the rendered body is JSON.
  await page.goto("/templates/new?channel=webhook");
  await expect(page.getByText("The rendered body is valid JSON.")).toBeVisible();
  await page.getByLabel("JSON body").fill('{"name": {{ profile.traits.first_name }}}');
  await expect(page.getByText(/The rendered body is not valid JSON/)).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("marketer@waymark.test");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toHaveText("Email or password is incorrect.");
  await page.getByLabel("Email").fill("nobody@waymark.test");
  await page.getByLabel("Password").fill("waymark-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toHaveText("Email or password is incorrect.");
  await page.screenshot({ path: screenshotPath("sign-in-error"), fullPage: true });
});

test("pages need a session: a signed-out visitor is sent to sign in", async ({ page }) => {
  await page.goto("/journeys");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the seeded journeys are listed, and signing out ends the session", async ({ page }) => {
  await signIn(page, "admin");
  for (const name of ["Cart recovery cascade", "New customer onboarding", "Win-back lapsed buyers"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await page.screenshot({ path: screenshotPath("journeys-list"), fullPage: true });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/journeys");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the API refuses a request with neither session nor key", async ({ request }) => {
  const response = await request.get("/api/v1/journeys");
  expect(response.status()).toBe(401);
  expect((await response.json()).error).toContain("unauthorized");
});

test("unknown pages and API routes answer 404", async ({ page, request }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page does not exist" })).toBeVisible();
  const api = await request.get("/api/v1/no-such-endpoint");
  expect(api.status()).toBe(404);
  expect((await api.json()).error).toContain("no such endpoint");
});

test("the OpenAPI document and the journey JSON Schema are served to anyone", async ({ request }) => {
  const openapi = await request.get("/api/v1/openapi.json");
  expect(openapi.status()).toBe(200);
  expect(Object.keys((await openapi.json()).paths)).toContain("/api/v1/schema/journey");
  const schema = await request.get("/api/v1/schema/journey");
  expect(schema.status()).toBe(200);
  expect((await schema.json()).title).toBe("Waymark journey");
});

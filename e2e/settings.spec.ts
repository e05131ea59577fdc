import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("an admin invites a member, changes their role, and the new member can sign in", async ({ page, browser }) => {
  const email = `sam-${Date.now()}@example.test`;
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Settings" }).click();
  const invite = page.getByRole("form", { name: "Invite member" });
  await invite.getByLabel("Name").fill("Sam Rivera");
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("analyst");
  await invite.getByRole("button", { name: "Invite member" }).click();
  const password = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(password.length).toBeGreaterThan(8);
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toBeVisible();

  await page.getByLabel(`Role of ${email}`).selectOption("marketer");
  await page.reload();
  await expect(page.getByLabel(`Role of ${email}`)).toHaveValue("marketer");
  await page.screenshot({ path: screenshotPath("settings"), fullPage: true });

  const context = await browser.newContext();
  const samPage = await context.newPage();
  await signIn(samPage, email, password);
  await expect(samPage.getByTestId("current-role")).toHaveText("Marketer");
  await context.close();
});

test("the last admin cannot be demoted, and non-admins cannot manage members", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Role of admin@waymark.test").selectOption("analyst");
  await expect(page.getByRole("alert").filter({ hasText: "admin" })).toContainText("at least one admin");
  const marketer = await (await browser.newContext()).newPage();
  await signIn(marketer, "marketer");
  await marketer.getByRole("link", { name: "Settings" }).click();
  await expect(marketer.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(marketer.getByRole("form", { name: "Invite member" })).toHaveCount(0);
  await expect(marketer.getByLabel("Role of admin@waymark.test")).toHaveCount(0);
  await marketer.context().close();
});

test("a user in two workspaces switches between them", async ({ page }) => {
  await signIn(page, "admin");
  const seeded = page.getByRole("link", { name: "Cart recovery cascade" });
  await expect(seeded).toBeVisible();
  await page.getByLabel("Workspace").selectOption({ label: "Sandbox (admin)" });
  await expect(page.getByText("No journeys yet")).toBeVisible();
  await expect(seeded).toHaveCount(0);
  await page.getByLabel("Workspace").selectOption({ label: "Demo Shop (admin)" });
  await expect(seeded).toBeVisible();
});

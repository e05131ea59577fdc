import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("a marketer creates a journey from a template, publishes it, pauses and resumes it from the list", async ({ page }) => {
  await signIn(page, "marketer");
  await page.getByRole("button", { name: "New journey" }).click();
  const dialog = page.getByRole("dialog", { name: "New journey" });
  await expect(dialog.getByRole("heading", { name: "Start from a template" })).toBeVisible();
  await expect(dialog.getByTestId("template-card")).toHaveCount(7);
  await page.screenshot({ path: screenshotPath("journey-template-gallery") });

  await dialog.getByRole("button", { name: "Use template Cart recovery cascade" }).click();
  await expect(dialog.getByText("12 steps")).toBeVisible();
  await dialog.getByLabel("Name (optional)").fill("Lifecycle cascade");
  await page.screenshot({ path: screenshotPath("journey-template-confirm") });
  await dialog.getByRole("button", { name: "Create from template" }).click();

  await expect(page.getByRole("heading", { name: "Lifecycle cascade" })).toBeVisible();
  const id = /\/journeys\/([^/?#]+)$/.exec(new URL(page.url()).pathname)?.[1];
  expect(id).toBeTruthy();
  await expect(page.locator(".react-flow__node")).toHaveCount(12);

  await page.getByRole("link", { name: "Back to journeys" }).click();
  const row = page.getByTestId("journey-row").filter({ has: page.getByRole("link", { name: "Lifecycle cascade", exact: true }) });
  await expect(row).toHaveCount(1);
  await expect(row.getByText("draft", { exact: true })).toBeVisible();
  await expect(row.getByRole("button", { name: "Pause Lifecycle cascade" })).toHaveCount(0);

  // The editor's publish button belongs to the editor; the API is what it calls.
  const published = await page.request.post(`/api/v1/journeys/${id}/publish`);
  expect(published.status()).toBe(201);
  expect((await published.json()).version.version).toBe(1);

  await page.reload();
  await expect(row.getByText("live · v1")).toBeVisible();
  await page.screenshot({ path: screenshotPath("journeys-list-live"), fullPage: true });

  await row.getByRole("button", { name: "Pause Lifecycle cascade" }).click();
  await expect(row.getByText("paused · v1")).toBeVisible();
  await row.getByRole("button", { name: "Resume Lifecycle cascade" }).click();
  await expect(row.getByText("live · v1")).toBeVisible();
  await expect(row.getByRole("button", { name: "Pause Lifecycle cascade" })).toBeVisible();
});

test("closing the new-journey dialog and going back from a chosen template both work", async ({ page }) => {
  await signIn(page, "marketer");
  await page.getByRole("button", { name: "New journey" }).click();
  const dialog = page.getByRole("dialog", { name: "New journey" });
  await dialog.getByRole("button", { name: "Use template Win back lapsed customers" }).click();
  await expect(dialog.getByLabel("Name (optional)")).toHaveAttribute("placeholder", "Win back lapsed customers");
  await dialog.getByRole("button", { name: "Back to templates" }).click();
  await expect(dialog.getByLabel("Journey name")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "New journey" })).toBeVisible();
});

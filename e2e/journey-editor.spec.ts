import { expect, test, type Page } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

async function dragFromPalette(page: Page, type: string, to: { x: number; y: number }) {
  const canvas = page.getByTestId("journey-canvas");
  await page.getByTestId(`palette-${type}`).dragTo(canvas, { targetPosition: to });
}

async function connect(page: Page, fromNodeType: string, handleLabel: string, toNodeType: string) {
  const source = page.locator(`.react-flow__node-${fromNodeType}`).getByLabel(`${handleLabel} output`);
  const target = page.locator(`.react-flow__node-${toNodeType} .react-flow__handle.target`);
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error("handle not on screen");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
  await page.mouse.up();
}

test("a marketer creates a journey, draws trigger → message → exit, saves, and finds it after a reload", async ({ page }) => {
  await signIn(page, "marketer");
  await page.getByRole("button", { name: "New journey" }).click();
  await page.getByLabel("Journey name").fill("E2E welcome");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { name: "E2E welcome" })).toBeVisible();
  await expect(page.locator(".react-flow__node")).toHaveCount(1);

  await dragFromPalette(page, "message", { x: 420, y: 640 });
  await expect(page.locator(".react-flow__node-message")).toHaveCount(1);
  // Clicking a palette item with a step selected appends after it and connects it.
  await page.locator(".react-flow__node-message").click();
  await page.getByTestId("palette-exit").click();
  await expect(page.locator(".react-flow__node-exit")).toHaveCount(1);
  await connect(page, "trigger", "Next", "message");
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);

  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("editor"), fullPage: true });

  await page.reload();
  await expect(page.locator(".react-flow__node")).toHaveCount(3);
  await expect(page.locator(".react-flow__edge")).toHaveCount(2);
  for (const type of ["trigger", "message", "exit"]) await expect(page.locator(`.react-flow__node-${type}`)).toHaveCount(1);
});

test("the list renames, duplicates and archives a journey", async ({ page }) => {
  await signIn(page, "marketer");
  await page.getByRole("button", { name: "New journey" }).click();
  await page.getByLabel("Journey name").fill("To be renamed");
  await page.getByRole("button", { name: "Create" }).click();
  await expect(page.getByRole("heading", { name: "To be renamed" })).toBeVisible();
  await page.getByRole("link", { name: "Back to journeys" }).click();

  await page.getByRole("button", { name: "Rename To be renamed" }).click();
  await page.getByLabel("New name").fill("Renamed journey");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("link", { name: "Renamed journey", exact: true })).toBeVisible();

  await page.getByRole("button", { name: "Duplicate Renamed journey" }).click();
  await expect(page.getByRole("link", { name: "Renamed journey (copy)" })).toBeVisible();

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Archive Renamed journey (copy)" }).click();
  await expect(page.getByRole("link", { name: "Renamed journey (copy)" })).toHaveCount(0);
  await page.getByRole("link", { name: "Show archived" }).click();
  await expect(page.getByRole("link", { name: "Renamed journey (copy)" })).toBeVisible();
});

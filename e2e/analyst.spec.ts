import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("an analyst reads journeys but cannot edit them, in the UI or through the API", async ({ page }) => {
  await signIn(page, "analyst");
  await expect(page.getByText("Read-only.")).toBeVisible();
  await expect(page.getByRole("button", { name: "New journey" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Rename / })).toHaveCount(0);

  await page.getByRole("link", { name: "Cart recovery cascade" }).click();
  await expect(page.locator(".react-flow__node").first()).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Node palette" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath("editor-read-only"), fullPage: true });

  // The same session cookie against the API: reads work, every write is 403.
  const id = page.url().split("/").pop()!;
  const read = await page.request.get(`/api/v1/journeys/${id}`);
  expect(read.status()).toBe(200);
  const journey = await read.json();
  const put = await page.request.put(`/api/v1/journeys/${id}`, { data: { name: "Hijacked", graph: journey.graph } });
  expect(put.status()).toBe(403);
  expect((await put.json()).error).toContain("forbidden");
  expect((await page.request.post("/api/v1/journeys", { data: { name: "Nope" } })).status()).toBe(403);
  expect((await page.request.delete(`/api/v1/journeys/${id}`)).status()).toBe(403);
  const after = await (await page.request.get(`/api/v1/journeys/${id}`)).json();
  expect(after.name).toBe(journey.name);
  expect(after.revision).toBe(journey.revision);
});

import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("a marketer builds a segment with a live estimate, saves, recomputes and opens a member", async ({ page }) => {
  const name = `VIP e2e ${Date.now().toString(36)}`;
  await signIn(page, "marketer");
  await page.getByRole("link", { name: "Segments" }).click();
  await expect(page.getByRole("heading", { name: "Segments", exact: true })).toBeVisible();
  // The demo's segments are computed at seed time.
  await expect(page.getByTestId("segment-row").filter({ hasText: "Recent purchasers (7 days)" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("segments-list"), fullPage: true });

  await page.getByRole("link", { name: "New segment" }).click();
  await page.getByLabel("Segment name").fill(name);
  await page.getByLabel("Description").fill("Customers on the pro plan");
  const count = page.getByTestId("estimate-count");
  // A blank rule cannot be counted yet: the panel says what to finish.
  await expect(page.getByRole("status").filter({ hasText: "Finish the rules to see the size" })).toBeVisible();

  await page.getByLabel("Condition 1 trait").fill("plan");
  await page.getByRole("textbox", { name: "Condition 1 value", exact: true }).fill("free");
  const free = await page.request.post("/api/v1/segments/estimate", { data: { definition: { kind: "all", conditions: [{ kind: "trait", path: "plan", op: "equals", value: "free" }] } } });
  const freeCount = ((await free.json()) as { count: number }).count;
  await expect(count).toHaveText(freeCount.toLocaleString("en"));

  await page.getByRole("textbox", { name: "Condition 1 value", exact: true }).fill("pro");
  const pro = await page.request.post("/api/v1/segments/estimate", { data: { definition: { kind: "all", conditions: [{ kind: "trait", path: "plan", op: "equals", value: "pro" }] } } });
  const proCount = ((await pro.json()) as { count: number }).count;
  expect(proCount).toBeGreaterThan(0);
  expect(proCount).not.toBe(freeCount);
  await expect(count).toHaveText(proCount.toLocaleString("en"));
  await expect(page.getByLabel("Segment definition in words")).toContainText('plan is "pro"');
  await page.screenshot({ path: screenshotPath("segment-editor-new"), fullPage: true });

  await page.keyboard.press("Control+s");
  await expect(page).toHaveURL(/\/segments\/[^/]+$/);
  const bar = page.getByRole("progressbar", { name: "Recompute" });
  // Creating it started the first recompute; let it finish, then run another by hand.
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  const started = page.waitForResponse((r) => r.url().endsWith("/recompute") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Recompute" }).click();
  expect((await started).status()).toBe(202);
  // The bar now follows the new job: it starts from nothing and fills up.
  await expect(bar).toHaveAttribute("aria-valuenow", "0");
  await expect(bar).toHaveAttribute("aria-valuenow", "100", { timeout: 30_000 });
  await expect(page.getByText(`${proCount.toLocaleString("en")} members:`)).toBeVisible();
  await expect(page.getByTestId("member-count")).toHaveText(proCount.toLocaleString("en"));
  const rows = page.getByTestId("segment-member-row");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBe(Math.min(25, proCount));
  await expect(count).toHaveText(proCount.toLocaleString("en"));
  await expect(page.getByRole("button", { name: "Recompute" })).toBeEnabled();
  await page.screenshot({ path: screenshotPath("segment-editor"), fullPage: true });

  // The list shows the new segment with its members.
  await page.getByRole("link", { name: "Segments", exact: true }).first().click();
  await expect(page.getByTestId("segment-row").filter({ hasText: name })).toContainText(proCount.toLocaleString("en"));
  await page.getByRole("link", { name }).click();

  const first = page.getByTestId("segment-member-row").first().getByRole("link");
  const href = await first.getAttribute("href");
  expect(href).toMatch(/^\/profiles\/[^/]+$/);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
});

test("an analyst reads a segment but cannot change it", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/segments");
  await expect(page.getByRole("link", { name: "New segment" })).toHaveCount(0);
  await page.getByRole("link", { name: "Reachable by SMS" }).click();
  await expect(page.getByText("Read-only.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Recompute" })).toHaveCount(0);
  await expect(page.getByTestId("estimate-count")).toHaveText(/\d/);
});

test("an empty workspace offers example segments to start from", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByLabel("Workspace").selectOption({ label: "Sandbox (admin)" });
  // The switch is a form post: the Journeys heading shows before and after it, so wait until a
  // freshly loaded /segments is the sandbox's own (no spec makes segments there).
  await expect
    .poll(async () => {
      await page.goto("/segments");
      return page.getByLabel("Workspace").locator("option:checked").textContent();
    })
    .toBe("Sandbox (admin)");
  await expect(page.getByTestId("segment-row")).toHaveCount(0);
  await expect(page.getByText("Create your first segment")).toBeVisible();
  await page.screenshot({ path: screenshotPath("segments-empty"), fullPage: true });
  await page.getByRole("link", { name: /^Pro plan/ }).click();
  await expect(page.getByLabel("Segment name")).toHaveValue("Pro plan");
  await expect(page.getByLabel("Segment definition in words")).toContainText('plan is one of "pro", "team"');
  await expect(page.getByTestId("estimate-count")).toHaveText("0");
});

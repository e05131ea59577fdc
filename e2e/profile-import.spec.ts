import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("a marketer imports profiles from a CSV file and sees the bad row by its line", async ({ page }) => {
  const tag = `e2e-import-${Date.now().toString(36)}`;
  const csv = ["email,first_name,plan,sms_consent", `${tag}-ada@example.com,Ada,pro,yes`, "not-an-email,Bob,free,", `${tag}-grace@example.com,Grace,free,no`].join("\n");

  await signIn(page, "marketer");
  await page.goto("/profiles/import");
  await expect(page.getByRole("heading", { name: "Import profiles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download an example CSV" })).toHaveAttribute("download", "waymark-import-example.csv");
  await page.screenshot({ path: screenshotPath("profile-import-before"), fullPage: true });

  await page.getByLabel("CSV file").setInputFiles({ name: `${tag}.csv`, mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByTestId("import-drop-zone")).toContainText(`${tag}.csv`);
  await page.getByRole("button", { name: "Import profiles" }).click();

  await expect(page.getByRole("progressbar", { name: "Upload" })).toHaveAttribute("aria-valuenow", "100");
  const processing = page.getByRole("progressbar", { name: `Importing ${tag}.csv` });
  await expect(processing).toHaveAttribute("aria-valuetext", /^succeeded/);
  await expect(processing).toHaveAttribute("aria-valuenow", "100");
  await expect(page.getByText("2 of 3 rows imported: 2 new profiles, 0 existing updated. 1 row skipped.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the error report (CSV)" })).toBeVisible();

  const failed = page.getByRole("table", { name: "Failed rows" });
  await expect(failed.getByRole("row")).toHaveCount(2);
  await expect(failed.getByRole("row").nth(1)).toContainText("3");
  await expect(failed.getByRole("row").nth(1)).toContainText("email");
  await expect(failed.getByRole("row").nth(1)).toContainText("is not a valid email address");
  // line, column and reason only: the cell's value is never stored or shown (it would outlive the person)
  await expect(failed).not.toContainText("not-an-email");

  // the recent imports list picks the finished import up
  const recent = page.getByTestId("import-row").filter({ hasText: `${tag}.csv` });
  await expect(recent).toContainText("succeeded");
  await page.screenshot({ path: screenshotPath("profile-import-after"), fullPage: true });
  await page.locator("section[aria-labelledby=recent-imports]").screenshot({ path: screenshotPath("profile-import-recent") });

  const found = await page.request.get(`/api/v1/profiles?email=${encodeURIComponent(`${tag}-ada@example.com`)}`);
  expect(found.status()).toBe(200);
  const { profiles } = (await found.json()) as { profiles: { id: string; traits: Record<string, unknown> }[] };
  expect(profiles).toHaveLength(1);
  expect(profiles[0]?.traits).toMatchObject({ first_name: "Ada", plan: "pro" });
});

test("an analyst sees imports but cannot start one, in the UI or through the API", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/profiles/import");
  await expect(page.getByText("Your role can read profiles and imports but not import.")).toBeVisible();
  await expect(page.getByLabel("CSV file")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Import profiles" })).toHaveCount(0);
  const refused = await page.request.post("/api/v1/profiles/import?fileName=x.csv", { headers: { "content-type": "text/csv" }, data: "email\nanalyst-import@example.com\n" });
  expect(refused.status()).toBe(403);
});

test("a CSV file dropped on the upload area is picked for import", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/profiles/import");
  const zone = page.getByTestId("import-drop-zone");
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(["email\ndropped@example.com\n"], "dropped-people.csv", { type: "text/csv" }));
    return transfer;
  });
  await zone.dispatchEvent("dragover", { dataTransfer });
  await zone.dispatchEvent("drop", { dataTransfer });
  await expect(zone).toContainText("dropped-people.csv");
  await expect(page.getByRole("button", { name: "Import profiles" })).toBeEnabled();
});

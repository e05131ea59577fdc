import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "waymark-demo";
export type TDemoUser = "admin" | "marketer" | "analyst";

/** Signs in through the real form as one of the seeded demo users. */
export async function signIn(page: Page, who: TDemoUser | string, password = DEMO_PASSWORD): Promise<void> {
  const email = who.includes("@") ? who : `${who}@waymark.test`;
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Journeys", exact: true })).toBeVisible();
}

/** Where screenshots for humans to look at go (kept out of git). */
export function screenshotPath(name: string): string {
  return `test-results/screens/${name}.png`;
}

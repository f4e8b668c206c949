import { login as portalLogin } from "@ontwikkelpad/playwright";
import { expect, type Page } from "@playwright/test";

/** The demo accounts of packages/db's seed (src/seed/demo.ts). */
export const KINDERRIJK_HR = "hr@kinderrijk.demo";
export const ZONNEBLOEM_HR = "hr@zonnebloem.demo";

export async function login(page: Page, email: string, password?: string) {
  await portalLogin(page, "/werkgever", email, password);
}

/** Logs in and waits for the team page. */
export async function loginToTeam(page: Page, email = KINDERRIJK_HR) {
  await login(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await expect(page).toHaveURL(/\/werkgever\/?$/);
}

/** The id of a person in the team table, from their row's link. */
export async function personIdFromTeam(page: Page, name: RegExp | string): Promise<string> {
  const href = await page.getByRole("link", { name }).first().getAttribute("href");
  const id = href?.match(/\/werkgever\/personen\/([^/?#]+)/)?.[1];
  if (!id) throw new Error(`no person link for ${String(name)}: ${href}`);
  return id;
}

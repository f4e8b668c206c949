import { login } from "@ontwikkelpad/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Logs in on the school portal and, once its landing page shows (leaving earlier could lose the
 * session), opens a page from the main menu.
 */
export async function openSchoolPage(page: Page, email: string, menuItem: string, heading = menuItem) {
  await login(page, "/school", email);
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: menuItem, exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** Logs in on the werkgever portal as Kinderrijk's HR and opens a person's page through the team list. */
export async function openEmployerPerson(page: Page, name: string) {
  await login(page, "/werkgever", "hr@kinderrijk.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await page
    .getByRole("link", { name: new RegExp(name) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(name) })).toBeVisible();
}

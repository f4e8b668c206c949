import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { loginToTeam, menuLink } from "./helpers.ts";

test("an unknown path shows 'niet gevonden' inside the portal, with a way back", async ({ page }) => {
  await loginToTeam(page);
  await page.goto("/werkgever/bestaat-niet");
  await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  await page.getByRole("link", { name: "Naar de startpagina van Werkgever" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
});

test("a page that cannot be loaded shows a Dutch message and a way back", async ({ page }) => {
  await loginToTeam(page);
  // As after an update of the portal: the page's part is no longer on the server.
  await page.route(/\/werkgever\/assets\/OrganizationPage-[^/]+\.js$/, (route) => route.abort());
  await menuLink(page, "Organisatie").click();
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { level: 1, name: "Er ging iets mis" })).toBeVisible();
  await expect(alert.getByRole("button", { name: "Pagina opnieuw laden" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await alert.getByRole("link", { name: "Naar de startpagina van Werkgever" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
});

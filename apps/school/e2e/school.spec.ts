import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("an opleidingsadviseur logs in and sees the school's training offers", async ({ page }) => {
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  const table = page.getByRole("table", { name: "Scholingsaanbod van de school" });
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await page.getByLabel("Zoek in het aanbod").fill("praktijkverklaring");
  await expect(table.getByRole("row", { name: /Praktijkverklaring/i }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("an employer's account cannot use the school portal", async ({ page }) => {
  await login(page, "/school", "hr@kinderrijk.demo");
  await expect(page.getByRole("alert")).toContainText("ander soort organisatie");
});

test("the login page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/school/inloggen");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("a regional coordinator sees aggregates, with small numbers hidden", async ({ page }) => {
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Regio-overzicht" })).toBeVisible();
  const bySteps = page.getByRole("table", { name: "Lopende Ontwikkelpaden per stap" });
  await expect(bySteps.getByRole("row")).toHaveCount(9);
  await expect(bySteps).toContainText("<5");
  // Aggregates only: no names of people anywhere.
  await expect(page.getByText("Miriam")).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a school account cannot use the region portal", async ({ page }) => {
  await login(page, "/regio", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("alert")).toContainText("ander soort organisatie");
});

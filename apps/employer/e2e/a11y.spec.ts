import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loginToTeam } from "./helpers.ts";

/** Serious and critical WCAG 2.1 A/AA violations, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("login, team and person pages have no serious accessibility violations", async ({ page }) => {
  test.setTimeout(90_000); // four axe scans
  await page.goto("/werkgever/inloggen");
  await expect(page.getByRole("heading", { name: "Inloggen" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await loginToTeam(page);
  await expect(page.getByRole("table")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  await expect(page.getByRole("form", { name: "Persoon toevoegen" }).getByLabel("Functie")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("link", { name: /Ellen/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Ellen/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

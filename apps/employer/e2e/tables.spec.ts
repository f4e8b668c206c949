import { expect, test } from "@playwright/test";
import { expectFullyInView, loginToTeam } from "./helpers.ts";

for (const width of [390, 768, 1024, 1280]) {
  test(`at ${width} px the tables keep their actions and names in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await loginToTeam(page);
    await page.goto("/werkgever/vacatures");

    const vacancies = page.getByRole("table", { name: "Vacatures van je organisatie" });
    const close = vacancies.getByRole("button", { name: /^Sluiten / });
    await expect(close.first()).toBeVisible();
    for (const button of await close.all()) await expectFullyInView(page, button);

    // Every referral's answer buttons, or the link to the hired candidate, are in view.
    const referrals = page.getByRole("table", { name: /Kandidaten die het regioloket/ });
    const answers = referrals
      .locator("tbody")
      .getByRole("button")
      .or(referrals.locator("tbody").getByRole("link"));
    await expect(answers.first()).toBeVisible();
    for (const answer of await answers.all()) await expectFullyInView(page, answer);

    // After an action the vacancy's title is still in view next to its button.
    const row = vacancies
      .getByRole("row")
      .filter({ has: page.getByRole("button", { name: /^Sluiten / }) })
      .first();
    await row.getByRole("button").click();
    await page.getByRole("dialog").getByRole("button", { name: "Annuleren" }).click();
    await expectFullyInView(page, row.getByRole("cell").first());
    await expectFullyInView(page, row.getByRole("button"));

    // The dashboard's tables fit a phone: no table is cut off at its right edge.
    await page.goto("/werkgever/dashboard");
    await expect(page.getByRole("table", { name: /Groepshulpen en de subsidie/ })).toBeVisible();
    const clipped = await page
      .locator(".table-scroll.stacked")
      .evaluateAll((boxes) => boxes.filter((b) => b.scrollWidth > b.clientWidth).length);
    if (width < 640) expect(clipped).toBe(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
}

import { login, pageProblems, PHONE } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

// The journeys of the school's roles that no other spec walks; the README lists every role's journey.
test.use({ viewport: PHONE });

test("on a phone, the mentor team's docent opens the class from the menu and writes a learner's weekly reflection", async ({
  page,
}) => {
  test.setTimeout(90_000); // an axe scan after each step
  await login(page, "/school", "docent@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  expect(await pageProblems(page)).toEqual([]);

  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Klassen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Klassen" })).toBeVisible();
  expect(await pageProblems(page)).toEqual([]);
  await page.getByRole("link", { name: "PMK-BBL Rijnmond 2026" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "PMK-BBL Rijnmond 2026" })).toBeVisible();

  // A week and a text of this test alone: the reflections of other specs stay as they are.
  const text = `Fenna begeleidde de overdracht aan de ouders zelf (${Date.now()}); volgende week het verslag.`;
  const note = page.getByRole("form", { name: "Reflectie schrijven" });
  await note.getByLabel("Week").fill("2026-W50");
  await note.getByLabel("Deelnemer").selectOption({ label: "Fenna Dekker" });
  await note.getByLabel("Wat bespraken jullie?").fill(text);
  expect(await pageProblems(page)).toEqual([]);
  await note.getByRole("button", { name: "Reflectie opslaan" }).click();

  await expect(note.getByText("De reflectie is opgeslagen.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Week 50, 2026" })).toContainText(text);
  expect(await pageProblems(page)).toEqual([]);
});

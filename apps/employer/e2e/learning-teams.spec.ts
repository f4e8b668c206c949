import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { menuLink } from "./helpers.ts";

test("a host organisation sees its learning team, the students' goals and meetings, not the schools' assessments", async ({
  page,
}) => {
  await login(page, "/werkgever", "hr@raster.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await menuLink(page, "Leerteams").click();
  const teams = page.getByRole("table", { name: "Leerteams bij jouw organisatie" });
  await expect(teams.getByRole("row", { name: /Leerteam Kind centraal Deventer/ })).toContainText(
    "Aventus, Hogeschool Saxion",
  );
  await page.getByRole("link", { name: "Leerteam Kind centraal Deventer" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Leerteam Kind centraal Deventer" }),
  ).toBeVisible();
  const lieke = page.getByRole("article", { name: "Lieke Jansen" });
  await expect(lieke).toContainText("oudergesprek");
  await expect(lieke).not.toContainText("Lieke bereidde het gesprek goed voor");
  await expect(page.getByText(/Kennismaking/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

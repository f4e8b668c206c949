import { DEMO_EMPLOYEE_VIEW_TOKEN, login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

test("a host organisation sees its learning team, the students' goals and meetings, not the schools' assessments", async ({
  page,
}) => {
  await login(page, "/werkgever", "hr@raster.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Leerteams" }).click();
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

test("a student opens her own view, sees her team and her own goals, and writes a reflection her school reads", async ({
  browser,
}) => {
  test.setTimeout(60_000); // an axe scan on a phone
  // Noa Brinkman, Aventus's learner at Raster, opens the link HR gave her on her phone, without an account.
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await page.goto(`/werkgever/mijn-pad/${DEMO_EMPLOYEE_VIEW_TOKEN}`);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn Ontwikkelpad" })).toBeVisible();
  const team = page.getByRole("region", { name: "Mijn leerteam: Leerteam Kind centraal Deventer" });
  await expect(team).toContainText("Raster Kinderopvang");
  await expect(team).toContainText("Aventus, Hogeschool Saxion");
  await expect(team).toContainText("Noa observeert nauwkeurig");
  // Only her own goals: not Lieke's, whose assessment is Saxion's.
  await expect(team).not.toContainText("oudergesprek");

  const write = team.getByRole("form", { name: "Reflectie schrijven" });
  await write.getByRole("button", { name: "Reflectie opslaan" }).click();
  await expect(write.getByText("Schrijf je reflectie in een paar zinnen.")).toBeVisible();
  await write.getByLabel("Over leerdoel").selectOption({ label: "Signaleren en doorverwijzen" });
  await write
    .getByLabel("Je reflectie")
    .fill("Vandaag besprak ik mijn observatie eerst met Jesse; samen zagen we dat de peuter moe was.");
  await write.getByRole("button", { name: "Reflectie opslaan" }).click();
  await expect(team.getByText(/samen zagen we dat de peuter moe was/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

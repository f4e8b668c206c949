import { DEMO_EMPLOYEE_VIEW_TOKEN, login, seriousViolations } from "@ontwikkelpad/playwright";
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

test("the host names a practice supervisor on its team, the schools read her, and removing asks first", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two portals
  await login(page, "/werkgever", "hr@raster.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();
  await menuLink(page, "Leerteams").click();
  await page.getByRole("link", { name: "Leerteam Kind centraal Deventer" }).click();
  const supervisors = page.getByRole("list", { name: "Praktijkbegeleiders van het leerteam" });
  await expect(supervisors).toContainText("Ilse Kamphuis, Pedagogisch coach");

  const form = page.getByRole("form", { name: "Praktijkbegeleider toevoegen" });
  await form.getByRole("button", { name: "Praktijkbegeleider toevoegen" }).click();
  await expect(form.getByText("Vul de naam van de praktijkbegeleider in.")).toBeVisible();
  await form.getByLabel("Naam").fill("Wendy Hofman");
  await form.getByLabel("Functie").fill("Locatiemanager");
  await form.getByLabel("E-mailadres").fill("wendy.hofman@raster.demo");
  await form.getByRole("button", { name: "Praktijkbegeleider toevoegen" }).click();
  await expect(page.getByText("Wendy Hofman is toegevoegd als praktijkbegeleider.")).toBeVisible();
  await expect(supervisors.getByRole("listitem").filter({ hasText: "Wendy Hofman" })).toContainText(
    "Locatiemanager · wendy.hofman@raster.demo",
  );
  expect(await seriousViolations(page)).toEqual([]);

  // The team's schools read the host's supervisors on their own team page.
  const school = await (await browser.newContext()).newPage();
  await login(school, "/school", "opleidingsadviseur@saxion.demo");
  await expect(school.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await school.goto(page.url().replace("/werkgever/", "/school/"));
  const named = school.getByRole("list", { name: "Praktijkbegeleiders van Raster Kinderopvang" });
  await expect(named).toContainText("Wendy Hofman, Locatiemanager");
  await expect(named.getByRole("link", { name: "wendy.hofman@raster.demo" })).toHaveAttribute(
    "href",
    "mailto:wendy.hofman@raster.demo",
  );

  await page.getByRole("button", { name: "Wendy Hofman verwijderen" }).click();
  const dialog = page.getByRole("dialog", { name: "Wendy Hofman verwijderen als praktijkbegeleider?" });
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(supervisors).toContainText("Wendy Hofman");
  await page.getByRole("button", { name: "Wendy Hofman verwijderen" }).click();
  await dialog.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByText("Wendy Hofman is verwijderd uit het leerteam.")).toBeVisible();
  await expect(supervisors).not.toContainText("Wendy Hofman");
  await school.reload();
  await expect(named).not.toContainText("Wendy Hofman");
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

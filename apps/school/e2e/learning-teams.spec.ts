import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";

const openLearningTeams = async (page: Page, email: string) => {
  await login(page, "/school", email);
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Leerteams" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leerteams" })).toBeVisible();
};

test("Aventus makes a learning team at Raster and invites Saxion, which takes up the invitation and adds its student", async ({
  page,
}) => {
  test.setTimeout(90_000); // two schools' logins, four forms and an axe scan
  await openLearningTeams(page, "opleidingsadviseur@aventus.demo");
  await page.getByRole("button", { name: "Leerteam maken" }).click();
  const form = page.getByRole("form", { name: "Leerteam maken" });
  await form.getByRole("button", { name: "Leerteam opslaan" }).click();
  await expect(form.getByText("Geef het leerteam een naam van minstens twee tekens.")).toBeVisible();
  await form.getByLabel("Naam").fill("Leerteam BSO De Vlinder");
  await form
    .getByLabel("Gastorganisatie", { exact: true })
    .selectOption({ label: "Raster Kinderopvang (Deventer)" });
  await form.getByLabel("Teamcoach").fill("Marieke Hulshof");
  await form.getByLabel("Begindatum").fill("2026-09-01");
  await form.getByLabel("Einddatum").fill("2027-06-30");
  await form
    .getByLabel("Vraag van de gastorganisatie")
    .fill("Hoe sluit de BSO aan op wat de school overdag met de kinderen doet?");
  await form.getByRole("button", { name: "Leerteam opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leerteam BSO De Vlinder" })).toBeVisible();

  const invite = page.getByRole("form", { name: "Partnerschool uitnodigen" });
  await invite.getByLabel("Partnerschool").selectOption({ label: "Hogeschool Saxion" });
  await invite.getByRole("button", { name: "Uitnodigen" }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Hogeschool Saxion (uitgenodigd)" }),
  ).toBeVisible();
  // Aventus adds its own learner from its enrolments: her programme follows from what she is enrolled for.
  const addLearner = page.getByRole("form", { name: "Student toevoegen" });
  await addLearner.getByLabel("Zoeken op naam").fill("brink");
  await addLearner
    .getByLabel("Deelnemer")
    .selectOption({ label: "Noa Brinkman (Pedagogisch medewerker kinderopvang)" });
  await expect(addLearner.getByLabel("Naam van de student")).toHaveCount(0);
  await expect(addLearner.getByLabel("Opleiding")).toHaveValue("mbo-pedagogisch-medewerker-kinderopvang");
  await addLearner.getByRole("button", { name: "Student toevoegen" }).click();
  await expect(page.getByRole("article", { name: "Noa Brinkman" })).toContainText("Aventus");
  expect(await seriousViolations(page)).toEqual([]);

  await openLearningTeams(page, "opleidingsadviseur@saxion.demo");
  const teams = page.getByRole("table", { name: "Leerteams van de school" });
  await expect(teams.getByRole("row", { name: /Leerteam BSO De Vlinder/ })).toContainText("Uitgenodigd");
  await teams
    .getByRole("row", { name: /Leerteam BSO De Vlinder/ })
    .getByRole("link")
    .first()
    .click();
  await page.getByRole("button", { name: "Uitnodiging aannemen" }).click();
  const addStudent = page.getByRole("form", { name: "Student toevoegen" });
  await addStudent.getByLabel("Naam van de student").fill("Jip Smit");
  await addStudent.getByLabel("Opleiding").selectOption({ label: "Leraar basisonderwijs (pabo)" });
  await addStudent.getByRole("button", { name: "Student toevoegen" }).click();
  await expect(page.getByRole("article", { name: "Jip Smit" })).toContainText("Hogeschool Saxion");
});

test("Deventer's team is run and closed: each school sets and assesses only its own students' goals", async ({
  page,
}) => {
  test.setTimeout(90_000); // two schools' logins, four forms and an axe scan
  await openLearningTeams(page, "opleidingsadviseur@aventus.demo");
  await page.getByRole("link", { name: "Leerteam Kind centraal Deventer" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Leerteam Kind centraal Deventer" }),
  ).toBeVisible();

  const sem = page.getByRole("article", { name: "Sem Kuipers" });
  const goal = sem.getByRole("form", { name: "Leerdoel voor Sem Kuipers" });
  await goal.getByLabel("Competentie of werkproces").selectOption({ label: "In gesprek met ouders" });
  await goal.getByLabel("Wat wil de student leren?").fill("Ik vertel een ouder wat de groep vandaag deed.");
  await goal.getByRole("button", { name: "Leerdoel opslaan" }).click();
  await expect(sem).toContainText("Ik vertel een ouder wat de groep vandaag deed.");
  const assess = sem.getByRole("form", { name: "Beoordelen: In gesprek met ouders" });
  await assess.getByLabel("Beoordeling").fill("Sem vertelt rustig en concreet wat hij zag.");
  await assess.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(sem).toContainText("Beoordeling: Sem vertelt rustig en concreet wat hij zag.");

  // Another school's student: her name and programme, not her goals or their assessment.
  await expect(page.getByRole("article", { name: "Lieke Jansen" })).not.toContainText("Beoordeling");
  // The reflection Noa wrote in her own view, on her card for her own school.
  await expect(page.getByRole("region", { name: "Reflecties van Noa Brinkman" })).toContainText(
    "Door het gesprek met Lieke",
  );

  const meeting = page.getByRole("form", { name: "Overleg vastleggen" });
  await meeting.getByLabel("Datum").fill("2026-11-17");
  await meeting.getByLabel("Verslag").fill("Oudergesprekken voorbereid met de pabo-studenten.");
  await meeting.getByRole("button", { name: "Verslag opslaan" }).click();
  await expect(page.getByText("Oudergesprekken voorbereid met de pabo-studenten.")).toBeVisible();

  const close = page.getByRole("form", { name: "Leerteam afsluiten" });
  await close.getByRole("button", { name: "Leerteam afsluiten" }).click();
  await expect(close.getByText(/Beschrijf het product/)).toBeVisible();
  await close
    .getByLabel("Product van het team")
    .fill("Een signaleringskaart voor peuters, met een gespreksleidraad voor ouders.");
  await close.getByRole("button", { name: "Leerteam afsluiten" }).click();
  await expect(page.getByText(/Afgesloten op/)).toBeVisible();
  await expect(
    page.getByText("Een signaleringskaart voor peuters, met een gespreksleidraad voor ouders."),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await openLearningTeams(page, "opleidingsadviseur@saxion.demo");
  await page.getByRole("link", { name: "Leerteam Kind centraal Deventer" }).click();
  await expect(page.getByRole("article", { name: "Sem Kuipers" })).not.toContainText("Sem vertelt rustig");
  await expect(page.getByRole("article", { name: "Lieke Jansen" })).toContainText("Beoordeling: Lieke");
  // Saxion reads nothing of Aventus's student's reflections.
  await expect(page.getByRole("article", { name: "Noa Brinkman" })).not.toContainText("Door het gesprek");
});

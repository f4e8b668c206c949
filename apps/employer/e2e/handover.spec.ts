import { seriousViolations, visibleTextProblems } from "@ontwikkelpad/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { loginToTeam, mutate, query, ZONNEBLOEM_HR } from "./helpers.ts";

const ZONNEBLOEM = "Kinderopvang Zonnebloem";
const PMK = "Pedagogisch medewerker kinderopvang";
const PERSPECTIVE = "Pedagogisch medewerker op de babygroep.";

interface Route {
  id: string;
  steps: { credentialId: string; learningRoute: string }[];
}

/**
 * Kinderrijk's HR adds an employee and plans their path: towards pedagogisch medewerker, by the route
 * that starts with the PMK diploma in BBL, with a career perspective and an ambition. Returns the person's id.
 */
async function employeeOnPath(page: Page, givenName: string, familyName: string) {
  const { id: personId } = await mutate<{ id: string }>(page.request, "employer.persons.create", {
    kind: "STAFF",
    givenName,
    familyName,
    functionId: "groepshulp",
    hoursPerWeek: 24,
    contractStart: "2026-01-05",
  });
  const { id: pathId } = await mutate<{ id: string }>(page.request, "employer.paths.start", { personId });
  const goal = { kind: "function", functionId: "pedagogisch-medewerker" };
  const { routes } = await query<{ routes: Route[] }>(page, "employer.paths.routes", { personId, goal });
  const route = routes.find((r) => r.steps[0]?.credentialId === "PMK" && r.steps[0].learningRoute === "BBL");
  if (!route) throw new Error(`no route via PMK in BBL: ${routes.map((r) => r.id).join(", ")}`);
  const save = (data: object) => mutate(page.request, "employer.paths.save", { pathId, data });
  await save({ step: 2, careerPerspective: PERSPECTIVE });
  await save({ step: 3, ambition: "Zelfstandig een groep draaien." });
  await save({
    step: 4,
    goalFunctionId: "pedagogisch-medewerker",
    goalCredentialId: "PMK",
    routeId: route.id,
    learningRoute: "BBL",
  });
  return { personId };
}

/** Kinderrijk's HR archives the person as moving to Zonnebloem, with or without the consent to share. */
async function archiveAsMoved(page: Page, personId: string, name: string, consent: boolean) {
  await page.goto(`/werkgever/personen/${personId}`);
  await page.getByRole("button", { name: "Archiveren" }).click();
  const dialog = page.getByRole("dialog", { name: `${name} archiveren?` });
  await dialog
    .getByLabel(`Waarom gaat ${name} weg?`)
    .selectOption({ label: "Gaat naar een andere werkgever" });
  await dialog.getByLabel("Zoek de nieuwe werkgever").fill("zonneb");
  await dialog.getByLabel("Nieuwe werkgever (optioneel)").selectOption({ label: ZONNEBLOEM });
  const consentBox = dialog.getByLabel(
    `${name} geeft toestemming om het Ontwikkelpad te delen met ${ZONNEBLOEM}`,
  );
  await expect(consentBox).not.toBeChecked();
  await expect(dialog).toContainText("Gedeeld worden het doel, de route en de leerweg");
  if (consent) {
    await consentBox.check();
    expect(await seriousViolations(page)).toEqual([]);
  }
  await dialog.getByLabel("Reden").fill(`Gaat werken bij ${ZONNEBLOEM}`);
  await dialog.getByRole("button", { name: "Archiveren" }).click();
  await expect(page.getByText(`${name} is gearchiveerd.`)).toBeVisible();
}

/** Zonnebloem's HR, logged in on a page of its own, on the dashboard. */
async function zonnebloemDashboard(browser: Browser) {
  // A context of its own: axe scans only a page of a context the test made (not browser.newPage()).
  const page = await (await browser.newContext()).newPage();
  await loginToTeam(page, ZONNEBLOEM_HR);
  await page.goto("/werkgever/dashboard");
  const section = page.getByRole("region", { name: "Overgedragen paden" });
  await expect(section.getByText("Overgedragen paden laden…")).toHaveCount(0);
  return { page, section };
}

test("a person who moves with consent takes their path along: the new employer continues it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const familyName = `Overstap${Date.now()}`;
  const name = `Noor ${familyName}`;
  await loginToTeam(page);
  const { personId } = await employeeOnPath(page, "Noor", familyName);
  await archiveAsMoved(page, personId, name, true);

  const zonnebloem = await zonnebloemDashboard(browser);
  // Zonnebloem takes the person on as one of its own first.
  await zonnebloem.page.goto("/werkgever/");
  await zonnebloem.page.getByRole("button", { name: "Persoon toevoegen" }).click();
  const form = zonnebloem.page.getByRole("form", { name: "Persoon toevoegen" });
  await form.getByLabel("Voornaam").fill("Noor");
  await form.getByLabel("Achternaam").fill(familyName);
  await form.getByLabel("Functie").selectOption({ label: "Groepshulp" });
  await form.getByLabel("Uren per week").fill("24");
  await form.getByRole("button", { name: "Persoon opslaan" }).click();
  await expect(zonnebloem.page.getByRole("link", { name: `Bekijk ${name}` })).toBeVisible();

  await zonnebloem.page.goto("/werkgever/dashboard");
  const row = zonnebloem.section.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Kinderrijk");
  await expect(row).toContainText(`Pedagogisch medewerker: ${PMK}`);
  // The route by its credentials' codes and titles, never by its id ("PMK:BBL").
  await expect(row).toContainText(`25696 ${PMK}`);
  await expect(row).toContainText("BBL");
  expect(visibleTextProblems(await row.innerText())).toEqual([]);
  await row.getByRole("button", { name: `Pad voortzetten voor ${name}` }).click();

  const dialog = zonnebloem.page.getByRole("dialog", { name: `Pad van ${name} voortzetten?` });
  await expect(dialog).toContainText(`In je team staat al iemand met de naam ${name}.`);
  await dialog.getByRole("button", { name: "Pad voortzetten" }).click();
  await expect(dialog.getByText("Kies de persoon uit je team bij wie dit pad hoort.")).toBeVisible();
  await dialog.getByLabel("Zoek de persoon in je team").fill(familyName);
  await dialog.getByRole("combobox", { name: "Persoon in je team" }).selectOption({ label: name });
  expect(await seriousViolations(zonnebloem.page)).toEqual([]);
  await dialog.getByRole("button", { name: "Pad voortzetten" }).click();

  await expect(zonnebloem.page).toHaveURL(/\/werkgever\/personen\/[^/]+\/ontwikkelpad$/);
  await expect(zonnebloem.page.getByRole("heading", { level: 2, name: /^Stap \d:/ })).toBeVisible();
  await expect(zonnebloem.page.locator(".path-summary")).toContainText(PMK);
  await zonnebloem.page.goto("/werkgever/dashboard");
  await expect(zonnebloem.section.getByRole("row", { name: new RegExp(name) })).toContainText(
    "Wordt hier voortgezet",
  );
  expect(await seriousViolations(zonnebloem.page)).toEqual([]);
  await zonnebloem.page.context().close();
});

test("a person who moves without consent shares nothing with the new employer", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const familyName = `Zonder${Date.now()}`;
  const name = `Sem ${familyName}`;
  await loginToTeam(page);
  const { personId } = await employeeOnPath(page, "Sem", familyName);
  await archiveAsMoved(page, personId, name, false);
  await page.goto(`/werkgever/personen/${personId}`);
  const history = page.getByRole("table", { name: `Afgesloten Ontwikkelpaden van ${name}` });
  await expect(history.getByRole("row").nth(1)).toContainText("Naar een andere werkgever");

  const zonnebloem = await zonnebloemDashboard(browser);
  await expect(zonnebloem.section.getByRole("heading", { name: "Overgedragen paden" })).toBeVisible();
  await expect(zonnebloem.section.getByText(familyName)).toHaveCount(0);
  await zonnebloem.page.context().close();
});

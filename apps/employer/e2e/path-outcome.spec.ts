import { DEMO_PASSWORD, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";
import { loginToTeam, mutate, personIdFromTeam, query } from "./helpers.ts";

const COMMITTEE = "examencommissie@maasoever.demo";
const C0125 = "Pedagogisch klimaat in de kinderopvang";

test("a path whose goal credential the person already holds is finished, offers a next goal and stays in the history", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000); // one axe scan
  await loginToTeam(page);
  // Rosa (the issuing demo) is not on a path: the school issues her C0125 first, then her new path
  // gets it as its goal, so the goal is met by a credential held before it was chosen.
  const rosaId = await personIdFromTeam(page, /Rosa Brouwer/);
  await mutate(request, "auth.login", { email: COMMITTEE, password: DEMO_PASSWORD });
  await mutate(request, "school.credentials.issue", { personId: rosaId, credentialId: "C0125" });

  await page.goto(`/werkgever/personen/${rosaId}/ontwikkelpad`);
  await page.getByRole("button", { name: "Ontwikkelpad starten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Stap 1:/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Pad afronden" })).toHaveCount(0);
  const { path } = await query<{ path: { id: string } }>(page, "employer.paths.get", { personId: rosaId });
  const goal = { goalFunctionId: null, goalCredentialId: "C0125", routeId: null, learningRoute: "BBL" };
  await mutate(page.request, "employer.paths.save", { pathId: path.id, data: { step: 4, ...goal } });

  await page.reload();
  const met = page.getByRole("note", { name: "Doel behaald" });
  await expect(met).toContainText(`Rosa Brouwer heeft het doel behaald: ${C0125}`);
  await met.getByRole("button", { name: "Pad afronden" }).click();
  const dialog = page.getByRole("dialog", { name: "Ontwikkelpad afronden?" });
  await expect(dialog).toContainText("met vandaag als einddatum");
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Pad afronden" }).click();

  await expect(page.getByText(/^Het Ontwikkelpad is afgerond op .+: Rosa Brouwer heeft/)).toContainText(
    C0125,
  );
  await expect(
    page.getByRole("button", { name: "Volgend doel kiezen: nieuw Ontwikkelpad starten" }),
  ).toBeVisible();

  await page.getByRole("link", { name: "← Terug naar Rosa Brouwer" }).click();
  const history = page.getByRole("table", { name: "Afgesloten Ontwikkelpaden van Rosa Brouwer" });
  const row = history.getByRole("row", { name: new RegExp(C0125) });
  await expect(row).toContainText("Afgerond: doel behaald");
  await expect(row.getByRole("cell", { name: C0125, exact: true })).toBeVisible();
});

test("archiving a person who moves to another employer records the move in their path's history", async ({
  page,
}) => {
  const familyName = `Verhuist${Date.now()}`;
  await loginToTeam(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  const form = page.getByRole("form", { name: "Persoon toevoegen" });
  await form.getByLabel("Voornaam").fill("Noor");
  await form.getByLabel("Achternaam").fill(familyName);
  await form.getByLabel("Functie").selectOption({ label: "Groepshulp" });
  await form.getByLabel("Locatie").selectOption({ label: "KDV De Boomhut" });
  await form.getByLabel("Uren per week").fill("24");
  await form.getByRole("button", { name: "Persoon opslaan" }).click();
  await page.getByRole("link", { name: `Bekijk Noor ${familyName}` }).click();
  await expect(page.getByText(`Noor ${familyName} heeft nog geen afgesloten Ontwikkelpad.`)).toBeVisible();
  const personUrl = page.url();

  await page.getByRole("link", { name: "Ontwikkelpad bekijken/bewerken" }).click();
  await page.getByRole("button", { name: "Ontwikkelpad starten" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Stap 1:/ })).toBeVisible();
  await page.goto(personUrl);

  await page.getByRole("button", { name: "Archiveren" }).click();
  const dialog = page.getByRole("dialog", { name: `Noor ${familyName} archiveren?` });
  await dialog.getByLabel(`Waarom gaat Noor ${familyName} weg?`).selectOption({
    label: "Gaat naar een andere werkgever",
  });
  await expect(dialog).toContainText(
    `Bij het Ontwikkelpad wordt vastgelegd dat Noor ${familyName} naar een andere werkgever gaat`,
  );
  await dialog.getByLabel("Reden").fill("Gaat werken bij een organisatie in Delft");
  await dialog.getByRole("button", { name: "Archiveren" }).click();
  await expect(page.getByText(`Noor ${familyName} is gearchiveerd.`)).toBeVisible();

  await page.goto(personUrl);
  const history = page.getByRole("table", { name: `Afgesloten Ontwikkelpaden van Noor ${familyName}` });
  await expect(history.getByRole("row").nth(1)).toContainText("Naar een andere werkgever");
});

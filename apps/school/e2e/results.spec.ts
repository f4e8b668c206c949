import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openEmployerPerson, openSchoolPage } from "./pages.ts";

const EXAMINER = "examinator@maasoever.demo";
const COMMITTEE = "examencommissie@maasoever.demo";
const OTHER_SCHOOL = "opleidingsadviseur@hofstad.demo";
const EXAM = "Praktijkexamen veilig klimaat";
const C0125 = "Pedagogisch klimaat in de kinderopvang";
const WORK_PROCESS = "B1-K1-W7 Zorgt voor een veilig pedagogisch klimaat";

async function openExams(page: Page, email: string) {
  await openSchoolPage(page, email, "Examens");
  return page.getByRole("table", { name: "Examenresultaten van de school" });
}

test("the examinator registers and assesses a result, the examencommissie establishes it and the learner's page counts it", async ({
  page,
  browser,
}) => {
  // A name of its own per attempt: a retry after a failure must not find the first attempt's result.
  const exam = `${EXAM} ${test.info().retry + 1}`;
  const results = await openExams(page, EXAMINER);
  // Fleur's hygiëne exam waits for the examencommissie: the examinator cannot establish it.
  const fleur = results.getByRole("row", { name: /Fleur Kuipers.*hygiënische/ });
  await expect(fleur).toContainText("Beoordeeld, wacht op vaststelling");
  await expect(fleur.getByRole("button", { name: /^Vaststellen/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("button", { name: "Examenresultaten vastleggen" }).click();
  const form = page.getByRole("form", { name: "Examenresultaten vastleggen" });
  await form.getByLabel("Opleiding").selectOption({ label: "Pedagogisch klimaat in de kinderopvang" });
  await form.getByRole("button", { name: "Resultaten opslaan" }).click();
  await expect(form.getByText("Kies minstens één werkproces.")).toBeVisible();
  await form.getByLabel("Naam van het examen").fill(exam);
  await form.getByLabel(WORK_PROCESS).check();
  await form.getByLabel("Bram Hendriks doet mee").check();
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole("button", { name: "Resultaten opslaan" }).click();
  await expect(form).toHaveCount(0);

  const bram = results.getByRole("row", { name: new RegExp(`Bram Hendriks.*${exam}`) });
  await expect(bram).toContainText("Aangemeld");
  await bram.getByRole("button", { name: `Beoordelen: ${exam}, Bram Hendriks` }).click();
  const assess = page.getByRole("form", { name: `Beoordelen: ${exam}, Bram Hendriks` });
  await assess.getByLabel("Uitslag").selectOption({ label: "behaald" });
  await assess.getByLabel("Examendatum").fill("2026-11-30");
  await assess.getByRole("button", { name: "Beoordelen", exact: true }).click();
  await expect(bram).toContainText("Beoordeeld, wacht op vaststelling");
  await expect(bram.getByRole("button", { name: /^Vaststellen/ })).toHaveCount(0);

  // A context of its own: axe scans need one.
  const context = await browser.newContext();
  const committee = await context.newPage();
  const list = await openExams(committee, COMMITTEE);
  await committee.getByLabel("Deelnemer", { exact: true }).selectOption({ label: "Bram Hendriks" });
  const row = list.getByRole("row", { name: new RegExp(`Bram Hendriks.*${exam}`) });
  await row.getByRole("button", { name: `Vaststellen: ${exam}, Bram Hendriks` }).click();
  await committee.getByRole("button", { name: "Vaststellen", exact: true }).click();
  const dialog = committee.getByRole("dialog", { name: "Vaststellen?" });
  await expect(dialog).toContainText("verandert niet meer");
  await dialog.getByRole("button", { name: "Ja, vaststellen" }).click();
  await expect(row).toContainText("Vastgesteld");
  await row.getByRole("button", { name: `Logboek: ${exam}, Bram Hendriks` }).click();
  const log = committee.getByRole("table", { name: "Statuswijzigingen van dit resultaat" });
  await expect(log.getByRole("row")).toHaveCount(4);
  await expect(log).toContainText("Hanneke Smit");
  await expect(log.getByRole("row").last()).toContainText("Wilma Hoekstra");
  expect(await seriousViolations(committee)).toEqual([]);

  await row.getByRole("link", { name: "Bram Hendriks" }).click();
  await expect(committee.getByRole("heading", { level: 1, name: "Bram Hendriks" })).toBeVisible();
  const progress = committee.getByRole("table", {
    name: "Voortgang per werkproces voor Pedagogisch klimaat in de kinderopvang",
  });
  const counted = progress.getByRole("row", { name: new RegExp(WORK_PROCESS) });
  await expect(counted).toContainText(`${exam}: vastgesteld, behaald`);
  await expect(counted).toContainText("Telt mee");
  await expect(committee.getByRole("list", { name: /Nog nodig voor Pedagogisch klimaat/ })).not.toContainText(
    WORK_PROCESS,
  );
  expect(await seriousViolations(committee)).toEqual([]);
  await context.close();
});

test("the Deelnemers list leads to a learner's progress, and another school's learner is refused by its address", async ({
  page,
  browser,
}) => {
  await openSchoolPage(page, EXAMINER, "Deelnemers");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Zoek op naam, werkgever of opleiding").fill("Fleur");
  await page
    .getByRole("table", { name: "Deelnemers van de school" })
    .getByRole("link", { name: "Fleur Kuipers" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Fleur Kuipers" })).toBeVisible();
  // Everything for C0125 is established except the hygiëne werkproces, which waits for the commissie.
  await expect(
    page.getByRole("list", { name: "Nog nodig voor Pedagogisch klimaat in de kinderopvang" }),
  ).toHaveText(/B1-K1-W10/);
  const learnerUrl = page.url();

  const other = await browser.newPage();
  await login(other, "/school", OTHER_SCHOOL);
  await expect(other.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await other.goto(learnerUrl);
  await expect(other.getByRole("alert")).toContainText("bestaat niet of hoort niet bij jouw school");
  await expect(other.getByText("Fleur Kuipers")).toHaveCount(0);
  await other.close();
});

test("once the examencommissie establishes Fleur's last result, it issues C0125 on that decision and the employer sees it on her page", async ({
  page,
  browser,
}) => {
  // The examencommissie establishes the hygiëne result that kept C0125 back.
  const list = await openExams(page, COMMITTEE);
  await page.getByLabel("Deelnemer", { exact: true }).selectOption({ label: "Fleur Kuipers" });
  const waiting = list.getByRole("row", { name: /Fleur Kuipers.*hygiënische/ });
  await waiting.getByRole("button", { name: /^Vaststellen: .*Fleur Kuipers$/ }).click();
  await page.getByRole("button", { name: "Vaststellen", exact: true }).click();
  await page
    .getByRole("dialog", { name: "Vaststellen?" })
    .getByRole("button", { name: "Ja, vaststellen" })
    .click();
  await expect(waiting).toContainText("Vastgesteld");

  // The examencommissie now finds her ready for the certificate and issues it after confirmation.
  const context = await browser.newContext();
  const issuer = await context.newPage();
  await openSchoolPage(issuer, COMMITTEE, "Uitgeven");
  await issuer.getByLabel("Zoek op naam, leerbedrijf of bewijs").fill("Fleur");
  await issuer
    .getByRole("table", { name: "Deelnemers van de school en wat ze nu kunnen krijgen" })
    .getByRole("link", { name: "Fleur Kuipers" })
    .click();
  const certificate = issuer.getByRole("region", { name: `Mbo-certificaat ${C0125} (C0125)` });
  await expect(certificate.getByText("Klaar om uit te geven")).toBeVisible();
  await certificate.getByRole("button", { name: "Mbo-certificaat C0125 uitgeven" }).click();
  await issuer
    .getByRole("dialog", { name: "Mbo-certificaat uitgeven?" })
    .getByRole("button", { name: "Ja, uitgeven" })
    .click();
  await expect(certificate.getByText("Uitgegeven", { exact: true })).toBeVisible();
  await context.close();

  // Kinderrijk sees the certificate on Fleur's page at once.
  const employer = await browser.newPage();
  await openEmployerPerson(employer, "Fleur Kuipers");
  const held = employer.getByRole("table", {
    name: /certificaten en praktijkverklaringen van Fleur Kuipers/,
  });
  await expect(held.getByRole("row", { name: new RegExp(C0125) })).toContainText("ROC De Maasoever");
  await employer.close();
});

test("the examinator registers a generiek-deel exam for a diploma, and the learner's page shows it per part", async ({
  page,
}) => {
  const PMK = "Pedagogisch medewerker kinderopvang";
  const results = await openExams(page, EXAMINER);
  await page.getByRole("button", { name: "Examenresultaten vastleggen" }).click();
  const form = page.getByRole("form", { name: "Examenresultaten vastleggen" });
  await form.getByLabel("Opleiding").selectOption({ label: PMK });
  await form.getByLabel("Generiek deel", { exact: true }).check();
  await form.getByLabel("Naam van het examen").fill("Rekenen 2F");
  await form.getByRole("button", { name: "Resultaten opslaan" }).click();
  await expect(form.getByText("Kies het onderdeel van het generiek deel.")).toBeVisible();
  await form.getByLabel("Rekenen", { exact: true }).check();
  await form.getByLabel("Examendatum").fill("2026-11-30");
  await form.getByLabel("Amira Bakkali doet mee").check();
  await form.getByLabel("Uitslag Amira Bakkali").selectOption({ label: "behaald" });
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole("button", { name: "Resultaten opslaan" }).click();
  await expect(form).toHaveCount(0);

  const amira = results.getByRole("row", { name: /Amira Bakkali.*Rekenen 2F/ });
  await expect(amira).toContainText("Generiek deel: Rekenen");
  await expect(amira).toContainText("Beoordeeld, wacht op vaststelling");
  await amira.getByRole("link", { name: "Amira Bakkali" }).click();
  const generiek = page.getByRole("table", { name: `Generiek deel voor ${PMK}` });
  const rekenen = generiek.getByRole("row", { name: /Rekenen/ });
  await expect(rekenen).toContainText("Rekenen 2F: beoordeeld, wacht op vaststelling, behaald");
  await expect(rekenen).toContainText("Nog niet");
  expect(await seriousViolations(page)).toEqual([]);
});

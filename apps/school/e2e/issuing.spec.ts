import { readFile } from "node:fs/promises";
import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { findAccessibilityProblems } from "@ontwikkelpad/ui/pdf-check";
import { expect, test, type Page } from "@playwright/test";
import { openEmployerPerson, openSchoolPage } from "./pages.ts";

const COMMITTEE = "examencommissie@maasoever.demo";
const EXAMINER = "examinator@maasoever.demo";
const ADVISOR = "opleidingsadviseur@maasoever.demo";
const OTHER_SCHOOL = "opleidingsadviseur@hofstad.demo";
const C0125 = "Pedagogisch klimaat in de kinderopvang";

const openIssuing = (page: Page, email: string) => openSchoolPage(page, email, "Uitgeven");

async function openLearner(page: Page, name: string) {
  const learners = page.getByRole("table", { name: "Deelnemers van de school en wat ze nu kunnen krijgen" });
  await page.getByLabel("Zoek op naam, leerbedrijf of bewijs").fill(name.split(" ")[0]!);
  await learners.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Uitgeven aan ${name}` })).toBeVisible();
}

/** Opens the public verify page without logging in and checks the pasted credential. */
async function verifyPasted(page: Page, credential: string) {
  await page.goto("/verificatie");
  await expect(page.getByRole("heading", { level: 1, name: "Bewijs controleren" })).toBeVisible();
  await page.getByLabel("Of plak de inhoud van het bewijs").fill(credential);
  await page.getByRole("button", { name: "Controleren" }).click();
  await expect(page.getByRole("region", { name: "Uitkomst" })).toBeVisible();
}

test("a certificate is refused while a werkproces is missing, issued once every result is there, and shown on the employer's person page", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000); // eleven axe scans over three pages
  await openIssuing(page, COMMITTEE);
  expect(await seriousViolations(page)).toEqual([]);
  await expect(page.getByRole("heading", { name: "Melden bij DUO" })).toBeVisible();

  // Fleur's hygiëne result waits for the examencommissie: the page names it, and C0125 cannot be issued.
  await openLearner(page, "Fleur Kuipers");
  const waiting = page.getByRole("region", { name: `Mbo-certificaat ${C0125} (C0125)` });
  await expect(waiting.getByText("Nog niet compleet")).toBeVisible();
  await expect(waiting.getByRole("list", { name: `Ontbrekende werkprocessen voor ${C0125}` })).toContainText(
    "B1-K1-W10",
  );
  await expect(
    waiting.getByText(/werkproces B1-K1-W10 .* heeft nog geen vastgesteld voldoende examenresultaat/),
  ).toBeVisible();
  await expect(waiting.getByRole("button", { name: "Mbo-certificaat C0125 uitgeven" })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);

  // Rosa has an established pass for every werkproces: the examencommissie issues it after confirmation.
  await page.getByRole("link", { name: "← Alle deelnemers" }).click();
  await openLearner(page, "Rosa Brouwer");
  const ready = page.getByRole("region", { name: `Mbo-certificaat ${C0125} (C0125)` });
  await expect(ready.getByText("Klaar om uit te geven")).toBeVisible();
  await ready.getByRole("button", { name: "Mbo-certificaat C0125 uitgeven" }).click();
  const dialog = page.getByRole("dialog", { name: "Mbo-certificaat uitgeven?" });
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Ja, uitgeven" }).click();
  await expect(ready.getByText("Uitgegeven", { exact: true })).toBeVisible();
  const issued = page.getByRole("table", { name: /Bewijzen van Rosa Brouwer/ });
  await expect(issued.getByRole("row", { name: new RegExp(C0125) })).toContainText("Geldig");

  // The PDF and the Open Badges data of the certificate.
  const pdf = page.waitForEvent("download");
  await issued.getByRole("button", { name: new RegExp(`^PDF van ${C0125}`) }).click();
  const certificate = await pdf;
  expect(certificate.suggestedFilename()).toBe("certificaat-rosa-brouwer-c0125.pdf");
  expect(
    await findAccessibilityProblems(new Uint8Array(await readFile((await certificate.path())!))),
  ).toEqual([]);
  const json = page.waitForEvent("download");
  await issued.getByRole("button", { name: new RegExp(`^JSON \\(Open Badges\\) van ${C0125}`) }).click();
  const signed = await readFile((await (await json).path())!, "utf8");
  const badge = JSON.parse(signed) as {
    id: string;
    type: string[];
    credentialSubject: { achievement: { humanCode: string; alignment: unknown[] } };
    proof: { cryptosuite: string };
  };
  expect(badge.type).toEqual(["VerifiableCredential", "OpenBadgeCredential"]);
  expect(badge.credentialSubject.achievement.humanCode).toBe("C0125");
  expect(badge.credentialSubject.achievement.alignment).toHaveLength(5);
  expect(badge.proof.cryptosuite).toBe("eddsa-rdfc-2022");

  // Anyone checks it on the public verify page, without logging in: valid, and a changed copy fails.
  const anonymous = await browser.newContext();
  const verifier = await anonymous.newPage();
  await verifyPasted(verifier, signed);
  const result = verifier.getByRole("region", { name: "Uitkomst" });
  await expect(result.getByRole("status")).toHaveText("Echt en geldig");
  await expect(result).toContainText("ROC De Maasoever (BRIN 99XA)");
  await expect(result).toContainText("Rosa Brouwer");
  await expect(result.getByRole("listitem").filter({ hasText: "B1-K1-W7" })).toHaveCount(1);
  expect(await seriousViolations(verifier)).toEqual([]);
  await verifyPasted(verifier, signed.replace("Rosa Brouwer", "Rosa Brouwers"));
  await expect(result.getByRole("status")).toHaveText(/^Veranderd: de handtekening klopt niet/);
  await expect(result).toContainText(/Handtekening\s*niet in orde/);
  expect(await seriousViolations(verifier)).toEqual([]);

  // A correction supersedes it: both stay, the old one struck through with the reason.
  await issued.getByRole("button", { name: `${C0125} corrigeren` }).click();
  const form = page.getByRole("form", { name: `${C0125} corrigeren` });
  await form.getByRole("button", { name: "Correctie uitgeven" }).click();
  await expect(form.getByText(/Schrijf waarom je corrigeert/)).toBeVisible();
  await form.getByLabel("Reden van de correctie").fill("De afgiftedatum stond verkeerd.");
  await form.getByRole("button", { name: "Correctie uitgeven" }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page
    .getByRole("dialog", { name: "Bewijs vervangen?" })
    .getByRole("button", { name: "Ja, vervangen" })
    .click();
  await expect(issued.getByRole("row", { name: new RegExp(C0125) })).toHaveCount(2);
  await expect(issued.locator("del", { hasText: C0125 })).toHaveCount(1);
  await expect(issued.getByText(/Vervangen op .*: De afgiftedatum stond verkeerd\./)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The corrected credential is revoked: pasted, and through the link of its PDF's QR code.
  await verifyPasted(verifier, signed);
  await expect(result.getByRole("status")).toHaveText(/^Ingetrokken/);
  await expect(result).toContainText(/Niet ingetrokken\s*niet in orde/);
  expect(await seriousViolations(verifier)).toEqual([]);
  await verifier.goto(`/verificatie?id=${badge.id.split("/").at(-1)}`);
  await expect(verifier.getByRole("region", { name: "Uitkomst" }).getByRole("status")).toHaveText(
    /^Ingetrokken/,
  );
  expect(await seriousViolations(verifier)).toEqual([]);
  await anonymous.close();

  // The employer sees the certificate on the person's page at once.
  const employer = await browser.newPage();
  await openEmployerPerson(employer, "Rosa Brouwer");
  const held = employer.getByRole("table", { name: /certificaten en praktijkverklaringen van Rosa Brouwer/ });
  await expect(held.getByRole("row", { name: new RegExp(C0125) })).toHaveCount(1);
  await expect(held.getByRole("row", { name: new RegExp(C0125) })).toContainText("ROC De Maasoever");
  await employer.close();
});

test("only the examencommissie issues: the opleidingsadviseur and the examinator see no button, and another school cannot open a learner by its address", async ({
  page,
  browser,
}) => {
  for (const email of [ADVISOR, EXAMINER]) {
    await openIssuing(page, email);
    await openLearner(page, "Fleur Kuipers");
    await expect(
      page
        .getByText("Alleen de examencommissie geeft certificaten en diploma’s uit, op haar besluit.")
        .first(),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: /uitgeven$/ })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  }
  const learnerUrl = page.url();

  const other = await browser.newPage();
  await login(other, "/school", OTHER_SCHOOL);
  await expect(other.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await other.goto(learnerUrl);
  await expect(other.getByRole("alert")).toContainText("bestaat niet of hoort niet bij jouw school");
  await expect(other.getByText("Fleur Kuipers")).toHaveCount(0);
  await other.close();
});

test("a GPM diploma is refused naming the missing profieldeel, and only the examencommissie grants the EVC vrijstelling", async ({
  page,
  browser,
}) => {
  const GPM = "Gespecialiseerd pedagogisch medewerker kinderopvang";
  await openIssuing(page, EXAMINER);
  await openLearner(page, "Yara Smit");
  const diploma = page.getByRole("region", { name: new RegExp(`${GPM} \\(25697\\)`) });
  await expect(diploma.getByText(/in het profieldeel Gespecialiseerd pedagogisch medewerker:/)).toBeVisible();
  const requests = page.getByRole("list", { name: "Vrijstellingen van Yara Smit" });
  await expect(requests).toContainText("Aangevraagd, wacht op de examencommissie");
  await expect(requests).toContainText("EVC-ervaringscertificaat");
  // The examinator records requests but does not decide them.
  await expect(page.getByRole("form", { name: /^Besluit vastleggen/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);

  const context = await browser.newContext();
  const committee = await context.newPage();
  await openIssuing(committee, "examencommissie@maasoever.demo");
  await openLearner(committee, "Yara Smit");
  // The examencommissie may issue diplomas, but not this one: its profieldeel is not complete.
  await expect(
    committee
      .getByRole("region", { name: new RegExp(`${GPM} \\(25697\\)`) })
      .getByRole("button", { name: /uitgeven$/ }),
  ).toBeDisabled();
  const missing = committee.getByRole("list", { name: `Ontbrekende werkprocessen voor ${GPM}` });
  await expect(missing).toContainText("P2-K1-W1");
  const form = committee.getByRole("form", { name: new RegExp(`^Besluit vastleggen: vrijstelling ${GPM}`) });
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
  await expect(form.getByText("Schrijf op waarom de examencommissie zo besluit.")).toBeVisible();
  await form.getByLabel("Motivering van de examencommissie").fill("Het EVC toont beide werkprocessen aan.");
  await form.getByRole("button", { name: "Besluit vastleggen" }).click();
  expect(await seriousViolations(committee)).toEqual([]);
  await committee
    .getByRole("dialog", { name: "Vrijstelling verlenen?" })
    .getByRole("button", { name: "Ja, verlenen" })
    .click();
  const decided = committee.getByRole("list", { name: "Vrijstellingen van Yara Smit" });
  await expect(decided).toContainText("Verleend");
  await expect(decided).toContainText("besloten door Wilma Hoekstra");
  await expect(missing).not.toContainText("P2-K1-W1");
  await expect(committee.getByRole("button", { name: "Besluit corrigeren" })).toBeVisible();
  await context.close();
});

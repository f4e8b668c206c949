import { readFile } from "node:fs/promises";
import { login, seriousViolations } from "@ontwikkelpad/playwright";
import { findAccessibilityProblems, readPdf } from "@ontwikkelpad/ui/pdf-check";
import { expect, test, type Page } from "@playwright/test";
import { openEmployerPerson, openSchoolPage } from "./pages.ts";

const ADVISOR = "opleidingsadviseur@maasoever.demo";
const OTHER_SCHOOL = "opleidingsadviseur@hofstad.demo";

async function openInbox(page: Page) {
  await openSchoolPage(page, ADVISOR, "Aanvragen");
  return page.getByRole("table", { name: "Aanvragen van werkgevers" });
}

test("a training request is accepted with a proposal the employer accepts, and the POK is refused without the SBB recognition and signed by all three parties after it is added", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // two portals, a proposal, a refusal and three signatures in one journey
  const inbox = await openInbox(page);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Zoek op naam, werkgever of opleiding").fill("Milan");
  await inbox.getByRole("link", { name: "Milan Jovanović" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Scholingsaanvraag voor Milan Jovanović/ }),
  ).toBeVisible();
  // The starting point and the gap come from core: C0125 is held, PMK still misses werkprocessen.
  await expect(page.getByText(/Mbo-certificaat .* \(/)).toBeVisible();
  await expect(
    page.getByRole("heading", { name: /Pedagogisch medewerker.*: Nog niet compleet/ }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const requestUrl = page.url();

  // Before proposing, the school reads what Kinderrijk lacks for an enrolment, and writes to Kinderrijk.
  const recognitionWarning = /^Kinderrijk heeft geen SBB-erkenning .*crebo 25696, BBL/;
  await expect(page.getByText(recognitionWarning)).toBeVisible();
  const note = page.getByRole("form", { name: "Bericht aan de werkgever" });
  await note
    .getByLabel("Bericht")
    .fill("Vraag bij SBB de erkenning aan voor PMK in de BBL, dan schrijven we Milan in.");
  await note.getByRole("button", { name: "Bericht versturen" }).click();
  await expect(note.getByText("Het bericht is verstuurd naar Kinderrijk.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Berichten aan Kinderrijk" })).toContainText(
    "Vraag bij SBB de erkenning aan voor PMK in de BBL",
  );

  const form = page.getByRole("form", { name: "Accepteren met een voorstel" });
  await form.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(form.getByText("Beschrijf het rooster.")).toBeVisible();
  await form.getByLabel("Rooster").fill("Dinsdag lesdag, 8 uur per week");
  await form.getByLabel("Toelichting voor de werkgever").fill("De vrijstelling voor C0125 is verwerkt.");
  await form.getByRole("button", { name: "Voorstel versturen" }).click();
  await expect(page.getByRole("heading", { name: "Antwoord van de school" })).toBeVisible();
  await expect(page.getByText("Dinsdag lesdag, 8 uur per week")).toBeVisible();
  // Proposing does not hide it: the warning stays on the request until the recognition is recorded.
  await expect(page.getByText(recognitionWarning)).toBeVisible();

  // Another school cannot open this request by its address.
  const other = await browser.newPage();
  await login(other, "/school", OTHER_SCHOOL);
  await expect(other.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  await other.goto(requestUrl);
  await expect(other.getByRole("alert")).toContainText("bestaat niet of is niet aan jouw school gericht");
  await expect(other.getByText("Milan Jovanović")).toHaveCount(0);
  await other.close();

  const employer = await browser.newPage();
  await openEmployerPerson(employer, "Milan");
  await employer.getByRole("link", { name: "Ontwikkelpad bekijken/bewerken" }).click();
  const requests = employer.getByRole("table", { name: /Scholingsaanvragen voor Milan/ });
  await expect(requests).toContainText("Voorstel van de school, wacht op jouw akkoord");
  // Step 7 tells the employer what it lacks and what to do, with the school's message beside it.
  await expect(
    employer.getByText(/^Jouw organisatie heeft geen SBB-erkenning .*vraag haar aan bij SBB/),
  ).toBeVisible();
  await expect(employer.getByRole("list", { name: "Berichten van ROC De Maasoever" })).toContainText(
    "Vraag bij SBB de erkenning aan voor PMK in de BBL",
  );
  await expect(requests).toContainText("De vrijstelling voor C0125 is verwerkt.");
  await requests.getByRole("button", { name: "Voorstel van ROC De Maasoever accepteren" }).click();
  // Step 7 is done: the wizard moves on to step 8.
  await expect(employer.getByRole("heading", { level: 2, name: /^Stap 8:/ })).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole("definition").filter({ hasText: "Voorstel geaccepteerd door de werkgever" }),
  ).toBeVisible();

  // Enrolment is refused while Kinderrijk lacks the SBB recognition for PMK via BBL, and works once it is added.
  await page.getByRole("button", { name: "Milan Jovanović inschrijven" }).click();
  await expect(page.getByRole("alert")).toContainText("Kinderrijk heeft geen SBB-erkenning");
  await expect(page.getByRole("alert")).toContainText("crebo 25696, BBL");
  await employer.getByRole("link", { name: "Organisatie" }).click();
  await employer.getByRole("button", { name: "Erkenning toevoegen" }).click();
  const recognition = employer.getByRole("form", { name: "Erkenning toevoegen" });
  await recognition.getByLabel("Crebonummer").fill("25696");
  await recognition.getByLabel("Leerweg").selectOption({ label: "BBL" });
  await recognition.getByLabel("Status").selectOption({ label: "Erkend" });
  await recognition.getByRole("button", { name: "Erkenning opslaan" }).click();
  await expect(employer.getByText("De erkenning voor crebo 25696 is toegevoegd.")).toBeVisible();
  await employer.close();

  await page.getByRole("button", { name: "Milan Jovanović inschrijven" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Praktijkovereenkomst Milan Jovanović bij Kinderrijk/ }),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Ontbreekt nog in de POK" })).toContainText(
    "Kies de bpv-docent.",
  );
  expect(await seriousViolations(page)).toEqual([]);
  // Marking it complete too early says at once what is missing, without a confirmation first.
  await page.getByRole("button", { name: "Markeren als volledig" }).click();
  const tooEarly = page.getByRole("alert").filter({ hasText: "De POK is nog niet volledig" });
  await expect(tooEarly).toContainText("Kies de bpv-docent.");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const pok = page.getByRole("form", { name: "POK invullen" });
  await pok.getByLabel("Bpv-docent").selectOption({ index: 1 });
  await pok.getByLabel("Locatie").selectOption({ index: 1 });
  await pok.getByLabel("Verwachte einddatum").fill("2029-01-31");
  await pok.getByLabel("Totaal aantal uren").fill("832");
  await pok.getByLabel("Uren per week").fill("8");
  await pok.getByLabel("Dagen per week").fill("1");
  await pok.getByRole("button", { name: "POK opslaan" }).click();
  await expect(pok.getByRole("status")).toHaveText("De POK is opgeslagen.");
  await expect(page.getByRole("list", { name: "Ontbreekt nog in de POK" })).toBeHidden();
  await expect(tooEarly).toHaveCount(0);
  for (const [action, status] of [
    ["Markeren als volledig", "Volledig"],
    ["Versturen ter ondertekening", "Ter ondertekening"],
  ] as const) {
    await page.getByRole("button", { name: action }).click();
    await page
      .getByRole("dialog", { name: `${action}?` })
      .getByRole("button", { name: /^Ja, / })
      .click();
    await expect(page.getByRole("definition").filter({ hasText: status })).toBeVisible();
    await expect(page.getByText(`De POK is ${status.toLowerCase()}.`)).toBeVisible();
  }
  // The POK has three signature places; it is signed only when the learner, the leerbedrijf and the
  // school have all signed (WEB art. 7.2.8), each recorded with who and when.
  const signatures = page.getByRole("table", { name: "Handtekeningen" });
  await expect(signatures.getByRole("row")).toHaveCount(4);
  await expect(page.getByRole("button", { name: "Ondertekening vastleggen" })).toHaveCount(0);
  const signedOn = new Date().toISOString().slice(0, 10);
  for (const [party, who] of [
    ["deelnemer", "Milan Jovanović"],
    ["leerbedrijf", "Kees de Boer, Kinderrijk"],
    ["school", "Opleidingsadviseur De Maasoever"],
  ] as const) {
    await expect(page.getByRole("definition").filter({ hasText: "Ter ondertekening" })).toBeVisible();
    const signature = page.getByRole("form", { name: `Handtekening ${party}` });
    await signature.getByLabel("Getekend door").fill(who);
    await signature.getByLabel("Datum van de handtekening").fill(signedOn);
    await signature.getByRole("button", { name: `Handtekening ${party} vastleggen` }).click();
    await expect(signatures.getByRole("row", { name: new RegExp(party, "i") })).toContainText(who);
    expect(await seriousViolations(page)).toEqual([]);
  }
  await expect(page.getByRole("definition").filter({ hasText: "Getekend (definitief)" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Handtekening school vastgelegd." })).toBeVisible();
  await expect(page.getByRole("form", { name: /^Handtekening / })).toHaveCount(0);
  // What the signature opens is shown at once, without a reload: the attendance register.
  await expect(page.getByText("leg je vast zodra de POK getekend is")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Totalen per maand" })).toBeVisible();
  // A signed POK never changes: no form any more, only printing.
  await expect(page.getByRole("form", { name: "POK invullen" })).toHaveCount(0);
  await expect(page.getByText("Een verstuurde of getekende POK verandert niet")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  // The signed POK as the tagged PDF the three parties keep, with each signature in its place.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "POK als PDF om te tekenen" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^praktijkovereenkomst-milan-[\p{L}-]+-\d+\.pdf$/u);
  const bytes = new Uint8Array(await readFile(await download.path()));
  expect(await findAccessibilityProblems(bytes)).toEqual([]);
  const { lines } = await readPdf(bytes);
  expect(lines).toEqual(expect.arrayContaining(["Deelnemer", "Leerbedrijf", "School"]));
  for (const who of ["Milan Jovanovic", "Kees de Boer, Kinderrijk", "Opleidingsadviseur De Maasoever"])
    expect(lines).toContain(`Naam: ${who}`);

  await page.getByRole("link", { name: "Inschrijvingen", exact: true }).click();
  await expect(
    page
      .getByRole("table", { name: "Inschrijvingen met hun praktijkovereenkomst" })
      .getByRole("row", { name: /Milan/ }),
  ).toContainText("Getekend (definitief)");
  expect(await seriousViolations(page)).toEqual([]);
});

test("Ellen's praktijkverklaring, requested by the employer, lists exactly the co-signed werkprocessen", async ({
  page,
  browser,
}) => {
  const employer = await browser.newPage();
  await openEmployerPerson(employer, "Ellen");
  await employer.getByRole("link", { name: "Praktijkbeoordeling" }).click();
  const pv = employer.getByRole("form", { name: "Praktijkverklaring Helpende zorg en welzijn aanvragen" });
  await expect(employer.getByText("2 werkprocessen komen op de verklaring")).toBeVisible();
  await pv.getByRole("button", { name: "Praktijkverklaring aanvragen" }).click();
  await expect(employer.getByText(/is aangevraagd bij ROC De Maasoever, met 2 werkprocessen/)).toBeVisible();

  const inbox = await openInbox(page);
  await inbox.getByRole("link", { name: "Ellen de Graaf" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: /Praktijkverklaring Helpende zorg en welzijn voor Ellen/ }),
  ).toBeVisible();
  const listed = page.getByRole("list", { name: "Werkprocessen op de praktijkverklaring" });
  await expect(listed.getByRole("listitem")).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Praktijkverklaring afgeven" }).click();
  const dialog = page.getByRole("dialog", { name: "Praktijkverklaring afgeven?" });
  await expect(dialog).toContainText("2 werkprocessen");
  await dialog.getByRole("button", { name: "Ja, afgeven" }).click();
  await expect(page.getByRole("heading", { name: /Afgegeven op/ })).toBeVisible();
  await expect(listed.getByRole("listitem")).toHaveCount(2);

  await employer.reload();
  await expect(
    employer
      .getByRole("table", { name: "Aanvragen bij de school" })
      .getByRole("row", { name: /Helpende zorg/ }),
  ).toContainText("Afgegeven");
  await openEmployerPerson(employer, "Ellen");
  await expect(employer.getByText("Praktijkverklaring Helpende zorg en welzijn behaald")).toBeVisible();
  await employer.close();
});

test("a praktijkverklaring request is declined with a reason the employer reads", async ({
  page,
  browser,
}) => {
  const inbox = await openInbox(page);
  await inbox.getByRole("link", { name: "Sanne Visser" }).click();
  await page.getByRole("button", { name: "Afwijzen" }).click();
  await expect(page.getByText("Schrijf de werkgever waarom")).toBeVisible();
  await page
    .getByLabel("Reden voor de werkgever")
    .fill("Eerst de laatste beoordeling laten medeondertekenen.");
  await page.getByRole("button", { name: "Afwijzen" }).click();
  await page
    .getByRole("dialog", { name: "Aanvraag afwijzen?" })
    .getByRole("button", { name: "Ja, afwijzen" })
    .click();
  await expect(page.getByText("Reden van afwijzing: Eerst de laatste beoordeling")).toBeVisible();

  const employer = await browser.newPage();
  await openEmployerPerson(employer, "Sanne");
  await employer.getByRole("link", { name: "Praktijkbeoordeling" }).click();
  await expect(
    employer
      .getByRole("table", { name: "Aanvragen bij de school" })
      .getByRole("row", { name: /Helpende zorg/ }),
  ).toContainText("Eerst de laatste beoordeling laten medeondertekenen.");
  await employer.close();
});

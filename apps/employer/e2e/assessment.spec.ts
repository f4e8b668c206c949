import { seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loginToTeam, personIdFromTeam } from "./helpers.ts";

const TRAINER = "praktijkopleider@kinderrijk.demo";
const MANAGER = "leidinggevende@kinderrijk.demo";
// Ellen's last HZW werkproces: the seed leaves it unrated and no other spec touches it.
const CODE = "B1-K2-W4";

// The steps build on each other: the praktijkopleider signs what the leidinggevende then co-signs.
test.describe.configure({ mode: "serial" });

async function openEllensAssessment(page: Page, email: string) {
  await loginToTeam(page, email);
  const ellenId = await personIdFromTeam(page, /Ellen/);
  await page.goto(`/werkgever/personen/${ellenId}/beoordeling`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Praktijkbeoordeling van Ellen de Graaf" }),
  ).toBeVisible();
  const row = page
    .getByRole("table", { name: "Werkprocessen van B1-K2" })
    .getByRole("row", { name: new RegExp(`^${CODE} Evalueert`) });
  await expect(row).toBeVisible();
  return row;
}

test("the praktijkopleider rates a werkproces, signs it and corrects it with a reason", async ({ page }) => {
  test.setTimeout(90_000); // an axe scan besides the steps
  const row = await openEllensAssessment(page, TRAINER);
  await expect(row).toContainText("Nog niet beoordeeld");
  await expect(page.getByRole("button", { name: /^Medeondertekenen/ })).toHaveCount(0);

  await row.getByRole("button", { name: `Beoordelen ${CODE}` }).click();
  const form = page.getByRole("form", { name: `${CODE} beoordelen` });
  await form.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(form.getByText("Kies beheerst, nog niet of niet van toepassing.")).toBeVisible();
  await expect(form.getByText("Schrijf kort op waarop je de beoordeling baseert.")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByRole("radio", { name: "Nog niet" }).check();
  await form.getByLabel("Toelichting").fill("Evalueert de dag nog samen met de collega.");
  await expect(form.getByLabel("Datum van de beoordeling")).not.toHaveValue("");
  await form.getByRole("button", { name: "Beoordeling opslaan" }).click();
  await expect(
    page.getByText(`De beoordeling van ${CODE} is opgeslagen als concept.`, { exact: false }),
  ).toBeVisible();
  await expect(row).toContainText("Concept");
  await expect(row).toContainText("nog niet");

  // Signing is irreversible: the dialog asks first, and cancelling leaves the draft.
  await row.getByRole("button", { name: `Ondertekenen ${CODE}` }).click();
  const dialog = page.getByRole("dialog", { name: `Beoordeling van ${CODE} ondertekenen?` });
  await dialog.getByRole("button", { name: "Annuleren" }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText("Concept");
  await row.getByRole("button", { name: `Ondertekenen ${CODE}` }).click();
  await dialog.getByRole("button", { name: "Ondertekenen" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`De beoordeling van ${CODE} is ondertekend en ligt nu vast.`)).toBeVisible();
  await expect(row).toContainText("Ondertekend");
  await expect(row.getByRole("button", { name: `Beoordelen ${CODE}` })).toHaveCount(0);
  await expect(row.getByRole("button", { name: `Ondertekenen ${CODE}` })).toHaveCount(0);

  await row.getByRole("button", { name: `Corrigeren ${CODE}` }).click();
  const correction = page.getByRole("form", { name: `${CODE} corrigeren` });
  await correction.getByRole("radio", { name: "Beheerst" }).check();
  await correction.getByLabel("Toelichting").fill("Evalueert zelfstandig en stelt het dagprogramma bij.");
  await correction.getByRole("button", { name: "Correctie vastleggen" }).click();
  await expect(correction.getByText("Geef de reden van de correctie (minstens 5 tekens).")).toBeVisible();
  await correction.getByLabel("Reden van de correctie").fill("Verkeerde observatie gebruikt");
  await correction.getByRole("button", { name: "Correctie vastleggen" }).click();
  await expect(page.getByText(`De correctie van ${CODE} is vastgelegd en ondertekend.`)).toBeVisible();

  await expect(row).toContainText("beheerst");
  await expect(row).toContainText("(correctie)");
  const superseded = row
    .getByRole("list", { name: `Gecorrigeerde beoordelingen van ${CODE}` })
    .getByRole("listitem");
  await expect(superseded).toHaveCount(1);
  await expect(superseded.locator("del")).toContainText("nog niet");
  await expect(superseded.locator("del")).toContainText("Evalueert de dag nog samen met de collega.");
  await expect(superseded).toContainText("Vervangen");
  await expect(superseded).toContainText("reden: Verkeerde observatie gebruikt");
});

test("the leidinggevende co-signs the correction and requests the praktijkverklaring", async ({ page }) => {
  test.setTimeout(90_000); // an axe scan besides the steps
  const row = await openEllensAssessment(page, MANAGER);
  await expect(row).toContainText("Ondertekend");
  await expect(page.getByRole("button", { name: /^(Beoordelen|Corrigeren|Ondertekenen)/ })).toHaveCount(0);

  await row.getByRole("button", { name: `Medeondertekenen ${CODE}` }).click();
  const dialog = page.getByRole("dialog", { name: `Beoordeling van ${CODE} medeondertekenen?` });
  await dialog.getByRole("button", { name: "Medeondertekenen" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`De beoordeling van ${CODE} is medeondertekend.`)).toBeVisible();
  await expect(row).toContainText("Medeondertekend");
  await expect(row).toContainText("Medeondertekend door Mohamed Bouzid");
  await expect(row.getByRole("button", { name: `Medeondertekenen ${CODE}` })).toHaveCount(0);

  // The seed co-signed two werkprocessen; this one makes three. The signed but not co-signed ones stay off.
  const pv = page.getByRole("form", { name: "Praktijkverklaring Helpende zorg en welzijn aanvragen" });
  await expect(page.getByText("3 werkprocessen komen op de verklaring")).toBeVisible();
  await expect(page.getByRole("list", { name: "Nog niet afgerond" })).toContainText(
    "de leidinggevende moet nog medeondertekenen",
  );
  await pv.getByRole("button", { name: "Praktijkverklaring aanvragen" }).click();
  await expect(
    page.getByText(
      /De Praktijkverklaring Helpende zorg en welzijn is aangevraagd bij .+, met 3 werkprocessen\./,
    ),
  ).toBeVisible();
  await expect(pv).toBeHidden();
  const requests = page.getByRole("table", { name: "Aanvragen bij de school" });
  await expect(
    requests.getByRole("row", { name: /Praktijkverklaring Helpende zorg en welzijn/ }),
  ).toContainText("Wacht op de school");

  // The other signed ratings are co-signed together, after one confirmation that lists them.
  await page.getByRole("button", { name: "Alle 3 ondertekende beoordelingen medeondertekenen" }).click();
  const bulk = page.getByRole("dialog", { name: "3 beoordelingen medeondertekenen?" });
  await expect(bulk.getByRole("listitem")).toHaveCount(3);
  await bulk.getByRole("button", { name: "Medeondertekenen" }).click();
  await expect(bulk).toBeHidden();
  await expect(page.getByText("3 beoordelingen zijn medeondertekend.")).toBeVisible();
  await expect(page.getByRole("button", { name: /medeondertekenen/i })).toHaveCount(0);

  expect(await seriousViolations(page)).toEqual([]);
});

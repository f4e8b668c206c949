import { expect, test } from "@playwright/test";
import { openSchoolPage } from "./pages.ts";

// The buttons read core's permission table, the one the api enforces: a role sees only what it may do.

test("a docent reads a praktijkverklaring request but is not offered to issue or decline it", async ({
  page,
}) => {
  await openSchoolPage(page, "docent@maasoever.demo", "Aanvragen");
  await page
    .getByRole("table", { name: "Aanvragen van werkgevers" })
    .getByRole("link", { name: "Sanne Visser" })
    .click();
  await expect(
    page.getByText(
      "Een opleidingsadviseur of examinator geeft de praktijkverklaring af of wijst de aanvraag af.",
    ),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Praktijkverklaring afgeven" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Afwijzen" })).toHaveCount(0);
});

test("the examencommissie sees the scholingsaanbod without 'Nieuw aanbod', the opleidingsadviseur with it", async ({
  page,
  browser,
}) => {
  await openSchoolPage(page, "examencommissie@maasoever.demo", "Scholingsaanbod");
  await expect(page.getByRole("table", { name: "Scholingsaanbod van de school" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nieuw aanbod toevoegen" })).toHaveCount(0);

  const advisor = await browser.newPage();
  await openSchoolPage(advisor, "opleidingsadviseur@maasoever.demo", "Scholingsaanbod");
  await expect(advisor.getByRole("link", { name: "Nieuw aanbod toevoegen" })).toBeVisible();
  await advisor.close();
});

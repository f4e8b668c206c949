import {
  INTERNAL_IDS,
  login,
  phoneProblems,
  portalRoutePatterns,
  visibleTextProblems,
  type PhoneRoute,
} from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

/** Every route of src/main.tsx and how to reach it; a route missing here fails the first test. */
const ROUTES: Record<string, PhoneRoute> = {
  "": "/",
  "aanbod/:id": { linkedFrom: "/" },
  aanvragen: "aanvragen",
  "aanvragen/scholing/:id": { linkedFrom: "aanvragen" },
  "aanvragen/verklaring/:id": { linkedFrom: "aanvragen" },
  inschrijvingen: "inschrijvingen",
  "inschrijvingen/:id": { linkedFrom: "inschrijvingen" },
  deelnemers: "deelnemers",
  "deelnemers/:personId": { linkedFrom: "deelnemers" },
  klassen: "klassen",
  "klassen/:id": { linkedFrom: "klassen" },
  leerteams: "leerteams",
  "leerteams/:id": { linkedFrom: "leerteams" },
  examens: "examens",
  uitgeven: "uitgeven",
  "uitgeven/:personId": { linkedFrom: "uitgeven" },
  aansluiting: "aansluiting",
  collegas: "collegas",
  verificatie: "verificatie",
  // An expired or unknown link: what a person sees without a valid token.
  "uitnodiging/:token": "uitnodiging/onbekend",
};

test("the phone test lists every page of the school portal", () => {
  expect(Object.keys(ROUTES).toSorted()).toEqual(
    portalRoutePatterns(new URL("../src/main.tsx", import.meta.url).pathname),
  );
});

// The check every portal's phone test runs on each page's visible text (tooling/playwright).
test("the visible text check finds what a person should not read, and passes what they should", () => {
  expect(INTERNAL_IDS).toEqual(
    expect.arrayContaining(["pv-helpende-zorg-welzijn", "praktijkleren-derde-leerweg", "derde-leerweg"]),
  );
  expect(INTERNAL_IDS).not.toContain("PMK");
  for (const [text, problems] of [
    ["Gestart op 4-1-2027, K1 2027, januari 2027", []],
    ["Match: beschikbaar vanaf 2027-01-04", ['ISO date "2027-01-04" (write d-m-jjjj)']],
    ["Doel: pv-helpende-zorg-welzijn", ['internal id "pv-helpende-zorg-welzijn"']],
    ["PMK via derde-leerweg", ['internal id "derde-leerweg"']],
    ["Subsidieregeling praktijkleren (derde leerweg)", []],
    ["Onderwijsassistent (BBL) (BBL)", ['"(BBL) (BBL)" says the same twice']],
    ["Maximaal € 0", ['"€ 0" where there is no amount']],
    ["tot € 2.700, € 0,50, € 10.056", []],
    ["C0125 Kinderen begeleiden; rvo-export-2026.csv", []],
  ] as const)
    expect(visibleTextProblems(text), text).toEqual(problems);
});

test("every page of the school portal fits a phone and has no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(300_000); // an axe scan per page
  expect(await phoneProblems(page, "/school", { inloggen: "inloggen" })).toEqual([]);
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  expect(await phoneProblems(page, "/school", ROUTES)).toEqual([]);
});

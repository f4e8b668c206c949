import { phoneProblems, portalRoutePatterns, type PhoneRoute } from "@ontwikkelpad/playwright";
import { expect, test, type Page } from "@playwright/test";
import { loginToTeam, personIdFromTeam } from "./helpers.ts";

async function ellensPage(page: Page, subpage: string) {
  await page.goto("/werkgever/");
  return `/werkgever/personen/${await personIdFromTeam(page, /Ellen/)}${subpage}`;
}

/** Every route of src/main.tsx and how to reach it; a route missing here fails the first test. */
const ROUTES: Record<string, PhoneRoute> = {
  "": "/",
  "personen/:id": (page) => ellensPage(page, ""),
  "personen/:id/ontwikkelpad": (page) => ellensPage(page, "/ontwikkelpad"),
  "personen/:id/beoordeling": (page) => ellensPage(page, "/beoordeling"),
  dashboard: "dashboard",
  organisatie: "organisatie",
  vacatures: "vacatures",
  leerteams: "leerteams",
  "leerteams/:id": { linkedFrom: "leerteams" },
  collegas: "collegas",
  // An expired or unknown link: what a person sees without a valid token.
  "uitnodiging/:token": "uitnodiging/onbekend",
  "mijn-pad/:token": "mijn-pad/onbekend",
};

test("the phone test lists every page of the werkgever portal", () => {
  expect(Object.keys(ROUTES).toSorted()).toEqual(
    portalRoutePatterns(new URL("../src/main.tsx", import.meta.url).pathname),
  );
});

test("every page of the werkgever portal fits a phone and has no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(240_000); // an axe scan per page
  expect(await phoneProblems(page, "/werkgever", { inloggen: "inloggen" })).toEqual([]);
  await loginToTeam(page);
  expect(await phoneProblems(page, "/werkgever", ROUTES)).toEqual([]);
});

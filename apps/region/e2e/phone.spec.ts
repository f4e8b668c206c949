import { login, phoneProblems, portalRoutePatterns, type PhoneRoute } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

/** Every route of src/main.tsx and how to reach it; a route missing here fails the first test. */
const ROUTES: Record<string, PhoneRoute> = {
  "": "/",
  kandidaten: "kandidaten",
  "kandidaten/:candidateId": { linkedFrom: "kandidaten" },
  trechter: "trechter",
  implementatie: "implementatie",
  signalen: "signalen",
  financiering: "financiering",
  collegas: "collegas",
  // An expired or unknown link: what a person sees without a valid token.
  "uitnodiging/:token": "uitnodiging/onbekend",
};

test("the phone test lists every page of the regio portal", () => {
  expect(Object.keys(ROUTES).toSorted()).toEqual(
    portalRoutePatterns(new URL("../src/main.tsx", import.meta.url).pathname),
  );
});

test("every page of the regio portal fits a phone and has no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(240_000); // an axe scan per page
  expect(await phoneProblems(page, "/regio", { inloggen: "inloggen" })).toEqual([]);
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeVisible();
  expect(await phoneProblems(page, "/regio", ROUTES)).toEqual([]);
});

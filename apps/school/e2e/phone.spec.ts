import { login, phoneProblems, portalRoutePatterns, type PhoneRoute } from "@ontwikkelpad/playwright";
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

test("every page of the school portal fits a phone and has no serious accessibility violations", async ({
  page,
}) => {
  test.setTimeout(300_000); // an axe scan per page
  expect(await phoneProblems(page, "/school", { inloggen: "inloggen" })).toEqual([]);
  await login(page, "/school", "opleidingsadviseur@maasoever.demo");
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  expect(await phoneProblems(page, "/school", ROUTES)).toEqual([]);
});

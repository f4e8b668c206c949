import { DEMO_PASSWORD, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { loginToTeam, personIdFromTeam } from "./helpers.ts";

const COMMITTEE = "examencommissie@maasoever.demo";

/** A tRPC call of a session outside the page (the school's), with its CSRF header, as the portals send it. */
async function call<T>(
  api: APIRequestContext,
  procedure: string,
  input: unknown,
  kind: "query" | "mutation",
) {
  const csrf = (await api.storageState()).cookies.find((c) => c.name === "op_csrf")?.value ?? "";
  const response =
    kind === "mutation"
      ? await api.post(`/trpc/${procedure}`, { data: input, headers: { "x-csrf-token": csrf } })
      : await api.get(`/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

test("HR uploads a school's signed credential as JSON: a changed copy is refused with why, the original is verified and listed as such", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000); // two axe scans
  await loginToTeam(page);
  const milanId = await personIdFromTeam(page, /Milan Jovanović/);
  // The school hands Milan his certificate's JSON (its signed Open Badges credential).
  await call(request, "auth.login", { email: COMMITTEE, password: DEMO_PASSWORD }, "mutation");
  const issued = await call<{ id: string; credentialId: string }[]>(
    request,
    "school.credentials.issued",
    { personId: milanId },
    "query",
  );
  const certificate = issued.find((c) => c.credentialId === "C0125")!;
  const { credential } = await call<{ credential: object }>(
    request,
    "school.credentials.openBadge",
    { credentialId: certificate.id },
    "query",
  );
  const json = JSON.stringify(credential, null, 2);

  await page.goto(`/werkgever/personen/${milanId}`);
  await page.getByRole("button", { name: "Bewijs uploaden (JSON)" }).click();
  const form = page.getByRole("form", { name: "Bewijs uploaden (JSON)" });
  await form.getByLabel("Of plak de inhoud van het bewijs").fill(json.replace("Milan", "Milam"));
  await form.getByRole("button", { name: "Uploaden en controleren" }).click();
  await expect(form.getByRole("alert")).toContainText("Het bewijs is niet toegevoegd.");
  const outcome = form.getByRole("region", { name: "Uitkomst" });
  await expect(outcome.getByRole("status")).toHaveText(/^Veranderd: de handtekening klopt niet/);
  await expect(outcome).toContainText(/Handtekening\s*niet in orde/);
  expect(await seriousViolations(page)).toEqual([]);

  await form
    .getByLabel("JSON-bestand van het bewijs")
    .setInputFiles({ name: "bewijs.json", mimeType: "application/json", buffer: Buffer.from(json) });
  await expect(
    page.getByText(
      "Het bewijs van ROC De Maasoever is gecontroleerd (uitgever, handtekening, niet ingetrokken) en toegevoegd.",
    ),
  ).toBeVisible();
  const held = page.getByRole("table", {
    name: /Diploma’s, certificaten en praktijkverklaringen van Milan Jovanović/,
  });
  const uploaded = held.getByRole("row", { name: /Geüpload bewijs van de school \(geverifieerd\)/ });
  await expect(uploaded).toContainText("Pedagogisch klimaat in de kinderopvang");
  await expect(uploaded).toContainText(/Controle: Echt en geldig \(bij uploaden op /);
  expect(await seriousViolations(page)).toEqual([]);
});

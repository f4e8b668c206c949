import { DEMO_PASSWORD, login, PHONE, seriousViolations } from "@ontwikkelpad/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

const ADVISOR = "opleidingsadviseur@maasoever.demo";

const bell = (page: Page) => page.getByRole("button", { name: /^Meldingen/ });
const notifications = (page: Page) => page.locator(".notification-list");

/** A tRPC mutation with the CSRF header of the caller's session, as the portals send it. */
async function mutate(api: APIRequestContext, procedure: string, input: unknown) {
  const csrf = (await api.storageState()).cookies.find((c) => c.name === "op_csrf")?.value ?? "";
  return api.post(`/trpc/${procedure}`, { data: input, headers: { "x-csrf-token": csrf } });
}

/** A tRPC query through the caller's session. */
async function query<T>(api: APIRequestContext, procedure: string, input?: unknown): Promise<T> {
  const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await api.get(`/trpc/${procedure}${search}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

/**
 * Kinderrijk asks De Maasoever to train Miriam, whom the school's other tests leave alone: a training
 * request of this test's own for the adviser to answer. Returns its id.
 */
async function requestTrainingForMiriam(employer: APIRequestContext, school: APIRequestContext) {
  expect(
    (await mutate(employer, "auth.login", { email: "hr@kinderrijk.demo", password: DEMO_PASSWORD })).ok(),
  ).toBe(true);
  const [miriam] = await query<{ id: string }[]>(employer, "employer.persons.list", { search: "Miriam" });
  const { path } = await query<{ path: { id: string } }>(employer, "employer.paths.get", {
    personId: miriam!.id,
  });
  const offers = await query<{ id: string; published: boolean }[]>(school, "school.offers.list");
  // The first published offer that serves Kinderrijk's region.
  for (const offer of offers.filter((o) => o.published)) {
    const response = await mutate(employer, "employer.paths.requestTraining", {
      pathId: path.id,
      offerId: offer.id,
    });
    if (response.ok())
      return ((await response.json()) as { result: { data: { id: string } } }).result.data.id;
  }
  throw new Error("no published offer of De Maasoever serves Kinderrijk");
}

test("the bell counts the adviser's requests, opens with the keyboard and leads to one; answering it takes it away", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000); // axe scans besides the steps, on a shared machine
  await login(page, "/school", ADVISOR);
  await expect(page.getByRole("heading", { level: 1, name: "Scholingsaanbod" })).toBeVisible();
  const id = await requestTrainingForMiriam(request, page.request);
  await page.reload();
  await expect(bell(page).locator(".nav-count")).toHaveText(/^\d+$/);
  const before = Number(await bell(page).locator(".nav-count").textContent());
  expect(before).toBeGreaterThan(0);

  await bell(page).focus();
  await page.keyboard.press("Enter");
  const item = notifications(page).getByRole("link", {
    name: "Scholingsaanvraag van Kinderrijk voor Miriam Öztürk beantwoorden",
  });
  await expect(item).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await item.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/school/aanvragen/scholing/${id}$`));

  await page.getByLabel("Reden voor de werkgever").fill("Deze groep zit vol; vraag het volgende blok aan.");
  await page.getByRole("button", { name: "Afwijzen" }).click();
  await page
    .getByRole("dialog", { name: "Aanvraag afwijzen?" })
    .getByRole("button", { name: "Ja, afwijzen" })
    .click();
  await expect(page.getByText("Reden: Deze groep zit vol")).toBeVisible();
  await expect(bell(page).locator(".nav-count")).toHaveText(String(before - 1));
  await bell(page).click();
  await expect(
    notifications(page).getByRole("link", { name: /voor Miriam Öztürk beantwoorden/ }),
  ).toHaveCount(0);
});

test("the mail settings, opened from the bell, save a choice per kind, fit a phone and pass axe", async ({
  page,
}) => {
  test.setTimeout(120_000); // axe scans besides the steps, on a shared machine
  await login(page, "/school", ADVISOR);
  await bell(page).click();
  await notifications(page).getByRole("link", { name: "Meldingen instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Meldingen instellen" })).toBeVisible();
  const duo = page.getByRole("group", { name: "Diploma's om bij DUO te melden" });
  await duo.getByLabel("Geen e-mail").check();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Je keuzes zijn opgeslagen.")).toBeVisible();
  await page.reload();
  await expect(duo.getByLabel("Geen e-mail")).toBeChecked();
  await page.setViewportSize(PHONE);
  expect(await seriousViolations(page)).toEqual([]);
});

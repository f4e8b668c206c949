import { login, seriousViolations, visibleTextProblems } from "@ontwikkelpad/playwright";
import { expect, test } from "@playwright/test";

const isProtected = (v: string) => v === "–" || (/^\d+$/.test(v) && Number(v) % 5 === 0);

test("the ministry's report comes from the server: a CSV of protected figures and a printable Dutch version that fits a landscape page", async ({
  page,
}) => {
  test.setTimeout(90_000); // two axe scans and the print layout on a busy machine
  await login(page, "/regio", "coordinator@rijnmond.demo");
  await page
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Trechter en rapportage" })
    .click();
  const report = page.getByRole("region", { name: "Rapportage voor het ministerie" });
  const quarter = report.getByLabel("Kwartaal");
  const quarterName = (await quarter.locator("option:checked").textContent())!;
  expect(quarterName).toMatch(/^K\d \d{4}$/);
  expect(await seriousViolations(page)).toEqual([]);

  const download = page.waitForEvent("download");
  await report.getByRole("button", { name: "CSV downloaden" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^rapportage-ontwikkelpad-arbeidsmarktregio-rijnmond-\d{4}-Q\d\.csv$/,
  );
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString("utf8");
  const lines = text.replace(/^\ufeff/, "").split("\r\n");
  expect(lines[0]).toContain(`Arbeidsmarktregio Rijnmond — ${quarterName}`);
  expect(text).toContain("Doel behaald;Vertrokken met resultaat;Naar andere werkgever;Uitgevallen;Totaal");
  expect(text).toContain("Prognose");
  expect(text).toContain("Leerkringen in de periode");
  expect(text).toContain("celsleutelmethode");
  expect(text).not.toContain("afgeronde intake");
  // The funnel's figures, from the month rows to the total: each protected.
  const head = lines.findIndex((l) => l.startsWith("Maand van aanmelding;"));
  const funnelRows = lines.slice(head + 1, lines.indexOf("", head));
  expect(funnelRows.at(-1)).toMatch(/^Totaal;/);
  expect(funnelRows.flatMap((l) => l.split(";").slice(1)).filter((v) => !isProtected(v))).toEqual([]);

  const popup = page.waitForEvent("popup");
  await report.getByRole("button", { name: "Afdrukbare versie openen" }).click();
  const printable = await popup;
  await expect(printable.locator("html")).toHaveAttribute("lang", "nl");
  await expect(printable.getByRole("heading", { level: 1 })).toHaveText(
    `Rapportage Ontwikkelpad — Arbeidsmarktregio Rijnmond — ${quarterName}`,
  );
  const funnel = printable.getByRole("table", { name: /Trechter: kandidaten per maand/ });
  await expect(funnel.getByRole("columnheader", { name: "Uitgevallen" })).toBeVisible();
  await expect(funnel.getByRole("rowheader", { name: "Totaal" })).toBeVisible();
  await expect(printable.getByRole("table", { name: /Prognose/ })).toBeVisible();
  await expect(printable.getByRole("table", { name: "Leerkringen in de periode" })).toBeVisible();
  expect(await seriousViolations(printable)).toEqual([]);
  expect(visibleTextProblems(await printable.locator("body").innerText())).toEqual([]);

  // On paper: the page the document's own @page rule asks for (its style applies under the portal's
  // content security policy), and every table within that page's width.
  await printable.emulateMedia({ media: "print" });
  const pageRule = await printable.evaluate(
    () =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .find((rule) => rule instanceof CSSPageRule)?.cssText ?? "",
  );
  expect(pageRule).toMatch(/size: a4 landscape/i);
  // Landscape A4 is 297 mm wide, less the margins the rule sets (Chromium's default is 1 cm).
  const margin = Number(/margin: ([\d.]+)mm/.exec(pageRule)?.[1] ?? 10);
  const paperWidth = Math.floor(((297 - 2 * margin) * 96) / 25.4);
  await printable.setViewportSize({ width: paperWidth, height: 800 });
  const tooWide = await printable.evaluate(
    (width) =>
      [...document.querySelectorAll("table")]
        .filter((t) =>
          [t, ...t.querySelectorAll("th, td")].some((box) => box.getBoundingClientRect().right > width + 0.5),
        )
        .map((t) => `${t.caption?.textContent ?? "table"}: ${Math.ceil(t.getBoundingClientRect().right)} px`),
    paperWidth,
  );
  expect(tooWide).toEqual([]);
  expect(await printable.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    paperWidth,
  );
});

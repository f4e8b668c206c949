import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/** The demo accounts' password (packages/db's seed). */
export const DEMO_PASSWORD = "Ontwikkelpad-demo-2026";

/** The token of Noa Brinkman's link to her own view in the demo (packages/db's `DEMO_EMPLOYEE_VIEW_TOKEN`). */
export const DEMO_EMPLOYEE_VIEW_TOKEN = "demo-noa-brinkman-eigen-ontwikkelpad";

/** Logs in on a portal's own login page, e.g. `login(page, "/school", "opleidingsadviseur@maasoever.demo")`. */
export async function login(page: Page, portalPath: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${portalPath}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

/**
 * Serious and critical WCAG 2.1 A/AA violations on the page, as readable lines; a page that scrolls
 * sideways (wide content escaping its scroll box, WCAG 1.4.10) counts as one too.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    // Only the violations are read: axe then skips describing every passing and inapplicable node,
    // which took a third of each scan (about 13 s instead of 9 s on a dashboard, loaded 2-core machine).
    .options({ resultTypes: ["violations"] })
    .analyze();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  return [
    ...violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ...(overflow > 0
      ? [`reflow: the page is ${overflow} px wider than the window and scrolls sideways`]
      : []),
  ];
}

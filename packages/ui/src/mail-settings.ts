/** The shell's page for the mail settings, in every portal. */
export const MAIL_SETTINGS_PATH = "/meldingen";

/** The query parameter of that page naming the kind to highlight. */
export const HIGHLIGHT_PARAM = "soort";

/**
 * The link in a mail (`<portal>/?meldingen=<kind>`, on any page) asks for the mail settings with that
 * kind highlighted: the settings page's address for it, or null when the location asks for nothing.
 */
export function mailSettingsRedirect(search: string): string | null {
  const kind = new URLSearchParams(search).get("meldingen");
  return kind === null ? null : `${MAIL_SETTINGS_PATH}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: kind })}`;
}

import type { NotificationKind } from "../shared/notifications/notification.ts";

/**
 * The Dutch subject of each kind of notification mail. A mail names no person: what it is about is
 * behind the link, where the recipient logs in and sees what their role may see.
 */
const SUBJECTS: Record<NotificationKind, string> = {
  sign: "Er wachten beoordelingen op je handtekening",
  coSign: "Er wachten beoordelingen op je medeondertekening",
  review: "Een evaluatie van een Ontwikkelpad komt eraan of is te laat",
  schoolAnswer: "Een school heeft gereageerd op een scholingsaanvraag",
  referral: "Er is een kandidaat voorgedragen voor jullie organisatie",
  trainingRequest: "Er is een scholingsaanvraag binnengekomen",
  credentialRequest: "Er is een aanvraag voor een praktijkverklaring binnengekomen",
  pokToSign: "Een praktijkovereenkomst wacht op de handtekening van de school",
  duoReport: "Een diploma moet binnen 14 dagen bij DUO gemeld worden",
  skillGapSignal: "Er is een signaal van een mentorteam binnengekomen",
  referralAnswered: "Een werkgever heeft gereageerd op een voordracht",
};

export interface MailLink {
  kind: NotificationKind;
  /** The full address of the page where the work is done. */
  url: string;
}

const footer = (unsubscribeUrl: string) =>
  [
    "",
    "--",
    "Je krijgt deze e-mail omdat je met Ontwikkelpad werkt.",
    `Wil je dit soort e-mails niet meer, of één keer per dag? Pas het aan: ${unsubscribeUrl}`,
  ].join("\n");

/** One notification, mailed at once. */
export function renderImmediate(item: MailLink, unsubscribeUrl: string): { subject: string; text: string } {
  return {
    subject: SUBJECTS[item.kind],
    text: [
      "Hallo,",
      "",
      `${SUBJECTS[item.kind]}.`,
      `Je vindt het hier: ${item.url}`,
      footer(unsubscribeUrl),
    ].join("\n"),
  };
}

/** The day's notifications of one recipient in one mail. */
export function renderDigest(
  items: readonly MailLink[],
  unsubscribeUrl: string,
): { subject: string; text: string } {
  return {
    subject: `Ontwikkelpad: ${items.length} ${items.length === 1 ? "melding" : "meldingen"} van vandaag`,
    text: [
      "Hallo,",
      "",
      "Dit wacht op je in Ontwikkelpad:",
      ...items.map((item) => `- ${SUBJECTS[item.kind]}: ${item.url}`),
      footer(unsubscribeUrl),
    ].join("\n"),
  };
}

/**
 * The mail that brings an employee the link to their own path, greeting them by first name: the only
 * personal detail it carries. It is sent because HR asked for it, so there is nothing to unsubscribe from.
 */
export function renderEmployeeLink(
  firstName: string,
  url: string,
  validDays: number,
): { subject: string; text: string } {
  return {
    subject: "Bekijk je Ontwikkelpad",
    text: [
      `Hallo ${firstName},`,
      "",
      "Je werkgever heeft je Ontwikkelpad voor je klaargezet. Je kunt het bekijken en laten weten of je ermee akkoord bent.",
      `Open het hier: ${url}`,
      `De link werkt ${validDays} dagen. Werkt hij niet meer, vraag dan je werkgever om een nieuwe.`,
      "",
      "--",
      "Je krijgt deze e-mail omdat je werkgever je deze link stuurt via Ontwikkelpad.",
    ].join("\n"),
  };
}

/** The last day an invitation's link works, as a Dutch date ("20 december 2026"). */
const dutchDate = (moment: Date) =>
  new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(moment);

/**
 * The mail that brings someone invited to an organisation the link to accept it. It names the
 * organisation, as the invitation's own page does, and no person: not the invitee (whose name the
 * organisation does not know yet) and not who invited them. It is sent because an admin invited them,
 * so there is nothing to unsubscribe from.
 */
export function renderInvitation(
  organization: string,
  url: string,
  expiresAt: Date,
): { subject: string; text: string } {
  return {
    subject: `Uitnodiging van ${organization} voor Ontwikkelpad`,
    text: [
      "Hallo,",
      "",
      `${organization} nodigt je uit om mee te werken in Ontwikkelpad.`,
      `Neem de uitnodiging hier aan: ${url}`,
      `De link werkt één keer, tot ${dutchDate(expiresAt)}. Werkt hij niet meer, vraag dan om een nieuwe uitnodiging.`,
      "",
      "--",
      "Je krijgt deze e-mail omdat iemand van deze organisatie je uitnodigde via Ontwikkelpad. Verwachtte je hem niet, dan kun je hem negeren.",
    ].join("\n"),
  };
}

/**
 * What can wait for someone, per kind of organisation, with the Dutch word for each kind: the api
 * computes the notifications and mails them, the portals' bell and mail settings and the server's
 * unsubscribe page name them. One spelling, read by all (`@ontwikkelpad/ui` re-exports the labels
 * with the other labels).
 */
export const EMPLOYER_NOTIFICATION_KINDS = ["sign", "coSign", "review", "schoolAnswer", "referral"] as const;
export const SCHOOL_NOTIFICATION_KINDS = [
  "trainingRequest",
  "credentialRequest",
  "pokToSign",
  "duoReport",
] as const;
export const REGION_NOTIFICATION_KINDS = ["skillGapSignal", "referralAnswered"] as const;
export const NOTIFICATION_KINDS = [
  ...EMPLOYER_NOTIFICATION_KINDS,
  ...SCHOOL_NOTIFICATION_KINDS,
  ...REGION_NOTIFICATION_KINDS,
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kinds of organisation that receive notifications; a partner works at its region's desk. */
export type NotifiedOrganizationKind = "EMPLOYER" | "SCHOOL" | "REGION" | "PARTNER";

/** The notification kinds a member of an organisation of `kind` can receive: those of its portal. */
export const NOTIFICATION_KINDS_OF: Record<NotifiedOrganizationKind, readonly NotificationKind[]> = {
  EMPLOYER: EMPLOYER_NOTIFICATION_KINDS,
  SCHOOL: SCHOOL_NOTIFICATION_KINDS,
  REGION: REGION_NOTIFICATION_KINDS,
  PARTNER: REGION_NOTIFICATION_KINDS,
};

/** Each kind in a few Dutch words, as the mail settings and the unsubscribe page list them. */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  sign: "Beoordelingen om te ondertekenen",
  coSign: "Beoordelingen om mede te ondertekenen",
  review: "Evaluaties van een Ontwikkelpad die eraan komen of te laat zijn",
  schoolAnswer: "Reacties van scholen op scholingsaanvragen",
  referral: "Voordrachten van kandidaten voor een vacature",
  trainingRequest: "Scholingsaanvragen die binnenkomen",
  credentialRequest: "Aanvragen voor een praktijkverklaring",
  pokToSign: "Praktijkovereenkomsten om te ondertekenen",
  duoReport: "Diploma's om bij DUO te melden",
  skillGapSignal: "Signalen van mentorteams",
  referralAnswered: "Reacties van werkgevers op voordrachten",
};

import type { RouterOutputs } from "@ontwikkelpad/api";
import { formatDate } from "./format.ts";

/** One notification as the api computes it (the same shape in the three portals). */
export type NotificationItem = RouterOutputs["employer"]["notifications"]["list"][number];

const ratings = (n: number) => `${n} ${n === 1 ? "beoordeling" : "beoordelingen"}`;
const deadline = (item: NotificationItem) =>
  item.overdue ? `te laat, was ${formatDate(item.on)}` : `uiterlijk ${formatDate(item.on)}`;

/** What a notification asks, in Dutch, and when; the bell and the employer's to-do list both say it. */
export function describeNotification(item: NotificationItem): { text: string; when: string | null } {
  switch (item.kind) {
    case "sign":
      return { text: `${ratings(item.count)} van ${item.name} ondertekenen`, when: null };
    case "coSign":
      return { text: `${ratings(item.count)} van ${item.name} medeondertekenen`, when: null };
    case "review":
      return {
        text: `Evaluatie van het Ontwikkelpad van ${item.name}`,
        when: item.overdue ? `te laat, was ${formatDate(item.on)}` : `op ${formatDate(item.on)}`,
      };
    case "schoolAnswer":
      return {
        text: `${item.detail ?? "De school"} heeft gereageerd op de scholingsaanvraag voor ${item.name}`,
        when: `op ${formatDate(item.on)}`,
      };
    case "referral":
      return {
        text: `Voordracht van ${item.name}${item.detail ? ` voor ${item.detail}` : ""} beantwoorden`,
        when: `voorgedragen op ${formatDate(item.on)}`,
      };
    case "trainingRequest":
      return {
        text: `Scholingsaanvraag van ${item.detail ?? "een werkgever"} voor ${item.name} beantwoorden`,
        when: `ontvangen op ${formatDate(item.on)}`,
      };
    case "credentialRequest":
      return {
        text: `Aanvraag praktijkverklaring van ${item.detail ?? "een werkgever"} voor ${item.name} beantwoorden`,
        when: `ontvangen op ${formatDate(item.on)}`,
      };
    case "pokToSign":
      return { text: `POK van ${item.name} bij ${item.detail ?? "de werkgever"} ondertekenen`, when: null };
    case "duoReport":
      return { text: `Diploma van ${item.name} melden bij DUO`, when: deadline(item) };
    case "skillGapSignal":
      return {
        text: `Signaal over ${item.name} van ${item.detail ?? "een mentorteam"} bevestigen`,
        when: `ontvangen op ${formatDate(item.on)}`,
      };
    case "referralAnswered":
      return {
        text: `${item.detail ?? "De werkgever"} heeft gereageerd op de voordracht van ${item.name}`,
        when: `op ${formatDate(item.on)}`,
      };
  }
}

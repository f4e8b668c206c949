import { NOTIFICATION_KINDS } from "@ontwikkelpad/core";
import { z } from "zod";

// The kinds per kind of organisation are core's, with their Dutch words.
export { NOTIFICATION_KINDS, type NotificationKind } from "@ontwikkelpad/core";

/**
 * What waits for someone. A notification is computed from the state, as the employer's to-do list
 * is: it is there while the work waits and gone once it is done, so nothing has to mark it read.
 */
export const notificationSchema = z.object({
  kind: z.enum(NOTIFICATION_KINDS),
  /** The person it is about; null when it is not about one of the organisation's own people. */
  personId: z.string().nullable(),
  /** Who or what it is about, as the recipient already sees it in the portal. */
  name: z.string(),
  /** Items of this kind for this person (ratings to (co-)sign); 1 otherwise. */
  count: z.number().int(),
  /** The date it is about: a review or a deadline, or the day it arrived. */
  on: z.iso.date().nullable(),
  overdue: z.boolean(),
  /** The school, vacancy, credential or werkproces it concerns. */
  detail: z.string().nullable(),
  /** The portal page (relative to the portal's root) where the work is done. */
  link: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

/** The signed-in user in the organisation whose notifications are read. */
export interface Recipient {
  organizationId: string;
  userId: string;
  roles: readonly string[];
}

/** How long a received answer stays a notification. */
export const ANSWER_DAYS = 30;

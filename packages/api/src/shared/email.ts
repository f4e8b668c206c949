import { z } from "zod";

/** RFC 5321's limit on an address; checked before the pattern, so a huge input is refused at once. */
const MAX_EMAIL_LENGTH = 254;

/** An e-mail address as a user types it, with Dutch messages. */
export const emailSchema = z
  .string({ error: "Vul een e-mailadres in." })
  .max(MAX_EMAIL_LENGTH, `Een e-mailadres heeft hoogstens ${MAX_EMAIL_LENGTH} tekens. Controleer het adres.`)
  .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."));

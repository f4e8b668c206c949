import type { Prisma } from "@ontwikkelpad/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { hashToken } from "../context.ts";
import { isoDate } from "./dates.ts";

/** How long a link to the employee's own view stays valid. */
export const EMPLOYEE_VIEW_DAYS = 30;

export const INVALID_EMPLOYEE_LINK =
  "Deze link naar je Ontwikkelpad bestaat niet, is vervangen of is verlopen. Vraag je werkgever om een nieuwe link.";

/** The open link behind a token with its path, or NOT_FOUND with a message the employee can act on. */
export async function openEmployeeViewLink(prisma: Prisma.TransactionClient, token: string) {
  const link = await prisma.employeeViewLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { developmentPath: { include: { employer: true } } },
  });
  if (!link || link.revokedAt || link.expiresAt <= new Date() || link.developmentPath.status === "STOPPED")
    throw new TRPCError({ code: "NOT_FOUND", message: INVALID_EMPLOYEE_LINK });
  return link;
}

/** The employee's agreement as shown to them and to HR: when, under which name, at which step. */
export const agreementSchema = z.object({ agreedOn: z.iso.date(), name: z.string(), step: z.number() });

export function readAgreement(link: {
  agreedAt: Date | null;
  agreedName: string | null;
  agreedStep: number | null;
}): z.infer<typeof agreementSchema> | null {
  return link.agreedAt && link.agreedName && link.agreedStep
    ? { agreedOn: isoDate(link.agreedAt), name: link.agreedName, step: link.agreedStep }
    : null;
}

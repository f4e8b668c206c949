import { type Database } from "@ontwikkelpad/db";
import { createTestDatabase } from "@ontwikkelpad/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dateColumn } from "../../../shared/dates.ts";
import { loggedInClient } from "../../../test-client.ts";

/**
 * The school hears that the employer lacks the SBB recognition when the request arrives and when it
 * proposes, the employer hears it on the request with what to do, and the school can write to the
 * employer on the request: not only at enrolment, after proposal and acceptance.
 */

let db: Database;
let kinderrijkId: string;

beforeAll(async () => {
  db = await createTestDatabase({ demo: true });
  kinderrijkId = (await db.prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } })).id;
});
afterAll(() => db.close());

const as = async (email: string) => (await loggedInClient(db, email, `messages-${email}`)).call();
const advisor = () => as("opleidingsadviseur@maasoever.demo");
const hr = () => as("hr@kinderrijk.demo");

// Milan asks for PMK via BBL; Kinderrijk is recognised for PMK in the derde leerweg only.
const milan = () =>
  db.prisma.person.findFirstOrThrow({ where: { givenName: "Milan", employerOrganizationId: kinderrijkId } });
const milansRequest = async () =>
  db.prisma.trainingRequest.findFirstOrThrow({ where: { personId: (await milan()).id } });
async function employerSide() {
  const request = await milansRequest();
  const view = await (await hr()).employer.paths.get({ personId: request.personId });
  return view.path!.trainingRequests.find((r) => r.id === request.id)!;
}

describe("the missing SBB recognition, before enrolment", () => {
  it("is told to the school on the request and when it proposes, and to the employer with what to do", async () => {
    const request = await milansRequest();
    const school = await advisor();
    const received = await school.school.requests.getTraining({ requestId: request.id });
    expect(received.recognitionWarning).toMatch(/^Kinderrijk heeft geen SBB-erkenning .*crebo 25696, BBL/);
    expect((await employerSide()).recognitionWarning).toMatch(
      /^Jouw organisatie heeft geen SBB-erkenning .*crebo 25696, BBL.*vraag haar aan bij SBB/,
    );

    const pmk = received.offers.find((o) => o.credentialId === "PMK" && o.openStarts.length > 0)!;
    const proposed = await school.school.requests.acceptTraining({
      requestId: request.id,
      offerId: pmk.id,
      startDate: pmk.openStarts[0]!,
      schedule: "Dinsdag lesdag",
      priceCents: null,
    });
    expect(proposed.recognitionWarning).toBe(received.recognitionWarning);
    expect((await employerSide()).recognitionWarning).not.toBeNull();
  });

  it("lets the school send the employer a message kept with the request, audited", async () => {
    const request = await milansRequest();
    const body = "Vraag bij SBB de erkenning aan voor PMK in de BBL; dan schrijven we Milan in.";
    const { id } = await (await advisor()).school.requests.sendMessage({ requestId: request.id, body });

    const onSchoolSide = await (await advisor()).school.requests.getTraining({ requestId: request.id });
    expect(onSchoolSide.messages).toEqual([
      { id, body, author: expect.any(String), sentAt: expect.any(String) },
    ]);
    expect((await employerSide()).messages).toEqual(onSchoolSide.messages);
    expect(
      await db.prisma.auditEvent.count({
        where: { action: "trainingRequest.message", entityId: request.id },
      }),
    ).toBe(1);
  });

  it("refuses another school, a docent and an empty message, and stores nothing", async () => {
    const request = await milansRequest();
    const body = "Een bericht dat niet mag aankomen.";
    await expect(
      (await as("opleidingsadviseur@hofstad.demo")).school.requests.sendMessage({
        requestId: request.id,
        body,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      (await as("docent@maasoever.demo")).school.requests.sendMessage({ requestId: request.id, body }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      (await advisor()).school.requests.sendMessage({ requestId: request.id, body: "  " }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await db.prisma.trainingRequestMessage.count({ where: { body } })).toBe(0);
  });

  it("is no longer told once the employer holds the recognition", async () => {
    const request = await milansRequest();
    await db.prisma.sbbRecognition.create({
      data: {
        employerOrganizationId: kinderrijkId,
        crebo: "25696",
        learningRoute: "BBL",
        status: "ACTIVE",
        recognisedFrom: dateColumn("2026-01-01"),
      },
    });
    expect(
      (await (await advisor()).school.requests.getTraining({ requestId: request.id })).recognitionWarning,
    ).toBeNull();
    expect((await employerSide()).recognitionWarning).toBeNull();
  });
});

// Long because: the table of every procedure with its allowed roles and valid input is one list, read whole by the matrix, tenant and fuzz tests.
import { DEMO_LOGINS, DEMO_PASSWORD, type Database } from "@ontwikkelpad/db";
import { signIssuedCredential } from "./shared/credentials/sign.ts";

/**
 * Every procedure of the router must have an entry here: who may call it, and a valid input built from
 * the first employer's data. A new procedure without an entry fails the first test of
 * `authorization.matrix.integration.test.ts`; `tenant-isolation.integration.test.ts` calls every query
 * with the same input.
 */
export type Outcome = "allowed" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST";
export type Ids = Awaited<ReturnType<typeof loadIds>>;
export interface Entry {
  /** A valid input, built from Kinderrijk's data (the "own" employer). */
  input: (ids: Ids) => unknown;
  anonymous: Outcome;
  school: Outcome;
  region: Outcome;
  /** Another employer's admin, calling with Kinderrijk's ids. */
  otherEmployer: Outcome;
  /** Kinderrijk's admin: allowed, or refused by a role check within the organisation. */
  ownEmployer: Outcome;
  /** Another school's opleidingsadviseur, calling with De Maasoever's ids; the same as `school` when left out. */
  otherSchool?: Outcome;
  /** UWV Rotterdam's intake, a partner of the Rijnmond region (region ids are Rijnmond's). */
  partner: Outcome;
  /** The coordinator of Haaglanden, calling with Rijnmond's ids. */
  otherRegion: Outcome;
}

const everyone: Omit<Entry, "input"> = {
  anonymous: "allowed",
  school: "allowed",
  region: "allowed",
  otherEmployer: "allowed",
  ownEmployer: "allowed",
  partner: "allowed",
  otherRegion: "allowed",
};
const signedIn: Omit<Entry, "input"> = { ...everyone, anonymous: "UNAUTHORIZED" };
/** A public procedure given an unknown token. */
const everyoneRefused: Omit<Entry, "input"> = {
  anonymous: "NOT_FOUND",
  school: "NOT_FOUND",
  region: "NOT_FOUND",
  otherEmployer: "NOT_FOUND",
  ownEmployer: "NOT_FOUND",
  partner: "NOT_FOUND",
  otherRegion: "NOT_FOUND",
};
/** An employer procedure without resource ids: any employer may call it for itself. */
const employerWide: Omit<Entry, "input"> = {
  anonymous: "UNAUTHORIZED",
  school: "FORBIDDEN",
  region: "FORBIDDEN",
  otherEmployer: "allowed",
  ownEmployer: "allowed",
  partner: "FORBIDDEN",
  otherRegion: "FORBIDDEN",
};
/** An employer procedure on one of Kinderrijk's resources. */
const employerOwn: Omit<Entry, "input"> = { ...employerWide, otherEmployer: "NOT_FOUND" };
/** Same, but the admin lacks the role (praktijkopleider or leidinggevende) the procedure asks for. */
const employerOwnOtherRole: Omit<Entry, "input"> = { ...employerOwn, ownEmployer: "FORBIDDEN" };
/** A school procedure without resource ids: any school may call it for itself. */
const schoolWide: Omit<Entry, "input"> = {
  anonymous: "UNAUTHORIZED",
  school: "allowed",
  region: "FORBIDDEN",
  otherEmployer: "FORBIDDEN",
  ownEmployer: "FORBIDDEN",
  partner: "FORBIDDEN",
  otherRegion: "FORBIDDEN",
  otherSchool: "allowed",
};
/** A school procedure on one of De Maasoever's resources: another school gets NOT_FOUND. */
const schoolOwn: Omit<Entry, "input"> = { ...schoolWide, otherSchool: "NOT_FOUND" };

/** A procedure of the region's own staff (not its partners), for the caller's own region. */
const regionWide: Omit<Entry, "input"> = {
  anonymous: "UNAUTHORIZED",
  school: "FORBIDDEN",
  region: "allowed",
  otherEmployer: "FORBIDDEN",
  ownEmployer: "FORBIDDEN",
  partner: "FORBIDDEN",
  otherRegion: "allowed",
};
/** A candidate-desk procedure without resource ids: the region's staff and its partners. */
const deskWide: Omit<Entry, "input"> = { ...regionWide, partner: "allowed" };
/** A candidate-desk procedure on one of Rijnmond's candidates (registered by UWV). */
const deskOwn: Omit<Entry, "input"> = { ...deskWide, otherRegion: "NOT_FOUND" };

/** A procedure of every employer, school and region for its own people (not for partners). */
const staffWide: Omit<Entry, "input"> = {
  anonymous: "UNAUTHORIZED",
  school: "allowed",
  region: "allowed",
  otherEmployer: "allowed",
  ownEmployer: "allowed",
  partner: "FORBIDDEN",
  otherRegion: "allowed",
};
/** Same, on one of Kinderrijk's people or invitations: every other organisation gets NOT_FOUND. */
const staffOwn: Omit<Entry, "input"> = {
  ...staffWide,
  school: "NOT_FOUND",
  region: "NOT_FOUND",
  otherEmployer: "NOT_FOUND",
  otherRegion: "NOT_FOUND",
};

let lrk = 300_000_000;
const newPerson = (locationId: string) => ({
  givenName: "Sam",
  familyName: "Test",
  functionId: "groepshulp",
  locationId,
  hoursPerWeek: 24,
  contractStart: "2026-12-01",
});

export const MATRIX: Record<string, Entry> = {
  "account.mailPreferences.get": { input: () => undefined, ...signedIn },
  // The kind is an employer's: a member of a school or region works in a portal without it.
  "account.mailPreferences.set": {
    input: () => ({ preferences: [{ kind: "sign", delivery: "DAILY_DIGEST" }] }),
    ...signedIn,
    school: "BAD_REQUEST",
    region: "BAD_REQUEST",
    partner: "BAD_REQUEST",
    otherRegion: "BAD_REQUEST",
  },
  "auth.login": { input: () => ({ email: DEMO_LOGINS[0]!.email, password: DEMO_PASSWORD }), ...everyone },
  "auth.me": { input: () => undefined, ...signedIn },
  "auth.switchOrganization": {
    input: (ids) => ({ organizationId: ids.employerId }),
    ...signedIn,
    school: "FORBIDDEN",
    region: "FORBIDDEN",
    otherEmployer: "FORBIDDEN",
    partner: "FORBIDDEN",
    otherRegion: "FORBIDDEN",
  },
  "auth.logout": { input: () => ({ everywhere: false }), ...signedIn },
  "catalog.functions": { input: () => undefined, ...everyone },
  "catalog.credentials": { input: () => undefined, ...everyone },
  "catalog.workProcesses": { input: () => undefined, ...everyone },
  "catalog.diplomaGroups": { input: () => undefined, ...everyone },
  "catalog.pathSteps": { input: () => undefined, ...everyone },

  "employer.organization.get": { input: () => undefined, ...employerWide },
  "employer.organization.locations": { input: () => undefined, ...employerWide },
  "employer.organization.employers": { input: () => undefined, ...employerWide },
  "employer.organization.addLocation": {
    input: () => ({ name: "Nieuwe locatie", type: "KDV", lrkNumber: String(lrk++), city: "Rotterdam" }),
    ...employerWide,
  },
  "employer.organization.addGroup": {
    input: (ids) => ({
      locationId: ids.locationId,
      name: "Baby's",
      minAgeMonths: 0,
      maxAgeMonths: 12,
      maxChildren: 9,
    }),
    ...employerOwn,
  },
  "employer.organization.addRecognition": {
    input: () => ({ crebo: "25696", learningRoute: "BBL", status: "REQUESTED" }),
    ...employerWide,
  },

  "employer.persons.list": { input: () => ({}), ...employerWide },
  "employer.persons.get": { input: (ids) => ({ personId: ids.personId }), ...employerOwn },
  "employer.persons.create": {
    input: (ids) => ({ kind: "CANDIDATE", ...newPerson(ids.locationId) }),
    ...employerOwn,
  },
  "employer.persons.update": {
    input: (ids) => ({
      personId: ids.personId,
      givenName: "Milan",
      familyName: "Jovanović",
      functionId: "groepshulp",
      locationId: ids.locationId,
      hoursPerWeek: 32,
      contractStart: "2025-09-01",
    }),
    ...employerOwn,
  },
  "employer.persons.archive": {
    input: (ids) => ({ personId: ids.archivePersonId, reason: "Uit dienst" }),
    ...employerOwn,
  },
  "employer.persons.import": {
    input: () => ({
      rows: [
        { voornaam: "Sam", achternaam: "Test", functie: "Groepshulp", uren: "24", startdatum: "01-12-2026" },
      ],
      dryRun: true,
    }),
    ...employerWide,
  },

  "employer.heldCredentials.list": { input: (ids) => ({ personId: ids.personId }), ...employerOwn },
  "employer.heldCredentials.add": {
    input: (ids) => ({
      personId: ids.personId,
      kind: "CERTIFICATE",
      credentialId: "C0126",
      issuedOn: "2024-06-30",
      institution: "Albeda, Rotterdam",
    }),
    ...employerOwn,
  },
  "employer.heldCredentials.upload": {
    input: (ids) => ({ personId: ids.personId, json: ids.uploadableCredentialJson }),
    ...employerOwn,
  },
  "employer.heldCredentials.archive": {
    input: (ids) => ({ heldCredentialId: ids.heldCredentialId, reason: "Dubbel ingevoerd" }),
    ...employerOwn,
  },
  "employer.heldCredentials.updateFacts": {
    input: (ids) => ({
      personId: ids.personId,
      languageLevel: "2F",
      languageSource: "Intakegesprek",
      vogRegistered: true,
      babyscholing: false,
      experienceYears: 1,
    }),
    ...employerOwn,
  },

  "employer.paths.get": { input: (ids) => ({ personId: ids.personId }), ...employerOwn },
  "employer.paths.routes": {
    input: (ids) => ({
      personId: ids.personId,
      goal: { kind: "function", functionId: "pedagogisch-medewerker" },
    }),
    ...employerOwn,
  },
  "employer.paths.start": { input: (ids) => ({ personId: ids.personWithoutPathId }), ...employerOwn },
  "employer.paths.save": {
    input: (ids) => ({
      pathId: ids.pathId,
      data: { step: 2, careerPerspective: "Pedagogisch medewerker op de BSO." },
    }),
    ...employerOwn,
  },
  "employer.paths.move": {
    input: (ids) => ({ pathId: ids.pathId, to: 6, reason: "De uren worden opnieuw afgesproken." }),
    ...employerOwn,
  },
  // The demo path's goal is not met yet: Kinderrijk's own call reaches core's refusal.
  "employer.paths.complete": {
    input: (ids) => ({ pathId: ids.pathId }),
    ...employerOwn,
    ownEmployer: "BAD_REQUEST",
  },
  "employer.paths.requestTraining": {
    input: (ids) => ({ pathId: ids.pathId, offerId: ids.offerId }),
    ...employerOwn,
  },
  "employer.paths.employeeView": { input: (ids) => ({ pathId: ids.pathId }), ...employerOwn },
  "employer.paths.inviteEmployee": { input: (ids) => ({ pathId: ids.invitablePathId }), ...employerOwn },
  "employer.paths.handovers": { input: () => undefined, ...employerWide },
  // Kinderrijk's own running path was handed over to no one: its own call is NOT_FOUND too.
  "employer.paths.continueHandover": {
    input: (ids) => ({ pathId: ids.pathId, personId: ids.personWithoutPathId }),
    ...employerOwn,
    ownEmployer: "NOT_FOUND",
  },

  "employer.assessments.get": { input: (ids) => ({ personId: ids.personId }), ...employerOwn },
  "employer.assessments.rate": {
    input: (ids) => ({
      personId: ids.personId,
      workProcessId: ids.workProcessId,
      result: "MASTERED",
      note: "Gezien",
      assessedOn: "2026-11-01",
    }),
    ...employerOwnOtherRole,
  },
  "employer.assessments.sign": {
    input: (ids) => ({ evidenceIds: [ids.evidenceId] }),
    ...employerOwnOtherRole,
  },
  "employer.assessments.correct": {
    input: (ids) => ({
      evidenceId: ids.evidenceId,
      result: "NOT_YET",
      note: "Nog niet",
      assessedOn: "2026-11-01",
      reason: "Verkeerd genoteerd",
    }),
    ...employerOwnOtherRole,
  },
  "employer.assessments.coSign": {
    input: (ids) => ({ evidenceIds: [ids.evidenceId] }),
    ...employerOwnOtherRole,
  },
  "employer.assessments.requestPraktijkverklaring": {
    input: (ids) => ({
      personId: ids.coSignedPersonId,
      templateId: "pv-helpende-zorg-welzijn",
      schoolId: ids.schoolId,
    }),
    ...employerOwn,
  },

  "employer.dashboard.get": { input: () => undefined, ...employerWide },
  "employer.todo.list": { input: () => undefined, ...employerWide },
  "employer.notifications.list": { input: () => undefined, ...employerWide },
  "employer.notifications.count": { input: () => undefined, ...employerWide },
  // One router for the people of every employer, school and region: each caller acts on its own
  // organisation; Kinderrijk's colleague and invitation are NOT_FOUND to every other one.
  "colleagues.list": { input: () => undefined, ...staffWide },
  "colleagues.invite": {
    input: () => ({ email: "nieuwe.collega@example.org", role: "MANAGER" }),
    ...staffWide,
    // A school or region gives its own roles, not an employer's.
    school: "BAD_REQUEST",
    region: "BAD_REQUEST",
    otherRegion: "BAD_REQUEST",
  },
  "colleagues.setRoles": {
    input: (ids) => ({ userId: ids.trainerUserId, roles: ["WORKPLACE_TRAINER"] }),
    ...staffOwn,
  },
  "colleagues.resendInvitation": { input: (ids) => ({ invitationId: ids.invitationId }), ...staffOwn },
  "colleagues.revokeInvitation": { input: (ids) => ({ invitationId: ids.invitationId }), ...staffOwn },
  // A link's token is the only key: a wrong one is refused the same way for everyone.
  "invitations.get": { input: () => ({ token: "onbekende-uitnodiging" }), ...everyoneRefused },
  "invitations.accept": {
    input: () => ({ token: "onbekende-uitnodiging", password: "wachtwoord-1234" }),
    ...everyoneRefused,
  },
  // The employee's own view: only the link's token opens it.
  // The public verify page: anyone checks a credential; an unknown credential id is not found.
  "verification.check": { input: () => ({ credential: {} }), ...everyone },
  "verification.checkIssued": { input: () => ({ credentialId: "onbekend-bewijs" }), ...everyoneRefused },
  "myPath.get": { input: () => ({ token: "onbekende-link-naar-pad" }), ...everyoneRefused },
  "myPath.credentials": { input: () => ({ token: "onbekende-link-naar-pad" }), ...everyoneRefused },
  "myPath.agree": {
    input: () => ({ token: "onbekende-link-naar-pad", name: "Milan Jovanović" }),
    ...everyoneRefused,
  },
  // A student's learning teams and reflections: the link's token is the key, never a member's id.
  "myPath.learningTeams": { input: () => ({ token: "onbekende-link-naar-pad" }), ...everyoneRefused },
  "myPath.writeReflection": {
    input: (ids) => ({
      token: "onbekende-link-naar-pad",
      memberId: ids.learningTeamMemberId,
      goalId: null,
      text: "Ik durfde de leerkracht vandaag zelf aan te spreken.",
    }),
    ...everyoneRefused,
  },
  "myPath.correctReflection": {
    input: (ids) => ({
      token: "onbekende-link-naar-pad",
      reflectionId: ids.learningTeamReflectionId,
      text: "Ik durfde de leerkracht vandaag zelf aan te spreken, met hulp van de coach.",
      reason: "De coach hielp mee.",
    }),
    ...everyoneRefused,
  },
  "employer.vacancies.list": { input: () => undefined, ...employerWide },
  "employer.vacancies.create": {
    input: () => ({ title: "Groepshulp", functionId: "groepshulp", hoursPerWeek: 20, openings: 1 }),
    ...employerWide,
  },
  "employer.vacancies.close": {
    input: (ids) => ({ vacancyId: ids.vacancyId, status: "CLOSED" }),
    ...employerOwn,
  },
  "employer.referrals.list": { input: () => undefined, ...employerWide },
  "employer.referrals.respond": {
    input: (ids) => ({ referralId: ids.referralId, decision: "decline", note: "Geen plek op de BSO." }),
    ...employerOwn,
  },

  "employer.trainingRequests.acceptProposal": {
    input: (ids) => ({ requestId: ids.proposedTrainingRequestId }),
    ...employerOwn,
  },

  "school.offers.list": { input: () => undefined, ...schoolWide },
  "school.offers.get": { input: (ids) => ({ offerId: ids.offerId }), ...schoolOwn },
  "school.offers.regions": { input: () => undefined, ...schoolWide },
  "school.offers.save": {
    input: () => ({
      title: "Certificaat Pedagogisch klimaat (avond)",
      credentialId: "C0125",
      learningRoute: "DERDE_LEERWEG",
      format: "ONLINE",
      durationWeeks: 20,
      hoursPerWeek: 3,
      priceCents: 90_000,
      onDemand: false,
      maxConcurrentLearners: null,
      starts: [{ startsOn: "2099-09-01", capacity: 12 }],
      regionCodes: ["AM22"],
      locations: [],
    }),
    ...schoolWide,
  },
  "school.offers.publish": { input: (ids) => ({ offerId: ids.offerId, published: true }), ...schoolOwn },
  "school.enrolments.list": { input: () => undefined, ...schoolWide },
  "school.enrolments.get": { input: (ids) => ({ enrolmentId: ids.enrolmentId }), ...schoolOwn },
  "school.enrolments.create": {
    // Kinderrijk accepted the proposal above (employer.trainingRequests.acceptProposal).
    input: (ids) => ({ trainingRequestId: ids.proposedTrainingRequestId }),
    ...schoolOwn,
  },
  "school.enrolments.update": {
    input: (ids) => ({
      enrolmentId: ids.enrolmentId,
      locationId: null,
      workplaceTrainerUserId: null,
      teacherUserId: null,
      startDate: null,
      endDate: null,
      totalHours: null,
      hoursPerWeek: null,
      daysPerWeek: null,
    }),
    ...schoolOwn,
    // Ellen's POK is signed: it never changes.
    school: "CONFLICT",
  },
  "school.enrolments.setStatus": {
    input: (ids) => ({ enrolmentId: ids.enrolmentId, to: "ENDED" }),
    ...schoolOwn,
  },
  "school.enrolments.sign": {
    input: (ids) => ({
      enrolmentId: ids.enrolmentId,
      party: "LEARNER",
      signedBy: "Ellen de Graaf",
      signedOn: "2026-08-25",
    }),
    ...schoolOwn,
    // Ellen's POK is signed by all three already: core refuses another signature.
    school: "BAD_REQUEST",
  },
  "school.requests.list": { input: () => undefined, ...schoolWide },
  "school.requests.getTraining": {
    input: (ids) => ({ requestId: ids.trainingRequestId }),
    ...schoolOwn,
  },
  "school.requests.acceptTraining": {
    input: (ids) => ({
      requestId: ids.trainingRequestId,
      offerId: ids.pmkOfferId,
      startDate: ids.pmkStart,
      schedule: "Maandag lesdag",
      priceCents: 275_000,
    }),
    ...schoolOwn,
  },
  "school.requests.sendMessage": {
    input: (ids) => ({
      requestId: ids.trainingRequestId,
      body: "Vraag de SBB-erkenning aan voor deze opleiding en leerweg.",
    }),
    ...schoolOwn,
  },
  "school.requests.declineTraining": {
    input: (ids) => ({ requestId: ids.trainingRequestId, reason: "De groep is vol." }),
    ...schoolOwn,
    // Runs after acceptTraining above: the request has its answer by then.
    school: "CONFLICT",
  },
  "school.requests.getCredential": {
    input: (ids) => ({ requestId: ids.credentialRequestId }),
    ...schoolOwn,
  },
  "school.requests.issuePraktijkverklaring": {
    input: (ids) => ({ requestId: ids.credentialRequestId }),
    ...schoolOwn,
  },
  "school.requests.declineCredential": {
    input: (ids) => ({ requestId: ids.credentialRequestId, reason: "Nog niet alles beoordeeld." }),
    ...schoolOwn,
    school: "CONFLICT",
  },
  // School portal: subsidy evidence and a new POK on change of employer. Ellen's POK has ended by
  // now (school.enrolments.setStatus above): entries within its period are still kept, it is no
  // longer replaced.
  "school.subsidy.evidence": { input: (ids) => ({ enrolmentId: ids.enrolmentId }), ...schoolOwn },
  "school.subsidy.recordAttendance": {
    input: (ids) => ({ enrolmentId: ids.enrolmentId, date: "2026-10-05", present: true, hoursPresent: 4 }),
    ...schoolOwn,
  },
  "school.subsidy.recordCoaching": {
    input: (ids) => ({
      enrolmentId: ids.enrolmentId,
      date: "2026-10-06",
      minutes: 30,
      coachUserId: ids.trainerUserId,
      topic: "Voortgangsgesprek",
    }),
    ...schoolOwn,
  },
  "school.subsidy.rvoLearners": { input: () => undefined, ...schoolWide },
  "school.subsidy.rvoExport": {
    input: (ids) => ({ from: "2026-09-01", to: "2026-11-30", enrolmentIds: [ids.enrolmentId] }),
    ...schoolOwn,
  },
  "school.employerChange.options": { input: (ids) => ({ enrolmentId: ids.enrolmentId }), ...schoolOwn },
  "school.employerChange.replace": {
    input: (ids) => ({
      enrolmentId: ids.enrolmentId,
      employerOrganizationId: ids.schoolId,
      startDate: "2026-12-01",
    }),
    ...schoolOwn,
    school: "CONFLICT",
  },
  // School portal: exam results and Deelnemers. The school caller is an opleidingsadviseur: reading
  // is open to every school role, recording results is for the examinator and the examencommissie.
  "school.examResults.list": { input: () => undefined, ...schoolWide },
  "school.examResults.candidates": { input: () => undefined, ...schoolWide },
  "school.examResults.history": { input: (ids) => ({ examResultId: ids.examResultId }), ...schoolOwn },
  "school.examResults.register": {
    input: (ids) => ({
      credentialId: "C0125",
      workProcessIds: [ids.c0125WorkProcessId],
      title: "Examen",
      assessedOn: null,
      entries: [{ personId: ids.examLearnerId, enrolmentId: null, outcome: null, note: null }],
    }),
    ...schoolOwn,
    school: "FORBIDDEN",
  },
  "school.examResults.move": {
    input: (ids) => ({ examResultId: ids.examResultId, move: "establish" }),
    ...schoolOwn,
    school: "FORBIDDEN",
  },
  "school.examResults.correct": {
    input: (ids) => ({
      examResultId: ids.establishedExamResultId,
      outcome: "FAILED",
      assessedOn: "2026-10-28",
      note: null,
      reason: "Verkeerde uitslag",
    }),
    ...schoolOwn,
    school: "FORBIDDEN",
  },
  "school.learners.list": { input: () => undefined, ...schoolWide },
  "school.learners.get": { input: (ids) => ({ personId: ids.examLearnerId }), ...schoolOwn },
  // ── werkgever portal: the learning teams Kinderrijk hosts ──
  "employer.learningTeams.list": { input: () => undefined, ...employerWide },
  "employer.learningTeams.get": { input: (ids) => ({ teamId: ids.learningTeamId }), ...employerOwn },
  "employer.learningTeams.addSupervisor": {
    input: (ids) => ({ teamId: ids.learningTeamId, name: "Joke Smit", jobTitle: "Locatiemanager" }),
    ...employerOwn,
  },
  "employer.learningTeams.removeSupervisor": {
    input: (ids) => ({ supervisorId: ids.learningTeamSupervisorId }),
    ...employerOwn,
  },

  // ── school portal: learning teams (De Maasoever's team at Kinderrijk; De Maasoever's region holds no other school) ──
  "school.learningTeams.list": { input: () => undefined, ...schoolWide },
  "school.learningTeams.get": { input: (ids) => ({ teamId: ids.learningTeamId }), ...schoolOwn },
  "school.learningTeams.create": {
    input: (ids) => ({
      name: "Leerteam Delfshaven",
      hostOrganizationId: ids.employerId,
      question: "Hoe werken opvang en school samen aan de overgang naar groep 1?",
      teamCoachName: "Ruben Koster",
      startsOn: "2026-09-01",
      endsOn: "2027-06-30",
    }),
    // Kinderrijk is not in Hofstad's region: not a host Hofstad may choose.
    ...schoolOwn,
  },
  "school.learningTeams.inviteSchool": {
    input: (ids) => ({ teamId: ids.learningTeamId, schoolOrganizationId: ids.otherSchoolId }),
    // Hofstad is not in De Maasoever's region: not a partner it may invite.
    ...schoolOwn,
    school: "NOT_FOUND",
  },
  // De Maasoever made the team: it has no invitation to take up.
  "school.learningTeams.accept": {
    input: (ids) => ({ teamId: ids.learningTeamId }),
    ...schoolOwn,
    school: "CONFLICT",
  },
  "school.learningTeams.enrolments": { input: () => ({ search: "" }), ...schoolWide },
  "school.learningTeams.addMember": {
    input: (ids) => ({ teamId: ids.learningTeamId, studentName: "Sam Test", programmeId: "hbo-pabo" }),
    ...schoolOwn,
  },
  "school.learningTeams.addGoal": {
    input: (ids) => ({
      memberId: ids.learningTeamMemberId,
      goal: { competenceId: "signaleren-en-doorverwijzen" },
      description: "Ik bespreek wat ik zie met de leerkracht.",
    }),
    ...schoolOwn,
  },
  "school.learningTeams.assessGoal": {
    input: (ids) => ({
      goalId: ids.learningTeamGoalId,
      assessment: "Fenna legt haar observaties helder uit.",
    }),
    ...schoolOwn,
  },
  "school.learningTeams.addMeeting": {
    input: (ids) => ({
      teamId: ids.learningTeamId,
      heldOn: "2026-10-06",
      notes: "Eerste overleg met de school.",
    }),
    ...schoolOwn,
  },
  // Last of the team's procedures: a closed team refuses every change after it.
  "school.learningTeams.close": {
    input: (ids) => ({ teamId: ids.learningTeamId, product: "Een overdrachtsformulier voor groep 1." }),
    ...schoolOwn,
  },

  // ── school portal: classes and aansluiting ──
  "school.classes.list": { input: () => undefined, ...schoolWide },
  "school.classes.get": { input: (ids) => ({ classId: ids.classId }), ...schoolOwn },
  "school.classes.create": {
    input: (ids) => ({
      name: "Matrixklas",
      credentialId: "PMK",
      cohortYear: 2027,
      regionOrganizationId: ids.classRegionId,
    }),
    ...schoolWide,
    // Hofstad does not belong to Rijnmond.
    otherSchool: "NOT_FOUND",
  },
  "school.classes.addLearner": {
    input: (ids) => ({ classId: ids.classId, enrolmentId: ids.classEnrolmentId }),
    ...schoolOwn,
  },
  "school.classes.removeLearner": {
    input: (ids) => ({ classId: ids.classId, enrolmentId: ids.classEnrolmentId }),
    ...schoolOwn,
  },
  "school.classes.adopt": {
    input: (ids) => ({ classId: ids.classId, employerOrganizationId: ids.employerId }),
    ...schoolOwn,
  },
  "school.classes.removeAdoption": {
    input: (ids) => ({ classId: ids.classId, employerOrganizationId: ids.employerId }),
    ...schoolOwn,
    // Kinderrijk's praktijkopleider is in the mentor team.
    school: "CONFLICT",
  },
  "school.classes.addMember": {
    input: (ids) => ({ classId: ids.classId, userId: ids.classTrainerUserId }),
    ...schoolOwn,
  },
  "school.classes.removeMember": {
    input: (ids) => ({ classId: ids.classId, userId: ids.classTrainerUserId }),
    ...schoolOwn,
  },
  "school.classes.addNote": {
    input: (ids) => ({
      classId: ids.classId,
      enrolmentId: ids.classEnrolmentId,
      isoWeek: "2026-W49",
      text: "Reflectie van deze week.",
    }),
    ...schoolOwn,
    // Only the mentor team's docent writes notes, not the opleidingsadviseur.
    school: "FORBIDDEN",
  },
  "school.classes.sendSignal": {
    input: (ids) => ({
      classId: ids.classId,
      workProcessId: ids.classGapWorkProcessId,
      comment: "Graag bespreken in de regiegroep.",
    }),
    ...schoolOwn,
    school: "FORBIDDEN",
  },
  "school.alignment.get": { input: () => undefined, ...schoolWide },
  // School portal: issuing (certificates, diplomas, corrections, DUO reminder, PDF and Open Badges data).
  "school.credentials.learners": { input: () => undefined, ...schoolWide },
  "school.credentials.learner": { input: (ids) => ({ personId: ids.issuingLearnerId }), ...schoolOwn },
  "school.credentials.issued": { input: () => undefined, ...schoolWide },
  "school.exemptions.list": { input: (ids) => ({ personId: ids.exemptionLearnerId }), ...schoolOwn },
  "school.exemptions.request": {
    input: (ids) => ({
      personId: ids.exemptionLearnerId,
      credentialId: "GPM",
      workProcessIds: ids.exemptionWorkProcessIds,
      ground: "OTHER_SCHOOL_CERTIFICATE",
      groundDetail: "Certificaat van een andere school",
    }),
    ...schoolOwn,
  },
  "school.exemptions.decide": {
    input: (ids) => ({ exemptionId: ids.exemptionId, decision: "GRANTED", note: "EVC dekt het werkproces." }),
    ...schoolOwn,
    // Only the examencommissie decides: the opleidingsadviseur is refused.
    school: "FORBIDDEN",
  },
  "school.exemptions.correct": {
    input: (ids) => ({
      exemptionId: ids.exemptionId,
      decision: "REFUSED",
      note: "Het EVC dekt het werkproces niet.",
      reason: "Verkeerd besluit",
    }),
    ...schoolOwn,
    school: "FORBIDDEN",
  },
  "school.credentials.issue": {
    input: (ids) => ({ personId: ids.issuingLearnerId, credentialId: "C0125" }),
    ...schoolOwn,
    // Only the examencommissie issues certificates: both opleidingsadviseurs are refused first.
    school: "FORBIDDEN",
    otherSchool: "FORBIDDEN",
  },
  "school.credentials.supersede": {
    input: (ids) => ({
      credentialId: ids.issuedCertificateId,
      reason: "Verkeerde datum.",
      issuedOn: "2026-06-30",
    }),
    ...schoolOwn,
    school: "FORBIDDEN",
  },
  "school.credentials.duoReminders": { input: () => undefined, ...schoolWide },
  "school.notifications.list": { input: () => undefined, ...schoolWide },
  "school.notifications.count": { input: () => undefined, ...schoolWide },
  "school.credentials.markDuoReported": {
    input: (ids) => ({ credentialId: ids.issuedCertificateId }),
    ...schoolOwn,
    // The demo's issued credential is a certificate: only a diploma is reported to DUO.
    school: "NOT_FOUND",
  },
  "school.credentials.document": {
    input: (ids) => ({ credentialId: ids.issuedCertificateId }),
    ...schoolOwn,
  },
  "school.credentials.openBadge": {
    input: (ids) => ({ credentialId: ids.issuedCertificateId }),
    ...schoolOwn,
  },
  "region.dashboard.get": { input: () => undefined, ...regionWide },
  "region.learningTeams.count": { input: () => undefined, ...regionWide },
  "region.funnel.get": {
    input: () => ({ by: "month", period: "2026-Q3" }),
    ...regionWide,
  },
  "region.reports.ministry": { input: () => ({ period: "2026-Q3" }), ...regionWide },
  "region.funding.get": { input: () => undefined, ...regionWide },
  "region.signals.list": { input: () => undefined, ...regionWide },
  "region.forecast.get": { input: () => undefined, ...regionWide },
  "region.implementation.get": { input: () => undefined, ...regionWide },
  "region.implementation.listBottlenecks": { input: () => undefined, ...regionWide },
  "region.implementation.addBottleneck": {
    input: () => ({
      category: "FUNDING",
      description: "Subsidie komt te laat binnen.",
      owner: "Gemeente",
      raisedOn: "2026-11-30",
    }),
    ...regionWide,
  },
  "region.implementation.setBottleneckStatus": {
    input: (ids) => ({ bottleneckId: ids.bottleneckId, status: "IN_PROGRESS" }),
    ...regionWide,
    otherRegion: "NOT_FOUND",
  },
  "region.implementation.listLearningCircles": { input: () => undefined, ...regionWide },
  "region.implementation.addLearningCircle": {
    input: () => ({
      heldOn: "2026-11-30",
      topic: "Instroom zij-instromers",
      participants: ["Kinderrijk", "UWV Rotterdam"],
      notes: "",
    }),
    ...regionWide,
  },
  "region.implementation.addLearningCircleAction": {
    input: (ids) => ({
      sessionId: ids.learningCircleSessionId,
      description: "Rooster delen met werkgevers.",
      owner: "ROC",
      dueOn: null,
    }),
    ...regionWide,
    otherRegion: "NOT_FOUND",
  },
  "region.implementation.setLearningCircleActionDone": {
    input: (ids) => ({ actionId: ids.learningCircleActionId, done: true }),
    ...regionWide,
    otherRegion: "NOT_FOUND",
  },
  "region.signals.review": {
    input: (ids) => ({ signalId: ids.signalId, action: "acknowledge" }),
    ...regionWide,
    otherRegion: "NOT_FOUND",
  },
  "region.candidates.list": { input: () => undefined, ...deskWide },
  "region.notifications.list": { input: () => undefined, ...deskWide },
  "region.notifications.count": { input: () => undefined, ...deskWide },
  "region.candidates.register": {
    input: () => ({
      givenName: "Sam",
      familyName: "Test",
      consentRegistration: true,
      consentAdvice: false,
      consentGivenOn: "2026-11-30",
    }),
    ...deskWide,
  },
  "region.candidates.get": { input: (ids) => ({ candidateId: ids.candidateId }), ...deskOwn },
  "region.candidates.saveIntake": {
    input: (ids) => ({
      candidateId: ids.candidateId,
      availableFrom: "2026-12-01",
      hoursPerWeek: 24,
      city: "Rotterdam",
      postcodeArea: "3024",
      travelDistanceKm: 10,
      locationTypes: ["KDV"],
      languageLevel: "2F",
      workProcessIds: [],
      priorDiplomas: [],
    }),
    ...deskOwn,
  },
  "region.candidates.withdrawConsent": {
    input: (ids) => ({ candidateId: ids.deskCandidateId, purpose: "ADVICE" }),
    ...deskOwn,
    // The desk's own candidate, not the partner's.
    partner: "NOT_FOUND",
  },
  "region.referrals.matches": {
    input: (ids) => ({ candidateId: ids.candidateId }),
    ...deskOwn,
    partner: "FORBIDDEN",
  },
  "region.advice.get": {
    input: (ids) => ({ candidateId: ids.referCandidateId, goalFunctionId: "pedagogisch-medewerker" }),
    ...deskOwn,
    partner: "FORBIDDEN",
  },
  "region.advice.notes": {
    input: (ids) => ({ candidateId: ids.adviceCandidateId }),
    ...deskOwn,
    partner: "FORBIDDEN",
  },
  "region.advice.save": {
    input: (ids) => ({
      candidateId: ids.adviceCandidateId,
      goalFunctionId: "pedagogisch-medewerker",
      routeId: "PMK:DERDE_LEERWEG",
      adviceText: "PMK via de derde leerweg, naast werk als groepshulp.",
      nextSteps: [{ description: "Intake bij de school", dueOn: "2026-12-20" }],
      correctionReason: "Oksana wil sneller beginnen.",
    }),
    ...deskOwn,
    partner: "FORBIDDEN",
  },
  "region.advice.give": {
    input: (ids) => ({ noteId: ids.conceptAdviceId }),
    ...deskOwn,
    // Noor's concept: she was registered by the gemeente, not by UWV.
    partner: "NOT_FOUND",
  },
  "region.advice.followUp": {
    input: (ids) => ({ noteId: ids.givenAdviceId }),
    ...deskOwn,
    partner: "FORBIDDEN",
  },
  "region.referrals.send": {
    input: (ids) => ({
      candidateId: ids.referCandidateId,
      vacancyId: ids.regionVacancyId,
      reason: "Woont dichtbij en wil op een KDV werken.",
      consentToShare: true,
    }),
    ...deskOwn,
    partner: "FORBIDDEN",
  },
};

/** Kinderrijk's resources the matrix calls with. */
export async function loadIds(prisma: Database["prisma"]) {
  const employer = await prisma.organization.findFirstOrThrow({ where: { name: "Kinderrijk" } });
  const own = { employerOrganizationId: employer.id };
  const person = (givenName: string) => prisma.person.findFirstOrThrow({ where: { ...own, givenName } });
  const milan = await person("Milan");
  const path = await prisma.developmentPath.findFirstOrThrow({ where: { personId: milan.id } });
  const evidence = await prisma.evidence.findFirstOrThrow({
    where: { personId: milan.id, kind: "PRACTICE_ASSESSMENT", signedAt: { not: null } },
  });
  const offer = await prisma.trainingOffer.findFirstOrThrow({
    where: { credentialId: "pv-helpende-zorg-welzijn" },
  });
  const pmk = await prisma.trainingOffer.findFirstOrThrow({
    where: { credentialId: "PMK" },
    include: { starts: true },
  });
  const issuedCertificate = await prisma.issuedCredential.findFirstOrThrow({
    where: { personId: milan.id, kind: "CERTIFICATE" },
  });
  return {
    employerId: employer.id,
    personId: milan.id,
    archivePersonId: (await person("Lotte")).id,
    personWithoutPathId: (await person("Daan")).id,
    coSignedPersonId: (await person("Ellen")).id,
    locationId: (await prisma.location.findFirstOrThrow({ where: own })).id,
    pathId: path.id,
    /** Ellen's path: her e-mail address stays, unlike Milan's, which the update above leaves out. */
    invitablePathId: (
      await prisma.developmentPath.findFirstOrThrow({ where: { personId: (await person("Ellen")).id } })
    ).id,
    evidenceId: evidence.id,
    workProcessId: evidence.workProcessId.replace(/W\d+$/, "W3"),
    offerId: offer.id,
    schoolId: offer.schoolOrganizationId,
    vacancyId: (
      await prisma.vacancy.findFirstOrThrow({ where: { ...own, functionId: "pedagogisch-medewerker" } })
    ).id,
    referralId: (await prisma.referral.findFirstOrThrow({ where: { ...own, status: "PROPOSED" } })).id,
    invitationId: (await prisma.invitation.findFirstOrThrow({ where: { organizationId: employer.id } })).id,
    trainerUserId: (
      await prisma.membership.findFirstOrThrow({
        where: { organizationId: employer.id, role: "WORKPLACE_TRAINER" },
      })
    ).userId,
    heldCredentialId: (
      await prisma.heldCredential.findFirstOrThrow({ where: { ...own, person: { givenName: "Eva" } } })
    ).id,
    trainingRequestId: (await prisma.trainingRequest.findFirstOrThrow({ where: { personId: milan.id } })).id,
    pmkOfferId: pmk.id,
    pmkStart: pmk.starts[0]!.startsOn.toISOString().slice(0, 10),
    proposedTrainingRequestId: (
      await prisma.trainingRequest.findFirstOrThrow({ where: { ...own, proposedStartDate: { not: null } } })
    ).id,
    enrolmentId: (
      await prisma.enrolment.findFirstOrThrow({ where: { personId: (await person("Ellen")).id } })
    ).id,
    credentialRequestId: (
      await prisma.credentialRequest.findFirstOrThrow({ where: { ...own, status: "SUBMITTED" } })
    ).id,
    issuingLearnerId: (await person("Rosa")).id,
    issuedCertificateId: issuedCertificate.id,
    ...(await loadUploadableCredential(prisma, issuedCertificate.id)),
    ...(await loadExamResultIds(prisma)),
    ...(await loadExemptionIds(prisma)),
    ...(await loadRegionIds(prisma)),
    ...(await loadClassIds(prisma)),
    ...(await loadLearningTeamIds(prisma)),
  };
}

/** Milan's certificate as the signed credential HR may upload for him (signed now if the demo has not yet). */
async function loadUploadableCredential(prisma: Database["prisma"], issuedCredentialId: string) {
  const signed =
    (await prisma.signedCredential.findUnique({ where: { issuedCredentialId } })) ??
    (await prisma.$transaction((tx) => signIssuedCredential(tx, issuedCredentialId)));
  return { uploadableCredentialJson: JSON.stringify(signed.document) };
}

/** De Maasoever's learner with exam results, one result awaiting the examencommissie and one established. */
async function loadExamResultIds(prisma: Database["prisma"]) {
  const result = (status: "ASSESSED" | "ESTABLISHED") =>
    prisma.examResult.findFirstOrThrow({ where: { status, person: { givenName: "Fleur" } } });
  const assessed = await result("ASSESSED");
  return {
    examLearnerId: assessed.personId,
    examResultId: assessed.id,
    establishedExamResultId: (await result("ESTABLISHED")).id,
    c0125WorkProcessId: assessed.workProcessIds[0]!,
  };
}

/** De Maasoever's GPM learner with a request for a vrijstelling awaiting the examencommissie. */
async function loadExemptionIds(prisma: Database["prisma"]) {
  const exemption = await prisma.exemption.findFirstOrThrow({
    where: { status: "REQUESTED", person: { givenName: "Yara" } },
  });
  return {
    exemptionLearnerId: exemption.personId,
    exemptionId: exemption.id,
    exemptionWorkProcessIds: exemption.workProcessIds,
  };
}

/** Rijnmond's candidates and a vacancy in the region. */
async function loadRegionIds(prisma: Database["prisma"]) {
  const candidate = (givenName: string) =>
    prisma.candidateRegistration.findFirstOrThrow({ where: { person: { givenName } } });
  return {
    candidateId: (await candidate("Samira")).id,
    deskCandidateId: (await candidate("Lisa")).id,
    referCandidateId: (await candidate("Noor")).id,
    adviceCandidateId: (await candidate("Oksana")).id,
    conceptAdviceId: (await prisma.adviceNote.findFirstOrThrow({ where: { status: "CONCEPT" } })).id,
    givenAdviceId: (await prisma.adviceNote.findFirstOrThrow({ where: { status: "GIVEN" } })).id,
    signalId: (await prisma.skillGapSignal.findFirstOrThrow()).id,
    bottleneckId: (await prisma.bottleneck.findFirstOrThrow()).id,
    learningCircleSessionId: (await prisma.learningCircleSession.findFirstOrThrow()).id,
    learningCircleActionId: (await prisma.learningCircleAction.findFirstOrThrow()).id,
    regionVacancyId: (
      await prisma.vacancy.findFirstOrThrow({ where: { title: "Groepshulp KDV Delfshaven" } })
    ).id,
  };
}

/** De Maasoever's adopted class, one of its learners, a praktijkopleider of Kinderrijk and its skill gap. */
async function loadClassIds(prisma: Database["prisma"]) {
  const schoolClass = await prisma.schoolClass.findFirstOrThrow({ where: { name: "PMK-BBL Rijnmond 2026" } });
  const notYet = await prisma.evidence.groupBy({
    by: ["workProcessId"],
    where: { result: "NOT_YET", person: { enrolments: { some: { schoolClassId: schoolClass.id } } } },
    _count: true,
    orderBy: { _count: { workProcessId: "desc" } },
  });
  return {
    classId: schoolClass.id,
    classRegionId: schoolClass.regionOrganizationId!,
    classEnrolmentId: (
      await prisma.enrolment.findFirstOrThrow({
        where: { schoolClassId: schoolClass.id, person: { givenName: "Fenna" } },
      })
    ).id,
    classTrainerUserId: (
      await prisma.user.findUniqueOrThrow({ where: { email: "praktijkopleider2@kinderrijk.demo" } })
    ).id,
    classGapWorkProcessId: notYet[0]!.workProcessId,
  };
}

/** De Maasoever's learning team at Kinderrijk, its student and her goal, its practice supervisor, and the school it may not invite. */
async function loadLearningTeamIds(prisma: Database["prisma"]) {
  const team = await prisma.learningTeam.findFirstOrThrow({ where: { name: "Leerteam De Boomhut" } });
  const member = await prisma.learningTeamMember.findFirstOrThrow({
    where: { learningTeamId: team.id },
    include: { goals: true },
  });
  const supervisor = await prisma.learningTeamSupervisor.findFirstOrThrow({
    where: { learningTeamId: team.id },
  });
  return {
    learningTeamId: team.id,
    learningTeamSupervisorId: supervisor.id,
    learningTeamMemberId: member.id,
    learningTeamGoalId: member.goals[0]!.id,
    // Noa Brinkman's reflection in Deventer's team: only her own view's token corrects it.
    learningTeamReflectionId: (await prisma.learningTeamReflection.findFirstOrThrow()).id,
    otherSchoolId: (await prisma.organization.findFirstOrThrow({ where: { name: "ROC Hofstad" } })).id,
  };
}

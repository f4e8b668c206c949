/**
 * The roles a user holds in an organisation, spelled as the database's `Role` enum (the api checks
 * at compile time that the two lists are the same). Code outside core names a role only through
 * these constants; `pnpm lint` refuses a literal role name in the api and the portals.
 */
export const ROLES = {
  /** Beheerder of an employer. */
  ADMIN: "ADMIN",
  /** Praktijkopleider. */
  WORKPLACE_TRAINER: "WORKPLACE_TRAINER",
  /** Leidinggevende. */
  MANAGER: "MANAGER",
  /** Opleidingsadviseur of a school. */
  TRAINING_ADVISOR: "TRAINING_ADVISOR",
  /** Docent. */
  TEACHER: "TEACHER",
  /** Examinator. */
  EXAMINER: "EXAMINER",
  /** Examencommissie. */
  EXAM_COMMITTEE: "EXAM_COMMITTEE",
  /** Regiecoördinator of an arbeidsmarktregio. */
  COORDINATOR: "COORDINATOR",
  /** Adviseur of the werkgeversservicepunt. */
  WSP_ADVISOR: "WSP_ADVISOR",
  /** Adviseur of the Leerwerkloket. */
  LWL_ADVISOR: "LWL_ADVISOR",
  /** Intake at a partner organisation of a region (UWV, gemeente). */
  INTAKE: "INTAKE",
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];

const { ADMIN, WORKPLACE_TRAINER, MANAGER, TRAINING_ADVISOR, TEACHER, EXAMINER, EXAM_COMMITTEE } = ROLES;
const { COORDINATOR, WSP_ADVISOR, LWL_ADVISOR, INTAKE } = ROLES;

/** The roles of each kind of organisation; a role belongs to exactly one kind. */
export const ROLES_OF_KIND = {
  EMPLOYER: [ADMIN, WORKPLACE_TRAINER, MANAGER],
  SCHOOL: [TRAINING_ADVISOR, TEACHER, EXAMINER, EXAM_COMMITTEE],
  REGION: [COORDINATOR, WSP_ADVISOR, LWL_ADVISOR],
  PARTNER: [INTAKE],
} as const satisfies Record<string, readonly Role[]>;

export type RoleKind = keyof typeof ROLES_OF_KIND;

/** Who coaches a learner in a POK and sits in a class's mentor team: the praktijkopleider and the docent. */
export const COACH_ROLES = [WORKPLACE_TRAINER, TEACHER] as const;
export type CoachRole = (typeof COACH_ROLES)[number];

/**
 * Who may do what within their own organisation, by role: every action of the three portals. The
 * api names each procedure's action (`.meta({ action })`) and checks it against this table; the
 * portals read the same table only to leave out buttons the server would refuse. An action open to
 * every member of a kind of organisation is named too, so that every procedure names one.
 */
export const PERMISSIONS = {
  // ── employer ──
  /** What every member of an employer sees and does: the team, paths, held credentials, vacancies. */
  employerMember: [ADMIN, WORKPLACE_TRAINER, MANAGER],
  /** Add locations, groups and SBB recognitions. */
  manageOrganization: [ADMIN],
  /** Invite colleagues, change their roles, remove their access: the beheerder. */
  manageColleagues: [ADMIN],
  /** Rate, sign and correct werkprocessen in the praktijkbeoordeling: the praktijkopleider. */
  rateWorkProcesses: [WORKPLACE_TRAINER],
  /** Co-sign signed ratings: the leidinggevende. */
  coSignRatings: [MANAGER],
  /** Follow up the schools' answers and the region's referrals (they appear on this role's to-do list). */
  followUpAnswersAndReferrals: [ADMIN],
  /**
   * Name and remove the practice supervisors of a learning team the organisation hosts: the beheerder
   * and the leidinggevende, who arrange the work floor the students join (not the praktijkopleider, who
   * may be one of them).
   */
  manageLearningTeamSupervisors: [ADMIN, MANAGER],

  // ── school ──
  /** What every member of a school sees: the aanbod, the inbox, deelnemers, exams, classes, Uitgeven. */
  schoolMember: [TRAINING_ADVISOR, TEACHER, EXAMINER, EXAM_COMMITTEE],
  /** Write, publish and withdraw the scholingsaanbod: the opleidingsadviseur. */
  manageOffers: [TRAINING_ADVISOR],
  /** Answer training requests with a proposal or a reason: the opleidingsadviseur. */
  answerTrainingRequests: [TRAINING_ADVISOR],
  /** Enrol a learner from an accepted proposal, and start a new POK on a change of employer. */
  enrolLearners: [TRAINING_ADVISOR],
  /** Fill in a POK and move it through its lifecycle: the opleidingsadviseur and the docent. */
  managePoks: [TRAINING_ADVISOR, TEACHER],
  /** Keep the attendance register and coaching log of a signed POK and make the RVO export. */
  recordSubsidyEvidence: [TRAINING_ADVISOR, TEACHER],
  /** Arrange classes: their learners, adopting employers and mentor team: the opleidingsadviseur. */
  manageClasses: [TRAINING_ADVISOR],
  /** Write weekly notes and send skill-gap signals: a docent (who must also be in the class's mentor team). */
  writeClassNotes: [TEACHER],
  /**
   * Make a learning team at a host organisation, invite partner schools, take up an invitation, add the
   * school's own students and close the team with its product: the opleidingsadviseur.
   */
  manageLearningTeams: [TRAINING_ADVISOR],
  /**
   * Set and assess the school's own students' goals in a learning team and write its meetings' notes:
   * the opleidingsadviseur and the docent (the team coach's school).
   */
  coachLearningTeams: [TRAINING_ADVISOR, TEACHER],
  /** Register exam results and record what the exam showed: the school's examinator. */
  assessExamResults: [EXAMINER],
  /**
   * Establish exam results (only established ones count) and correct established ones: the
   * examencommissie decides, the examinator only registers and assesses (WEB art. 7.4.5a).
   */
  establishExamResults: [EXAM_COMMITTEE],
  /** Withdraw an exam result that is not yet established. */
  withdrawExamResults: [EXAMINER, EXAM_COMMITTEE],
  /**
   * Record a learner's request for a vrijstelling (an EVC, another school's certificate, a foreign
   * diploma): any member of the school who receives it.
   */
  requestExemptions: [TRAINING_ADVISOR, TEACHER, EXAMINER, EXAM_COMMITTEE],
  /** Grant or refuse a vrijstelling, and correct that decision: the examencommissie (WEB art. 7.4.6). */
  decideExemptions: [EXAM_COMMITTEE],
  /**
   * Issue and correct certificates and diplomas: on a decision of the examencommissie, which decides
   * whether a learner earned one (WEB art. 7.4.5 and 7.4.6; rijksoverheid.nl "Wie is verantwoordelijk
   * voor het examen in het mbo"). The examinator assesses but does not decide.
   */
  issueCertificatesAndDiplomas: [EXAM_COMMITTEE],
  /**
   * Issue, decline and correct praktijkverklaringen, and mark a diploma reported to DUO: the
   * opleidingsadviseur and the examinator (not the docent).
   */
  issuePraktijkverklaringen: [TRAINING_ADVISOR, EXAMINER],
  /**
   * Invite the school's people (docenten, examinatoren, the examencommissie), change their roles and
   * remove their access: the opleidingsadviseur, the school's admin in this platform.
   */
  manageSchoolColleagues: [TRAINING_ADVISOR],

  // ── region ──
  /** What every member of a region's own staff sees: the dashboard, funnel, signals, prognose, funding. */
  regionMember: [COORDINATOR, WSP_ADVISOR, LWL_ADVISOR],
  /** The candidate desk: register candidates, intake, consent; the region's staff and its partners. */
  regionDeskMember: [COORDINATOR, WSP_ADVISOR, LWL_ADVISOR, INTAKE],
  /** Match candidates to vacancies and refer them to employers: the coordinator and the WSP-adviseurs. */
  referCandidates: [COORDINATOR, WSP_ADVISOR],
  /** Make the LWL advice note for a candidate: the LWL-adviseurs and the coordinator. */
  adviseCandidates: [COORDINATOR, LWL_ADVISOR],
  /**
   * Read the candidate's given LWL advice: the region's own staff, so the WSP-adviser who refers the
   * candidate knows the advised route; always under the candidate's advice consent.
   */
  readAdvice: [COORDINATOR, WSP_ADVISOR, LWL_ADVISOR],
  /** Acknowledge the mentor teams' skill-gap signals and record the regiegroep's discussion. */
  reviewSignals: [COORDINATOR],
  /** Keep the knelpunten log and the leerkring sessions with their actions. */
  manageImplementation: [COORDINATOR],
  /**
   * Invite the region's people (WSP- and LWL-adviseurs, coordinators), change their roles and remove
   * their access: the regiecoördinator, the region's admin in this platform.
   */
  manageRegionColleagues: [COORDINATOR],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The kinds of organisation with a portal of their own, whose admins manage their people. */
export const STAFFED_KINDS = ["EMPLOYER", "SCHOOL", "REGION"] as const;
export type StaffedKind = (typeof STAFFED_KINDS)[number];

/**
 * Per kind of organisation with a portal: the action of every member (who sees the colleagues) and
 * the action of its admins, who invite people, change their roles and remove their access. The roles
 * an admin can give are the kind's own, `ROLES_OF_KIND`.
 */
export const PEOPLE_ACTIONS = {
  EMPLOYER: { member: "employerMember", manage: "manageColleagues" },
  SCHOOL: { member: "schoolMember", manage: "manageSchoolColleagues" },
  REGION: { member: "regionMember", manage: "manageRegionColleagues" },
} as const satisfies Record<StaffedKind, { member: Permission; manage: Permission }>;

/** Whether a user with `roles` in the active organisation may do `permission`. */
export function can(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

/** Whether every role of the kinds `kinds` may do `permission`: an action of any member. */
export function isOpenToEveryMember(permission: Permission, kinds: readonly RoleKind[]): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return kinds.every((kind) => ROLES_OF_KIND[kind].every((role) => allowed.includes(role)));
}

/**
 * Who may do what within their own organisation, by role. The api enforces it on every procedure
 * (`requireRole`); the portals read the same table only to leave out buttons the server would refuse.
 */
export const PERMISSIONS = {
  /** Add locations, groups and SBB recognitions. */
  manageOrganization: ["ADMIN"],
  /** Invite colleagues, change their roles, remove their access. */
  manageColleagues: ["ADMIN"],
  /** Rate, sign and correct werkprocessen in the praktijkbeoordeling: the praktijkopleider. */
  rateWorkProcesses: ["WORKPLACE_TRAINER"],
  /** Co-sign signed ratings: the leidinggevende. */
  coSignRatings: ["MANAGER"],
  /** Follow up the schools' answers and the region's referrals (they appear on this role's to-do list). */
  followUpAnswersAndReferrals: ["ADMIN"],
  /** Register exam results and record what the exam showed: the school's examinator. */
  assessExamResults: ["EXAMINER"],
  /** Establish exam results (only established ones count) and correct established ones: the examencommissie. */
  establishExamResults: ["EXAM_COMMITTEE"],
  /** Withdraw an exam result that is not yet established. */
  withdrawExamResults: ["EXAMINER", "EXAM_COMMITTEE"],
  /** Issue and correct certificates and diplomas at a school: the examinator and the examencommissie. */
  issueCertificatesAndDiplomas: ["EXAMINER", "EXAM_COMMITTEE"],
  /** Issue and correct praktijkverklaringen, and mark a diploma reported to DUO. */
  issuePraktijkverklaringen: ["TRAINING_ADVISOR", "EXAMINER"],
} as const satisfies Record<string, readonly string[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a user with `roles` in the active organisation may do `permission`. */
export function can(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((role) => allowed.includes(role));
}

import { PERMISSIONS } from "@ontwikkelpad/core";
import type { Role } from "@ontwikkelpad/db";

// Role sets for `requireRole`, read from core's permission table (which the portals read too); the
// Role type checks that every role core names exists in the database.
const rolesOf = (roles: readonly Role[]): Role[] => [...roles];

export const RATERS = rolesOf(PERMISSIONS.rateWorkProcesses);
export const CO_SIGNERS = rolesOf(PERMISSIONS.coSignRatings);
export const ORGANIZATION_MANAGERS = rolesOf(PERMISSIONS.manageOrganization);
export const COLLEAGUE_MANAGERS = rolesOf(PERMISSIONS.manageColleagues);
export const FOLLOW_UP_ROLES = rolesOf(PERMISSIONS.followUpAnswersAndReferrals);
export const CREDENTIAL_ISSUERS = rolesOf(PERMISSIONS.issueCertificatesAndDiplomas);
export const PRAKTIJKVERKLARING_ISSUERS = rolesOf(PERMISSIONS.issuePraktijkverklaringen);

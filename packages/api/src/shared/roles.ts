import type { Role } from "@ontwikkelpad/db";

/** Who rates, signs and corrects werkprocessen: the praktijkopleider. */
export const RATERS: Role[] = ["WORKPLACE_TRAINER"];
/** Who co-signs signed ratings: the leidinggevende. */
export const CO_SIGNERS: Role[] = ["MANAGER"];
/** Who manages the organisation's colleagues and their roles. */
export const ADMINS: Role[] = ["ADMIN"];

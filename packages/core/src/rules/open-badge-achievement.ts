import { findCredential, findWorkProcess, type CatalogCredential } from "../catalog/lookup.ts";
import type { Catalog } from "../catalog/schema.ts";
import { CoreInputError } from "../errors.ts";
import { ACHIEVEMENT_TYPE } from "./issuing.ts";

/** The achievement of an Open Badges credential as `buildOpenBadgeCredential` writes it. */
export interface OpenBadgeAchievement {
  /** `<base>/achievements/<catalog credential id>`. */
  id: string;
  achievementType: string;
  name: string;
  /** The crebo of a diploma or the code of a certificate. */
  humanCode?: string | undefined;
  alignment?: { targetCode: string; targetUrl: string }[] | undefined;
}

/** An achievement this catalog does not know, or one that does not say what the catalog says. */
export class UnknownAchievementError extends CoreInputError {
  constructor(message: string) {
    super("UNKNOWN_ACHIEVEMENT", message);
  }
}

const lastSegment = (url: string) => {
  const segment = url.split("/").at(-1) ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/**
 * The catalog credential and werkprocessen an Open Badges credential of a school running this system
 * states, read back the way `buildOpenBadgeCredential` wrote them: the catalog id is the last part of the
 * achievement's id and must be of the kind its `achievementType` says, with the crebo or certificate code
 * as its `humanCode`; each werkproces is the last part of an alignment's `targetUrl` with its code as
 * `targetCode`. Anything the catalog does not know, or knows differently, is refused with a Dutch reason.
 */
export function readOpenBadgeAchievement(
  catalog: Catalog,
  achievement: OpenBadgeAchievement,
): { credential: CatalogCredential; workProcessIds: string[] } {
  const credential = findCredential(catalog, lastSegment(achievement.id));
  const code = achievement.humanCode ?? null;
  if (
    !credential ||
    ACHIEVEMENT_TYPE[credential.kind] !== achievement.achievementType ||
    credential.code !== code
  )
    throw new UnknownAchievementError(
      `${achievement.name}${code ? ` (${code})` : ""} staat niet in de catalogus van Ontwikkelpad. ` +
        "Leg het vast als ander diploma.",
    );
  const workProcessIds = (achievement.alignment ?? []).map((alignment) => {
    const workProcess = findWorkProcess(catalog, lastSegment(alignment.targetUrl));
    if (!workProcess || workProcess.code !== alignment.targetCode)
      throw new UnknownAchievementError(
        `Werkproces ${alignment.targetCode} van ${credential.title} staat niet in de catalogus van Ontwikkelpad. ` +
          "Leg het bewijs vast als ander diploma.",
      );
    return workProcess.id;
  });
  return { credential, workProcessIds };
}

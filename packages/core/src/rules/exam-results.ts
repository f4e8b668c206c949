import type { Catalog } from "../catalog/schema.ts";
import { findCertificate, findQualification } from "../catalog/lookup.ts";
import { can, type Permission } from "../permissions.ts";
import { currentRecords } from "./supersession.ts";

/**
 * An exam result as a log of statuses: an examinator registers the exam and records what it showed
 * (assessed), the examencommissie establishes it; only an established result counts towards a
 * credential. A result is withdrawn before it is established; an established one is never changed
 * but corrected: a new, established result supersedes it, with a reason, and both stay visible.
 */
export const EXAM_RESULT_STATUSES = [
  "REGISTERED",
  "ASSESSED",
  "ESTABLISHED",
  "WITHDRAWN",
  "CORRECTED",
] as const;
export type ExamResultStatus = (typeof EXAM_RESULT_STATUSES)[number];

/** What a user can do to a result; each move leads to one status. */
export const EXAM_RESULT_MOVES = ["assess", "establish", "withdraw", "correct"] as const;
export type ExamResultMove = (typeof EXAM_RESULT_MOVES)[number];

/** Which move leads where from each status. A school may one day configure its own table. */
export type ExamResultMoveTable = Record<ExamResultStatus, Partial<Record<ExamResultMove, ExamResultStatus>>>;

/** The default moves: registered → assessed → established; withdrawn before; corrected after. */
export const DEFAULT_EXAM_RESULT_MOVES: ExamResultMoveTable = {
  REGISTERED: { assess: "ASSESSED", withdraw: "WITHDRAWN" },
  ASSESSED: { assess: "ASSESSED", establish: "ESTABLISHED", withdraw: "WITHDRAWN" },
  ESTABLISHED: { correct: "CORRECTED" },
  WITHDRAWN: {},
  CORRECTED: {},
};

/** Who may make each move (core's permission table). */
export const EXAM_RESULT_MOVE_PERMISSION: Record<ExamResultMove, Permission> = {
  assess: "assessExamResults",
  establish: "establishExamResults",
  withdraw: "withdrawExamResults",
  correct: "establishExamResults",
};

/** Moves that need a reason in the log. */
const NEEDS_REASON: readonly ExamResultMove[] = ["withdraw", "correct"];

/** The status a move leads to from `from`, or null when the table does not allow it. */
export function examResultMoveTarget(
  from: ExamResultStatus,
  move: ExamResultMove,
  table: ExamResultMoveTable = DEFAULT_EXAM_RESULT_MOVES,
): ExamResultStatus | null {
  return table[from][move] ?? null;
}

/** The moves a user with `roles` may make on a result with status `from`. */
export function allowedExamResultMoves(
  from: ExamResultStatus,
  roles: readonly string[],
  table: ExamResultMoveTable = DEFAULT_EXAM_RESULT_MOVES,
): ExamResultMove[] {
  return EXAM_RESULT_MOVES.filter(
    (move) => table[from][move] !== undefined && can(roles, EXAM_RESULT_MOVE_PERMISSION[move]),
  );
}

const STATUS_WORDS: Record<ExamResultStatus, string> = {
  REGISTERED: "aangemeld",
  ASSESSED: "beoordeeld",
  ESTABLISHED: "vastgesteld",
  WITHDRAWN: "ingetrokken",
  CORRECTED: "gecorrigeerd",
};

export interface ExamResultFacts {
  status: ExamResultStatus;
  /** PASSED or FAILED once assessed. */
  outcome: "PASSED" | "FAILED" | null;
  assessedOn: string | null;
}

export interface ExamResultMoveInput {
  reason?: string | null | undefined;
  /** For assess and correct: what the exam showed and when. */
  outcome?: "PASSED" | "FAILED" | null | undefined;
  assessedOn?: string | null | undefined;
  /** The day the move is made: an exam dated after it has no outcome yet, so nothing to assess or establish. */
  asOf: string;
}

/** Dutch reasons why `move` may not be made now (empty when it may); the role is checked apart. */
export function examResultMoveProblems(
  result: ExamResultFacts,
  move: ExamResultMove,
  input: ExamResultMoveInput,
  table: ExamResultMoveTable = DEFAULT_EXAM_RESULT_MOVES,
): string[] {
  if (!examResultMoveTarget(result.status, move, table))
    return [
      `Een ${STATUS_WORDS[result.status]} resultaat kan dat niet meer.${
        result.status === "ESTABLISHED" ? " Leg een correctie vast met een reden." : ""
      }`,
    ];
  const problems: string[] = [];
  if (NEEDS_REASON.includes(move) && !input.reason?.trim()) problems.push("Geef de reden op.");
  if (move === "assess" || move === "correct") {
    if (!input.outcome) problems.push("Kies behaald of niet behaald.");
    if (!input.assessedOn) problems.push("Vul de examendatum in.");
    else if (input.assessedOn > input.asOf)
      problems.push("De examendatum ligt na vandaag: leg de uitslag vast vanaf de dag van het examen.");
  }
  if (move === "establish" && (!result.outcome || !result.assessedOn))
    problems.push("Een resultaat zonder uitslag en datum kan niet worden vastgesteld.");
  else if (move === "establish" && result.assessedOn! > input.asOf)
    problems.push("De examendatum ligt na vandaag: stel het resultaat vast vanaf de dag van het examen.");
  if (move === "correct" && input.outcome === result.outcome && input.assessedOn === result.assessedOn)
    problems.push("De correctie is gelijk aan het vastgestelde resultaat: wijzig de uitslag of de datum.");
  return problems;
}

/** Whether a result counts towards a credential: only an established one does. */
export const examResultCounts = (status: ExamResultStatus): boolean => status === "ESTABLISHED";

/** What an exam covers: werkprocessen of the credential, or one part of a qualification's generiek deel. */
export interface ExamScope {
  workProcessIds: readonly string[];
  generiekDeelPart: string | null;
}

/**
 * What is wrong with werkprocessen chosen of one certificate or qualification (for an exam, a
 * vrijstelling): each must be one of its own, and each chosen once.
 */
export function workProcessChoiceProblems(
  credential: { title: string; workProcessIds: readonly string[] },
  workProcessIds: readonly string[],
): string[] {
  const own = new Set(credential.workProcessIds);
  const foreign = workProcessIds.filter((id) => !own.has(id));
  const problems: string[] = [];
  if (foreign.length)
    problems.push(
      `${foreign.join(", ")} hoort niet bij ${credential.title}. Kies werkprocessen van die opleiding.`,
    );
  if (new Set(workProcessIds).size !== workProcessIds.length) problems.push("Kies elk werkproces één keer.");
  return problems;
}

/**
 * Dutch reasons why an exam may not cover `scope` for `credentialId` (empty when it may): a
 * certificate or diploma of the catalog, and either at least one werkproces, each one of that
 * credential, or exactly one part of the generiek deel the qualification lists (a certificate has
 * no generiek deel).
 */
export function examScopeProblems(catalog: Catalog, credentialId: string, scope: ExamScope): string[] {
  const qualification = findQualification(catalog, credentialId);
  const credential = findCertificate(catalog, credentialId) ?? qualification;
  if (!credential) return ["Kies een certificaat of diploma: alleen daarvoor legt de school examens af."];
  const { workProcessIds, generiekDeelPart } = scope;
  if (generiekDeelPart !== null) {
    if (!qualification)
      return [`${credential.title} heeft geen generiek deel. Kies werkprocessen, of een diploma.`];
    if (workProcessIds.length)
      return ["Een examen van het generiek deel gaat niet ook over werkprocessen. Kies één van beide."];
    return qualification.generiekDeel.includes(generiekDeelPart)
      ? []
      : [
          `${generiekDeelPart} hoort niet bij het generiek deel van ${qualification.title}. Kies uit ${qualification.generiekDeel.join(", ")}.`,
        ];
  }
  if (workProcessIds.length === 0) return ["Kies minstens één werkproces."];
  return workProcessChoiceProblems(credential, workProcessIds);
}

/** A person's exam result as far as the generiek deel is concerned. */
export interface GeneriekDeelResult {
  generiekDeelPart: string | null;
  status: ExamResultStatus;
  /** An evidence result as stored; only PASSED counts. */
  outcome: string | null;
  /** The correction that replaced it (its correction counts instead); null when none did. */
  supersededById: string | null;
}

/** The generiek-deel results that count: established, passed, and no correction replaced them. */
export const countingGeneriekDeelResults = <T extends GeneriekDeelResult>(results: readonly T[]): T[] =>
  currentRecords(results).filter(
    (r) => r.generiekDeelPart !== null && examResultCounts(r.status) && r.outcome === "PASSED",
  );

/** The generiek-deel parts a person passed, from the results that count. */
export function passedGeneriekDeel(results: readonly GeneriekDeelResult[]): string[] {
  return [...new Set(countingGeneriekDeelResults(results).map((r) => r.generiekDeelPart!))].toSorted();
}

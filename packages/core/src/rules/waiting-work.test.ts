import { describe, expect, it } from "vitest";
import {
  awaitedSignature,
  isReviewDue,
  isSchoolAnswerWaiting,
  type RatingSignatures,
} from "./waiting-work.ts";

const draft: RatingSignatures = {
  kind: "PRACTICE_ASSESSMENT",
  signed: false,
  coSigned: false,
  superseded: false,
  signedByReader: false,
};

describe("awaitedSignature", () => {
  it.each<[string, Partial<RatingSignatures>, "sign" | "coSign" | null]>([
    ["a draft rating waits to be signed", {}, "sign"],
    ["a signed rating waits to be co-signed", { signed: true }, "coSign"],
    ["a co-signed rating waits for nothing", { signed: true, coSigned: true }, null],
    ["whoever signed never co-signs", { signed: true, signedByReader: true }, null],
    ["a corrected rating waits for nothing", { signed: true, superseded: true }, null],
    ["an observation is never signed", { kind: "PRACTICE_OBSERVATION" }, null],
    ["a school's exam result is never co-signed", { kind: "FORMAL_EXAM", signed: true }, null],
    ["prior learning is never signed", { kind: "PRIOR_LEARNING" }, null],
  ])("%s", (_, facts, expected) => {
    expect(awaitedSignature({ ...draft, ...facts })).toBe(expected);
  });
});

describe("isReviewDue", () => {
  it.each<[string, string | null, string | null, boolean]>([
    ["no review planned", null, null, false],
    ["planned beyond the horizon", "2027-02-01", null, false],
    ["planned on the horizon's last day", "2027-01-31", null, true],
    ["overdue", "2026-12-01", null, true],
    ["held early, within the horizon before the date", "2027-01-10", "2026-12-20", false],
    ["held in an earlier cycle", "2027-01-10", "2026-09-30", true],
    ["held after the date", "2026-12-15", "2026-12-28", false],
  ])("%s", (_, nextReviewOn, lastReviewedOn, expected) => {
    expect(isReviewDue({ nextReviewOn, lastReviewedOn }, "2027-01-01", 30)).toBe(expected);
  });
});

describe("isSchoolAnswerWaiting", () => {
  it.each<[string, Parameters<typeof isSchoolAnswerWaiting>[0], boolean]>([
    [
      "a proposal to agree to",
      { status: "ACCEPTED", proposalAccepted: false, followedByRequest: false },
      true,
    ],
    ["an agreed proposal", { status: "ACCEPTED", proposalAccepted: true, followedByRequest: false }, false],
    [
      "a refusal, no school asked since",
      { status: "DECLINED", proposalAccepted: false, followedByRequest: false },
      true,
    ],
    [
      "a refusal, another school asked",
      { status: "DECLINED", proposalAccepted: false, followedByRequest: true },
      false,
    ],
    ["no answer yet", { status: "SUBMITTED", proposalAccepted: false, followedByRequest: false }, false],
    [
      "a withdrawn request",
      { status: "WITHDRAWN", proposalAccepted: false, followedByRequest: false },
      false,
    ],
  ])("%s", (_, answer, expected) => {
    expect(isSchoolAnswerWaiting(answer)).toBe(expected);
  });
});

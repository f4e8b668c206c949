import { describe, expect, it } from "vitest";
import { evidence, workProcess } from "../rating.fixture.ts";
import {
  latestObservation,
  outstandingStep,
  outstandingWorkProcesses,
  ratingsInState,
  supersededRatings,
} from "./assessment-view.ts";

const signed = { signedAt: "2026-10-01T15:00:00.000Z", signedBy: "Sanne de Vries" };

describe("praktijkbeoordeling view", () => {
  it("pairs a superseded rating with the reason of the correction that replaced it", () => {
    const old = evidence({ id: "old", ...signed, superseded: true });
    const correction = evidence({
      id: "new",
      result: "NOT_YET",
      ...signed,
      supersedesId: "old",
      correctionReason: "Verkeerde leerling",
      assessedOn: "2026-10-05",
    });
    expect(supersededRatings(workProcess([correction, old]))).toEqual([
      { rating: old, reason: "Verkeerde leerling", correctedOn: "2026-10-05" },
    ]);
    expect(supersededRatings(workProcess([correction]))).toEqual([]);
  });

  it("finds an observation but never takes it for a rating", () => {
    const observation = evidence({ kind: "PRACTICE_OBSERVATION", result: "NOT_YET" });
    expect(latestObservation(workProcess([observation]))).toBe(observation);
    expect(outstandingStep(workProcess([observation]))).toBe("nog niet beoordeeld");
  });

  it("names the step a werkproces still needs before it counts for the praktijkverklaring", () => {
    expect(outstandingStep(workProcess([]))).toBe("nog niet beoordeeld");
    expect(outstandingStep(workProcess([evidence()]))).toBe("de praktijkopleider moet nog ondertekenen");
    expect(outstandingStep(workProcess([evidence(signed)]))).toBe(
      "de leidinggevende moet nog medeondertekenen",
    );
    expect(outstandingStep(workProcess([evidence({ ...signed, result: "NOT_YET" })]))).toBe(
      "beoordeeld als nog niet beheerst",
    );
    expect(
      outstandingStep(
        workProcess([
          evidence({ ...signed, coSignedAt: "2026-10-02T09:00:00.000Z", coSignedBy: "Mohamed Bouzid" }),
        ]),
      ),
    ).toBeNull();
    expect(outstandingStep(workProcess([evidence({ result: "NOT_APPLICABLE" })]))).toBeNull();
  });

  it("lists the outstanding werkprocessen across kerntaken", () => {
    const done = evidence({ ...signed, coSignedAt: "2026-10-02T09:00:00.000Z" });
    const tasks = [
      {
        code: "B1-K1",
        title: "Kerntaak 1",
        workProcesses: [workProcess([done], "B1-K1-W1"), workProcess([], "B1-K1-W2")],
      },
      { code: "B1-K2", title: "Kerntaak 2", workProcesses: [workProcess([evidence(signed)], "B1-K2-W1")] },
    ];
    expect(outstandingWorkProcesses(tasks).map((w) => [w.code, w.step])).toEqual([
      ["B1-K1-W2", "nog niet beoordeeld"],
      ["B1-K2-W1", "de leidinggevende moet nog medeondertekenen"],
    ]);
  });

  it("collects the drafts to sign and the signed ratings to co-sign, skipping observations and replaced ones", () => {
    const draft = evidence({ id: "draft" });
    const toCoSign = evidence({ id: "signed", ...signed });
    const replaced = evidence({ id: "replaced", superseded: true });
    const tasks = [
      {
        code: "B1-K1",
        title: "Kerntaak 1",
        workProcesses: [
          workProcess([draft], "B1-K1-W1"),
          workProcess([evidence({ id: "obs", kind: "PRACTICE_OBSERVATION" })], "B1-K1-W2"),
        ],
      },
      { code: "B1-K2", title: "Kerntaak 2", workProcesses: [workProcess([toCoSign, replaced], "B1-K2-W1")] },
    ];
    expect(ratingsInState(tasks, "draft").map((r) => r.rating.id)).toEqual(["draft"]);
    expect(ratingsInState(tasks, "signed").map((r) => [r.wp.code, r.rating.id])).toEqual([
      ["B1-K2-W1", "signed"],
    ]);
  });
});

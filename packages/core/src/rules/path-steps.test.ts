import { describe, expect, it } from "vitest";
import {
  InvalidTransitionError,
  PATH_STEPS,
  availableMoves,
  canTransition,
  stepMove,
  transition,
  type PathState,
} from "./path-steps.ts";

const complete: PathState = {
  step: 1,
  startingPointRecorded: true,
  careerPerspective: "Doorgroeien naar PM op de BSO",
  ambition: "Vakantieprogramma organiseren",
  goalChosen: true,
  hoursAgreed: true,
  trainingRequestSent: true,
  nextReviewOn: "2027-03-01",
};

describe("the 8-step machine", () => {
  it("has the 8 steps of seed 002 in order", () => {
    expect(PATH_STEPS.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(PATH_STEPS[0]!.title).toBe("Bepaal het startpunt");
  });

  it("walks 1 → 8 when each step has what it needs, and reviews from 8 back to 3", () => {
    let state = complete;
    for (let to = 2; to <= 8; to++) state = transition(state, to);
    expect(state.step).toBe(8);
    expect(transition(state, 3).step).toBe(3);
  });

  it.each([
    [1, { startingPointRecorded: false }, "Leg het startpunt vast"],
    [4, { goalChosen: false }, "Kies een doel"],
    [7, { trainingRequestSent: false }, "Stuur een scholingsaanvraag"],
  ] as [number, Partial<PathState>, string][])(
    "refuses to leave step %i without what it needs",
    (step, change, message) => {
      const state = { ...complete, ...change, step };
      expect(canTransition(state, step + 1)).toBe(false);
      expect(() => transition(state, step + 1)).toThrow(message);
    },
  );

  it("allows going one step back to correct, but never skipping", () => {
    expect(availableMoves({ ...complete, step: 5 }).map(({ to, kind }) => ({ to, kind }))).toEqual([
      { to: 6, kind: "forward" },
      { to: 4, kind: "back" },
    ]);
    expect(canTransition({ ...complete, step: 5 }, 4)).toBe(true);
    expect(() => transition({ ...complete, step: 2 }, 5)).toThrow(InvalidTransitionError);
  });

  it("offers from step 8 a review back to step 3 and a step back to 7, and nothing from 1 backwards", () => {
    expect(stepMove(8, 3)?.kind).toBe("review");
    expect(stepMove(8, 7)?.kind).toBe("back");
    expect(stepMove(8, 9)).toBeUndefined();
    expect(availableMoves({ ...complete, step: 1 }).map((m) => m.to)).toEqual([2]);
  });

  it("says what is missing for a forward move or a review, but never for going back", () => {
    const moves = availableMoves({ ...complete, step: 8, nextReviewOn: null });
    expect(moves.find((m) => m.kind === "review")?.missing).toEqual(["Plan de volgende evaluatiedatum."]);
    expect(moves.find((m) => m.kind === "back")?.missing).toEqual([]);
    expect(canTransition({ ...complete, step: 8, nextReviewOn: null }, 7)).toBe(true);
    expect(canTransition({ ...complete, step: 8, nextReviewOn: null }, 3)).toBe(false);
  });
});

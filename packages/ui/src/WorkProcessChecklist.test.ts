import { describe, expect, it } from "vitest";
import { filterWorkProcessGroups, type WorkProcessGroup } from "./WorkProcessChecklist.tsx";

const group = (dossierTitle: string, coreTaskCode: string, title: string, codes: [string, string][]) =>
  ({
    dossierVersionId: dossierTitle,
    dossierTitle,
    coreTaskCode,
    title,
    workProcesses: codes.map(([code, wpTitle]) => ({ id: `${dossierTitle}:${code}`, code, title: wpTitle })),
  }) satisfies WorkProcessGroup;

const GROUPS = [
  group("Pedagogisch werk", "B1-K1", "Begeleidt kinderen", [
    ["B1-K1-W1", "Stemt af met ouders"],
    ["B1-K1-W2", "Observeert kinderen"],
  ]),
  group("Helpende zorg en welzijn", "B1-K1", "Ondersteunt bij zorg", [["B1-K1-W1", "Helpt bij verzorging"]]),
];

describe("filterWorkProcessGroups", () => {
  it.each([
    ["", ["Stemt af met ouders", "Observeert kinderen", "Helpt bij verzorging"]],
    ["  ", ["Stemt af met ouders", "Observeert kinderen", "Helpt bij verzorging"]],
    ["observeert", ["Observeert kinderen"]],
    ["b1-k1-w1", ["Stemt af met ouders", "Helpt bij verzorging"]],
    ["zorg", ["Helpt bij verzorging"]],
    ["begeleidt", ["Stemt af met ouders", "Observeert kinderen"]],
    ["rekenen", []],
  ])("search %j shows %j", (search, titles) =>
    expect(
      filterWorkProcessGroups(GROUPS, search).flatMap((g) => g.workProcesses.map((w) => w.title)),
    ).toEqual(titles),
  );

  it("leaves out a kerntaak without a match, and keeps each dossier's kerntaak apart", () => {
    const shown = filterWorkProcessGroups(GROUPS, "verzorging");
    expect(shown.map((g) => `${g.dossierTitle} ${g.coreTaskCode}`)).toEqual([
      "Helpende zorg en welzijn B1-K1",
    ]);
  });
});

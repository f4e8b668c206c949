import { describe, expect, it } from "vitest";
import { ROLES, type StaffedKind } from "../permissions.ts";
import { keepsAnAdmin, type MemberRoles } from "./colleagues.ts";

const { ADMIN, MANAGER, WORKPLACE_TRAINER, TRAINING_ADVISOR, TEACHER, COORDINATOR, WSP_ADVISOR } = ROLES;

const cases: [string, StaffedKind, MemberRoles[], MemberRoles, boolean][] = [
  [
    "an employer's only admin loses the role",
    "EMPLOYER",
    [
      { userId: "a", roles: [ADMIN] },
      { userId: "b", roles: [MANAGER] },
    ],
    { userId: "a", roles: [MANAGER] },
    false,
  ],
  [
    "an employer's only admin is removed",
    "EMPLOYER",
    [{ userId: "a", roles: [ADMIN, MANAGER] }],
    { userId: "a", roles: [] },
    false,
  ],
  [
    "one of two employer admins is removed",
    "EMPLOYER",
    [
      { userId: "a", roles: [ADMIN] },
      { userId: "b", roles: [ADMIN] },
    ],
    { userId: "a", roles: [] },
    true,
  ],
  [
    "the only admin hands over within the change",
    "EMPLOYER",
    [{ userId: "a", roles: [ADMIN] }],
    { userId: "b", roles: [ADMIN] },
    true,
  ],
  [
    "another member's roles change",
    "EMPLOYER",
    [
      { userId: "a", roles: [ADMIN] },
      { userId: "b", roles: [MANAGER] },
    ],
    { userId: "b", roles: [WORKPLACE_TRAINER] },
    true,
  ],
  [
    "a school's only opleidingsadviseur becomes a docent",
    "SCHOOL",
    [
      { userId: "a", roles: [TRAINING_ADVISOR] },
      { userId: "b", roles: [TEACHER] },
    ],
    { userId: "a", roles: [TEACHER] },
    false,
  ],
  [
    "a school keeps its other opleidingsadviseur",
    "SCHOOL",
    [
      { userId: "a", roles: [TRAINING_ADVISOR] },
      { userId: "b", roles: [TRAINING_ADVISOR, TEACHER] },
    ],
    { userId: "a", roles: [] },
    true,
  ],
  [
    "an employer role does not make a school's admin",
    "SCHOOL",
    [{ userId: "a", roles: [TRAINING_ADVISOR] }],
    { userId: "a", roles: [ADMIN] },
    false,
  ],
  [
    "a region's only coordinator is removed",
    "REGION",
    [
      { userId: "a", roles: [COORDINATOR] },
      { userId: "b", roles: [WSP_ADVISOR] },
    ],
    { userId: "a", roles: [] },
    false,
  ],
  [
    "a region's WSP-adviseur becomes coordinator beside the first",
    "REGION",
    [
      { userId: "a", roles: [COORDINATOR] },
      { userId: "b", roles: [WSP_ADVISOR] },
    ],
    { userId: "b", roles: [COORDINATOR] },
    true,
  ],
];

describe("keepsAnAdmin", () => {
  it.each(cases)("%s", (_, kind, members, change, expected) => {
    expect(keepsAnAdmin(kind, members, change)).toBe(expected);
  });
});

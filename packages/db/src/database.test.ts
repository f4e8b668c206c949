import { describe, expect, it } from "vitest";
import { statementName } from "./database.ts";

describe("statementName", () => {
  const query = {
    sql: 'SELECT "id" FROM "Person" WHERE "id" = $1',
    argTypes: [{ scalarType: "string", arity: "scalar" }],
  };

  it("gives the same statement the same name, so each connection prepares it once", () => {
    expect(statementName(query)).toBe(statementName({ ...query }));
    expect(statementName(query)).toMatch(/^op_[\w-]{24}$/);
  });

  it("gives different text or argument types different names", () => {
    expect(statementName({ ...query, sql: `${query.sql} LIMIT 1` })).not.toBe(statementName(query));
    expect(statementName({ ...query, argTypes: [{ scalarType: "int", arity: "scalar" }] })).not.toBe(
      statementName(query),
    );
  });
});

export * from "./disclosure-attack.ts";
export * from "./per-table-suppression.ts";

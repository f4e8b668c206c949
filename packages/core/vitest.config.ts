import { defineConfig } from "vitest/config";

// The property tests and the disclosure attack run hundreds of generated cases: a busy 2-core machine
// needs more than vitest's default 5 s for them.
export default defineConfig({ test: { include: ["src/**/*.test.ts"], testTimeout: 60_000 } });

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Booting PGlite (WebAssembly) takes seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file boots its own database; two at a time keeps the machine responsive.
    maxWorkers: 2,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Each file boots PGlite (WebAssembly) and seeds the demo: seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file has its own database; two at a time keeps the machine responsive.
    maxWorkers: 2,
  },
});

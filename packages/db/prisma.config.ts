import { defineConfig } from "prisma/config";

// No datasource URL here on purpose: migrations are made and applied by our own scripts (see
// src/migrate), and `prisma generate` must work without DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});

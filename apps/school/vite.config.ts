import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Served by apps/server at /school; in development the API is proxied to the server on :3000. */
export default defineConfig({
  base: "/school/",
  plugins: [react()],
  server: {
    port: 5174,
    proxy: { "/trpc": "http://localhost:3000" },
  },
});

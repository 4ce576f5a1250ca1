import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Store contract tests share one PostgreSQL server; files create their own schemas.
    fileParallelism: true,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The web's pure rules are tested beside their code; the screenshot walks are not tests
    // (they are `npm run screenshots`).
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "web/**/*.test.{ts,tsx}"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Store contract tests share one PostgreSQL server; files create their own schemas.
    fileParallelism: true,
    // Both cores: vitest's default (cores − 1) runs the files one at a time on a 2-core machine,
    // which takes the suite past 10 minutes; browser tests wait on Chromium, not on the CPU alone.
    maxWorkers: 2,
  },
});

// Runs a block of contract tests once per store (SQLite, PostgreSQL), skipping a store that this
// machine lacks with its one-line reason.
import { describe, it } from "vitest";
import { storeTargets, type StoreTarget } from "../support/databases";

export function describeEachStore(title: string, body: (target: StoreTarget) => void): void {
  describe.each(storeTargets())(`$name store: ${title}`, (target) => {
    if (target.skip) {
      it.skip(target.skip, () => {});
      return;
    }
    body(target);
  });
}

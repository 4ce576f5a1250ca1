// Runs a block of browser tests once per store, like describeEachStore; when Chromium is absent
// off CI the whole block is one skipped test with its one-line reason, instead of a skipIf on
// every test.
import { describe, it } from "vitest";
import { describeEachStore } from "../../store/each-store";
import type { StoreTarget } from "../../support/databases";
import { browserSkipReason } from "./chromium";

export function describeEachStoreInBrowser(title: string, body: (target: StoreTarget) => void): void {
  const noBrowser = browserSkipReason();
  if (noBrowser) {
    describe(`${title} in Chromium`, () => it.skip(noBrowser, () => {}));
    return;
  }
  describeEachStore(`${title} in Chromium`, body);
}

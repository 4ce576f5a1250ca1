// Runs a block of browser tests once per store, like describeEachStore, or on one named store;
// when Chromium is absent off CI the whole block is one skipped test with its one-line reason,
// instead of a skipIf on every test.
//
// Why most browser files run on one store: they test the web page, and the same HTTP API is
// tested on both stores by test/server and test/security, the store itself by the contract
// tests. Running every page flow twice cost a third of `npm test`. The files alternate
// between the stores (docs/testing.md lists which), and the workspace views and drafts, whose
// answers come from store-specific SQL, run on both.
import { describe, it } from "vitest";
import { describeEachStore } from "../../store/each-store";
import { storeTargets, type StoreTarget } from "../../support/databases";
import { browserSkipReason } from "./chromium";

export function describeEachStoreInBrowser(title: string, body: (target: StoreTarget) => void): void {
  const noBrowser = browserSkipReason();
  if (noBrowser) {
    describe(`${title} in Chromium`, () => it.skip(noBrowser, () => {}));
    return;
  }
  describeEachStore(`${title} in Chromium`, body);
}

export function describeInBrowserOn(
  store: StoreTarget["name"],
  title: string,
  body: (target: StoreTarget) => void,
): void {
  const target = storeTargets().find((t) => t.name === store)!;
  const skip = browserSkipReason() ?? target.skip;
  describe(`${store} store: ${title} in Chromium`, () => {
    if (skip) {
      it.skip(skip, () => {});
      return;
    }
    body(target);
  });
}

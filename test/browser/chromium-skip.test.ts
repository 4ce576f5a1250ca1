// The skip rule of the browser tests: they skip only off CI, and only when Chromium is absent.
import { describe, expect, it } from "vitest";
import { browserSkipReason } from "./support/chromium";

describe("browser test skip rule", () => {
  it("skips with a one-line reason when Chromium is absent outside CI", () => {
    const reason = browserSkipReason({}, false);
    expect(reason).toContain("/usr/bin/chromium");
    expect(reason).not.toContain("\n");
  });

  it("never skips under CI=true, so a missing Chromium fails the run there", () => {
    expect(browserSkipReason({ CI: "true" }, false)).toBeNull();
  });

  it("runs wherever Chromium is installed", () => {
    expect(browserSkipReason({}, true)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { DomainError } from "./errors";
import { assertEditable, assertSignable } from "./session-rules";

describe("session rules", () => {
  it("a draft may be edited and signed", () => {
    expect(() => assertEditable({ status: "draft" })).not.toThrow();
    expect(() => assertSignable({ status: "draft" })).not.toThrow();
  });

  it("a signed session may be neither edited nor signed again, as a conflict", () => {
    for (const check of [assertEditable, assertSignable]) {
      let error: unknown;
      try {
        check({ status: "signed" });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe("conflict");
    }
  });
});

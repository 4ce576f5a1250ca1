// How API error paths find the form fields they name.
import { describe, expect, it } from "vitest";
import { ApiError } from "./api/http";
import { describePath, errorAt, errorsUnder, fieldErrorsOf } from "./form-errors";

describe("API error paths", () => {
  const error = new ApiError(400, "invalid", "invalid body", [
    { path: "pieces.2.age", message: "too big" },
    { path: "techniques[0].regions[1]", message: "unknown region" },
    { path: "durationMinutes", message: "too small" },
  ]);

  it("reach the field they name, also inside one piece or technique", () => {
    const errors = fieldErrorsOf(error);
    expect(errorAt(errors, "durationMinutes")).toBe("too small");
    expect(errorAt(errorsUnder(errors, "pieces.2"), "age")).toBe("too big");
    expect(errorAt(errorsUnder(errors, "techniques.0"), "regions")).toBe("unknown region");
    expect(errorAt(errorsUnder(errors, "pieces.1"), "age")).toBeUndefined();
  });

  it("read as field names in the summary", () => {
    expect(describePath("pieces.2.age")).toBe("Piece 3 › age");
    expect(describePath("contact.email")).toBe("contact › email");
    expect(describePath("durationMinutes")).toBe("duration minutes");
  });
});

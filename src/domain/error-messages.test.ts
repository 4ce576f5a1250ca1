import { describe, expect, it } from "vitest";
import { ClientInput, SessionInput } from "./index";

const messageAt = (
  result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } },
  path: string,
) => result.error?.issues.find((i) => i.path.join(".") === path)?.message;

describe("validation messages", () => {
  it("say plainly what is wrong with each field", () => {
    const r = SessionInput.safeParse({
      date: "2026-02-30",
      durationMinutes: 0,
      pieces: [{ kind: "dream", text: "x" }],
    });
    expect(messageAt(r, "date")).toBe("must be a real date written YYYY-MM-DD");
    expect(messageAt(r, "durationMinutes")).toBe("must be at least 1");
    expect(messageAt(r, "pieces.0.kind")).toMatch(/^must be one of: memory, visual, /);
  });

  it("say a missing field is required, and keep the schema's own wording where it has one", () => {
    expect(messageAt(SessionInput.safeParse({}), "date")).toBe("is required");
    expect(messageAt(ClientInput.safeParse({ name: "" }), "name")).toBe("the client needs a name");
    expect(
      messageAt(ClientInput.safeParse({ name: "A", contact: { email: "nope" } }), "contact.email"),
    ).toBeDefined();
  });
});

import { describe, expect, it } from "vitest";
import { accessDays } from "./record-access-days";

const at = (day: string, hour: string) => `${day}T${hour}:00.000Z`;

describe("accessDays", () => {
  it("gives one line per person per day, newest first as the trail comes, with each kind once", () => {
    const days = accessDays([
      { at: at("2026-12-02", "10"), who: "Ana", role: "admin", action: "read", resourceType: "session" },
      { at: at("2026-12-02", "09"), who: "Ana", role: "admin", action: "read", resourceType: "session" },
      {
        at: at("2026-12-02", "09"),
        who: "Ana",
        role: "admin",
        action: "create",
        resourceType: "process-story",
      },
      {
        at: at("2026-12-02", "08"),
        who: "Pia",
        role: "practitioner",
        action: "read",
        resourceType: "client",
      },
      { at: at("2026-12-01", "08"), who: "Ana", role: "admin", action: "read", resourceType: "thread" },
      { at: at("2026-12-01", "08"), who: "Ana", role: "admin", action: "read", resourceType: "character" },
    ]);
    expect(days).toEqual([
      {
        day: "2026-12-02",
        who: "Ana",
        role: "admin",
        opened: ["session notes"],
        changed: ["your process story"],
      },
      { day: "2026-12-02", who: "Pia", role: "practitioner", opened: ["your details"], changed: [] },
      { day: "2026-12-01", who: "Ana", role: "admin", opened: ["process notes"], changed: [] },
    ]);
  });
});

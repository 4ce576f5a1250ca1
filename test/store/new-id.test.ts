import { describe, expect, it } from "vitest";
import { newId } from "../../src/store/new-id";

// A UUIDv7 as the store wrote them before issue 16 (time 2026-01-01).
const OLD_ID = "019b7633-e800-7000-8a3f-5c2e1d0b9a87";

describe("newId", () => {
  it("is 20 characters of digits and lower-case letters a–v", () => {
    expect(newId()).toMatch(/^[0-9a-v]{20}$/);
  });

  it("sorts by creation: later times, and ids of the same millisecond in the order made", () => {
    const ids = [
      newId(Date.UTC(2030, 0, 1)),
      newId(Date.UTC(2030, 0, 1)),
      newId(Date.UTC(2030, 0, 1)),
      newId(Date.UTC(2031, 5, 1)),
      newId(Date.UTC(2031, 5, 1) + 1),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("a clock that steps back still gives a later id", () => {
    const first = newId(Date.UTC(2032, 0, 1));
    expect(newId(Date.UTC(2020, 0, 1)) > first).toBe(true);
  });

  it("borrows the next millisecond when one millisecond's counter runs out, still in order", () => {
    const at = Date.UTC(2033, 0, 1);
    const ids = Array.from({ length: 32 ** 3 + 5 }, () => newId(at));
    expect(ids.findIndex((id, i) => i > 0 && id <= ids[i - 1]!)).toBe(-1);
    expect(ids.at(-1)!.slice(0, 9)).not.toBe(ids[0]!.slice(0, 9));
  });

  it("every new id sorts after every UUIDv7 id written before, also in PostgreSQL's collations", () => {
    const id = newId();
    expect(id > OLD_ID).toBe(true);
    expect(id.localeCompare(OLD_ID, "en")).toBe(1);
    // The last UUIDv7 id that begins with "0" (the year 2527) still sorts before today's.
    expect(id > "0fffffff-ffff-7fff-bfff-ffffffffffff").toBe(true);
  });
});

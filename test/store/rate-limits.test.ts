import { afterAll, beforeAll, expect, it } from "vitest";
import type { SystemStore } from "../../src/store/store";
import { describeEachStore } from "./each-store";

describeEachStore("rate-limit counters", (target) => {
  let store: SystemStore;
  beforeAll(async () => {
    store = await target.open();
  });
  afterAll(async () => store.close());

  const t0 = new Date("2026-06-01T09:00:00.000Z");
  const at = (ms: number) => new Date(t0.getTime() + ms);

  it("counts hits in a window that starts at the first hit, then starts again", async () => {
    expect(await store.hitRateLimit("login|1.2.3.4", 60_000, t0)).toEqual({
      count: 1,
      resetAt: "2026-06-01T09:01:00.000Z",
    });
    expect((await store.hitRateLimit("login|1.2.3.4", 60_000, at(30_000))).count).toBe(2);
    expect(await store.hitRateLimit("login|1.2.3.4", 60_000, at(59_999))).toEqual({
      count: 3,
      resetAt: "2026-06-01T09:01:00.000Z",
    });
    expect(await store.hitRateLimit("login|1.2.3.4", 60_000, at(60_000))).toEqual({
      count: 1,
      resetAt: "2026-06-01T09:02:00.000Z",
    });
  });

  it("keeps keys apart", async () => {
    await store.hitRateLimit("a", 60_000, t0);
    await store.hitRateLimit("a", 60_000, t0);
    expect((await store.hitRateLimit("b", 60_000, t0)).count).toBe(1);
  });

  it("loses no hit when many arrive at once", async () => {
    const hits = await Promise.all(Array.from({ length: 25 }, () => store.hitRateLimit("burst", 60_000, t0)));
    expect(hits.map((h) => h.count).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });
});

// GETs the first script sends early are handed to the app's first identical request, once.
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiRequest, dropEarly, startEarly } from "./http";

function fakeServer() {
  let n = 0;
  const fetch = vi.fn(async (path: string) => new Response(JSON.stringify({ path, answer: ++n })));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("early requests", () => {
  afterEach(() => {
    dropEarly();
    vi.unstubAllGlobals();
  });

  it("gives the app's first identical GET the early answer without asking again", async () => {
    const fetch = fakeServer();
    startEarly(() => void apiRequest("GET", "/api/auth/me"));
    expect(fetch).toHaveBeenCalledTimes(1);
    await expect(apiRequest("GET", "/api/auth/me")).resolves.toEqual({ path: "/api/auth/me", answer: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
    // Taken once: the next asks the server again.
    await expect(apiRequest("GET", "/api/auth/me")).resolves.toEqual({ path: "/api/auth/me", answer: 2 });
  });

  it("does not hand out an early answer for another path, or after it was dropped", async () => {
    const fetch = fakeServer();
    startEarly(() => void apiRequest("GET", "/api/setup"));
    await apiRequest("GET", "/api/setup?x=1");
    dropEarly();
    await expect(apiRequest("GET", "/api/setup")).resolves.toEqual({ path: "/api/setup", answer: 3 });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("passes an early failure to the request that takes it", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () => new Response(JSON.stringify({ error: { code: "unauthenticated" } }), { status: 401 }),
      ),
    );
    startEarly(() => void apiRequest("GET", "/api/auth/me"));
    await expect(apiRequest("GET", "/api/auth/me")).rejects.toMatchObject({ status: 401 });
  });
});

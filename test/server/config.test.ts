import { describe, expect, it } from "vitest";
import { serverConfigFromEnv } from "../../src/server/config";

describe("serverConfigFromEnv", () => {
  it("defaults to the embedded store in ./data on 127.0.0.1:4321", () => {
    expect(serverConfigFromEnv({})).toEqual({
      dataDir: "./data",
      port: 4321,
      host: "127.0.0.1",
      secureCookies: false,
      trustProxy: [],
      workers: 1,
    });
  });

  it("believes X-Forwarded-For only from the proxies TESSERA_TRUST_PROXY names", () => {
    expect(serverConfigFromEnv({ TESSERA_TRUST_PROXY: "10.0.0.1, 192.168.0.0/16" }).trustProxy).toEqual([
      "10.0.0.1",
      "192.168.0.0/16",
    ]);
    expect(() => serverConfigFromEnv({ TESSERA_TRUST_PROXY: "true" })).toThrow(/TESSERA_TRUST_PROXY/);
  });

  it("switches to PostgreSQL with a postgres:// URL and reads port, host and the key", () => {
    const c = serverConfigFromEnv({
      TESSERA_DATABASE_URL: "postgres://db/tessera",
      PORT: "8080",
      HOST: "0.0.0.0",
      TESSERA_DB_KEY: "k",
    });
    expect(c).toMatchObject({
      databaseUrl: "postgres://db/tessera",
      port: 8080,
      host: "0.0.0.0",
      dbKey: "k",
    });
  });

  it("serves from one process unless TESSERA_WORKERS asks for more", () => {
    expect(serverConfigFromEnv({ TESSERA_WORKERS: "2" }).workers).toBe(2);
    expect(() => serverConfigFromEnv({ TESSERA_WORKERS: "0" })).toThrow(/TESSERA_WORKERS/);
  });

  it("names the variable that is wrong", () => {
    expect(() => serverConfigFromEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => serverConfigFromEnv({ TESSERA_DATABASE_URL: "mysql://x" })).toThrow(/TESSERA_DATABASE_URL/);
  });
});

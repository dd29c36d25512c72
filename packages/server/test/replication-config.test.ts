import { loadReplicationConfig } from "@yhdyspinta/server";

describe("read replica and pooler settings (DATABASE_READ_URLS, DATABASE_STATEMENTS, ...)", () => {
  it("default to the primary alone, named statements and LISTEN on DATABASE_URL", () => {
    expect(loadReplicationConfig({})).toEqual({ readUrls: [], maxLagMs: 5_000, maxLagBytes: null, checkMs: 1_000, statements: "named", listenUrl: null });
  });

  it("read a comma-separated replica list (spaces and empty items ignored) and the other settings", () => {
    const config = loadReplicationConfig({
      DATABASE_READ_URLS: " postgres://a@r1/db , ,postgresql://a@r2:6432/db",
      DATABASE_READ_MAX_LAG_MS: "250", DATABASE_READ_MAX_LAG_BYTES: "1048576", DATABASE_READ_CHECK_MS: "100",
      DATABASE_STATEMENTS: "unnamed", DATABASE_LISTEN_URL: "postgres://a@primary/db",
    });
    expect(config).toEqual({
      readUrls: ["postgres://a@r1/db", "postgresql://a@r2:6432/db"], maxLagMs: 250, maxLagBytes: 1_048_576, checkMs: 100,
      statements: "unnamed", listenUrl: "postgres://a@primary/db",
    });
  });

  it.each([
    [{ DATABASE_READ_URLS: "mysql://r1/db" }, "DATABASE_READ_URLS"],
    [{ DATABASE_READ_URLS: "not a url" }, "DATABASE_READ_URLS"],
    [{ DATABASE_STATEMENTS: "prepared" }, "DATABASE_STATEMENTS"],
    [{ DATABASE_READ_MAX_LAG_MS: "-1" }, "DATABASE_READ_MAX_LAG_MS"],
    [{ DATABASE_READ_MAX_LAG_BYTES: "1.5" }, "DATABASE_READ_MAX_LAG_BYTES"],
    [{ DATABASE_READ_CHECK_MS: "10" }, "DATABASE_READ_CHECK_MS"],
    [{ DATABASE_LISTEN_URL: "http://primary/db" }, "DATABASE_LISTEN_URL"],
  ])("refuse a bad value at start-up, naming the setting: %j", (env, name) => {
    expect(() => loadReplicationConfig(env)).toThrow(name);
  });
});

import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { insertRows } from "../profiles/insert-rows";
import { lockProfiles } from "../profiles/lock-profiles";
import { runWriteTransaction } from "../profiles/run-write-transaction";
import { db, dbProvider } from "./client";
import { fromSqliteDate, toSqliteValue } from "./sqlite-statements";
import { createTestWorkspace } from "./testing/factories";
import { sqliteStatementsIn } from "./transaction-statements";

const sqlite = dbProvider() === "sqlite";

describe("SQLite values", () => {
  it("stores a Date as Prisma's adapter does and reads every stored form back to the same instant", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2999-12-31T23:59:59Z"), noInvalidDate: true }), (date) => {
        const stored = toSqliteValue(date) as string;
        expect(stored).toMatch(/\+00:00$/);
        expect(fromSqliteDate(stored).getTime()).toBe(date.getTime());
        expect(fromSqliteDate(date.getTime()).getTime()).toBe(date.getTime());
        // CURRENT_TIMESTAMP's form (UTC, no zone, whole seconds) reads as UTC, not local time
        const current = date.toISOString().slice(0, 19).replace("T", " ");
        expect(fromSqliteDate(current).getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
      }),
    );
  });

  it("stores booleans as 0/1, JSON values as text and keeps strings, numbers and nulls", () => {
    expect([true, false].map(toSqliteValue)).toEqual([1, 0]);
    expect(toSqliteValue({ plan: "pro", tags: ["a"] })).toBe('{"plan":"pro","tags":["a"]}');
    expect(toSqliteValue([1, 2])).toBe("[1,2]");
    expect([null, undefined, "x", 2.5].map(toSqliteValue)).toEqual([null, null, "x", 2.5]);
  });
});

describe("the SQLite fast path of write transactions", () => {
  it("binds cached statements to runWriteTransaction's transactions on SQLite only", async () => {
    const bound = await runWriteTransaction(async (tx) => sqliteStatementsIn(tx) !== null);
    expect(bound).toBe(sqlite);
    // a transaction not opened by runWriteTransaction goes through Prisma
    expect(await db.$transaction(async (tx) => sqliteStatementsIn(tx))).toBeNull();
  });

  it("runs its statements inside the transaction: a failed write leaves nothing behind", async () => {
    const workspace = await createTestWorkspace();
    const id = randomUUID();
    await expect(
      runWriteTransaction(async (tx) => {
        await insertRows(tx, "Profile", [{ id, workspaceId: workspace.id, traits: {}, traitTimestamps: {}, createdAt: new Date(), updatedAt: new Date() }]);
        expect(await tx.profile.count({ where: { id } })).toBe(1);
        throw new Error("the rest of the write failed");
      }),
    ).rejects.toThrow("the rest of the write failed");
    expect(await db.profile.count({ where: { id } })).toBe(0);
  });

  it("writes and reads rows exactly as the Prisma path does", async () => {
    const workspace = await createTestWorkspace();
    const seen = new Date("2026-03-04T05:06:07.089Z");
    const row = (id: string) => ({ id, workspaceId: workspace.id, traits: { plan: "pro", visits: 3, vip: true, nested: { a: [1, null] } }, traitTimestamps: { plan: "2026-03-04T05:06:07.089Z" }, timezone: "Europe/Paris", locale: null, firstSeenAt: seen, lastSeenAt: seen, createdAt: seen, updatedAt: seen });
    const [fast, prisma] = [randomUUID(), randomUUID()];
    await runWriteTransaction((tx) => insertRows(tx, "Profile", [row(fast)]));
    await db.$transaction((tx) => insertRows(tx, "Profile", [row(prisma)]));
    const viaFast = await runWriteTransaction((tx) => lockProfiles(tx, workspace.id, [fast, prisma]));
    const viaPrisma = await db.$transaction((tx) => lockProfiles(tx, workspace.id, [fast, prisma]));
    const plain = (map: Map<string, object>, id: string) => ({ ...map.get(id), id: "" });
    expect(plain(viaFast, fast)).toEqual(plain(viaPrisma, fast));
    expect(plain(viaFast, prisma)).toEqual(plain(viaPrisma, prisma));
    expect(plain(viaFast, fast)).toEqual(plain(viaFast, prisma));
    expect(viaFast.get(fast)).toMatchObject({ traits: row(fast).traits, firstSeenAt: seen, createdAt: seen, timezone: "Europe/Paris", locale: null });
    // and Prisma's own reader agrees with what the fast path stored
    const stored = await db.profile.findUniqueOrThrow({ where: { id: fast } });
    expect(stored).toMatchObject({ traits: row(fast).traits, lastSeenAt: seen, updatedAt: seen });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../../db/client";
import { asJson } from "../../db/json";
import { createTestWorkspace } from "../../db/testing/factories";
import { applyTraitUpdates } from "./apply-trait-updates";

const now = new Date("2026-03-02T10:00:00Z");

async function profileWith(traits: Record<string, unknown>, traitTimestamps: Record<string, string>) {
  const { id: workspaceId } = await createTestWorkspace();
  const profile = await db.profile.create({ data: { workspaceId, traits: asJson(traits), traitTimestamps } });
  const read = () => db.profile.findUniqueOrThrow({ where: { id: profile.id }, select: { traits: true, traitTimestamps: true } });
  return { workspaceId, id: profile.id, read };
}

describe("applyTraitUpdates (update-profile steps, through identify's trait writer)", () => {
  it("stores each changed trait with the step's time, leaving the others and their times alone", async () => {
    const p = await profileWith({ plan: "free", orders: 2, tags: ["a"] }, { plan: "2026-03-01T00:00:00.000Z", orders: "2026-03-01T00:00:00.000Z" });
    await db.$transaction((tx) =>
      applyTraitUpdates(tx, p.workspaceId, p.id, [
        { trait: "tier", op: "set", value: "vip" },
        { trait: "orders", op: "increment", value: 1 },
        { trait: "plan", op: "set", value: "free" },
      ], now),
    );
    const stored = await p.read();
    expect(stored.traits).toEqual({ plan: "free", orders: 3, tags: ["a"], tier: "vip" });
    expect(stored.traitTimestamps).toEqual({ plan: "2026-03-01T00:00:00.000Z", orders: now.toISOString(), tier: now.toISOString() });
  });

  it("does not overwrite a value an identify observed after the step's time", async () => {
    const p = await profileWith({ plan: "pro" }, { plan: "2026-03-02T11:00:00.000Z" });
    await db.$transaction((tx) => applyTraitUpdates(tx, p.workspaceId, p.id, [{ trait: "plan", op: "set", value: "free" }], now));
    expect((await p.read()).traits).toEqual({ plan: "pro" });
  });

  it("removes an unset trait and keeps its time, so an older identify cannot bring it back", async () => {
    const p = await profileWith({ coupon: "SPRING" }, { coupon: "2026-03-01T00:00:00.000Z" });
    await db.$transaction((tx) => applyTraitUpdates(tx, p.workspaceId, p.id, [{ trait: "coupon", op: "unset" }], now));
    expect(await p.read()).toEqual({ traits: {}, traitTimestamps: { coupon: now.toISOString() } });
  });
});

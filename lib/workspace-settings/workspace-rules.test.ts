import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestWorkspace } from "../db/testing/factories";
import { getWorkspaceRules } from "./get-workspace-rules";
import { updateWorkspaceRules } from "./update-workspace-rules";

describe("workspace rules", () => {
  it("reads defaults for a workspace that never saved rules, then saves caps and quiet hours", async () => {
    const workspace = await createTestWorkspace();
    expect(await getWorkspaceRules(db, workspace.id)).toEqual({ timezone: "UTC", frequencyCaps: [], quietHours: {}, consentPolicy: {} });
    await updateWorkspaceRules(db, workspace.id, {
      frequencyCaps: [{ id: "daily", name: "max 3/day", max: 3, windowHours: 24, channels: null }],
      quietHours: { sms: { start: "21:00", end: "08:00", behaviour: "defer" } },
    });
    const rules = await getWorkspaceRules(db, workspace.id);
    expect(rules.frequencyCaps).toEqual([{ id: "daily", name: "max 3/day", max: 3, windowHours: 24, channels: null, exemptJourneyIds: [] }]);
    expect(rules.quietHours.sms).toEqual({ start: "21:00", end: "08:00", behaviour: "defer" });
  });

  it("refuses bad input naming the field, and writes nothing", async () => {
    const workspace = await createTestWorkspace();
    await expect(updateWorkspaceRules(db, workspace.id, { frequencyCaps: [{ id: "x", name: "x", max: 0, windowHours: 24, channels: null }], quietHours: {} })).rejects.toThrow(
      "frequencyCaps.0.max: must be at least 1",
    );
    await expect(updateWorkspaceRules(db, workspace.id, { frequencyCaps: [], quietHours: { sms: { start: "25:00", end: "08:00", behaviour: "defer" } } })).rejects.toThrow(/quietHours\.sms\.start/);
    await expect(updateWorkspaceRules(db, workspace.id, { frequencyCaps: [], quietHours: { fax: { start: "21:00", end: "08:00", behaviour: "defer" } } })).rejects.toThrow(/quietHours/);
    expect(await db.workspaceSettings.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("drops a damaged stored cap instead of failing every send", async () => {
    const workspace = await createTestWorkspace();
    await db.workspaceSettings.create({ data: { workspaceId: workspace.id, frequencyCaps: [{ id: "ok", name: "ok", max: 2, windowHours: 1, channels: ["sms"] }, { broken: true }] } });
    expect((await getWorkspaceRules(db, workspace.id)).frequencyCaps.map((c) => c.id)).toEqual(["ok"]);
  });
});

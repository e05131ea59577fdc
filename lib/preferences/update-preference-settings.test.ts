import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestWorkspace } from "../db/testing/factories";
import { getWorkspaceRules } from "../workspace-settings/get-workspace-rules";
import { getPreferenceBranding } from "./get-preference-branding";
import { updatePreferenceSettings } from "./update-preference-settings";

describe("preference settings", () => {
  it("saves the consent policy and branding without touching caps, with defaults for what is unset", async () => {
    const workspace = await createTestWorkspace("Acme workspace");
    expect(await getPreferenceBranding(workspace.id)).toEqual({ companyName: "Acme workspace", accentColor: "#4f46e5", footer: "", logoUrl: "" });
    await db.workspaceSettings.create({ data: { workspaceId: workspace.id, frequencyCaps: [{ id: "d", name: "daily", max: 3, windowHours: 24, channels: null }] } });
    await updatePreferenceSettings(db, workspace.id, { consentPolicy: { email: "optIn", sms: "optIn" }, branding: { companyName: "Acme", accentColor: "#0f766e", footer: "Acme Ltd, 1 Road" } });
    const rules = await getWorkspaceRules(db, workspace.id);
    expect(rules.consentPolicy).toEqual({ email: "optIn", sms: "optIn" });
    expect(rules.frequencyCaps).toHaveLength(1);
    expect(await getPreferenceBranding(workspace.id)).toMatchObject({ companyName: "Acme", accentColor: "#0f766e", footer: "Acme Ltd, 1 Road" });
  });

  it("refuses bad input naming the field", async () => {
    const workspace = await createTestWorkspace();
    await expect(updatePreferenceSettings(db, workspace.id, { consentPolicy: { fax: "optIn" } })).rejects.toThrow(/consentPolicy/);
    await expect(updatePreferenceSettings(db, workspace.id, { branding: { accentColor: "red" } })).rejects.toThrow("branding.accentColor: must be a colour as #RRGGBB");
    await expect(updatePreferenceSettings(db, workspace.id, { branding: { logoUrl: "javascript:alert(1)" } })).rejects.toThrow(/branding.logoUrl/);
    expect(await db.workspaceSettings.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });
});

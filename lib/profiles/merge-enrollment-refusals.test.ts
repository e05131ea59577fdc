import { describe, expect, it } from "vitest";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { db } from "@/lib/db/client";
import { createLiveJourney, createRunnerWorkspace, emailThenSmsGraph } from "@/lib/engine/runner/testing/runner-fixtures";
import { identitiesOf, sendIngest } from "./testing/ingest-fixtures";

async function profileIdOf(workspaceId: string, key: string): Promise<string> {
  const id = (await identitiesOf(workspaceId)).get(key);
  if (!id) throw new Error(`no profile holds ${key}`);
  return id;
}

describe("a merge and refused enrolments", () => {
  it("moves the merged-away profile's refusals to the survivor, adding counts where both were refused alike", async () => {
    const { workspace, emailTemplateId, smsTemplateId } = await createRunnerWorkspace(db);
    const { key } = await createApiKey(workspace.id, null, { kind: "write", name: "Site" });
    const { journeyId } = await createLiveJourney(db, workspace.id, emailThenSmsGraph(emailTemplateId, smsTemplateId));
    const other = await createLiveJourney(db, workspace.id, emailThenSmsGraph(emailTemplateId, smsTemplateId));
    await sendIngest("identify", { userId: "r-user", traits: { email: "refused@example.test", consent: { email: "subscribed" } } }, { key });
    const survivorId = await profileIdOf(workspace.id, "userId:r-user");
    await sendIngest("identify", { anonymousId: "r-anon" }, { key });
    const mergedId = await profileIdOf(workspace.id, "anonymousId:r-anon");
    const row = (profileId: string, journey: string, count: number, firstAt: string, lastAt: string) => ({
      workspaceId: workspace.id, journeyId: journey, versionId: "v", profileId, reason: "reentryBlocked", detail: `refused ${count}`, count, firstAt: new Date(firstAt), lastAt: new Date(lastAt),
    });
    await db.enrollmentRefusal.createMany({
      data: [
        row(survivorId, journeyId, 2, "2026-11-02T00:00:00Z", "2026-11-05T00:00:00Z"),
        row(mergedId, journeyId, 3, "2026-11-01T00:00:00Z", "2026-11-04T00:00:00Z"),
        row(mergedId, other.journeyId, 1, "2026-11-03T00:00:00Z", "2026-11-03T00:00:00Z"),
      ],
    });

    await sendIngest("identify", { userId: "r-user", anonymousId: "r-anon" }, { key });
    expect(await profileIdOf(workspace.id, "anonymousId:r-anon")).toBe(survivorId);
    const rows = await db.enrollmentRefusal.findMany({ where: { workspaceId: workspace.id }, orderBy: { count: "desc" } });
    expect(rows.map((r) => ({ profileId: r.profileId, journeyId: r.journeyId, count: r.count, firstAt: r.firstAt.toISOString(), lastAt: r.lastAt.toISOString(), detail: r.detail }))).toEqual([
      { profileId: survivorId, journeyId, count: 5, firstAt: "2026-11-01T00:00:00.000Z", lastAt: "2026-11-05T00:00:00.000Z", detail: "refused 2" },
      { profileId: survivorId, journeyId: other.journeyId, count: 1, firstAt: "2026-11-03T00:00:00.000Z", lastAt: "2026-11-03T00:00:00.000Z", detail: "refused 1" },
    ]);
  });
});

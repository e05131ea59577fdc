import { DEMO_WORKSPACE_SLUG, SANDBOX_WORKSPACE_SLUG } from "./demo-credentials";
import { DEMO_WORKSPACE_SETTINGS } from "./demo-workspace-settings";
import type { TSeedDb } from "./seed-db";

export interface TSeededWorkspaces {
  demoId: string;
  /** null when a real (non-demo) workspace already uses the sandbox slug: demo users stay out of it */
  sandboxId: string | null;
  /** how many workspaces this run created (the sandbox may survive from an earlier demo) */
  created: number;
}

/**
 * Creates the "Demo Shop" workspace with its settings, and the empty "Sandbox" next to it unless
 * one already exists (kept from an earlier demo). The caller has checked that no demo workspace
 * exists yet.
 */
export async function seedWorkspaces(tx: TSeedDb, now: Date): Promise<TSeededWorkspaces> {
  const demo = await tx.workspace.create({
    data: {
      name: "Demo Shop",
      slug: DEMO_WORKSPACE_SLUG,
      isDemo: true,
      createdAt: now,
      settings: { create: { ...DEMO_WORKSPACE_SETTINGS, frequencyCaps: [...DEMO_WORKSPACE_SETTINGS.frequencyCaps] } },
    },
    select: { id: true },
  });
  const existing = await tx.workspace.findUnique({ where: { slug: SANDBOX_WORKSPACE_SLUG }, select: { id: true, isDemo: true } });
  if (existing) return { demoId: demo.id, sandboxId: existing.isDemo ? existing.id : null, created: 1 };
  const sandbox = await tx.workspace.create({
    data: { name: "Sandbox", slug: SANDBOX_WORKSPACE_SLUG, isDemo: true, createdAt: now, settings: { create: { timezone: "Europe/London", defaultRegion: "GB" } } },
    select: { id: true },
  });
  return { demoId: demo.id, sandboxId: sandbox.id, created: 2 };
}

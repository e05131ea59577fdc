import { db } from "../db/client";
import { notFound } from "../errors";
import { profileLabel } from "./profile-label";
import type { TTemplateEvent, TTemplateProfile } from "./render-template";

/** A real profile of the workspace as templates see it, with its latest track event. */
export interface TPreviewSubject {
  profile: TTemplateProfile;
  event: TTemplateEvent | null;
  label: string;
  sample: boolean;
}

const IDENTITY_KINDS = ["email", "phone", "userId"] as const;

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Stand-in data for a workspace without customers yet, labelled so nobody mistakes it for a real person. */
export function sampleSubject(now: Date = new Date()): TPreviewSubject {
  const traits = { first_name: "Alex", last_name: "Sample", email: "alex.sample@example.com", city: "Lisbon", plan: "pro" };
  return {
    profile: { id: "sample", traits, email: traits.email, phone: "+15555550100", userId: "sample-user", timezone: "UTC", locale: "en-US" },
    event: { name: "Cart Abandoned", properties: { cart_url: "https://shop.example.com/cart/sample", item_count: 2, total: 59.9 }, timestamp: now.toISOString() },
    label: "Sample profile (this workspace has no customers yet)",
    sample: true,
  };
}

/**
 * The profile a preview renders for: `profileId` (404 when it is not in this workspace), else the
 * most recently seen profile, else the sample. Identities give email, phone and user id (the
 * newest of each kind, falling back to a trait of the same name).
 */
export async function loadPreviewProfile(workspaceId: string, profileId?: string): Promise<TPreviewSubject> {
  const row = profileId
    ? await db.profile.findFirst({ where: { id: profileId, workspaceId } })
    : await db.profile.findFirst({ where: { workspaceId }, orderBy: { lastSeenAt: "desc" } });
  if (!row) {
    if (profileId) throw notFound(`profile ${profileId}`);
    return sampleSubject();
  }
  const [identities, event] = await Promise.all([
    db.identity.findMany({ where: { workspaceId, profileId: row.id, kind: { in: [...IDENTITY_KINDS] } }, orderBy: { createdAt: "desc" }, select: { kind: true, value: true } }),
    db.event.findFirst({ where: { workspaceId, profileId: row.id, type: "track" }, orderBy: { timestamp: "desc" }, select: { name: true, properties: true, timestamp: true } }),
  ]);
  const traits = asRecord(row.traits);
  const identity = (kind: (typeof IDENTITY_KINDS)[number]) => {
    const trait = traits[kind === "userId" ? "user_id" : kind];
    return identities.find((i) => i.kind === kind)?.value ?? (typeof trait === "string" ? trait : null);
  };
  const profile: TTemplateProfile = {
    id: row.id,
    traits,
    email: identity("email"),
    phone: identity("phone"),
    userId: identity("userId"),
    timezone: row.timezone,
    locale: row.locale,
  };
  return {
    profile,
    event: event ? { name: event.name, properties: asRecord(event.properties), timestamp: event.timestamp.toISOString() } : null,
    label: profileLabel(traits, profile.email, profile.userId, row.id),
    sample: false,
  };
}

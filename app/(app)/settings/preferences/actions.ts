"use server";

import { revalidatePath } from "next/cache";
import type { TActionState } from "@/components/preferences/settings/action-state";
import { requirePermission } from "@/lib/auth/require-member";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { CHANNELS } from "@/lib/journey/channels";
import { updatePreferenceSettings } from "@/lib/preferences/update-preference-settings";
import { createTopic } from "@/lib/topics/create-topic";
import { updateTopic } from "@/lib/topics/update-topic";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

/** Runs a settings write for admins and turns domain errors into the form's message. */
async function saving(work: (workspaceId: string) => Promise<unknown>): Promise<TActionState> {
  const member = await requirePermission("settings:write");
  try {
    await work(member.current.workspaceId);
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, savedAt: null };
    throw error;
  }
  revalidatePath("/settings/preferences");
  return { error: null, savedAt: new Date().toISOString() };
}

/** Consent policy per channel: radio `policy.<channel>` = optIn | optOut. */
export async function savePolicyAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const consentPolicy = Object.fromEntries(CHANNELS.flatMap((channel) => (form.has(`policy.${channel}`) ? [[channel, text(form, `policy.${channel}`)]] : [])));
  return saving((workspaceId) => updatePreferenceSettings(db, workspaceId, { consentPolicy }));
}

/** The preference centre's look. */
export async function saveBrandingAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const branding = { companyName: text(form, "companyName"), accentColor: text(form, "accentColor"), footer: text(form, "footer"), logoUrl: text(form, "logoUrl") };
  return saving((workspaceId) => updatePreferenceSettings(db, workspaceId, { branding }));
}

/** A new topic, or changes to one (`id` given); `archived` = "true" | "false" archives or restores. */
export async function saveTopicAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const id = text(form, "id");
  if (form.has("archived")) return saving((workspaceId) => updateTopic(workspaceId, id, { archived: text(form, "archived") === "true" }));
  const fields = { name: text(form, "name"), description: text(form, "description"), defaultSubscribed: text(form, "defaultSubscribed") === "subscribed" };
  return saving((workspaceId) => (id ? updateTopic(workspaceId, id, fields) : createTopic(workspaceId, fields)));
}

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-member";
import { DomainError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { archiveJourney } from "@/lib/journeys/archive-journey";
import { createJourney } from "@/lib/journeys/create-journey";
import { duplicateJourney } from "@/lib/journeys/duplicate-journey";
import { ZCreateJourneyBody } from "@/lib/journeys/journey-schemas";
import { pauseJourney } from "@/lib/journeys/pause-journey";
import { resumeJourney } from "@/lib/journeys/resume-journey";
import { updateJourney } from "@/lib/journeys/update-journey";

export interface TActionState {
  error: string | null;
}

/** A DomainError as a sentence for the form ("status: journey is already paused" → "Journey is already paused"). */
function sentence(error: DomainError): string {
  const text = error.path ? error.message.replace(`${error.path}: `, "") : error.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export async function createJourneyAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const member = await requirePermission("journeys:write");
  let id: string;
  try {
    const input = parseInput(ZCreateJourneyBody, { name: String(form.get("name") ?? "") });
    id = (await createJourney(member.current.workspaceId, member.user.id, input)).id;
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    throw error;
  }
  redirect(`/journeys/${id}`);
}

/** Creates a journey from a gallery template (its messages and segments included) and opens it. */
export async function createJourneyFromTemplateAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const member = await requirePermission("journeys:write");
  let id: string;
  try {
    const name = String(form.get("name") ?? "").trim();
    const input = parseInput(ZCreateJourneyBody, { template: String(form.get("template") ?? ""), ...(name && { name }) });
    id = (await createJourney(member.current.workspaceId, member.user.id, input)).id;
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    throw error;
  }
  redirect(`/journeys/${id}`);
}

export async function renameJourneyAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const member = await requirePermission("journeys:write");
  try {
    await updateJourney(member.current.workspaceId, String(form.get("id")), { name: String(form.get("name") ?? "") });
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message.replace(/^name: /, "Name ") };
    throw error;
  }
  revalidatePath("/journeys");
  return { error: null };
}

export async function pauseJourneyAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const member = await requirePermission("journeys:write");
  try {
    await pauseJourney(member.current.workspaceId, String(form.get("id")));
  } catch (error) {
    if (error instanceof DomainError) return { error: sentence(error) };
    throw error;
  }
  revalidatePath("/journeys");
  return { error: null };
}

export async function resumeJourneyAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const member = await requirePermission("journeys:write");
  try {
    await resumeJourney(member.current.workspaceId, String(form.get("id")));
  } catch (error) {
    if (error instanceof DomainError) return { error: sentence(error) };
    throw error;
  }
  revalidatePath("/journeys");
  return { error: null };
}

export async function duplicateJourneyAction(form: FormData): Promise<void> {
  const member = await requirePermission("journeys:write");
  await duplicateJourney(member.current.workspaceId, String(form.get("id")), member.user.id);
  revalidatePath("/journeys");
}

export async function archiveJourneyAction(form: FormData): Promise<void> {
  const member = await requirePermission("journeys:write");
  await archiveJourney(member.current.workspaceId, String(form.get("id")));
  revalidatePath("/journeys");
}

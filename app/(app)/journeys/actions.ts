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
import { updateJourney } from "@/lib/journeys/update-journey";

export interface TActionState {
  error: string | null;
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

import "server-only";
import { revalidatePath } from "next/cache";
import { requirePermission } from "@/lib/auth/require-member";
import { DomainError } from "@/lib/errors";

/** What a settings form shows after saving: the refusal naming the field, or when it saved. */
export interface TSettingsSaveState {
  error: string | null;
  savedAt: string | null;
}

/**
 * The body of a settings server action whose form edits its rows client-side and sends them as
 * one JSON field `rules`: settings:write, parse, one `lib/` save, refresh `path`. A domain
 * refusal (400-like) comes back as the form's error; anything else is a bug and is thrown.
 */
export async function saveJsonSettings(form: FormData, path: string, save: (workspaceId: string, input: unknown) => Promise<unknown>): Promise<TSettingsSaveState> {
  const member = await requirePermission("settings:write");
  let input: unknown;
  try {
    input = JSON.parse(String(form.get("rules") ?? "{}"));
  } catch {
    return { error: "rules: not valid JSON", savedAt: null };
  }
  try {
    await save(member.current.workspaceId, input);
    revalidatePath(path);
    return { error: null, savedAt: new Date().toISOString() };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, savedAt: null };
    throw error;
  }
}

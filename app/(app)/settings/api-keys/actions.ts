"use server";

import { revalidatePath } from "next/cache";
import { ZCreateApiKeyInput, type TCreatedApiKey } from "@/lib/api-keys/api-key-schemas";
import { createApiKey } from "@/lib/api-keys/create-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import { requirePermission } from "@/lib/auth/require-member";
import { DomainError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";

export interface TCreateKeyState {
  error: string | null;
  created: TCreatedApiKey | null;
}

export async function createApiKeyAction(_previous: TCreateKeyState, form: FormData): Promise<TCreateKeyState> {
  const member = await requirePermission("apiKeys:manage");
  try {
    const kind = form.get("kind");
    const input = parseInput(ZCreateApiKeyInput, { kind, name: form.get("name"), ...(kind === "management" ? { role: form.get("role") } : {}) });
    const created = await createApiKey(member.current.workspaceId, member.user.id, input);
    revalidatePath("/settings/api-keys");
    return { error: null, created };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message, created: null };
    throw error;
  }
}

export interface TRevokeKeyState {
  error: string | null;
}

export async function revokeApiKeyAction(_previous: TRevokeKeyState, form: FormData): Promise<TRevokeKeyState> {
  const member = await requirePermission("apiKeys:manage");
  try {
    await revokeApiKey(member.current.workspaceId, String(form.get("id") ?? ""));
    revalidatePath("/settings/api-keys");
    revalidatePath("/settings/sources");
    return { error: null };
  } catch (error) {
    if (error instanceof DomainError) return { error: error.message };
    throw error;
  }
}

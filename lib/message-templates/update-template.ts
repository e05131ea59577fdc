import { db } from "../db/client";
import { asJson } from "../db/json";
import { conflict, invalid, notFound } from "../errors";
import { CHANNELS, type TChannel } from "../journey/channels";
import { getTemplate } from "./get-template";
import { requireValidTemplateContent } from "./require-valid-template-content";
import { isUniqueViolation, templateNameConflict } from "./template-name-conflict";
import type { TTemplateDetail, TUpdateTemplateBody } from "./template-schemas";

/**
 * Renames a template or saves its content (checked against its channel's schema and for Liquid
 * syntax before anything is written). Journeys pick templates by id, so they send the new content
 * from their next message on. With `expectedUpdatedAt`, the write happens only if nobody saved
 * since (one conditional UPDATE, no read-then-write race); otherwise 409 names the newer save.
 */
export async function updateTemplate(workspaceId: string, id: string, input: TUpdateTemplateBody): Promise<TTemplateDetail> {
  const current = await db.template.findFirst({ where: { id, workspaceId }, select: { channel: true, updatedAt: true } });
  if (!current) throw notFound(`template ${id}`);
  if (!(CHANNELS as readonly string[]).includes(current.channel)) throw invalid("channel", `stored channel "${current.channel}" is unknown; this template cannot be edited`);
  const content = input.content === undefined ? undefined : requireValidTemplateContent(current.channel as TChannel, input.content);
  const expected = input.expectedUpdatedAt === undefined ? undefined : new Date(input.expectedUpdatedAt);
  try {
    const { count } = await db.template.updateMany({
      where: { id, workspaceId, ...(expected && { updatedAt: expected }) },
      data: { ...(input.name !== undefined && { name: input.name }), ...(content !== undefined && { content: asJson(content) }) },
    });
    if (count === 0 && expected) {
      const latest = await db.template.findFirst({ where: { id, workspaceId }, select: { updatedAt: true } });
      if (!latest) throw notFound(`template ${id}`);
      throw conflict(`someone else saved this template at ${latest.updatedAt.toISOString()}, after you opened it; reload to see their version before saving yours`, { updatedAt: latest.updatedAt.toISOString() });
    }
  } catch (error) {
    if (isUniqueViolation(error) && input.name !== undefined) throw templateNameConflict(input.name);
    throw error;
  }
  return getTemplate(workspaceId, id);
}

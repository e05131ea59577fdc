import { defaultTemplateContent } from "../channels/template-content";
import { db } from "../db/client";
import { asJson } from "../db/json";
import { requireValidTemplateContent } from "./require-valid-template-content";
import { toTemplateDetail } from "./template-dto";
import { isUniqueViolation, templateNameConflict } from "./template-name-conflict";
import type { TCreateTemplateBody, TTemplateDetail } from "./template-schemas";

/** A new template; without content it starts from the channel's starter content. Names are unique per workspace (409). */
export async function createTemplate(workspaceId: string, input: TCreateTemplateBody): Promise<TTemplateDetail> {
  const content = requireValidTemplateContent(input.channel, input.content === undefined ? defaultTemplateContent(input.channel) : input.content);
  try {
    const row = await db.template.create({ data: { workspaceId, name: input.name, channel: input.channel, content: asJson(content) } });
    return toTemplateDetail(row, []);
  } catch (error) {
    if (isUniqueViolation(error)) throw templateNameConflict(input.name);
    throw error;
  }
}

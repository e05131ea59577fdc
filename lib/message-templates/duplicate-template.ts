import { db } from "../db/client";
import { asJson } from "../db/json";
import { notFound } from "../errors";
import { toTemplateDetail } from "./template-dto";
import { isUniqueViolation, templateNameConflict } from "./template-name-conflict";
import type { TTemplateDetail } from "./template-schemas";

const MAX_NAME = 120;

/** "<name> (copy)", then "(copy 2)", "(copy 3)"… : the first that no template of the workspace has. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? " (copy)" : ` (copy ${n})`;
    const candidate = `${name.slice(0, MAX_NAME - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A copy of a template (same channel and content) under a free "(copy)" name. */
export async function duplicateTemplate(workspaceId: string, id: string): Promise<TTemplateDetail> {
  const source = await db.template.findFirst({ where: { id, workspaceId } });
  if (!source) throw notFound(`template ${id}`);
  const base = source.name.replace(/ \(copy(?: \d+)?\)$/, "");
  const siblings = await db.template.findMany({ where: { workspaceId, name: { startsWith: base.slice(0, MAX_NAME - 12) } }, select: { name: true } });
  const name = copyName(base, new Set(siblings.map((s) => s.name)));
  try {
    const row = await db.template.create({ data: { workspaceId, name, channel: source.channel, content: asJson(source.content ?? {}) } });
    return toTemplateDetail(row, []);
  } catch (error) {
    // Two copies made at the same moment can pick the same name; the loser is told, not failed.
    if (isUniqueViolation(error)) throw templateNameConflict(name);
    throw error;
  }
}

import { parseTemplateContent, type TTemplateContentFor } from "../channels/template-content";
import { invalid } from "../errors";
import type { TChannel } from "../journey/channels";
import { checkTemplateSyntax } from "./check-template-syntax";
import { describeTemplateError } from "./template-error";

/**
 * Content fit to save: the channel's schema holds (else 400 at `content.<field>`) and every text
 * field parses as Liquid (else 400 `content.<field>: line L, column C: message`).
 */
export function requireValidTemplateContent<C extends TChannel>(channel: C, content: unknown): TTemplateContentFor<C> {
  const parsed = parseTemplateContent(channel, content);
  if (!parsed.ok) throw invalid(parsed.path ? `content.${parsed.path}` : "content", parsed.message);
  const [first, ...rest] = checkTemplateSyntax(channel, parsed.content);
  if (first) {
    const errors = [first, ...rest];
    throw invalid(`content.${first.field}`, describeTemplateError(first), { errors });
  }
  return parsed.content;
}

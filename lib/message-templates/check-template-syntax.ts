import type { TChannel } from "../journey/channels";
import { liquidEngine } from "./liquid-engine";
import { toTemplateError, type TTemplateError } from "./template-error";
import { templateTextFields } from "./template-text-fields";

/**
 * Liquid syntax problems of every text field, without rendering: unclosed tags and outputs,
 * unknown tags, unknown filters. Saving a template refuses content with any.
 */
export function checkTemplateSyntax(channel: TChannel, content: unknown): TTemplateError[] {
  const engine = liquidEngine();
  const errors: TTemplateError[] = [];
  for (const { field, text } of templateTextFields(channel, content)) {
    try {
      engine.parse(text);
    } catch (error) {
      errors.push(toTemplateError(field, error));
    }
  }
  return errors;
}

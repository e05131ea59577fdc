import { CHANNELS, type TChannel } from "../journey/channels";
import { parseTemplateContent } from "../channels/template-content";
import { templateTextFields } from "./template-text-fields";
import type { TTemplateDetail, TTemplateJourneyRef, TTemplateSummary } from "./template-schemas";

export interface TTemplateRow {
  id: string;
  name: string;
  channel: string;
  content: unknown;
  createdAt: Date;
  updatedAt: Date;
}

const SNIPPET_LENGTH = 140;

/** Stored channels are plain strings; one that is not a channel (a bad import) reads as email rather than breaking the list. */
function channelOf(row: TTemplateRow): TChannel {
  return (CHANNELS as readonly string[]).includes(row.channel) ? (row.channel as TChannel) : "email";
}

/** The first non-blank text of the content, tags stripped and whitespace collapsed. */
function snippetOf(channel: TChannel, content: unknown): string {
  for (const { text } of templateTextFields(channel, content)) {
    const plain = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
    if (plain) return plain.length > SNIPPET_LENGTH ? `${plain.slice(0, SNIPPET_LENGTH - 1)}…` : plain;
  }
  return "";
}

/** List form of a template row. */
export function toTemplateSummary(row: TTemplateRow, journeys: readonly TTemplateJourneyRef[]): TTemplateSummary {
  const channel = channelOf(row);
  return {
    id: row.id,
    name: row.name,
    channel,
    snippet: snippetOf(channel, row.content),
    usedBy: journeys.length,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Full form, with the stored content re-validated on the way out. */
export function toTemplateDetail(row: TTemplateRow, journeys: readonly TTemplateJourneyRef[]): TTemplateDetail {
  const channel = channelOf(row);
  const parsed = parseTemplateContent(channel, row.content);
  const content = parsed.ok ? parsed.content : row.content;
  return {
    ...toTemplateSummary(row, journeys),
    content: (content && typeof content === "object" ? content : {}) as Record<string, unknown>,
    contentValid: parsed.ok,
    journeys: [...journeys],
  };
}

import type { Db } from "../../db/client";
import type { TChannel } from "../../journey/channels";
import { renderTemplate } from "../../message-templates/render-template";
import { preferenceLinks, type TPreferenceLinks } from "../../preferences/preference-links";
import { withUnsubscribeHeaders } from "../../preferences/with-unsubscribe-headers";
import { readMessageMeta, type TStoredMessageContent } from "../context/message-meta";
import { sendVariables } from "../send-variables";
import type { TEnrollmentState, TSendEffect } from "../types";

/** An outbox row as the step commit writes it. */
export type TOutboxRow = {
  workspaceId: string;
  profileId: string;
  enrollmentId: string;
  journeyId: string;
  nodeId: string;
  templateId: string;
  channel: TChannel;
  idempotencyKey: string;
  status: "pending" | "failed";
  /** the subscription topic of the message step, if any */
  topicId: string | null;
  /** The address resolved at send time (email, E.164 phone, device token); null when the channel has none or none is on file. */
  recipient: string | null;
  frequencyCapExempt: boolean;
  content: TStoredMessageContent;
  error: string | null;
  nextAttemptAt: Date;
  /** the pass's `now`, never the database clock: frequency caps count sends by it (one clock) */
  createdAt: Date;
};

/** A send of a step, rendered from the profile state it carries (`send.profile`, `send.recipient`). */
export type TSendToRender = {
  workspaceId: string;
  enrollment: TEnrollmentState;
  journeyName: string;
  send: TSendEffect;
  /** The moment of the send, when it is not the batch's `now` (a preview renders each message at its virtual time). */
  at?: Date;
};

export type TRenderSendsOptions = {
  /** The message's preference links; default: signed for the profile and the message. A preview passes placeholders, so no working unsubscribe link ever leaves it. */
  links?: (item: TSendToRender, at: Date) => TPreferenceLinks;
};

const signedLinks = ({ workspaceId, enrollment, send }: TSendToRender, at: Date): TPreferenceLinks =>
  preferenceLinks({ workspaceId, profileId: enrollment.profileId, channel: send.channel, topicId: send.topicId, messageKey: send.idempotencyKey, issuedAt: at });

/**
 * Names of templates that are gone, by `workspace:journey:node:template`, from an earlier message
 * of the same step (the row keeps the name it was rendered with). Runs only when a template is
 * missing: one indexed lookup per step that lost its template; unknown when none was ever sent.
 */
async function formerNames(db: Db, missing: readonly TSendToRender[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const { workspaceId, enrollment, send } of missing) {
    const key = `${workspaceId}:${enrollment.journeyId}:${send.nodeId}:${send.templateId}`;
    if (names.has(key)) continue;
    const earlier = await db.message.findFirst({ where: { workspaceId, journeyId: enrollment.journeyId, nodeId: send.nodeId, templateId: send.templateId }, select: { content: true } });
    const name = readMessageMeta(earlier?.content).templateName;
    if (name) names.set(key, name);
  }
  return names;
}

/**
 * Outbox rows for a batch's sends, rendered with Liquid for the profile and the event that
 * enrolled it (templates in one query). A template that is gone, on another channel, or that
 * fails to render gives a `failed` row with the error (and `markFailedSends` logs the step as
 * failed): the step still commits, the outbox shows why nothing went out, and the key stays
 * taken so a re-run cannot send it later by surprise. Liquid's `now` is the send's moment. The
 * path preview renders its messages here too, so a preview prints what the outbox would store.
 */
export async function renderSends(db: Db, sends: readonly TSendToRender[], now: Date, options: TRenderSendsOptions = {}): Promise<TOutboxRow[]> {
  if (sends.length === 0) return [];
  const templates = await db.template.findMany({
    where: { workspaceId: { in: [...new Set(sends.map((s) => s.workspaceId))] }, id: { in: [...new Set(sends.map((s) => s.send.templateId))] } },
    select: { id: true, workspaceId: true, name: true, channel: true, content: true },
  });
  const byId = new Map(templates.map((t) => [`${t.workspaceId}:${t.id}`, t]));
  const gone = await formerNames(db, sends.filter((s) => !byId.has(`${s.workspaceId}:${s.send.templateId}`)));
  const rows: TOutboxRow[] = [];
  for (const item of sends) {
    const { workspaceId, enrollment, journeyName, send } = item;
    const at = item.at ?? now;
    const template = byId.get(`${workspaceId}:${send.templateId}`);
    const base = {
      workspaceId,
      profileId: enrollment.profileId,
      enrollmentId: enrollment.id,
      journeyId: enrollment.journeyId,
      nodeId: send.nodeId,
      templateId: send.templateId,
      channel: send.channel,
      idempotencyKey: send.idempotencyKey,
      topicId: send.topicId ?? null,
      nextAttemptAt: at,
      createdAt: at,
      recipient: send.recipient,
      frequencyCapExempt: send.frequencyCapExempt,
    };
    const formerName = template ? undefined : gone.get(`${workspaceId}:${enrollment.journeyId}:${send.nodeId}:${send.templateId}`);
    const meta = { templateName: template?.name ?? formerName ?? null };
    if (!template || template.channel !== send.channel) {
      const error = template
        ? `template "${template.name}" is for ${template.channel}, not ${send.channel}`
        : `template ${formerName ? `"${formerName}"` : send.templateId} no longer exists`;
      rows.push({ ...base, status: "failed", error, content: { ...meta, rendered: {} } });
      continue;
    }
    const links = (options.links ?? signedLinks)(item, at);
    const { rendered, errors } = await renderTemplate(send.channel, template.content, { ...sendVariables(send, enrollment, journeyName), ...links }, { now: at });
    const renderedRecord = rendered && typeof rendered === "object" ? (rendered as Record<string, unknown>) : {};
    const firstError = errors[0];
    rows.push({
      ...base,
      status: firstError ? "failed" : "pending",
      error: firstError ? `template "${template.name}" failed to render: ${firstError.field}: ${firstError.message}` : null,
      content: { ...meta, rendered: withUnsubscribeHeaders(send.channel, renderedRecord, links) },
    });
  }
  return rows;
}

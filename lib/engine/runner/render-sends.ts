import type { Db } from "../../db/client";
import type { TChannel } from "../../journey/channels";
import { renderTemplate, type TTemplateProfile } from "../../message-templates/render-template";
import { preferenceLinks } from "../../preferences/preference-links";
import { withUnsubscribeHeaders } from "../../preferences/with-unsubscribe-headers";
import type { TStoredMessageContent } from "../context/message-meta";
import type { TEnrollmentState, TSendEffect, TStepContext } from "../types";

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
};

export type TSendToRender = {
  workspaceId: string;
  enrollment: TEnrollmentState;
  context: TStepContext;
  journeyName: string;
  send: TSendEffect;
};

/** The identity (else trait) a channel is addressed to; null for channels the adapter addresses. */
const ADDRESS_KIND: Partial<Record<TChannel, { identity: string; trait?: string }>> = {
  email: { identity: "email", trait: "email" },
  sms: { identity: "phone", trait: "phone" },
  push: { identity: "deviceId" },
};

function identity(context: TStepContext, kind: string, trait?: string): string | null {
  const found = context.identities.find((i) => i.kind === kind && i.value.trim() !== "")?.value;
  const fromTrait = trait ? context.profile.traits[trait] : undefined;
  return found ?? (typeof fromTrait === "string" && fromTrait.trim() !== "" ? fromTrait : null);
}

function templateProfile(context: TStepContext): TTemplateProfile {
  return {
    id: context.profile.id,
    traits: { ...context.profile.traits },
    email: identity(context, "email", "email"),
    phone: identity(context, "phone", "phone"),
    userId: identity(context, "userId", "user_id"),
    timezone: context.profile.timezone,
    locale: context.profile.locale,
  };
}

/**
 * Outbox rows for a batch's sends, rendered with Liquid for the profile and the event that
 * enrolled it (templates in one query). A template that is gone, on another channel, or that
 * fails to render gives a `failed` row with the error: the step still commits, the outbox shows
 * why nothing went out, and the key stays taken so a re-run cannot send it later by surprise.
 */
export async function renderSends(db: Db, sends: readonly TSendToRender[], now: Date): Promise<TOutboxRow[]> {
  if (sends.length === 0) return [];
  const templates = await db.template.findMany({
    where: { workspaceId: { in: [...new Set(sends.map((s) => s.workspaceId))] }, id: { in: [...new Set(sends.map((s) => s.send.templateId))] } },
    select: { id: true, workspaceId: true, name: true, channel: true, content: true },
  });
  const byId = new Map(templates.map((t) => [`${t.workspaceId}:${t.id}`, t]));
  const rows: TOutboxRow[] = [];
  for (const { workspaceId, enrollment, context, journeyName, send } of sends) {
    const template = byId.get(`${workspaceId}:${send.templateId}`);
    const address = ADDRESS_KIND[send.channel];
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
      nextAttemptAt: now,
      recipient: address ? identity(context, address.identity, address.trait) : null,
      frequencyCapExempt: send.frequencyCapExempt,
    };
    const meta = { templateName: template?.name ?? null };
    if (!template || template.channel !== send.channel) {
      const error = template ? `template "${template.name}" is for ${template.channel}, not ${send.channel}` : `template ${send.templateId} not found (deleted after publishing?)`;
      rows.push({ ...base, status: "failed", error, content: { ...meta, rendered: {} } });
      continue;
    }
    const trigger = enrollment.memory.triggerEvent;
    const event = trigger ? { name: trigger.name, properties: { ...trigger.properties }, timestamp: trigger.timestamp.toISOString() } : null;
    const links = preferenceLinks({ workspaceId, profileId: enrollment.profileId, channel: send.channel, topicId: send.topicId, messageKey: send.idempotencyKey, issuedAt: now });
    const { rendered, errors } = await renderTemplate(send.channel, template.content, {
      profile: templateProfile(context),
      event,
      journey: { id: enrollment.journeyId, name: journeyName },
      ...links,
    });
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

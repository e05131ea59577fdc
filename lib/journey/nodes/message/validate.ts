import { CHANNEL_LABELS, CONSENT_SENSITIVE_CHANNELS, type TChannel } from "../../channels";
import { nodeIssue } from "../../validation/issue";
import type { TValidationContext, TValidationIssue } from "../../validation/types";
import type { TNodeValidationContext } from "../node-definition";
import type { TMessageData, TMessageNode } from "./schema";

function templateIssues(node: TMessageNode, templates: TValidationContext["templates"]): TValidationIssue[] {
  const { templateId, channel, fallbackChannels } = node.data;
  if (templateId === null || templateId.trim() === "") {
    return [nodeIssue(node.id, "error", "message-template-missing", "The message has no template.", `Choose a ${CHANNEL_LABELS[channel]} template.`)];
  }
  if (templates === undefined) return [];
  const template = templates.find((t) => t.id === templateId);
  if (!template) {
    return [nodeIssue(node.id, "error", "message-template-unknown", `Template "${templateId}" does not exist.`, "Choose an existing template, or create it first.")];
  }
  // A `best` message renders one template on whichever channel wins, so that template's channel must be among the candidates.
  const allowed: readonly string[] = channel === "best" ? (fallbackChannels ?? []) : [channel];
  if (channel === "best" && allowed.length === 0) return [];
  if (!allowed.includes(template.channel)) {
    return [
      nodeIssue(
        node.id,
        "error",
        "message-template-channel",
        `Template "${templateId}" is for ${template.channel}, but this step sends ${CHANNEL_LABELS[channel]}.`,
        "Choose a template made for this channel, or change the channel.",
      ),
    ];
  }
  return [];
}

function channelsReached(data: TMessageData): TChannel[] {
  return data.channel === "best" ? (data.fallbackChannels ?? []) : [data.channel];
}

function consentIssues(node: TMessageNode, consent: TValidationContext["audienceConsent"]): TValidationIssue[] {
  if (!consent) return [];
  return channelsReached(node.data)
    .filter((c) => CONSENT_SENSITIVE_CHANNELS.includes(c) && consent[c] === false)
    .map((c) =>
      nodeIssue(
        node.id,
        "warning",
        "message-consent-missing",
        `The audience has not opted in to ${CHANNEL_LABELS[c]}, so this step will be skipped for them.`,
        `Collect ${CHANNEL_LABELS[c]} consent first, or use another channel.`,
      ),
    );
}

function topicIssues(node: TMessageNode, topics: TValidationContext["topics"]): TValidationIssue[] {
  const { topicId } = node.data;
  if (!topicId || topics === undefined || topics.some((t) => t.id === topicId)) return [];
  // A warning, not an error: sends still honour the choices people made on an archived topic.
  return [nodeIssue(node.id, "warning", "message-topic-inactive", "The step's subscription topic is archived or gone, so customers cannot change their choice on it.", "Pick an active topic, or none.")];
}

/** Names an existing template for its channel; `best` has fallbacks; consent-sensitive channels are covered. */
export function validateMessage(node: TMessageNode, ctx: TNodeValidationContext): TValidationIssue[] {
  const issues = [...templateIssues(node, ctx.options.templates), ...consentIssues(node, ctx.options.audienceConsent), ...topicIssues(node, ctx.options.topics)];
  const { channel, fallbackChannels } = node.data;
  if (channel === "best" && !fallbackChannels?.length) {
    issues.push(nodeIssue(node.id, "warning", "message-best-no-fallback", "\"Best channel\" has no channels to choose from.", "List the channels to try, in order."));
  }
  if (channel !== "best" && fallbackChannels?.length) {
    issues.push(nodeIssue(node.id, "warning", "message-fallback-ignored", "Fallback channels only apply to \"Best channel\".", "Switch to \"Best channel\", or clear the fallbacks."));
  }
  return issues;
}

import type { TChannel } from "@/lib/journey/channels";
import type { TNodeType } from "@/lib/journey/registry";

/**
 * What the inspector knows about the world beyond the selected step: the workspace's templates and
 * segments (for pickers) and the journey's steps (for "engaged with an earlier message" rules).
 * The editor loads it; the forms only read it.
 */
export interface TInspectorContext {
  templates: { id: string; name: string; channel: TChannel }[];
  segments: { id: string; name: string }[];
  /** Active subscription topics (Settings → Preference centre); absent where not loaded. */
  topics?: { id: string; name: string }[];
  nodes: { id: string; type: TNodeType; label: string }[];
}

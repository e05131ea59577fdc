import type { TJourneyGraph } from "@/lib/journey/graph";
import type { TJourneySettings } from "@/lib/journey/settings";

/**
 * What undo, autosave and import work on: the draft graph and the journey-level settings. Treated
 * as immutable; an edit makes a new document that shares every untouched node with the old one.
 */
export type TEditorDoc = { graph: TJourneyGraph; settings: TJourneySettings };


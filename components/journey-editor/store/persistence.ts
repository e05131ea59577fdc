/**
 * Saving the draft: autosave 1.5 s after the last edit, "Save now" / Ctrl+S, renames, and the
 * two-tab conflict. Every write names the revision it started from and runs one at a time, so the
 * revision a save sends is always the one the previous save returned. A 409 stops autosave until
 * the user chooses between their version and this one: nothing is ever overwritten silently.
 */
import { parseJourneySettings } from "@/lib/journey/settings";
import { fetchJourney, putJourney, type TJourneyDetail } from "../api/journey-api";
import type { TEditorDoc } from "./editor-doc";
import type { TEditorStore } from "./editor-store";

export const AUTOSAVE_DELAY_MS = 1500;
/** A save that failed for lack of network is retried after this long. */
const OFFLINE_RETRY_MS = 5000;

export type TPersistence = {
  saveNow(): Promise<void>;
  rename(name: string): Promise<boolean>;
  reloadTheirs(): Promise<void>;
  overwriteWithMine(): Promise<void>;
  /** Starts autosave (subscribes to edits); returns the function that stops it again. */
  start(): () => void;
};

export function docFromDetail(detail: Pick<TJourneyDetail, "graph" | "settings">): TEditorDoc {
  const settings = parseJourneySettings(detail.settings);
  // Settings that no longer parse are kept as stored: the settings form shows and repairs them.
  return { graph: detail.graph, settings: settings.ok ? settings.settings : (detail.settings as TEditorDoc["settings"]) };
}

/** Saving for one editor store; autosave runs between `start()` and the stop function it returns. */
export function createPersistence(store: TEditorStore): TPersistence {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const get = store.getState;

  /** Runs writes one after another; each sees the revision its predecessor produced. */
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const schedule = (delay = AUTOSAVE_DELAY_MS) => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), delay);
  };

  const writeDraft = async (): Promise<void> => {
    const state = get();
    if (state.readOnly || state.save.kind === "conflict") return;
    const doc = state.history.present;
    if (doc === state.savedDoc) {
      if (state.save.kind !== "idle") state.actions.setSave({ kind: "idle" });
      return;
    }
    state.actions.setSave({ kind: "saving" });
    // Settings travel only when they changed, so a save never rewrites settings it did not touch.
    const settingsChanged = doc.settings !== state.savedDoc.settings;
    const result = await putJourney(state.journeyId, { graph: doc.graph, ...(settingsChanged && { settings: doc.settings }), revision: state.revision });
    if (result.ok) {
      get().actions.markSaved(doc, result.value.revision);
      if (get().history.present !== doc) schedule();
    } else if (result.status === 409) {
      get().actions.setSave({ kind: "conflict" });
    } else {
      get().actions.setSave({ kind: "error", message: result.error });
      if (result.status === 0) schedule(OFFLINE_RETRY_MS);
    }
  };

  const saveNow = () => {
    clearTimeout(timer);
    return enqueue(writeDraft);
  };

  const onChange = (state: ReturnType<typeof get>, previous: ReturnType<typeof get>) => {
    if (state.history.present === previous.history.present) return;
    if (state.readOnly || state.save.kind === "conflict") return;
    if (state.history.present === state.savedDoc) clearTimeout(timer);
    else schedule();
  };

  return {
    saveNow,
    rename(name) {
      return enqueue(async () => {
        const state = get();
        const result = await putJourney(state.journeyId, { name, revision: state.revision });
        if (result.ok) get().actions.setJourneyMeta({ name: result.value.name, revision: result.value.revision });
        else if (result.status === 409) get().actions.setSave({ kind: "conflict" });
        else get().actions.setSave({ kind: "error", message: result.error });
        return result.ok;
      });
    },
    reloadTheirs() {
      return enqueue(async () => {
        clearTimeout(timer);
        const result = await fetchJourney(get().journeyId);
        if (!result.ok) return get().actions.setSave({ kind: "error", message: result.error });
        get().actions.resetTo(docFromDetail(result.value), result.value.revision);
        get().actions.setJourneyMeta({ name: result.value.name, status: result.value.status });
      });
    },
    overwriteWithMine() {
      return enqueue(async () => {
        clearTimeout(timer);
        const latest = await fetchJourney(get().journeyId);
        if (!latest.ok) return get().actions.setSave({ kind: "error", message: latest.error });
        const doc = get().history.present;
        get().actions.setSave({ kind: "saving" });
        // Both parts travel: "mine" means my graph and my settings, whatever the other side changed.
        const result = await putJourney(get().journeyId, { graph: doc.graph, settings: doc.settings, revision: latest.value.revision });
        if (result.ok) get().actions.markSaved(doc, result.value.revision);
        else get().actions.setSave(result.status === 409 ? { kind: "conflict" } : { kind: "error", message: result.error });
        if (result.ok && get().history.present !== doc) schedule();
      });
    },
    start() {
      const unsubscribe = store.subscribe(onChange);
      return () => {
        clearTimeout(timer);
        unsubscribe();
      };
    },
  };
}

/**
 * Validation off the main thread. `validateJourney` is pure, so it runs here unchanged; a
 * 300-step journey takes tens of milliseconds to check, which on the main thread would stall
 * typing in the inspector each time validation ran.
 */
import { validateJourney, type TValidationContext, type TValidationIssue } from "@/lib/journey/validate";
import type { TJourneyGraph } from "@/lib/journey/graph";

export type TValidationRequest = { id: number; graph: TJourneyGraph; context: TValidationContext };
export type TValidationResponse = { id: number; issues: TValidationIssue[] };

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<TValidationRequest>) => void) | null; postMessage: (message: TValidationResponse) => void };

scope.onmessage = (event) => {
  const { id, graph, context } = event.data;
  scope.postMessage({ id, issues: validateJourney(graph, context) });
};

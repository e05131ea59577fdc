import type { THandle } from "../node-definition";
import type { TSplitData } from "./schema";

/** One handle per variant; the holdout exits, so it has none. */
export function splitHandles(data: TSplitData): THandle[] {
  return data.variants.map((variant) => ({ id: variant.id, label: variant.label }));
}

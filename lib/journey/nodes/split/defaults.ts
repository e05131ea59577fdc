import type { TSplitData } from "./schema";

/** An even A/B test, the usual starting point. */
export function defaultSplitData(): TSplitData {
  return {
    variants: [
      { id: "a", label: "Variant A", percent: 50 },
      { id: "b", label: "Variant B", percent: 50 },
    ],
  };
}

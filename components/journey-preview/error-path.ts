import type { TApiResult } from "@/components/ui/call-api";

/**
 * A refusal's field path (`events.2.event`, `assume.sms`) in the words of the preview's inputs
 * ("Event 3", "Assumptions for step “sms”"), so the error says where to look.
 */
export function describeErrorPath(path: string | undefined): string | null {
  if (!path) return null;
  const [head, second] = path.split(".");
  switch (head) {
    case "events":
      return second !== undefined && /^\d+$/.test(second) ? `Event ${Number(second) + 1}` : "Events";
    case "assume":
      return second ? `Assumptions for step “${second}”` : "Assumptions";
    case "profileId":
      return "Customer";
    case "profile":
      return "Customer details";
    case "start":
      return "Start";
    case "until":
    case "duration":
      return "Follow for";
    case "version":
    case "versions":
      return "Version";
    default:
      return path;
  }
}

/** A refusal's sentence led by the input it is about ("Event 3: …") instead of the field path the API leads it with. */
export function withPlace<T>(result: TApiResult<T>): TApiResult<T> {
  if (result.ok) return result;
  const place = describeErrorPath(result.path);
  if (!place) return result;
  const sentence = result.path && result.error.startsWith(`${result.path}: `) ? result.error.slice(result.path.length + 2) : result.error;
  return { ...result, error: `${place}: ${sentence}` };
}

import { CircleAlert, CircleCheck } from "lucide-react";
import { renderedText, type TChannelPreviewProps } from "./preview-props";

/** The bytes the request will carry, with a check that the rendered body parses as JSON. */
function parsedBody(body: string): { ok: true; pretty: string } | { ok: false; message: string } | null {
  if (!body.trim()) return null;
  try {
    return { ok: true, pretty: JSON.stringify(JSON.parse(body), null, 2) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : "not JSON" };
  }
}

/** The HTTP request as it will be sent. */
export function WebhookPreview({ rendered }: TChannelPreviewProps) {
  const headers = rendered.headers && typeof rendered.headers === "object" ? Object.entries(rendered.headers as Record<string, unknown>) : [];
  const body = renderedText(rendered, "body");
  const json = parsedBody(body);
  return (
    <div className="space-y-3">
      <div className="overflow-hidden rounded-xl bg-slate-900 font-mono text-[12.5px] leading-5 text-slate-100 shadow-sm" data-testid="webhook-request">
        <p className="break-all border-b border-slate-700/70 px-4 py-2.5">
          <span className="font-semibold text-emerald-300">{renderedText(rendered, "method") || "POST"}</span> {renderedText(rendered, "url")}
        </p>
        {headers.length > 0 && (
          <div className="border-b border-slate-700/70 px-4 py-2.5">
            {headers.map(([name, value]) => (
              <p key={name} className="break-all"><span className="text-sky-300">{name}</span>: {String(value)}</p>
            ))}
          </div>
        )}
        <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words px-4 py-2.5">{json?.ok ? json.pretty : body || <span className="text-slate-500">(no body)</span>}</pre>
      </div>
      {json && (
        <p className={json.ok ? "flex items-center gap-1.5 text-xs text-emerald-700" : "flex items-center gap-1.5 text-xs font-medium text-amber-800"}>
          {json.ok ? <CircleCheck className="size-3.5" aria-hidden /> : <CircleAlert className="size-3.5" aria-hidden />}
          {json.ok ? "The rendered body is valid JSON." : `The rendered body is not valid JSON: ${json.message}`}
        </p>
      )}
    </div>
  );
}

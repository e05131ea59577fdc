import { unsubscribePageHtml } from "@/components/preferences/unsubscribe-html";
import { getPreferenceBranding } from "@/lib/preferences/get-preference-branding";
import { signPreferenceToken } from "@/lib/preferences/sign-preference-token";
import { readUnsubscribeTarget, unsubscribeOneClick, type TUnsubscribeTarget } from "@/lib/preferences/unsubscribe-one-click";

type TParams = { params: Promise<{ token: string }> };

const NEUTRAL = { companyName: "Email preferences", accentColor: "#64748b" };

async function page(target: TUnsubscribeTarget, state: "confirm" | "done", status = 200): Promise<Response> {
  const headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" };
  if (!target) return new Response(unsubscribePageHtml({ ...NEUTRAL, what: "", preferencesUrl: null, state: "invalid" }), { status: 404, headers });
  const branding = await getPreferenceBranding(target.workspaceId);
  // relative: the page is served by this same server, whatever address the mail used
  const preferencesUrl = `/p/${signPreferenceToken({ workspaceId: target.workspaceId, profileId: target.profileId })}`;
  return new Response(unsubscribePageHtml({ companyName: branding.companyName, accentColor: branding.accentColor, what: target.what, preferencesUrl, state }), { status, headers });
}

/** Shows what the link stops and asks; never unsubscribes (mail scanners and previews fetch GETs). */
export async function GET(_request: Request, { params }: TParams): Promise<Response> {
  return page(await readUnsubscribeTarget((await params).token), "confirm");
}

/**
 * RFC 8058 one-click unsubscribe: the body must carry `List-Unsubscribe=One-Click`
 * (application/x-www-form-urlencoded or multipart/form-data). Answers 200 plain text to mail
 * clients, the confirmation page to browsers (the GET page's button), 404 for a bad token.
 */
export async function POST(request: Request, { params }: TParams): Promise<Response> {
  const plain = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
  let oneClick = false;
  try {
    oneClick = (await request.formData()).get("List-Unsubscribe") === "One-Click";
  } catch {
    oneClick = false;
  }
  if (!oneClick) return plain("expected the form body List-Unsubscribe=One-Click (RFC 8058)", 400);
  const target = await unsubscribeOneClick((await params).token);
  if ((request.headers.get("accept") ?? "").includes("text/html")) return page(target, "done");
  return target ? plain(`unsubscribed from ${target.what}`, 200) : plain("this unsubscribe link is not valid", 404);
}

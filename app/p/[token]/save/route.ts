import { savePreferenceCentre } from "@/lib/preferences/save-preference-centre";

/**
 * The preference centre's form post. Answers 303 back to the page with what happened, so a
 * reload does not post twice; an invalid token goes back to the page, which says so (404).
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token } = await params;
  const page = `/p/${encodeURIComponent(token)}`;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("the form could not be read", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const outcome = await savePreferenceCentre(token, form);
  const location = outcome ? `${page}?saved=${outcome.kind === "unsubscribedAll" ? "all" : "1"}` : page;
  return new Response(null, { status: 303, headers: { location } });
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export interface TUnsubscribePageInput {
  companyName: string;
  accentColor: string;
  /** what is stopped, e.g. "email", "“Offers” messages" */
  what: string;
  /** where "manage all preferences" leads */
  preferencesUrl: string | null;
  state: "confirm" | "done" | "invalid";
}

/**
 * The small HTML page of the one-click unsubscribe URL (a route handler, so no React tree): GET
 * asks with a button — mail scanners prefetch links, so showing the page must not unsubscribe —
 * and the button posts `List-Unsubscribe=One-Click` to the same URL, exactly as a mail client does.
 */
export function unsubscribePageHtml(input: TUnsubscribePageInput): string {
  const accent = /^#[0-9a-fA-F]{6}$/.test(input.accentColor) ? input.accentColor : "#4f46e5";
  const manage = input.preferencesUrl ? `<p class="more"><a href="${escape(input.preferencesUrl)}">Manage all your preferences</a></p>` : "";
  const body =
    input.state === "invalid"
      ? `<h1>This link is not valid</h1><p>It may have been copied incompletely or changed. Use the unsubscribe link in the most recent message you received.</p>`
      : input.state === "done"
        ? `<h1>You are unsubscribed</h1><p role="status">You will no longer receive ${escape(input.what)} from ${escape(input.companyName)}.</p>${manage}`
        : `<h1>Unsubscribe?</h1><p>Stop receiving ${escape(input.what)} from ${escape(input.companyName)}.</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>${manage}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><meta name="referrer" content="no-referrer">
<title>${input.state === "invalid" ? "Link not valid" : "Unsubscribe"} · ${escape(input.companyName)}</title>
<style>
body{margin:0;min-height:100vh;background:#f1f5f9;color:#0f172a;font:15px/1.55 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;display:flex;align-items:flex-start;justify-content:center}
main{width:100%;max-width:28rem;margin:4rem 1rem}.brand{text-align:center;font-weight:600;font-size:1.2rem;margin-bottom:1.5rem}
.card{background:#fff;border-radius:1rem;box-shadow:0 1px 2px rgba(0,0,0,.06);border:1px solid #e2e8f0;border-top:6px solid ${accent};padding:1.75rem 2rem}
h1{font-size:1.25rem;margin:0 0 .5rem}p{color:#475569;margin:.25rem 0 0}
button{margin-top:1.25rem;background:${accent};color:#fff;border:0;border-radius:.5rem;padding:.65rem 1.25rem;font:inherit;font-weight:600;cursor:pointer}
button:focus-visible,a:focus-visible{outline:2px solid ${accent};outline-offset:2px}.more{margin-top:1.25rem;font-size:.9rem}a{color:${accent}}
</style></head>
<body><main><div class="brand">${escape(input.companyName)}</div><div class="card">${body}</div></main></body></html>`;
}

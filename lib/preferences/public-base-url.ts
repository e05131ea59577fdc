/**
 * Where customers reach this server, for links in messages: WAYMARK_PUBLIC_URL, else the origin
 * of the request being answered (when there is one), else http://localhost:3000.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env, requestOrigin?: string): string {
  const configured = env.WAYMARK_PUBLIC_URL?.trim();
  return (configured || requestOrigin || "http://localhost:3000").replace(/\/+$/, "");
}

/** Where customers reach this server, for links in messages: WAYMARK_PUBLIC_URL, else localhost. */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.WAYMARK_PUBLIC_URL?.trim();
  return (configured || "http://localhost:3000").replace(/\/+$/, "");
}

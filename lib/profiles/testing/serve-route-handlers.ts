import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type TRouteHandler = (request: Request) => Promise<Response>;

/** path → method → handler, e.g. `{ "/api/v1/batch": { POST } }`. */
export type TRoutes = Record<string, Partial<Record<string, TRouteHandler>>>;

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  const hasBody = incoming.method !== "GET" && incoming.method !== "HEAD";
  return new Request(new URL(incoming.url ?? "/", origin), { method: incoming.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  outgoing.statusCode = response.status;
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * A plain node:http server in front of Next.js route handler exports (Request → Response), so
 * real HTTP clients — the Segment SDK, a load generator — can talk to the handlers without a
 * Next.js build. Listens on a free port of 127.0.0.1.
 */
export async function serveRouteHandlers(routes: TRoutes): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? "/", "http://localhost").pathname;
    const handler = routes[path]?.[incoming.method ?? "GET"];
    if (!handler) {
      outgoing.statusCode = 404;
      outgoing.end(JSON.stringify({ error: `no route for ${incoming.method} ${path}` }));
      return;
    }
    toRequest(incoming, `http://${incoming.headers.host ?? "localhost"}`)
      .then(handler)
      .then((response) => send(response, outgoing))
      .catch((error: unknown) => {
        outgoing.statusCode = 500;
        outgoing.end(JSON.stringify({ error: String(error) }));
      });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

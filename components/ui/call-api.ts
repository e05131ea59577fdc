/** An API answer: the body on success; the error sentence and field path otherwise. */
export type TApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: string; path?: string; body: Record<string, unknown> };

const OFFLINE = "could not reach the server; your changes are still here, try again";

/**
 * A JSON call to the app's own API from the browser. Errors come back as values (the API's
 * `error` and `path`, or an offline note), never as throws; only an abort rethrows, so a
 * superseded request (typing ahead) can be told apart.
 */
export async function callApi<T>(url: string, init: RequestInit = {}): Promise<TApiResult<T>> {
  try {
    const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, data: body as T };
    const path = typeof body.path === "string" ? body.path : undefined;
    return { ok: false, status: response.status, error: typeof body.error === "string" ? body.error : `request failed (${response.status})`, path, body };
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    return { ok: false, status: 0, error: OFFLINE, body: {} };
  }
}

// The explorer's routes on the gateway's HTTP host: GET /explorer (GraphiQL), its files under
// /explorer/, the operations as tabs, and / redirecting to /explorer. Everything is read once at
// start and served from memory; every response carries a Content-Security-Policy that lets the
// page load and call nothing but the hub itself.
import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { resolve } from "node:path";
import type { RouteHandler } from "../http/server.ts";
import { loadExplorerTabs } from "./operations.ts";
import { type Asset, loadVendorAssets } from "./vendor.ts";
import { repoPath } from "../paths.ts";

export const EXPLORER_PATH = "/explorer";
const ASSETS_PREFIX = `${EXPLORER_PATH}/assets/`;
const browserDir = repoPath("src/explorer/browser");

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

function serve(asset: Asset, cacheControl: string): RouteHandler {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "application/json; charset=utf-8" });
      return void res.end(JSON.stringify({ error: `${req.method} is not allowed here: use GET` }));
    }
    res.writeHead(200, {
      "content-type": asset.contentType,
      "content-length": asset.body.length,
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
      "cache-control": cacheControl,
    });
    res.end(req.method === "HEAD" ? undefined : asset.body);
  };
}

const browserFile = async (file: string, contentType: string): Promise<Asset> => ({ contentType, body: await readFile(resolve(browserDir, file)) });

/**
 * A browser opening /graphql (a GET asking for HTML, with no query) lands on the explorer rather
 * than on a GraphQL error; clients asking for JSON, and GETs carrying a query, are not affected.
 * Returns whether it answered the request (for HttpHostOptions.browserLanding).
 */
export function explorerLanding(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const accept = req.headers.accept ?? "";
  if (!accept.includes("text/html")) return false;
  if (new URL(req.url ?? "/", "http://localhost").searchParams.has("query")) return false;
  res.writeHead(302, { location: EXPLORER_PATH, "content-type": "text/plain; charset=utf-8" });
  res.end(req.method === "HEAD" ? undefined : `GraphQL answers POST requests here; the explorer is at ${EXPLORER_PATH}\n`);
  return true;
}

/** The explorer's routes, keyed by exact path, for HttpHostOptions.routes. */
export async function explorerRoutes(): Promise<Record<string, RouteHandler>> {
  const tabs = await loadExplorerTabs();
  // The page and its own files change with the hub; the vendor files only with package.json.
  const fresh = "no-cache";
  const routes: Record<string, RouteHandler> = {
    [EXPLORER_PATH]: serve(await browserFile("index.html", "text/html; charset=utf-8"), fresh),
    [`${EXPLORER_PATH}/start.js`]: serve(await browserFile("start.js", "text/javascript; charset=utf-8"), fresh),
    [`${EXPLORER_PATH}/explorer.css`]: serve(await browserFile("explorer.css", "text/css; charset=utf-8"), fresh),
    [`${EXPLORER_PATH}/favicon.svg`]: serve(await browserFile("favicon.svg", "image/svg+xml"), fresh),
    [`${EXPLORER_PATH}/operations.json`]: serve({ contentType: "application/json; charset=utf-8", body: Buffer.from(JSON.stringify(tabs)) }, fresh),
    "/": (_req, res) => {
      res.writeHead(302, { location: EXPLORER_PATH, "content-type": "text/plain; charset=utf-8" });
      res.end(`The explorer is at ${EXPLORER_PATH}\n`);
    },
  };
  for (const [name, asset] of await loadVendorAssets(ASSETS_PREFIX)) routes[`${ASSETS_PREFIX}${name}`] = serve(asset, "public, max-age=86400");
  return routes;
}

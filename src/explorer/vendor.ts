// GraphiQL 3 and the React 18 it runs on, read from node_modules: their UMD builds need no
// bundling step, so nothing built is committed and `npm ci` brings exactly the pinned versions.
// GraphiQL's stylesheet embeds its fonts and images as data: URIs, which a Content-Security-Policy
// of 'self' refuses; each one is taken out into a file the hub serves, and the stylesheet points
// at it instead.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface Asset {
  contentType: string;
  body: Buffer;
}

const require = createRequire(import.meta.url);
// React and GraphiQL do not export their UMD files; their package.json gives the directory.
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const vendorFiles: Record<string, [pkg: string, file: string, contentType: string]> = {
  "react.production.min.js": ["react", "umd/react.production.min.js", "text/javascript; charset=utf-8"],
  "react-dom.production.min.js": ["react-dom", "umd/react-dom.production.min.js", "text/javascript; charset=utf-8"],
  "graphiql.min.js": ["graphiql", "graphiql.min.js", "text/javascript; charset=utf-8"],
  "graphiql.min.css": ["graphiql", "graphiql.min.css", "text/css; charset=utf-8"],
};

const extensions: Record<string, string> = { "font/woff2": "woff2", "font/woff": "woff", "image/png": "png" };

/** Moves every base64 data: URI of a stylesheet into its own asset named by its content hash. */
export function extractDataUris(css: string, urlPrefix: string): { css: string; assets: Map<string, Asset> } {
  const assets = new Map<string, Asset>();
  const rewritten = css.replace(/url\((["']?)data:([a-z0-9+./-]+);base64,([A-Za-z0-9+/=]+)\1\)/g, (_, _quote, type: string, data: string) => {
    const extension = extensions[type];
    if (!extension) throw new Error(`Unexpected data: URI of type ${type} in GraphiQL's stylesheet`);
    const body = Buffer.from(data, "base64");
    const name = `${createHash("sha256").update(body).digest("hex").slice(0, 16)}.${extension}`;
    assets.set(name, { contentType: type, body });
    return `url(${urlPrefix}${name})`;
  });
  // A data: URI in another form (not base64, or unquoted oddly) would be refused by the CSP.
  if (rewritten.includes("data:")) throw new Error("GraphiQL's stylesheet still holds a data: URI after extraction");
  return { css: rewritten, assets };
}

/** The vendor files by name, under the URL prefix they are served at. */
export async function loadVendorAssets(urlPrefix: string): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const [name, [pkg, file, contentType]] of Object.entries(vendorFiles)) {
    const body = await readFile(join(packageDir(pkg), file));
    if (name.endsWith(".css")) {
      const extracted = extractDataUris(body.toString("utf8"), urlPrefix);
      assets.set(name, { contentType, body: Buffer.from(extracted.css) });
      for (const [asset, content] of extracted.assets) assets.set(asset, content);
    } else {
      assets.set(name, { contentType, body });
    }
  }
  return assets;
}

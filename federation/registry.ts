// The registry of subgraphs (federation/registry.json): every subgraph of the supergraph, the
// hub's own and partners', with where the gateway reaches it, which organisation runs it (its
// hub id), whom to ask about it, and which environment variable holds the secret the gateway
// signs its requests with (the built-ins share PLACEGRAPH_SUBGRAPH_SECRET; each partner has its
// own, so no partner holds a secret the built-in subgraphs or another partner accept). A
// partner's published SDL sits beside it under published/.
// Loading validates the whole file and names every problem by its place in the file.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { z } from "zod";
import { curatedDatasetDir } from "../src/dataset/curated.ts";
import { builtInSubgraphNames } from "../src/subgraphs/names.ts";
import { repoPath, repoRoot } from "../src/paths.ts";

export const root = repoRoot;
/** The checked-in registry: federation/registry.json and federation/published/. */
export const defaultRegistryDir = repoPath("federation");
export const REGISTRY_FILE = "registry.json";
export const PUBLISHED_DIR = "published";

const subgraphEntry = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, "a subgraph name is 2 to 40 lower-case letters, digits or hyphens, starting with a letter"),
  routingUrl: z.url({ protocol: /^https?$/, error: "the routing URL must be an http(s) URL, e.g. http://127.0.0.1:4010/graphql" }),
  organisationId: z.string().min(1, "the owning organisation's hub id is required, e.g. west-midlands-police"),
  contact: z.email("the contact must be an e-mail address"),
  kind: z.enum(["built-in", "partner"], { error: 'kind must be "built-in" or "partner"' }),
  secretEnv: z.string().regex(/^[A-Z][A-Z0-9_]{2,63}$/, "the name of the environment variable holding the subgraph's signing secret, e.g. PLACEGRAPH_SUBGRAPH_SECRET_POLICE"),
});

/** The built-in subgraphs' shared signing secret; no partner may be signed with it. */
export const BUILT_IN_SECRET_ENV = "PLACEGRAPH_SUBGRAPH_SECRET";

const registryShape = z.strictObject({
  description: z.string().optional(),
  subgraphs: z.array(subgraphEntry).min(1),
});

export type RegisteredSubgraph = z.infer<typeof subgraphEntry>;
export type Registry = z.infer<typeof registryShape> & { dir: string };

export class RegistryError extends Error {
  override name = "RegistryError";
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n  ${problems.join("\n  ")}`);
  }
}

const place = (path: readonly PropertyKey[]) => path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("") || "(file)";

/** The organisations' hub ids, from the curated register of partners. */
async function knownOrganisations(): Promise<Set<string>> {
  const reference = JSON.parse(await readFile(join(curatedDatasetDir, "reference.json"), "utf8")) as { organisations: { id: string }[] };
  return new Set(reference.organisations.map((o) => o.id));
}

/** Problems the shape cannot see: duplicates, unknown organisations, built-ins not as the code has them. */
async function crossCheck(entries: RegisteredSubgraph[]): Promise<string[]> {
  const problems: string[] = [];
  const organisations = await knownOrganisations();
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const at = `subgraphs[${i}]`;
    if (seen.has(entry.name)) problems.push(`${at}.name: "${entry.name}" is already registered at subgraphs[${seen.get(entry.name)}]`);
    else seen.set(entry.name, i);
    if (!organisations.has(entry.organisationId)) problems.push(`${at}.organisationId: unknown organisation "${entry.organisationId}" (use its hub id, as in Organisation.id)`);
    const builtIn = (builtInSubgraphNames as readonly string[]).includes(entry.name);
    if (entry.kind === "built-in" && !builtIn) problems.push(`${at}.kind: "${entry.name}" is not one of the hub's built-in subgraphs (${builtInSubgraphNames.join(", ")})`);
    if (entry.kind === "partner" && builtIn) problems.push(`${at}.kind: "${entry.name}" is a built-in subgraph's name; a partner subgraph needs its own`);
    if (entry.kind === "built-in" && entry.secretEnv !== BUILT_IN_SECRET_ENV) problems.push(`${at}.secretEnv: a built-in subgraph is signed with ${BUILT_IN_SECRET_ENV}`);
    if (entry.kind === "partner" && entry.secretEnv === BUILT_IN_SECRET_ENV) {
      problems.push(`${at}.secretEnv: ${BUILT_IN_SECRET_ENV} is the built-in subgraphs' secret; a partner holding it could sign requests to them: name a variable of its own`);
    }
    const sharer = entries.findIndex((other) => other.secretEnv === entry.secretEnv && other.organisationId !== entry.organisationId);
    if (entry.kind === "partner" && entry.secretEnv !== BUILT_IN_SECRET_ENV && sharer >= 0 && sharer < i) {
      problems.push(`${at}.secretEnv: ${entry.secretEnv} is already the secret of subgraphs[${sharer}] ("${entries[sharer].name}", organisation ${entries[sharer].organisationId}); each organisation's subgraphs need their own`);
    }
  });
  for (const name of builtInSubgraphNames) {
    if (!entries.some((e) => e.name === name)) problems.push(`subgraphs: the built-in subgraph "${name}" is not registered`);
  }
  return problems;
}

/** Validates registry JSON; throws RegistryError naming every problem. */
export async function parseRegistry(file: string, text: string, dir: string): Promise<Registry> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new RegistryError(file, [`not valid JSON: ${(err as Error).message}`]);
  }
  const shape = registryShape.safeParse(json);
  if (!shape.success) throw new RegistryError(file, shape.error.issues.map((i) => `${place(i.path)}: ${i.message}`));
  const problems = await crossCheck(shape.data.subgraphs);
  if (problems.length) throw new RegistryError(file, problems);
  return { ...shape.data, dir };
}

export async function loadRegistry(dir = defaultRegistryDir): Promise<Registry> {
  const path = join(dir, REGISTRY_FILE);
  const text = await readFile(path, "utf8").catch(() => {
    throw new RegistryError(relative(root, path) || path, ["the registry file is missing"]);
  });
  return parseRegistry(relative(root, path).startsWith("..") ? path : relative(root, path), text, dir);
}

export function findRegistered(registry: Registry, name: string): RegisteredSubgraph {
  const found = registry.subgraphs.find((s) => s.name === name);
  if (!found) {
    throw new RegistryError(join(registry.dir, REGISTRY_FILE), [
      `no subgraph named "${name}" is registered (registered: ${registry.subgraphs.map((s) => s.name).join(", ")}); add an entry to subgraphs first`,
    ]);
  }
  return found;
}

/** Where a subgraph's published SDL is: schema/<name>.graphql for built-ins, published/<name>.graphql for partners. */
export function publishedSdlPath(registry: Registry, entry: RegisteredSubgraph): string {
  return entry.kind === "built-in" ? join(root, "schema", `${entry.name}.graphql`) : join(registry.dir, PUBLISHED_DIR, `${entry.name}.graphql`);
}

/** Every registered subgraph's published SDL; a partner registered but not yet published has none. */
export async function publishedSdls(registry: Registry): Promise<Map<string, string>> {
  const sdls = new Map<string, string>();
  for (const entry of registry.subgraphs) {
    const sdl = await readFile(publishedSdlPath(registry, entry), "utf8").catch(() => null);
    if (sdl !== null) sdls.set(entry.name, sdl);
  }
  return sdls;
}

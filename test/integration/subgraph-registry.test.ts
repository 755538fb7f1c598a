// The registry of subgraphs and the checks before a subgraph reaches the supergraph: a partner's
// ownership violation and a breaking change are refused with messages naming the type or field,
// and nothing is written; a break declared with a reason is published.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRegistryDir, loadRegistry, parseRegistry, PUBLISHED_DIR, type Registry, RegistryError } from "../../federation/registry.ts";
import { checkSubgraph } from "../../federation/subgraph-check.ts";
import { subgraphServices } from "../../federation/subgraphs.ts";
import { runScript } from "../support/processes.ts";

const policeSdlFile = join(import.meta.dirname, "../../examples/partner-subgraphs/police/schema.graphql");

/** A copy of the checked-in registry and published/ folder that a test may publish into. */
async function registryCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "placegraph-registry-"));
  await cp(join(defaultRegistryDir, "registry.json"), join(dir, "registry.json"));
  await cp(join(defaultRegistryDir, PUBLISHED_DIR), join(dir, PUBLISHED_DIR), { recursive: true });
  return dir;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const name of await readdir(join(dir, PUBLISHED_DIR))) files[name] = await readFile(join(dir, PUBLISHED_DIR, name), "utf8");
  return files;
}

/** The police SDL with `text` inserted after the first line matching `after`. */
const policeWith = (sdl: string, after: string, text: string) => sdl.replace(after, `${after}\n${text}`);

describe("registry of subgraphs", () => {
  it("registers the five built-in subgraphs and the police partner, each with its organisation", async () => {
    const registry = await loadRegistry();
    expect(registry.subgraphs.map((s) => [s.name, s.kind, s.organisationId])).toEqual([
      ["partners", "built-in", "coventry-city-council"],
      ["governance", "built-in", "coventry-city-council"],
      ["programmes", "built-in", "coventry-city-council"],
      ["funding", "built-in", "coventry-city-council"],
      ["outcomes", "built-in", "coventry-city-council"],
      ["police", "partner", "west-midlands-police"],
    ]);
  });

  it("routes the built-in subgraphs where the distributed layout serves them", async () => {
    const registry = await loadRegistry();
    const builtIn = registry.subgraphs.filter((s) => s.kind === "built-in").map((s) => ({ name: s.name, routingUrl: s.routingUrl }));
    expect(builtIn).toEqual(subgraphServices());
  });

  it("refuses a registry with every problem named by its place", async () => {
    const text = JSON.stringify({
      subgraphs: [
        { name: "partners", routingUrl: "http://127.0.0.1:4001/graphql", organisationId: "coventry-city-council", contact: "hub@example.org", kind: "built-in", secretEnv: "PLACEGRAPH_SUBGRAPH_SECRET" },
        { name: "Fire", routingUrl: "ftp://fire", organisationId: "west-midlands-fire-service", contact: "fire@example.org", kind: "partner", secretEnv: "fire secret" },
        { name: "police", routingUrl: "http://127.0.0.1:4010/graphql", organisationId: "no-such-force", contact: "not an address", kind: "partner", secretEnv: "PLACEGRAPH_SUBGRAPH_SECRET" },
        { name: "police", routingUrl: "http://127.0.0.1:4011/graphql", organisationId: "west-midlands-police", contact: "a@example.org", kind: "built-in", secretEnv: "PLACEGRAPH_SUBGRAPH_SECRET_POLICE" },
        { name: "fire", routingUrl: "http://127.0.0.1:4012/graphql", organisationId: "west-midlands-fire-service", contact: "fire@example.org", kind: "partner", secretEnv: "PLACEGRAPH_SUBGRAPH_SECRET_POLICE" },
      ],
    });
    const refused = await parseRegistry("registry.json", text, ".").catch((e: RegistryError) => e);
    expect(refused).toBeInstanceOf(RegistryError);
    expect((refused as RegistryError).problems).toEqual([
      "subgraphs[1].name: a subgraph name is 2 to 40 lower-case letters, digits or hyphens, starting with a letter",
      "subgraphs[1].routingUrl: the routing URL must be an http(s) URL, e.g. http://127.0.0.1:4010/graphql",
      "subgraphs[1].secretEnv: the name of the environment variable holding the subgraph's signing secret, e.g. PLACEGRAPH_SUBGRAPH_SECRET_POLICE",
      "subgraphs[2].contact: the contact must be an e-mail address",
    ]);
    const shapely = JSON.parse(text);
    shapely.subgraphs.splice(1, 1);
    shapely.subgraphs[1].contact = "police@example.org";
    const crossChecked = await parseRegistry("registry.json", JSON.stringify(shapely), ".").catch((e: RegistryError) => e);
    expect((crossChecked as RegistryError).problems).toEqual([
      'subgraphs[1].organisationId: unknown organisation "no-such-force" (use its hub id, as in Organisation.id)',
      "subgraphs[1].secretEnv: PLACEGRAPH_SUBGRAPH_SECRET is the built-in subgraphs' secret; a partner holding it could sign requests to them: name a variable of its own",
      'subgraphs[2].name: "police" is already registered at subgraphs[1]',
      'subgraphs[2].kind: "police" is not one of the hub\'s built-in subgraphs (partners, governance, programmes, funding, outcomes)',
      "subgraphs[2].secretEnv: a built-in subgraph is signed with PLACEGRAPH_SUBGRAPH_SECRET",
      'subgraphs[3].secretEnv: PLACEGRAPH_SUBGRAPH_SECRET_POLICE is already the secret of subgraphs[2] ("police", organisation west-midlands-police); each organisation\'s subgraphs need their own',
      'subgraphs: the built-in subgraph "governance" is not registered',
      'subgraphs: the built-in subgraph "programmes" is not registered',
      'subgraphs: the built-in subgraph "funding" is not registered',
      'subgraphs: the built-in subgraph "outcomes" is not registered',
    ]);
  });
});

describe("subgraph:check and subgraph:publish", () => {
  let dir: string;
  let registry: Registry;
  let policeSdl: string;

  beforeAll(async () => {
    dir = await registryCopy();
    registry = await loadRegistry(dir);
    policeSdl = await readFile(policeSdlFile, "utf8");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("passes the published police subgraph unchanged", async () => {
    const result = await checkSubgraph(registry, "police", "police.graphql", policeSdl);
    expect(result.refusals).toEqual([]);
    expect(result.changes).toEqual({ breaking: [], dangerous: [], safe: [] });
  });

  it("refuses a partner field another organisation owns, naming the field and its owner", async () => {
    const candidate = policeWith(policeSdl, "  code: ID!\n", '  """The area\'s name."""\n  name: String!\n');
    const result = await checkSubgraph(registry, "police", "police.graphql", candidate);
    expect(result.refusals).toEqual([
      'Area.name is owned by subgraph "partners" (organisation coventry-city-council); a partner subgraph may only add its own fields to Area',
      'Composition (Apollo and The Guild): Non-shareable field "Area.name" is resolved from multiple subgraphs: it is resolved from subgraphs "partners" and "police" and defined as non-shareable in all of them',
    ]);
  });

  it("refuses a non-null field added to another's entity: the answer would lose the entity when the partner is down", async () => {
    const candidate = policeSdl.replace(/policeFigures: \[PoliceFigure!\]\n/, "policeFigures: [PoliceFigure!]!\n");
    const result = await checkSubgraph(registry, "police", "police.graphql", candidate);
    expect(result.refusals).toEqual([
      "Area.policeFigures: a field a partner adds to Area must be nullable ([PoliceFigure!], not [PoliceFigure!]!), so that answers keep the other subgraphs' data when this subgraph is down",
    ]);
  });

  it("refuses a partner that takes a field over with @override, even where composition would allow it", async () => {
    const candidate = policeWith(
      policeSdl.replace('import: ["@key", "@requiresScopes"]', 'import: ["@key", "@requiresScopes", "@override"]'),
      '  """Figures West Midlands Police reports for this programme, by id."""\n  policeFigures: [PoliceFigure!]\n',
      '  """The programme\'s name."""\n  name: String! @override(from: "programmes")\n',
    );
    expect(candidate).toContain('name: String! @override(from: "programmes")');
    expect(candidate).toContain('"@override"]');
    const result = await checkSubgraph(registry, "police", "police.graphql", candidate);
    expect(result.refusals).toEqual([
      'Programme.name: @override(from: "programmes") takes the field over from another subgraph; a partner subgraph may only add its own fields',
      'Programme.name is owned by subgraph "programmes" (organisation coventry-city-council); a partner subgraph may only add its own fields to Programme',
    ]);
  });

  it("refuses a partner's copy of another organisation's type that is not an entity", async () => {
    const candidate = `${policeSdl}\n"""Kinds of partner."""\nenum Sector {\n  """Police forces."""\n  POLICE\n}\n`;
    const result = await checkSubgraph(registry, "police", "police.graphql", candidate);
    expect(result.refusals[0]).toBe(
      'enum Sector is defined by subgraph "partners" (organisation coventry-city-council); only entities (types with @key) such as Area, Organisation and Programme may be extended',
    );
  });

  it("refuses a breaking change without a reason and writes nothing; publishes it with --allow-breaking and a reason", async () => {
    const before = await snapshot(dir);
    const candidate = policeSdl.replace(/\n  """Figures West Midlands Police reports for this programme, by id."""\n  policeFigures: \[PoliceFigure!\]\n/, "\n");
    expect(candidate).not.toBe(policeSdl);
    const candidateFile = join(dir, "police-without-programme-figures.graphql");
    await writeFile(candidateFile, candidate);

    const refused = runScript("federation/subgraph-cli.ts", {}, ["publish", "police", candidateFile, "--registry", dir]);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(
      [
        `Subgraph "police" (${candidateFile}) is refused:`,
        "  - Breaking change: Field 'policeFigures' was removed from object type 'Programme' (Programme.policeFigures)",
        '  - Breaking changes are refused unless intended: keep the old fields (deprecate them first), or pass --allow-breaking "<reason>".',
      ].join("\n"),
    );
    expect(await snapshot(dir)).toEqual(before);

    const allowed = runScript("federation/subgraph-cli.ts", {}, ["publish", "police", candidateFile, "--registry", dir, "--allow-breaking", "figures moved to Area"]);
    expect(await allowed.exited).toBe(0);
    expect(allowed.output()).toContain("Breaking changes allowed: figures moved to Area");
    const after = await snapshot(dir);
    expect(after["police.graphql"]).toBe(`${candidate.trim()}\n`);
    expect(after["api.graphql"]).toContain("policeContact: PoliceContact");
    expect(after["api.graphql"].match(/policeFigures: \[PoliceFigure!\]\n/g)).toHaveLength(1);
  }, 180_000);
});

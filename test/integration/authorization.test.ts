// Who may read what: @requiresScopes and @authenticated declared in the subgraphs, composed into
// the supergraph and enforced by the gateway's engine (a denied field is null with an error on its
// path, the rest answers, and no subgraph is asked for it); a subgraph reached directly refuses
// every request the gateway did not sign; draft figures seen only by their reporter and read:restricted identities;
// people's signed tokens (shared secret, JWKS) beside partner API keys.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { buildSchema } from "graphql";
import { QueryPlanner } from "@graphql-hive/router-query-planner";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createKey } from "../../src/access/keys.ts";
import { signToken, type TokenVerifier, tokenVerifierFrom, verifierForJwks } from "../../src/access/tokens.ts";
import { loadConfig } from "../../src/config.ts";
import { importDataset } from "../../src/dataset/importer.ts";
import { parseDataset } from "../../src/dataset/validate.ts";
import { nonNullRestrictedFields, restrictionsIn } from "../../src/gateway/auth.ts";
import type { HttpHost } from "../../src/http/server.ts";
import { startRemoteGateway } from "../../src/gateway/gateway.ts";
import { startSubgraphServer } from "../../src/subgraph/serve.ts";
import { subgraphs } from "../../src/subgraphs/index.ts";
import partners from "../../src/subgraphs/partners/index.ts";
import { backends, countStatements } from "../support/databases.ts";
import { postGraphQL, startTestHub, type TestHub } from "../support/hub.ts";

const secret = "a-test-secret-of-at-least-32-characters";
const audience = "placegraph";
const bearer = (credential: string) => ({ authorization: `Bearer ${credential}` });

const lizKnight = `query { person(id: "liz-knight") { name contactDetails { type value source { documentId firstLine } } } }`;
const lizKnightContacts = [
  { type: "EMAIL", value: "liz.knight@coventry.gov.uk", source: { documentId: "coventry-hwb-2019-01-14", firstLine: 76 } },
  { type: "VOICE", value: "024 7683 3073", source: { documentId: "coventry-hwb-2019-01-14", firstLine: 76 } },
  { type: "VOICE", value: "024 7697 2644", source: { documentId: "coventry-hwb-2019-04-08", firstLine: 78 } },
];
const anonymousMessage = "Person.contactDetails needs scope read:restricted or admin: send an API key or a signed token (Authorization: Bearer ...)";

describe("restrictions in the schema", () => {
  it("are declared in the partners subgraph and composed into the supergraph", async () => {
    const partnersSdl = await readFile("schema/partners.graphql", "utf8");
    expect(partnersSdl).toContain('contactDetails: [ContactDetail!] @requiresScopes(scopes: [["read:restricted"], ["admin"]])');
    expect(partnersSdl).toContain("viewer: Viewer @authenticated");
    const requirements = restrictionsIn(buildSchema(await readFile("schema/supergraph.graphql", "utf8")));
    expect(Object.fromEntries(requirements)).toEqual({
      ContactDetail: { authenticated: false, scopes: [["read:restricted"], ["admin"]] },
      "Person.contactDetails": { authenticated: false, scopes: [["read:restricted"], ["admin"]] },
      "Query.viewer": { authenticated: true, scopes: null },
      // Writes, refused without credentials as a whole (HTTP 401), and the imports' audit records.
      "Mutation.importDataset": { authenticated: false, scopes: [["write:own"], ["admin"]] },
      "Mutation.acceptMeasurement": { authenticated: false, scopes: [["write:own"], ["admin"]] },
      "Query.importRecord": { authenticated: false, scopes: [["admin"]] },
    });
  });

  it("keeps every restricted field nullable, so a denied field is null rather than its parent", async () => {
    const api = buildSchema(await readFile("schema/api.graphql", "utf8"));
    expect(nonNullRestrictedFields(api, restrictionsIn(buildSchema(await readFile("schema/supergraph.graphql", "utf8"))))).toEqual([]);
  });
});

describe.each(backends)("reads by identity on %s", (backend) => {
  let hub: TestHub;
  let keys: Record<"public" | "restricted" | "admin" | "uhcw" | "otherPartner", string>;
  let direct: HttpHost;
  let tokens: TokenVerifier;
  const as = (credential: string | null, query: string, variables?: Record<string, unknown>) =>
    postGraphQL(hub.url, query, variables, credential ? bearer(credential) : {});

  beforeAll(async () => {
    tokens = (await tokenVerifierFrom(loadConfig({ PLACEGRAPH_JWT_SECRET: secret })))!;
    hub = await startTestHub(backend, { tokens });
    const key = async (organisation: string, scopes: string[]) => (await createKey(hub.db.prisma, organisation, scopes)).key;
    keys = {
      public: await key("coventry-city-council", ["read:public"]),
      restricted: await key("coventry-city-council", ["read:restricted"]),
      admin: await key("coventry-city-council", ["admin"]),
      uhcw: await key("uhcw", ["read:public", "write:own"]),
      otherPartner: await key("coventry-and-rugby-ccg", ["read:public"]),
    };
    direct = await startSubgraphServer(partners, hub.db.prisma, { host: "127.0.0.1", port: 0 });
  });
  afterAll(async () => {
    await direct?.close();
    await hub?.close();
  });

  it("answers a denied field with null and an error on its path, and the rest of the query as usual", async () => {
    expect(await as(null, lizKnight)).toEqual({
      data: { person: { name: "Liz Knight", contactDetails: null } },
      errors: [{ message: anonymousMessage, locations: [{ line: 1, column: 41 }], path: ["person", "contactDetails"], extensions: { code: "UNAUTHENTICATED" } }],
    });
    const forbidden = await as(keys.public, lizKnight);
    expect(forbidden.data).toEqual({ person: { name: "Liz Knight", contactDetails: null } });
    expect(forbidden.errors?.map((e) => [e.extensions?.code, e.message, e.path])).toEqual([
      ["FORBIDDEN", "Person.contactDetails needs scope read:restricted or admin; this identity has read:public", ["person", "contactDetails"]],
    ]);
  });

  it("holds 18 curated contact details, each printed on the lines it cites", async () => {
    const details = await hub.db.prisma.contactDetail.findMany({ orderBy: { id: "asc" } });
    expect(details).toHaveLength(18);
    const files = new Map((await hub.db.prisma.sourceDocument.findMany()).map((d) => [d.id, d.fileName]));
    for (const d of details) {
      const text = await readFile(`${loadConfig().PLACEGRAPH_SOURCES_DIR}/${files.get(d.sourceDocumentId!)}`, "utf8");
      const cited = text.split("\n").slice(d.sourceFirstLine! - 1, d.sourceLastLine!).join("\n");
      expect(cited, `${d.personId} ${d.value}`).toContain(d.value);
    }
  });

  it("gives read:restricted and admin identities the officers' contact details as the papers print them", async () => {
    for (const credential of [keys.restricted, keys.admin]) {
      expect(await as(credential, lizKnight)).toEqual({ data: { person: { name: "Liz Knight", contactDetails: lizKnightContacts } } });
    }
  });

  it("plans a query once per outcome of the check, and never gives one caller's checked query to another", async () => {
    // An alias no other test uses, so that nothing has planned this query before.
    const query = lizKnight.replace("person(", "planned: person(");
    const plans = vi.spyOn(QueryPlanner.prototype, "planAsync");
    try {
      for (let round = 0; round < 2; round++) {
        const anonymous = await as(null, query);
        expect(anonymous.data).toEqual({ planned: { name: "Liz Knight", contactDetails: null } });
        expect(anonymous.errors?.map((e) => e.path)).toEqual([["planned", "contactDetails"]]);
        for (const credential of [keys.restricted, keys.admin]) {
          expect(await as(credential, query)).toEqual({ data: { planned: { name: "Liz Knight", contactDetails: lizKnightContacts } } });
        }
      }
      // The anonymous query without the refused field, and the whole query for both scopes that may read it.
      expect(plans).toHaveBeenCalledTimes(2);
    } finally {
      plans.mockRestore();
    }
  });

  it("never asks the subgraph for a denied field: the anonymous query sends one statement fewer", async () => {
    const anonymous = await countStatements(hub.db, () => as(null, lizKnight));
    const restricted = await countStatements(hub.db, () => as(keys.restricted, lizKnight));
    // The person (1), and with read:restricted also their contact details (1) and the key lookup (1).
    expect(anonymous.count).toBe(1);
    expect(restricted.count).toBe(3);
    expect(anonymous.sql.some((s) => s.includes('"ContactDetail"'))).toBe(false);
  });

  it("puts one error on the field's path for every list item (no index), through fragments and aliases", async () => {
    const query = `query { people(name: "Dawson") { items { ...Who } } } fragment Who on Person { name reach: contactDetails { value } }`;
    const answer = await as(keys.public, query);
    expect(answer.data).toEqual({ people: { items: [{ name: "Debbie Dawson", reach: null }] } });
    expect(answer.errors?.map((e) => e.path)).toEqual([["people", "items", "reach"]]);
    const allowed = await as(keys.restricted, query);
    expect(allowed.data.people.items[0].reach.map((c: { value: string }) => c.value)).toEqual(["debbie.dawson@coventry.gov.uk", "02476 833585"]);
  });

  it("keeps the answer's shape when a refused field was all its parent asked for: a list stays a list", async () => {
    // Before: the check emptied `items` and then `people`, and its nulls made up
    // {"people":{"items":{"reach":null}}}, a list answered as an object.
    const query = `query { people(name: "Dawson") { totalCount items { reach: contactDetails { value } } } }`;
    const answer = await as(null, query);
    expect(answer.data).toEqual({ people: { totalCount: 1, items: [{ reach: null }] } });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([["UNAUTHENTICATED", ["people", "items", "reach"]]]);
    const onlyRestricted = await as(null, `query { people(name: "Dawson") { items { contactDetails { value } } } }`);
    expect(onlyRestricted.data).toEqual({ people: { items: [{ contactDetails: null }] } });
    expect(await as(null, `query { viewer { organisation { id } } }`)).toMatchObject({ data: { viewer: null }, errors: [{ path: ["viewer"], extensions: { code: "UNAUTHENTICATED" } }] });
    // The check's own placeholder never takes a field the query named itself.
    const named = await as(null, `query { person(id: "liz-knight") { _placegraphKept: name contactDetails { value } } }`);
    expect(named.data).toEqual({ person: { _placegraphKept: "Liz Knight", contactDetails: null } });
    // A person who is not there stays null: no person is made up to hold the refused field's null.
    expect((await as(null, `query { person(id: "nobody") { contactDetails { value } } }`)).data).toEqual({ person: null });
  });

  it("refuses everything at a subgraph reached directly: only requests the gateway signed are answered", async () => {
    const query = `{ person(id: "liz-knight") { name contactDetails { value } } }`;
    const refused = [403, { errors: [{ message: `This subgraph answers only the hub's gateway: Missing HMAC signature: extension hmac-signature not found in request.`, extensions: { code: "UNSIGNED_REQUEST" } }] }];
    const send = async (headers: Record<string, string>, extensions?: unknown) => {
      const res = await fetch(direct.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, extensions }) });
      return [res.status, await res.json()];
    };
    const { count } = await countStatements(hub.db, async () => {
      expect(await send({})).toEqual(refused);
      // A partner's key sent to the subgraph is not even looked at.
      expect(await send(bearer(keys.restricted))).toEqual(refused);
    });
    expect(count).toBe(0);
    // A forged identity with a made-up signature is refused too.
    const forged = { placegraphIdentity: { organisationId: "coventry-city-council", scopes: ["admin"], principal: "key:forged" }, "hmac-signature": Buffer.from("x".repeat(32)).toString("base64") };
    expect(await send({}, forged)).toEqual([
      403,
      { errors: [{ message: "This subgraph answers only the hub's gateway: Invalid HMAC signature: extension hmac-signature does not match the body content.", extensions: { code: "UNSIGNED_REQUEST" } }] },
    ]);
  });

  it("enforces the same rules at the gateway of the distributed layout", async () => {
    const servers = await Promise.all(subgraphs.map((s) => startSubgraphServer(s, hub.db.prisma, { host: "127.0.0.1", port: 0 })));
    const remote = await startRemoteGateway(subgraphs.map((s, i) => ({ name: s.name, routingUrl: servers[i].url })), { host: "127.0.0.1", port: 0, tokens }, hub.db.prisma);
    try {
      const anonymous = await postGraphQL(remote.url, lizKnight);
      expect(anonymous.data).toEqual({ person: { name: "Liz Knight", contactDetails: null } });
      expect(anonymous.errors?.map((e) => [e.message, e.path])).toEqual([[anonymousMessage, ["person", "contactDetails"]]]);
      expect(await postGraphQL(remote.url, lizKnight, {}, bearer(keys.restricted))).toEqual({ data: { person: { name: "Liz Knight", contactDetails: lizKnightContacts } } });
    } finally {
      await Promise.all([remote, ...servers].map((h) => h.close()));
    }
  });

  it("answers Query.viewer (@authenticated) for an identity only", async () => {
    const query = "{ viewer { principal scopes organisation { id } } }";
    const anonymous = await as(null, query);
    expect(anonymous.data).toEqual({ viewer: null });
    expect(anonymous.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ["UNAUTHENTICATED", "Query.viewer needs an identity: send an API key or a signed token (Authorization: Bearer ...)"],
    ]);
    const prefix = keys.uhcw.slice(0, 12);
    expect(await as(keys.uhcw, query)).toEqual({ data: { viewer: { principal: `key:${prefix}`, scopes: ["read:public", "write:own"], organisation: { id: "uhcw" } } } });
  });

  describe("draft figures and figures below publication level", () => {
    const query = `{ measurements(filter: { indicatorCodes: ["delayed-transfers-of-care-daily"], areaCodes: ["E08000026"] }) { totalCount items { period value publication } } }`;
    beforeAll(async () => {
      const text = JSON.stringify({
        format: "placegraph-dataset/1",
        measurements: [
          { indicator: "delayed-transfers-of-care-daily", area: "E08000026", period: "July 2018", periodStart: "2018-07-01", periodEnd: "2018-07-31", value: "29", reportedBy: "uhcw", publication: "DRAFT" },
          // Sent as PUBLISHED, but under the indicator's threshold: the hub withholds it.
          { indicator: "self-neglect-enquiries", area: "E08000026", period: "Q1 18-19", periodStart: "2018-04-01", periodEnd: "2018-06-30", value: "3", reportedBy: "coventry-city-council", publication: "PUBLISHED" },
          { indicator: "self-neglect-enquiries", area: "E08000026", period: "Q2 18-19", periodStart: "2018-07-01", periodEnd: "2018-09-30", value: "11", reportedBy: "coventry-city-council" },
        ],
        indicators: [{ code: "self-neglect-enquiries", name: "Safeguarding enquiries about self-neglect", unit: "COUNT", polarity: "NO_JUDGEMENT", publicationThreshold: "5", steward: "coventry-city-council" }],
      });
      await importDataset(hub.db.prisma, "uhcw-draft.json", "test", parseDataset("uhcw-draft.json", text), { actor: "test", sourcesDir: loadConfig().PLACEGRAPH_SOURCES_DIR });
    });
    const published = { period: "June 2018", value: "31", publication: "PUBLISHED" };
    const draft = { period: "July 2018", value: "29", publication: "DRAFT" };

    it("hides a draft from anonymous readers and from other partners", async () => {
      for (const credential of [null, keys.otherPartner, keys.public]) {
        expect(await as(credential, query)).toEqual({ data: { measurements: { totalCount: 1, items: [published] } } });
      }
    });

    it("shows a draft to the organisation that reported it and to read:restricted identities", async () => {
      for (const credential of [keys.uhcw, keys.restricted, keys.admin]) {
        expect(await as(credential, query)).toEqual({ data: { measurements: { totalCount: 2, items: [published, draft] } } });
      }
    });

    it("withholds a safeguarding count below publication level from everyone but its reporter and read:restricted", async () => {
      const counts = `{ indicator(code: "self-neglect-enquiries") { publicationThreshold measurements { period value publication } } }`;
      const below = { period: "Q1 18-19", value: "3", publication: "BELOW_PUBLICATION_LEVEL" };
      const above = { period: "Q2 18-19", value: "11", publication: "PUBLISHED" };
      for (const credential of [null, keys.uhcw]) {
        expect(await as(credential, counts)).toEqual({ data: { indicator: { publicationThreshold: "5", measurements: [above] } } });
      }
      for (const credential of [keys.public, keys.restricted]) {
        // Both keys are coventry-city-council's, the reporter; uhcw's read:public key is not.
        expect(await as(credential, counts)).toEqual({ data: { indicator: { publicationThreshold: "5", measurements: [below, above] } } });
      }
    });

    it("hides it along every other way to a measurement too (an organisation's reported values)", async () => {
      const reported = `{ organisation(id: "uhcw") { reportedMeasurements { value publication } } }`;
      expect(await as(null, reported)).toEqual({ data: { organisation: { reportedMeasurements: [] } } });
      expect(await as(keys.uhcw, reported)).toEqual({ data: { organisation: { reportedMeasurements: [{ value: "29", publication: "DRAFT" }] } } });
    });
  });

  describe("people's signed tokens", () => {
    const token = (scopes: string[], claims: Partial<{ subject: string; organisationId: string; expiresIn: string }> = {}) =>
      signToken(secret, { subject: "jane.officer", organisationId: "coventry-city-council", scopes, audience, expiresIn: "5m", ...claims });

    it("read what their scopes allow, as keys do", async () => {
      expect(await as(await token(["read:restricted", "openid"]), lizKnight)).toEqual({ data: { person: { name: "Liz Knight", contactDetails: lizKnightContacts } } });
      const viewer = await as(await token(["read:public"]), "{ viewer { principal scopes organisation { id } } }");
      expect(viewer).toEqual({ data: { viewer: { principal: "token:jane.officer", scopes: ["read:public"], organisation: { id: "coventry-city-council" } } } });
    });

    it.each([
      ["expired", () => token(["read:public"], { expiresIn: "-1m" }), "The bearer token was refused: it has expired"],
      ["signed with another secret", () => signToken("another-secret-of-at-least-32-characters", { subject: "x", organisationId: "uhcw", scopes: [], audience, expiresIn: "5m" }), "The bearer token was refused: its signature does not match the configured key"],
      ["for another audience", () => signToken(secret, { subject: "x", organisationId: "uhcw", scopes: [], audience: "elsewhere", expiresIn: "5m" }), 'The bearer token was refused: claim "aud" is not valid here'],
      ["for an unknown organisation", () => token(["read:public"], { organisationId: "nobody" }), 'The token\'s organisation "nobody" is not known'],
      ["without an organisation", () => new SignJWT({ scope: "read:public" }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setAudience(audience).setExpirationTime("5m").sign(new TextEncoder().encode(secret)), 'The bearer token has no organisation (claim "org")'],
      ["unsigned (alg none)", async () => `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(JSON.stringify({ sub: "x", org: "uhcw", aud: audience, exp: 9e9 })).toString("base64url")}.`, "The bearer token was refused: it is signed with an algorithm the hub does not accept"],
    ])("refuses a token %s (401, UNAUTHENTICATED)", async (_, make, message) => {
      const res = await fetch(hub.url, { method: "POST", headers: { "content-type": "application/json", ...bearer(await make()) }, body: JSON.stringify({ query: "{ __typename }" }) });
      expect(res.status).toBe(401);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors.map((e) => [e.extensions.code, e.message])).toEqual([["UNAUTHENTICATED", message]]);
    });
  });
});

describe("tokens verified with an identity provider's keys", () => {
  let jwks: Server;
  let url: string;
  let sign: (claims: Record<string, unknown>) => Promise<string>;
  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwk = { ...(await exportJWK(publicKey)), kid: "idp-1", alg: "ES256", use: "sig" };
    jwks = createServer((_, res) => res.setHeader("content-type", "application/json").end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(jwks.address() as { port: number }).port}/jwks.json`;
    sign = (claims) => new SignJWT(claims).setProtectedHeader({ alg: "ES256", kid: "idp-1" }).setIssuer("https://idp.example").setAudience(audience).setSubject("sam").setExpirationTime("5m").sign(privateKey);
  });
  afterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));

  it("accepts a token signed by a key of the JWKS URL, checking issuer and audience", async () => {
    const verifier = (await tokenVerifierFrom(loadConfig({ PLACEGRAPH_JWKS_URL: url, PLACEGRAPH_JWT_ISSUER: "https://idp.example" })))!;
    expect(await verifier.verify(await sign({ org: "uhcw", scope: "read:restricted write:own" }))).toEqual({
      organisationId: "uhcw", scopes: ["read:restricted", "write:own"], principal: "token:sam",
    });
    const other = (await tokenVerifierFrom(loadConfig({ PLACEGRAPH_JWKS_URL: url, PLACEGRAPH_JWT_ISSUER: "https://other.example" })))!;
    await expect(other.verify(await sign({ org: "uhcw" }))).rejects.toThrow('The bearer token was refused: claim "iss" is not valid here');
  });

  it("refuses a token whose key is not in the JWKS", async () => {
    const { privateKey } = await generateKeyPair("ES256");
    const stranger = await new SignJWT({ org: "uhcw" }).setProtectedHeader({ alg: "ES256", kid: "idp-2" }).setAudience(audience).setSubject("x").setExpirationTime("5m").sign(privateKey);
    const verifier = verifierForJwks({ keys: [] }, { audience });
    await expect(verifier.verify(stranger)).rejects.toThrow("The bearer token was refused: its signature does not match the configured key");
  });

  it("takes one way of verifying tokens at a time", () => {
    expect(() => loadConfig({ PLACEGRAPH_JWT_SECRET: secret, PLACEGRAPH_JWKS_URL: url })).toThrow(
      "Invalid configuration:\n  PLACEGRAPH_JWT_SECRET, PLACEGRAPH_JWT_PUBLIC_KEY and PLACEGRAPH_JWKS_URL: set one of them, not several",
    );
    expect(() => loadConfig({ PLACEGRAPH_JWT_SECRET: "short" })).toThrow('PLACEGRAPH_JWT_SECRET="short": must be at least 32 characters');
  });
});

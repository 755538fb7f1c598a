// The explorer in a real browser: headless Chromium (the system's, driven by playwright-core, no
// browser download) opens /explorer on a test hub with every request outside the hub refused
// and recorded, reads the schema documentation, and runs a named operation from its tab.
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audiences } from "../../src/explorer/audiences.ts";
import { findChromium } from "../support/chromium.ts";
import { startTestHub, type TestHub } from "../support/hub.ts";

let hub: TestHub;
let browser: Browser;
let page: Page;
let origin: string;
const requested: string[] = [];
const outside: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  // Without Chromium this test fails, saying how to install it; it never skips.
  const executablePath = findChromium();
  hub = await startTestHub("pglite");
  origin = new URL(hub.url).origin;
  // Chromium's sandbox cannot start as root (CI containers run as root).
  browser = await chromium.launch({ executablePath, headless: true, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
  // A fresh context: no saved GraphiQL tabs, so the explorer starts from the operations.
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  // Every request, redirects included, is recorded; any outside the hub is also refused, so a
  // stray CDN reference shows up here even on a machine with network access.
  page.on("request", (request) => requested.push(request.url()));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    outside.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP blocked ${e.blockedURI} (${e.violatedDirective})`));
  });
  await page.goto(`${origin}/`);
  await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await hub?.close();
});

/** The text of a CodeMirror 5 editor (GraphiQL 3's editors), all of it, not just the lines drawn. */
const editorText = (selector: string) => page.locator(`${selector} .CodeMirror`).first().evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue());

describe("explorer in Chromium", () => {
  it("lands on /explorer from / and loads nothing from outside the hub", async () => {
    expect(page.url()).toBe(`${origin}/explorer`);
    expect(outside).toEqual([]);
    expect(requested.slice(0, 2)).toEqual([`${origin}/`, `${origin}/explorer`]);
    expect(requested).toContain(`${origin}/explorer/assets/graphiql.min.js`);
    expect(requested).toContain(`${origin}/graphql`);
    expect(problems).toEqual([]);
  });

  it("shows the schema documentation from introspection, with its descriptions", async () => {
    const docs = page.locator(".graphiql-doc-explorer");
    await expect.poll(() => docs.textContent()).toContain("query: Query");
    await docs.getByText("Query", { exact: true }).first().click();
    await expect.poll(() => docs.textContent(), { timeout: 10_000 }).toContain("A funding pool by its slug id.");
  });

  it("welcomes with what the hub holds and how to start, and groups the named operations by who asks them", async () => {
    const welcome = page.locator("aside.welcome");
    expect(await welcome.locator("p.holds").textContent()).toContain("Every fact cites the lines of the paper it came from.");
    expect(await welcome.locator("ol.start li").allTextContents()).toEqual([
      "Choose a question below: it opens in the editor with example variables.",
      "Run it with the ▶ button (or Ctrl-Enter).",
      "Open Docs (the book icon) to read every type and field; write your own query in a new tab (+).",
    ]);
    const sections = welcome.locator("section.audience");
    expect(await sections.locator("h2").allTextContents()).toEqual(audiences.map((a) => a.title));
    for (const audience of audiences) {
      expect(await welcome.locator(`section[data-audience="${audience.id}"] button.operation`).allTextContents()).toEqual([...audience.operations]);
    }
    // One editor tab, holding the first partner question, instead of a tab per operation.
    expect(await page.locator(".graphiql-tab").count()).toBeLessThanOrEqual(1);
    expect(await editorText(".graphiql-query-editor")).toContain(`query ${audiences[0].operations[0]}(`);
  });

  it("runs PartnerFundingByYear, chosen in the welcome pane, with its example variables and shows the answer", async () => {
    await page.locator("aside.welcome").getByRole("button", { name: "PartnerFundingByYear", exact: true }).click();
    expect(JSON.parse(await editorText(".graphiql-editor-tool"))).toEqual({ organisationId: "coventry-and-rugby-ccg", financialYear: "2017/18" });
    expect(await editorText(".graphiql-query-editor")).toContain("query PartnerFundingByYear(");
    // GraphiQL learns the new operation's name 100 ms (debounced) after the editor changes,
    // and saves it then; a click before that sends the previous operation's name. A person never
    // clicks that fast; the test waits for the name GraphiQL saved.
    await expect.poll(() => page.evaluate(() => window.localStorage.getItem("graphiql:operationName")), { timeout: 10_000 }).toBe("PartnerFundingByYear");
    await page.locator(".graphiql-execute-button").click();
    await expect.poll(() => editorText(".result-window"), { timeout: 15_000 }).toContain("contributionsByYear");
    const result = JSON.parse(await editorText(".result-window"));
    expect(result.errors).toBeUndefined();
    expect(result.data.organisation.fundingContributions.map((c: { contributor: string; amount: string }) => [c.contributor, c.amount])).toEqual([
      ["Coventry", "21700479.00"],
      ["Rugby", "5313621.00"],
    ]);
    expect(result.data.contributionsByYear.map((y: { key: string; total: string }) => [y.key, y.total])).toEqual([
      ["2017/18", "27014100.00"],
      ["not-stated", "116483000.00"],
    ]);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("takes a browser opening /graphql to the explorer rather than to a GraphQL error", async () => {
    const visit = await page.context().newPage();
    await visit.goto(`${origin}/graphql`);
    expect(visit.url()).toBe(`${origin}/explorer`);
    await visit.locator("aside.welcome").waitFor({ timeout: 30_000 });
    await visit.close();
  });
});

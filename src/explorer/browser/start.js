// Starts the explorer (the UMD globals React, ReactDOM and GraphiQL are loaded before this file):
// a welcome pane that says what the hub holds and how to start, with the named operations of
// schema/operations/ grouped by who asks them, beside GraphiQL on the hub's /graphql with the
// schema documentation open. Choosing an operation puts it, with its example variables, in the
// editor. A file rather than an inline script: the page's CSP allows scripts from the hub only.
"use strict";

const h = React.createElement;

const groups = [
  { id: "partner", title: "Partner systems", blurb: "Your organisation's money, seats, figures and codes." },
  { id: "analyst", title: "Analysts", blurb: "Across the partnership, every figure with its source line." },
  { id: "developer", title: "App developers", blurb: "Lists, trees and look-ups to build pages on." },
  { id: "more", title: "More", blurb: "Operations not yet sorted by audience." },
];

function isFirstVisit() {
  try {
    return window.localStorage.getItem("graphiql:tabState") === null;
  } catch {
    return true; // storage disabled: GraphiQL starts afresh every time
  }
}

function Welcome({ operations, current, choose, hidden, toggle }) {
  if (hidden) return h("button", { type: "button", className: "welcome-show", onClick: toggle, title: "Show the welcome pane" }, "Questions »");
  return h(
    "aside",
    { className: "welcome", "aria-label": "Welcome" },
    h("div", { className: "welcome-head" }, h("h1", null, "Placegraph"), h("button", { type: "button", className: "welcome-hide", onClick: toggle, title: "Hide this pane" }, "«")),
    h(
      "p",
      { className: "holds" },
      "This hub holds what the health and care partners of Coventry and Warwickshire share, read from their Health and Wellbeing Board papers: ",
      "organisations and their codes, boards and meetings, decisions, programmes, pooled budgets and grants, and outcome indicators against target. ",
      "Every fact cites the lines of the paper it came from.",
    ),
    h(
      "ol",
      { className: "start" },
      h("li", null, "Choose a question below: it opens in the editor with example variables."),
      h("li", null, "Run it with the ▶ button (or Ctrl-Enter)."),
      h("li", null, "Open Docs (the book icon) to read every type and field; write your own query in a new tab (+)."),
    ),
    ...groups
      .map((group) => ({ group, items: operations.filter((o) => o.audience === group.id) }))
      .filter(({ items }) => items.length)
      .map(({ group, items }) =>
        h(
          "section",
          { key: group.id, className: "audience", "data-audience": group.id },
          h("h2", null, group.title),
          h("p", { className: "blurb" }, group.blurb),
          h(
            "ul",
            null,
            items.map((o) =>
              h(
                "li",
                { key: o.name },
                h("button", { type: "button", className: o.name === current ? "operation current" : "operation", title: o.question, onClick: () => choose(o) }, o.name),
              ),
            ),
          ),
        ),
      ),
  );
}

function Explorer({ operations, fetcher }) {
  const first = isFirstVisit() ? operations[0] : undefined;
  const [chosen, setChosen] = React.useState(first ? { name: first.name, query: first.query, variables: JSON.stringify(first.variables, null, 2) } : null);
  const [hidden, setHidden] = React.useState(false);
  const choose = (o) => setChosen({ name: o.name, query: o.query, variables: JSON.stringify(o.variables, null, 2) });
  return h(
    "div",
    { className: "explorer" },
    h(Welcome, { operations, current: chosen?.name, choose, hidden, toggle: () => setHidden(!hidden) }),
    h(
      "div",
      { className: "graphiql-host" },
      h(GraphiQL, {
        fetcher,
        // Each time these change, GraphiQL puts them in the editors (a chosen operation).
        ...(chosen ? { query: chosen.query, variables: chosen.variables } : {}),
        defaultEditorToolsVisibility: "variables",
        visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN,
        // Headers (e.g. Authorization for the import mutation) are shown but never saved.
        shouldPersistHeaders: false,
      }),
    ),
  );
}

async function startExplorer() {
  const container = document.getElementById("graphiql");
  const response = await fetch("/explorer/operations.json");
  if (!response.ok) throw new Error(`The hub did not list its operations (HTTP ${response.status})`);
  const operations = await response.json();
  const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", window.location.href).href });
  ReactDOM.createRoot(container).render(h(Explorer, { operations, fetcher }));
}

startExplorer().catch((err) => {
  const container = document.getElementById("graphiql");
  container.textContent = `The explorer could not start: ${err.message}`;
  container.className = "loading";
});

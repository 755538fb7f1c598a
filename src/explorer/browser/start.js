// Starts GraphiQL (the UMD globals React, ReactDOM and GraphiQL, loaded before this file) on the
// hub's /graphql, with the schema documentation open and one tab per named operation of
// schema/operations/, its example variables filled in. A file rather than an inline script:
// the page's Content-Security-Policy allows scripts from the hub only.
"use strict";

function isFirstVisit() {
  try {
    return window.localStorage.getItem("graphiql:tabState") === null;
  } catch {
    return true; // storage disabled: GraphiQL starts from the default tabs every time
  }
}

async function startExplorer() {
  const container = document.getElementById("graphiql");
  const response = await fetch("/explorer/operations.json");
  if (!response.ok) throw new Error(`The hub did not list its operations (HTTP ${response.status})`);
  const operations = await response.json();
  const tabs = operations.map((o) => ({ query: o.query, variables: JSON.stringify(o.variables, null, 2) }));
  const fetcher = GraphiQL.createFetcher({ url: new URL("/graphql", window.location.href).href });
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, {
      fetcher,
      // Used when the browser has no saved tabs for this hub yet (GraphiQL keeps edits in
      // localStorage, so a second visit shows the analyst's own tabs).
      defaultTabs: tabs,
      // GraphiQL 3 puts the first default tab's query into the editors but not its variables:
      // on a first visit, hand both over explicitly (later visits restore the saved tabs).
      ...(isFirstVisit() && tabs.length ? tabs[0] : {}),
      defaultEditorToolsVisibility: "variables",
      visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN,
      // Headers (e.g. Authorization for the admin mutations) are shown but never saved.
      shouldPersistHeaders: false,
    }),
  );
}

startExplorer().catch((err) => {
  const container = document.getElementById("graphiql");
  container.textContent = `The explorer could not start: ${err.message}`;
  container.className = "loading";
});

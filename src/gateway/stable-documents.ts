// One document object per distinct operation after the auth check. Generic auth rewrites every
// request's document (it removes refused fields, and builds a new document even when it removes
// none), and the query planner, demand control and the subgraph executors cache their work per
// document object: with a new object each time, every request was planned again. Interning the
// checked document by its text gives the same object to every request that asks the same thing
// with the same outcome of the check, so those caches hit.
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { type DocumentNode, print } from "graphql";
import { LRUCache } from "lru-cache";

/**
 * Interned documents by their printed text; the least recently used go first. A document object
 * seen before (the parser's cached one, when the check left it as it was) is not printed again.
 */
export function documentInterner(max = 1000): (document: DocumentNode) => DocumentNode {
  const byText = new LRUCache<string, DocumentNode>({ max });
  const seen = new WeakMap<DocumentNode, DocumentNode>();
  return (document) => {
    const interned = seen.get(document);
    if (interned) return interned;
    const text = print(document);
    const known = byText.get(text) ?? document;
    byText.set(text, known);
    seen.set(document, known);
    return known;
  };
}

/** Put after generic auth (whose check runs in onExecute, before the plugins configured after it). */
export function useStableDocuments(max?: number): GatewayPlugin {
  const intern = documentInterner(max);
  return {
    onExecute({ args }) {
      args.document = intern(args.document);
    },
  };
}

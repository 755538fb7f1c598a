// Reading the commands and queries README.md and docs/*.md show, and turning a page's commands
// into one bash script, by the convention in docs/development.md ("Documentation is tested").
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

export interface Block {
  /** The fence's language: the first word of its info string (```sh, ```graphql...). */
  lang: string;
  text: string;
  /** The line of the opening fence, 1-based. */
  line: number;
}

/** The fenced code blocks of a Markdown text (``` or ~~~ fences, not indented code). */
export function fencedBlocks(markdown: string): Block[] {
  const lines = markdown.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s{0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (!open) continue;
    const fence = open[2];
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].trimStart().startsWith(fence)) body.push(lines[j++]);
    blocks.push({ lang: open[3].toLowerCase(), text: body.join("\n"), line: i + 1 });
    i = j;
  }
  return blocks;
}

/** Commands that serve until stopped: started in the background, stopped with Ctrl-C. */
const serving = /^(?:npm ci && )?(npm (?:start|run (?:start:distributed|subgraph|postgres))(?=\s|$)[^#]*?)\s*(?:#.*)?$/;
/** What CI runs on a fresh clone (.ci/run); run here, they would reinstall or re-test the repository under the running tests. */
const ciOnly = /^(npm ci(?: && npm test)?|npm test)\s*(?:#.*)?$/;

/** How a command line is run: as written, in the background until Ctrl-C, or by CI only. */
export function kindOf(line: string): { kind: "run" } | { kind: "serve"; command: string } | { kind: "ci"; command: string } {
  const trimmed = line.trim();
  const ci = ciOnly.exec(trimmed);
  if (ci) return { kind: "ci", command: ci[1] };
  const serve = serving.exec(trimmed);
  if (serve) return { kind: "serve", command: serve[1] };
  return { kind: "run" };
}

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

// Helpers every page's script starts with (servers in the background, stopped with Ctrl-C).
const prelude = readFileSync(resolve(import.meta.dirname, "docs-prelude.sh"), "utf8");

/**
 * One page's sh blocks as a bash script: lines as written, with `http://127.0.0.1:4000` replaced
 * by the test hub's origin; serving commands in the background; CI's commands named, not run.
 */
export function pageScript(blocks: Block[], hubOrigin: string): { script: string; ciCommands: string[] } {
  const ciCommands: string[] = [];
  const body = blocks
    .filter((b) => b.lang === "sh")
    .map((b) => {
      const lines = b.text.replaceAll("http://127.0.0.1:4000", hubOrigin).split("\n");
      return lines
        .map((line, i) => {
          // A continued line (the one before ends with "\") is part of a longer command.
          if (i > 0 && lines[i - 1].trimEnd().endsWith("\\")) return line;
          const how = kindOf(line);
          if (how.kind === "serve") return `start_server ${quote(how.command)}`;
          if (how.kind === "ci") {
            ciCommands.push(how.command);
            return `: ${quote(`${how.command}: run by .ci/run on a fresh clone`)}`;
          }
          return line;
        })
        .join("\n");
    })
    .join("\n");
  return { script: `${prelude}\n${body}\nstop_servers\n`, ciCommands };
}

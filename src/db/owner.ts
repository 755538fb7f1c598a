// One owner for the embedded database. PGlite is PostgreSQL in one process without a postmaster:
// two processes opening the same data directory each believe they own it, neither sees the
// other's writes, and the second to stop leaves a directory that no longer opens. So whatever
// opens a PGlite directory first takes `<dir>.lock` (created exclusively, holding its pid); any
// other process refuses at once, before it reads or writes anything, saying who holds it.
// A lock whose process is gone (killed, crashed) is stale and taken over.
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";

interface Holder {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux /proc), so a reused pid is not taken for the holder. */
  startTicks: string | null;
  hostname: string;
  command: string;
  since: string;
}

/** Thrown when another live process holds the directory; the message says what to do. */
export class DatabaseInUse extends Error {
  override name = "DatabaseInUse";
  constructor(
    readonly dataDir: string,
    readonly holder: Holder,
  ) {
    super(
      `The embedded database ${dataDir} is in use by another process (pid ${holder.pid}: ${holder.command}, since ${holder.since}).\n` +
        "PGlite has one owner at a time, so nothing was read or written. Either stop that process " +
        `(Ctrl-C, or kill -TERM ${holder.pid}) and run this command again, or, while the hub runs, send the work ` +
        "through it: imports with the importDataset mutation (an admin or write:own key); see docs/integrity.md.",
    );
  }
}

export const lockPathOf = (dataDir: string) => `${resolve(dataDir)}.lock`;

function startTicks(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may hold spaces, so count after its ")".
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function alive(holder: Holder): boolean {
  if (holder.hostname !== hostname()) return true; // another machine's process cannot be checked: assume it lives
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  const ticks = startTicks(holder.pid);
  return holder.startTicks === null || ticks === null || ticks === holder.startTicks;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const holder = JSON.parse(text) as Holder;
    return Number.isInteger(holder.pid) ? holder : null;
  } catch {
    return null; // not a lock this code wrote: stale
  }
}

/** Creates the lock whole: written to a file of our own, then linked into place (atomic; EEXIST when held). */
function tryCreate(path: string, holder: Holder): boolean {
  const mine = `${path}.${process.pid}`;
  writeFileSync(mine, JSON.stringify(holder));
  try {
    linkSync(mine, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw err;
  } finally {
    unlinkSync(mine);
  }
}

/** Moves a stale lock aside (atomically, so two processes cannot both remove a fresh one). */
function removeStale(path: string, stale: string) {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // someone else removed it first
  }
  const moved = readFileSync(aside, "utf8");
  // A fresh lock taken between our read and the rename goes back where it was (unless yet another took its place).
  if (moved !== stale) {
    try {
      linkSync(aside, path);
    } catch {
      // the place is taken again; the next attempt reads whoever holds it
    }
  }
  unlinkSync(aside);
}

export interface DirectoryLock {
  release(): void;
}

/** Takes the data directory for this process, or throws DatabaseInUse naming the holder. */
export function lockDataDirectory(dataDir: string): DirectoryLock {
  const path = lockPathOf(dataDir);
  const me: Holder = {
    pid: process.pid,
    startTicks: startTicks(process.pid),
    hostname: hostname(),
    command: process.argv.slice(1).join(" ").slice(0, 200),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, me)) return ownLock(path);
    const text = readText(path);
    if (text === null) continue; // released meanwhile: try again
    const holder = parseHolder(text);
    if (holder && alive(holder)) throw new DatabaseInUse(dataDir, holder);
    removeStale(path, text);
  }
  throw new DatabaseInUse(dataDir, parseHolder(readText(path) ?? "") ?? { ...me, pid: -1, command: "unknown" });
}

function ownLock(path: string): DirectoryLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
  // A process that exits without closing the database (process.exit, an uncaught error) still lets go.
  process.on("exit", release);
  return { release };
}

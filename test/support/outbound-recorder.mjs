// Preloaded (node --import) into a hub process by test/faults/no-outbound.test.ts: records every
// socket connect and DNS lookup the process makes, whoever makes it (the hub, a library, an
// OpenTelemetry exporter), one JSON line each in the file PLACEGRAPH_OUTBOUND_LOG names.
import { appendFileSync } from "node:fs";
import dns from "node:dns";
import net from "node:net";

const log = process.env.PLACEGRAPH_OUTBOUND_LOG;
const record = (entry) => log && appendFileSync(log, `${JSON.stringify({ pid: process.pid, ...entry })}\n`);

/** Where a Socket#connect call goes: [options] or [port, host?] or [path] (a local socket). */
function destination(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args;
  if (typeof first === "object" && first !== null) return first.path ? { path: String(first.path) } : { host: first.host ?? "localhost", port: first.port };
  if (typeof first === "string" && Number.isNaN(Number(first))) return { path: first };
  return { host: typeof second === "string" ? second : "localhost", port: Number(first) };
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  record({ kind: "connect", ...destination(args) });
  return connect.apply(this, args);
};
const lookup = dns.lookup;
dns.lookup = function (hostname, ...rest) {
  record({ kind: "lookup", host: hostname });
  return lookup.call(this, hostname, ...rest);
};
const lookupPromise = dns.promises.lookup;
dns.promises.lookup = function (hostname, ...rest) {
  record({ kind: "lookup", host: hostname });
  return lookupPromise.call(this, hostname, ...rest);
};
for (const name of ["resolve", "resolve4", "resolve6", "resolveAny"]) {
  const original = dns[name];
  dns[name] = function (hostname, ...rest) {
    record({ kind: "lookup", host: hostname });
    return original.call(this, hostname, ...rest);
  };
}

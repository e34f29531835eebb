// Checks that every public path of the committed contracts reaches the service whose contract holds
// it, through the gateway (docker/nginx: nginx's own location rules applied to each path) and
// through the Kubernetes Ingress (its Exact/Prefix rules, to the gateway or straight to a service).
// Also: each service's document is served at /openapi/<service>.yaml and listed on the Swagger UI
// page, the services' /q/ endpoints are not public, and every route is needed (dropping any one of
// them breaks a contract path; a route that breaks nothing is reported as unused).
//
//   node deploy/tools/check-routes.mjs [--contracts DIR] [--nginx docker/nginx/server.conf]
//                                      [--ingress FILE (multi-document YAML; "none" to skip)]
//                                      [--gateway gateway]   (the Service in front of nginx)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const options = {
  contracts: "contracts",
  nginx: "docker/nginx/server.conf",
  ingress: "deploy/kubernetes/ingress.yaml",
  gateway: "gateway",
};
for (let i = 2; i < process.argv.length; i += 2) {
  const key = process.argv[i].replace(/^--/, "");
  if (!(key in options) || process.argv[i + 1] === undefined) {
    console.error(`unknown or incomplete option ${process.argv[i]}`);
    process.exit(2);
  }
  options[key] = process.argv[i + 1];
}
const fromRoot = (path) => resolve(root, path);
const shown = (path) => (relative(root, path).startsWith("..") ? path : relative(root, path) || path);

// A path parameter's stand-in: a UUID, the shape of every id in the contracts.
const SAMPLE = "3f1c2a4e-8d5b-4c11-9a57-0b6a1d2e3f40";
const PRIVATE = ["/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/"];

// --- The contracts -------------------------------------------------------------------------------
const contractDir = fromRoot(options.contracts);
const contracts = readdirSync(contractDir)
  .filter((file) => file.endsWith(".yaml"))
  .sort()
  .map((file) => {
    const service = file.replace(/\.yaml$/, "");
    const paths = Object.keys(parse(readFileSync(join(contractDir, file), "utf8")).paths ?? {});
    return { service, file: join(options.contracts, file), paths };
  });
const services = new Set(contracts.map((c) => c.service));
const publicPaths = contracts.flatMap((c) =>
  c.paths.map((path) => ({ path, uri: path.replace(/\{[^}]+\}/g, SAMPLE), service: c.service })),
);
const documents = contracts.map((c) => ({
  path: `/openapi/${c.service}.yaml`,
  uri: `/openapi/${c.service}.yaml`,
  service: c.service,
  upstreamUri: "/q/openapi",
}));

// --- nginx: a small reader of its configuration syntax, following includes ------------------------
function tokens(text, file) {
  const out = [];
  let line = 1;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === "\n") { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (c === "#") { while (i < text.length && text[i] !== "\n") i++; continue; }
    if (c === "{" || c === "}" || c === ";") { out.push({ value: c, punct: true, line, file }); i++; continue; }
    let value = "";
    const at = line;
    if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) {
        if (text[i] === "\\" && i + 1 < text.length) i++;
        if (text[i] === "\n") line++;
        value += text[i++];
      }
      i++;
    } else {
      while (i < text.length && !/[\s{};]/.test(text[i])) value += text[i++];
    }
    out.push({ value, punct: false, line: at, file });
  }
  return out;
}

function directives(file) {
  const list = tokens(readFileSync(file, "utf8"), file);
  let i = 0;
  function block() {
    const result = [];
    while (i < list.length && !(list[i].punct && list[i].value === "}")) {
      const name = list[i++];
      const args = [];
      while (i < list.length && !list[i].punct) args.push(list[i++].value);
      const end = list[i++];
      if (!end) throw new Error(`${shown(file)}:${name.line}: unterminated directive ${name.value}`);
      const directive = { name: name.value, args, file, line: name.line };
      if (end.value === "{") {
        directive.block = block();
        i++;
      }
      result.push(directive);
    }
    return result;
  }
  return block();
}

// Includes are written "rapport/<file>": the gateway's files, wherever nginx finds them.
function expand(list, dir) {
  return list.flatMap((d) => {
    if (d.name !== "include") return [d];
    const target = join(dir, d.args[0].replace(/^rapport\//, ""));
    if (!existsSync(target)) throw new Error(`${shown(d.file)}:${d.line}: include ${d.args[0]} not found`);
    return expand(directives(target), dir);
  });
}

function nginxLocations(entry) {
  const dir = dirname(entry);
  return expand(directives(entry), dir)
    .filter((d) => d.name === "location")
    .filter((d) => !d.args[0].startsWith("@"))
    .map((d) => {
      const [modifier, pattern] = d.args.length === 2 ? d.args : ["", d.args[0]];
      const body = expand(d.block ?? [], dir);
      if (body.some((n) => n.name === "internal")) return null; // not reachable by a client
      if (body.some((n) => n.name === "location")) {
        throw new Error(`${shown(d.file)}:${d.line}: nested locations are not supported by this check`);
      }
      const pass = body.find((n) => n.name === "proxy_pass")?.args[0];
      const target = pass?.match(/^https?:\/\/([^/:]+)(?::\d+)?(\/.*)?$/);
      const ret = body.find((n) => n.name === "return")?.args[0];
      return {
        where: `${shown(d.file)}:${d.line}`,
        text: `location ${d.args.join(" ")}`,
        modifier,
        pattern,
        regex: modifier.startsWith("~") ? new RegExp(pattern, modifier === "~*" ? "i" : "") : null,
        upstream: target?.[1],
        upstreamUri: target?.[2],
        answer: pass ? `proxy_pass ${pass}` : ret ? `return ${ret}` : "static files",
      };
    })
    .filter(Boolean);
}

// nginx's choice: an exact match; else the longest prefix, unless a regex (in order) matches first,
// except where that prefix is ^~.
function nginxRoute(locations, uri) {
  const exact = locations.find((l) => l.modifier === "=" && l.pattern === uri);
  if (exact) return exact;
  let prefix = null;
  for (const l of locations) {
    if ((l.modifier === "" || l.modifier === "^~") && uri.startsWith(l.pattern)) {
      if (!prefix || l.pattern.length > prefix.pattern.length) prefix = l;
    }
  }
  if (prefix?.modifier === "^~") return prefix;
  return locations.find((l) => l.regex?.test(uri)) ?? prefix;
}

function describe(location) {
  return location ? `${location.text} (${location.where}) → ${location.answer}` : "no location";
}

function checkGateway(locations) {
  const failures = [];
  for (const p of [...publicPaths, ...documents]) {
    const location = nginxRoute(locations, p.uri);
    const wantUri = p.upstreamUri;
    if (location?.upstream !== p.service || (wantUri && location.upstreamUri !== wantUri)) {
      failures.push(`${p.path} (${p.service}) goes to ${describe(location)}`);
    }
  }
  for (const uri of PRIVATE) {
    const location = nginxRoute(locations, uri);
    if (location?.upstream) failures.push(`${uri} is private but goes to ${describe(location)}`);
  }
  for (const l of locations) {
    if (l.upstream && !services.has(l.upstream)) {
      failures.push(`${l.text} (${l.where}) proxies to ${l.upstream}, which has no contract`);
    }
  }
  return failures;
}

// --- The Ingress: Kubernetes' path rules (longest match wins; Exact before Prefix on a tie) --------
function ingressRoute(paths, uri) {
  const elements = (s) => s.split("/").filter(Boolean);
  let best = null;
  for (const p of paths) {
    let matches;
    if (p.pathType === "Exact") matches = p.path === uri;
    else if (p.pathType === "Prefix") {
      const want = elements(p.path);
      const have = elements(uri);
      matches = want.length <= have.length && want.every((e, k) => e === have[k]);
    } else matches = false;
    if (!matches) continue;
    const longer = !best || p.path.length > best.path.length;
    const tieExact = best && p.path.length === best.path.length && p.pathType === "Exact";
    if (longer || tieExact) best = p;
  }
  return best;
}

function checkIngress(file, locations) {
  const failures = [];
  const ingresses = parseAllDocuments(readFileSync(file, "utf8"))
    .map((d) => d.toJS())
    .filter((o) => o?.kind === "Ingress");
  if (ingresses.length === 0) return [`${shown(file)} has no Ingress`];
  for (const ingress of ingresses) {
    const name = `Ingress ${ingress.metadata?.name}`;
    for (const rule of ingress.spec?.rules ?? []) {
      const host = rule.host ?? "*";
      const paths = (rule.http?.paths ?? []).map((p) => ({
        path: p.path,
        pathType: p.pathType,
        backend: p.backend?.service?.name,
      }));
      for (const p of paths) {
        if (p.pathType !== "Exact" && p.pathType !== "Prefix") {
          failures.push(`${name} host ${host}: path ${p.path} is ${p.pathType}; use Exact or Prefix, which mean the same to every controller`);
        }
      }
      const swagger = ["/swagger-ui/", "/swagger-ui/swagger-ui-bundle.js"].map((uri) => ({ path: uri, uri }));
      for (const p of [...publicPaths, ...documents, ...swagger]) {
        const match = ingressRoute(paths, p.uri);
        const via = match ? `${match.pathType} ${match.path} → ${match.backend}` : "no path";
        if (match?.backend === options.gateway) {
          const location = nginxRoute(locations, p.uri);
          const reaches = p.service ? location?.upstream === p.service : location && !location.upstream;
          if (!reaches) failures.push(`${name} host ${host}: ${p.path} → gateway, which sends it to ${describe(location)}`);
        } else if (!p.service || match?.backend !== p.service) {
          failures.push(`${name} host ${host}: ${p.path}${p.service ? ` (${p.service})` : ""} goes to ${via}`);
        }
      }
      for (const uri of PRIVATE) {
        const match = ingressRoute(paths, uri);
        if (match && match.backend !== options.gateway) {
          failures.push(`${name} host ${host}: private ${uri} goes to ${match.pathType} ${match.path} → ${match.backend}`);
        }
      }
    }
  }
  return failures;
}

// --- The Swagger UI page lists each service's document once ---------------------------------------
function checkSwaggerUi(dir) {
  const file = join(dir, "swagger-ui", "swagger-initializer.js");
  const listed = [...readFileSync(file, "utf8").matchAll(/url:\s*["']([^"']+)["']/g)].map((m) => m[1]);
  const wanted = documents.map((d) => d.uri);
  const failures = wanted.filter((u) => !listed.includes(u)).map((u) => `${shown(file)} does not list ${u}`);
  return failures.concat(listed.filter((u) => !wanted.includes(u)).map((u) => `${shown(file)} lists ${u}, which is no service's document`));
}

// --- Run -------------------------------------------------------------------------------------------
const nginxEntry = fromRoot(options.nginx);
const locations = nginxLocations(nginxEntry);
const failures = [...checkGateway(locations), ...checkSwaggerUi(dirname(nginxEntry))];
const ingressFile = options.ingress === "none" ? null : fromRoot(options.ingress);
if (ingressFile) failures.push(...checkIngress(ingressFile, locations));

// Each route must carry a contract path: drop it and something must break.
const unused = locations
  .filter((l) => l.upstream)
  .filter((l) => checkGateway(locations.filter((other) => other !== l)).length === 0)
  .map((l) => `${l.text} (${l.where})`);

const routed = locations.filter((l) => l.upstream).length;
console.log(
  `check-routes: ${publicPaths.length} contract paths and ${documents.length} documents of ` +
    `${[...services].join(", ")} against ${routed} gateway routes (${shown(nginxEntry)} and its includes)` +
    (ingressFile ? ` and the Ingress (${shown(ingressFile)})` : ""),
);
for (const u of unused) console.log(`  warning: ${u} routes no contract path`);
if (failures.length > 0) {
  for (const f of failures) console.log(`  FAIL ${f}`);
  console.log(`check-routes: ${failures.length} failed`);
  process.exit(1);
}
console.log("check-routes: every path goes to the service whose contract holds it");

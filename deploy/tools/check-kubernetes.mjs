// Validates the Kubernetes manifests offline (scripts/check-kubernetes.sh runs it on the output of
// kubectl kustomize deploy/kubernetes, plus the Secret templates):
// 1. every object against the Kubernetes API schema (kubernetes-models: types, required fields,
//    enums, quantities);
// 2. no unknown field anywhere (a typo such as readinessprobe would be dropped silently by a
//    cluster without strict validation): each object is type-checked by TypeScript as a literal
//    of its kubernetes-models type, whose excess-property check names the field;
// 3. the pieces fit together: Services, HPAs, PDBs and the Ingress reach what exists; every
//    ConfigMap and Secret a pod reads exists with that key; probes and resources everywhere; each
//    JVM's heap + metaspace + code cache + overhead fits its memory limit; the service URLs and the
//    gateway's upstreams (docker/nginx/upstreams.conf) name real Services and ports; the Secret
//    templates hold placeholders only.
//
//   node deploy/tools/check-kubernetes.mjs BUILD.yaml [SECRETS_TEMPLATE.yaml]
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const [buildFile, secretsFile] = process.argv.slice(2);
if (!buildFile) {
  console.error("usage: check-kubernetes.mjs BUILD.yaml [SECRETS_TEMPLATE.yaml]");
  process.exit(2);
}
const read = (file) =>
  parseAllDocuments(readFileSync(file, "utf8"))
    .map((d) => d.toJS())
    .filter(Boolean);
const objects = read(buildFile);
const templates = secretsFile ? read(secretsFile) : [];
const all = [...objects, ...templates];
const failures = [];
const fail = (o, message) => failures.push(`${o.kind} ${o.metadata?.name}: ${message}`);
const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);

// --- 1. Schema -------------------------------------------------------------------------------------
const modulePath = (o) => `kubernetes-models/${o.apiVersion}/${o.kind}`;
for (const o of all) {
  let Model;
  try {
    Model = (await import(modulePath(o)))[o.kind];
  } catch {
    fail(o, `unknown apiVersion/kind ${o.apiVersion} ${o.kind}`);
    continue;
  }
  try {
    new Model(o).validate();
  } catch (e) {
    const details = (e.errors ?? []).map((x) => `${x.instancePath} ${x.message}`);
    fail(o, `schema: ${details.length ? [...new Set(details)].join("; ") : e.message}`);
  }
}

// --- 2. Unknown fields, by TypeScript's excess-property check --------------------------------------
{
  const kinds = [...new Map(all.map((o) => [modulePath(o), o])).values()];
  const lines = kinds.map((o) => `import type { I${o.kind} } from "${modulePath(o)}";`);
  const first = lines.length + 1;
  all.forEach((o, i) => lines.push(`export const o${i}: I${o.kind} = ${JSON.stringify(o)};`));
  const dir = join(here, "node_modules", ".cache", "rapport-check");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "manifests.ts");
  writeFileSync(file, lines.join("\n") + "\n");
  try {
    execFileSync(
      process.execPath,
      [join(here, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "--strict", "--skipLibCheck",
        "--module", "nodenext", "--moduleResolution", "nodenext", "--target", "es2022", file],
      { encoding: "utf8", stdio: "pipe" },
    );
  } catch (e) {
    const out = `${e.stdout ?? ""}${e.stderr ?? ""}`;
    const reported = [...out.matchAll(/manifests\.ts\((\d+),\d+\): error TS\d+: (.*)/g)];
    for (const [, line, message] of reported) {
      const o = all[Number(line) - first];
      if (o) fail(o, `field: ${message}`);
      else failures.push(`type check: ${message}`);
    }
    if (reported.length === 0) failures.push(`type check failed: ${out.trim()}`);
  }
}

// --- 3. The pieces fit together ------------------------------------------------------------------
const matches = (selector, labels) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v) && Object.keys(selector ?? {}).length > 0;
const deployments = objects.filter((o) => o.kind === "Deployment");
const podLabels = (d) => d.spec?.template?.metadata?.labels;
const containersOf = (d) => d.spec?.template?.spec?.containers ?? [];
const mebibytes = (q) => {
  const m = String(q).match(/^(\d+(?:\.\d+)?)(Ki|Mi|Gi|k|M|G)?$/);
  if (!m) return NaN;
  const factor = { Ki: 1 / 1024, Mi: 1, Gi: 1024, k: 1000 / 1048576, M: 1e6 / 1048576, G: 1e9 / 1048576 }[m[2]] ?? 1 / 1048576;
  return Number(m[1]) * factor;
};
const millicores = (q) => (String(q).endsWith("m") ? Number(String(q).slice(0, -1)) : Number(q) * 1000);
const jvmSize = (flag) => {
  const m = flag.match(/^(\d+)([kmg])?$/i);
  return m ? Number(m[1]) * { k: 1 / 1024, m: 1, g: 1024 }[(m[2] ?? "").toLowerCase()] : NaN;
};
const secret = (name) => all.find((o) => o.kind === "Secret" && o.metadata?.name === name);
const secretKeys = (s) => Object.keys({ ...(s?.data ?? {}), ...(s?.stringData ?? {}) });

// Non-heap a Quarkus service needs beside metaspace and code cache: thread stacks, GC, symbols,
// class space bookkeeping; measured at ~30 MiB on these services.
const JVM_OVERHEAD_MIB = 32;

for (const d of deployments) {
  const hpa = objects.find((o) => o.kind === "HorizontalPodAutoscaler" && o.spec?.scaleTargetRef?.name === d.metadata.name);
  if (hpa && d.spec?.replicas !== undefined) fail(d, "sets replicas while an HPA scales it (each apply would reset the count)");
  if (!objects.some((o) => o.kind === "PodDisruptionBudget" && matches(o.spec?.selector?.matchLabels, podLabels(d)))) {
    fail(d, "no PodDisruptionBudget selects its pods");
  }
  if (!matches(d.spec?.selector?.matchLabels, podLabels(d))) fail(d, "its selector does not match its pod labels");
  const pod = d.spec?.template?.spec ?? {};
  for (const c of containersOf(d)) {
    const where = `container ${c.name}`;
    const portNames = new Set((c.ports ?? []).map((p) => p.name));
    const portNumbers = new Set((c.ports ?? []).map((p) => p.containerPort));
    for (const kind of ["readinessProbe", "livenessProbe"]) {
      const probe = c[kind]?.httpGet;
      if (!probe) fail(d, `${where} has no HTTP ${kind}`);
      else if (!portNames.has(probe.port) && !portNumbers.has(probe.port)) fail(d, `${where} ${kind} uses undeclared port ${probe.port}`);
    }
    const { requests = {}, limits = {} } = c.resources ?? {};
    for (const r of ["cpu", "memory"]) {
      if (!requests[r] || !limits[r]) fail(d, `${where} needs both a request and a limit for ${r}`);
    }
    if (mebibytes(requests.memory) > mebibytes(limits.memory)) fail(d, `${where} requests more memory than its limit`);
    if (millicores(requests.cpu) > millicores(limits.cpu)) fail(d, `${where} requests more CPU than its limit`);
    if (!c.securityContext || c.securityContext.allowPrivilegeEscalation !== false) fail(d, `${where} may escalate privileges`);

    const env = c.env ?? [];
    const javaOpts = env.find((e) => e.name === "JAVA_OPTS")?.value;
    if (javaOpts !== undefined) {
      for (const kind of ["startupProbe", "readinessProbe", "livenessProbe"]) {
        const path = c[kind]?.httpGet?.path;
        const want = { startupProbe: "/q/health/started", readinessProbe: "/q/health/ready", livenessProbe: "/q/health/live" }[kind];
        if (path !== want) fail(d, `${where} ${kind} should be ${want}, is ${path}`);
      }
      const flag = (name) => javaOpts.match(new RegExp(`-XX:${name}=(\\S+)`))?.[1];
      const limit = mebibytes(limits.memory);
      const xmx = javaOpts.match(/-Xmx(\S+)/)?.[1];
      const heap = xmx ? jvmSize(xmx) : (Number(flag("MaxRAMPercentage")) / 100) * limit;
      const metaspace = jvmSize(flag("MaxMetaspaceSize") ?? "");
      const codeCache = jvmSize(flag("ReservedCodeCacheSize") ?? "");
      if (Number.isNaN(limit)) {
        // an invalid limit: the schema check reports it
      } else if ([heap, metaspace, codeCache].some(Number.isNaN)) {
        fail(d, `${where} JAVA_OPTS must bound the heap (-Xmx or -XX:MaxRAMPercentage), -XX:MaxMetaspaceSize and -XX:ReservedCodeCacheSize: "${javaOpts}"`);
      } else {
        const total = heap + metaspace + codeCache + JVM_OVERHEAD_MIB;
        if (total > limit) {
          fail(d, `${where} JVM may use ${total.toFixed(0)} MiB (heap ${heap.toFixed(0)} + metaspace ${metaspace} + code cache ${codeCache} + ${JVM_OVERHEAD_MIB}) over its ${limit} MiB limit`);
        }
        if (heap > limit * 0.6) fail(d, `${where} heap ${heap.toFixed(0)} MiB leaves too little of ${limit} MiB for the rest of the JVM`);
      }
      if (!/ExitOnOutOfMemoryError|CrashOnOutOfMemoryError/.test(javaOpts)) fail(d, `${where} JAVA_OPTS should exit on OutOfMemoryError so the pod restarts`);
    }

    // What the pod reads must exist.
    for (const from of c.envFrom ?? []) {
      if (from.configMapRef && !from.configMapRef.optional && !named("ConfigMap", from.configMapRef.name)) {
        fail(d, `${where} reads ConfigMap ${from.configMapRef.name}, which does not exist`);
      }
      if (from.secretRef && !secret(from.secretRef.name)) fail(d, `${where} reads Secret ${from.secretRef.name}, which has no template`);
    }
    for (const e of env) {
      const cm = e.valueFrom?.configMapKeyRef;
      if (cm && !cm.optional && !(cm.key in (named("ConfigMap", cm.name)?.data ?? {}))) fail(d, `${where} ${e.name}: no key ${cm.key} in ConfigMap ${cm.name}`);
      const sk = e.valueFrom?.secretKeyRef;
      if (sk && !secretKeys(secret(sk.name)).includes(sk.key)) fail(d, `${where} ${e.name}: no key ${sk.key} in a Secret template ${sk.name}`);
    }
    // URLs of other services name a Service and one of its ports.
    const values = [
      ...env.map((e) => e.value),
      ...(c.envFrom ?? []).flatMap((f) => Object.values(named("ConfigMap", f.configMapRef?.name)?.data ?? {})),
    ];
    for (const v of values) {
      const url = typeof v === "string" && v.match(/^https?:\/\/([a-z0-9-]+):(\d+)/);
      if (url && !named("Service", url[1])?.spec?.ports?.some((p) => p.port === Number(url[2]))) {
        fail(d, `${where} calls ${url[0]}, but no Service ${url[1]} has port ${url[2]}`);
      }
    }
    for (const m of c.volumeMounts ?? []) {
      if (!(pod.volumes ?? []).some((v) => v.name === m.name)) fail(d, `${where} mounts undeclared volume ${m.name}`);
    }
  }
  for (const v of pod.volumes ?? []) {
    if (v.secret && !v.secret.optional && !secret(v.secret.secretName)) fail(d, `volume ${v.name} needs Secret ${v.secret.secretName}, which has no template`);
  }
}

for (const s of objects.filter((o) => o.kind === "Service")) {
  const targets = deployments.filter((d) => matches(s.spec?.selector, podLabels(d)));
  if (targets.length !== 1) {
    fail(s, `its selector matches ${targets.length} Deployments`);
    continue;
  }
  for (const p of s.spec?.ports ?? []) {
    const ok = containersOf(targets[0]).some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort || cp.containerPort === p.targetPort));
    if (!ok) fail(s, `port ${p.name ?? p.port} targets ${p.targetPort}, which ${targets[0].metadata.name} does not declare`);
  }
}

for (const h of objects.filter((o) => o.kind === "HorizontalPodAutoscaler")) {
  const target = named(h.spec?.scaleTargetRef?.kind, h.spec?.scaleTargetRef?.name);
  if (!target) fail(h, `scales ${h.spec?.scaleTargetRef?.kind} ${h.spec?.scaleTargetRef?.name}, which does not exist`);
  if ((h.spec?.minReplicas ?? 1) > h.spec?.maxReplicas) fail(h, "minReplicas is above maxReplicas");
  const usesCpu = (h.spec?.metrics ?? []).some((m) => m.resource?.name === "cpu");
  if (target && usesCpu && containersOf(target).some((c) => !c.resources?.requests?.cpu)) fail(h, "scales on CPU utilization of containers without a CPU request");
}

for (const p of objects.filter((o) => o.kind === "PodDisruptionBudget")) {
  if (!deployments.some((d) => matches(p.spec?.selector?.matchLabels, podLabels(d)))) fail(p, "selects no Deployment's pods");
  if (p.spec?.minAvailable !== undefined) fail(p, "minAvailable can block node drains of a one-replica service; use maxUnavailable");
}

for (const i of objects.filter((o) => o.kind === "Ingress")) {
  for (const rule of i.spec?.rules ?? []) {
    for (const path of rule.http?.paths ?? []) {
      const b = path.backend?.service;
      const svc = named("Service", b?.name);
      if (!svc) fail(i, `${path.path} goes to Service ${b?.name}, which does not exist`);
      else if (!svc.spec.ports.some((p) => (b.port?.name && p.name === b.port.name) || p.port === b.port?.number)) {
        fail(i, `${path.path} goes to a port Service ${b.name} does not have`);
      }
    }
  }
}

// The gateway image's upstreams are these Services.
{
  const upstreams = readFileSync(join(root, "docker/nginx/upstreams.conf"), "utf8");
  for (const [, host, port] of upstreams.matchAll(/^\s*server\s+([a-z0-9-]+):(\d+)/gm)) {
    if (!named("Service", host)?.spec?.ports?.some((p) => p.port === Number(port))) {
      failures.push(`docker/nginx/upstreams.conf: ${host}:${port} is not a Service port here`);
    }
  }
}

// No real secret in the repository: the build holds no Secret, the templates only placeholders.
for (const s of objects.filter((o) => o.kind === "Secret")) fail(s, "a Secret in the build; keep Secrets out of the repository (secrets.yaml is a template)");
for (const s of templates) {
  if (s.kind !== "Secret") {
    fail(s, "the Secret template file holds something other than Secrets");
    continue;
  }
  for (const [key, value] of Object.entries({ ...(s.data ?? {}), ...(s.stringData ?? {}) })) {
    const placeholder = value === "REPLACE_ME" || (key === "username" && /^[a-z][a-z0-9_]*$/.test(value));
    if (!placeholder) fail(s, `${key} holds a value; templates hold REPLACE_ME only`);
  }
}

// --- Report ----------------------------------------------------------------------------------------
const count = (kind) => objects.filter((o) => o.kind === kind).length;
console.log(
  `check-kubernetes: ${objects.length} objects (${count("Deployment")} Deployments, ${count("Service")} Services, ` +
    `${count("HorizontalPodAutoscaler")} HPAs, ${count("PodDisruptionBudget")} PDBs, ${count("Ingress")} Ingress, ` +
    `${count("ConfigMap")} ConfigMaps, ${count("Namespace")} Namespace) and ${templates.length} Secret templates: ` +
    "schema, unknown fields, references, probes, resources, JVM memory, placeholders",
);
if (failures.length > 0) {
  for (const f of failures) console.log(`  FAIL ${f}`);
  console.log(`check-kubernetes: ${failures.length} failed`);
  process.exit(1);
}
console.log("check-kubernetes: all valid");

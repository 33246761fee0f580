import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Domain modules that write inside a transaction but leave no audit row, directly (`writeAudit(`) or through a
 * domain function they call that does (followed through imports). Read from the source: a module is judged by
 * what it contains, so a new verb that forgets its audit row is found without running it.
 */
export function unauditedWriters(sources: ReadonlyMap<string, string>): string[] {
  const audits = new Map<string, boolean>();
  const visiting = new Set<string>();
  const auditsTransitively = (file: string): boolean => {
    const known = audits.get(file);
    if (known !== undefined) return known;
    const source = sources.get(file);
    if (source === undefined || visiting.has(file)) return false;
    visiting.add(file);
    const result = /\bwriteAudit\(/.test(source) || calledImports(file, source, sources).some(auditsTransitively);
    visiting.delete(file);
    audits.set(file, result);
    return result;
  };
  return [...sources.keys()]
    .filter((file) => writesInTransaction(sources.get(file) ?? ""))
    .filter((file) => !auditsTransitively(file))
    .sort();
}

const WRITE = /\.(insert|update|delete)\(|\b(insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i;

function writesInTransaction(source: string): boolean {
  return /\.transaction\(/.test(source) && WRITE.test(source);
}

/** Domain modules whose value exports this module imports and calls. */
function calledImports(file: string, source: string, sources: ReadonlyMap<string, string>): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from\s+"([^"]+)";/gm)) {
    const target = resolve(file, m[2] ?? "", sources);
    if (!target) continue;
    const names = (m[1] ?? "")
      .split(",")
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith("type "))
      .map((n) => n.split(/\s+as\s+/).pop() ?? n);
    if (names.some((n) => new RegExp(`\\b${n}\\(`).test(source))) out.push(target);
  }
  return out;
}

function resolve(from: string, spec: string, sources: ReadonlyMap<string, string>): string | null {
  const base = spec.startsWith("@/") ? spec.slice(2) : spec.startsWith(".") ? path.join(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, path.join(base, "index.ts")]) if (sources.has(candidate)) return candidate;
  return null;
}

/** Every module under server/domain, keyed by its path from the repository root. */
export function domainSources(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(path.join(root, dir))) {
      const rel = path.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) walk(rel);
      else if (rel.endsWith(".ts") && existsSync(path.join(root, rel))) out.set(rel, readFileSync(path.join(root, rel), "utf8"));
    }
  };
  walk("server/domain");
  return out;
}

/**
 * Minimal YAML writer for flat LLaMA-Factory configs (sections become `### name` comments).
 * Floats are written as `1.0e-4` (with a dot and a signed exponent) because PyYAML, which
 * LLaMA-Factory uses, reads `1e-4` as a string.
 */
export type YamlScalar = string | number | boolean | null;
export type YamlSections = Array<[section: string, entries: Record<string, YamlScalar | undefined>]>;

export function yamlNumber(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to YAML`);
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e-3 && Math.abs(n) < 1e15) {
    const s = String(n);
    return s.includes('.') ? s : `${s}.0`;
  }
  const [mant, exp] = n.toExponential().split('e') as [string, string];
  const m = mant.includes('.') ? mant : `${mant}.0`;
  const e = exp.startsWith('-') || exp.startsWith('+') ? exp : `+${exp}`;
  return `${m}e${e}`;
}

const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|~|y|n)$/i;

export function yamlScalar(v: YamlScalar): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return yamlNumber(v);
  if (PLAIN.test(v) && !RESERVED.test(v)) return v;
  return JSON.stringify(v);
}

export function toYaml(sections: YamlSections): string {
  const out: string[] = [];
  for (const [name, entries] of sections) {
    out.push(`### ${name}`);
    for (const [k, v] of Object.entries(entries)) if (v !== undefined) out.push(`${k}: ${yamlScalar(v)}`);
    out.push('');
  }
  return out.join('\n');
}

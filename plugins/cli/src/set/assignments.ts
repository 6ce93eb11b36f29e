/** Attribute changes read from `key=value` arguments; an empty value removes the attribute. */
export type Assignments = Map<string, string | null>;

const READ_ONLY: Record<string, string> = {
  __proto__: null as never,
  title: 'the title is the text in square brackets; edit it in the page',
};

/** Reads `status=completed as-of=2026-12-01 due=`; an argument without `=` or a read-only key is a usage error. */
export function readAssignments(args: readonly string[]): Assignments | {error: string} {
  const changes: Assignments = new Map();
  for (const arg of args) {
    const at = arg.indexOf('=');
    if (at <= 0) {
      return {error: `expected \`key=value\` (e.g. \`status=completed\`), found \`${arg}\``};
    }
    const key = arg.slice(0, at).replace(/^#/, '').trim();
    const value = arg.slice(at + 1).trim();
    if (key in READ_ONLY) return {error: `\`${key}\` cannot be set: ${READ_ONLY[key]}`};
    if (changes.has(key)) return {error: `\`${key}\` is given twice; give it once`};
    if (key === 'id' && !value)
      return {error: 'an item keeps its id: give `id=<new-id>` to rename it'};
    changes.set(key, value === '' ? null : value);
  }
  return changes;
}

/** `status=completed as-of=2026-12-01`, for messages. */
export function describeAssignments(changes: Assignments, note: boolean): string {
  const parts = [...changes].map(([key, value]) =>
    value === null ? `removed ${key}` : `${key}=${value}`,
  );
  if (note) parts.push('added a progress note');
  return parts.join(', ');
}

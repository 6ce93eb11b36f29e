// Names that are members of `Object.prototype`: valid ids, unit codes and slugs that a plain-object
// lookup would resolve to a function (`constructor`) or the prototype itself (`__proto__`).
export const PROTOTYPE_NAMES = [
  'constructor',
  '__proto__',
  'hasownproperty',
  'tostring',
  'valueof',
  'prototype',
] as const;

/** Names of `Object.prototype` members as they are written (camel case is not a valid id). */
export const PROTOTYPE_MEMBERS = Object.getOwnPropertyNames(Object.prototype);

/** A page whose ids, owners and nexus areas are all prototype member names. */
export function prototypePage(type = 'action-plan'): string {
  return (
    `---\ntitle: Prototype names\ntype: ${type}\nowner: [constructor]\n---\n\n` +
    ':::status[Constructor]{#constructor status=planned owner="constructor,__proto__" nexus=constructor}\n' +
    '=HYPERLINK("http://evil.example/","click")\n:::\n\n' +
    ':::status[Proto]{#__proto__ status=ongoing owner=toString}\nBody.\n:::\n\n' +
    ':::status[Valueof]{#valueof status=completed owner=hasOwnProperty}\nBody.\n:::\n'
  );
}

/**
 * JSON for the inside of an HTML `<script>` element: `<`, `>`, `&` and the line separators escaped as
 * `\u…`, so a value holding `</script>` or `<!--` cannot end the element or change how it is parsed.
 * The JSON value read back is the same.
 */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

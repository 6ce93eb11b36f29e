// How `npm run bench:search` prints: sizes, times, ratios and Markdown tables.

export const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
export const MB = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const seconds = (s) => `${s.toFixed(1)} s`;
export const ms = (x) => `${x.toFixed(1)} ms`;
export const ratio = (ours, peer) => (peer ? `${(ours / peer).toFixed(3)}×` : 'n/a');

/** A Markdown table, columns padded to their widest cell. */
export function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

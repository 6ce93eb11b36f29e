import {useEffect, useState} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Today" for review states: the build day in static HTML, the reader's day once hydrated. */
export default function useReviewToday(): string {
  const {builtOn} = usePluginData('kmportal-review') as {builtOn: string};
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(isoDay(new Date())), []);
  return today;
}

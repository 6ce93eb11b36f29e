import {useMemo} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {KbLabels, StatusGlobalData} from '@kmportal/docusaurus-plugin-status';

/** A code's label in the locale built, else `fallback`, else the code. */
function lookup(labels: Record<string, string> | undefined, code: string, fallback?: string) {
  return (labels && Object.hasOwn(labels, code) ? labels[code] : undefined) ?? fallback ?? code;
}

/**
 * The labels of statuses, management responses and page types in the reader's language, from the
 * status plugin's translation file (`i18n/<locale>/kmportal-status/labels.json`, shipped in fr and ru).
 */
export default function useKbLabels(): {
  status(value: string, fallback?: string): string;
  response(value: string, fallback?: string): string;
  pageType(value: string): string;
} {
  const data = usePluginData('kmportal-status', undefined, {failfast: false}) as
    Partial<StatusGlobalData> | undefined;
  const labels: Partial<KbLabels> = data?.labels ?? {};
  return useMemo(
    () => ({
      status: (value, fallback) => lookup(labels.status, value, fallback),
      response: (value, fallback) => lookup(labels.response, value, fallback),
      pageType: (value) => lookup(labels.pageType, value),
    }),
    [labels],
  );
}

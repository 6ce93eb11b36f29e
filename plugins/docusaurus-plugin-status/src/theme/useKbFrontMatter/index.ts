import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {DocFrontMatter} from '@docusaurus/plugin-content-docs';
import type {KbFrontMatter} from '@kmportal/docusaurus-plugin-status';

/** The current doc's front matter, typed with the KM portal's keys (`type`, `owner`, `last_reviewed`, …). */
export default function useKbFrontMatter(): DocFrontMatter & KbFrontMatter {
  return useDoc().frontMatter as DocFrontMatter & KbFrontMatter;
}

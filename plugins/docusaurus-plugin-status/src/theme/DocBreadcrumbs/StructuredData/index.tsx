import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import {useBreadcrumbsStructuredData} from '@docusaurus/plugin-content-docs/client';
import type {Props} from '@theme/DocBreadcrumbs/StructuredData';
import {jsonForScript} from './jsonForScript.js';

/**
 * The breadcrumbs' JSON-LD, as theme-classic writes it but escaped for a `<script>` element: theme-classic
 * writes `JSON.stringify` as it is, so a `title` or `sidebar_label` holding `</script>` ends the element and
 * what follows runs (reported upstream; the model also rejects such front matter under authoring safety).
 */
export default function DocBreadcrumbsStructuredData(props: Props): ReactNode {
  const structuredData = useBreadcrumbsStructuredData({breadcrumbs: props.breadcrumbs});
  return (
    <Head>
      <script type="application/ld+json">{jsonForScript(structuredData)}</script>
    </Head>
  );
}

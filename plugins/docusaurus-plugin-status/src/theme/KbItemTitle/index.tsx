import React, {type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import UntranslatedMark from '@theme/UntranslatedMark';
import type {Props} from '@theme/KbItemTitle';

/**
 * An item's title linking to its card; when a translated site shows it in its source language, the
 * title carries that `lang` and is followed by "not translated (English)".
 */
export default function KbItemTitle({to, title, untranslated, className}: Props): ReactNode {
  const {defaultLocale} = useDocusaurusContext().i18n;
  const lang = untranslated === true ? defaultLocale : untranslated || undefined;
  return (
    <>
      <Link to={to} className={className} lang={lang}>
        {title}
      </Link>
      {lang && (
        <>
          {' '}
          <UntranslatedMark locale={lang} />
        </>
      )}
    </>
  );
}

import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Props} from '@theme/UntranslatedMark';

import './styles.module.css';

/** A language's name in the reader's language (`anglais`, `английский`), else its code. */
function languageName(locale: string, reader: string): string {
  try {
    return new Intl.DisplayNames([reader], {type: 'language'}).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** "not translated (English)": an item a translated page shows in its source language. */
export default function UntranslatedMark({locale, className}: Props): ReactNode {
  const {i18n} = useDocusaurusContext();
  const source = locale ?? i18n.defaultLocale;
  const language = languageName(source, i18n.currentLocale);
  return (
    <span className={clsx('kb-untranslated-mark', className)}>
      {translate(
        {
          id: 'theme.kb.untranslatedMark.label',
          message: 'not translated ({language})',
          description:
            'Beside an item that a translated page, list or dashboard shows in its source language; {language} is that language',
        },
        {language},
      )}
    </span>
  );
}

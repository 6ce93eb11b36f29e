import React, {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import type {KbIntl} from '@theme/useKbIntl';
import {orientationOf, type FooterText, type Orientation} from './pageRule.js';

import styles from './styles.module.css';

/** The orientation of the printed report: from `?orientation=` after hydration, then the reader's choice. */
export function useOrientation(): [Orientation, (next: Orientation) => void] {
  const [orientation, setOrientation] = useState<Orientation>('portrait');
  useEffect(() => setOrientation(orientationOf(window.location.search)), []);
  return [orientation, setOrientation];
}

/** The footer of every printed page, in the reader's language. */
export function footerText(asOf: string, intl: KbIntl): FooterText {
  return {
    page: translate({id: 'theme.kb.indexes.report.footerPage', message: 'Page'}),
    of: translate({id: 'theme.kb.indexes.report.footerOf', message: 'of'}),
    asOf: translate(
      {id: 'theme.kb.indexes.report.footerAsOf', message: 'Status as at {date}'},
      {date: intl.longDate(asOf)},
    ),
  };
}

/** Back to the page, the sheet's orientation and Print: shown on screen, never printed. */
export default function Toolbar(props: {
  back: string;
  orientation: Orientation;
  onOrientation: (next: Orientation) => void;
}): ReactNode {
  const landscape = props.orientation === 'landscape';
  return (
    <div className={`kb-toolbar ${styles.toolbar}`}>
      <Link to={props.back}>
        <Translate id="theme.kb.indexes.report.back">Back to the page</Translate>
      </Link>
      <div className={styles.actions}>
        <label className={styles.orientation}>
          <input
            type="checkbox"
            checked={landscape}
            data-kb-report-landscape=""
            onChange={(event) =>
              props.onOrientation(event.target.checked ? 'landscape' : 'portrait')
            }
          />
          <Translate id="theme.kb.indexes.report.landscape">Print in landscape</Translate>
        </label>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => window.print()}>
          <Translate id="theme.kb.indexes.report.print">Print</Translate>
        </button>
      </div>
    </div>
  );
}

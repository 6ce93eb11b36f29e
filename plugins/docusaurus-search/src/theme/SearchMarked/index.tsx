import React, {type ReactNode} from 'react';
import type {Props} from '@theme/SearchMarked';
import {markedParts} from '../../client/marked.js';

/** Text with the searched words in `<mark>`, built as React elements: the content is never parsed as HTML. */
export default function SearchMarked({value}: Props): ReactNode {
  return (
    <>
      {markedParts(value).map((part, index) =>
        part.marked ? (
          <mark key={index}>{part.text}</mark>
        ) : (
          <React.Fragment key={index}>{part.text}</React.Fragment>
        ),
      )}
    </>
  );
}

import {scanOpening, type ParsedPage, type StatusItem} from '@kmportal/model';
import type {VFileMessage} from 'vfile-message';
import {everyItem} from '../edit/item-walk.js';
import {attributeSpans} from '../edit/opening-edit.js';
import {lineText, sourceLines} from '../edit/source-lines.js';
import type {ColumnKey} from './columns.js';
import {columnOfAttribute, type RowEdit} from './plan.js';
import {cellRef} from './table.js';

function attributeAt(line: string, column: number): string | undefined {
  const scan = scanOpening(line);
  if (!scan) return undefined;
  return attributeSpans(line, scan).find(
    (span) => column - 1 >= span.start && column - 1 <= span.end,
  )?.key;
}

function innermost(items: StatusItem[], line: number): StatusItem | undefined {
  const around = items.filter((i) => i.position.start.line <= line && i.position.end.line >= line);
  return around.sort(
    (a, b) =>
      a.position.end.line - a.position.start.line - (b.position.end.line - b.position.start.line),
  )[0];
}

/**
 * The cell an error of the edited page comes from: the edited attribute's cell when the error stands
 * on an item's opening line, else the row of the item around it (its note, or its id).
 */
export function cellOfMessage(
  file: string,
  message: VFileMessage,
  edits: readonly RowEdit[],
  after: ParsedPage,
  text: string,
): string | undefined {
  const line = message.line ?? 1;
  const items = everyItem(after.items);
  const item = items.find((i) => i.position.start.line === line) ?? innermost(items, line);
  const edit = item && edits.find((e) => e.item.id === item.id);
  if (!item || !edit) return undefined;
  let key: ColumnKey = edit.note ? 'newNote' : 'id';
  if (item.position.start.line === line) {
    const attribute = attributeAt(lineText(sourceLines(text), line), message.column ?? 1);
    const column = attribute ? columnOfAttribute(attribute) : undefined;
    if (column && edit.attributes.has(column.attribute!)) key = column.key;
    else if (attribute === undefined) key = 'id';
  }
  return cellRef(file, edit.table, edit.row.row, key);
}

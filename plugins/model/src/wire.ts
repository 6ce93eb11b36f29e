import {VFileMessage} from 'vfile-message';
import type {ParsedPage} from './types.js';

/** A `VFileMessage` as plain data, so it survives the structured clone between threads. */
export type WireMessage = Record<string, unknown> & {reason: string};

/** The fields of a message worth carrying (everything `report` and vfile set). */
const FIELDS = [
  'reason',
  'message',
  'file',
  'line',
  'column',
  'place',
  'ruleId',
  'source',
  'url',
  'fatal',
  'actual',
  'expected',
  'note',
  'name',
] as const;

/** Plain data of a message. */
export function toWire(message: VFileMessage): WireMessage {
  const wire: WireMessage = {reason: String(message.reason)};
  for (const field of FIELDS) {
    const value = (message as unknown as Record<string, unknown>)[field];
    if (value !== undefined) (wire as Record<string, unknown>)[field] = value;
  }
  return wire;
}

/** The `VFileMessage` again, with the same fields. */
export function fromWire(wire: WireMessage): VFileMessage {
  const message = new VFileMessage(wire.reason);
  Object.assign(message, wire);
  return message;
}

/** A parsed page whose messages are plain data. */
export type WirePage = Omit<ParsedPage, 'messages'> & {messages: WireMessage[]};

export function pageToWire(page: ParsedPage): WirePage {
  return {...page, messages: page.messages.map(toWire)};
}

export function pageFromWire(page: WirePage): ParsedPage {
  return {...page, messages: page.messages.map(fromWire)};
}

/** One parsed batch as a worker posts it: its index in the queue and its pages. */
export interface WireBatch {
  index: number;
  pages: WirePage[];
}

import {RESPONSES, type ModelConfig} from '@kmportal/model';
import type {ListName} from './columns.js';

/** The values each dropdown offers, from the site's vocabulary and registries; empty when a registry is missing. */
export function registryLists(config: ModelConfig): Record<ListName, string[]> {
  return {
    status: config.statuses.map((s) => s.value),
    response: [...RESPONSES.keys()],
    unit: config.units ? [...config.units.keys()] : [],
    nexus: config.nexus ? [...config.nexus.keys()] : [],
  };
}

/** Name of the hidden sheet that holds the dropdown lists. */
export const LIST_SHEET = 'lists';
/** Name of the hidden sheet that records what was exported (sheet, id, digest), to find deleted rows. */
export const EXPORT_SHEET = 'exported';
/** Text of the export sheet's first cell: tells a tracker from another workbook. */
export const EXPORT_MARK = 'kmportal tracker v1';

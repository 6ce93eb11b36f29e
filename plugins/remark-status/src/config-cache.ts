import {statSync} from 'node:fs';
import {loadModelConfig, normalizeModelOptions, type ModelConfig} from '@kmportal/model';
import {pageFolder, type FolderOptions} from './docs-folder.js';

function stamp(path: string): string {
  try {
    return String(statSync(path).mtimeMs);
  } catch {
    return 'absent';
  }
}

interface Entry {
  key: string;
  config: ModelConfig;
}

/**
 * The model configuration of the page's docs version (its registries), read again only when a
 * registry file changes (dev server edits).
 */
export function createConfigSource(options: FolderOptions): (currentPath?: string) => ModelConfig {
  const entries = new Map<string, Entry>();
  return (currentPath) => {
    const {docsDir} = pageFolder(options, currentPath);
    const normalized = normalizeModelOptions({...options, docsDir});
    const key = [normalized.unitsFile, normalized.nexusFile].map(stamp).join('|');
    const entry = entries.get(docsDir);
    if (entry?.key === key) return entry.config;
    const config = loadModelConfig(normalized).config;
    entries.set(docsDir, {key, config});
    return config;
  };
}

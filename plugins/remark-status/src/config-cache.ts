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
 * The model configuration of the page's docs version (its registries, in the build's locale), read again
 * only when a registry file changes (dev server edits).
 */
export function createConfigSource(options: FolderOptions): (currentPath?: string) => ModelConfig {
  const entries = new Map<string, Entry>();
  return (currentPath) => {
    const {docsDir, version} = pageFolder(options, currentPath);
    const i18n = version?.i18n;
    const locales = i18n && {
      locale: i18n.locale,
      defaultLocale: i18n.defaultLocale,
      locales: i18n.locales,
    };
    const normalized = normalizeModelOptions({...options, ...locales, docsDir});
    const files = [normalized.unitsFile, normalized.nexusFile].map(stamp);
    const key = [...files, normalized.locale].join('|');
    const entry = entries.get(docsDir);
    if (entry?.key === key) return entry.config;
    const config = loadModelConfig(normalized).config;
    entries.set(docsDir, {key, config});
    return config;
  };
}

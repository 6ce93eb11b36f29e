import {statSync} from 'node:fs';
import {
  loadModelConfig,
  normalizeModelOptions,
  type ModelConfig,
  type ModelOptions,
} from '@kmportal/model';

function stamp(path: string): string {
  try {
    return String(statSync(path).mtimeMs);
  } catch {
    return 'absent';
  }
}

/** The model configuration, read again only when a registry file changes (dev server edits). */
export function createConfigSource(options: ModelOptions): () => ModelConfig {
  const normalized = normalizeModelOptions(options);
  const files = [normalized.unitsFile, normalized.nexusFile];
  let key = '';
  let config: ModelConfig | undefined;
  return () => {
    const current = files.map(stamp).join('|');
    if (!config || current !== key) {
      config = loadModelConfig(normalized).config;
      key = current;
    }
    return config;
  };
}

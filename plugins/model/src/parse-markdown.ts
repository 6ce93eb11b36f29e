import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {VFile} from 'vfile';
import {cutPlainBlocks, restorePlainBlocks} from './plain-blocks.js';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective)
  .freeze();

/** micromark's own tree of `file`, every character read (`parseMarkdown` gives the same tree). */
export function parseMarkdownFully(file: VFile): Root {
  return processor.parse(file);
}

/**
 * Parses Markdown into an mdast tree with front matter and directives, as Docusaurus reads them. Plain
 * prose paragraphs are not read character by character (`plain-blocks.ts`); the tree is micromark's.
 */
export function parseMarkdown(file: VFile): Root {
  const value = String(file.value);
  const cut = cutPlainBlocks(value);
  if (!cut) return processor.parse(file);
  return restorePlainBlocks(processor.parse(cut.text), value, cut) ?? processor.parse(file);
}

import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import type {VFile} from 'vfile';

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkDirective)
  .freeze();

/** Parses Markdown into an mdast tree with front matter and directives, as Docusaurus reads them. */
export function parseMarkdown(file: VFile): Root {
  return processor.parse(file);
}

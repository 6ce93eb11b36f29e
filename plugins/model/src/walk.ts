// The page checks' tree walks. `unist-util-visit`'s generic tests and the parent list it copies for
// every node were half of a page's checks (profiled on a 1,000-line page, re-checked per keystroke by
// the language server); these walks call back in the same order (a node, then its children) and nothing
// else.
import type {Nodes, Parents, Root} from 'mdast';

/** Calls `visitor` for every node of `tree` in document order, with its ancestors (root first). */
export function walkTree(
  tree: Root,
  visitor: (node: Nodes, ancestors: readonly Parents[]) => void,
): void {
  // A stack, not recursion: a tree deeper than the call stack (thousands of nested containers) is fine.
  const ancestors: Parents[] = [];
  const nodes: Nodes[] = [tree];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    ancestors.length = depth;
    visitor(node, ancestors);
    if (!('children' in node)) continue;
    ancestors.push(node);
    for (let index = node.children.length - 1; index >= 0; index--) {
      nodes.push(node.children[index]!);
      depths.push(depth + 1);
    }
  }
}

/** Calls `visitor` for every node of `type` in `tree`, in document order. */
export function walkType<Type extends Nodes['type']>(
  tree: Root,
  type: Type,
  visitor: (node: Extract<Nodes, {type: Type}>) => void,
): void {
  walkTree(tree, (node) => {
    if (node.type === type) visitor(node as Extract<Nodes, {type: Type}>);
  });
}

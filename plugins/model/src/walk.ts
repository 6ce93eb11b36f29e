// The page checks' tree walks. `unist-util-visit`'s generic tests and the parent list it copies for
// every node were half of a page's checks (profiled on a 1,000-line page, re-checked per keystroke by
// the language server); these walks call back in the same order (a node, then its children) and nothing
// else.
import type {Nodes, Parents, Root} from 'mdast';

/** Marks, on the walk's stack, where a parent's children end. */
const LEAVE = Symbol('leave');

/** Calls `visitor` for every node of `tree` in document order, with its ancestors (root first). */
export function walkTree(
  tree: Root,
  visitor: (node: Nodes, ancestors: readonly Parents[]) => void,
): void {
  // A stack, not recursion: a tree deeper than the call stack (thousands of nested containers) is fine.
  const ancestors: Parents[] = [];
  const stack: (Nodes | typeof LEAVE)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === LEAVE) {
      ancestors.pop();
      continue;
    }
    visitor(node, ancestors);
    if (!('children' in node) || node.children.length === 0) continue;
    ancestors.push(node);
    stack.push(LEAVE);
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push(node.children[index]!);
  }
}

/** Calls `visitor` for every node of `type` in `tree`, in document order. */
export function walkType<Type extends Nodes['type']>(
  tree: Root,
  type: Type,
  visitor: (node: Extract<Nodes, {type: Type}>) => void,
): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === type) visitor(node as Extract<Nodes, {type: Type}>);
    if (!('children' in node)) continue;
    for (let index = node.children.length - 1; index >= 0; index--)
      stack.push(node.children[index]!);
  }
}

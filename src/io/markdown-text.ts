/**
 * The words of a Markdown (mdast) node as a reader sees them: link text without its address,
 * images by their alt text, line breaks as spaces, table cells joined with " | ", and no raw
 * HTML or front matter. Shared by the readers of prose frameworks and onboarding checklists.
 */
import type { Nodes } from 'mdast';

/** `dropStruck`: leave out struck-through words (a checklist's crossed-out text is not meant). */
export function markdownText(node: Nodes, options: { dropStruck?: boolean } = {}): string {
  const inner = (children: readonly Nodes[], join: string) => children.map((c) => markdownText(c, options)).join(join);
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    case 'html':
    case 'yaml':
      return '';
    case 'delete':
      return options.dropStruck ? '' : inner(node.children, '');
    case 'paragraph':
    case 'heading':
    case 'emphasis':
    case 'strong':
    case 'link':
    case 'linkReference':
    case 'tableCell':
      return inner(node.children, '');
    case 'tableRow':
      return inner(node.children, ' | ');
    default:
      return 'children' in node ? inner(node.children as Nodes[], '\n') : '';
  }
}

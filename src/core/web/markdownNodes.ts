// The few DOM members turndown reads and writes (its browser build, given a node rather than a
// string: nodeName, nodeType, data, the sibling and parent links, childNodes, children,
// lastElementChild, getAttribute,
// getElementsByTagName, textContent, removeChild, cloneNode), over a copy of a light tree
// (lightDom.ts). turndown collapses white space by editing text nodes and removing empty ones, so
// it works on this copy, never on the extractor's tree.

import type { LightElement } from './lightDom';

export class MarkdownNode {
  parentNode: MarkdownNode | null = null;
  childNodes: MarkdownNode[] = [];
  constructor(
    readonly nodeType: 1 | 3,
    /** Upper-case tag name, or "#text". */
    readonly nodeName: string,
    public data: string,
    private readonly attributes: Record<string, string>,
  ) {}

  get nodeValue(): string | null {
    return this.nodeType === 3 ? this.data : null;
  }

  get textContent(): string {
    if (this.nodeType === 3) return this.data;
    let text = '';
    for (const child of this.childNodes) text += child.textContent;
    return text;
  }

  get children(): MarkdownNode[] {
    return this.childNodes.filter((child) => child.nodeType === 1);
  }

  get lastElementChild(): MarkdownNode | null {
    for (let i = this.childNodes.length - 1; i >= 0; i--) if (this.childNodes[i].nodeType === 1) return this.childNodes[i];
    return null;
  }

  get firstChild(): MarkdownNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): MarkdownNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  get nextSibling(): MarkdownNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  get previousSibling(): MarkdownNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    const at = siblings.indexOf(this);
    return at > 0 ? siblings[at - 1] : null;
  }

  getAttribute(name: string): string | null {
    return Object.prototype.hasOwnProperty.call(this.attributes, name.toLowerCase()) ? this.attributes[name.toLowerCase()] : null;
  }

  /** Descendants with the tag (any case), in document order. */
  getElementsByTagName(name: string): MarkdownNode[] {
    const wanted = name.toUpperCase();
    const out: MarkdownNode[] = [];
    const walk = (node: MarkdownNode): void => {
      for (const child of node.childNodes) {
        if (child.nodeType !== 1) continue;
        if (wanted === '*' || child.nodeName === wanted) out.push(child);
        walk(child);
      }
    };
    walk(this);
    return out;
  }

  removeChild(child: MarkdownNode): MarkdownNode {
    const at = this.childNodes.indexOf(child);
    if (at >= 0) this.childNodes.splice(at, 1);
    child.parentNode = null;
    return child;
  }

  cloneNode(deep = false): MarkdownNode {
    const copy = new MarkdownNode(this.nodeType, this.nodeName, this.data, this.attributes);
    if (deep) {
      for (const child of this.childNodes) {
        const node = child.cloneNode(true);
        node.parentNode = copy;
        copy.childNodes.push(node);
      }
    }
    return copy;
  }
}

/** A light element and its subtree as turndown's input (an element: nodeType 1). */
export function markdownRoot(element: LightElement): MarkdownNode {
  const node = new MarkdownNode(1, element.tag.toUpperCase(), '', element.attrs);
  for (const child of element.children) {
    const copy = child.kind === 1 ? markdownRoot(child) : new MarkdownNode(3, '#text', child.text, {});
    copy.parentNode = node;
    node.childNodes.push(copy);
  }
  return node;
}

// Just enough of the DOM to run the webview script (media/timeline/) in Node: element trees, text nodes, events that
// bubble, focus, and the few properties the script uses. No HTML parser on purpose: the script must
// never need one (it builds everything with createElement / textContent), and any attempt to use
// innerHTML or similar sinks throws here.

export class FakeNode {
  parentElement: FakeElement | null = null;
  constructor(readonly ownerDocument: FakeDocument) {}
  get textContent(): string {
    return '';
  }
}

export class FakeText extends FakeNode {
  constructor(ownerDocument: FakeDocument, public data: string) {
    super(ownerDocument);
  }
  override get textContent(): string {
    return this.data;
  }
}

type Listener = (event: FakeEvent) => void;

export class FakeEvent {
  defaultPrevented = false;
  propagationStopped = false;
  target: FakeElement | null = null;
  constructor(
    readonly type: string,
    init: { key?: string; data?: unknown } = {},
  ) {
    this.key = init.key;
    this.data = init.data;
  }
  readonly key: string | undefined;
  readonly data: unknown;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
  stopPropagation(): void {
    this.propagationStopped = true;
  }
}

class ClassList {
  constructor(private readonly element: FakeElement) {}
  private get names(): string[] {
    return this.element.className.split(/\s+/).filter(Boolean);
  }
  contains(name: string): boolean {
    return this.names.includes(name);
  }
  add(name: string): void {
    if (!this.contains(name)) this.element.className = [...this.names, name].join(' ');
  }
  remove(name: string): void {
    this.element.className = this.names.filter((other) => other !== name).join(' ');
  }
}

const FORBIDDEN_SINKS = ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc', 'onclick', 'onerror', 'onload'];

export class FakeElement extends FakeNode {
  readonly tagName: string;
  className = '';
  readonly classList = new ClassList(this);
  readonly dataset: Record<string, string> = {};
  readonly attributes = new Map<string, string>();
  readonly style: Record<string, string> = {};
  readonly children: FakeNode[] = [];
  private readonly listeners = new Map<string, Listener[]>();
  title = '';
  type = '';
  tabIndex = 0;
  hidden = false;
  value = '';
  offsetHeight = 40;
  offsetWidth = 100;

  constructor(ownerDocument: FakeDocument, tag: string) {
    super(ownerDocument);
    this.tagName = tag.toUpperCase();
  }

  override get textContent(): string {
    return this.children.map((child) => child.textContent).join('');
  }

  override set textContent(text: string) {
    this.replaceChildren(new FakeText(this.ownerDocument, text));
  }

  append(...nodes: (FakeNode | string)[]): void {
    for (const node of nodes) {
      const child = typeof node === 'string' ? new FakeText(this.ownerDocument, node) : node;
      if (child instanceof FakeFragment) {
        const moved = [...child.children];
        child.children.length = 0;
        this.append(...moved);
        continue;
      }
      child.parentElement?.removeChild(child);
      child.parentElement = this;
      this.children.push(child);
    }
  }

  removeChild(child: FakeNode): void {
    const index = this.children.indexOf(child);
    if (index >= 0) this.children.splice(index, 1);
    child.parentElement = null;
  }

  replaceChildren(...nodes: (FakeNode | string)[]): void {
    for (const child of [...this.children]) this.removeChild(child);
    this.append(...nodes);
  }

  setAttribute(name: string, value: string): void {
    if (/^on/i.test(name) || name === 'style' || name === 'srcdoc') throw new Error(`the webview script set the ${name} attribute`);
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Dispatches to this element and its ancestors (all these events bubble in a browser). */
  dispatch(event: FakeEvent): FakeEvent {
    event.target = this;
    this.fire(event);
    for (let node = this.parentElement; node && !event.propagationStopped; node = node.parentElement) node.fire(event);
    return event;
  }

  private fire(event: FakeEvent): void {
    for (const listener of this.listeners.get(event.type) ?? []) listener(event);
  }

  click(): void {
    this.dispatch(new FakeEvent('click'));
  }

  focus(): void {
    this.ownerDocument.activeElement = this;
    this.dispatch(new FakeEvent('focusin'));
  }

  scrollIntoView(): void {}

  contains(node: unknown): boolean {
    for (let current = node as FakeNode | null; current; current = current.parentElement) if (current === this) return true;
    return false;
  }

  /** Descendant elements in document order. */
  descendants(): FakeElement[] {
    const result: FakeElement[] = [];
    const walk = (element: FakeElement) => {
      for (const child of element.children) {
        if (child instanceof FakeElement) {
          result.push(child);
          walk(child);
        }
      }
    };
    walk(this);
    return result;
  }

  /** Supports the selectors the script uses: "tag", ".class", "tag.class". */
  querySelectorAll(selector: string): FakeElement[] {
    const [tag, ...classes] = selector.split('.');
    return this.descendants().filter(
      (element) => (!tag || element.tagName === tag.toUpperCase()) && classes.every((name) => element.classList.contains(name)),
    );
  }

  querySelector(selector: string): FakeElement | null {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

// Writing any HTML sink is a test failure, not a silent no-op.
for (const sink of FORBIDDEN_SINKS) {
  Object.defineProperty(FakeElement.prototype, sink, {
    set() {
      throw new Error(`the webview script wrote ${sink}`);
    },
    get: () => undefined,
  });
}

export class FakeFragment extends FakeElement {}

export class FakeDocument {
  activeElement: FakeElement | null = null;
  readonly documentElement: FakeElement;
  readonly body: FakeElement;
  readonly created: string[] = [];
  private readonly byId = new Map<string, FakeElement>();

  constructor() {
    this.documentElement = new FakeElement(this, 'html');
    this.body = new FakeElement(this, 'body');
    this.documentElement.append(this.body);
    // The static shell of src/extension/timelineWebview.ts.
    const toolbar = this.shellElement('header', undefined, 'toolbar');
    this.shellElement('h1', 'title', 'title', toolbar);
    this.shellElement('button', 'export', 'icon-button', toolbar);
    this.shellElement('p', 'summary', 'summary', toolbar);
    const form = this.shellElement('form', 'filters', 'filters', toolbar);
    this.shellElement('input', 'filter-text', '', form);
    for (const id of ['filter-kind', 'filter-speaker', 'filter-status']) this.shellElement('select', id, '', form);
    this.shellElement('button', 'filter-clear', 'icon-button', form);
    this.shellElement('main', 'timeline', 'timeline');
    this.created.length = 0;
  }

  private shellElement(tag: string, id: string | undefined, className: string, parent: FakeElement = this.body): FakeElement {
    const element = this.createElement(tag);
    element.className = className;
    if (id) this.byId.set(id, element);
    parent.append(element);
    return element;
  }

  createElement(tag: string): FakeElement {
    this.created.push(tag.toLowerCase());
    return new FakeElement(this, tag);
  }

  createTextNode(text: string): FakeText {
    return new FakeText(this, text);
  }

  createDocumentFragment(): FakeFragment {
    return new FakeFragment(this, '#fragment');
  }

  getElementById(id: string): FakeElement | null {
    return this.byId.get(id) ?? null;
  }

  querySelector(selector: string): FakeElement | null {
    return this.documentElement.querySelector(selector);
  }
}

export class FakeWindow {
  readonly HTMLElement = FakeElement;
  scrollY = 0;
  private readonly listeners = new Map<string, ((event: FakeEvent) => void)[]>();
  addEventListener(type: string, listener: (event: FakeEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  postFromExtension(data: unknown): void {
    for (const listener of this.listeners.get('message') ?? []) listener(new FakeEvent('message', { data }));
  }
  scrollTo(_x: number, y: number): void {
    this.scrollY = y;
  }
  setTimeout(callback: () => void): number {
    callback();
    return 0;
  }
  clearTimeout(): void {}
}

export interface PostedMessage {
  type: string;
  ids?: string[];
  [key: string]: unknown;
}

export class FakeVsCodeApi {
  readonly posted: PostedMessage[] = [];
  state: unknown;
  constructor(initialState?: unknown) {
    this.state = initialState;
  }
  postMessage(message: { type: string }): void {
    // The real API structured-clones: catch anything that would not survive it.
    this.posted.push(JSON.parse(JSON.stringify(message)));
  }
  getState(): unknown {
    return this.state;
  }
  setState(state: unknown): void {
    this.state = JSON.parse(JSON.stringify(state));
  }
  last(type: string): PostedMessage | undefined {
    return [...this.posted].reverse().find((message) => message.type === type);
  }
}

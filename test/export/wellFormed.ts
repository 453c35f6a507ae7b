/**
 * A small XML well-formedness check, enough for the SVG we write: one root, tags nested and
 * closed, attributes quoted and unique, only the five named entities or numeric ones, no raw
 * `<` or `&` in text. Returns the problems and the elements found, for content assertions.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** Text directly inside, entities decoded. */
  text: string;
  children: XmlElement[];
  parent: XmlElement | null;
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

function checkText(text: string, where: string, problems: string[]): void {
  if (text.includes('<')) problems.push(`raw "<" in ${where}`);
  if (text.replace(ENTITY, '').includes('&')) problems.push(`bare "&" in ${where}`);
}

export function parseXml(source: string): { problems: string[]; root: XmlElement | null } {
  const problems: string[] = [];
  let text = source.replace(/^<\?xml[^?]*\?>\s*/, '');
  text = text.replace(/<!--[\s\S]*?-->/g, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const tag = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
  let at = 0;
  while (at < text.length) {
    const next = text.indexOf('<', at);
    const chunk = next < 0 ? text.slice(at) : text.slice(at, next);
    if (chunk.trim()) {
      checkText(chunk, `text near "${chunk.slice(0, 30)}"`, problems);
      const top = stack[stack.length - 1];
      if (top) top.text += decode(chunk);
      else problems.push(`text outside the root: "${chunk.slice(0, 30)}"`);
    }
    if (next < 0) break;
    tag.lastIndex = next;
    const m = tag.exec(text);
    if (!m) {
      problems.push(`malformed tag at ${next}: "${text.slice(next, next + 40)}"`);
      break;
    }
    const [whole, closing, name, attrText, selfClosing] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ];
    at = next + whole.length;
    if (!NAME.test(name)) problems.push(`bad element name "${name}"`);
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) problems.push(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const value = a[2] ?? a[3] ?? '';
      if (a[1]! in attrs) problems.push(`duplicate attribute ${a[1]} on <${name}>`);
      checkText(value, `attribute ${a[1]} of <${name}>`, problems);
      attrs[a[1]!] = decode(value);
    }
    const parent = stack[stack.length - 1] ?? null;
    const element: XmlElement = { name, attrs, text: '', children: [], parent };
    if (parent) parent.children.push(element);
    else if (root) problems.push(`second root element <${name}>`);
    else root = element;
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.map((e) => e.name).join(' > ')}`);
  return { problems, root };
}

export function findAll(root: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (test(e)) found.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return found;
}

/** All text inside an element, its children included. */
export function textOf(e: XmlElement): string {
  return e.text + e.children.map(textOf).join('');
}

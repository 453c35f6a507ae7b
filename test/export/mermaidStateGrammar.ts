/**
 * @mermaid-js/parser 1.2 has no grammar for state diagrams (it parses info, packet, pie,
 * architecture, gitGraph, radar, treemap and a few more), and the full mermaid package is not
 * installed. This checker transcribes the rules of mermaid's own state grammar
 * (packages/mermaid/src/diagrams/state/parser/stateDiagram.jison) for the statements the
 * exporter writes, and rejects anything else, so a diagram that passes uses only constructs
 * whose syntax it has checked.
 *
 *   ID          [^:\n\s\-\{]+          (no dashes, colons, spaces or braces)
 *   description ":"[^:\n;]+            (no further colons or semicolons)
 *   state "descr" as ID | state ID { … } | "--" only inside { … } | A --> B [: descr]
 */

const ID = /^[^:\s\-{}]+$/;
const DESCR = /^[^:\n;]+$/;
const RESERVED = /^(default|state|note|class|classdef|scale|end)$/i;

export interface MermaidCheck {
  ok: boolean;
  problems: string[];
  states: Set<string>;
  /** `from --> to : label`, in order. */
  transitions: { from: string; to: string; label: string }[];
}

export function checkStateDiagram(text: string): MermaidCheck {
  const problems: string[] = [];
  const states = new Set<string>();
  const transitions: MermaidCheck['transitions'] = [];
  const referenced: { id: string; line: number }[] = [];
  // Per open composite state: the kind of the previous statement, to place `--` correctly.
  const structs: { id: string; last: 'start' | 'state' | 'composite' | 'divider' | 'other' }[] = [];
  const lines = text.split('\n');
  const idOk = (id: string, n: number) => {
    if (!ID.test(id) || RESERVED.test(id)) problems.push(`line ${n}: bad state id "${id}"`);
  };
  let header = false;

  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    if (line === '' || line.startsWith('%%')) return;
    if (/direction\s+(TB|BT|RL|LR)/i.test(line)) problems.push(`line ${n}: reads as a direction statement`);
    if (!header) {
      if (line !== 'stateDiagram-v2') problems.push(`line ${n}: expected stateDiagram-v2`);
      header = true;
      return;
    }
    const top = structs[structs.length - 1];
    const mark = (kind: NonNullable<typeof top>['last']) => {
      if (top) top.last = kind;
    };
    let m: RegExpExecArray | null;
    if ((m = /^state "([^"]*)" as (.*)$/.exec(line))) {
      idOk(m[2]!, n);
      states.add(m[2]!);
      mark('state');
    } else if ((m = /^state (\S+) \{$/.exec(line))) {
      idOk(m[1]!, n);
      states.add(m[1]!);
      mark('composite');
      structs.push({ id: m[1]!, last: 'start' });
    } else if (line === '}') {
      const closed = structs.pop();
      if (!closed) problems.push(`line ${n}: "}" without an open state`);
      else if (closed.last === 'divider') problems.push(`line ${n}: "--" at the end of ${closed.id}`);
      const parent = structs[structs.length - 1];
      if (parent) parent.last = 'composite';
    } else if (line === '--') {
      if (!top) problems.push(`line ${n}: "--" outside a composite state`);
      else if (top.last !== 'composite') problems.push(`line ${n}: "--" must follow a region`);
      mark('divider');
    } else if ((m = /^(\S+) --> (\S+)(?: : (.*))?$/.exec(line))) {
      const [, from, to, label] = m as unknown as [string, string, string, string | undefined];
      for (const id of [from, to])
        if (id !== '[*]') {
          idOk(id, n);
          referenced.push({ id, line: n });
        }
      if (label !== undefined && !DESCR.test(label)) problems.push(`line ${n}: bad label "${label}"`);
      transitions.push({ from, to, label: label ?? '' });
      mark('other');
    } else problems.push(`line ${n}: not a statement the checker knows: "${line}"`);
  });
  if (structs.length > 0) problems.push(`unclosed state ${structs.map((s) => s.id).join(', ')}`);
  // Mermaid would silently create a state for a typo; here it means the exporter lost one.
  for (const { id, line } of referenced)
    if (!states.has(id)) problems.push(`line ${line}: "${id}" is never declared`);
  return { ok: problems.length === 0, problems, states, transitions };
}

import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { describe, expect, it } from 'vitest';
import { guardName, machineDiagram, machineEvents, mermaidDocument } from '../../src/export/mermaid.js';
import { hotlineMachine } from '../../src/channels/hotline/machine.js';
import { liaisonOfficeMachine } from '../../src/channels/liaison-office/machine.js';
import { simulationMachine } from '../../src/machines/simulationMachine.js';
import { kindOf } from '../../src/channels/registry.js';
import { march2019 } from '../support/scenarios.js';
import { checkStateDiagram } from './mermaidStateGrammar.js';

const machines: [string, AnyStateMachine][] = [
  ['hotline', hotlineMachine],
  ['liaison-office', liaisonOfficeMachine],
  ['simulation', simulationMachine],
];

/** Transitions in the machine tree, counting one per target, boot states excluded. */
function countTransitions(node: AnyStateNode): number {
  let total = 0;
  for (const list of node.transitions.values())
    for (const t of list) total += Math.max(1, t.target?.length ?? 0);
  for (const child of Object.values(node.states) as AnyStateNode[]) total += countTransitions(child);
  return total;
}

describe('mermaid state diagrams', () => {
  it.each(machines)('writes a diagram of the %s machine that the state grammar accepts', (_, machine) => {
    const check = checkStateDiagram(machineDiagram(machine));
    expect(check.problems).toEqual([]);
  });

  it.each(machines)('shows every event of the %s machine and every transition once', (_, machine) => {
    const check = checkStateDiagram(machineDiagram(machine));
    const labelled = new Set(check.transitions.map((t) => t.label.split(' ')[0]));
    for (const type of machineEvents(machine)) expect(labelled).toContain(type);
    const arrows = check.transitions.filter((t) => t.from !== '[*]' && t.to !== '[*]');
    expect(arrows).toHaveLength(countTransitions(machine.root as AnyStateNode));
  });

  it('covers every event a scenario may use, for both channel kinds', () => {
    const hotline = machineDiagram(hotlineMachine);
    const office = machineDiagram(liaisonOfficeMachine);
    for (const type of Object.keys(kindOf('hotline').events))
      expect(hotline).toMatch(new RegExp(` : ${type}\\b`));
    for (const type of Object.keys(kindOf('liaison-office').events))
      expect(office).toMatch(new RegExp(` : ${type}\\b`));
  });

  it('separates concurrent regions and turns boot states into initial arrows', () => {
    const office = machineDiagram(liaisonOfficeMachine);
    const check = checkStateDiagram(office);
    expect(office.match(/^\s+--$/gm)).toHaveLength(2); // facility -- a -- b
    expect(office).not.toMatch(/\binit\b/);
    expect(check.transitions).toContainEqual({
      from: '[*]',
      to: 'facility_not_open',
      label: '[bootFacility(not-open)]',
    });
    expect(check.transitions).toContainEqual({
      from: 'a_withdrawn',
      to: 'a_partial',
      label: 'send-staff [fromEnd(a) and canSend and belowFull(a)]',
    });
    // The machine-wide consult stays on the machine and names each outcome.
    expect(check.transitions).toContainEqual({
      from: 'liaisonOffice',
      to: 'liaisonOffice',
      label: 'consult [aWithdrawn] / emitContact(one-sided)',
    });
  });

  it('names guards of every shape', () => {
    expect(guardName('noLine')).toBe('noLine');
    expect(guardName({ type: 'fromEnd', params: { end: 'b' } })).toBe('fromEnd(b)');
    const canSend = (liaisonOfficeMachine.implementations.guards as Record<string, unknown>).canSend;
    // An inline guard function has no name of its own.
    expect(guardName(canSend)).toBe('not in {"facility":"demolished"} and guard');
    const suspended = (liaisonOfficeMachine.implementations.guards as Record<string, unknown>).suspended;
    expect(guardName(suspended)).toBe('in {"facility":"suspended"}');
  });

  it('the checker rejects what mermaid would reject', () => {
    expect(checkStateDiagram('stateDiagram-v2\n  state "x" as not-ok\n').ok).toBe(false);
    expect(checkStateDiagram('stateDiagram-v2\n  state "x" as a\n  a --> a : one: two\n').ok).toBe(false);
    expect(checkStateDiagram('stateDiagram-v2\n  state "x" as a\n  --\n').ok).toBe(false);
    expect(checkStateDiagram('stateDiagram-v2\n  state "x" as a\n  a --> b\n').problems).toEqual([
      'line 3: "b" is never declared',
    ]);
  });

  it('writes a Markdown page with one diagram per channel kind the scenario uses, then the root', () => {
    const page = mermaidDocument(march2019());
    expect(page).toMatch(/^# State machines of Test: withdrawal$/m);
    expect(page).toContain('Used by: Joint Liaison Office.');
    expect(page).toContain('Used by: Liaison line, West Sea military line.');
    const blocks = [...page.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks).toHaveLength(3);
    for (const block of blocks) expect(checkStateDiagram(block).problems).toEqual([]);
    const hotlineOnly = mermaidDocument({ ...march2019(), channels: march2019().channels.slice(1) });
    expect(hotlineOnly).not.toContain('liaisonOffice');
  });

  it('speaks the export language around the diagrams, which stay the same', () => {
    const en = mermaidDocument(march2019());
    const ko = mermaidDocument(march2019(), 'ko');
    expect(ko).toMatch(/^# Test: withdrawal의 상태 기계$/m);
    expect(ko).toContain('## 연락사무소 (`liaisonOffice` 기계)');
    expect(ko).toContain('사용하는 채널: Liaison line, West Sea military line.');
    const prose = ko.replace(/```mermaid\n[\s\S]*?```/g, '');
    expect(prose).not.toMatch(/State machines|Used by|Generated from|Spawns one|machine\)/);
    const blocks = (page: string) => [...page.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks(ko)).toEqual(blocks(en));
  });
});

import { describe, expect, it } from 'vitest';
import { formatProblem, openScenario, openScenarioText } from '../../src/session/open.js';
import { kst } from '../support/scenarios.js';

const MINIMAL = `id: minimal
title: Minimal
start: 2019-03-21T09:00+09:00
parties:
  south: { name: South Korea, short: South }
  north: { name: North Korea }
channels:
  office: { kind: liaison-office, name: Office, staff: { south: 20, north: 10 } }
  line: { kind: hotline, name: Line, checks: { at: ['17:00', '09:00'], days: weekdays } }
events:
  - at: 2019-03-22T10:00+09:00
    side: north
    channel: [office, line]
    do: stop-answering
`;

function load(text: string) {
  const result = openScenarioText(text, 'test.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
  return result;
}

function problems(text: string): string[] {
  const result = openScenarioText(text, 'test.yaml');
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => formatProblem(p));
}

describe('openScenarioText', () => {
  it('fills in the defaults the format promises', () => {
    const { scenario } = load(
      MINIMAL.replace('do: stop-answering', 'do: break')
        .replace('[office, line]', 'line')
        .replace('side: north', 'side: nature'),
    );
    expect(scenario.zone.offsetAt(scenario.start)).toBe(540);
    expect(scenario.zone.label(scenario.start)).toBe('UTC+09:00');
    expect(scenario.start).toBe(kst('2019-03-21T09:00'));
    // 23:59 local on the day of the last event
    expect(scenario.end).toBe(kst('2019-03-22T23:59'));
    expect(scenario.sides).toEqual(['south', 'north']);
    expect(scenario.parties).toEqual([
      { id: 'south', name: 'South Korea', short: 'South' },
      { id: 'north', name: 'North Korea', short: 'North Korea' },
    ]);
    const [office, line] = scenario.channels;
    expect(office).toEqual({
      id: 'office',
      kind: 'liaison-office',
      name: 'Office',
      between: ['south', 'north'],
      checks: null,
      staff: { south: 20, north: 10 },
      initial: { facility: 'operating', staff: { south: 20, north: 10 } },
    });
    expect(line).toEqual({
      id: 'line',
      kind: 'hotline',
      class: 'other',
      name: 'Line',
      between: ['south', 'north'],
      checks: { times: [540, 1020], days: 'weekdays' },
      initial: { line: 'working', silent: [], calls: true },
    });
    expect(scenario.events[0]).toEqual({
      at: kst('2019-03-22T10:00'),
      side: 'nature',
      channels: ['line'],
      do: 'break',
      narrate: '',
      tag: 'historical',
      expect: [],
    });
  });

  it('refuses nature as the side of a per-side event', () => {
    expect(
      problems(MINIMAL.replace('side: north', 'side: nature').replace('[office, line]', 'line')),
    ).toEqual([
      `test.yaml:12:11: "stop-answering" is done by one side's own staff or phone, so "side" cannot be nature\n` +
        '  hint: name the party (or both)',
    ]);
  });

  it('turns a list of channels, expectations, tags and initial states into the typed scenario', () => {
    const text = MINIMAL.replace('events:', 'tag: counterfactual\nevents:')
      .replace('channels:\n', 'channels:\n  line2: { kind: hotline, name: Line 2, class: military }\n')
      .replace('[office, line]', '[line, line2]')
      .replace(
        "checks: { at: ['17:00', '09:00'], days: weekdays } }",
        "checks: { at: ['17:00', '09:00'], days: weekdays }, initial: { silent: [north], calls: off } }",
      )
      .replace('side: north', 'side: nature')
      .replace(
        'do: stop-answering',
        'do: degrade\n    tag: historical\n    expect: { line: closed, office: open }',
      );
    const { scenario, timeline } = load(text);
    expect(scenario.channels.find((c) => c.id === 'line')).toMatchObject({
      initial: { line: 'working', silent: ['north'], calls: false },
    });
    expect(scenario.events[0]).toMatchObject({
      channels: ['line', 'line2'],
      tag: 'historical',
      expect: [
        { channel: 'line', status: 'closed' },
        { channel: 'office', status: 'open' },
      ],
    });
    expect(timeline.frames.find((f) => f.event !== null)!.expectations.every((e) => e.ok)).toBe(true);
  });

  it('reports an event the channel cannot take in its state at its do: line', () => {
    const text = MINIMAL.replace('[office, line]', 'line').replace(
      'do: stop-answering',
      'do: resume-answering',
    );
    expect(problems(text)).toEqual([
      'test.yaml:14:9: at 22 Mar 2019 10:00, Line cannot resume-answering: North Korea is already answering',
    ]);
  });

  it('reports every problem at once, sorted by position', () => {
    const text = MINIMAL.replace('side: north', 'side: east').replace('[office, line]', '[ofice, line]');
    const found = problems(text);
    expect(found.map((p) => p.split(':').slice(1, 3).join(':'))).toEqual(['12:11', '13:15']);
    expect(found[1]).toContain('there is no channel "ofice"');
    expect(found[1]).toContain('did you mean "office"?');
  });

  it('does not run YAML tags or merge keys as code', () => {
    const text = MINIMAL.replace('title: Minimal', 'title: !!js/function "function(){}"');
    expect(problems(text)[0]).toContain('the YAML tag !!js/function is not allowed');
  });
});

describe('openScenario', () => {
  it('loads a fixture file and simulates it', () => {
    const result = openScenario('test/fixtures/valid/withdrawal.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toBe('test/fixtures/valid/withdrawal.yaml');
    expect(result.scenario.id).toBe('test-withdrawal');
    expect(result.timeline.refusals).toEqual([]);
  });
});

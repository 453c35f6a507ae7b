/**
 * The bundled scenario pack: every file loads cleanly, every expectation in it holds,
 * historical events cite their sources, and a few facts from the domain notes are
 * checked against the simulated timeline rather than against the files' own claims.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { reachSides } from '../../src/analysis/reachability.js';
import type { ChannelStatus } from '../../src/model/scenario.js';
import { formatProblem, openScenario } from '../../src/session/open.js';
import { parseIsoWithOffset } from '../../src/time/clock.js';
import type { Frame } from '../../src/timeline/frame.js';
import type { Timeline } from '../../src/timeline/timeline.js';

const folder = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

const at = (text: string): number => parseIsoWithOffset(text)!.at;

function load(name: string): Timeline {
  const result = openScenario(join(folder, name));
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p)).join('\n'));
  return result.timeline;
}

/** The last frame at or before `time`: how the board looks at that moment. */
function frameAt(timeline: Timeline, time: string): Frame {
  const t = at(time);
  let found: Frame | undefined;
  for (const frame of timeline.frames) if (frame.at <= t) found = frame;
  if (!found) throw new Error(`no frame at or before ${time}`);
  return found;
}

function statusAt(timeline: Timeline, time: string, channel: string): ChannelStatus {
  const view = frameAt(timeline, time).channels[channel];
  if (!view) throw new Error(`no channel ${channel}`);
  return view.status;
}

const cache = new Map<string, Timeline>();
const timelineOf = (name: string): Timeline => {
  if (!cache.has(name)) cache.set(name, load(name));
  return cache.get(name)!;
};

describe('the bundled scenario pack', () => {
  it('has the default scenario and at least two counterfactuals', () => {
    expect(files).toContain('march-2019-withdrawal.yaml');
    // A bundled scenario loads by its id as well as by its path.
    const byId = openScenario('march-2019-withdrawal');
    expect(byId.ok && byId.scenario.id).toBe('march-2019-withdrawal');
    const counterfactual = files.filter(
      (name) => parseDocument(readFileSync(join(folder, name), 'utf8')).get('tag') === 'counterfactual',
    );
    expect(counterfactual.length).toBeGreaterThanOrEqual(2);
    expect(counterfactual).toEqual(
      expect.arrayContaining(['counterfactual-north-never-returns.yaml', 'counterfactual-wildfire-last-line.yaml']),
    );
  });

  describe.each(files)('%s', (name) => {
    it('loads with no problems', () => {
      const result = openScenario(join(folder, name));
      if (!result.ok) expect.fail(result.problems.map((p) => formatProblem(p)).join('\n'));
      expect(result.ok).toBe(true);
    });

    it('passes every expectation it states', () => {
      const failed = timelineOf(name)
        .frames.flatMap((frame) => frame.expectations.map((e) => ({ ...e, frame: frame.index })))
        .filter((e) => !e.ok);
      expect(failed).toEqual([]);
      expect(timelineOf(name).frames.flatMap((f) => f.expectations).length).toBeGreaterThan(0);
    });

    it('has an id equal to its file name, a title, a summary, its zone and questions', () => {
      const { scenario } = timelineOf(name);
      expect(scenario.id).toBe(name.replace(/\.yaml$/, ''));
      expect(scenario.title.length).toBeGreaterThan(0);
      expect(scenario.summary?.trim().length ?? 0).toBeGreaterThan(0);
      // The inter-Korean pack runs on Korean time; the other pack on its parties' own.
      if (scenario.sides.includes('north') && scenario.sides.includes('south')) {
        expect(scenario.zone.label(scenario.start)).toBe('KST');
        expect(scenario.zone.offsetAt(scenario.start)).toBe(9 * 60);
      } else expect(scenario.zone.label(scenario.start).length).toBeGreaterThan(0);
      expect(scenario.questions.length).toBeGreaterThanOrEqual(2);
      for (const q of scenario.questions) expect(q.answer.trim().length).toBeGreaterThan(0);
    });

    it('puts every question at the moment of a frame, so the stepper shows it there', () => {
      // The player shows a question at the first frame at or after its time: a question
      // between frames would appear one step late, and one after the last frame not at all.
      const { scenario, frames } = timelineOf(name);
      const times = new Set(frames.map((f) => f.at));
      for (const q of scenario.questions) expect(times.has(q.at), q.ask).toBe(true);
    });

    it('starts with the schema comment for editors', () => {
      const first = readFileSync(join(folder, name), 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=./scenario.schema.json');
    });

    it('cites a source for every historical event and narrates every event', () => {
      const { scenario } = timelineOf(name);
      for (const event of scenario.events) {
        expect(event.narrate.trim(), `event at ${new Date(event.at).toISOString()}`).not.toBe('');
        if (event.tag === 'historical')
          expect(event.source?.trim() ?? '', `event at ${new Date(event.at).toISOString()}`).not.toBe('');
      }
    });

    it('cites its sources as students read them, without editors\' notes on how the file was made', () => {
      const { scenario } = timelineOf(name);
      for (const event of scenario.events)
        expect(event.source ?? '', `event at ${new Date(event.at).toISOString()}`).not.toMatch(
          /\b(seed|todo|fixme|tbd|draft|placeholder|check this|verify)\b/i,
        );
    });
  });
});

describe('facts checked against the timeline', () => {
  it('March 2019: the office closes on Friday while every line answers, and reopens degraded on Monday', () => {
    const t = timelineOf('march-2019-withdrawal.yaml');
    expect(statusAt(t, '2019-03-21T12:00+09:00', 'office')).toBe('open');
    expect(statusAt(t, '2019-03-22T12:00+09:00', 'office')).toBe('closed');
    for (const line of ['liaison', 'west-sea', 'east-sea', 'leaders'])
      expect(statusAt(t, '2019-03-22T12:00+09:00', line)).toBe('open');
    expect(statusAt(t, '2019-03-23T12:00+09:00', 'office')).toBe('closed');
    expect(statusAt(t, '2019-03-25T12:00+09:00', 'office')).toBe('degraded');
    // The two sides never lose contact: the office is never the last link.
    for (const frame of t.frames) expect(reachSides(t.scenario, frame.channels).reachable).toBe(true);
  });

  it('March 2019: the weekend checks reach only the military lines', () => {
    const t = timelineOf('march-2019-withdrawal.yaml');
    const saturday = t.frames.filter(
      (f) => f.kind === 'checks' && f.at >= at('2019-03-23T00:00+09:00') && f.at < at('2019-03-25T00:00+09:00'),
    );
    expect(saturday.length).toBeGreaterThan(0);
    for (const frame of saturday) {
      expect(frame.checks.map((c) => c.channel)).not.toContain('liaison');
      for (const check of frame.checks) expect(check.outcome).toBe('answered');
    }
  });

  it('2018: lines come back one by one and the office opens in September', () => {
    const t = timelineOf('reopening-2018.yaml');
    expect(statusAt(t, '2018-01-03T12:00+09:00', 'liaison')).toBe('closed');
    expect(statusAt(t, '2018-01-03T18:00+09:00', 'liaison')).toBe('open');
    expect(statusAt(t, '2018-01-11T12:00+09:00', 'west-sea')).toBe('degraded');
    expect(statusAt(t, '2018-04-19T12:00+09:00', 'leaders')).toBe('closed');
    expect(statusAt(t, '2018-04-21T12:00+09:00', 'leaders')).toBe('open');
    expect(statusAt(t, '2018-07-17T12:00+09:00', 'west-sea')).toBe('open');
    expect(statusAt(t, '2018-08-14T12:00+09:00', 'east-sea')).toBe('closed');
    expect(statusAt(t, '2018-08-16T12:00+09:00', 'east-sea')).toBe('open');
    expect(statusAt(t, '2018-09-13T12:00+09:00', 'office')).toBe('closed');
    expect(statusAt(t, '2018-09-14T18:00+09:00', 'office')).toBe('open');
  });

  it('2020: after 9 June 12:00 no channel is open and the two sides cannot reach each other', () => {
    const t = timelineOf('cut-off-2020.yaml');
    expect(statusAt(t, '2020-01-31T12:00+09:00', 'office')).toBe('closed');
    expect(statusAt(t, '2020-01-31T12:00+09:00', 'liaison')).toBe('open');
    const cut = at('2020-06-09T12:00+09:00');
    // From the last frame at noon (after every scripted noon event) to the end.
    const after = t.frames.slice(frameAt(t, '2020-06-09T12:00+09:00').index);
    expect(after.length).toBeGreaterThan(1);
    for (const frame of after) {
      for (const view of Object.values(frame.channels)) expect(view.status).toBe('closed');
      expect(reachSides(t.scenario, frame.channels).reachable).toBe(false);
    }
    const noon = t.frames.find((f) => f.at === cut && f.checks.some((c) => c.channel === 'liaison'));
    expect(noon?.checks.find((c) => c.channel === 'liaison')?.outcome).toBe('unanswered');
  });

  it('2021-2023: restored, silent, restored, a fault, silent again', () => {
    const t = timelineOf('on-and-off-2021-2023.yaml');
    expect(statusAt(t, '2021-07-27T12:00+09:00', 'liaison')).toBe('open');
    expect(statusAt(t, '2021-07-27T12:00+09:00', 'east-sea')).toBe('degraded');
    expect(statusAt(t, '2021-08-11T12:00+09:00', 'liaison')).toBe('closed');
    expect(statusAt(t, '2021-10-04T12:00+09:00', 'liaison')).toBe('open');
    expect(statusAt(t, '2022-10-04T12:00+09:00', 'liaison')).toBe('closed');
    expect(statusAt(t, '2022-10-04T12:00+09:00', 'west-sea')).toBe('open');
    expect(statusAt(t, '2023-04-07T12:00+09:00', 'liaison')).toBe('closed');
    expect(statusAt(t, '2023-04-07T12:00+09:00', 'west-sea')).toBe('closed');
  });

  it('2018-2023: the whole history agrees with the shorter files at their key moments', () => {
    const t = timelineOf('history-2018-2023.yaml');
    expect(t.frames.length).toBeGreaterThan(1000);
    expect(statusAt(t, '2019-03-22T12:00+09:00', 'office')).toBe('closed');
    expect(statusAt(t, '2019-03-22T12:00+09:00', 'liaison')).toBe('open');
    expect(statusAt(t, '2019-03-25T12:00+09:00', 'office')).toBe('degraded');
    const afterCut = frameAt(t, '2020-06-20T12:00+09:00');
    expect(reachSides(t.scenario, afterCut.channels).reachable).toBe(false);
    expect(statusAt(t, '2021-07-28T12:00+09:00', 'liaison')).toBe('open');
    expect(statusAt(t, '2023-04-10T12:00+09:00', 'liaison')).toBe('closed');
  });

  it('counterfactual: when the North never returns, one channel ends up as the last link', () => {
    const t = timelineOf('counterfactual-north-never-returns.yaml');
    const lastLinks = t.frames.map((f) => reachSides(t.scenario, f.channels).lastLinks);
    expect(lastLinks.some((links) => links.length === 1)).toBe(true);
    expect(t.scenario.events.some((e) => e.tag === 'counterfactual')).toBe(true);
  });

  it('Moscow–Washington: a historical date is one domain.md gives, else its narration says the sources do not give it', () => {
    const t = timelineOf('moscow-washington-1963.yaml');
    // domain.md: the memorandum of 20 June 1963, "1971" for the satellite agreement, 17 July 1984.
    const given = ['1963-06-20', '1984-07-17'];
    const history = t.scenario.events.filter((e) => e.tag === 'historical');
    for (const e of history) {
      const day = new Date(e.at).toISOString().slice(0, 10);
      if (!given.includes(day)) expect(e.narrate, day).toMatch(/not in the sources|give only the year/);
    }
    expect(history.map((e) => new Date(e.at).getUTCFullYear())).toContain(1971);
    expect(t.scenario.summary).not.toMatch(/August|September/);
  });

  it('counterfactual: the wildfire breaks the last open line and leaves no channel at all', () => {
    const t = timelineOf('counterfactual-wildfire-last-line.yaml');
    const fire = t.frames.find((f) => f.event?.side === 'nature' && f.event.do === 'break');
    expect(fire).toBeDefined();
    const before = t.frames[fire!.index - 1]!;
    expect(reachSides(t.scenario, before.channels).lastLinks).toEqual(fire!.event!.channels);
    expect(reachSides(t.scenario, fire!.channels).reachable).toBe(false);
  });
});

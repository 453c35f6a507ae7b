import { describe, expect, it } from 'vitest';
import { timelineSvg } from '../../src/export/svg.js';
import { openScenario, openScenarioText } from '../../src/session/open.js';
import { simulate } from '../../src/timeline/simulate.js';
import { event } from '../support/scenarios.js';
import { withIntermediary } from '../support/intermediary.js';
import { findAll, parseXml, textOf, type XmlElement } from './wellFormed.js';

describe('timeline SVG', () => {
  const scenario = withIntermediary();
  const svg = timelineSvg(simulate(scenario));
  const { problems, root } = parseXml(svg);
  const all = (test: (e: XmlElement) => boolean) => findAll(root!, test);
  const lane = (id: string) => all((e) => e.attrs['data-lane'] === id)[0]!;
  const laneWords = (id: string) => all((e) => e.attrs['data-lane-words'] === id)[0]!;
  const texts = (e: XmlElement) => findAll(e, (x) => x.name === 'text').map(textOf);

  it('is well-formed XML with an svg root', () => {
    expect(problems).toEqual([]);
    expect(root!.name).toBe('svg');
    expect(root!.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
  });

  it('escapes the title and prints it with the period', () => {
    expect(svg).toContain('Test: a week &lt;with&gt; &quot;China&quot; &amp; friends');
    expect(all((e) => e.name === 'title' && e.attrs.id === 'chart-title').map(textOf)).toEqual([
      'Test: a week <with> "China" & friends',
    ]);
    expect(texts(root!)).toContain(
      '1 Jun 2020 00:00 – 5 Jun 2020 00:00 KST · South Korea and North Korea · 5 channels',
    );
  });

  it('draws one lane per channel, then one for the two sides', () => {
    const lanes = all((e) => e.attrs.class === 'lane').map((e) => e.attrs['data-lane']);
    expect(lanes).toEqual(['office', 'liaison', 'military', 'beijing-south', 'beijing-north', 'sides']);
  });

  it('paints each status with its own pattern and dates every stretch', () => {
    const stretches = findAll(lane('office'), (e) => e.name === 'rect' && e.children.length > 0);
    expect(stretches.map((r) => [r.attrs.fill, textOf(r.children[0]!)])).toEqual([
      ['#1a9850', 'open: 1 Jun 2020 00:00 – 1 Jun 2020 10:00'],
      ['url(#p-hatch)', 'closed: 1 Jun 2020 10:00 – 4 Jun 2020 12:00'],
      ['url(#p-dots)', 'degraded: 4 Jun 2020 12:00 – 5 Jun 2020 00:00'],
    ]);
    // Wide stretches are also named in words, so colour is never the only cue.
    expect(texts(laneWords('office'))).toEqual(['open', 'closed', 'degraded']);
    for (const id of ['p-hatch', 'p-dots', 'p-bars'])
      expect(all((e) => e.name === 'pattern' && e.attrs.id === id)).toHaveLength(1);
  });

  it('shows the last link and the cut-off in the sides lane', () => {
    const titles = findAll(lane('sides'), (e) => e.name === 'title').map(textOf);
    expect(titles).toEqual([
      'more than one way: 1 Jun 2020 00:00 – 2 Jun 2020 12:00',
      'last link: West Sea military line: 2 Jun 2020 12:00 – 3 Jun 2020 08:00',
      'cut off: 3 Jun 2020 08:00 – 3 Jun 2020 14:00',
      'last links: Seoul–Beijing line, Beijing–Pyongyang line: 3 Jun 2020 14:00 – 4 Jun 2020 06:00',
      'more than one way: 4 Jun 2020 06:00 – 5 Jun 2020 00:00',
    ]);
    // Too narrow for the channel names, the stretch through China still says so.
    expect(texts(laneWords('sides'))).toEqual([
      'more than one way',
      'one last link',
      'cut off',
      'only via China',
      'more than one way',
    ]);
  });

  it('has a legend naming every status and marker', () => {
    const words = texts(root!);
    for (const word of [
      'Channel',
      'open',
      'degraded',
      'closed',
      'Sides',
      'one last link',
      'cut off',
      'context',
      'counterfactual',
    ])
      expect(words).toContain(word);
  });

  it('numbers the six scripted events and explains each in the key, routine checks left out', () => {
    const callouts = all((e) => e.attrs.class === 'callout').map(textOf);
    expect(callouts).toEqual(['1', '2', '3', '4', '5', '6']);
    const key = all((e) => e.attrs.class === 'key').map(textOf);
    expect(key).toEqual([
      '1 Jun 2020 · North withdraws its staff from the Joint Liaison Office · North staff leave.',
      '2 Jun 2020 · North stops answering the Liaison line · No answer.',
      '3 Jun 2020 · Nature breaks the West Sea military line · A wildfire burns the cable.',
      '3 Jun 2020 · China connects the Beijing–Pyongyang line · Beijing connects a line to Pyongyang.',
      '4 Jun 2020 · North answers the Liaison line again · The North picks up again.',
      '4 Jun 2020 · North sends 5 staff to the Joint Liaison Office · Five North staff return.',
    ]);
    // The key's numbers look like the callouts: the counterfactual one purple and dashed.
    const numbers = all((e) => e.name === 'rect' && e.parent === root && e.attrs.rx === '7.5');
    expect(numbers.map((r) => r.attrs.fill)).toEqual([
      '#2b2b2b',
      '#2b2b2b',
      '#2b2b2b',
      '#6a3d9a',
      '#2b2b2b',
      '#2b2b2b',
    ]);
    expect(numbers[3]!.attrs['stroke-dasharray']).toBe('3,2');
  });

  it('labels the axis with days for a four-day span', () => {
    const words = texts(root!);
    for (const day of ['Mon 1', 'Tue 2', 'Wed 3', 'Thu 4', 'Fri 5', 'Jun 2020']) expect(words).toContain(day);
  });

  it('groups events too close to tell apart into one callout', () => {
    const base = withIntermediary();
    const crowded = {
      ...base,
      end: base.start + 400 * 24 * 3_600_000,
      events: base.events.slice(0, 2).map((e, i) => ({ ...e, at: base.start + (i + 1) * 3_600_000 })),
    };
    const { problems, root } = parseXml(timelineSvg(simulate(crowded)));
    expect(problems).toEqual([]);
    expect(findAll(root!, (e) => e.attrs.class === 'callout').map(textOf)).toEqual(['1–2']);
  });
});

describe('the well-formedness check itself', () => {
  it('rejects broken XML', () => {
    expect(parseXml('<svg><g></svg>').problems).not.toEqual([]);
    expect(parseXml('<svg><text>a & b</text></svg>').problems).toEqual(['bare "&" in text near "a & b"']);
    expect(parseXml('<svg><rect x="1" x="2"/></svg>').problems).toEqual(['duplicate attribute x on <rect>']);
    expect(parseXml('<svg/><svg/>').problems).toEqual(['second root element <svg>']);
  });
});

describe('timeline SVG, a line not yet connected', () => {
  const text = [
    'id: new-line',
    'title: A new line',
    'start: 2018-04-18T00:00+09:00',
    'end: 2018-04-22T00:00+09:00',
    'parties: { south: { name: South Korea }, north: { name: North Korea } }',
    'channels:',
    '  leaders:',
    '    kind: hotline',
    '    name: Leaders line',
    '    initial: { line: not-connected }',
    "    checks: { at: ['09:00'], days: daily }",
    'events:',
    '  - { at: 2018-04-20T10:00+09:00, side: south, channel: leaders, do: connect }',
    '  - { at: 2018-04-21T10:00+09:00, side: north, channel: leaders, do: break }',
  ].join('\n');
  const opened = openScenarioText(text, 'new-line.yaml');
  if (!opened.ok) throw new Error(opened.problems.map((p) => p.message).join('\n'));
  const stretchesOf = (svg: string) =>
    findAll(
      findAll(parseXml(svg).root!, (e) => e.attrs['data-lane'] === 'leaders')[0]!,
      (e) => e.name === 'rect' && e.children.length > 0,
    ).map((r) => [r.attrs.fill, textOf(r.children[0]!)]);

  it('draws the stretch before connect in its own grey look, not as closed', () => {
    expect(stretchesOf(timelineSvg(opened.timeline))).toEqual([
      ['url(#p-grey)', 'not yet connected: 18 Apr 2018 00:00 – 20 Apr 2018 10:00'],
      ['#1a9850', 'open: 20 Apr 2018 10:00 – 21 Apr 2018 10:00'],
      ['url(#p-hatch)', 'closed: 21 Apr 2018 10:00 – 22 Apr 2018 00:00'],
    ]);
  });

  it('names the look in the key, in English and Korean', () => {
    const words = (svg: string) => findAll(parseXml(svg).root!, (e) => e.name === 'text').map(textOf);
    // The key names the look for every kind; the stretch, in its kind's own words.
    expect(words(timelineSvg(opened.timeline)).some((w) => w.endsWith('not yet set up'))).toBe(true);
    const ko = timelineSvg(opened.timeline, 'ko');
    expect(words(ko).some((w) => w.endsWith('미개설'))).toBe(true);
    expect(stretchesOf(ko)[0]![1]).toMatch(/^아직 개통되지 않음: /);
  });

  it('draws an office not yet open and talks not yet agreed the same way, not as cut', () => {
    const reopening = openScenario('reopening-2018');
    if (!reopening.ok) throw new Error('reopening-2018 does not load');
    const svg = parseXml(timelineSvg(reopening.timeline)).root!;
    const firstOf = (kind: string) => {
      const id = reopening.timeline.scenario.channels.find((c) => c.kind === kind)!.id;
      const lane = findAll(svg, (e) => e.attrs['data-lane'] === id)[0]!;
      return findAll(lane, (e) => e.name === 'rect' && e.children.length > 0).map((r) => [
        r.attrs.fill,
        textOf(r.children[0]!),
      ]);
    };
    expect(firstOf('liaison-office')[0]).toEqual([
      'url(#p-grey)',
      expect.stringMatching(/^not yet open: 3 Jan 2018/),
    ]);
    expect(firstOf('talks')[0]![0]).toBe('url(#p-grey)');
    // The office's afternoon of 14 Sep 2018 (7 h 30 min of eight and a half months) is drawn, and visibly wide.
    const open = findAll(
      svg,
      (e) => e.name === 'rect' && e.children.some((c) => textOf(c).startsWith('open: 14 Sep 2018')),
    );
    expect(open.length).toBeGreaterThan(0);
    expect(Math.max(...open.map((r) => Number(r.attrs.width)))).toBeGreaterThanOrEqual(3);
  });
});

describe('timeline SVG, context events in the key', () => {
  it('opens a line said by both sides or by nature with a capital, as a party name opens it', () => {
    const base = withIntermediary();
    const scenario = {
      ...base,
      events: [
        event({ at: base.start + 3_600_000, side: 'both', narrate: 'Where things stand.' }),
        event({ at: base.start + 7_200_000, side: 'nature', narrate: 'A storm.' }),
      ],
    };
    const { root } = parseXml(timelineSvg(simulate(scenario)));
    const key = findAll(root!, (e) => e.attrs.class === 'key').map(textOf);
    expect(key).toEqual(['1 Jun 2020 · Both sides: Where things stand.', '1 Jun 2020 · Nature: A storm.']);
  });
});

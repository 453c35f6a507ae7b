import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOUR = 3_600_000;
const iso = (ms: number) => `${new Date(ms + 9 * HOUR).toISOString().slice(0, 16)}+09:00`;

/**
 * A valid scenario file with `events` events on one hotline that is never routinely called:
 * the north stops and resumes answering, an hour apart. What validate reads at scale.
 */
export function oneChannelYaml(events: number): string {
  const start = Date.UTC(2000, 0, 1) - 9 * HOUR;
  const lines = [
    'id: one-channel',
    `title: One channel, ${events} events`,
    `start: ${iso(start)}`,
    `end: ${iso(start + (events + 1) * HOUR)}`,
    'zone: KST',
    'sides: [south, north]',
    'parties:',
    '  south: { name: South Korea, short: South }',
    '  north: { name: North Korea, short: North }',
    'channels:',
    '  line:',
    '    kind: hotline',
    '    class: leaders',
    '    name: Leaders line',
    'events:',
  ];
  for (let i = 0; i < events; i++)
    lines.push(
      `  - at: ${iso(start + (i + 1) * HOUR)}`,
      '    side: north',
      '    channel: line',
      `    do: ${i % 2 ? 'resume-answering' : 'stop-answering'}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Writes `text` to a fresh temporary folder as `name` and returns its path. */
function temporaryFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'liaison-bench-')), name);
  writeFileSync(file, text);
  return file;
}

/** Writes oneChannelYaml(events) to a fresh temporary file and returns its path. */
export const oneChannelFile = (events: number): string =>
  temporaryFile(`one-channel-${events}.yaml`, oneChannelYaml(events));

/**
 * 100 hotlines, each called once a day at its own minute, for `days` days: one frame per
 * call. At 495 days (just within the limit on check calls) its `run --json` is larger than any string Node can hold.
 */
export function manyChecksYaml(days: number): string {
  const end = new Date(Date.UTC(2019, 0, 1 + days)).toISOString().slice(0, 10);
  const lines = [
    'id: many-checks',
    `title: 100 lines called daily for ${days} days`,
    'start: 2019-01-01T08:00+09:00',
    `end: ${end}T18:00+09:00`,
    'parties:',
    '  south: { name: South Korea, short: South }',
    '  north: { name: North Korea, short: North }',
    'channels:',
  ];
  for (let i = 0; i < 100; i++) {
    const at = `${String(8 + Math.floor(i / 10)).padStart(2, '0')}:${String((i % 10) * 5).padStart(2, '0')}`;
    lines.push(`  line-${i}: { kind: hotline, name: Line ${i}, checks: { at: ['${at}'], days: daily } }`);
  }
  lines.push('events:', '  - { at: 2019-01-01T08:00+09:00, side: north, narrate: Start. }');
  return `${lines.join('\n')}\n`;
}

/** Writes manyChecksYaml(days) to a fresh temporary file and returns its path. */
export const manyChecksFile = (days: number): string =>
  temporaryFile(`many-checks-${days}.yaml`, manyChecksYaml(days));

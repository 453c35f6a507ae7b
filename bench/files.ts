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

/** Writes oneChannelYaml(events) to a fresh temporary file and returns its path. */
export function oneChannelFile(events: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'liaison-bench-')), `one-channel-${events}.yaml`);
  writeFileSync(file, oneChannelYaml(events));
  return file;
}

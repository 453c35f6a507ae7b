import fc from 'fast-check';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, Streamed, writeJson, type Sections } from '../../src/io/jsonStream.js';

/** A stream that takes one piece at a time and records how much was ever queued in it. */
function slowSink() {
  const sink = { text: '', mostQueued: 0 };
  const stream = new Writable({
    highWaterMark: 1024,
    decodeStrings: false,
    write(chunk: string, _encoding, done) {
      sink.mostQueued = Math.max(sink.mostQueued, stream.writableLength);
      sink.text += chunk;
      setImmediate(done);
    },
  });
  return { sink, stream };
}

const asSections = (object: Record<string, unknown>, streamed: string[]): Sections =>
  Object.entries(object).map(([key, value]) => [
    key,
    streamed.includes(key) && Array.isArray(value) ? new Streamed(() => value) : value,
  ]);

describe('writeJson', () => {
  it('writes the bytes of JSON.stringify(object, null, 2), whichever lists are streamed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.string()),
        async (object, keys) => {
          const { sink, stream } = slowSink();
          const streamed = [...Object.keys(object).filter((_, i) => i % 2 === 0), ...keys];
          await writeJson(stream, asSections(object, streamed));
          expect(sink.text).toBe(`${JSON.stringify(object, null, 2)}\n`);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('draws empty and nested streamed lists, and leaves out undefined sections, as JSON.stringify does', async () => {
    const object = { empty: [], none: undefined, items: [{ a: [1, { b: 'x\ny' }] }, [], 'é'] };
    const { sink, stream } = slowSink();
    await writeJson(stream, asSections(object, ['empty', 'items']));
    expect(sink.text).toBe(`${JSON.stringify(object, null, 2)}\n`);
    expect(collect(asSections(object, ['empty', 'items']))).toEqual(object);
  });

  it('waits for a slow reader instead of queuing the whole output', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ index: i, text: 'frame '.repeat(5) }));
    const { sink, stream } = slowSink();
    await writeJson(stream, [['items', new Streamed(() => items)]]);
    expect(sink.text.length).toBeGreaterThan(1_500_000);
    expect(JSON.parse(sink.text)).toEqual({ items });
    expect(sink.mostQueued).toBeLessThan(200_000);
  });

  it('stops, and does not hang, when the reader goes away', async () => {
    let made = 0;
    function* items() {
      for (;;) yield { made: made++ };
    }
    const { stream } = slowSink();
    setTimeout(() => stream.destroy(), 20);
    await writeJson(stream, [['items', new Streamed(items)]]);
    expect(stream.destroyed).toBe(true);
  });
});

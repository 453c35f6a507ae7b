import { describe, expect, it } from 'vitest';
import { describerFor } from '../../src/channels/describe.js';
import { allKinds, eventPhrase, whatIfPhrase } from '../../src/channels/registry.js';
import { COMMON } from '../../src/channels/words.js';
import { event, kst, liaisonLine, march2019, militaryLine, office } from '../support/scenarios.js';

/** Every key path of a table, with the kind of value ('string' or 'function') it holds. */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? shape(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof value}`],
  );
}

const scenario = { ...march2019(), channels: [office, liaisonLine, militaryLine] };
const say = describerFor(scenario);
const at = kst('2019-03-22T10:00');

describe("each kind's words", () => {
  it('Korean has every key English has, of the same kind, for every kind and the shared words', () => {
    for (const kind of allKinds())
      expect(shape(kind.words.ko).sort(), kind.kind).toEqual(shape(kind.words.en).sort());
    expect(shape(COMMON.ko).sort()).toEqual(shape(COMMON.en).sort());
  });

  it('phrase every event of every kind, in both languages, with no raw key left', () => {
    for (const kind of allKinds())
      for (const lang of ['en', 'ko'] as const)
        for (const name of Object.keys(kind.events)) {
          const phrase = kind.words[lang].event[name]!({
            who: lang === 'ko' ? '북측' : 'North',
            plural: false,
            channel: lang === 'ko' ? '연락선' : 'X',
            count: 4,
          });
          expect(phrase).toContain(lang === 'ko' ? '북측' : 'North');
          if (lang === 'ko') expect(phrase).not.toMatch(/[a-z]{3}/);
          expect(kind.words[lang].whatIf[name], `${kind.kind} ${name}`).toBeTypeOf('function');
        }
  });
});

describe('eventPhrase', () => {
  it('says what happened in plain language, naming who and where', () => {
    expect(
      eventPhrase('en', event({ at, side: 'north', do: 'stop-answering', channels: ['liaison'] }), say),
    ).toBe('North stops answering the Liaison line');
    expect(
      eventPhrase('en', event({ at, side: 'south', do: 'send-staff', count: 4, channels: ['office'] }), say),
    ).toBe('South sends 4 staff to the Joint Liaison Office');
    expect(
      eventPhrase('en', event({ at, side: 'both', do: 'withdraw-staff', channels: ['office'] }), say),
    ).toBe('Both sides withdraw their staff from the Joint Liaison Office');
    expect(
      eventPhrase(
        'en',
        event({ at, side: 'north', do: 'stop-answering', channels: ['liaison', 'military'] }),
        say,
      ),
    ).toBe('North stops answering the Liaison line and West Sea military line');
    expect(eventPhrase('en', event({ at, side: 'nature', do: 'break', channels: ['military'] }), say)).toBe(
      'Nature breaks the West Sea military line',
    );
  });

  it('speaks Korean, and lets a context event be its own narration', () => {
    expect(
      eventPhrase('ko', event({ at, side: 'north', do: 'stop-answering', channels: ['liaison'] }), say),
    ).toBe('North, Liaison line 응답 중단');
    expect(
      eventPhrase('ko', event({ at, side: 'both', do: 'withdraw-staff', channels: ['office'] }), say),
    ).toBe('양측, Joint Liaison Office에서 인원 철수');
    expect(eventPhrase('en', event({ at, narrate: ' Talks collapse in Hanoi. ' }), say)).toBe(
      'Talks collapse in Hanoi.',
    );
  });

  it('labels what-if options as the picker shows them', () => {
    expect(whatIfPhrase('en', 'liaison-office', { do: 'reduce-staff', side: 'both', count: 5 }, say)).toBe(
      'Both sides reduce their staff (5)',
    );
    expect(whatIfPhrase('en', 'hotline', { do: 'stop-answering', side: 'north' }, say)).toBe(
      'North stops answering',
    );
  });
});

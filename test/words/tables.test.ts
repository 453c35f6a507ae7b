import { describe, expect, it } from 'vitest';
import { en } from '../../src/words/en.js';
import { ko } from '../../src/words/ko.js';
import { langFromEnv } from '../../src/words/lang.js';

/** Every key path of a table, with the kind of value ('string' or 'function') it holds. */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? shape(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}:${typeof value}`],
  );
}

describe('message tables', () => {
  it('Korean has every key English has, of the same kind, and no other', () => {
    expect(shape(ko).sort()).toEqual(shape(en).sort());
  });

  it('no Korean string is empty or left in English', () => {
    const strings = (table: object): string[] =>
      Object.values(table).flatMap((v) =>
        typeof v === 'string' ? [v] : typeof v === 'object' ? strings(v) : [],
      );
    for (const text of strings(ko)) expect(text.trim()).not.toBe('');
    for (const text of strings(ko)) expect(text).toMatch(/[\uac00-\ud7a3]|^[\s\d\p{P}\p{S}]*$/u);
  });
});

describe('the language of the locale', () => {
  it('is Korean for a ko_KR locale, LC_ALL first, English otherwise', () => {
    expect(langFromEnv({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'ko_KR.UTF-8' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'ko', LANG: 'en_GB' })).toBe('ko');
    expect(langFromEnv({ LANG: 'kok_IN' })).toBe('en');
    expect(langFromEnv({})).toBe('en');
  });
});

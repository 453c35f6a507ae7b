/**
 * Korean particles after a word that comes from a file (a channel's or party's name, a path, a
 * typed date): 을/를, 이/가, 은/는, 과/와, 으로/로 and the copula 이다/다 depend on whether the
 * word's last sound ends in a consonant (받침). Abbreviations and digits are read aloud
 * ("html" ends in 엘, "2" is 이, "3" is 삼); closing brackets, quotes and other marks are looked
 * past ("연락선 (2)" ends in 이). When nothing tells, both forms are written: 은(는).
 */

export type Particle = '을' | '이' | '은' | '과' | '으로' | '이었음' | '이어야';

/** [after a consonant, after a vowel, after ㄹ] */
const FORMS: Record<Particle, readonly [string, string, string]> = {
  을: ['을', '를', '을'],
  이: ['이', '가', '이'],
  은: ['은', '는', '은'],
  과: ['과', '와', '과'],
  // ㄹ takes 로, like a vowel: 서울로, 연락선으로.
  으로: ['으로', '로', '로'],
  이었음: ['이었음', '였음', '이었음'],
  이어야: ['이어야', '여야', '이어야'],
};

/** Both forms at once, for a word whose last sound cannot be told: "은(는)", "(으)로". */
const UNKNOWN: Record<Particle, string> = {
  을: '을(를)',
  이: '이(가)',
  은: '은(는)',
  과: '과(와)',
  으로: '(으)로',
  이었음: '이었음(였음)',
  이어야: '이어야(여야)',
};

type Ending = 'consonant' | 'vowel' | 'rieul';

// Letters as Korean reads them aloud: L 엘 (ㄹ), M 엠, N 엔 end in a consonant; the rest do not.
const LATIN_ENDINGS: Record<string, Ending> = { l: 'rieul', m: 'consonant', n: 'consonant' };
// 영 일 이 삼 사 오 육 칠 팔 구
const DIGIT_ENDINGS: readonly Ending[] = [
  'consonant',
  'rieul',
  'vowel',
  'consonant',
  'vowel',
  'vowel',
  'consonant',
  'rieul',
  'rieul',
  'vowel',
];
/** Marks a reader looks past to the word before them. */
const PASSED = /[\s)\]}>"'”’」』》〉.,…·]/u;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL = 8;

/**
 * A Latin word's last sound: an abbreviation (svg, KST, a single letter) is read letter by
 * letter, but an English word ("title" 타이틀, "name" 네임, "office" 오피스) is read as a
 * word, whose sound its spelling does not tell, so it gets both forms.
 */
// File formats a path in a message ends with, read as words: 야믈, 제이슨.
const KNOWN_WORDS: Record<string, Ending> = { yaml: 'rieul', yml: 'rieul', json: 'consonant' };

function latinEnding(upTo: string): Ending | null {
  const word = /[a-z]+$/i.exec(upTo)![0];
  const known = KNOWN_WORDS[word.toLowerCase()];
  if (known) return known;
  const spelledOut = word.length === 1 || word === word.toUpperCase() || !/[aeiou]/i.test(word);
  return spelledOut ? (LATIN_ENDINGS[word.at(-1)!.toLowerCase()] ?? 'vowel') : null;
}

/** How `word` ends when read aloud, or null when its last sound cannot be told. */
export function ending(word: string): Ending | null {
  const chars = [...word];
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i]!;
    const code = ch.codePointAt(0)!;
    if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
      const final = (code - HANGUL_FIRST) % 28;
      return final === 0 ? 'vowel' : final === RIEUL ? 'rieul' : 'consonant';
    }
    if (/[0-9]/.test(ch)) return DIGIT_ENDINGS[Number(ch)]!;
    if (/[a-z]/i.test(ch)) return latinEnding(chars.slice(0, i + 1).join(''));
    if (!PASSED.test(ch)) return null;
  }
  return null;
}

/** `word` followed by the form of `particle` its last sound takes: 남측과, 서울로, x.svg가. */
export function withParticle(word: string, particle: Particle): string {
  const end = ending(word);
  if (end === null) return `${word}${UNKNOWN[particle]}`;
  const [consonant, vowel, rieul] = FORMS[particle];
  return `${word}${end === 'consonant' ? consonant : end === 'vowel' ? vowel : rieul}`;
}

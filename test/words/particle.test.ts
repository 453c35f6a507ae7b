import { describe, expect, it } from 'vitest';
import { withParticle } from '../../src/words/particle.js';

describe('Korean particles after a name from a file', () => {
  it('follow the last syllable: a final consonant, a vowel, or ㄹ', () => {
    expect(withParticle('남측', '과')).toBe('남측과');
    expect(withParticle('미국', '과')).toBe('미국과');
    expect(withParticle('북한', '은')).toBe('북한은');
    expect(withParticle('대한민국', '이')).toBe('대한민국이');
    expect(withParticle('중국', '을')).toBe('중국을');
    expect(withParticle('사무소', '을')).toBe('사무소를');
    expect(withParticle('미국 재무부', '과')).toBe('미국 재무부와');
    expect(withParticle('핫라인', '으로')).toBe('핫라인으로');
    expect(withParticle('서울', '으로')).toBe('서울로');
    expect(withParticle('연락채널', '이')).toBe('연락채널이');
    expect(withParticle('평양', '으로')).toBe('평양으로');
  });

  it('read digits and Latin letters aloud', () => {
    expect(withParticle('통신선 2', '이')).toBe('통신선 2가'); // 이
    expect(withParticle('통신선 3', '이')).toBe('통신선 3이'); // 삼
    expect(withParticle('2019년 3월 22일 10:00', '은')).toBe('2019년 3월 22일 10:00은'); // 영
    expect(withParticle('7', '으로')).toBe('7로'); // 칠
    expect(withParticle('/tmp/x.svg', '이')).toBe('/tmp/x.svg가'); // 지
    expect(withParticle('/tmp/x.html', '으로')).toBe('/tmp/x.html로'); // 엘
    expect(withParticle('hotline.yaml', '이')).toBe('hotline.yaml이');
    expect(withParticle('UN', '과')).toBe('UN과'); // 엔
    expect(withParticle('US', '과')).toBe('US와'); // 에스
  });

  it('write both forms after an English word, whose spelling does not tell its sound', () => {
    expect(withParticle('"title"', '이')).toBe('"title"이(가)'); // 타이틀
    expect(withParticle('"name"', '이')).toBe('"name"이(가)'); // 네임
    expect(withParticle('"office"', '을')).toBe('"office"을(를)'); // 오피스
    expect(withParticle('KST', '은')).toBe('KST는'); // 티: an abbreviation is spelled out
    expect(withParticle('scenario.json', '이')).toBe('scenario.json이'); // 제이슨
  });

  it('look past closing brackets, quotes and full stops', () => {
    expect(withParticle('남북공동연락사무소 (개성)', '을')).toBe('남북공동연락사무소 (개성)을');
    expect(withParticle('서해 군 통신선 (2)', '이')).toBe('서해 군 통신선 (2)가');
    expect(withParticle('"2019-03-32"', '은')).toBe('"2019-03-32"는');
    expect(withParticle('「연락선」', '과')).toBe('「연락선」과');
  });

  it('write both forms when the last sound cannot be told', () => {
    expect(withParticle('★', '은')).toBe('★은(는)');
    expect(withParticle('', '이')).toBe('이(가)');
    expect(withParticle('北', '으로')).toBe('北(으)로');
  });

  it('choose the copula forms the same way', () => {
    expect(withParticle('단절', '이었음')).toBe('단절이었음');
    expect(withParticle('정상 가동', '이었음')).toBe('정상 가동이었음');
    expect(withParticle('제한', '이어야')).toBe('제한이어야');
    expect(withParticle('미개통', '이어야')).toBe('미개통이어야');
    expect(withParticle('가동 중', '이어야')).toBe('가동 중이어야');
    expect(withParticle('사무소', '이었음')).toBe('사무소였음');
  });
});

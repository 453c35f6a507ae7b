/**
 * 명령줄의 말, 한국어로: 명령마다 전체 사용법에 쓰는 요약, `--help` 전문, 전체 사용법.
 * Option names, command names, file names and example commands stay as they are in English.
 */
import type { cli as en } from './commands-en.js';
import type { Table } from './table.js';

const langOption = `  --lang <en|ko>  출력 언어 (기본값: 시나리오의 lang:, 없으면 LC_ALL / LANG 로캘,
                  그것도 없으면 영어)`;

/** "a, b, c" */
const listed = (names: readonly string[]) => names.join(', ');

export const cli: Table<typeof en> = {
  usageLine: (synopsis) => `사용법: ${synopsis}`,
  tryHelp: (command) => `도움말: liaison-sim ${command} --help`,
  tryUsage: '도움말: liaison-sim --help',
  unknownCommand: (name) => `알 수 없는 명령 ${name}`,
  didYouMean: (guess) => `${guess} 명령을 찾으시나요?`,
  toStepThrough: (example) => `시나리오를 진행하려면: ${example}`,
  options: {
    noSuch: (typed, guess, known) =>
      `${typed} 옵션은 없습니다; ${guess === null ? `이 명령의 옵션: ${known.join(', ')}` : `${guess} 옵션을 찾으시나요?`}`,
    needsValue: (option) => `${option} 뒤에 값을 쓰세요`,
    takesNoValue: (option) => `${option}에는 값을 쓰지 않습니다`,
    unexpectedArgument: (typed) => `예상하지 못한 인수 ${typed}: 이 명령은 시나리오나 파일을 받지 않습니다`,
    notALanguage: (value, langs) =>
      `--lang ${value}: 지원하지 않는 언어입니다; ${langs.join(' 또는 ')} 중에서 고르세요`,
  },
  usage: {
    title: 'liaison-sim: 대립하는 두 당사자 사이의 연락 채널을 단계별로 살펴봅니다',
    heading: '사용법:',
    bare: (command) => `기본 시나리오로 ${command} 실행 (터미널이 아니면 텍스트로 전체 실행)`,
    about: (speaking) =>
      `시나리오는 .yaml 파일 경로 또는 내장 시나리오 id입니다. ${listed(speaking)} 명령은 ` +
      '영어와 한국어를 지원합니다: --lang en|ko 또는 한국어 로캘(LANG=ko_KR.UTF-8).',
    perCommand: '명령별 옵션: liaison-sim <command> --help (또는 liaison-sim help <command>).',
    exitCodes: '종료 코드: 0 성공, 1 기대 조건 실패, 2 잘못된 입력 또는 사용법.',
  },
  play: {
    summary: '시나리오를 대화형으로 단계별 진행 (--present: 수업용)',
    wrongCount: '시나리오는 한 번에 하나만 지정하세요',
    presentNeedsTerminal: '발표자 모드에는 터미널이 필요합니다: 대신 전체 실행 결과를 텍스트로 출력합니다',
    help: (defaultScenario) => `시나리오(.yaml 파일 또는 내장 id, 기본값 ${defaultScenario})를 터미널에서
단계별로 진행합니다: → ← 이동, space 재생, / 날짜로 이동, i "만약…" 질문, ? 모든 키 보기.
입력이나 출력이 터미널이 아니면 대신 전체 실행 결과를 텍스트로 출력합니다
(--present를 주어도 마찬가지이며, 그렇다고 stderr에 알립니다).

  --present   수업용 발표자 모드: 이야기와 질문을 모두 보여 주고, 재생은 질문마다
              멈추며, 화면에 이후 단계가 보이지 않습니다 (p로 전환)
${langOption}
`,
  },
  run: {
    summary: '기대 조건을 포함한 전체 실행',
    wrongCount: '시나리오를 정확히 하나 지정하세요 (파일 또는 내장 id)',
    notATime: (value) =>
      `--at ${value}: 시각이 아닙니다; 2019-03-22, "2019-03-22 12:00" (시나리오의 UTC 오프셋 기준) 또는 2019-03-22T12:00+09:00처럼 쓰세요`,
    help: `시나리오(.yaml 파일 또는 내장 id)를 처음부터 끝까지 실행하고 모든 단계,
단계별 수업 질문, 확인하는 기대 조건과 요약을 출력합니다.

  --json       텍스트 대신 JSON 객체 하나를 출력 (--at과 함께: 그 시점의 프레임만)
  --at <time>  그 시점의 채널 상태만 출력: 2019-03-22,
               "2019-03-22 12:00" (시나리오의 UTC 오프셋) 또는 2019-03-22T12:00+09:00;
               시나리오 시작부터 끝(end:, 없으면 마지막 사건이 있는 날)까지이며,
               마지막 단계 뒤에는 마지막 단계의 상태가 이어집니다
  --answers    질문마다 아래에 답을 출력 (JSON에는 항상 따로 들어 있음)
${langOption}
  -h, --help   이 도움말 보기

종료 코드: 0 성공, 1 시나리오의 기대 조건 실패, 2 잘못된 입력 또는 사용법.
`,
  },
  export: {
    summary: '수업용 차트, 유인물 또는 상태 다이어그램',
    wrongCount: '시나리오를 정확히 하나 지정하세요 (파일 또는 내장 id)',
    sayFormat: (formats) => `형식을 지정하세요: --format ${formats.join('|')}`,
    answersOnlyFor: (format, handouts) =>
      `--answers는 유인물(${handouts.join(', ')})의 정답지를 씁니다: ${format}에는 질문이 없습니다`,
    unknownFormat: (requested, formats) =>
      `알 수 없는 형식 "${requested}"; ${formats.join(', ')} 중에서 고르세요`,
    otherFormat: (path, implied, format) =>
      `경고: 파일 이름 "${path}"의 확장자는 ${implied} 형식을 가리키지만, --format ${format}에 따라 ${format} 형식으로 씁니다`,
    help: `  svg      모든 채널의 타임라인 차트 (슬라이드용)
  md       Markdown 유인물: 채널, 쉬운 말로 쓴 사건, 디브리핑 수치, 질문
  html     같은 유인물을 인쇄용 한 페이지로 (A4 또는 US Letter), 차트 포함
  mermaid  시나리오가 쓰는 채널 머신의 \`\`\`mermaid 상태 다이어그램을 담은 Markdown,
           머신 정의에서 생성 (GitHub에서 렌더링됨)

유인물(md, html)은 학생용입니다: 답을 쓸 자리가 있는 질문, 답은 없음.
  --answers  대신 정답지를 작성: 질문마다 답과 디브리핑 포함

-o로 파일을 지정하지 않으면 stdout에 씁니다 (-o -도 stdout). 기존 파일은 --force 없이는
절대 바꾸지 않으며, --force는 일반 파일(권한 유지)이나 링크가 가리키는 파일만 바꿉니다.
-o 파일 이름이 .svg, .md, .html로 끝나면 형식을 생략할 수 있습니다. 둘 다 주면 --format을
따르며, 파일 이름이 다른 형식을 가리키면 경고합니다.

${langOption}
`,
  },
  validate: {
    summary: '시나리오 파일 검사',
    help: `시나리오 파일(또는 내장 시나리오 id)을 검사합니다: 형식, 사용하는 이름, 전체 모의 실행.
"file: ok" 또는 모든 문제를 file:line:col: message 형식으로 출력합니다.
경고(어느 단계에서도 보이지 않는 질문)는 stderr에 file:line:col: warning: ... 형식으로
나가며 실패로 치지 않습니다.
종료 코드: 0 모든 파일 정상, 2 파일에 문제 있음 (또는 잘못된 사용법).

${langOption}
  -h, --help   이 도움말 보기
`,
  },
  list: {
    summary: '내장 시나리오 목록',
    help: `내장 시나리오의 id(run, play, export가 받는 값), 제목, 요약을 나열합니다.

${langOption}
`,
  },
  schema: {
    summary: '시나리오 파일의 JSON Schema 출력',
    help: `시나리오 파일의 JSON Schema(draft-07)를 출력합니다. scenarios/scenario.schema.json과
같은 내용입니다.
편집기가 입력하는 동안 시나리오 파일을 검사할 수 있도록 파일 맨 위에 다음 줄을 넣으세요:
  # yaml-language-server: $schema=./scenario.schema.json
`,
  },
};

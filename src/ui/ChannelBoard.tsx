import { Box, Text } from 'ink';
import { kindOf } from '../channels/registry.js';
import type { ChannelSpec, ChannelStatus, Scenario } from '../model/scenario.js';
import type { Frame } from '../timeline/frame.js';
import { ChannelRow } from './ChannelRow.js';
import type { LastCheck } from '../timeline/lastCheck.js';
import { checkText } from './format.js';
import { viewWords, type ChannelView } from '../channels/status.js';
import type { Speaker } from '../words/speaker.js';
import { displayWidth } from '../text/width.js';
import { useSpeaker } from './use-words.js';
import type { Detail } from './layout.js';

/** Each view's words per speaker: a step phrases only the channels whose view changed. */
const phrasings = new WeakMap<Speaker, WeakMap<ChannelView, { reason: string; detail: string }>>();

function phrased(say: Speaker, spec: ChannelSpec, view: ChannelView) {
  let byView = phrasings.get(say);
  if (!byView) phrasings.set(say, (byView = new WeakMap()));
  let words = byView.get(view);
  if (!words) byView.set(view, (words = viewWords(say.lang, spec, view, say)));
  return words;
}

interface Props {
  scenario: Scenario;
  frame: Frame;
  /** Each channel's last check call at this frame (worked out once per frame, outside render). */
  lastChecks: ReadonlyMap<string, LastCheck | null>;
  /** Channel id to history's status, for channels where a branch differs. */
  differs: ReadonlyMap<string, ChannelStatus>;
  first: number;
  count: number;
  detail: Detail;
  width: number;
  height: number;
  /** Stacked above the narration, which draws the line between them. */
  joined: boolean;
  /** Presenter mode: a row's words whole, or left out, never cut. */
  present: boolean;
}

/** Every channel (or a scrolled window of them) in a box. */
export function ChannelBoard({
  scenario,
  frame,
  lastChecks,
  differs,
  first,
  count,
  detail,
  width,
  height,
  joined,
  present,
}: Props) {
  const inner = width - 2;
  const channels = scenario.channels.slice(first, first + count);
  const digits = String(scenario.channels.length).length;
  const say = useSpeaker(scenario);
  const w = say.words.ui;
  const longest = Math.max(...scenario.channels.map((c) => displayWidth(c.name)));
  const nameWidth = Math.min(
    longest,
    detail === 'full' ? inner - 44 : Math.max(12, Math.floor(inner * 0.32)),
  );
  const more = scenario.channels.length - count;
  const title =
    more > 0
      ? ` ${w.channelsWindow(first + 1, first + channels.length, scenario.channels.length)} `
      : ` ${w.channels} `;
  return (
    <Box
      flexDirection="column"
      borderStyle="round"
      borderBottom={!joined}
      width={width}
      height={height + (joined ? 1 : 2)}
    >
      <Box marginTop={-1} marginLeft={1}>
        <Text bold>{title}</Text>
      </Box>
      {channels.map((spec, i) => {
        const view = frame.channels[spec.id]!;
        // The kind phrases the view's facts in the screen's language (once per view: frames share unchanged views).
        const words = phrased(say, spec, view);
        const lastCheck = lastChecks.get(spec.id) ?? null;
        return (
          <ChannelRow
            key={spec.id}
            status={view.status}
            nameWidth={nameWidth}
            width={inner}
            whole={present}
            lines={
              detail === 'full'
                ? 3
                : detail === 'all' || (detail === 'offices' && kindOf(spec.kind).detailMatters)
                  ? 2
                  : 1
            }
            text={{
              number: String(first + i + 1).padStart(digits),
              name: spec.name,
              reason: words.reason,
              detail: words.detail,
              check: lastCheck
                ? checkText(lastCheck, frame.at, scenario.zone, say.lang)
                : spec.checks
                  ? w.noCheckYet
                  : null,
              checked: lastCheck !== null,
              was: differs.get(spec.id) ?? null,
            }}
          />
        );
      })}
    </Box>
  );
}

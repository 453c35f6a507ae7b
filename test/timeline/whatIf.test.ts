import { describe, expect, it } from 'vitest';
import { compareToHistory } from '../../src/timeline/compare.js';
import { simulate } from '../../src/timeline/simulate.js';
import { availableWhatIfs, branchAt } from '../../src/timeline/whatIf.js';
import { kst, march2019 } from '../support/scenarios.js';

describe('what-if branches', () => {
  const history = simulate(march2019(), { checkpointEvery: 5 });
  const beforeWithdrawal = history.frames.findIndex((f) => f.kind === 'event') - 1;

  it('offers only the events a channel can take at that frame', () => {
    const office = availableWhatIfs(history, beforeWithdrawal, 'office').map((w) => `${w.side} ${w.do}`);
    expect(office).toEqual([
      'south suspend',
      'north suspend',
      'south demolish',
      'north demolish',
      'nature demolish',
      'south reduce-staff',
      'north reduce-staff',
      'both reduce-staff',
      'south withdraw-staff',
      'north withdraw-staff',
      'both withdraw-staff',
    ]);
    // reduce-staff needs a head count: the offer carries a suggestion, a quarter of 20.
    expect(
      availableWhatIfs(history, beforeWithdrawal, 'office').find((w) => w.do === 'reduce-staff'),
    ).toEqual({
      channel: 'office',
      do: 'reduce-staff',
      side: 'south',
      count: 5,
    });
    const line = availableWhatIfs(history, beforeWithdrawal, 'liaison').map((w) => `${w.side} ${w.do}`);
    expect(line).toContain('north stop-answering');
    expect(line).toContain('nature break');
    expect(line).not.toContain('north resume-answering');
    expect(line).not.toContain('south connect');
  });

  it('branches, marks the difference from history, and keeps events that cannot happen as notes', () => {
    // What if the North had silenced the liaison line the morning before it left the office?
    const branch = branchAt(history, beforeWithdrawal, {
      channel: 'liaison',
      do: 'stop-answering',
      side: 'north',
    });
    expect(branch.isBranch).toBe(true);
    const whatIf = branch.frames[beforeWithdrawal + 1]!;
    expect(whatIf).toMatchObject({ kind: 'what-if', at: history.frames[beforeWithdrawal]!.at });
    expect(whatIf.event!.tag).toBe('counterfactual');
    expect(whatIf.narration).toBe('What if… North stops answering the Liaison line?');
    expect(whatIf.channels.liaison!.status).toBe('closed');

    const differences = compareToHistory(branch);
    expect(differences[beforeWithdrawal]!.channels).toEqual([]);
    expect(differences[beforeWithdrawal + 1]!.channels).toEqual(['liaison']);
    expect(differences.at(-1)!.channels).toEqual(['liaison']);
    // History's own frames are shared, not recomputed.
    expect(branch.frames[3]).toBe(history.frames[3]);
    const lastCall = branch.frames.at(-1)!;
    expect(lastCall.checks).toEqual([{ channel: 'liaison', outcome: 'unanswered' }]);
  });

  it('says so when a later scripted event cannot happen in the branch', () => {
    const start = 0;
    const branch = branchAt(history, start, { channel: 'office', do: 'demolish', side: 'north' });
    const withdrawal = branch.frames.find((f) => f.kind === 'event' && f.at === kst('2019-03-22T10:00'))!;
    expect(withdrawal.refused).toEqual([
      {
        channel: 'office',
        said: {
          en: 'Joint Liaison Office cannot withdraw-staff: the office is demolished: no one is left there to withdraw',
          ko: expect.stringMatching(/^Joint Liaison Office: withdraw-staff 불가 — [\uac00-\ud7a3]/),
        },
      },
    ]);
    const returning = branch.frames.find((f) => f.kind === 'event' && f.at === kst('2019-03-25T08:30'))!;
    expect(returning.refused).toEqual([
      {
        channel: 'office',
        said: {
          en: 'Joint Liaison Office cannot send-staff: the office is demolished: no one can be sent there',
          ko: expect.stringMatching(/^Joint Liaison Office: send-staff 불가 — [\uac00-\ud7a3]/),
        },
      },
    ]);
    expect(branch.refusals.map((r) => r.eventIndex)).toEqual([0, 1]);
  });

  it('can branch a branch, and restore any of its frames', () => {
    const first = branchAt(history, 2, { channel: 'military', do: 'break', side: 'nature' });
    const second = branchAt(first, 6, { channel: 'military', do: 'repair', side: 'south' });
    expect(second.origin!.base).toBe(first);
    for (let k = 0; k < second.frames.length; k++) {
      const actor = second.restoreActor(k);
      expect(actor.getSnapshot().context.clock).toBe(second.frames[k]!.at);
      actor.stop();
    }
    expect(second.frames.at(-1)!.channels.military!.status).toBe('open');
    expect(first.frames.at(-1)!.channels.military!.status).toBe('closed');
  });
});

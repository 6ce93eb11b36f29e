import type {StatusItem} from '@kmportal/model';
import {suggestSdg, type SdgGoalSuggestion} from '@kmportal/sdg-suggest';
import {VFileMessage} from 'vfile-message';
import {itemText} from './suggest.js';

/** How strong the evidence must be before `kb check` hints at a missing goal. */
export const SDG_HINT_RULES = {
  /** Score of the goal (a suggestion needs 3: a hint wants several clear phrases). */
  minScore: 8,
  /** Share of the block's best goal's score. */
  relativeScore: 0.5,
};

function hintText(item: StatusItem, goal: SdgGoalSuggestion): string {
  const words = goal.triggers.slice(0, 3).map((t) => `\`${t.text}\``);
  const tags =
    item.sdg.length > 0 ? `is tagged \`sdg="${item.sdg.join(' ')}"\`` : 'has no `sdg` tag';
  return `The text of \`${item.id}\` strongly suggests SDG ${goal.code} (${words.join(', ')}) but it ${tags}; add \`${goal.code}\` if the block addresses it (see \`kb suggest ${item.id}\`).`;
}

/** Info-level hints for blocks whose text strongly suggests a goal they do not carry. */
export function sdgHints(items: StatusItem[]): VFileMessage[] {
  const hints: VFileMessage[] = [];
  for (const item of items) {
    const goals = suggestSdg(itemText(item)).goals;
    const best = goals[0]?.score ?? 0;
    const floor = Math.max(SDG_HINT_RULES.minScore, best * SDG_HINT_RULES.relativeScore);
    for (const goal of goals) {
      if (goal.score < floor || item.sdgGoals.includes(goal.goal)) continue;
      const hint = new VFileMessage(hintText(item, goal), {
        place: item.position,
        ruleId: 'sdg-suggestion',
        source: '@kmportal/cli',
      });
      hint.file = item.path;
      hint.fatal = undefined;
      hints.push(hint);
    }
  }
  return hints;
}

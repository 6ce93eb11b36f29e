import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {DEFAULT_STATUSES, SDG_COLORS, contrastingText} from '@kmportal/model';
import kbStatusColor, {kbStatusStyle} from '../theme/kbStatusColor';
import {OFFICIAL_GOAL_COLORS, OFFICIAL_TEXT_COLORS} from '../theme/SdgChip/goalColors';

// The model's default vocabulary, whose colours kbStatusColor and kb-design.css know.
const DEFAULTS = DEFAULT_STATUSES.map(({value, color}) => [value, color] as const);

test('a status that keeps its default colour gets no inline style, another colour does', () => {
  expect(kbStatusStyle({value: 'ongoing', color: '#F9A825'})).toBeUndefined();
  expect(kbStatusStyle({value: 'ongoing', color: '#123456'})).toEqual({
    '--kb-status-color': '#123456',
  });
  expect(kbStatusStyle({value: 'on-hold', color: '#757575'})).toEqual({
    '--kb-status-color': '#757575',
  });
  expect(kbStatusStyle({value: 'on-hold', color: ''})).toEqual({
    '--kb-status-color': 'var(--kb-status-unknown)',
  });
});

// Without the style, the colour comes from kb-design.css: one rule per default status, with the
// same value the inline style had.
test('kb-design.css gives each default status the colour kbStatusColor names', () => {
  const css = readFileSync(join(__dirname, '..', 'theme', 'kb-design.css'), 'utf8');
  for (const [value, color] of DEFAULTS) {
    const rule = `.kb-status-block--${value},\n.kb-status-badge--${value} {\n  --kb-status-color: ${kbStatusColor({value, color})};\n}`;
    expect(css).toContain(rule);
    expect(kbStatusStyle({value, color})).toBeUndefined();
  }
});

test('SDG chips of the official colours get them from kb-design.css, as the model ships them', () => {
  const css = readFileSync(join(__dirname, '..', 'theme', 'kb-design.css'), 'utf8');
  expect(OFFICIAL_GOAL_COLORS).toEqual(SDG_COLORS);
  SDG_COLORS.forEach((color, index) => {
    expect(OFFICIAL_TEXT_COLORS[index]).toBe(contrastingText(color));
    // Prettier writes CSS colours in lower case.
    const rule =
      `.kb-sdg-chip--goal-${index + 1} {\n  --kb-sdg-color: ${color};\n  --kb-sdg-text-color: ${contrastingText(color)};\n}`.toLowerCase();
    expect(css).toContain(rule);
  });
});

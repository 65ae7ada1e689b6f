import { describe, expect, it } from 'vitest';
import { inlineMarks } from './inline-marks';

describe('inlineMarks', () => {
  it('reads emphasis, strong and code spans in a title', () => {
    expect(inlineMarks('A *sunny* line, **bold** and `x_1`')).toEqual([
      { kind: 'text', text: 'A ' },
      { kind: 'em', text: 'sunny' },
      { kind: 'text', text: ' line, ' },
      { kind: 'strong', text: 'bold' },
      { kind: 'text', text: ' and ' },
      { kind: 'code', text: 'x_1' },
    ]);
    expect(inlineMarks('_Lemma_ 2')).toEqual([
      { kind: 'em', text: 'Lemma' },
      { kind: 'text', text: ' 2' },
    ]);
  });

  it('leaves text that only looks like marks', () => {
    for (const t of ['snake_case_name', '2 * 3 * 4', 'a ** b', 'price *', '* item', '<b>x</b>'])
      expect(inlineMarks(t)).toEqual([{ kind: 'text', text: t }]);
  });
});

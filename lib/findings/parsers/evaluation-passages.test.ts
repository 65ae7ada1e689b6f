import { describe, expect, it } from 'vitest';
import { splitPassages } from './evaluation-passages';

describe('splitPassages', () => {
  it('splits paragraphs and list items, keeps headings and display formulas with their text', () => {
    const text = `Intro paragraph.

### Step 2

The claim is false:

\\[
a_2 = 6
\\]

The issues are:
- first issue
  continued
- second issue
1. numbered item

---

**Step 4**`;
    expect(splitPassages(text)).toEqual([
      'Intro paragraph.',
      '### Step 2\nThe claim is false:\n\n\\[\na_2 = 6\n\\]',
      'The issues are:',
      '- first issue\n  continued',
      '- second issue',
      '1. numbered item',
      '**Step 4**',
    ]);
  });
});

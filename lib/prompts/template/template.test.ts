import { describe, expect, it } from 'vitest';
import { parseTemplate, TemplateError } from './parse';
import { renderTemplate } from './render';

const render = (source: string, values: Record<string, string>) =>
  renderTemplate(parseTemplate(source), values);

describe('prompt templates', () => {
  it('fills placeholders and turns doubled braces into literal ones', () => {
    expect(render('Prove {problem}; end with \\boxed{{s}}.', { problem: 'x>0' })).toEqual([
      { role: 'user', content: 'Prove x>0; end with \\boxed{s}.' },
    ]);
  });

  it('inserts values as data: braces and tags inside a value are not read', () => {
    const value = '{problem} {{x}} {#a}{/a} \\frac{1}{2}';
    expect(render('P: {problem}', { problem: value })[0].content).toBe(`P: ${value}`);
  });

  it('splits messages at role lines and trims their blank edges', () => {
    const msgs = render('=== system ===\n\nYou grade.\n\n=== user ===\n{problem}\n\n', {
      problem: 'Q',
    });
    expect(msgs).toEqual([
      { role: 'system', content: 'You grade.' },
      { role: 'user', content: 'Q' },
    ]);
  });

  it('keeps a section when its value is set, an inverted one when it is empty', () => {
    const t = 'A\n{#hint}\nHint: {hint}\n{/hint}\n{^hint}\n(no hint)\n{/hint}\nB';
    expect(render(t, { hint: 'try n=1' })[0].content).toBe('A\nHint: try n=1\nB');
    expect(render(t, { hint: '  ' })[0].content).toBe('A\n(no hint)\nB');
  });

  it.each([
    ['Hello {0}', 1, 'not a placeholder'],
    ['a\nb }', 2, "single '}'"],
    ['a\n\n{x.y}', 3, 'not a placeholder'],
    ['x\n{#a}\ny', 2, 'never closed'],
    ['{#a}x{/b}', 1, 'closes {#a}'],
    ['=== system ===\n=== user ===\nx', 1, 'system message is empty'],
  ])('refuses %j at line %i', (source, line, reason) => {
    let error: unknown = null;
    try {
      parseTemplate(source);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).line).toBe(line);
    expect((error as TemplateError).reason).toContain(reason);
  });

  it('lists every placeholder a template uses, with its line', () => {
    const { placeholders } = parseTemplate(
      '=== system ===\nS\n=== user ===\n{problem}\n\n{#proof}{proof}{/proof}',
    );
    expect(placeholders).toEqual([
      { name: 'problem', line: 4 },
      { name: 'proof', line: 6 },
      { name: 'proof', line: 6 },
    ]);
  });
});

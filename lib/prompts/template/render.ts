import type { ChatMessage } from '../types';
import type { ParsedTemplate, TemplateNode } from './parse';

export type TemplateValues = Readonly<Record<string, string>>;

function renderNodes(nodes: TemplateNode[], values: TemplateValues): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'value') out += lookup(values, node.name);
    else {
      const empty = lookup(values, node.name).trim() === '';
      if (empty === node.inverted) out += renderNodes(node.body, values);
    }
  }
  return out;
}

function lookup(values: TemplateValues, name: string): string {
  const value = Object.hasOwn(values, name) ? values[name] : undefined;
  // Validation at load time makes this unreachable for a set that loaded.
  if (typeof value !== 'string') throw new Error(`no value for the placeholder {${name}}`);
  return value;
}

/**
 * The messages a template makes from its values. Values are inserted as they are: text a
 * user or model wrote is never read as template syntax, whatever braces it contains.
 */
export function renderTemplate(template: ParsedTemplate, values: TemplateValues): ChatMessage[] {
  return template.messages.map((m) => ({ role: m.role, content: renderNodes(m.body, values) }));
}

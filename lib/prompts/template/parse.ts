import type { ChatMessage } from '../types';

/**
 * A prompt template is data, never code. Its syntax is the subset of Python's `str.format`
 * that prompt files use (so templates taken from Python code work as they are):
 *   `{name}`   a placeholder;
 *   `{{` `}}`  a literal brace (LaTeX in a template: `\boxed{{s}}`);
 * plus sections, which keep or drop text by whether a value is empty:
 *   `{#name}…{/name}`  kept when `name` is not empty;
 *   `{^name}…{/name}`  kept when `name` is empty.
 * A line `=== system ===` (or `user`, `assistant`) starts a message; text before any such
 * line is one user message. A tag alone on its line takes the line with it.
 */
export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'value'; name: string; line: number }
  | { type: 'section'; name: string; inverted: boolean; line: number; body: TemplateNode[] };

export type TemplateMessage = { role: ChatMessage['role']; body: TemplateNode[] };

export type ParsedTemplate = { messages: TemplateMessage[]; placeholders: PlaceholderUse[] };

export type PlaceholderUse = { name: string; line: number };

/** A template that cannot be read: the 1-based line it fails on and why. */
export class TemplateError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

const ROLE_LINE = /^===[ \t]*(system|user|assistant)[ \t]*===[ \t]*$/;
const TAG = /^\{([#^/]?)([A-Za-z_][A-Za-z0-9_]*)\}/;

type Segment = { role: ChatMessage['role']; text: string; firstLine: number };

/** Splits the file at its role lines; each message loses its blank lead and trailing space. */
function splitMessages(source: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { role: 'user', text: '', firstLine: 1 };
  let buffer: string[] = [];
  let marked = false;
  const close = () => {
    const text = buffer.join('\n');
    const lead = /^(?:[ \t]*\n)*/.exec(text)?.[0] ?? '';
    const body = text.slice(lead.length).replace(/\s+$/, '');
    // Text before the first role line is a user message only when there is some.
    if (marked || body) {
      segments.push({
        ...current,
        text: body,
        firstLine: current.firstLine + lead.split('\n').length - 1,
      });
    }
  };
  source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      const role = ROLE_LINE.exec(line);
      if (!role) {
        buffer.push(line);
        return;
      }
      close();
      marked = true;
      buffer = [];
      current = { role: role[1] as ChatMessage['role'], text: '', firstLine: i + 2 };
    });
  close();
  return segments;
}

/** Whether the tag at [start, end) stands alone on its line (then the line goes with it). */
function standalone(text: string, start: number, end: number): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  if (text.slice(lineStart, start).trim() || text.slice(end, lineEnd).trim()) return null;
  return [lineStart, nl < 0 ? lineEnd : lineEnd + 1];
}

function parseBody(text: string, firstLine: number, uses: PlaceholderUse[]): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: { node: Extract<TemplateNode, { type: 'section' }>; into: TemplateNode[] }[] = [];
  let into = root;
  let literal = '';
  let line = firstLine;
  const flush = () => {
    if (literal) into.push({ type: 'text', text: literal });
    literal = '';
  };
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (ch === '{' && text[i + 1] === '{') {
      literal += '{';
      i += 2;
      continue;
    }
    if (ch === '}' && text[i + 1] === '}') {
      literal += '}';
      i += 2;
      continue;
    }
    if (ch === '}') throw new TemplateError(line, "a single '}': write '}}' for a literal brace");
    if (ch !== '{') {
      literal += ch;
      i++;
      continue;
    }
    const tag = TAG.exec(text.slice(i, i + 80));
    if (!tag) {
      const shown = text.slice(i, i + 24).split('\n')[0];
      throw new TemplateError(
        line,
        `"${shown}" is not a placeholder: placeholders are {name}; write '{{' and '}}' for literal braces`,
      );
    }
    const [whole, sigil, name] = tag;
    const tagLine = line;
    let end = i + whole.length;
    if (sigil) {
      const alone = standalone(text, i, end);
      if (alone) {
        // Drop the indentation already collected and the rest of the line.
        literal = literal.slice(0, literal.length - (i - alone[0]));
        end = alone[1];
        if (end > i + whole.length && text[end - 1] === '\n') line++;
      }
    }
    flush();
    if (!sigil) {
      into.push({ type: 'value', name, line: tagLine });
      uses.push({ name, line: tagLine });
    } else if (sigil === '/') {
      const open = stack.pop();
      if (!open || open.node.name !== name) {
        throw new TemplateError(
          tagLine,
          open
            ? `{/${name}} closes {${open.node.inverted ? '^' : '#'}${open.node.name}}`
            : `{/${name}} closes no section`,
        );
      }
      into = open.into;
    } else {
      const node = {
        type: 'section' as const,
        name,
        inverted: sigil === '^',
        line: tagLine,
        body: [],
      };
      uses.push({ name, line: tagLine });
      into.push(node);
      stack.push({ node, into });
      into = node.body;
    }
    i = end;
  }
  flush();
  const open = stack.pop();
  if (open)
    throw new TemplateError(
      open.node.line,
      `{${open.node.inverted ? '^' : '#'}${open.node.name}} is never closed`,
    );
  return root;
}

/** Reads a template file's text; throws `TemplateError` with the line of the first problem. */
export function parseTemplate(source: string): ParsedTemplate {
  const placeholders: PlaceholderUse[] = [];
  const segments = splitMessages(source);
  if (!segments.length) throw new TemplateError(1, 'the template is empty');
  const messages = segments.map((s) => {
    if (!s.text) throw new TemplateError(s.firstLine - 1, `the ${s.role} message is empty`);
    return { role: s.role, body: parseBody(s.text, s.firstLine, placeholders) };
  });
  return { messages, placeholders };
}

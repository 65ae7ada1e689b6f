/**
 * Every keyboard shortcut Proofdesk answers to, in one list: the `?` dialog shows it, and
 * buttons take their hint from it, so a key and its label can never disagree.
 */
export type Shortcut = { keys: string[]; label: string };
export type ShortcutGroup = { title: string; items: Shortcut[] };

export const SHORTCUTS = {
  help: { keys: ['?'], label: 'Show these shortcuts' },
  generate: { keys: ['g'], label: 'Generate a draft' },
  verify: { keys: ['v'], label: 'Verify the open round' },
  refine: { keys: ['r'], label: 'Refine with the decided findings' },
  stop: { keys: ['s'], label: 'Stop the run' },
  problem: { keys: ['p'], label: 'Show or hide the problem' },
  drawer: { keys: ['b'], label: 'Show or hide the output drawer' },
  viewProof: { keys: ['1'], label: 'Proof view' },
  viewRounds: { keys: ['2'], label: 'Rounds view (scores, diff, usage)' },
  viewSearch: { keys: ['3'], label: 'Search view (pool, lineage)' },
  next: { keys: ['j'], label: 'Next finding' },
  prev: { keys: ['k'], label: 'Previous finding' },
  accept: { keys: ['a'], label: 'Accept the selected finding' },
  override: { keys: ['o'], label: 'Override the selected finding (with a note)' },
  dismiss: { keys: ['d'], label: 'Dismiss the selected finding' },
  addFinding: {
    keys: ['c'],
    label: 'Add a finding on the editor’s selection or cursor line (outside the text)',
  },
  addFindingInEditor: {
    keys: ['Ctrl+Alt+M'],
    label: 'Add a finding while typing in the editor (⌘⌥M on a Mac), where c types a c',
  },
  replayNext: { keys: ['→', 'Space'], label: 'Replay: next step' },
  replayPrev: { keys: ['←'], label: 'Replay: previous step' },
  replayEnds: { keys: ['Home', 'End'], label: 'Replay: first / last step' },
  reviewNext: { keys: ['j', '→'], label: 'Review: next session' },
  reviewPrev: { keys: ['k', '←'], label: 'Review: previous session' },
  reviewUnresolved: { keys: ['u'], label: 'Review: only sessions with unresolved findings' },
  reviewOpen: { keys: ['o'], label: 'Review: open the session in the workbench' },
} satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

export const SHORTCUT_GROUPS: { title: string; ids: ShortcutId[] }[] = [
  { title: 'Runs', ids: ['generate', 'verify', 'refine', 'stop'] },
  {
    title: 'Findings',
    ids: ['next', 'prev', 'accept', 'override', 'dismiss', 'addFinding', 'addFindingInEditor'],
  },
  {
    title: 'Screen',
    ids: ['problem', 'drawer', 'viewProof', 'viewRounds', 'viewSearch', 'help'],
  },
  { title: 'Replay', ids: ['replayNext', 'replayPrev', 'replayEnds'] },
  { title: 'Review queue', ids: ['reviewNext', 'reviewPrev', 'reviewUnresolved', 'reviewOpen'] },
];

/** The `KeyboardEvent.key` a key of the list stands for ("→" is ArrowRight). */
export function eventKey(key: string): string {
  return { '→': 'ArrowRight', '←': 'ArrowLeft', Space: ' ' }[key] ?? key;
}

/** "Generate (g)": a button's title with its key. */
export function withKey(id: ShortcutId, label?: string): string {
  const s = SHORTCUTS[id];
  return `${label ?? s.label} (${s.keys.join('+')})`;
}

/** True while the person is typing: keys then belong to the field, not to shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
  return !!el.closest('.monaco-editor') || !!el.closest('[role="dialog"], dialog');
}

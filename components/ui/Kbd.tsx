import { SHORTCUTS, type ShortcutId } from '@/components/keys/shortcuts';

/** The key(s) of a shortcut, drawn as keycaps, hidden from screen readers (titles say it). */
export function Kbd({ id }: { id: ShortcutId }) {
  return (
    <span className="kbd-group" aria-hidden="true">
      {SHORTCUTS[id].keys.map((k) => (
        <kbd key={k}>{k}</kbd>
      ))}
    </span>
  );
}

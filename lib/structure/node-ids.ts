/** Readable, deterministic node ids ("lemma-2", "case-2a", "eq-3"), unique within one outline. */
export class NodeIds {
  private taken = new Set<string>();
  /** Next suffix to try per root, so a thousand "eq-1"s stay linear. */
  private next = new Map<string, number>();

  make(base: string): string {
    const root = slug(base) || 'node';
    let id = root;
    let n = this.next.get(root) ?? 2;
    while (this.taken.has(id)) id = `${root}-${n++}`;
    this.next.set(root, n);
    this.taken.add(id);
    return id;
  }
}

export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/'/g, 'p')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

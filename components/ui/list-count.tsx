import { SEARCH_CAP } from '@/lib/schemas';

/** A list's count as a person reads it: "1,000+" when a search stopped counting at its cap. */
export function countText(total: number, capped: boolean | undefined): string {
  return `${total.toLocaleString('en-US')}${capped ? '+' : ''}`;
}

/** Says why a searched list ends early: only the most recent matches are listed. */
export function SearchCapNote(props: { capped: boolean | undefined }) {
  if (!props.capped) return null;
  return (
    <p className="muted" data-testid="search-cap-note">
      More sessions match than are listed: only the {SEARCH_CAP.toLocaleString('en-US')} most recent
      matches are shown. Add a word to narrow the search.
    </p>
  );
}

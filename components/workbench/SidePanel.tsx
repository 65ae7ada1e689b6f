'use client';

import { Tabs } from 'radix-ui';
import { useRef, useState } from 'react';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import type { ServerWait } from '@/hooks/server-wait';
import type { RoundOrigin } from '@/lib/schemas';
import tabStyles from './layout/tabs.module.css';
import outputStyles from './model-output.module.css';
import { useFollowStreamEnd } from './use-follow-stream-end';

type Tab = {
  id: string;
  label: React.ReactNode;
  content: React.ReactNode;
  /** Stay mounted while another tab shows (the findings keep their state and keys). */
  keepMounted?: boolean;
};

/**
 * Beside the editor, at full height: tabs (findings first, then preview, samples, grade).
 * Only one tab shows at a time, so the findings list gets the whole column.
 */
export function SidePanel({ tabs }: { tabs: Tab[] }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  return (
    <Tabs.Root className={tabStyles.sidePanel} value={active} onValueChange={setActive}>
      <Tabs.List className={`${tabStyles.tabList} ${tabStyles.sideTabs}`} aria-label="Side panel">
        {tabs.map((t) => (
          <Tabs.Trigger key={t.id} value={t.id} data-testid={`side-tab-${t.id}`}>
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Content
          key={t.id}
          value={t.id}
          className={tabStyles.sideBody}
          data-testid={`side-body-${t.id}`}
          // Radix hides inactive tabs itself; an explicit `hidden={undefined}` would undo that.
          {...(t.keepMounted ? { forceMount: true, hidden: t.id !== active } : {})}
        >
          {t.content}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}

const WAITING: Record<NonNullable<ServerWait>, { meta: string; body: string }> = {
  retry: {
    meta: 'Waiting to retry · ',
    body: 'Nothing yet: the model server is asked again after the wait the status line shows.',
  },
  slot: {
    meta: 'Waiting for the model server · ',
    body: 'Nothing yet: the model server’s request limit is taken by other runs; this one starts when one of them ends.',
  },
};

/** Why a round has no reasoning, where its origin says. */
const EMPTY_BECAUSE: Partial<Record<RoundOrigin, string>> = {
  manual: 'This round was written or edited by hand: no model reasoned it.',
  import: 'This round was imported without the reasoning behind it.',
};

/**
 * The model's reasoning, shown apart from the proof (in the drawer under the editor). While the
 * run waits for the model server (to ask again, or for a free slot) it says so, not
 * "Streaming" over nothing.
 */
export function ReasoningPanel({
  reasoning,
  live,
  waits = null,
  noDraft = false,
  origin = null,
  head = null,
}: {
  reasoning: string;
  live: boolean;
  waits?: ServerWait;
  /**
   * A session before its first draft (the drawer decides it for all its tabs): nothing has
   * been written to have reasoning.
   */
  noDraft?: boolean;
  /** Where the round's text came from: a person's own round has no reasoning to show. */
  origin?: RoundOrigin | null;
  /** Shown before the character count, on its line (the choice of whose reasoning). */
  head?: React.ReactNode;
}) {
  const waiting = live && waits ? WAITING[waits] : null;
  // A thinking model writes thousands of lines: while it streams, its newest stay in view.
  const text = useRef<HTMLPreElement>(null);
  useFollowStreamEnd(text, live);
  return (
    <div data-testid="reasoning-panel">
      <div className={outputStyles.metaRow}>
        {head}
        <p className={`${outputStyles.meta} muted`}>
          {waiting ? waiting.meta : live ? 'Streaming · ' : ''}
          {reasoning.length.toLocaleString()} characters
        </p>
      </div>
      <pre className={outputStyles.reasoning} ref={text}>
        {reasoning ||
          (waiting
            ? waiting.body
            : live
              ? 'Nothing streamed yet.'
              : noDraft
                ? 'No draft yet: press Generate (g), and the generator’s reasoning streams here.'
                : (origin && EMPTY_BECAUSE[origin]) || 'No reasoning for this round.')}
      </pre>
    </div>
  );
}

/**
 * The selected round's raw model output exactly as streamed (for a draft: solution and
 * self-evaluation), and the verifier's report on it when there is one.
 */
export function OutputPanel({
  text,
  report,
  live = false,
  reportLive = false,
}: {
  text: string;
  report?: string;
  live?: boolean;
  /** The report is streaming: it grows at the end, below the draft's answer. */
  reportLive?: boolean;
}) {
  // Whichever streams, the draft's answer or the report under it, its newest lines are in view.
  const content = useRef<HTMLDivElement>(null);
  useFollowStreamEnd(content, live || reportLive);
  return (
    <div ref={content}>
      {text ? (
        <pre className={outputStyles.output} data-testid="run-output">
          {text}
        </pre>
      ) : (
        <p className="muted" data-testid="run-output">
          {live
            ? 'Nothing streamed yet.'
            : 'No model output for this round (it was written or edited by hand, or imported).'}
        </p>
      )}
      {report ? (
        <>
          <h4>Verifier report{reportLive ? ' · streaming' : ''}</h4>
          <pre className={outputStyles.output} data-testid="report-output">
            {report}
          </pre>
        </>
      ) : null}
    </div>
  );
}

export function SelfEvaluationPanel({ text }: { text: string | null }) {
  if (!text) return <p className="muted">No self-evaluation in this round.</p>;
  return <MathMarkdown text={text} />;
}

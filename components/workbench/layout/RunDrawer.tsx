'use client';

import { ChevronDown, ChevronUp } from 'lucide-react';
import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import type { ServerWait } from '@/hooks/server-wait';
import type { RoundOrigin } from '@/lib/schemas';
import { PromptPanel } from '../prompts/PromptPanel';
import { RunPromptLine } from '../prompts/RunPromptLine';
import type { PromptEntry } from '../prompts/round-prompts';
import { OutputPanel, SelfEvaluationPanel } from '../SidePanel';
import type { RunText } from '../use-round-outputs';
import { ReasoningTab } from './ReasoningTab';
import tabs from './tabs.module.css';

export type DrawerContent = {
  /** The selected round's draft run: its reasoning and raw answer (live while it streams). */
  draft: RunText;
  /** The round's newest verification, when it has one: the verifier's reasoning and report. */
  report: RunText | null;
  selfEvaluation: string | null;
  /** The session has a round open (false before its first draft). */
  hasRound: boolean;
  /** Where the open round's text came from (a person's rounds have no model reasoning). */
  origin: RoundOrigin | null;
  /** What the run waits for before anything streams (see `waitingForModelServer`). */
  waits?: ServerWait;
  /** The prompts behind the round's draft and report (issue 22), and whose session they are. */
  prompts: PromptEntry[];
  sessionId: string;
};

/**
 * Under the editor: the selected round's reasoning (the generator's and the verifier's), raw
 * output and self-evaluation, in tabs.
 * The drawer collapses to its tab strip; picking a tab while collapsed opens it.
 */
export function RunDrawer({
  content,
  collapsed,
  onToggle,
}: {
  content: DrawerContent;
  collapsed: boolean;
  onToggle: (open?: boolean) => void;
}) {
  const [tab, setTab] = useState('reasoning');
  // A session before its first draft: no round to have an output, a self-evaluation or a prompt.
  const noDraft = !content.hasRound && !content.draft.live;
  // Something streams into the Reasoning tab: the draft's reasoning or the verifier's.
  const live = content.draft.live || !!(content.report?.live && content.report.reasoning);
  return (
    <Tabs.Root
      className={tabs.runDrawer}
      data-testid="run-drawer"
      data-collapsed={collapsed}
      value={tab}
      onValueChange={(t) => {
        setTab(t);
        if (collapsed) onToggle(true);
      }}
    >
      <div className={tabs.drawerHead}>
        <Tabs.List className={tabs.tabList} aria-label="Run output">
          <Tabs.Trigger value="reasoning" data-testid="side-tab-reasoning">
            Reasoning
            {/* Always there, shown only while streaming: the tabs never move. */}
            <span className={tabs.liveDot} data-live={live} aria-hidden />
          </Tabs.Trigger>
          <Tabs.Trigger value="output" data-testid="side-tab-output">
            Output
          </Tabs.Trigger>
          <Tabs.Trigger value="self" data-testid="side-tab-self">
            Self-evaluation
          </Tabs.Trigger>
          <Tabs.Trigger value="prompt" data-testid="side-tab-prompt">
            Prompt
          </Tabs.Trigger>
        </Tabs.List>
        <RunPromptLine
          entries={content.prompts}
          onOpen={() => {
            setTab('prompt');
            if (collapsed) onToggle(true);
          }}
        />
        <Tip shortcut="drawer" label={collapsed ? 'Show the drawer' : 'Hide the drawer'}>
          <button
            type="button"
            className="icon-button"
            data-testid="drawer-toggle"
            aria-expanded={!collapsed}
            aria-label={collapsed ? 'Show the drawer' : 'Hide the drawer'}
            onClick={() => onToggle()}
          >
            {collapsed ? <ChevronUp size={16} /> : <ChevronDown size={16} />}
            <Kbd id="drawer" />
          </button>
        </Tip>
      </div>
      <Tabs.Content value="reasoning" className={tabs.drawerBody}>
        <ReasoningTab
          draft={content.draft}
          report={content.report}
          waits={content.waits}
          noDraft={noDraft}
          origin={content.origin}
        />
      </Tabs.Content>
      <Tabs.Content value="output" className={tabs.drawerBody}>
        {noDraft ? (
          <NoDraftYet what="answer, exactly as streamed," />
        ) : (
          <OutputPanel
            text={content.draft.text}
            report={content.report?.text}
            live={content.draft.live}
            reportLive={content.report?.live}
          />
        )}
      </Tabs.Content>
      <Tabs.Content value="self" className={tabs.drawerBody}>
        {noDraft ? (
          <NoDraftYet what="self-evaluation" />
        ) : (
          <SelfEvaluationPanel text={content.selfEvaluation} />
        )}
      </Tabs.Content>
      <Tabs.Content value="prompt" className={tabs.drawerBody}>
        {noDraft ? (
          <NoDraftYet what="prompt" />
        ) : (
          <PromptPanel sessionId={content.sessionId} entries={content.prompts} />
        )}
      </Tabs.Content>
    </Tabs.Root>
  );
}

/** What a drawer tab says before the session's first draft: what will show there, and how. */
function NoDraftYet({ what }: { what: string }) {
  return (
    <p className="muted" data-testid="drawer-no-draft">
      No draft yet: press Generate (g), and the generator’s {what} shows here.
    </p>
  );
}

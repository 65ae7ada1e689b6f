'use client';

import { ChevronDown, Download, Presentation, Share2 } from 'lucide-react';
import Link from 'next/link';
import { DropdownMenu, Popover } from 'radix-ui';
import uiStyles from '@/components/ui/ui.module.css';
import { api } from '@/lib/client';
import { DeleteSession } from './DeleteSession';
import { SharePanel } from './SharePanel';
import styles from './share.module.css';

const FORMATS = [
  ['md', 'Markdown'],
  ['tex', 'LaTeX'],
  ['pdf', 'PDF (print)'],
  ['json', 'JSON (whole session)'],
] as const;

/** Export (a menu), share (a popover), replay and delete for one session, beside its title. */
export function SessionTools({ sessionId }: { sessionId: string }) {
  const id = encodeURIComponent(sessionId);
  return (
    <div className={styles.tools}>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger asChild>
          <button type="button" data-testid="export-menu">
            <Download size={14} aria-hidden />
            Export
            <ChevronDown size={13} aria-hidden />
          </button>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className={uiStyles.popover} align="end" sideOffset={4}>
            {FORMATS.map(([format, label]) => (
              <DropdownMenu.Item key={format} asChild className={uiStyles.item}>
                <a
                  href={api.sessions.exportUrl(sessionId, format)}
                  data-testid={`export-${format}`}
                  {...(format === 'pdf'
                    ? { target: '_blank', rel: 'noopener' }
                    : { download: true })}
                >
                  {label}
                </a>
              </DropdownMenu.Item>
            ))}
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <Popover.Root>
        <Popover.Trigger asChild>
          <button type="button" data-testid="share-menu">
            <Share2 size={14} aria-hidden />
            Share
          </button>
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content
            className={`${uiStyles.popover} ${styles.sharePop}`}
            align="end"
            sideOffset={4}
          >
            <SharePanel sessionId={sessionId} />
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
      <Link href={`/sessions/${id}/replay`} data-testid="replay-link" className={styles.replay}>
        <Presentation size={14} aria-hidden />
        Replay
      </Link>
      <DeleteSession sessionId={sessionId} />
    </div>
  );
}

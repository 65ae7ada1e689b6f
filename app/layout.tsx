import type { Metadata } from 'next';
import 'katex/dist/katex.min.css';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import './styles/chrome.css';
import './styles/workbench-layout.css';
import './styles/workbench.css';
import { Providers } from '@/components/app/Providers';
import { TopBar } from '@/components/app/TopBar';

export const metadata: Metadata = {
  title: 'Proofdesk',
  description: 'A workbench for mathematical proofs written and checked by language models',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <TopBar />
          {children}
        </Providers>
      </body>
    </html>
  );
}

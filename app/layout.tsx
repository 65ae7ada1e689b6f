import type { Metadata } from 'next';
import { connection } from 'next/server';
import 'katex/dist/katex.min.css';
import '@fontsource-variable/inter';
import './styles/tokens.css';
import './styles/base.css';
import { Providers } from '@/components/app/Providers';
import { TopBar } from '@/components/app/TopBar';

export const metadata: Metadata = {
  title: 'Proofdesk',
  description: 'A workbench for mathematical proofs written and checked by language models',
};

/**
 * Every page renders per request: Next puts the proxy's per-request CSP nonce on its scripts
 * only when it renders them then (a page prerendered at build time has no nonce to carry).
 */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <html lang="en">
      <body>
        <Providers>
          <TopBar signOut={!!process.env.PROOFDESK_AUTH_TOKEN?.trim()} />
          {children}
        </Providers>
      </body>
    </html>
  );
}

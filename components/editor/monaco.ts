'use client';

/**
 * Monaco, bundled from node_modules (never a CDN): the editor API with the contributions a
 * proof editor needs, Markdown highlighting, and the one worker it uses. Importing the
 * full `monaco-editor` entry would also pull TypeScript/CSS/HTML language services we never use.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/codeEditor/register';
import 'monaco-editor/features/diffEditor/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/editor/common/standaloneStrings';
import { loader } from '@monaco-editor/react';
import { conf, language } from 'monaco-editor/languages/definitions/markdown/markdown';

type MonacoEnv = { getWorker: (workerId: string, label: string) => Worker };

// Every label gets the editor worker: Markdown needs no language worker of its own.
(self as unknown as { MonacoEnvironment: MonacoEnv }).MonacoEnvironment = {
  getWorker: () =>
    new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module' }),
};

// Markdown's highlighting is bundled with the editor, not loaded when the first model asks for
// it (Monaco's `register` entry): a server that restarts just after the page loaded then
// cannot leave the editor without colours and the page with a failed chunk load.
monaco.languages.register({
  id: 'markdown',
  extensions: ['.md'],
  aliases: ['Markdown', 'markdown'],
});
monaco.languages.setMonarchTokensProvider('markdown', language);
monaco.languages.setLanguageConfiguration('markdown', conf);

loader.config({ monaco });

export { monaco };
export type Monaco = typeof monaco;

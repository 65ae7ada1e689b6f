import { expect, type Page } from '@playwright/test';

export type PageWatch = { dialogs: string[]; foreign: string[] };

/**
 * Records every dialog (dismissed at once) and every request to an origin other than the
 * app's (data: and blob: URLs stay in the page) for the rest of the page's life.
 */
export function watchPage(page: Page, appOrigin: string): PageWatch {
  const watch: PageWatch = { dialogs: [], foreign: [] };
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== appOrigin) {
      watch.foreign.push(r.url());
    }
  });
  return watch;
}

type Findings = { globals: string[]; handlers: string[]; scriptUrls: string[] };

/** Looks through the whole DOM for anything a payload could have left behind. */
function inspectDom(): Findings {
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];
  const handlers: string[] = [];
  const scriptUrls: string[] = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) handlers.push(`<${el.localName} ${attr.name}>`);
      if (!urlAttrs.includes(attr.name.toLowerCase())) continue;
      // What a browser would see: control characters and spaces inside a scheme are ignored.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
      const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (/^(javascript|vbscript):/.test(value) || /^data:text\/html/.test(value)) {
        scriptUrls.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 60)}">`);
      }
    }
  }
  const w = window as unknown as Record<string, unknown>;
  return {
    globals: ['pwned', 'xss', 'hacked'].filter((k) => k in w),
    handlers,
    scriptUrls,
  };
}

/** Nothing ran, nothing was fetched from elsewhere, nothing dangerous is in the DOM. */
export async function expectSafe(page: Page, watch: PageWatch, where: string): Promise<void> {
  const found = await page.evaluate(inspectDom);
  expect(watch.dialogs, `${where}: dialogs`).toEqual([]);
  expect(watch.foreign, `${where}: requests to other origins`).toEqual([]);
  expect(found.globals, `${where}: globals set by a payload`).toEqual([]);
  expect(found.handlers, `${where}: elements with on* attributes`).toEqual([]);
  expect(found.scriptUrls, `${where}: javascript:/data:text/html URLs`).toEqual([]);
}

/**
 * `act` (a click, say) shows its result: the page is not stuck. No stopwatch here — on a
 * loaded machine a healthy page can take longer than any fixed budget; how quickly the page
 * answers under a streaming load is measured, against a naive baseline, by `npm run
 * bench:render`. The expect timeout that `shown` uses is the hang guard.
 */
export async function expectResponsive(
  act: () => Promise<void>,
  shown: () => Promise<void>,
): Promise<void> {
  await act();
  await shown();
}

/**
 * The editors' font. Monaco's own default starts with 'Droid Sans Mono', installed on some
 * machines and not others, so the same proof wrapped at different places from one machine
 * to the next. This is the page's monospace stack (--font-mono in app/styles/tokens.css);
 * `ui-monospace` is macOS's, DejaVu Sans Mono Linux's (.ci/run installs it).
 */
export const EDITOR_FONT_FAMILY = 'ui-monospace, "DejaVu Sans Mono", Menlo, monospace';

'use client';

/** Opens the browser's print dialog, where "Save as PDF" makes the PDF export. */
export function PrintButton() {
  return (
    <button type="button" data-testid="print-button" onClick={() => window.print()}>
      Print / save as PDF
    </button>
  );
}

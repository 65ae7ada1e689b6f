import type { DiskResult } from '../support/disk-writes';
import { mark, table } from '../support/format';

/** Issue 11's target for the disk cost of streaming. */
export const TARGET_BYTES_PER_CHAR = 10;

/** write() bytes are what SQLite hands the OS (WAL frames, then the checkpoint's pages). */
export function diskRow(tps: number, d: DiskResult): string[] {
  const perChar = (d.appWchar + d.checkpointWchar) / d.chars;
  const blockPerChar = (d.appWriteBytes + d.checkpointWriteBytes) / d.chars;
  const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
  return [
    tps.toLocaleString(),
    d.chars.toLocaleString(),
    `${d.seconds.toFixed(1)} s`,
    mb(d.appWchar),
    mb(d.checkpointWchar),
    `${perChar.toFixed(1)} ${mark(perChar <= TARGET_BYTES_PER_CHAR)}`,
    blockPerChar.toFixed(1),
    d.intact ? 'yes' : 'NO',
  ];
}

export function printDiskTable(rows: string[][]): void {
  console.log(
    `\ndisk writes per character streamed (400k reasoning + 100k proof; target ≤ ${TARGET_BYTES_PER_CHAR} bytes/char)`,
  );
  table([
    [
      'tokens/s',
      'chars',
      'time',
      'app write()',
      'checkpoint',
      'bytes/char',
      'block layer/char',
      'stored = sent',
    ],
    ...rows,
  ]);
}

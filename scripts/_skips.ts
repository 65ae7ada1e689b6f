import { runChecker } from '../lib/checker';
import { DEFAULT_FILES, quietKatexWarnings, readCorpusFile } from './checker-corpus';

quietKatexWarnings();
const want = process.argv[2];
for (const file of DEFAULT_FILES.slice(0, 2)) {
  for (const r of readCorpusFile(file).records) {
    const lines = r.proof.split('\n');
    for (const rel of runChecker(r.proof).relations) {
      if (want && !(rel.reason ?? rel.verdict).includes(want)) continue;
      const line = lines[rel.line - 1];
      const at = line.indexOf(rel.text.slice(0, 10));
      const ctx = (at >= 0 ? line.slice(Math.max(0, at - 60), at) : line.slice(0, 60)).replace(
        /\s+/g,
        ' ',
      );
      console.log(`${r.id} L${rel.line} | …${ctx} ⟦${rel.text}⟧ | ${rel.reason ?? rel.verdict}`);
    }
  }
}

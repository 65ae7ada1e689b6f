import { fixTags } from './fix-tags';
import { repairTex } from './repair-tex';

/** Everything done to a formula between the source and KaTeX. */
export function prepareTex(tex: string, display: boolean): string {
  return fixTags(repairTex(tex), display);
}

import { fixTags } from './fixTags';
import { repairTex } from './repairTex';

/** Everything done to a formula between the source and KaTeX. */
export function prepareTex(tex: string, display: boolean): string {
  return fixTags(repairTex(tex), display);
}

/**
 * From result to action: for each source of emissions, the site pages that help cut it.
 * Electricity → the consultation desk, the GX subsidy and renewable power bought from a supplier
 * (the calculator adds a link to the suppliers' menus), not generation projects a company cannot
 * act on; fuels and heat → heat
 * management, e-methane, green LP gas and the case studies that show them in practice.
 */
import { recordOf } from '../records';
import { localPath, type Lang } from '../i18n';
import { co2Params, type Co2Param } from './co2';

export interface ActionLink {
  collection: 'support' | 'subsidies' | 'projects' | 'case-studies' | 'glossary';
  id: string;
}

const desk: ActionLink = { collection: 'support', id: 'consultation' };
const subsidy: ActionLink = { collection: 'subsidies', id: 'gx-promotion-2025' };
const heat: ActionLink[] = [
  { collection: 'projects', id: 'heat-management' },
  { collection: 'case-studies', id: 'heat-sharing-wakamatsu' },
];

const co2Actions: Record<Co2Param, ActionLink[]> = {
  electricity: [desk, subsidy, { collection: 'glossary', id: 're100-kitakyushu-model' }],
  city_gas: [desk, { collection: 'projects', id: 'e-methane' }, { collection: 'case-studies', id: 'e-methane-certificates' }, ...heat],
  lpg: [desk, { collection: 'projects', id: 'green-lp-gas' }, ...heat],
  kerosene: [desk, ...heat, subsidy],
  heavy_oil_a: [desk, ...heat, subsidy],
  diesel: [desk, { collection: 'projects', id: 'hydrogen-hub' }, subsidy],
  gasoline: [desk, { collection: 'projects', id: 'hydrogen-hub' }, subsidy],
};

/** A link the calculator offers under "next steps". */
export interface ActionLinkShown {
  href: string;
  title: string;
}

/**
 * For each source, its links in `lang`, in order: the page's path under the language prefix, and its
 * title from `titleOf` (the content query, passed in so that this stays free of astro:content).
 */
export async function co2ActionLinks(
  lang: Lang,
  titleOf: (collection: ActionLink['collection'], id: string) => Promise<string>,
): Promise<Record<Co2Param, ActionLinkShown[]>> {
  const links = (actions: ActionLink[]) =>
    Promise.all(actions.map(async (a) => ({ href: localPath(lang, `/${a.collection}/${a.id}/`), title: await titleOf(a.collection, a.id) })));
  const byParam = new Map(await Promise.all(co2Params.map(async (p) => [p, await links(co2Actions[p])] as const)));
  return recordOf(co2Params, (p) => byParam.get(p) ?? []);
}

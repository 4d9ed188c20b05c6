/**
 * The /metrics/ dashboard: datasets grouped by what readers look for, each group in the order its
 * cards appear. Every dataset belongs to exactly one group (a unit test fails on a new dataset
 * that has none, so it cannot silently drop off the dashboard).
 */
export const dashboardGroups = [
  { key: 'consortium', ids: ['consortium-members', 'consultations', 'co2-tool-adoption', 'consortium-team', 'consortium-budget'] },
  { key: 'emissions', ids: ['city-ghg-total', 'city-ghg-by-sector', 'city-ghg-targets', 'city-government-emissions', 'green-growth-co2-goal'] },
  { key: 'energy', ids: ['hibiki-wind-capacity', 'hibiki-wind-turbines', 'hibiki-wind-households', 'renewable-public-facilities', 'green-growth-investment-goal'] },
  { key: 'city', ids: ['population'] },
] as const;

export type DashboardGroup = (typeof dashboardGroups)[number]['key'];

/** The group of a dataset; undefined when it has none. */
export function groupOf(id: string): DashboardGroup | undefined {
  return dashboardGroups.find((g) => g.ids.some((one) => one === id))?.key;
}

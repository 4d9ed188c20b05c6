/**
 * Chart.js with only the parts the site uses, registered once. Imported statically here (so the
 * bundler can drop the rest of Chart.js) and loaded dynamically by metric-chart.ts and the CO2
 * workbook, which both take the page's theme from `themedChart()`.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

// No Tooltip: every value is in the table under the chart, and it saves about 4.5 KB gzip.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

/** Chart.js with text, grid lines and font taken from the page's theme (light or dark), read from Starlight's CSS variables. */
export function themedChart(): typeof Chart {
  const style = getComputedStyle(document.documentElement);
  Chart.defaults.color = style.getPropertyValue('--sl-color-gray-2').trim() || '#444';
  Chart.defaults.borderColor = style.getPropertyValue('--sl-color-gray-5').trim() || '#ccc';
  Chart.defaults.font.family = style.getPropertyValue('--sl-font').trim() || 'sans-serif';
  return Chart;
}

export { Chart };

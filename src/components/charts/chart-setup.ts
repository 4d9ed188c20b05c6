/**
 * Chart.js with only the parts the site uses, registered once. Imported statically here (so the
 * bundler can drop the rest of Chart.js) and loaded dynamically by metric-chart.ts.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

// No Tooltip: every value is in the table under the chart, and it saves about 4.5 KB gzip.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

export { Chart };

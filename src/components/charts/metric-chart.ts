/**
 * <metric-chart>: draws its chart with Chart.js once it scrolls into view. Chart.js is imported
 * dynamically, so pages load it only when a chart is about to be seen, and only the parts used
 * are registered (bar and line charts with category and linear scales).
 * Text and grid colours follow the page theme (light or dark) from Starlight's CSS variables.
 */
async function draw(host: HTMLElement) {
  const { Chart } = await import('./chart-setup');
  const style = getComputedStyle(document.documentElement);
  Chart.defaults.color = style.getPropertyValue('--sl-color-gray-2').trim() || '#555';
  Chart.defaults.borderColor = style.getPropertyValue('--sl-color-gray-5').trim() || '#ccc';
  Chart.defaults.font.family = style.getPropertyValue('--sl-font').trim() || 'sans-serif';
  const config = JSON.parse(host.dataset.config ?? '{}');
  new Chart(host.querySelector('canvas')!, config);
}

class MetricChart extends HTMLElement {
  connectedCallback() {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void draw(this);
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(this);
  }
}

customElements.define('metric-chart', MetricChart);

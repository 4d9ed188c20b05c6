/**
 * <metric-chart>: draws its chart with Chart.js once it scrolls into view. Chart.js is imported
 * dynamically, so pages load it only when a chart is about to be seen, and only the parts used
 * are registered (bar and line charts with category and linear scales).
 * Text and grid colours follow the page theme (light or dark) from Starlight's CSS variables.
 * Once drawn, a "download as PNG" link in the same figure (dataset and embed pages) gets the
 * canvas as an image, painted on the page's background so it reads outside the page too.
 */
async function draw(host: HTMLElement) {
  const { Chart } = await import('./chart-setup');
  const style = getComputedStyle(document.documentElement);
  Chart.defaults.color = style.getPropertyValue('--sl-color-gray-2').trim() || '#444';
  Chart.defaults.borderColor = style.getPropertyValue('--sl-color-gray-5').trim() || '#ccc';
  Chart.defaults.font.family = style.getPropertyValue('--sl-font').trim() || 'sans-serif';
  const canvas = host.querySelector('canvas')!;
  const config = JSON.parse(host.dataset.config ?? '{}');
  // The total's points take the text colour (chart-config.ts totalColor), which a canvas cannot read from CSS.
  for (const d of config.data?.datasets ?? []) if (d.stack === 'total') d.backgroundColor = d.borderColor = getComputedStyle(host).color;
  const chart = new Chart(canvas, config);
  const link = host.closest('.metric')?.querySelector<HTMLAnchorElement>('a.metric-png-link');
  if (link) {
    link.href = png(canvas, getComputedStyle(document.body).backgroundColor || '#fff');
    link.addEventListener('click', () => {
      link.href = png(canvas, getComputedStyle(document.body).backgroundColor || '#fff');
    });
    link.hidden = false;
  }
  return chart;
}

/** The canvas as a PNG data URL on an opaque background (a transparent PNG is unreadable on dark viewers). */
function png(canvas: HTMLCanvasElement, background: string): string {
  const copy = document.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  const context = copy.getContext('2d')!;
  context.fillStyle = background === 'rgba(0, 0, 0, 0)' ? '#fff' : background;
  context.fillRect(0, 0, copy.width, copy.height);
  context.drawImage(canvas, 0, 0);
  return copy.toDataURL('image/png');
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

/**
 * <metric-chart>: draws its chart with Chart.js once it scrolls into view. Chart.js is imported
 * dynamically, so pages load it only when a chart is about to be seen, and only the parts used
 * are registered (bar and line charts with category and linear scales).
 * Text and grid colours follow the page theme (light or dark) from Starlight's CSS variables.
 * Once drawn, a "download as PNG" link in the same figure (dataset and embed pages) gets the
 * canvas as an image, painted on the page's background so it reads outside the page too.
 */
async function draw(host: HTMLElement) {
  const Chart = (await import('./chart-setup')).themedChart();
  const canvas = host.querySelector('canvas')!;
  const config = JSON.parse(host.dataset.config ?? '{}');
  const text = getComputedStyle(host).color;
  // The total's points take the text colour (chart-config.ts totalColor), which a canvas cannot read from CSS.
  for (const d of config.data?.datasets ?? []) if (d.stack === 'total') d.backgroundColor = d.borderColor = text;
  const chart = new Chart(canvas, config);
  const link = host.closest('.metric')?.querySelector<HTMLAnchorElement>('a.metric-png-link');
  if (link) {
    const make = () => png(host, canvas, config.data.datasets, Chart.defaults.font.family!);
    link.href = make();
    link.addEventListener('click', () => {
      link.href = make();
    });
    link.hidden = false;
  }
  return chart;
}

/**
 * The chart as a PNG that reads on its own, as Our World in Data's do: the title above, the
 * legend and the sources with the page's address below, on an opaque background (a transparent
 * PNG is unreadable on dark viewers), in the page's colours.
 */
function png(host: HTMLElement, canvas: HTMLCanvasElement, series: Array<{ label: string; backgroundColor: string }>, family: string): string {
  const scale = canvas.width / canvas.clientWidth || 1;
  const pad = 12 * scale;
  const width = canvas.width;
  const style = getComputedStyle(host);
  const body = getComputedStyle(document.body).backgroundColor;
  const font = (size: number, weight = 'normal') => `${weight} ${size * scale}px ${family}`;
  const measure = document.createElement('canvas').getContext('2d')!;
  // Words wrapped to the width (Japanese, without spaces, and a word wider than the line, by character).
  const lines = (text: string, f: string) => {
    measure.font = f;
    const out: string[] = [];
    let line = '';
    const pieces = (text.match(/[\u3000-\u9fff\uff00-\uffef]|\S+\s*/g) ?? []).flatMap((p) => (measure.measureText(p).width > width - 2 * pad ? [...p] : [p]));
    for (const piece of pieces) {
      if (line && measure.measureText(line + piece).width > width - 2 * pad) {
        out.push(line.trimEnd());
        line = piece.trimStart();
      } else line += piece;
    }
    return line ? [...out, line.trimEnd()] : out;
  };
  const titleFont = font(16, 'bold');
  const smallFont = font(12);
  const title = lines(host.dataset.pngTitle ?? '', titleFont);
  const legend = series.length > 1 ? series.map((s) => ({ ...s, lines: lines(`■ ${s.label}`, smallFont) })) : [];
  const credit = lines(host.dataset.pngCredit ?? '', smallFont);
  const titleLine = 22 * scale;
  const smallLine = 17 * scale;
  const legendHeight = legend.reduce((h, s) => h + s.lines.length * smallLine, 0);
  const copy = document.createElement('canvas');
  copy.width = width;
  copy.height = pad + title.length * titleLine + canvas.height + pad + legendHeight + credit.length * smallLine + pad;
  const context = copy.getContext('2d')!;
  context.fillStyle = body === 'rgba(0, 0, 0, 0)' ? '#fff' : body;
  context.fillRect(0, 0, copy.width, copy.height);
  context.textBaseline = 'top';
  let y = pad;
  context.font = titleFont;
  context.fillStyle = style.color;
  for (const line of title) {
    context.fillText(line, pad, y);
    y += titleLine;
  }
  context.drawImage(canvas, 0, y);
  y += canvas.height + pad;
  context.font = smallFont;
  for (const s of legend) {
    s.lines.forEach((line, i) => {
      // The first line's ■ in the series' colour, the words in the text colour.
      context.fillStyle = style.color;
      context.fillText(line, pad, y);
      if (i === 0) {
        context.fillStyle = s.backgroundColor;
        context.fillText('■', pad, y);
      }
      y += smallLine;
    });
  }
  context.fillStyle = style.color;
  for (const line of credit) {
    context.fillText(line, pad, y);
    y += smallLine;
  }
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

/**
 * Reflow (WCAG 1.4.10): every built page, in both languages, and each tool showing a result, fits a
 * phone 320 and 390 CSS px wide without scrolling the page sideways, and the header's text is not
 * clipped. A failure names the page and the elements that stick out, widest first. Content inside
 * its own scrolling region (a wide table in a focusable .table-wrap) may be wider: only the page may not.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtPages, footerPartsHidden, useSiteInChromium, visitAll } from './support/site';

const pages = builtPages();
const site = useSiteInChromium();

const phones = [
  { width: 320, height: 720 },
  { width: 390, height: 844 },
];

/** A tool in a result state: the page, then what a person does to get there. */
const toolStates: { name: string; path: string; act?: (page: Page) => Promise<void> }[] = [];
for (const prefix of ['', '/en']) {
  toolStates.push(
    {
      name: `${prefix}/tools/green-lpg/ after the industry-goal preset`,
      path: `${prefix}/tools/green-lpg/`,
      act: async (page) => {
        await page.locator('[data-preset]').click();
        await page.locator('#lpg-co2-feedstock').filter({ hasText: /\d/ }).waitFor();
      },
    },
    {
      name: `${prefix}/tools/subsidy-check/ after a full set of answers`,
      path: `${prefix}/tools/subsidy-check/?office_in_city=yes&member=yes&ghg_started=yes&no_tax_arrears=yes&no_antisocial_ties=yes&project_type=gx_field_entry&cost=4,000,000&fiscal_year=2024`,
      act: async (page) => {
        await page.locator('#subsidy-verdict[data-verdict="eligible"]').waitFor();
      },
    },
    {
      name: `${prefix}/tools/subsidy-check/ with an ineligible answer and its reasons`,
      path: `${prefix}/tools/subsidy-check/?office_in_city=yes&member=no&ghg_started=yes&no_tax_arrears=no&no_antisocial_ties=yes&project_type=product_carbon_neutral`,
      act: async (page) => {
        await page.locator('#subsidy-verdict[data-verdict="ineligible"]').waitFor();
      },
    },
    {
      name: `${prefix}/tools/subsidy-check/ undetermined, with what is unknown and the related programmes`,
      path: `${prefix}/tools/subsidy-check/?office_in_city=yes&member=yes&ghg_started=yes&no_tax_arrears=yes&no_antisocial_ties=yes&project_type=other&fiscal_year=2025`,
      act: async (page) => {
        await page.locator('#subsidy-verdict[data-verdict="undetermined"]').waitFor();
        await page.locator('[data-related-list] li').first().waitFor();
      },
    },
    {
      name: `${prefix}/tools/co2/workbook/ with two months typed and the chart shown`,
      path: `${prefix}/tools/co2/workbook/`,
      act: async (page) => {
        await page.selectOption('#wb-year', '2025');
        await page.fill('#wb-2025-04-electricity', '1,000,000');
        await page.fill('#wb-2025-05-heavy_oil_a', '20000');
        await page.locator('#workbook-totals output[data-fiscal-year="2025"]').waitFor();
        await page.locator('#wb-chart-toggle').click();
        await page.locator('.wb-chart canvas').waitFor();
      },
    },
    {
      name: `${prefix}/search/ with results for a query`,
      path: `${prefix}/search/?q=${prefix ? 'hydrogen' : '水素'}`,
      act: async (page) => {
        await page.locator('.search-results .result-link').first().waitFor({ timeout: 15_000 });
      },
    },
    {
      name: `${prefix}/tools/co2/ after a calculation with several fuels`,
      path: `${prefix}/tools/co2/?electricity=1000000&electricity_factor=kyushu-electric-menu-b&heavy_oil_a=100000&kerosene=20000&lpg=5000&city_gas=100000`,
      act: async (page) => {
        await page.locator('#co2-total').filter({ hasText: /\d/ }).waitFor();
      },
    },
  );
}

interface Overflow {
  pageWidth: number;
  viewport: number;
  /** Elements sticking out of the viewport (outermost only), widest first. */
  widest: string[];
  /** Header elements whose text is cut or that stick out. */
  header: string[];
}

/** Runs in the page: how wide it is, what sticks out, and what in the header is clipped. */
function measure(): Overflow {
  const viewport = document.documentElement.clientWidth;
  const label = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const classes = [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${classes}> ${Math.round(el.getBoundingClientRect().width)} px wide, right edge at ${Math.round(el.getBoundingClientRect().right)} px: "${text}"`;
  };
  // An element inside a scrolling or clipping box cannot widen the page.
  const contained = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== 'visible') return true;
    }
    return false;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 1 && r.height > 1 && getComputedStyle(el).visibility !== 'hidden';
  };
  const sticksOut = (el: Element) => visible(el) && el.getBoundingClientRect().right > viewport + 0.5 && !contained(el);
  // The fixed header and sidebar stretch with a page that is too wide: name what made it so.
  const stretched = (el: Element) => el.closest('header, nav') !== null;
  const out = [...document.body.querySelectorAll('*')].filter((el) => sticksOut(el) && !stretched(el));
  const outermost = out.filter((el) => !out.includes(el.parentElement as Element));
  const widest = outermost
    .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
    .slice(0, 3)
    .map(label);
  const header = [...document.querySelectorAll('header *')]
    .filter(visible)
    .filter((el) => el.getBoundingClientRect().right > viewport + 0.5 || (el.scrollWidth > el.clientWidth + 0.5 && el.clientWidth > 0 && getComputedStyle(el).overflowX !== 'visible'))
    .map(label);
  return { pageWidth: document.documentElement.scrollWidth, viewport, widest, header };
}

function problems(name: string, m: Overflow): string[] {
  const found: string[] = [];
  if (m.pageWidth > m.viewport) found.push(`${name}: the page is ${m.pageWidth} px wide on a ${m.viewport} px screen; widest: ${m.widest.join(' | ') || '(none found)'}`);
  if (m.header.length > 0) found.push(`${name}: header text clipped or outside the screen: ${m.header.join(' | ')}`);
  return found;
}

describe('on a phone', () => {
  const open = (viewport = phones[0]!) => site.browser.newPage({ viewport, isMobile: true, hasTouch: true });

  it('every built page fits the width of the screen, header included, at each phone width, and shows its footer', async () => {
    expect(pages.length).toBeGreaterThan(40);
    const found: string[] = [];
    // One load per page, measured at each width in turn (resizing lays the page out again). Always
    // loaded at the narrowest width and widened, never narrowed: a chart made narrower redraws a
    // frame later (Chart.js's resize observer) and would be measured at its old width (tried
    // December 2026: the embeds' canvases then stick out at 320 px).
    await visitAll(pages, () => open(), async (page, path) => {
      await page.setViewportSize(phones[0]!);
      await page.goto(site.origin + path, { waitUntil: 'load' });
      for (const viewport of phones) {
        await page.setViewportSize(viewport);
        found.push(...problems(`${path} at ${viewport.width} px`, await page.evaluate(measure)));
        // On the same load: the footer says who runs the site and how to reach a person (issue #26).
        if (!path.includes('/embed/')) found.push(...(await footerPartsHidden(page)).map((part) => `${path} at ${viewport.width} px: footer part not visible: ${part}`));
      }
    });
    expect(found.sort()).toEqual([]);
    // Every page of the site in one test, so longer than one page may take (each load still times out on its own).
  }, 240_000);

  it.each(phones)('each tool showing its result fits a screen $width px wide', async (viewport) => {
    const page = await open(viewport);
    const found: string[] = [];
    for (const state of toolStates) {
      await page.goto(site.origin + state.path, { waitUntil: 'load' });
      await state.act?.(page);
      found.push(...problems(state.name, await page.evaluate(measure)));
    }
    await page.close();
    expect(found).toEqual([]);
  });
});

describe('the header on wider screens', () => {
  it.each([800, 1023, 1024, 1280])('shows the whole site title at %i px, short or full', async (width) => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    const found: string[] = [];
    for (const path of ['/', '/en/', '/about/', '/en/about/', '/en/tools/co2/']) {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      found.push(...problems(`${path} at ${width} px`, await page.evaluate(measure)));
    }
    await page.close();
    expect(found).toEqual([]);
  });
});

describe('the measurement', () => {
  it('catches a page made wider than the screen and names the element', async () => {
    const page = await site.browser.newPage({ viewport: phones[0], isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}/about/`);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.id = 'too-wide';
      wide.style.width = '600px';
      wide.textContent = 'x';
      document.querySelector('main')!.append(wide);
    });
    const [problem] = problems('/about/', await page.evaluate(measure));
    expect(problem).toContain('/about/: the page is');
    expect(problem).toContain('#too-wide');
    await page.close();
  });

  it('catches a footer part that is not shown, and names it', async () => {
    const page = await site.browser.newPage({ viewport: phones[0], isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}/about/`);
    expect(await footerPartsHidden(page)).toEqual([]);
    await page.addStyleTag({ content: 'footer [data-site-operator] { visibility: hidden } footer a[data-footer-link="privacy"] { display: none }' });
    expect(await footerPartsHidden(page)).toEqual(['footer [data-site-operator]', 'footer a[data-footer-link="privacy"]']);
    await page.close();
  });

  it('catches a site title cut off in the header', async () => {
    const page = await site.browser.newPage({ viewport: phones[0], isMobile: true, hasTouch: true });
    await page.goto(`${site.origin}/en/about/`);
    // The full English name where only the short one fits.
    await page.addStyleTag({ content: '.site-title-full { display: inline !important } .site-title-short { display: none !important }' });
    const found = problems('/en/about/', await page.evaluate(measure));
    expect(found.join('\n')).toMatch(/header text clipped .*title-wrapper/);
    await page.close();
  });
});

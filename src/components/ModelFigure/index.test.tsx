// @vitest-environment jsdom
import {cleanup} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import {missingEnglishIds, renderWithSite} from '@site/tests/support/docusaurus';
import {Price, Usd, UsdDiff} from './index';

afterEach(() => {
  cleanup();
});

describe('prose figures', () => {
  it('renders a total with its arithmetic as a tooltip (ko)', () => {
    const {container} = renderWithSite(<Usd option="clusterip" />);
    const span = container.querySelector('span');
    expect(span?.textContent).toBe('$136.53');
    expect(span?.getAttribute('title')).toContain('× $0.01 = $136.53');
    expect(span?.getAttribute('title')).toContain('계산 조건');
  });

  it('renders in English with the inputs named', () => {
    const {container} = renderWithSite(<Usd option="topology-aware" input={{tar: 30}} />, {locale: 'en'});
    const span = container.querySelector('span');
    // 10,240 × 0.30 × 0.02 = 61.44
    expect(span?.textContent).toBe('$61.44');
    expect(span?.getAttribute('title')).toContain('tar = 30%');
    expect(missingEnglishIds.has('modelFigure.atInputs')).toBe(false);
  });

  it('renders a saving as from − to', () => {
    const {container} = renderWithSite(<UsdDiff from="internal-alb" to="topology-aware" />);
    // 234.8783 − 20.48 (10,240 × 0.10 × 0.02) = 214.3983 → $214.40
    expect(container.textContent).toBe('$214.40');
    expect(container.querySelector('span')?.getAttribute('title')).toContain('$234.88 − $20.48 = $214.40');
  });

  it('renders a published unit price with its source', () => {
    const {container} = renderWithSite(<Price id="albUsdPerHour" />);
    expect(container.textContent).toBe('$0.0225');
    expect(container.querySelector('span')?.getAttribute('title')).toMatch(/2026/);
  });
});

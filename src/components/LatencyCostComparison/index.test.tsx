// @vitest-environment jsdom
import {act, cleanup, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {missingEnglishIds, renderWithSite} from '@site/tests/support/docusaurus';
import LatencyCostComparison from './index';

class FakeResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/east-west-traffic');
  Object.assign(globalThis, {ResizeObserver: FakeResizeObserver});
});

afterEach(() => {
  cleanup();
});

function optionOrder(): string[] {
  return Array.from(document.querySelectorAll('tbody tr'), (tr) => tr.getAttribute('data-comparison-option') ?? '');
}

function row(id: string): HTMLElement {
  const tr = document.querySelector<HTMLElement>(`tr[data-comparison-option="${id}"]`);
  if (tr === null) throw new Error(`no row ${id}`);
  return tr;
}

describe('LatencyCostComparison', () => {
  it('renders every option in Korean, single- and multi-cluster, with costs at the default inputs', () => {
    renderWithSite(<LatencyCostComparison />);
    expect(optionOrder().length).toBe(15);
    // 10,240 GB × 2/3 × $0.02 = $136.53
    expect(within(row('clusterip')).getByText('$136.53')).toBeTruthy();
    expect(within(row('cilium-clustermesh')).getByText(/클러스터 간 바이트에 따라 다름/)).toBeTruthy();
    expect(screen.getByTestId('latency-cost-inputs').textContent).toContain('10 TB/월');
    expect(screen.getByRole('link', {name: '시뮬레이터에서 바꾸세요'}).getAttribute('href')).toBe('#cost-simulation');
  });

  it('gives scores as text, not colour alone', () => {
    renderWithSite(<LatencyCostComparison />);
    // clusterip: 2/3 crossings × 0.3 ms = 0.2 ms high end → ≤ 0.25 → 4; cost = ClusterIP itself, ratio 1 → 3
    expect(row('clusterip').textContent).toContain('4/5 — 낮음 (≤ 0.25 ms)');
    expect(row('clusterip').textContent).toContain('3/5 — 보통 (ClusterIP 이하)');
    // Istio sidecar: published p90/p99 shown with its basis
    expect(row('istio-sidecar').textContent).toContain('프록시 공개치:p90 +0.228 msp99 +0.298 ms');
    expect(row('internal-alb').querySelector('[data-basis]')?.textContent).toBe('추정');
  });

  it('uses the simulator inputs from the URL query', () => {
    window.history.replaceState(null, '', '/docs/east-west-traffic?tb=20&az=2');
    renderWithSite(<LatencyCostComparison />);
    // 20 TB = 20,480 GB × 1/2 × $0.02 = $204.80
    expect(within(row('clusterip')).getByText('$204.80')).toBeTruthy();
    expect(screen.getByTestId('latency-cost-inputs').textContent).toContain('20 TB/월, 사용 가용 영역 수 2개');
  });

  it('sorts by cost, ascending then descending, multi-cluster options last', async () => {
    const user = userEvent.setup();
    renderWithSite(<LatencyCostComparison />);
    const costButton = screen.getByRole('button', {name: /월 비용/});
    await user.click(costButton);
    expect(costButton.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    // $0, $0, $20.48, ambient 20.48 + 2.99 = $23.47, sidecar 20.48 + 10.06 = $30.54, …
    expect(optionOrder().slice(0, 5)).toEqual([
      'itp-local',
      'prefer-same-zone',
      'topology-aware',
      'istio-ambient',
      'istio-sidecar',
    ]);
    expect(optionOrder().slice(-4)).toEqual([
      'cilium-clustermesh',
      'istio-multicluster',
      'route53-externaldns',
      'vpc-lattice-cross-vpc',
    ]);
    await user.click(costButton);
    expect(costButton.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    // Lattice 10 services: 182.50 + 256.00 + 43.80 = $482.30; NLB instance 214.40 + 136.53 = $350.93; ALB $234.88
    expect(optionOrder().slice(0, 3)).toEqual(['vpc-lattice', 'internal-nlb-instance', 'internal-alb']);
    expect(optionOrder().slice(-4)).toEqual([
      'cilium-clustermesh',
      'istio-multicluster',
      'route53-externaldns',
      'vpc-lattice-cross-vpc',
    ]);
  });

  it('sorts by latency with the keyboard', async () => {
    const user = userEvent.setup();
    renderWithSite(<LatencyCostComparison />);
    const latencyButton = screen.getByRole('button', {name: /추가 지연/});
    latencyButton.focus();
    await user.keyboard('{Enter}');
    expect(latencyButton.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    // 0, 0, then topology-aware 10 % × 0.3 ms = 0.03 ms
    expect(optionOrder().slice(0, 3)).toEqual(['itp-local', 'prefer-same-zone', 'topology-aware']);
    await user.keyboard(' ');
    // ALB: 2 × 2/3 crossings × 0.3 + 3 ms hop = 3.4 ms, the slowest
    expect(optionOrder()[0]).toBe('internal-alb');
    expect(
      screen
        .getByRole('button', {name: /월 비용/})
        .closest('th')
        ?.hasAttribute('aria-sort'),
    ).toBe(false);
  });

  it('loads the chart only when it nears the viewport, in a box of reserved height', {timeout: 20_000}, async () => {
    renderWithSite(<LatencyCostComparison />);
    const box = screen.getByTestId('latency-cost-chart');
    expect(box.style.height).toBe('360px');
    expect(within(box).getByText('차트를 불러오는 중…')).toBeTruthy();
    // jsdom lays nothing out: the box says where it is. Far below the viewport, the chart does not load.
    let top = 50_000;
    box.getBoundingClientRect = () => ({top, bottom: top + 360, height: 360, width: 600}) as DOMRect;
    await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(within(box).getByText('차트를 불러오는 중…')).toBeTruthy();
    top = 300; // the reader scrolls to it
    act(() => {
      window.dispatchEvent(new Event('scroll'));
    });
    // recharts is a large module: its first import can take seconds while other test files run in parallel.
    await waitFor(() => expect(within(box).getByRole('img')).toBeTruthy(), {timeout: 15_000});
    expect(within(box).getByRole('img').getAttribute('aria-label')).toContain('$136.53');
  });

  it('renders in English with every string translated', () => {
    renderWithSite(<LatencyCostComparison />, {locale: 'en'});
    expect(screen.getByRole('button', {name: /Monthly cost/})).toBeTruthy();
    expect(row('clusterip').textContent).toContain('4/5 — Low (≤ 0.25 ms)');
    expect(within(row('route53-externaldns')).getByText(/Depends on the cross-cluster bytes/)).toBeTruthy();
    expect([...missingEnglishIds]).toEqual([]);
  });
});

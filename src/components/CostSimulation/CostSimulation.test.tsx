// @vitest-environment jsdom
import {act, cleanup, fireEvent, screen, waitFor, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {missingEnglishIds, renderWithSite} from '@site/tests/support/docusaurus';
import {commitSimulationInput} from '../simulationState/store';
import CostSimulation from './index';

// recharts needs layout; the charts are covered by the e2e suite. Here they render nothing.
vi.mock('./charts', () => ({CostBarChart: () => null, CostLineChart: () => null}));

function row(optionId: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`tr[data-option-id="${optionId}"]`);
  if (element === null) throw new Error(`no row for ${optionId}`);
  return element;
}

function monthlyUsd(optionId: string): number {
  return Number(row(optionId).dataset.monthlyUsd);
}

function field(name: string): HTMLInputElement {
  const element = document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (element === null) throw new Error(`no input named ${name}`);
  return element;
}

// jsdom with React's development build is slow on a busy machine: give each test room.
describe('CostSimulation', {timeout: 30_000}, () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/simulator');
  });
  afterEach(() => {
    cleanup();
    commitSimulationInput();
  });

  it('renders the default results in Korean', () => {
    renderWithSite(<CostSimulation />);
    const root = screen.getByTestId('cost-simulation');
    expect(root.querySelectorAll('tr[data-option-id]')).toHaveLength(11);
    // 10 TB × 1024 = 10,240 GB × 2/3 crossing × $0.02 per GB crossing = $136.53
    expect(monthlyUsd('clusterip')).toBeCloseTo(136.5333333, 6);
    expect(within(row('clusterip')).getByText('$136.53')).toBeTruthy();
    // ALB: 730 h × $0.0225 = $16.425; 10,240 GB / 730 h = 14.03 LCU × 730 × $0.008 = $81.92; + $136.53 = $234.88
    expect(within(row('internal-alb')).getByText('$234.88')).toBeTruthy();
    expect(screen.getByText('방식별 월 비용 (USD, 730시간 기준)')).toBeTruthy();
    for (const name of [
      'tb',
      'az',
      'rps',
      'svc',
      'rpc',
      'cd',
      'rules',
      'lb',
      'tar',
      'aff',
      'xz',
      'wp',
      'pods',
      'region',
      'base',
    ]) {
      expect(document.querySelector(`[name="${name}"]`), name).not.toBeNull();
    }
  });

  it('renders in English with every message translated', () => {
    renderWithSite(<CostSimulation />, {locale: 'en'});
    expect(screen.getByText('Monthly cost by option (USD, 730-hour month)')).toBeTruthy();
    expect(screen.getByText('Assumptions and unit prices')).toBeTruthy();
    expect(screen.getByRole('button', {name: 'Copy as Markdown'})).toBeTruthy();
    expect([...missingEnglishIds]).toEqual([]);
  });

  it('updates the clusterip total when tb is typed', async () => {
    const user = userEvent.setup();
    renderWithSite(<CostSimulation />);
    await user.clear(field('tb'));
    await user.type(field('tb'), '20');
    // 20 TB × 1024 = 20,480 GB × 2/3 × $0.02 = $273.066… → $273.07
    expect(monthlyUsd('clusterip')).toBeCloseTo(273.0666667, 6);
    expect(within(row('clusterip')).getByText('$273.07')).toBeTruthy();
    // Within an editing burst the URL write is coalesced: it lands shortly after the last keystroke.
    await waitFor(() => expect(window.location.search).toBe('?tb=20'));
  });

  it('keeps the last valid value and explains an empty field', async () => {
    const user = userEvent.setup();
    renderWithSite(<CostSimulation />);
    const tb = field('tb');
    await user.clear(tb);
    expect(tb.getAttribute('aria-invalid')).toBe('true');
    const messageId = tb.getAttribute('aria-describedby')?.split(' ').pop() ?? '';
    expect(document.getElementById(messageId)?.textContent).toContain('0.001');
    // Still the default 10 TB: $136.53
    expect(within(row('clusterip')).getByText('$136.53')).toBeTruthy();
    expect(document.body.textContent).not.toContain('NaN');
  });

  it('clamps an out-of-range value with a message', async () => {
    const user = userEvent.setup();
    renderWithSite(<CostSimulation />, {locale: 'en'});
    const az = field('az');
    await user.clear(az);
    await user.type(az, '9');
    expect(az.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The maximum is 6 AZs: using 6 AZs.')).toBeTruthy();
    // 6 AZs: 10,240 GB × 5/6 × $0.02 = $170.67
    expect(monthlyUsd('clusterip')).toBeCloseTo(170.6666667, 6);
    fireEvent.blur(az);
    expect(az.value).toBe('6');
  });

  it('moves the tb slider on a log scale', () => {
    renderWithSite(<CostSimulation />);
    const slider = field('tb-range');
    // position 500 = 0.001 × 10^5 = 100 TB → 102,400 GB × 2/3 × $0.02 = $1,365.33
    fireEvent.change(slider, {target: {value: '500'}});
    expect(field('tb').value).toBe('100');
    expect(within(row('clusterip')).getByText('$1,365.33')).toBeTruthy();
  });

  it('shows line items as quantity × unit price = USD', async () => {
    const user = userEvent.setup();
    renderWithSite(<CostSimulation />, {locale: 'en'});
    const toggle = within(row('clusterip')).getByRole('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(items).not.toBeNull();
    // 10,240 GB × 2/3 × 2 directions = 13,653.33 GB-direction × $0.01 = $136.53
    expect(items?.textContent).toContain('13,653.33 GB-direction');
    expect(items?.textContent).toContain('× $0.01');
    expect(items?.textContent).toContain('= $136.53');
  });

  it('applies a unit-price override and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderWithSite(<CostSimulation />);
    const price = field('p.interAzUsdPerGbPerDirection');
    expect(price.value).toBe('0.01');
    await user.clear(price);
    await user.type(price, '0.02');
    // $0.02 per direction: 10,240 × 2/3 × 2 × 0.02 = $273.07
    expect(within(row('clusterip')).getByText('$273.07')).toBeTruthy();
    act(() => commitSimulationInput());
    expect(window.location.search).toBe('?p.interAzUsdPerGbPerDirection=0.02');
  });

  it('names hostile URL params as plain text and can dismiss the notice', async () => {
    window.history.replaceState(null, '', '/simulator?tb=%3Cscript%3Ealert(1)%3C%2Fscript%3E&rps=-5');
    const user = userEvent.setup();
    renderWithSite(<CostSimulation />, {locale: 'en'});
    const notice = screen.getByTestId('sim-query-notice');
    expect(notice.textContent).toContain('<script>alert(1)</script>');
    expect(notice.querySelector('script')).toBeNull();
    expect(notice.querySelector('[data-param="tb"]')).not.toBeNull();
    expect(notice.querySelector('[data-param="rps"]')?.textContent).toContain('out of range, so 0 is used');
    await user.click(within(notice).getByRole('button', {name: 'Dismiss'}));
    expect(screen.queryByTestId('sim-query-notice')).toBeNull();
  });

  it('copies a Markdown table with the link', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    const user = userEvent.setup();
    // After setup(): user-event installs its own clipboard stub, which this replaces.
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    renderWithSite(<CostSimulation />, {locale: 'en', url: '/en/simulator?tb=20'});
    await user.click(screen.getByRole('button', {name: 'Copy as Markdown'}));
    expect(writeText).toHaveBeenCalledTimes(1);
    const markdown = writeText.mock.calls[0]?.[0] ?? '';
    expect(markdown).toContain('| Option | Monthly total (USD) | Savings vs baseline (+ = cheaper) |');
    expect(markdown).toMatch(/\(`clusterip`\) — baseline \| \$273\.07 \| — \|/);
    expect(markdown).toContain('Link: http://localhost:3000/en/simulator?tb=20');
    expect(screen.getByTestId('sim-export-status').textContent).toBe('Markdown table copied.');
  });
});

// @vitest-environment jsdom
import {cleanup, screen, within} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, describe, expect, it} from 'vitest';
import {missingEnglishIds, renderWithSite} from '@site/tests/support/docusaurus';
import TopologyHintsChecker from './index';

afterEach(() => {
  cleanup();
});

function result(): HTMLElement {
  return screen.getByTestId('hints-result');
}

function endpointsInput(zone: string): HTMLInputElement {
  const row = document.querySelector<HTMLElement>(`tr[data-zone="${zone}"]`);
  if (row === null) throw new Error(`no row for ${zone}`);
  const inputs = within(row).getAllByRole('spinbutton');
  const input = inputs[1];
  if (!(input instanceof HTMLInputElement)) throw new Error('no endpoints input');
  return input;
}

describe('TopologyHintsChecker', () => {
  it('renders in Korean with 3/3/3 endpoints enabled and no cross-zone traffic', () => {
    renderWithSite(<TopologyHintsChecker />);
    expect(screen.getByTestId('topology-hints-checker')).toBeTruthy();
    expect(screen.getByText('토폴로지 힌트 점검기')).toBeTruthy();
    expect(result().dataset.enabled).toBe('true');
    expect(screen.getByTestId('cross-zone-with-hints').textContent).toBe('0%');
    // without hints, 2 of 3 endpoints are in another zone: 2/3 = 66.7 %
    expect(screen.getByTestId('cross-zone-without-hints').textContent).toBe('66.7%');
  });

  it('renders in English with every string translated', () => {
    renderWithSite(<TopologyHintsChecker />, {locale: 'en'});
    expect(screen.getByText('Topology hints checker')).toBeTruthy();
    expect(screen.getByRole('button', {name: 'Add a zone'})).toBeTruthy();
    expect([...missingEnglishIds]).toEqual([]);
  });

  it('shows disabled / MinAllocationExceedsOverloadThreshold for 3 equal zones with 8 endpoints typed in', async () => {
    const user = userEvent.setup();
    renderWithSite(<TopologyHintsChecker />);
    const c = endpointsInput('us-east-1c');
    await user.clear(c);
    await user.type(c, '2');
    // 8 endpoints: desired 8/3 = 2.67 per zone, minimum ceil(2.67/1.2) = 3, 3 × 3 = 9 > 8
    expect(result().dataset.enabled).toBe('false');
    expect(result().dataset.reason).toBe('MinAllocationExceedsOverloadThreshold');
    expect(within(result()).getByText('MinAllocationExceedsOverloadThreshold')).toBeTruthy();
    // the controller's own event message, as `kubectl get events` prints it
    expect(screen.getByTestId('hints-event-message').textContent).toContain(
      'Unable to allocate minimum required endpoints to each zone without exceeding overload threshold',
    );
    // disabled: both figures are the random spread, 1 − own/8 weighted by 1/3 CPU each:
    // (5/8 + 5/8 + 6/8)/3 = 16/24 = 66.7 %
    expect(screen.getByTestId('cross-zone-with-hints').textContent).toBe('66.7%');
  });

  it('the 8-endpoint preset button gives the same verdict', async () => {
    const user = userEvent.setup();
    renderWithSite(<TopologyHintsChecker />);
    await user.click(screen.getByRole('button', {name: /3\/3\/2/}));
    expect(result().dataset.reason).toBe('MinAllocationExceedsOverloadThreshold');
  });

  it('a skewed spread keeps hints but moves endpoints to other zones', async () => {
    const user = userEvent.setup();
    renderWithSite(<TopologyHintsChecker />);
    await user.click(screen.getByRole('button', {name: /6\/2\/2/}));
    expect(result().dataset.enabled).toBe('true');
    // 10 endpoints, desired 3.33 each: zone a (6) gives one to b and one to c
    expect(screen.getByTestId('endpoints-moved').textContent).toBe('2');
    // zones b and c each get 1 of their 3 hinted endpoints from a: (1/3 + 1/3) / 3 zones = 2/9 = 22.2 %
    expect(screen.getByTestId('cross-zone-with-hints').textContent).toBe('22.2%');
    expect(screen.getByTestId('hints-us-east-1a').textContent).toBe('4');
  });

  it('invalid typed input shows a message and keeps the last valid value', async () => {
    const user = userEvent.setup();
    renderWithSite(<TopologyHintsChecker />);
    const c = endpointsInput('us-east-1c');
    await user.clear(c);
    expect(c.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(c.getAttribute('aria-describedby') ?? '');
    expect(message?.textContent).toContain('숫자를 입력하세요');
    expect(message?.textContent).toContain('3');
    // the result still uses 3/3/3
    expect(result().dataset.enabled).toBe('true');
    await user.type(c, '-1');
    expect(document.getElementById(c.getAttribute('aria-describedby') ?? '')?.textContent).toContain('최솟값은 0');
    // -1 is clamped to 0 → 3/3/0 over equal CPU: desired 2 each, minimum ceil(2/1.2) = 2, 6 ≤ 6 → enabled;
    // a and b each give one endpoint to c, so zone c's clients (1/3) all cross: 33.3 %
    expect(result().dataset.enabled).toBe('true');
    expect(screen.getByTestId('endpoints-moved').textContent).toBe('2');
    expect(screen.getByTestId('cross-zone-with-hints').textContent).toBe('33.3%');
  });

  it('adds zones up to 6 and never goes below 2', async () => {
    const user = userEvent.setup();
    renderWithSite(<TopologyHintsChecker />);
    const add = screen.getByRole('button', {name: 'AZ 추가'});
    for (let i = 0; i < 5; i++) await user.click(add);
    expect(document.querySelectorAll('tbody tr[data-zone]').length).toBeGreaterThanOrEqual(6);
    expect(document.querySelector('tr[data-zone="us-east-1f"]')).not.toBeNull();
    expect((add as HTMLButtonElement).disabled).toBe(true);
    for (let i = 0; i < 5; i++) await user.click(screen.getAllByRole('button', {name: /제거/})[0]!);
    expect(screen.getAllByRole('button', {name: /제거/}).length).toBe(2);
    expect(screen.getAllByRole('button', {name: /제거/}).every((b) => (b as HTMLButtonElement).disabled)).toBe(true);
  });
});

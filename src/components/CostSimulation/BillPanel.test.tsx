// @vitest-environment jsdom
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {act, cleanup, fireEvent, screen, waitFor, within} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {missingEnglishIds, renderWithSite} from '@site/tests/support/docusaurus';
import {commitSimulationInput} from '../simulationState/store';
import CostSimulation from './index';

vi.mock('./charts', () => ({CostBarChart: () => null, CostLineChart: () => null}));

// jsdom gives import.meta.url an http scheme, so the fixture is found from the project root (vitest's cwd).
const CUR2 = readFileSync(join(process.cwd(), 'src/model/billFixtures/cur2-data-export.csv'), 'utf8');

function field<T extends HTMLElement = HTMLInputElement>(name: string): T {
  const element = document.querySelector<T>(`[name="${name}"]`);
  if (element === null) throw new Error(`no element named ${name}`);
  return element;
}

function rowText(optionId: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`tr[data-option-id="${optionId}"]`);
  if (element === null) throw new Error(`no row for ${optionId}`);
  return element;
}

describe('BillPanel', {timeout: 30_000}, () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/simulator');
  });
  afterEach(() => {
    cleanup();
    commitSimulationInput();
    missingEnglishIds.clear();
  });

  it('a pasted CUR 2.0 export sets bill=20480, derives 15 TB and makes clusterip the bill: $204.80', async () => {
    renderWithSite(<CostSimulation />);
    expect(field('bill').value).toBe('');
    fireEvent.change(field<HTMLTextAreaElement>('bill-import'), {target: {value: CUR2}});
    expect(field('bill').value).toBe('20480');
    // 20,480 / (2 × 1024 × 2/3) = 15 TB
    expect(field('tb').value).toBe('15');
    expect(screen.getByTestId('bill-mapping').textContent).toContain('15 TB/월');
    // 20,480 GB-direction × $0.01 = $204.80
    expect(within(rowText('clusterip')).getByText('$204.80')).toBeTruthy();
    expect(screen.getByTestId('bill-import-message').textContent).toContain('2026-10');
    act(() => commitSimulationInput());
    await waitFor(() => expect(window.location.search).toBe('?bill=20480'));

    // Moving the traffic slider drops the bill: the URL then holds tb.
    fireEvent.change(field('tb-range'), {target: {value: '500'}});
    expect(field('bill').value).toBe('');
    expect(screen.queryByTestId('bill-mapping')).toBeNull();
    act(() => commitSimulationInput());
    await waitFor(() => expect(window.location.search).toBe('?tb=100'));
  });

  it('in English, an unmappable option explains why and keeps tb', () => {
    renderWithSite(<CostSimulation />, {locale: 'en', url: '/en/simulator?bill=20480&base=itp-local&tb=7'});
    expect(field('tb').value).toBe('7');
    expect(screen.getByTestId('bill-mapping').dataset.kind).toBe('unmappable');
    expect(screen.getByTestId('bill-mapping').textContent).toContain('cannot be turned into traffic');
    expect(screen.getByText(/Nothing is uploaded anywhere/)).toBeTruthy();
    expect([...missingEnglishIds]).toEqual([]);
  });

  it('garbage changes nothing and says so', () => {
    window.history.replaceState(null, '', '/simulator?bill=5000');
    renderWithSite(<CostSimulation />);
    fireEvent.change(field<HTMLTextAreaElement>('bill-import'), {target: {value: 'hello,world\n1,2\n'}});
    expect(field('bill').value).toBe('5000');
    expect(screen.getByTestId('bill-import-message').textContent).toContain('청구 데이터로 보이지 않습니다');
  });

  it('a link with both tb and bill: bill wins with a notice', () => {
    window.history.replaceState(null, '', '/simulator?tb=3&bill=20480');
    renderWithSite(<CostSimulation />);
    expect(field('tb').value).toBe('15');
    expect(screen.getByTestId('sim-query-notice').textContent).toContain('bill(청구서 사용량)도 있어 무시했습니다');
  });

  it('changing the current option re-derives tb from the bill', () => {
    window.history.replaceState(null, '', '/simulator?bill=20480');
    renderWithSite(<CostSimulation />);
    fireEvent.change(field<HTMLSelectElement>('base'), {target: {value: 'topology-aware'}});
    // tar = 10 %: 20,480 / (2048 × 0.1) = 100 TB
    expect(field('tb').value).toBe('100');
  });
});

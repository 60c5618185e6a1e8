// @vitest-environment jsdom
import {cleanup, screen, within} from '@testing-library/react';
import {afterEach, describe, expect, it} from 'vitest';
import {missingEnglishIds, renderWithSite} from '@site/tests/support/docusaurus';
import ServiceTypeComparison from './index';

afterEach(() => {
  cleanup();
});

describe('ServiceTypeComparison', () => {
  it('renders the six service types in Korean as a captioned table with linkable rows', () => {
    renderWithSite(<ServiceTypeComparison />);
    const table = screen.getByRole('table');
    expect(within(table).getByText('Kubernetes 서비스 유형별 동작, 장단점, 홉 수')).toBeTruthy();
    const ids = Array.from(table.querySelectorAll('tbody tr'), (tr) => tr.id);
    expect(ids).toEqual([
      'svc-clusterip',
      'svc-headless',
      'svc-internal-nlb-instance',
      'svc-internal-nlb-ip',
      'svc-internal-alb-instance',
      'svc-internal-alb-ip',
    ]);
    expect(table.querySelectorAll('th[scope="col"]').length).toBe(5);
    expect(table.querySelectorAll('th[scope="row"]').length).toBe(6);
    const clusterip = document.getElementById('svc-clusterip');
    expect(clusterip?.querySelector('a[href="#svc-clusterip"]')).not.toBeNull();
  });

  it('marks only ClusterIP as the recommended default, in text', () => {
    renderWithSite(<ServiceTypeComparison />);
    const marked = screen.getAllByText('기본 권장');
    expect(marked.length).toBe(1);
    expect(marked[0]?.closest('tr')?.id).toBe('svc-clusterip');
  });

  it('shows layer badges and hops as text', () => {
    renderWithSite(<ServiceTypeComparison />);
    const albIp = document.getElementById('svc-internal-alb-ip');
    expect(albIp?.textContent).toContain('L7');
    // ALB IP mode: pod → ALB → pod = 2 hops; instance mode adds the NodePort hop = 3
    expect(albIp?.querySelector('td:last-child')?.textContent).toBe('2');
    expect(document.getElementById('svc-internal-alb-instance')?.querySelector('td:last-child')?.textContent).toBe('3');
  });

  it('renders in English with every string translated', () => {
    renderWithSite(<ServiceTypeComparison />, {locale: 'en'});
    expect(screen.getByText('Recommended default')).toBeTruthy();
    expect(screen.getByText('Internal ALB (IP mode)')).toBeTruthy();
    expect(screen.getByRole('link', {name: 'Link to this row: ClusterIP'})).toBeTruthy();
    expect([...missingEnglishIds]).toEqual([]);
  });
});

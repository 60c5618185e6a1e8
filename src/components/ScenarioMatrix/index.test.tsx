// @vitest-environment jsdom
import {cleanup, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {missingEnglishIds, renderWithSite} from '@site/tests/support/docusaurus';
import ScenarioMatrix from './index';

beforeEach(() => {
  window.history.replaceState(null, '', '/docs/east-west-traffic');
});

afterEach(() => {
  cleanup();
});

function shownIds(): string[] {
  return Array.from(document.querySelectorAll('tbody tr'), (tr) => tr.id);
}

describe('ScenarioMatrix', () => {
  it('renders the eight scenarios in Korean, each row linkable', () => {
    renderWithSite(<ScenarioMatrix />);
    expect(shownIds()).toEqual([
      'scenario-low-cost-low-latency',
      'scenario-l4-static-ip',
      'scenario-l7-routing-waf',
      'scenario-zero-trust-multi-cluster',
      'scenario-multi-account-many-services',
      'scenario-stateful-statefulset',
      'scenario-ec2-to-eks-migration',
      'scenario-dr-few-clusters',
    ]);
    expect(document.querySelector('#scenario-l4-static-ip a[href="#scenario-l4-static-ip"]')).not.toBeNull();
    expect(screen.getByTestId('scenario-count').textContent).toContain('시나리오 8개 중 8개');
  });

  it('links each scenario to its guide sections and its simulator preset', () => {
    renderWithSite(<ScenarioMatrix />);
    // preset {base: internal-nlb-ip, tb: 5}: numeric params first, then base
    expect(document.querySelector('[data-simulate="l4-static-ip"]')?.getAttribute('href')).toBe(
      '/simulator?tb=5&base=internal-nlb-ip',
    );
    // preset {base: clusterip} is all defaults: no query at all
    expect(document.querySelector('[data-simulate="low-cost-low-latency"]')?.getAttribute('href')).toBe('/simulator');
    const links = Array.from(document.querySelectorAll('#scenario-l4-static-ip td a'), (a) => a.getAttribute('href'));
    // The section is on the load-balancer page of the guide: the link goes straight there.
    expect(links).toContain('/docs/east-west-traffic/load-balancers#internal-lb-ip-mode');
    expect(document.getElementById('scenario-l4-static-ip')?.textContent).toContain('내부 NLB (IP 대상)');
  });

  it('filters by scope and writes the filter into the URL', async () => {
    const user = userEvent.setup();
    renderWithSite(<ScenarioMatrix />);
    await user.click(screen.getByRole('radio', {name: '멀티 클러스터'}));
    expect(shownIds()).toEqual(['scenario-zero-trust-multi-cluster']);
    expect(window.location.search).toBe('?scope=multi-cluster');
    await user.click(screen.getByRole('radio', {name: '전체'}));
    expect(shownIds().length).toBe(8);
    expect(window.location.search).toBe('');
  });

  it('narrows by needs, shows an empty state with a reset button, and resets', async () => {
    const user = userEvent.setup();
    renderWithSite(<ScenarioMatrix />);
    await user.click(screen.getByRole('checkbox', {name: 'L7 라우팅'}));
    // l7-routing: l7-routing-waf, zero-trust-multi-cluster, ec2-to-eks-migration
    expect(shownIds()).toEqual([
      'scenario-l7-routing-waf',
      'scenario-zero-trust-multi-cluster',
      'scenario-ec2-to-eks-migration',
    ]);
    await user.click(screen.getByRole('checkbox', {name: '고정 IP'}));
    expect(shownIds()).toEqual([]);
    expect(screen.getByTestId('scenario-empty').textContent).toContain('이 조건에 맞는 시나리오가 없습니다');
    expect(window.location.search).toBe('?needs=l7-routing,static-ip');
    await user.click(screen.getByRole('button', {name: '필터 초기화'}));
    expect(shownIds().length).toBe(8);
    expect(window.location.search).toBe('');
    expect((screen.getByRole('checkbox', {name: 'L7 라우팅'}) as HTMLInputElement).checked).toBe(false);
  });

  it('reads the filter from the URL and keeps the simulator params when it changes', async () => {
    window.history.replaceState(null, '', '/docs/east-west-traffic?tb=20&scope=single-cluster&needs=l7-routing');
    const user = userEvent.setup();
    renderWithSite(<ScenarioMatrix />);
    expect(shownIds()).toEqual(['scenario-l7-routing-waf', 'scenario-ec2-to-eks-migration']);
    expect(screen.getByTestId('scenario-count').textContent).toContain('시나리오 8개 중 2개');
    await user.click(screen.getByRole('checkbox', {name: 'L7 라우팅'}));
    expect(window.location.search).toBe('?tb=20&scope=single-cluster');
  });

  it('ignores hostile filter values', () => {
    window.history.replaceState(
      null,
      '',
      '/docs/east-west-traffic?scope=%3Cscript%3Ealert(1)%3C/script%3E&needs=%E0%A4%A,x',
    );
    renderWithSite(<ScenarioMatrix />);
    expect(shownIds().length).toBe(8);
    expect(document.body.innerHTML).not.toContain('<script>alert');
  });

  it('renders in English with every string translated', () => {
    renderWithSite(<ScenarioMatrix />, {locale: 'en'});
    expect(screen.getByRole('radio', {name: 'Multi-cluster'})).toBeTruthy();
    expect(screen.getByText('Low cost and lowest latency (single cluster)')).toBeTruthy();
    expect(screen.getByTestId('scenario-count').textContent).toContain('8 of 8 scenarios');
    expect([...missingEnglishIds]).toEqual([]);
  });
});

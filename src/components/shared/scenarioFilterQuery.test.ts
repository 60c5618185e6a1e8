import {describe, expect, it} from 'vitest';
import {parseSimulationQuery} from '../../model';
import {SCENARIO_FILTER_PARAMS, parseScenarioFilter, writeScenarioFilter} from './scenarioFilterQuery';

const SCOPES = ['single-cluster', 'multi-cluster'] as const;
const NEEDS = ['l7', 'mtls', 'static-ip'] as const;

describe('parseScenarioFilter', () => {
  it('reads a scope and a comma list of needs', () => {
    expect(parseScenarioFilter('?scope=multi-cluster&needs=mtls,l7', SCOPES, NEEDS)).toEqual({
      scope: 'multi-cluster',
      needs: ['l7', 'mtls'],
    });
  });

  it('accepts repeated needs params and drops duplicates', () => {
    expect(parseScenarioFilter('needs=mtls&needs=mtls,static-ip', SCOPES, NEEDS).needs).toEqual(['mtls', 'static-ip']);
  });

  it('ignores unknown, hostile and malformed values', () => {
    const hostile = '?scope=%3Cscript%3Ealert(1)%3C/script%3E&needs=%E0%A4%A,<img>,mtls&tb=5';
    expect(parseScenarioFilter(hostile, SCOPES, NEEDS)).toEqual({scope: null, needs: ['mtls']});
    expect(parseScenarioFilter(`?needs=${'l7,'.repeat(200)}`, SCOPES, NEEDS).needs).toEqual([]);
    expect(parseScenarioFilter('', SCOPES, NEEDS)).toEqual({scope: null, needs: []});
  });
});

describe('writeScenarioFilter', () => {
  it('keeps the simulator params and replaces only its own', () => {
    expect(writeScenarioFilter('?tb=20&scope=single-cluster', {scope: 'multi-cluster', needs: ['mtls', 'l7']})).toBe(
      '?tb=20&scope=multi-cluster&needs=mtls,l7',
    );
  });

  it('removes its params when the filter is empty', () => {
    expect(writeScenarioFilter('?scope=multi-cluster&needs=l7', {scope: null, needs: []})).toBe('');
    expect(writeScenarioFilter('?az=2&needs=l7', {scope: null, needs: []})).toBe('?az=2');
  });
});

describe('sharing the query with the simulator', () => {
  it('names the params the simulator codec is told to skip', () => {
    expect(SCENARIO_FILTER_PARAMS).toEqual(['scope', 'needs']);
    expect(parseSimulationQuery('?tb=20&scope=multi-cluster&needs=mtls', SCENARIO_FILTER_PARAMS).notices).toEqual([]);
  });
});

import {describe, expect, it} from 'vitest';
import {formatNumber, formatPercent, formatUsd, toSiteLocale} from './index';

describe('formatUsd', () => {
  it('formats a monthly total in cents in both locales', () => {
    // 20,480 GB × 2/3 × $0.02 = $273.0666… → $273.07
    expect(formatUsd(273.06666666, 'en')).toBe('$273.07');
    expect(formatUsd(273.06666666, 'ko')).toBe('$273.07');
    expect(formatUsd(1234567.891, 'en')).toBe('$1,234,567.89');
  });

  it('keeps sub-cent unit prices', () => {
    expect(formatUsd(0.003662, 'en', {style: 'unitPrice'})).toBe('$0.003662');
    expect(formatUsd(0.02, 'en', {style: 'unitPrice'})).toBe('$0.02');
  });

  it('signs savings when asked and never prints -$0.00', () => {
    expect(formatUsd(116.05, 'en', {signed: true})).toBe('+$116.05');
    expect(formatUsd(-98.35, 'en', {signed: true})).toBe('-$98.35');
    expect(formatUsd(-0.001, 'en')).toBe('$0.00');
  });

  it('never shows NaN or Infinity', () => {
    expect(formatUsd(Number.NaN, 'en')).toBe('—');
    expect(formatUsd(Number.POSITIVE_INFINITY, 'ko')).toBe('—');
    expect(formatNumber(Number.NaN, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatNumber and formatPercent', () => {
  it('groups digits', () => {
    expect(formatNumber(20480, 'en')).toBe('20,480');
    expect(formatNumber(0.0013699, 'ko')).toBe('0.001');
  });

  it('formats ratios as percentages', () => {
    expect(formatPercent(0.85, 'en')).toBe('85%');
    expect(formatPercent(0.1234, 'ko', {signed: true})).toBe('+12.3%');
  });
});

describe('toSiteLocale', () => {
  it('maps unknown locales to the default ko', () => {
    expect(toSiteLocale('en')).toBe('en');
    expect(toSiteLocale('ko')).toBe('ko');
    expect(toSiteLocale(undefined)).toBe('ko');
  });
});

// @vitest-environment jsdom
import {cleanup, render, screen} from '@testing-library/react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {afterEach, describe, expect, it} from 'vitest';
import {missingEnglishIds, setTestLocale} from './index';

function Probe() {
  const {i18n} = useDocusaurusContext();
  return (
    <p>
      <span data-testid="locale">{i18n.currentLocale}</span>
      <Translate id="test-utils.never-defined">기본 메시지</Translate>
    </p>
  );
}

describe('Docusaurus stubs', () => {
  afterEach(() => {
    cleanup();
    setTestLocale('ko');
    missingEnglishIds.clear();
  });

  it('renders the default (Korean) message in ko', () => {
    render(<Probe />);
    expect(screen.getByTestId('locale').textContent).toBe('ko');
    expect(screen.getByText('기본 메시지')).toBeTruthy();
  });

  it('reports ids without an English message in en', () => {
    setTestLocale('en');
    render(<Probe />);
    expect(screen.getByTestId('locale').textContent).toBe('en');
    expect([...missingEnglishIds]).toEqual(['test-utils.never-defined']);
  });

  it('interpolates values in translate()', () => {
    expect(translate({id: 'x.y', message: '{n}개 항목'}, {n: 3})).toBe('3개 항목');
  });
});

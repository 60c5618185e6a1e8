// @vitest-environment jsdom
import {cleanup, screen} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {afterEach, describe, expect, it} from 'vitest';
import {missingEnglishIds, renderWithSite} from './index';

function Probe() {
  const {i18n} = useDocusaurusContext();
  const location = useLocation();
  const history = useHistory();
  return (
    <div>
      <span data-testid="locale">{i18n.currentLocale}</span>
      <span data-testid="search">{location.search}</span>
      <Translate id="test-support.never-defined">기본 메시지</Translate>
      <p data-testid="interpolated">
        <Translate id="test-support.with-link" values={{link: <Link to="/simulator">시뮬레이터</Link>}}>
          {'{link}에서 바꾸세요'}
        </Translate>
      </p>
      <button type="button" onClick={() => history.replace({search: '?tb=20'})}>
        go
      </button>
    </div>
  );
}

afterEach(cleanup);

describe('renderWithSite', () => {
  it('renders the default (Korean) message in ko, with links at the site root', () => {
    renderWithSite(<Probe />);
    expect(screen.getByTestId('locale').textContent).toBe('ko');
    expect(screen.getByText('기본 메시지')).toBeTruthy();
    expect(screen.getByRole('link', {name: '시뮬레이터'}).getAttribute('href')).toBe('/simulator');
    expect([...missingEnglishIds]).toEqual([]);
  });

  it('reports ids without an English message in en, and prefixes links with /en/ as the en build does', () => {
    renderWithSite(<Probe />, {locale: 'en'});
    expect(screen.getByTestId('locale').textContent).toBe('en');
    expect(screen.getByRole('link', {name: '시뮬레이터'}).getAttribute('href')).toBe('/en/simulator');
    expect([...missingEnglishIds].sort()).toEqual(['test-support.never-defined', 'test-support.with-link']);
  });

  it('uses the English message from i18n/en/code.json', () => {
    // translate() runs while rendering, after renderWithSite() has set the locale, as it does on the site.
    const Label = () => <p>{translate({id: 'theme.SearchBar.label', message: '검색'})}</p>;
    renderWithSite(<Label />, {locale: 'en'});
    expect(screen.getByText('Search')).toBeTruthy();
  });

  it('interpolates an element without wrapping the text around it', () => {
    renderWithSite(<Probe />);
    const paragraph = screen.getByTestId('interpolated');
    // Docusaurus' Interpolate returns [element, text]: no span per segment.
    expect(Array.from(paragraph.childNodes, (node) => node.nodeName)).toEqual(['A', '#text']);
    expect(paragraph.textContent).toBe('시뮬레이터에서 바꾸세요');
  });

  it('starts at the given URL and navigates through window.history', async () => {
    renderWithSite(<Probe />, {url: '/docs/east-west-traffic?tb=5'});
    expect(screen.getByTestId('search').textContent).toBe('?tb=5');
    await userEvent.setup().click(screen.getByRole('button', {name: 'go'}));
    expect(window.location.search).toBe('?tb=20');
    expect(screen.getByTestId('search').textContent).toBe('?tb=20');
  });

  it('refuses a locale the site does not have', () => {
    expect(() => renderWithSite(<Probe />, {locale: 'fr'})).toThrow(/unknown locale "fr"/);
  });
});

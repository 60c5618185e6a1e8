/**
 * The doc sidebar as the phone menu's second panel: the theme's, except that it hands the menu one prop instead
 * of four. theme-common memoizes the props it is given by sorting their keys with `localeCompare`, and the first
 * `localeCompare` on a page starts ICU's collator: 50–75 ms at 4× CPU in a profile of a guide page, inside
 * hydration, for a menu that is closed. One key means nothing to sort.
 */
import {memo, type ReactNode} from 'react';
import clsx from 'clsx';
import {NavbarSecondaryMenuFiller, ThemeClassNames} from '@docusaurus/theme-common';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
import type {PropSidebarItem} from '@docusaurus/plugin-content-docs';
import DocSidebarItems from '@theme/DocSidebarItems';
import type {Props} from '@theme/DocSidebar/Mobile';

function SidebarMenu({sidebar}: {sidebar: Props}): ReactNode {
  const mobileSidebar = useNavbarMobileSidebar();
  // A link closes the menu; so does a category that is itself a page. Other categories only fold.
  const onItemClick = (item: PropSidebarItem) => {
    if (item.type === 'link' || (item.type === 'category' && item.href)) mobileSidebar.toggle();
  };
  return (
    <ul className={clsx(ThemeClassNames.docs.docSidebarMenu, 'menu__list')}>
      <DocSidebarItems items={sidebar.sidebar} activePath={sidebar.path} onItemClick={onItemClick} level={1} />
    </ul>
  );
}

function DocSidebarMobile(props: Props): ReactNode {
  return <NavbarSecondaryMenuFiller component={SidebarMenu} props={{sidebar: props}} />;
}

export default memo(DocSidebarMobile);

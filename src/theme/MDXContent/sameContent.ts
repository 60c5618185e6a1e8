import type {ReactNode} from 'react';
import {isValidElement} from 'react';

/**
 * Whether two renders of MDXContent show the same content. DocItem passes a fresh `<MDXComponent />` element each
 * render: the same component with the same props is the same content.
 */
export function sameContent(previous: {readonly children?: ReactNode}, next: {readonly children?: ReactNode}): boolean {
  const before = previous.children;
  const after = next.children;
  if (before === after) return true;
  if (!isValidElement(before) || !isValidElement(after)) return false;
  if (before.type !== after.type || before.key !== after.key) return false;
  const a = before.props as Record<string, unknown>;
  const b = after.props as Record<string, unknown>;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}

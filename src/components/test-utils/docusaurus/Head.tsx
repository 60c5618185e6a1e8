import type {ReactNode} from 'react';

// <head> content is not part of what component tests check.
export default function Head(_props: {readonly children?: ReactNode}): ReactNode {
  return null;
}

import type {ReactNode} from 'react';

export default function Layout(props: {readonly children?: ReactNode; readonly title?: string; readonly description?: string}): ReactNode {
  return <main>{props.children}</main>;
}

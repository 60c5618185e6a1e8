import type {ReactNode} from 'react';

// jsdom is a browser: render the children function directly.
export default function BrowserOnly(props: {readonly children?: () => ReactNode; readonly fallback?: ReactNode}): ReactNode {
  return <>{props.children?.()}</>;
}

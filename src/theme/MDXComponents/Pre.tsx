import type {ReactNode} from 'react';
import Pre from '@theme-original/MDXComponents/Pre';
import type {Props} from '@theme/MDXComponents/Pre';
import StaticCodeBlock from '@site/src/theme/StaticCodeBlock';

// Fences highlighted at build time by src/plugins/staticCode arrive here as a childless <pre> carrying the HTML
// in `data-static-code-html`; anything else (e.g. a <pre> written by hand in MDX) goes to the original.
type StaticProps = Props & {
  'data-static-code-html'?: string;
  'data-title'?: string;
  'data-language'?: string;
  'data-line-number-start'?: string;
};

export default function PreWrapper(props: StaticProps): ReactNode {
  const html = props['data-static-code-html'];
  if (typeof html !== 'string') return <Pre {...props} />;
  const start = props['data-line-number-start'];
  return (
    <StaticCodeBlock
      html={html}
      title={props['data-title']}
      language={props['data-language']}
      lineNumberStart={start === undefined ? undefined : Number(start)}
    />
  );
}

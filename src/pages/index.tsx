import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';

export default function Home() {
  return (
    <Layout>
      <main><Link to="/docs/east-west-traffic">guide</Link></main>
    </Layout>
  );
}

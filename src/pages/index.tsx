import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type {ReactNode} from 'react';
import styles from './index.module.css';

interface Section {
  to: string;
  title: string;
  text: string;
}

const sections: Section[] = [
  {
    to: '/docs/',
    title: translate({id: 'home.section.documents.title', message: 'Documents'}),
    text: translate({
      id: 'home.section.documents.text',
      message:
        'Strategies, action plans, evaluation follow-ups, meeting conclusions, handover notes, mission reports and guidance, written by the focal points of each unit.',
    }),
  },
  {
    to: '/docs/evaluations/cross-sectoral-collaboration-2017',
    title: translate({id: 'home.section.evaluation.title', message: 'Evaluation follow-up'}),
    text: translate({
      id: 'home.section.evaluation.text',
      message:
        'The seven recommendations of the 2017 review of cross-sectoral collaboration, with the management response and the progress as at 31 December 2018.',
    }),
  },
];

/** The portal's home: what it holds and where to start. */
export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1">{siteConfig.title}</Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <p>
            <Translate id="home.intro">
              Every action, recommendation and decision that needs follow-up is a status block on
              its page: who is responsible, when it is due, where it stands, and which Sustainable
              Development Goals and nexus areas it serves. The portal keeps that memory when people
              move on.
            </Translate>
          </p>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <ul className={styles.sections}>
          {sections.map((section) => (
            <li key={section.to} className={styles.section}>
              <Heading as="h2">
                <Link to={section.to}>{section.title}</Link>
              </Heading>
              <p>{section.text}</p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}

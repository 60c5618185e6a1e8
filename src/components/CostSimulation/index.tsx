import {translate} from '@docusaurus/Translate';
import {useId, useMemo, type ReactNode} from 'react';
import {computeOptionCost, savingsVsBaseline} from '../../model/cost';
import {resolvePriceBook} from '../../model/prices';
import {SINGLE_CLUSTER_OPTION_IDS} from '../../model/types';
import {useLocale} from '../format';
import {useSimulationState} from '../simulationState';
import {useSettled} from '../shared/useSettled';
import AssumptionsPanel from './AssumptionsPanel';
import {BillPanel} from './BillPanel';
import BreakEvenLine from './BreakEvenLine';
import ChartsPanel from './ChartsPanel';
import ExportButtons from './ExportButtons';
import {PrimaryInputs, RegionAndBaseline} from './InputsPanel';
import QueryNotices from './QueryNotices';
import ResultsTable from './ResultsTable';
import styles from './CostSimulation.module.css';

export interface CostSimulationProps {
  /** 'page': the full-width /simulator page (inputs beside results on wide screens); 'embedded': in the guide. */
  readonly variant?: 'embedded' | 'page';
}

/**
 * The cost simulator. One path for every number: input → URL-backed state (useSimulationState) →
 * resolvePriceBook + computeOptionCost (the model) → table, charts and exports, which only format.
 */
export default function CostSimulation({variant = 'embedded'}: CostSimulationProps): ReactNode {
  const locale = useLocale();
  const {input, notices, omittedNotices, update, commit, dismissNotices, shareUrl} = useSimulationState();
  const captionId = `${useId()}-caption`;

  // Synchronous: eleven options × a handful of line items is microseconds, so totals update in the same frame.
  const book = useMemo(
    () => resolvePriceBook(input.region, input.priceOverrides),
    [input.region, input.priceOverrides],
  );
  const results = useMemo(
    () => SINGLE_CLUSTER_OPTION_IDS.map((id) => computeOptionCost(id, input, book)),
    [input, book],
  );
  const savings = useMemo(() => savingsVsBaseline(results, input.base), [results, input.base]);
  // Charts follow once the input rests.
  const chartInput = useSettled(input);
  const chartResults = useSettled(results);

  const panelProps = {input, locale, update, commit};
  return (
    <section
      data-testid="cost-simulation"
      className={styles.root}
      // The panels' modules lay out the full-width page from this attribute (CSS modules cannot share a class).
      data-sim-layout={variant}
      aria-label={translate({id: 'sim.aria.section', message: 'East-West 트래픽 비용 시뮬레이터'})}>
      <QueryNotices notices={notices} omitted={omittedNotices} onDismiss={dismissNotices} />
      <div className={styles.layout}>
        <div className={styles.inputs}>
          <PrimaryInputs {...panelProps} />
          <RegionAndBaseline {...panelProps} />
          <BillPanel {...panelProps} />
        </div>
        <div className={styles.output}>
          <ResultsTable
            results={results}
            savings={savings}
            baseId={input.base}
            book={book}
            locale={locale}
            captionId={captionId}
            input={input}
          />
          <BreakEvenLine input={input} locale={locale} />
          <ExportButtons
            input={input}
            results={results}
            savings={savings}
            book={book}
            locale={locale}
            shareUrl={shareUrl}
          />
        </div>
        <div className={styles.chartsArea}>
          <ChartsPanel input={chartInput} results={chartResults} locale={locale} tableCaptionId={captionId} />
        </div>
        <div className={styles.assumptionsArea}>
          <AssumptionsPanel {...panelProps} book={book} defaultOpen={variant === 'page'} />
        </div>
      </div>
    </section>
  );
}

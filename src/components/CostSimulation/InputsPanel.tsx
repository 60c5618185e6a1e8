import Translate from '@docusaurus/Translate';
import {useId, type ReactNode} from 'react';
import {REGION_LABELS, type NumericParamKey, type SimulationInput} from '../../model/inputs';
import {getOption} from '../../model/options';
import {REGIONS, SINGLE_CLUSTER_OPTION_IDS, type Region, type SingleClusterOptionId} from '../../model/types';
import type {SiteLocale} from '../format';
import {BillMappingNote} from './BillPanel';
import {ParamControl} from './NumericControl';
import controls from './controls.module.css';

/** The primary inputs get a slider; traffic and request rate span decades, so theirs are logarithmic. */
const PRIMARY: readonly {key: NumericParamKey; slider: 'log' | 'linear'}[] = [
  {key: 'tb', slider: 'log'},
  {key: 'az', slider: 'linear'},
  {key: 'rps', slider: 'log'},
  {key: 'svc', slider: 'log'},
];

export interface PanelProps {
  readonly input: SimulationInput;
  readonly locale: SiteLocale;
  readonly update: (patch: Partial<SimulationInput>) => void;
  readonly commit: () => void;
}

export function PrimaryInputs({input, locale, update, commit}: PanelProps): ReactNode {
  return (
    <fieldset className={controls.fieldset}>
      <legend className={controls.legend}>
        <Translate
          id="sim.inputs.legend"
          description="Heading of the traffic inputs group (volume, zones, request rate)">
          트래픽
        </Translate>
      </legend>
      {PRIMARY.map(({key, slider}) => {
        const control = (
          <ParamControl
            key={key}
            paramKey={key}
            input={input}
            locale={locale}
            slider={slider}
            update={update}
            commit={commit}
          />
        );
        // The traffic slider follows a measured bill: say where its value comes from, right under it.
        return key === 'tb' ? (
          <div key={key}>
            {control}
            <BillMappingNote input={input} locale={locale} />
          </div>
        ) : (
          control
        );
      })}
    </fieldset>
  );
}

export function RegionAndBaseline({input, locale, update, commit}: PanelProps): ReactNode {
  const id = useId();
  const change = (patch: Partial<SimulationInput>) => {
    update(patch);
    // A select change is a finished decision: its own history entry.
    commit();
  };
  return (
    <div className={controls.selects}>
      <div className={controls.control}>
        <label htmlFor={`${id}-region`} className={controls.controlLabel}>
          <Translate id="sim.region.label">리전 (가격표)</Translate>
        </label>
        <select
          id={`${id}-region`}
          name="region"
          className={controls.select}
          value={input.region}
          onChange={(e) => change({region: e.target.value as Region})}>
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {REGION_LABELS[region][locale]}
            </option>
          ))}
        </select>
      </div>
      <div className={controls.control}>
        <label htmlFor={`${id}-base`} className={controls.controlLabel}>
          <Translate id="sim.base.label">지금 쓰는 방식 (절감액 기준)</Translate>
        </label>
        <select
          id={`${id}-base`}
          name="base"
          className={controls.select}
          value={input.base}
          onChange={(e) => change({base: e.target.value as SingleClusterOptionId})}>
          {SINGLE_CLUSTER_OPTION_IDS.map((id) => (
            <option key={id} value={id}>
              {getOption(id).name[locale]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

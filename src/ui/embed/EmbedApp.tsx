import {EMBED_RENDERER} from '../../map/renderer-choice';
import {useMemo, useState} from 'react';
import type {FootprintData} from '../../data/load';
import {useFootprint} from '../../state/store';
import {currentLink} from '../../state/url-sync';
import {encodeChoices} from '../../state/url';
import {useBuilder} from '../../state/builder';
import {useFootprintData, type DataState} from '../use-data';
import {useCurrentOption} from '../use-current-option';
import {ErrorPanel} from '../ErrorPanel';
import {MapPanel} from '../MapPanel';
import {MapInWords} from '../MapInWords';
import {LinkMessages} from '../share/LinkMessages';
import {useUrlSync} from '../share/use-url-sync';
import {
  EMBED_PARAMS,
  embedSettingMessages,
  readEmbedSettings,
  type EmbedSettings,
} from './embed-params';
import {EmbedOptionSwitch} from './EmbedParts';
import {EmbedFooter, EmbedLegendColumn, EmbedTitleBar} from './EmbedFrame';
import {usePostHeight} from './use-post-height';
import {EmbedCharts} from './EmbedCharts';
import {readEmbedCharts} from './embed-charts';
import '../share/share.scss';
import './embed.scss';
import {useOptions} from '../../state/catalogue';
import {GeographyProvider} from '../geography-context';
import {userBuiltNotice} from '../../domain/option-labels';

/** embed.html: minimal chrome for someone else's page. Loading and errors look the same as
 * in the full app (a message, never a blank frame). */
export function EmbedApp({initial}: {initial?: DataState}) {
  const settings = useMemo(() => readEmbedSettings(location.search), []);
  const state = useFootprintData(initial);
  usePostHeight();
  return (
    <div className={`fp-embed${settings.autoHeight ? ' fp-embed--auto' : ''}`}>
      {state.status === 'loading' && (
        <p className="fp-embed__loading" role="status">
          Loading the map…
        </p>
      )}
      {state.status === 'error' && <ErrorPanel message={state.message} file={state.file} />}
      {state.status === 'ready' && (
        <GeographyProvider data={state.data}>
          <EmbedView data={state.data} settings={settings} />
        </GeographyProvider>
      )}
    </div>
  );
}

export function EmbedView({data, settings}: {data: FootprintData; settings: EmbedSettings}) {
  const options = useOptions(data);
  const link = useUrlSync(data, EMBED_PARAMS);
  // The embed settings are read once, on load; their messages go with the link's.
  const settingMessages = useMemo(() => embedSettingMessages(location.search), []);
  const charts = useMemo(() => readEmbedCharts(location.search), []);
  const [settingsSeen, setSettingsSeen] = useState(false);
  const messages = [
    ...(settingsSeen ? [] : [...settingMessages, ...charts.messages]),
    ...link.messages,
  ];
  const dismiss = () => {
    setSettingsSeen(true);
    link.dismiss();
  };
  const option = useCurrentOption(data);
  // Only the link itself is selected: a new view re-renders with the new link, but hovering
  // an area (not part of the link) does not re-render the whole embed.
  // A user-built option goes along: the link changes when it is edited, too.
  useFootprint((s) => encodeChoices(s));
  useBuilder((s) => s.userOptions);
  const fullMap = currentLink(data, new URL('./', location.href).toString());
  const showSwitch = settings.controls && !settings.fixedOption;
  const notice = userBuiltNotice(option, options);
  return (
    <main className={`fp-embed__main${charts.charts.length ? ' fp-embed__main--charts' : ''}`}>
      <EmbedTitleBar data={data} option={option} notice={notice} />
      {showSwitch && <EmbedOptionSwitch options={options} />}
      <LinkMessages messages={messages} onDismiss={dismiss} />
      <div className="fp-embed__body">
        <MapPanel data={data} option={option} defaultRenderer={EMBED_RENDERER} />
        <MapInWords data={data} option={option} scrolls={!settings.autoHeight} />
        <EmbedLegendColumn data={data} option={option} controls={settings.controls} />
      </div>
      <EmbedCharts
        data={data}
        option={option}
        charts={charts.charts}
        scrolls={!settings.autoHeight}
      />
      <EmbedFooter data={data} fullMap={fullMap} />
    </main>
  );
}

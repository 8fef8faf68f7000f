import { CaretRightOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Segmented, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../api';
import type { EntityDefinition } from '../schema';
import { fieldLabelOf } from './fieldLabelOf';
import { parseRecordJson, recordJson } from './recordJson';
import { RecordPicker } from './RecordPicker';
import { ScriptTestResultView } from './ScriptTestResultView';
import { scriptKinds, type RecordChoice, type ScriptKind, type ScriptMarker, type ScriptTestRequest } from './types';
import { useScriptTest } from './useScriptTest';

type Props = {
  entity: EntityDefinition;
  script: string;
  /** The kind to run as; the person may pick another unless `kindLocked`. */
  kind: ScriptKind;
  kindLocked?: boolean;
  /** Where the last run failed (or null when it did not), for the editor to mark. */
  onMarker?: (marker: ScriptMarker | null) => void;
};

type Source = 'record' | 'json';

/** Runs the script on the server against a chosen record or edited JSON, and shows what came out. */
export function ScriptTestPanel({ entity, script, kind: givenKind, kindLocked, onMarker }: Props) {
  const { t, i18n } = useTranslation();
  const test = useScriptTest();
  const [source, setSource] = useState<Source>('record');
  const [recordId, setRecordId] = useState<number>();
  const [chosen, setChosen] = useState<RecordChoice>();
  const [json, setJson] = useState(() => recordJson(entity.fields));
  const [jsonError, setJsonError] = useState<string>();
  // The kind follows the caller's until the person picks another; a new kind from the caller wins again.
  const [picked, setPicked] = useState<{ from: ScriptKind; kind: ScriptKind }>({ from: givenKind, kind: givenKind });
  const kind = picked.from === givenKind ? picked.kind : givenKind;

  const switchSource = (next: Source) => {
    if (next === 'json' && chosen) setJson(recordJson(entity.fields, chosen));
    setSource(next);
  };

  const run = async () => {
    setJsonError(undefined);
    const body: ScriptTestRequest = { script, entity: entity.slug, kind };
    if (source === 'json') {
      const parsed = parseRecordJson(json);
      if (!parsed.ok) {
        setJsonError(parsed.reason === 'syntax' ? t('scripting.test.jsonSyntax', { detail: parsed.detail }) : t('scripting.test.jsonObject'));
        return;
      }
      body.record = parsed.value;
    } else if (recordId !== undefined) {
      body.recordId = recordId;
    }
    try {
      const outcome = await test.mutateAsync(body);
      const error = outcome.error;
      onMarker?.(error?.line ? { line: error.line, column: error.column ?? 1, message: error.message } : null);
    } catch {
      onMarker?.(null);
    }
  };

  return (
    <div className="script-test" data-testid="script-test">
      <div className="script-test__source">
        <Segmented<Source>
          value={source}
          onChange={switchSource}
          data-testid="script-test-source"
          options={[
            { value: 'record', label: t('scripting.test.fromRecord') },
            { value: 'json', label: t('scripting.test.fromJson') },
          ]}
        />
        {!kindLocked && (
          <Select<ScriptKind>
            value={kind}
            onChange={(next) => setPicked({ from: givenKind, kind: next })}
            style={{ width: 150 }}
            data-testid="script-test-kind"
            options={scriptKinds.map((value) => ({ value, label: t(`scripting.kinds.${value}.name`) }))}
          />
        )}
      </div>
      {source === 'record' ? (
        <RecordPicker
          entity={entity}
          value={recordId}
          onChange={(id, record) => {
            setRecordId(id);
            setChosen(record);
          }}
        />
      ) : (
        <Input.TextArea
          value={json}
          onChange={(event) => setJson(event.target.value)}
          autoSize={{ minRows: 4, maxRows: 14 }}
          className="script-test__json"
          spellCheck={false}
          status={jsonError ? 'error' : undefined}
          data-testid="script-test-json"
        />
      )}
      {source === 'record' && recordId === undefined && (
        <Typography.Text type="secondary">{t('scripting.test.emptyRecordHint')}</Typography.Text>
      )}
      {jsonError && <Alert type="error" showIcon message={jsonError} data-testid="script-test-json-error" />}
      <div>
        <Button
          type="primary"
          icon={<CaretRightOutlined />}
          onClick={() => void run()}
          loading={test.isPending}
          disabled={!script.trim()}
          data-testid="script-test-run"
        >
          {t('scripting.test.run')}
        </Button>
      </div>
      {test.isError && (
        <Alert type="error" showIcon message={problemText(test.error, t('errors.unexpected'))} data-testid="script-test-problem" />
      )}
      {test.data && !test.isPending && <ScriptTestResultView kind={kind} outcome={test.data} reasonLabel={fieldLabelOf(entity.fields, i18n.language)} />}
    </div>
  );
}
